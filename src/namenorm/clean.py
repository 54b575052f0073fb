"""Stage 1: cleaning. Turn whatever arrived into a tidy display form of a name.

Cleaning keeps the name as people write it (case, diacritics, script); the
aggressive folding used for matching lives in `namenorm.keys`. Each fix
is a small pure function with a docstring saying why it exists, and
`clean_name` reports which fixes changed the text, so that
``Match.explain()`` can name them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from .packaged import read_text

__all__ = ["MAX_NAME_LENGTH", "CleanedName", "clean", "clean_name", "fold_case", "normalise"]

#: Names longer than this are truncated before cleaning: no real name is this
#: long, and bounding the input keeps every later stage linear and fast.
MAX_NAME_LENGTH = 512

_INVISIBLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]+", flags=regex.V1)
_SPACES = regex.compile(r"[\p{Zs}\t\n\r\f\v\u2028\u2029]+", flags=regex.V1)
_APOSTROPHES = regex.compile(r"[\u2018\u2019\u201b\u2032\u02bc\u02b9\u0060\u00b4\uff07]")
_DOUBLE_QUOTES = regex.compile(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02]")
_DASHES = regex.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
# Plain character classes: the standard library's re finds them faster than regex.
_MOJIBAKE_HINT = re.compile(r"[ÃÂÅÄÐÑÎÏ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u203a]")
# Every character of the Cyrillic script lies in these ranges (Unicode 15; a
# test checks it against regex's script property): a text with none of them
# has no Cyrillic letter, which is found faster so than by the property.
_MAYBE_CYRILLIC = re.compile(
    "[\u0400-\u052f\u1c80-\u1c8f\u1d2b\u1d78\u2de0-\u2dff\ua640-\ua69f\ufe2e\ufe2f\U0001e030-\U0001e08f]"
)
_TOKEN = regex.compile(r"\w+", flags=regex.V1)
# A name no fix would change: starts and ends with a letter or digit, single
# spaces, and only apostrophes, dots and hyphens besides (see _already_clean).
_PLAIN = regex.compile(
    r"[\p{L}\p{Nd}](?:[\p{L}\p{M}\p{Nd}'.\-]|\x20(?!\x20))*(?<=[\p{L}\p{M}\p{Nd}])\Z", flags=regex.V1
)
_LATIN = regex.compile(r"\p{Script=Latin}", flags=regex.V1)
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}", flags=regex.V1)
_SURNAME_COMMA_GIVEN = regex.compile(r"^([^,]+?),\s*([^,]+)$")
_EDGE_PUNCT = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$", flags=regex.V1)
_TRAILING_KEEP = regex.compile(r"(?:\b\p{L}\.|[’'])$", flags=regex.V1)

# Cyrillic letters that look like Latin ones, and back: a name typed on a
# mixed keyboard ("Putin" with a Cyrillic "u"), or copied through OCR, has them.
_CYR_TO_LAT = str.maketrans("АВЕКМНОРСТУХаеорсухіјѕӏ", "ABEKMHOPCTYXaeopcyxijsl")
_LAT_TO_CYR = str.maketrans("ABEKMHOPCTXIaeopcyxi", "АВЕКМНОРСТХІаеорсухі")


@dataclass(frozen=True, slots=True)
class CleanedName:
    """A cleaned name and the names of the fixes that changed it."""

    text: str
    steps: tuple[str, ...] = ()


def fix_invisible(text: str) -> str:
    """Drop control, format and unassigned characters (zero-width spaces and
    joiners, bidi marks, soft hyphens): they are invisible in print but make
    two equal-looking strings differ."""
    return _INVISIBLE.sub("", text)


def fix_unicode_form(text: str) -> str:
    """Compose to NFC, after NFKC folding of compatibility characters (full-width
    letters, ligatures): the same letter must have one encoding."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text))


def fix_punctuation(text: str) -> str:
    """Map typographic apostrophes, quotes and dashes to their ASCII forms: a
    possessive ``Žeenbekov’s`` and ``Žeenbekov's`` must be one form."""
    text = _APOSTROPHES.sub("'", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    return _DASHES.sub("-", text)


def fix_spaces(text: str) -> str:
    """Collapse runs of any kind of space to one ASCII space, trimmed."""
    return _SPACES.sub(" ", text).strip()


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 or Latin-1 (``Å½eenbekov`` -> ``Žeenbekov``).

    Uses ftfy when it is installed (the ``namenorm[ftfy]`` extra), which knows
    far more cases; otherwise tries the one round trip that covers the common
    case, and keeps the text unless the round trip decodes cleanly.
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    try:
        import ftfy  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        for codec in ("cp1252", "latin-1"):
            try:
                return text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return text
    return str(ftfy.fix_encoding(text))


def _mixed_scripts(text: str) -> bool:
    """Whether ``text`` has both Latin and Cyrillic letters (Cyrillic, the
    rarer, looked for first and in the fast way)."""
    return _MAYBE_CYRILLIC.search(text) is not None and bool(_CYRILLIC.search(text) and _LATIN.search(text))


def fix_homoglyphs(text: str) -> str:
    """Repair words that mix Latin and Cyrillic look-alike letters, writing the
    minority letters in the script of the majority (a Cyrillic ``о`` in a Latin
    word becomes Latin ``o``)."""
    if not _mixed_scripts(text):
        return text

    def repair(match: regex.Match[str]) -> str:
        word = match.group()
        latin = len(_LATIN.findall(word))
        cyrillic = len(_CYRILLIC.findall(word))
        if latin and cyrillic:
            return word.translate(_CYR_TO_LAT if latin >= cyrillic else _LAT_TO_CYR)
        return word

    return _TOKEN.sub(repair, text)


def fix_edges(text: str) -> str:
    """Trim punctuation around a name (quotes, brackets, a final comma), keeping
    a final initial's dot (``A.``) and a possessive apostrophe (``Marx'``). A
    name made only of punctuation and symbols (``&``, ``+``) is left alone."""
    keep = _TRAILING_KEEP.search(text)
    trimmed = _EDGE_PUNCT.sub("", text)
    if not trimmed:  # a name that is all punctuation is kept as it is
        return text
    if keep and trimmed and not trimmed.endswith(keep.group()):
        trimmed += keep.group()[-1]
    return trimmed


def fix_name_order(text: str) -> str:
    """Turn ``Surname, Given`` (library catalogues, sanctions lists) into
    ``Given Surname``; a comma followed by several words is left alone, since
    it is more likely a list or a place (``Paris, Texas``) than name order."""
    match = _SURNAME_COMMA_GIVEN.match(text)
    if not match:
        return text
    surname, given = match.group(1).strip(), match.group(2).strip()
    if not surname or not given or len(given.split()) > 2 or len(surname.split()) > 2:
        return text
    return f"{given} {surname}"


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    source = read_text("namenorm.data", "titles.txt")
    titles = set()
    for line in source.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            titles.add(line.casefold())
    return frozenset(titles)


def is_title(word: str) -> bool:
    """Whether a word is a title or honorific (``President``, ``Mr.``,
    ``presidentti``, ``г-н``; data/titles.txt), in any case, a dot after it or not."""
    return word.rstrip(".").casefold() in _titles()


def strip_titles(text: str) -> str:
    """Remove leading titles and honorifics (``President``, ``Mr.``,
    ``presidentti``, ``г-н``): they are not part of the name. A title is only
    removed when a name follows it."""
    words = text.split(" ")
    start = 0
    while start < len(words) - 1 and is_title(words[start]):
        start += 1
    return " ".join(words[start:]) if start else text


# The fixes that keep a name as it was written, only encoded consistently:
# applied to gazetteer names too.
_NORMALISING: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("invisible characters removed", fix_invisible),
    ("mojibake repaired", fix_mojibake),
    ("unicode normalised", fix_unicode_form),
    ("punctuation normalised", fix_punctuation),
    ("spaces collapsed", fix_spaces),
    ("mixed-script letters repaired", fix_homoglyphs),
)
# The fixes that take a query apart from its surroundings.
_FIXES: tuple[tuple[str, Callable[[str], str]], ...] = (
    *_NORMALISING,
    ("surrounding punctuation trimmed", fix_edges),
    ("'Surname, Given' reordered", fix_name_order),
    ("title removed", strip_titles),
)


def _already_clean(text: str) -> bool:
    """Whether no fix could change ``text``: letters, digits and single inner
    spaces, apostrophes, dots and hyphens, in one script, normalised, without a
    leading title. Most names are; this check is far cheaper than the fixes."""
    if len(text) > MAX_NAME_LENGTH or not _PLAIN.match(text):
        return False
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text) or _MOJIBAKE_HINT.search(text):
            return False
        if _mixed_scripts(text):
            return False
    first = text.split(" ", 1)
    return len(first) == 1 or not is_title(first[0])


def clean_name(text: str) -> CleanedName:
    """Clean a name for display and matching, and say which fixes applied.

    Args:
        text: the raw name. Longer than `MAX_NAME_LENGTH` characters, it
            is truncated first.

    Returns:
        The cleaned name with the names of the fixes that changed it.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> clean_name("  President  Žeenbekov’s\\u200b ").text
        "Žeenbekov's"
        >>> clean_name("Akayev, Askar").text
        'Askar Akayev'
    """
    if not isinstance(text, str):
        raise TypeError(f"a name must be a str, not {type(text).__name__}")
    if _already_clean(text):
        return CleanedName(text)
    steps = []
    if len(text) > MAX_NAME_LENGTH:
        text = text[:MAX_NAME_LENGTH]
        steps.append(f"truncated to {MAX_NAME_LENGTH} characters")
    for _round in range(3):  # one fix can expose work for another: "Akayev:, Askar"
        before = text
        for label, fix in _FIXES:
            fixed = fix(text)
            if fixed != text:
                if label not in steps:
                    steps.append(label)
                text = fixed
        if text == before:
            break
    return CleanedName(text, tuple(steps))


def normalise(text: str) -> str:
    """Only the encoding fixes of `clean_name` (invisible characters,
    mojibake, Unicode form, typographic punctuation, spaces, mixed scripts):
    the name as written, encoded one way. Used for gazetteer names, whose
    display form is kept.

    Examples:
        >>> normalise("St.\u00a0Petersburg’s")
        "St. Petersburg's"
    """
    if len(text) > MAX_NAME_LENGTH:
        text = text[:MAX_NAME_LENGTH]
    for _round in range(3):  # NFKC can expose mojibake, and the repair a non-NFC letter
        before = text
        for _label, fix in _NORMALISING:
            text = fix(text)
        if text == before:
            break
    return text


def clean(text: str) -> str:
    """The cleaned display form of ``text`` (see `clean_name`).

    Examples:
        >>> clean("Ž\\u200beenbekov")
        'Žeenbekov'
    """
    return clean_name(text).text


def fold_case(text: str) -> str:
    """Case-fold for comparison, recomposed: ``İ`` and ``ß`` fold consistently."""
    return unicodedata.normalize("NFC", text.casefold())
