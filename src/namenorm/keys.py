"""Stage 2b: matching keys. Fold a cleaned name into the strings that are compared.

Three keys of rising aggression, computed by the same functions for gazetteer
names (once, at index build) and for queries:

- `exact_key`: case-folded surface form; ``Žeenbekov`` stays distinct
  from ``Zeenbekov``. A hit here is an alias hit.
- `ascii_key`: Latin, ASCII, lower case, punctuation gone; Cyrillic is
  transliterated (English convention), and letters whose plain ASCII fold
  would lose a distinction are spelled out first (``ž`` -> ``zh``, ``š`` ->
  ``sh``, ``ł`` -> ``l``), so ``Žeenbekov`` and ``Zheenbekov`` coincide.
- `match_key`: a transliteration-neutral key in the spirit of JRC-Names'
  normalisation rules: the spellings of one Cyrillic letter under different
  national conventions collapse to one key letter, and the key letters are
  few: the vowels ``a e i o u`` (``y``, ``j``, ``ı``, ``ы`` are ``i``), the
  consonants, and four letters for the sounds conventions spell differently:
  ``ž`` (ж: zh, ž, ż, zs, dzh, dsch), ``š`` (ш: sh, sch, sz, ş, ș), ``č``
  (ч: tsch, tch, cz, cs, ç, tš) and ``ĥ`` for ``ch``, which is ч to an
  English writer, ш to a French one and х to a German, Polish or Czech one.
  Glides between vowels, a ``j``/``y``/``i`` before a word's first vowel and
  doubled letters go (``Atambayev``/``Atambajev``/``Atambaev`` ->
  ``atambaev``). With a language hint, the letters of that language's
  orthography are decoded first (``translit/decode.tsv``: Hungarian ``s`` is
  ш, French ``j`` is ж), so ``Szergej Sojgu`` with ``lang="hu"`` meets
  ``Sergei Shoigu``.

`skeleton` drops the vowels of a match key (keeping the first letter):
a cheap blocking key that absorbs vowel drift (``Muktubek``/``Myktybek``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex
from unidecode import unidecode

from .charmap import literal_alternation, translation
from .packaged import read_text
from .translit import detect_source, has_cyrillic, transliterate

__all__ = ["KEY_LETTERS", "ascii_key", "decoders", "exact_key", "match_key", "skeleton", "tokens"]

# Letters that plain ASCII folding would merge with another letter, spelled out
# the way the conventions that use them mean them.
_SPELL_OUT = translation(
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
_APOSTROPHES = regex.compile(r"['`´ʼ’‘ʹʺ]")
_SEPARATORS = regex.compile(r"[\s\-‐–—_./,;:·]+")
_NON_ALNUM = regex.compile(r"[^a-z0-9 &+]+")
_SPACES = regex.compile(r" +")
# A string ascii_key leaves as it is.
_PLAIN_ASCII = re.compile(r"[a-z0-9&+]+(?: [a-z0-9&+]+)*")

#: The letters a match key is written in (besides digits, space, ``&`` and ``+``).
KEY_LETTERS = frozenset("abcdefghiklmnoprstuvzžščĥ")

# Single letters of the match key, one Latin letter of any convention in, the
# key's letter (or letters) out. Key letters map to themselves.
_KEY_CHARS = translation(
    {
        # ж: the Czech/Slovak/Baltic/Finnish ž, Polish ż, ISO 9 ẑ (ѕ) and ǰ (ј)
        "ż": "ž",
        "ẑ": "ž",
        "ʒ": "ž",
        "ǰ": "ž",
        # ш
        "ş": "š",
        "ș": "š",
        "ŝ": "šč",  # ISO 9 щ
        # ч
        "ç": "č",
        "ć": "č",
        "ĉ": "č",
        # ц
        "ț": "c",
        "ţ": "c",
        # й, ы, и: one i
        "y": "i",
        "j": "i",
        "ı": "i",
        "ï": "i",
        "ì": "i",
        "í": "i",
        "î": "i",
        "ī": "i",
        "ý": "i",
        "ÿ": "i",
        "õ": "o",  # Estonian ы (Rõžkov)
        # the rest of the Latin letters with diacritics
        "à": "a",
        "á": "a",
        "â": "a",
        "ä": "a",
        "ã": "a",
        "å": "a",
        "ā": "a",
        "ă": "a",
        "ą": "a",
        "ə": "a",
        "æ": "ae",
        "è": "e",
        "é": "e",
        "ê": "e",
        "ë": "e",
        "ě": "e",
        "ē": "e",
        "ę": "e",
        "ė": "e",
        "ò": "o",
        "ó": "o",
        "ô": "o",
        "ö": "o",
        "ő": "o",
        "ō": "o",
        "ø": "o",
        "œ": "oe",
        "ù": "u",
        "ú": "u",
        "û": "u",
        "ü": "u",
        "ű": "u",
        "ū": "u",
        "ů": "u",
        "ŭ": "u",
        "ǔ": "u",
        "ų": "u",
        "ł": "l",
        "ľ": "l",
        "ĺ": "l",
        "ļ": "l",
        "ñ": "n",
        "ń": "n",
        "ň": "n",
        "ņ": "n",
        "ŋ": "ng",
        "ď": "d",
        "đ": "dž",  # Serbian ђ
        "ð": "d",
        "ť": "t",
        "ś": "s",
        "ź": "z",
        "ŕ": "r",
        "ř": "rž",
        "ŗ": "r",
        "ķ": "k",
        "ḱ": "k",
        "ģ": "g",
        "ğ": "g",
        "ġ": "g",
        "ǵ": "g",
        "ḩ": "h",
        "ḥ": "h",
        "ĥ": "ĥ",
        "ß": "ss",
        "þ": "t",
        "w": "v",
        "q": "k",
        "x": "ks",
        # apostrophes go, separators are spaces
        **dict.fromkeys("'`´ʼ’‘ʹʺ", ""),
        **dict.fromkeys("-‐–—_./,;:·\t\n\r\f\v\u00a0", " "),
    }
)
# Sequences of several letters that spell one sound in some convention, with
# the key letter they become; tried longest first, left to right.
_SEQUENCES: dict[str, str] = {
    "schtsch": "šč",  # de щ
    "sjtsj": "šč",  # nl щ
    "chtch": "šč",  # fr щ
    "shch": "šč",  # en щ
    "szcz": "šč",  # pl щ
    "sjtj": "šč",  # sv щ
    "štš": "šč",  # fi, et щ
    "šč": "šč",
    "dsch": "ž",  # de Turkic ж (Dscheenbekow)
    "tsch": "č",  # de ч
    "dzh": "ž",  # en дж
    "dzs": "ž",  # hu дж
    "dž": "ž",  # cs, hr дж (and Serbian џ)
    "dż": "ž",  # pl дж
    "tch": "č",  # fr ч
    "tsh": "č",
    "tš": "č",  # fi, et ч
    "sch": "š",  # de ш
    "zh": "ž",  # en ж
    "zs": "ž",  # hu ж
    "sh": "š",  # en ш
    "sz": "š",  # pl ш
    "sj": "š",  # nl, sv ш
    "cz": "č",  # pl ч
    "cs": "č",  # hu ч
    "kh": "h",  # en х
    "ch": "ĥ",  # ч (en), ш (fr), х (de, pl, cs): read by the language hint, else its own letter
    "gh": "g",  # ro, it г before e, i (Serghei); en ғ
    "ck": "k",
    "ph": "f",
    "th": "t",
    "tz": "c",  # de ц
    "ts": "c",  # en ц
    "ou": "u",  # fr у (Poutine)
    "gue": "ge",  # fr, es, pt г before e (Sergueï, Yevgueni)
    "gui": "gi",  # fr, es, pt г before i
}
# The standard library's re is faster than regex for these simple patterns.
_SEQUENCE = literal_alternation(_SEQUENCES)
_NOT_KEY = re.compile(r"[^a-z0-9 &+žščĥ]")
# Glides between vowels (Atambaiev -> Atambaev) and before a word's first vowel
# (Ievgeni / Yevgeny / Evgeny), after doubled letters are made single.
# One pass does both; what a removed glide leaves doubled ("aia" -> "aa") the
# next pass of match_key's fixed-point loop makes single. The glides are
# found from their letter, i, so that other letters fail at once.
_CLEANUP = re.compile(r"(\w)\1+|i(?:(?<=[aeiou]i)(?=[aeiou])|(?<=^i)(?=[aeu])|(?<= i)(?=[aeu]))")
_FINAL_OFF = re.compile(r"of\b")  # Smirnoff -> Smirnov
# What a second fold could still change in a fold's output, which is written
# in the key's letters (the letter table leaves them as they are): a sequence,
# what _CLEANUP removes, a final "of". Without one, the fold is a fixed point.
_REFOLDABLE = re.compile("|".join((_SEQUENCE.pattern, _CLEANUP.pattern, _FINAL_OFF.pattern)))
_VOWELS = re.compile(r"(?<=\w)[aeiou]+")
# Separators between the words of a name (the fold's table drops apostrophes).
_SEPARATE = translation(dict.fromkeys("-‐–—_./,;:·", " "))
_DECODE_TABLE = "decode.tsv"


@lru_cache(maxsize=1 << 16)
def exact_key(text: str) -> str:
    """Case-folded, NFC, apostrophes and separators unified.

    Examples:
        >>> exact_key("Varsinais–Suomi"), exact_key("Žeenbekov’s")
        ('varsinais-suomi', "žeenbekov's")
    """
    if text.isascii():  # casefold is lower, NFC changes nothing, ` is the only other apostrophe
        return " ".join(text.lower().replace("`", "'").replace("_", " ").split())
    return _exact_key(text)


def _exact_key(text: str) -> str:
    """`exact_key` of any text (the ASCII shortcut must agree with it: a test checks)."""
    folded = unicodedata.normalize("NFC", text.casefold())
    folded = _APOSTROPHES.sub("'", folded).replace("_", " ").replace("–", "-")
    return " ".join(folded.split())


@lru_cache(maxsize=1 << 16)
def ascii_key(text: str) -> str:
    """Latin ASCII, lower case, letters and digits with single spaces.

    Examples:
        >>> ascii_key("Žeenbekov"), ascii_key("Жээнбеков"), ascii_key("Łukaszenka")
        ('zheenbekov', 'zheenbekov', 'lukaszenka')
    """
    if text.isascii():
        lower = text.lower()
        if _PLAIN_ASCII.fullmatch(lower):  # already a key: lower-case words of letters and digits
            return lower
    return _ascii_key(text)


def _ascii_key(text: str) -> str:
    """`ascii_key` of any text (the shortcut for plain ASCII must agree with it: a test checks)."""
    text = text.casefold()
    if has_cyrillic(text):
        text = transliterate(text, "en")
    text = unicodedata.normalize("NFC", text).translate(_SPELL_OUT)
    text = _APOSTROPHES.sub("", text)
    text = unidecode(text).lower()
    text = _SEPARATORS.sub(" ", text)
    text = _NON_ALNUM.sub("", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def decoders() -> dict[str, tuple[regex.Pattern[str], tuple[str, ...]]]:
    """The language-aware decoding rules of ``translit/decode.tsv``, by language:
    one alternation per language and the replacement of each branch."""
    source = read_text("namenorm.translit", _DECODE_TABLE)
    rules: dict[str, list[tuple[str, str]]] = {}
    for number, raw in enumerate(source.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) == 2:  # an empty replacement: the pattern is dropped
            cols.append("")
        if len(cols) != 3:
            raise ValueError(f"{_DECODE_TABLE}:{number}: expected 'langs<TAB>pattern<TAB>replacement'")
        langs, pattern, replacement = cols
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise ValueError(f"{_DECODE_TABLE}:{number}: {error}") from None
        for lang in langs.split(","):
            rules.setdefault(lang.strip(), []).append((pattern, replacement))
    return {
        lang: (regex.compile("|".join(f"({p})" for p, _ in pairs)), tuple(r for _, r in pairs))
        for lang, pairs in rules.items()
    }


def _decode(text: str, lang: str) -> str:
    found = decoders().get(lang)
    if found is None:
        return text
    pattern, replacements = found
    return pattern.sub(lambda m: replacements[(m.lastindex or 1) - 1], text)


def _sequence(match: re.Match[str]) -> str:
    return _SEQUENCES[match.group()]


def _fold_letter(ch: str) -> str:
    """A character outside the key alphabet: its ASCII reading (Georgian,
    Armenian, Greek letters and the rest), lower case, letters and digits only.
    Georgian ხ, which unidecode reads as x, is the sound of х: h."""
    folded = "".join(c for c in unidecode(ch).lower() if c.isalnum())
    return "h" if folded == "x" and "\u10a0" <= ch <= "\u10ff" else folded


def _clean(match: re.Match[str]) -> str:
    return match.group(1) or ""


def _fold(text: str) -> str:
    text = _SEQUENCE.sub(_sequence, text.translate(_KEY_CHARS))
    if _NOT_KEY.search(text):
        text = _NOT_KEY.sub(lambda m: _fold_letter(m.group()).translate(_KEY_CHARS), text)
        text = _SEQUENCE.sub(_sequence, text)
    text = _CLEANUP.sub(_clean, text)
    if "of" in text:
        text = _FINAL_OFF.sub("ov", text)
    return text


@lru_cache(maxsize=1 << 17)
def match_key(text: str, lang: str | None = None) -> str:
    """A transliteration-neutral key: one Cyrillic name's spellings coincide.

    Args:
        text: a name in any script.
        lang: the language of the text's orthography, if known (ISO 639-1);
            its letters are decoded first (``translit/decode.tsv``). Cyrillic
            text is transliterated whatever the hint.

    Examples:
        >>> {match_key(s) for s in ["Zheenbekov", "Žeenbekov", "Dscheenbekow", "Жээнбеков", "Dżeenbekow"]}
        {'ženbekov'}
        >>> {match_key(s) for s in ["Atambayev", "Atambajev", "Atambaev", "Atambajew", "Atambaïev"]}
        {'atambaev'}
        >>> match_key("Szergej Sojgu", "hu"), match_key("Sergueï Choïgou", "fr"), match_key("Сергей Шойгу")
        ('sergei šoigu', 'sergei šoigu', 'sergei šoigu')
    """
    if text.isascii():  # the usual case: casefold is lower, NFC changes nothing, no Cyrillic
        text, cyrillic = text.lower(), False
    else:
        text = unicodedata.normalize("NFC", text.casefold())
        cyrillic = has_cyrillic(text)
    if cyrillic:
        source = detect_source(text)
    elif lang:
        text = _decode(text, lang.lower())
    words = []
    for word in text.translate(_SEPARATE).split():
        if cyrillic and has_cyrillic(word):
            # The scholarly convention keeps ж ш ч щ apart; its x is х.
            word = transliterate(word, "scholarly", source).replace("x", "h")
        key = _word_key(word)
        if key:
            words.append(key)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """The key of one word (names share words: each is folded once)."""
    key = _fold(word)
    # To a fixed point, so that the key of a key is itself. A word the fold
    # left as it was is one already (a third of names' words), and so is a
    # fold in which nothing a fold changes is left (most of the rest).
    for _ in range(4 if key != word else 0):
        if not _REFOLDABLE.search(key):
            break
        again = _fold(key)
        if again == key:
            break
        key = again
    return " ".join(key.split())


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """The consonant skeleton of a match key: vowels dropped after a word's first letter.

    Examples:
        >>> skeleton("muktubek"), skeleton("miktibek"), skeleton("atambaev")
        ('mktbk', 'mktbk', 'atmbv')
    """
    return _VOWELS.sub("", key)


def tokens(key: str) -> list[str]:
    """The words of a key."""
    return key.split()
