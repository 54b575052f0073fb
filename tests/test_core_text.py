"""The text layer (keys, translit, clean: thin wrappers over the compiled
core) against the answers of the Python implementation it replaced.

The oracle is the snapshot of that implementation's answers
(tests/golden/core/, written by scripts/snapshot_core.py before the port):
84,000 texts (every default name and alias and their words, the golden
files, every generated spelling, 4,000 random strings of every kind), under
every key, hint, convention, source and fix. While the Python
implementation was still there, the core was also held to it on
hypothesis' strings (2,000 a function), 100,000 more random strings and
every code point of planes 0-2; those comparisons went with it."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from namenorm import keys, translit

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
            keys.exact_key(text),
            keys.ascii_key(text),
            keys.match_key(text),
            keys.skeleton(match),
            keys.skeleton(text),
            translit.has_cyrillic(text),
            translit.detect_source(text),
        )
        want = (exact, ascii_, match, skeleton_of_match, skeleton, row[6] == "1", row[7])
        if got != want:
            wrong.append((text, got, want))
    assert not wrong, _mismatches(wrong)


def test_hinted_snapshot(plain_match_keys: dict[str, str]) -> None:
    header, rows = _read("hinted.tsv")
    hints = [unescape(h) for h in next(line for line in header if line.startswith("# hints")).split("\t")[1:]]
    assert set(keys.decoders()) <= set(hints)
    wrong = []
    for row in rows:
        text = unescape(row[0])
        recorded = {}
        for field in row[1:]:
            lang, _, key = field.partition(":")
            recorded[unescape(lang)] = unescape(key)
        for lang in hints:
            want = recorded.get(lang, plain_match_keys[text])
            got = keys.match_key(text, lang)
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
        cleaned = clean.clean_name(text)
        got = [
            cleaned.text,
            "|".join(cleaned.steps),
            clean.normalise(text),
            clean.fold_case(text),
            clean.is_title(text),
            clean.strip_titles(text),
            *(getattr(clean, fix)(text) for fix in CLEAN_FIXES),
        ]
        want = [unescape(row[1], text), unescape(row[2]), *(unescape(f, text) for f in row[3:5])]
        want += [row[5] == "1", *(unescape(f, text) for f in row[6:])]
        if got != want:
            wrong.append((text, got, want))
    assert not wrong, _mismatches(wrong)


def test_translit_snapshot() -> None:
    header, rows = _read("translit.tsv")
    columns = header[-1][2:].split("\t")[2:]
    assert [c for c in columns if "(" not in c and c != "russian_form"] == list(translit.conventions())
    wrong = []
    for row in rows:
        text, source = unescape(row[0]), unescape(row[1])
        for column, field in zip(columns, row[2:], strict=True):
            want = unescape(field, text)
            if column == "russian_form":
                got = translit.russian_form(text, source)
            elif column.endswith("(endings=False)"):
                got = translit.transliterate(text, column.split("(")[0], source, endings=False)
            else:
                got = translit.transliterate(text, column, source)
            if got != want:
                wrong.append((text, source, column, got, want))
    assert not wrong, _mismatches(wrong)


def test_expand_snapshot() -> None:
    _, rows = _read("expand.tsv")
    wrong = []
    for row in rows:
        text, source, endings = unescape(row[0]), unescape(row[1]), row[2] == "1"
        got = sorted(translit.expand(text, source, endings=endings))
        want = [unescape(f) for f in row[3:]]
        if got != want:
            wrong.append((text, source, endings, got, want))
    assert not wrong, _mismatches(wrong)
