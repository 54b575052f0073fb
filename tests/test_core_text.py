"""The compiled core's text layer (namenorm._core) against the Python
implementation it replaces: the same answer for every input.

Two oracles: the snapshot of the Python implementation's answers
(tests/golden/core/, written by scripts/snapshot_core.py before the port),
and, while it is still here, the Python implementation itself, on
hypothesis' strings (names above all: Latin and Cyrillic letters in many
spellings, marks, odd spaces, apostrophes; and any text at all)."""

from __future__ import annotations

import importlib
import importlib.util
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from namenorm import _core, keys, translit

clean = importlib.import_module("namenorm.clean")  # the package exports a function of this name

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "golden" / "core"


def _snapshot_script() -> ModuleType:
    """scripts/snapshot_core.py, for its field format (`unescape`)."""
    spec = importlib.util.spec_from_file_location("snapshot_core", ROOT / "scripts" / "snapshot_core.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


unescape: Callable[..., Any] = _snapshot_script().unescape


def _read(name: str) -> tuple[list[str], Iterator[list[str]]]:
    """The header (the leading comment lines) and the rows of a snapshot file."""
    lines = (SNAPSHOT / name).read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return lines[:start], (line.split("\t") for line in lines[start:] if line)


def _mismatches(found: list[tuple[Any, ...]], limit: int = 10) -> str:
    return f"{len(found)} answers differ, e.g.:\n" + "\n".join(repr(f) for f in found[:limit])


# -- the snapshot ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def plain_match_keys() -> dict[str, str]:
    """match_key of every text of keys.tsv, as recorded."""
    _, rows = _read("keys.tsv")
    out = {}
    for row in rows:
        text = unescape(row[0])
        out[text] = unescape(row[3], text)
    return out


def test_keys_snapshot() -> None:
    _, rows = _read("keys.tsv")
    wrong = []
    for row in rows:
        text = unescape(row[0])
        exact, ascii_, match, skeleton_of_match, skeleton = (unescape(f, text) for f in row[1:6])
        got = (
            _core.exact_key(text),
            _core.ascii_key(text),
            _core.match_key(text),
            _core.skeleton(match),
            _core.skeleton(text),
            _core.has_cyrillic(text),
            _core.detect_source(text),
        )
        want = (exact, ascii_, match, skeleton_of_match, skeleton, row[6] == "1", row[7])
        if got != want:
            wrong.append((text, got, want))
    assert not wrong, _mismatches(wrong)


def test_hinted_snapshot(plain_match_keys: dict[str, str]) -> None:
    header, rows = _read("hinted.tsv")
    hints = [unescape(h) for h in next(line for line in header if line.startswith("# hints")).split("\t")[1:]]
    wrong = []
    for row in rows:
        text = unescape(row[0])
        recorded = {}
        for field in row[1:]:
            lang, _, key = field.partition(":")
            recorded[unescape(lang)] = unescape(key)
        for lang in hints:
            want = recorded.get(lang, plain_match_keys[text])
            got = _core.match_key(text, lang)
            if got != want:
                wrong.append((text, lang, got, want))
    assert not wrong, _mismatches(wrong)


CLEAN_FIXES = (
    "fix_invisible",
    "fix_unicode_form",
    "fix_punctuation",
    "fix_spaces",
    "fix_mojibake",
    "fix_homoglyphs",
    "fix_edges",
    "fix_name_order",
)


def test_clean_snapshot() -> None:
    _, rows = _read("clean.tsv")
    wrong = []
    for row in rows:
        text = unescape(row[0])
        cleaned, steps = _core.clean_name(text)
        got = [
            cleaned,
            "|".join(steps),
            _core.normalise(text),
            _core.fold_case(text),
            _core.is_title(text),
            _core.strip_titles(text),
            *(getattr(_core, fix)(text) for fix in CLEAN_FIXES),
        ]
        want = [unescape(row[1], text), unescape(row[2]), *(unescape(f, text) for f in row[3:5])]
        want += [row[5] == "1", *(unescape(f, text) for f in row[6:])]
        if got != want:
            wrong.append((text, got, want))
    assert not wrong, _mismatches(wrong)


def test_translit_snapshot() -> None:
    header, rows = _read("translit.tsv")
    columns = header[-1][2:].split("\t")[2:]
    assert [c for c in columns if "(" not in c and c != "russian_form"] == list(_core.conventions())
    wrong = []
    for row in rows:
        text, source = unescape(row[0]), unescape(row[1])
        for column, field in zip(columns, row[2:], strict=True):
            want = unescape(field, text)
            if column == "russian_form":
                got = _core.russian_form(text, source)
            elif column.endswith("(endings=False)"):
                got = _core.transliterate(text, column.split("(")[0], source, False)
            else:
                got = _core.transliterate(text, column, source)
            if got != want:
                wrong.append((text, source, column, got, want))
    assert not wrong, _mismatches(wrong)


def test_expand_snapshot() -> None:
    _, rows = _read("expand.tsv")
    wrong = []
    for row in rows:
        text, source, endings = unescape(row[0]), unescape(row[1]), row[2] == "1"
        got = sorted(_core.expand(text, source, endings))
        want = [unescape(f) for f in row[3:]]
        if got != want:
            wrong.append((text, source, endings, got, want))
    assert not wrong, _mismatches(wrong)


# -- hypothesis, against the Python implementation -------------------------------------

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһҳҷӣӯђјљњћџѓќѕ"
LATIN = "abcdefghijklmnopqrstuvwxyzžšččćçşșțłıßæœøđþðəõäöüéèëïîíóòôúùûñńňřěůűőāēīūėęąģķļņŗĥŝẑǰʒ"
MARKS = "\u0301\u0300\u0308\u030c\u0327\u0306\u0304\u0307\u0483"
ODD = " \u00a0\u2009\u3000\u200b\u200d\u00ad\x1c\t\n'`´ʼ’‘ʹʺ′＇-‐–—−_./,;:·«»“”\"()&+!?0123456789ΣσςİẞǅＦＳﬁ"
SYLLABLES = [
    *"аеиоуыэюяё", "ий", "ый", "ей", "ой", "ськ", "енка", "аа", "ээ", "ьо", "ъ", "ь", "дз", "ц", "щ", "і", "ў",
    "zh", "sh", "sch", "tsch", "dsch", "ch", "kh", "ts", "tz", "cz", "sz", "szcz", "cs", "zs", "dzh", "tch", "sj",
    "tj", "ou", "oe", "gue", "gui", "ie", "io", "ii", "ia", "ai", "aia", "yi", "ij", "ja", "yu", "of", "ov", "ine",
    "as", "is", "us", "ski", "gy", "ny", "rz", "lh", "gli", "gn", "sci", "ce", "ghe", "gia", "ž", "š", "č", "ï",
    *"aeiouybcdfgjklmnprstvwxz",
]  # fmt: skip


def _cased(word: str, how: int) -> str:
    return [word, word.capitalize(), word.upper(), word.lower()][how]


_NAME_WORDS = st.builds(
    _cased, st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=6).map("".join), st.integers(0, 3)
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "-", ", ", "  ", "'", "’", "\u00a0", ". "])
#: Names made of syllables of many conventions, with separators between words.
NAMES = st.builds(
    lambda words, seps: "".join(w + s for w, s in zip(words, seps, strict=False)).strip(" "),
    st.lists(_NAME_WORDS, min_size=1, max_size=4),
    st.lists(_SEPARATORS, min_size=4, max_size=4),
)
#: Strings of the letters names are written in, and the odd characters that come with them.
LETTERS = st.text(st.sampled_from(CYRILLIC + CYRILLIC.upper() + LATIN + LATIN.upper() + MARKS + ODD), max_size=30)
#: Any text, lone surrogates (as surrogateescape leaves them) now and then.
ANY = st.text(st.characters(codec="utf-8") | st.sampled_from(["\udc80", "\udcff", "\ud800"]), max_size=20)
TEXT = st.one_of(NAMES, NAMES, LETTERS, LETTERS, ANY)
CONVENTIONS = st.sampled_from(translit.conventions())
SOURCES = st.sampled_from([None, "", "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "xx"])
HINTS = st.sampled_from([None, "", "HU", "xx", *sorted(keys.decoders())])
PARITY = settings(max_examples=2000, deadline=None)


def _quiet(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unidecode warns of every lone surrogate it drops
        return function(*args, **kwargs)


@PARITY
@given(TEXT)
def test_exact_and_ascii_keys(text: str) -> None:
    assert _core.exact_key(text) == keys.exact_key(text)
    assert _core.ascii_key(text) == _quiet(keys.ascii_key, text)


@PARITY
@given(TEXT, HINTS)
def test_match_key(text: str, lang: str | None) -> None:
    key = _quiet(keys.match_key, text, lang)
    assert _core.match_key(text, lang) == key
    assert _core.skeleton(key) == keys.skeleton(key)
    assert _core.skeleton(text) == keys.skeleton(text)


@PARITY
@given(TEXT)
def test_cyrillic_and_source(text: str) -> None:
    assert _core.has_cyrillic(text) == translit.has_cyrillic(text)
    assert _core.detect_source(text) == translit.detect_source(text)


@PARITY
@given(TEXT, CONVENTIONS, SOURCES, st.booleans())
def test_transliterate(text: str, code: str, source: str | None, endings: bool) -> None:
    assert _core.transliterate(text, code, source, endings) == translit.transliterate(
        text, code, source, endings=endings
    )


@PARITY
@given(TEXT, SOURCES)
def test_russian_form(text: str, source: str | None) -> None:
    assert _core.russian_form(text, source) == translit.russian_form(text, source)


@PARITY
@given(TEXT, SOURCES, st.booleans())
def test_expand(text: str, source: str | None, endings: bool) -> None:
    assert sorted(_core.expand(text, source, endings)) == sorted(translit.expand(text, source, endings=endings))


@PARITY
@given(TEXT)
def test_clean_name_and_normalise(text: str) -> None:
    cleaned = clean.clean_name(text)
    assert _core.clean_name(text) == (cleaned.text, cleaned.steps)
    assert _core.normalise(text) == clean.normalise(text)
    assert _core.fold_case(text) == clean.fold_case(text)


@PARITY
@given(TEXT)
def test_titles(text: str) -> None:
    assert _core.is_title(text) == clean.is_title(text)
    assert _core.strip_titles(text) == clean.strip_titles(text)


@PARITY
@given(TEXT, st.sampled_from(CLEAN_FIXES))
def test_fixes(text: str, fix: str) -> None:
    assert getattr(_core, fix)(text) == getattr(clean, fix)(text)


@pytest.mark.parametrize("code", translit.conventions())
def test_tables_read_alike(code: str) -> None:
    table = translit.tables.load_table(code)
    record = _core.translit_table(code)
    rules = [(r.cyrillic, r.latin, list(r.when), sorted(r.sources), r.line) for g in table.rules.values() for r in g]
    own = [(r.cyrillic, r.latin, list(r.when), sorted(r.sources), r.line) for r in table.own]
    samples = [tuple(s) for s in table.samples]
    assert record == (table.code, table.name, list(table.langs), table.source, table.base, samples, rules, own)


def test_decoders_read_alike() -> None:
    python = {lang: replacements for lang, (_, replacements) in keys.decoders().items()}
    assert {lang: tuple(r for _, r in rules) for lang, rules in _core.decode_rules()} == python
