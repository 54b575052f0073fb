"""Snapshot the text layer's answers: the oracle the Rust core is held to.

The text layer (``namenorm.keys``, ``namenorm.translit``, ``namenorm.clean``)
moves into the compiled core (``rust/src/text/``). The migration rule: the
Python pipeline of the day before the port is the oracle, until the core
gives the same answers. This script wrote down that pipeline's answers, on

- every name (canonical name and alias) of the default gazetteer, and each
  of their words;
- every cell, and each word, of the golden files (``tests/golden/*.tsv``)
  and the words of the golden news text;
- every spelling the index generates from the default gazetteer's Cyrillic
  names (``translit.expand``, with and without nominative endings);
- a few thousand random strings drawn with a fixed seed (`random_strings`:
  names in many spellings, mixed scripts, combining marks, odd spaces,
  apostrophes and dashes, mojibake, titles, code points of every plane,
  lone surrogates as ``surrogateescape`` leaves them);

into ``tests/golden/core/*.tsv``, one file per group of functions (see
`FILES`). ``tests/test_core_text.py`` checks the core against them.

Run on the Python implementation before the port, it wrote the oracle; run
after it (the modules then wrap the core), ``--check`` is one more way to see
that the core gives the recorded answers. Its inputs come from the default
gazetteer of the day: after a change of the gazetteer, ``--check`` reports
new inputs, not wrong answers. Kept out of the wheel.

    python scripts/snapshot_core.py          # write tests/golden/core/
    python scripts/snapshot_core.py --check  # exit 1 if an answer differs

Format: UTF-8, tab-separated, a ``#`` comment header naming the columns. In a
field, ``\\`` is a backslash, ``\\t`` ``\\n`` ``\\r`` are tab, line feed and
carriage return, ``\\xHH`` ``\\uHHHH`` ``\\UHHHHHHHH`` any other control,
line or paragraph separator or lone surrogate; ``=`` alone means "the same as the
input" (a literal ``=`` is ``\\=``), ``\\N`` means None, and ``\\#`` is a ``#``
starting a field (so that no row starts like a comment).
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "golden" / "core"
SEED = 20261206
RANDOM_STRINGS = 4000

import namenorm  # noqa: E402
from namenorm import keys, translit  # noqa: E402

clean = importlib.import_module("namenorm.clean")  # the package exports a function of this name

#: The hints match_key is snapshot with: every language of decode.tsv, an
#: upper-case one (hints are lower-cased), one without rules, an empty one.
HINTS: tuple[str, ...] = (*sorted(keys.decoders()), "HU", "xx", "")
#: The source languages transliterate, russian_form and expand are snapshot with (besides a guessed one).
SOURCES: tuple[str, ...] = ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg")


# -- the field format ------------------------------------------------------------------

SAME = "="
NONE = "\\N"


def escape(text: str | None, same_as: str | None = None) -> str:
    """A field: ``text`` escaped (see the module docstring)."""
    if text is None:
        return NONE
    if same_as is not None and text == same_as:
        return SAME
    if text == SAME:
        return "\\="
    out = ["\\"] if text.startswith("#") else []  # a row starting with # is no comment
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            cp = ord(ch)
            out.append(f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}")
        else:
            out.append(ch)
    return "".join(out)


def unescape(field: str, same_as: str | None = None) -> str | None:
    """The text of a field (`escape` undone)."""
    if field == NONE:
        return None
    if field == SAME:
        return same_as
    if "\\" not in field:
        return field
    out = []
    i = 0
    while i < len(field):
        ch = field[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        kind = field[i + 1]
        if kind in "\\=#":
            out.append(kind)
            i += 2
        elif kind in "tnr":
            out.append({"t": "\t", "n": "\n", "r": "\r"}[kind])
            i += 2
        else:
            width = {"x": 2, "u": 4, "U": 8}[kind]
            out.append(chr(int(field[i + 2 : i + 2 + width], 16)))
            i += 2 + width
    return "".join(out)


# -- inputs -----------------------------------------------------------------------------

CYRILLIC_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһҳҷӣӯђјљњћџѓќѕ"
CYRILLIC_SYLLABLES = [
    *CYRILLIC_LOWER,
    *"аеиоуыэюяё",
    "ий", "ый", "ей", "ай", "ой", "ья", "ье", "ъе", "ъя", "ск", "цк", "зк", "ськ", "цьк",
    "енка", "енко", "аа", "ээ", "оо", "уу", "ыы", "үү", "өө", "ьо", "жээ", "дз", "дж", "ц", "щ",
    "ʼ", "'", "ўс", "ні", "ці", "дзі", "ыэ",
]  # fmt: skip
LATIN_SYLLABLES = [
    *"abcdefghijklmnopqrstuvwxyz",
    *"aeiouy",
    "zh", "sh", "sch", "tsch", "dsch", "schtsch", "shch", "ch", "kh", "ts", "tz", "cz", "sz", "szcz", "cs",
    "zs", "dzs", "dzh", "dž", "dż", "tch", "chtch", "tsh", "tš", "štš", "sj", "sjtsj", "sjtj", "tsj", "zj",
    "tj", "ck", "ph", "th", "gh", "ou", "oe", "gue", "gui", "ie", "io", "ii", "ia", "ai", "aia", "iai",
    "yi", "iy", "yy", "ij", "ji", "ya", "yu", "ye", "yo", "ja", "ju", "je", "jo", "of", "off", "ov",
    "ow", "ew", "ine", "as", "is", "us", "skis", "ski", "gy", "ty", "ny", "ly", "rz", "lh", "nh", "gli",
    "gn", "sci", "sce", "cia", "ce", "șci", "șce", "chi", "ghe", "gia", "ñ", "ç", "ï", "ë", "é", "ó",
    "ž", "š", "č", "ć", "ş", "ș", "ț", "ţ", "ł", "ø", "æ", "œ", "ß", "ı", "İ", "ĥ", "ŝ", "ẑ", "ǰ", "ʒ",
    "đ", "ð", "þ", "ə", "ő", "ű", "ū", "ā", "ė", "ę", "ą", "ř", "ň", "ď", "ť", "ĺ", "ľ", "ŕ", "ŋ", "õ",
    "ḩ", "ḥ", "ğ", "ģ", "ķ", "ļ", "ņ", "ŗ", "ǔ", "ŭ", "ů", "w", "q", "x", "xə", "11", "2",
]  # fmt: skip
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\u200b", "\u200d", "\x1c", "\x1f",
          "\u2028", "\u2029", "\u180e", "\u202f", "\x85", "\u00ad", "\ufeff", "\u200e"]  # fmt: skip
PUNCTUATION = [
    "-", "‐", "–", "—", "―", "−", "﹘", "－", "'", "`", "´", "ʼ", "’", "‘", "ʹ", "ʺ", "′", "″", "＇", "‛",
    '"', "“", "”", "„", "«", "»", "＂", ".", ",", ";", ":", "·", "/", "_", "(", ")", "[", "]", "!", "?",
    "&", "+", "…", "§", "©", "€", "$", "%", "*", "#", "@", "|", "~", "^", "<", ">", "=", "{", "}",
]  # fmt: skip
TITLES = ["Mr.", "Mr", "mrs", "President", "PRESIDENT", "presidentti", "г-н", "Dr.", "Prof", "Sir", "gen.", "Lord"]
COMBINING = [chr(c) for c in range(0x300, 0x370)] + [
    chr(c) for c in (0x483, 0x484, 0x487, 0x1AB0, 0x20D0, 0xFE20, 0x2DE0)
]
#: Blocks of other scripts and symbols (start, end), some assigned only after Unicode 14.
BLOCKS = [
    (0x0370, 0x03FF),  # Greek (final sigma)
    (0x0400, 0x052F),  # Cyrillic and its supplement
    (0x1C80, 0x1C8F),  # Cyrillic Extended-C
    (0x2DE0, 0x2DFF),  # Cyrillic Extended-A
    (0xA640, 0xA69F),  # Cyrillic Extended-B
    (0x1E030, 0x1E08F),  # Cyrillic Extended-D (Unicode 15)
    (0x10A0, 0x10FF),  # Georgian
    (0x0530, 0x058F),  # Armenian
    (0x0590, 0x06FF),  # Hebrew, Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x0180, 0x024F),  # Latin Extended-B
    (0x0250, 0x02FF),  # IPA, modifier letters
    (0xA720, 0xA7FF),  # Latin Extended-D (some letters added after Unicode 14)
    (0x1DF00, 0x1DFFF),  # Latin Extended-G (Unicode 14, 15)
    (0xFB00, 0xFB4F),  # ligatures
    (0xFF00, 0xFFEF),  # full-width and half-width forms
    (0x2000, 0x206F),  # general punctuation, invisible operators
    (0x2100, 0x218F),  # letter-like symbols, number forms
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x3040, 0x30FF),  # kana
    (0x4E00, 0x4E80),  # CJK
    (0x1100, 0x11FF),  # Hangul jamo
    (0xAC00, 0xAC40),  # Hangul syllables
    (0x1F300, 0x1F64F),  # emoji
    (0x1D400, 0x1D7FF),  # mathematical letters (NFKC)
    (0x11F00, 0x11F5F),  # Kawi (Unicode 15)
    (0x1E4D0, 0x1E4FF),  # Nag Mundari (Unicode 15)
    (0x16D40, 0x16D7F),  # Kirat Rai (Unicode 16: new compositions)
    (0x11380, 0x113FF),  # Tulu-Tigalari (Unicode 16: new compositions)
    (0xE000, 0xE010),  # private use
    (0xFFF0, 0xFFFF),  # specials, noncharacters
    (0xF0000, 0xF0010),  # supplementary private use
    (0x10FFF0, 0x10FFFF),  # the last code points
    (0x0080, 0x00FF),  # C1 controls, Latin-1
]


def _mojibake(rng: random.Random, text: str) -> str:
    data = text.encode("utf-8")
    codec = rng.choice(["cp1252", "latin-1"])
    return data.decode(codec, errors=rng.choice(["replace", "ignore"]))


def _case(rng: random.Random, word: str) -> str:
    roll = rng.random()
    if roll < 0.45:
        return word[:1].upper() + word[1:]
    if roll < 0.6:
        return word.upper()
    if roll < 0.7:
        return "".join(c.upper() if rng.random() < 0.3 else c for c in word)
    return word


def _word(rng: random.Random, real: list[str]) -> str:
    roll = rng.random()
    if roll < 0.3:
        word = rng.choice(real)
    elif roll < 0.6:
        word = "".join(rng.choice(CYRILLIC_SYLLABLES) for _ in range(rng.randint(1, 6)))
    elif roll < 0.9:
        word = "".join(rng.choice(LATIN_SYLLABLES) for _ in range(rng.randint(1, 6)))
    else:
        start, end = rng.choice(BLOCKS)
        word = "".join(chr(rng.randint(start, end)) for _ in range(rng.randint(1, 4)))
    word = _case(rng, word)
    chars = list(word)
    for _ in range(rng.choice([0, 0, 0, 1, 2])):  # a mark, a homoglyph, a doubled or foreign letter
        at = rng.randint(0, len(chars))
        chars.insert(at, rng.choice([*COMBINING, "а", "о", "р", "с", "е", "х", "i", "o", "p", "a", "ʼ", "'", "Σ", "ς"]))
    return "".join(chars)


def random_strings(real_words: list[str], n: int = RANDOM_STRINGS) -> list[str]:
    """``n`` random strings, the same for the same seed and words."""
    rng = random.Random(SEED)
    out = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.06:  # any code point (no surrogate) of any plane
            text = "".join(
                chr(c) for c in (rng.choice([rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF)]) for _ in range(8))
            )
        elif roll < 0.08:  # lone surrogates, as a surrogateescape decoding leaves invalid bytes
            words = [_word(rng, real_words) for _ in range(rng.randint(1, 3))]
            words.insert(rng.randint(0, len(words)), chr(rng.choice([0xDC80 + rng.randint(0, 0x7F), 0xD800, 0xDBFF])))
            text = "".join(words)
        else:
            parts: list[str] = []
            if rng.random() < 0.08:
                parts += [rng.choice(TITLES), " "]
            for k in range(rng.randint(1, 4)):
                if k:
                    parts.append(rng.choice(SPACES if rng.random() < 0.7 else PUNCTUATION))
                parts.append(_word(rng, real_words))
            if rng.random() < 0.1:
                parts.insert(rng.randint(0, len(parts)), ", ")
            if rng.random() < 0.1:
                parts.insert(0, rng.choice(PUNCTUATION + SPACES))
            if rng.random() < 0.1:
                parts.append(rng.choice(PUNCTUATION + SPACES))
            text = "".join(parts)
            if rng.random() < 0.05:
                text = _mojibake(rng, text)
        out.append(text)
    return out


def _words(texts: Iterable[str]) -> set[str]:
    return {w for t in texts for w in t.split()}


def inputs() -> dict[str, list[str]]:
    """The inputs by kind: ``names`` (gazetteer and golden texts and their
    words), ``spellings`` (generated from the Cyrillic names), ``random``."""
    gazetteer = namenorm.Gazetteer.default()
    names = {alias.name for entity in gazetteer for alias in entity.names()}
    golden = set()
    for path in sorted((ROOT / "tests" / "golden").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                golden.update(cell for cell in line.split("\t") if cell)
    golden |= _words((ROOT / "tests" / "golden" / "kyrgyzstan_news.txt").read_text(encoding="utf-8").splitlines())
    texts = names | golden
    texts |= _words(texts)
    spellings: set[str] = set()
    for name in sorted(n for n in names if translit.has_cyrillic(n)):
        spellings |= translit.expand(name) | translit.expand(name, endings=True)
    spellings -= texts
    real_words = sorted(_words(names))
    return {"names": sorted(texts), "spellings": sorted(spellings), "random": random_strings(real_words)}


# -- the files --------------------------------------------------------------------------


def _flag(value: bool) -> str:
    return "1" if value else "0"


def keys_rows(texts: list[str]) -> Iterator[list[str]]:
    for text in texts:
        match = keys.match_key(text)
        yield [
            escape(text),
            escape(keys.exact_key(text), text),
            escape(keys.ascii_key(text), text),
            escape(match, text),
            escape(keys.skeleton(match), text),
            escape(keys.skeleton(text), text),
            _flag(translit.has_cyrillic(text)),
            translit.detect_source(text),
        ]


def hinted_rows(texts: list[str]) -> Iterator[list[str]]:
    for text in texts:
        plain = keys.match_key(text)
        fields = [escape(text)]
        for lang in HINTS:
            key = keys.match_key(text, lang)
            if key != plain:
                fields.append(f"{escape(lang)}:{escape(key)}")
        yield fields


def clean_rows(texts: list[str]) -> Iterator[list[str]]:
    fixes = [
        clean.fix_invisible,
        clean.fix_unicode_form,
        clean.fix_punctuation,
        clean.fix_spaces,
        clean.fix_mojibake,
        clean.fix_homoglyphs,
        clean.fix_edges,
        clean.fix_name_order,
    ]
    for text in texts:
        cleaned = clean.clean_name(text)
        yield [
            escape(text),
            escape(cleaned.text, text),
            escape("|".join(cleaned.steps)),
            escape(clean.normalise(text), text),
            escape(clean.fold_case(text), text),
            _flag(clean.is_title(text)),
            escape(clean.strip_titles(text), text),
            *(escape(fix(text), text) for fix in fixes),
        ]


def ending_codes() -> tuple[str, ...]:
    """The conventions whose rules add grammatical endings (``endings=False`` matters)."""
    return tuple(
        code
        for code in translit.conventions()
        if any("ending" in rule.when for group in translit.tables.load_table(code).rules.values() for rule in group)
    )


def translit_rows(texts: list[str], sources: Iterable[str | None]) -> Iterator[list[str]]:
    codes, ending = translit.conventions(), ending_codes()
    for source in sources:
        for text in texts:
            yield [
                escape(text),
                escape(source),
                *(escape(translit.transliterate(text, code, source), text) for code in codes),
                *(escape(translit.transliterate(text, code, source, endings=False), text) for code in ending),
                escape(translit.russian_form(text, source), text),
            ]


def expand_rows(texts: list[str], sources: Iterable[str | None], endings: Iterable[bool]) -> Iterator[list[str]]:
    for source in sources:
        for flag in endings:
            for text in texts:
                spellings = sorted(translit.expand(text, source, endings=flag))
                yield [escape(text), escape(source), _flag(flag), *(escape(s) for s in spellings)]


#: file -> (header comment, column names, rows)
FILES: dict[str, Callable[[dict[str, list[str]]], tuple[str, list[str], Iterable[list[str]]]]] = {}


def _file(name: str) -> Callable[[Callable[..., tuple[str, list[str], Iterable[list[str]]]]], None]:
    def register(build: Callable[..., tuple[str, list[str], Iterable[list[str]]]]) -> None:
        FILES[name] = build

    return register


@_file("keys.tsv")
def _keys(data: dict[str, list[str]]) -> tuple[str, list[str], Iterable[list[str]]]:
    texts = data["names"] + data["spellings"] + data["random"]
    columns = ["text", "exact_key", "ascii_key", "match_key", "skeleton(match_key)", "skeleton", "has_cyrillic"]
    return "namenorm.keys and translit.has_cyrillic, detect_source", [*columns, "detect_source"], keys_rows(texts)


@_file("hinted.tsv")
def _hinted(data: dict[str, list[str]]) -> tuple[str, list[str], Iterable[list[str]]]:
    texts = data["names"] + data["random"]
    note = (
        "match_key(text, lang) for every lang of the hints line (decode.tsv's, an upper-case one, one "
        "without rules, an empty one); only the hints whose key differs from match_key(text) are listed, "
        f"as lang:key\n# hints (tab-separated):\t{chr(9).join(escape(h) for h in HINTS)}"
    )
    return note, ["text", "lang:key ..."], hinted_rows(texts)


@_file("clean.tsv")
def _clean(data: dict[str, list[str]]) -> tuple[str, list[str], Iterable[list[str]]]:
    texts = data["names"] + data["random"]
    columns = ["text", "clean_name.text", "clean_name.steps (|)", "normalise", "fold_case", "is_title", "strip_titles"]
    fixes = ["fix_invisible", "fix_unicode_form", "fix_punctuation", "fix_spaces", "fix_mojibake", "fix_homoglyphs"]
    return "namenorm.clean", [*columns, *fixes, "fix_edges", "fix_name_order"], clean_rows(texts)


@_file("translit.tsv")
def _translit(data: dict[str, list[str]]) -> tuple[str, list[str], Iterable[list[str]]]:
    names = cyrillic_names()
    random_cyrillic = [t for t in data["random"] if translit.has_cyrillic(t)]
    latin = [t for t in data["random"] if not translit.has_cyrillic(t)][:100]
    codes = list(translit.conventions())
    columns = ["text", "source", *codes, *(f"{c}(endings=False)" for c in ending_codes()), "russian_form"]
    rows = [
        *translit_rows(names + random_cyrillic + latin, [None]),
        *translit_rows(random_cyrillic[:300] + names[::40], SOURCES),
    ]
    return "transliterate(text, code, source) under every convention, and russian_form(text, source)", columns, rows


@_file("expand.tsv")
def _expand(data: dict[str, list[str]]) -> tuple[str, list[str], Iterable[list[str]]]:
    random_cyrillic = [t for t in data["random"] if translit.has_cyrillic(t)]
    latin = [t for t in data["random"] if not translit.has_cyrillic(t)][:20]
    rows = [
        *expand_rows(cyrillic_names(), [None], [False, True]),
        *expand_rows(random_cyrillic[:200], [None, *SOURCES], [False]),
        *expand_rows(random_cyrillic[200:300] + latin, [None], [True]),
    ]
    return (
        "expand(text, source, endings=...): its spellings, sorted",
        ["text", "source", "endings", "spelling ..."],
        rows,
    )


def cyrillic_names() -> list[str]:
    """The default gazetteer's names with a Cyrillic letter."""
    gazetteer = namenorm.Gazetteer.default()
    return sorted({a.name for e in gazetteer for a in e.names() if translit.has_cyrillic(a.name)})


def render(name: str, data: dict[str, list[str]]) -> str:
    note, columns, rows = FILES[name](data)
    header = [
        f"# {note}",
        "# Written by scripts/snapshot_core.py (the format is in its docstring); do not edit.",
        "# " + "\t".join(columns),
    ]
    return "\n".join([*header, *("\t".join(row) for row in rows)]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with tests/golden/core/ instead of writing")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # unidecode warns of every lone surrogate
    data = inputs()
    stale = []
    for name in FILES:
        text = render(name, data)
        path = TARGET / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            TARGET.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 3} rows, {len(text.encode()) // 1024} KiB")
    if stale:
        print(f"answers differ from the snapshot: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
