"""Stage 2b: matching keys. Fold a cleaned name into the strings that are compared.

Three keys of rising aggression, computed by the same functions for gazetteer
names (once, at index build) and for queries:

- :func:`exact_key`: case-folded surface form; ``Žeenbekov`` stays distinct
  from ``Zeenbekov``. A hit here is an alias hit.
- :func:`ascii_key`: Latin, ASCII, lower case, punctuation gone; Cyrillic is
  transliterated (English convention), and letters whose plain ASCII fold
  would lose a distinction are spelled out first (``ž`` -> ``zh``, ``š`` ->
  ``sh``, ``ł`` -> ``l``), so ``Žeenbekov`` and ``Zheenbekov`` coincide.
- :func:`match_key`: a transliteration-neutral key in the spirit of JRC-Names'
  normalisation rules: the spellings of one Cyrillic letter under different
  national conventions collapse to one (``dsch``/``dzh``/``zh`` -> ``zh``;
  ``tsch``/``tch``/``cz``/``cs`` -> ``ch``; ``sch``/``sz``/``sj`` -> ``sh``;
  ``kh`` -> ``h``; ``w`` -> ``v``; ``y``/``j``/``i`` -> ``i``), glides between
  vowels and doubled letters go (``Atambayev``/``Atambajev``/``Atambaev`` ->
  ``atambaev``).

:func:`skeleton` drops the vowels of a match key (keeping the first letter):
a cheap blocking key that absorbs vowel drift (``Muktubek``/``Myktybek``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
from unidecode import unidecode

from .translit import has_cyrillic, transliterate

__all__ = ["ascii_key", "exact_key", "match_key", "skeleton", "tokens"]

# Letters that plain ASCII folding would merge with another letter, spelled out
# the way the conventions that use them mean them.
_SPELL_OUT = str.maketrans(
    {
        "ž": "zh",
        "ż": "zh",
        "ẑ": "zh",
        "š": "sh",
        "ş": "sh",
        "ș": "sh",
        "ŝ": "sh",
        "č": "ch",
        "ç": "ch",
        "ĉ": "ch",
        "ć": "ch",
        "ț": "ts",
        "ţ": "ts",
        "ł": "l",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "dj",
        "þ": "th",
        "ð": "d",
        "ə": "a",
        "ʹ": "",
        "ʺ": "",
    }
)
_APOSTROPHES = regex.compile(r"['`´ʼ’‘]")
_SEPARATORS = regex.compile(r"[\s\-‐–—_./,;:·]+")
_NON_ALNUM = regex.compile(r"[^a-z0-9 &+]+")
_SPACES = regex.compile(r" +")

# Ordered rewrites of the match key: longer sequences first, one pass.
_MATCH_REWRITES: dict[str, str] = {
    "schtsch": "shch",  # de щ
    "shtsh": "shch",  # fi štš spelled out
    "szcz": "shch",  # pl щ
    "chtch": "shch",  # fr щ
    "sjtsj": "shch",  # nl щ
    "dsch": "zh",  # de Turkic ж (Dscheenbekow)
    "tsch": "ch",  # de ч
    "dzh": "zh",  # en дж, pl dż, cs dž spelled out
    "tch": "ch",  # fr ч
    "tsh": "ch",  # fi tš spelled out
    "sch": "sh",  # de ш
    "zh": "zh",
    "zs": "zh",  # hu ж
    "zj": "zh",  # nl/sv ж
    "cz": "ch",  # pl ч
    "cs": "ch",  # hu ч
    "sz": "sh",  # pl ш
    "sj": "sh",  # nl/sv ш
    "kh": "h",  # en х
    "gh": "g",  # ro/it г before e, i (Serghei)
    "gu": "g",  # fr г before e, i (Sergueï); Spanish
    "ck": "k",
    "ph": "f",
    "th": "t",
    "tz": "ts",  # de ц
    "ou": "u",  # fr у
    "x": "ks",
    "q": "k",
    "w": "v",  # de/pl в
    "y": "i",
    "j": "i",
}
_MATCH_PATTERN = regex.compile("|".join(sorted(map(regex.escape, _MATCH_REWRITES), key=len, reverse=True)))
_GLIDE = regex.compile(r"(?<=[aeiou])i(?=[aeiou])")  # Atambaiev -> Atambaev
_INITIAL_IOTATION = regex.compile(r"\bi(?=[eu])")  # Ievgeni / Yevgeny / Evgeny
_DOUBLES = regex.compile(r"([a-z])\1+")
_FINAL_OFF = regex.compile(r"of\b")  # Smirnoff -> Smirnov
_VOWELS = regex.compile(r"(?<=\w)[aeiou]+")


@lru_cache(maxsize=1 << 16)
def exact_key(text: str) -> str:
    """Case-folded, NFC, apostrophes and separators unified.

    Example:
        >>> exact_key("Varsinais–Suomi"), exact_key("Žeenbekov’s")
        ('varsinais-suomi', "žeenbekov's")
    """
    folded = unicodedata.normalize("NFC", text.casefold())
    folded = _APOSTROPHES.sub("'", folded).replace("_", " ").replace("–", "-")
    return " ".join(folded.split())


@lru_cache(maxsize=1 << 16)
def ascii_key(text: str) -> str:
    """Latin ASCII, lower case, letters and digits with single spaces.

    Example:
        >>> ascii_key("Žeenbekov"), ascii_key("Жээнбеков"), ascii_key("Łukaszenka")
        ('zheenbekov', 'zheenbekov', 'lukaszenka')
    """
    text = text.casefold()
    if has_cyrillic(text):
        text = transliterate(text, "en")
    text = unicodedata.normalize("NFC", text).translate(_SPELL_OUT)
    text = _APOSTROPHES.sub("", text)
    text = unidecode(text).lower()
    text = _SEPARATORS.sub(" ", text)
    text = _NON_ALNUM.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _rewrite(match: regex.Match[str]) -> str:
    return _MATCH_REWRITES[match.group()]


@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """A transliteration-neutral key: one Cyrillic name's spellings coincide.

    Example:
        >>> {match_key(s) for s in ["Zheenbekov", "Žeenbekov", "Dscheenbekow", "Жээнбеков"]}
        {'zhenbekov'}
        >>> {match_key(s) for s in ["Atambayev", "Atambajev", "Atambaev", "Atambajew"]}
        {'atambaev'}
    """
    key = ascii_key(text)
    for _ in range(4):  # to a fixed point, so that the key of a key is itself
        folded = _fold(key)
        if folded == key:
            break
        key = folded
    return key


def _fold(key: str) -> str:
    key = _MATCH_PATTERN.sub(_rewrite, key)
    key = _GLIDE.sub("", key)
    key = _INITIAL_IOTATION.sub("", key)
    key = _DOUBLES.sub(r"\1", key)
    return _FINAL_OFF.sub("ov", key)


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """The consonant skeleton of a match key: vowels dropped after a word's first letter.

    Example:
        >>> skeleton("muktubek"), skeleton("miktibek"), skeleton("atambaev")
        ('mktbk', 'mktbk', 'atmbv')
    """
    return _VOWELS.sub("", key)


def tokens(key: str) -> list[str]:
    """The words of a key."""
    return key.split()
