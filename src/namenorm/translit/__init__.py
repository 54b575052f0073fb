"""Stage 2a: transliteration from Cyrillic into named Latin conventions.

Conventions are plain tables (``tables/<code>.tsv``, one rule per line, each
with a comment naming its source); see `namenorm.translit.tables` for the
format. The same tables expand a gazetteer's native-script names into the
spellings each convention would produce, so that ``Dscheenbekow`` meets
``Жээнбеков`` without any rule written for that name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from ..packaged import read_text
from .tables import Rule, TableError, load_table, table_codes

__all__ = ["conventions", "detect_source", "expand", "has_cyrillic", "russian_form", "spellings", "transliterate"]

# The Cyrillic blocks (Cyrillic, Supplement, Extended-A, -B, -C); the standard
# library's re finds a character class faster than regex finds a script.
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")

# Letters that tell a source language apart (the rest of each alphabet is
# shared), tried in this order.
_SOURCE_MARKERS: tuple[tuple[str, str], ...] = (
    ("tg", "ҳҷӣӯ"),  # Tajik
    ("kk", "әғқұһ"),  # Kazakh
    ("ky", "өүң"),  # Kyrgyz (Kazakh letters were tried first)
    ("be", "ў"),  # Belarusian
    ("uk", "єїґ"),  # Ukrainian
    ("mk", "ѓќѕ"),  # Macedonian
    ("sr", "ђћџљњј"),  # Serbian (џ љ њ ј are Macedonian too)
)
# Kyrgyz writes its long vowels double (Жээнбеков, Сооронбай); Bulgarian ъ is
# a vowel between consonants or at the end; Belarusian і comes with ы, э or ё
# (Ukrainian has none of them); Ukrainian adjectival surnames end in -ський;
# Belarusian writes э after consonants (Лукашэнка), Russian only in loanwords.
_KYRGYZ_LONG_VOWEL = regex.compile(r"(аа|ээ|оо|уу|ыы|үү|өө)")
_BULGARIAN_HARD_SIGN = regex.compile(r"ъ(?![еёюяи])|ьо")
_BELARUSIAN_E = regex.compile(r"[бвгджзклмнпрстфхцчшщ]э")
_UKRAINIAN_SOFT_SK = regex.compile(r"[сцз]ьк")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter.

    Examples:
        >>> has_cyrillic("Жээнбеков"), has_cyrillic("Žeenbekov"), has_cyrillic("Bishkek (Бишкек)")
        (True, False, True)
        >>> has_cyrillic("Pаvel")  # one Cyrillic "а" among Latin letters
        True
    """
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=1 << 14)
def detect_source(text: str) -> str:
    """Guess the source language of a Cyrillic text from its distinctive letters.

    Returns ``"ru"`` unless a letter (or a spelling habit) specific to another
    alphabet is present.

    Examples:
        >>> detect_source("Жээнбеков"), detect_source("Нұрсұлтан"), detect_source("Зеленський")
        ('ky', 'kk', 'uk')
        >>> detect_source("Віталій Кличко"), detect_source("Святлана Ціханоўская"), detect_source("Путин")
        ('uk', 'be', 'ru')
    """
    lower = text.casefold()
    for code, letters in _SOURCE_MARKERS:
        if any(ch in lower for ch in letters):
            return code
    if "і" in lower:
        return "be" if any(ch in lower for ch in "ыэё") else "uk"
    if _KYRGYZ_LONG_VOWEL.search(lower):
        return "ky"
    if _BULGARIAN_HARD_SIGN.search(lower):
        return "bg"
    if _UKRAINIAN_SOFT_SK.search(lower):
        return "uk"
    if _BELARUSIAN_E.search(lower):
        return "be"
    return "ru"


def conventions() -> tuple[str, ...]:
    """The codes of every Latin convention that [`transliterate`][namenorm.transliterate] knows.

    Examples:
        >>> "de" in conventions(), "fi" in conventions(), "iso9" in conventions()
        (True, True, True)
        >>> [transliterate("Жээнбеков", to=code, source="ky") for code in ("de", "fi", "pl")]
        ['Dscheenbekow', 'Žeenbekov', 'Żeenbekow']
    """
    return table_codes()


class _Memo(dict[tuple[str, str], tuple[str | None, int]]):
    """The outcome of a table's rules by context (see `_rule_in`), and
    how far the rules for each first letter read (their longest sequence and
    one letter more)."""

    def __init__(self, rules: dict[str, tuple[Rule, ...]]) -> None:
        super().__init__()
        self.window = {first: max(len(r.cyrillic) for r in group) + 1 for first, group in rules.items()}


_Compiled = tuple[dict[str, str], dict[str, tuple[Rule, ...]], dict[int, str], re.Pattern[str], _Memo]
#: How many contexts each compiled table remembers the outcome of its rules in.
_MEMO_SIZE = 1 << 14


@lru_cache(maxsize=1024)
def _compiled(code: str, source: str, endings: bool) -> _Compiled:
    """A table's rules for one source language: the letters that always render
    the same way (a plain dict lookup), the rules to try for the rest, a
    translation table of the plain letters in both cases (a capital renders
    capitalised: Ж -> Zh), a pattern finding the letters that need rules, and
    the outcome of the rules in each context met so far (see `_rule_in`)."""
    table = load_table(code)
    plain: dict[str, str] = {}
    rules: dict[str, tuple[Rule, ...]] = {}
    for first, group in table.rules.items():
        usable = tuple(
            r for r in group if (not r.sources or source in r.sources) and (endings or "ending" not in r.when)
        )
        if not usable:
            continue
        head = usable[0]
        if len(head.cyrillic) == 1 and not head.when:
            plain[first] = head.latin
        else:
            rules[first] = usable
    both: dict[int, str] = {}
    for letter, latin in plain.items():
        both[ord(letter)] = latin
        upper = letter.upper()
        if len(upper) == 1 and upper != letter:
            both[ord(upper)] = latin.capitalize()
    special = re.compile("[" + "".join(re.escape(ch + ch.upper()) for ch in sorted(rules)) + "]") if rules else _NEVER
    return plain, rules, both, special, _Memo(rules)


_NEVER = re.compile(r"(?!)")
# Two capitals in a row (an acronym, a name in capitals): the slow path keeps
# the rendering of each letter in capitals too (ЖЭЭНБЕКОВ -> ZHEENBEKOV).
_TWO_CAPITALS = re.compile(r"[^\W\d_a-zа-яёіїєґўәғқңөұүһҳҷӣӯђјљњћџѓќѕ]{2}")


def _rule_at(table: dict[str, tuple[Rule, ...]], lower: str, i: int, source: str) -> tuple[str | None, int]:
    """The rendering of the rule that applies at ``i`` and where it stops."""
    for rule in table.get(lower[i], ()):
        stop = i + len(rule.cyrillic)
        if lower.startswith(rule.cyrillic, i) and rule.applies(lower, i, stop, source):
            return rule.latin, stop
    return None, i + 1


def _rule_in(
    memo: _Memo, table: dict[str, tuple[Rule, ...]], lower: str, i: int, source: str
) -> tuple[str | None, int]:
    """`_rule_at`, remembered by context. A rule reads the letter before
    the sequence it replaces, the sequence and the letter after it (see
    `applies`): all of them lie within the
    letter before ``i`` and, from ``i``, the longest sequence of the rules for
    that letter plus one letter, so the same context has the same outcome."""
    context = (lower[i - 1] if i else "", lower[i : i + memo.window.get(lower[i], 1)])
    found = memo.get(context)
    if found is None:
        latin, stop = _rule_at(table, lower, i, source)
        found = (latin, stop - i)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[context] = found
    return found[0], i + found[1]


def _render_simply_cased(compiled: _Compiled, word: str, lower: str, source: str) -> str:
    """`_render` of a word with capitals only at the start of words (no
    two in a row): runs of plain letters translated at once, rules only where
    a letter has them."""
    _plain, table, both, special, memo = compiled
    out: list[str] = []
    i = 0
    while True:
        found = special.search(lower, i)
        if found is None:
            out.append(word[i:].translate(both))
            return "".join(out)
        j = found.start()
        if j > i:
            out.append(word[i:j].translate(both))
        piece, i = _rule_in(memo, table, lower, j, source)
        if piece is None:
            out.append(word[j])
        else:
            out.append(piece.capitalize() if piece and word[j] != lower[j] else piece)


def _render(code: str, word: str, lower: str, source: str, endings: bool) -> str:
    compiled = _compiled(code, source, endings)
    if not _TWO_CAPITALS.search(word):
        return _render_simply_cased(compiled, word, lower, source)
    plain, table, _both, _special, memo = compiled
    out: list[str] = []
    i, n = 0, len(lower)
    while i < n:
        ch = lower[i]
        got = plain.get(ch)
        end = i + 1
        if got is None:
            got, end = _rule_in(memo, table, lower, i, source)
            if got is None:
                out.append(word[i])
                i = end
                continue
        if got and word[i] != ch:  # upper case in the original
            upper_next = end < n and word[end] != lower[end] and word[end].isalpha()
            upper_prev = i > 0 and word[i - 1] != lower[i - 1] and word[i - 1].isalpha()
            got = got.upper() if (upper_next or (upper_prev and end >= n)) else got.capitalize()
        out.append(got)
        i = end
    return "".join(out)


@lru_cache(maxsize=65536)
def transliterate(text: str, to: str = "en", source: str | None = None, *, endings: bool = True) -> str:
    """Transliterate Cyrillic in ``text`` into the Latin convention ``to``.

    Args:
        text: any text; characters outside the table pass through unchanged.
        to: a convention code (see [`conventions`][namenorm.translit.conventions]), e.g. ``"en"``, ``"fi"``,
            ``"de"``, ``"iso9"``.
        source: the source language (``"ru"``, ``"uk"``, ``"ky"``, ...); guessed
            from the letters when omitted.
        endings: whether to add the grammatical endings some conventions give
            a name (Latvian and Lithuanian nominative -s, -as: ``Putinas``).

    Raises:
        KeyError: ``to`` is not a known convention.

    Examples:
        >>> transliterate("Жээнбеков", to="fi"), transliterate("Жээнбеков", to="de", source="ky")
        ('Žeenbekov', 'Dscheenbekow')
        >>> transliterate("Горбачёв", to="en")
        'Gorbachev'
        >>> transliterate("Владимир Путин", to="lt"), transliterate("Владимир Путин", to="lt", endings=False)
        ('Vladimiras Putinas', 'Vladimir Putin')
    """
    load_table(to)  # raises KeyError for an unknown convention
    if not has_cyrillic(text):
        return text
    src = source or detect_source(text)
    if " " in text:  # words render alike wherever they stand: each is rendered once
        return " ".join(_word(word, to, src, endings) for word in text.split(" "))
    return _word(text, to, src, endings)


@lru_cache(maxsize=1 << 16)
def _word(text: str, to: str, source: str, endings: bool) -> str:
    return _render(to, text, _lower(text), source, endings)


def _lower(text: str) -> str:
    """The lower case of ``text``, letter for letter: the rendering walks the
    text and its lower case in step, so a letter whose lower case is longer
    (İ) is kept as it is."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return lower


@lru_cache(maxsize=1)
def _form_rules() -> dict[str, tuple[tuple[regex.Pattern[str], str], ...]]:
    """The rules of ``forms.tsv`` by source language."""
    text = read_text("namenorm.translit", "forms.tsv")
    rules: dict[str, list[tuple[regex.Pattern[str], str]]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise TableError(f"forms.tsv:{number}: expected 'source<TAB>pattern<TAB>replacement'")
        rules.setdefault(cols[0], []).append((regex.compile(cols[1]), cols[2]))
    return {source: tuple(pairs) for source, pairs in rules.items()}


def russian_form(native: str, source: str | None = None) -> str | None:
    """The Russian form of a Ukrainian or Belarusian name, by the regular
    correspondences of ``forms.tsv``; None when it is the same or the source
    has no rules.

    Examples:
        >>> russian_form("Святлана Ціханоўская"), russian_form("Аляксандр Лукашэнка", "be")
        ('Святлана Тихановская', 'Аляксандр Лукашенко')
        >>> russian_form("Віталій Кличко"), russian_form("Путин")
        ('Виталий Кличко', None)
    """
    src = source or detect_source(native)
    rules = _form_rules().get(src)
    if not rules:
        return None
    lower = native.lower()
    for pattern, replacement in rules:
        lower = pattern.sub(replacement, lower)
    if lower == native.lower():
        return None
    # Keep the capitals of the original, word by word.
    return " ".join(
        w.capitalize() if o[:1].isupper() else w for w, o in zip(lower.split(" "), native.split(" "), strict=False)
    )


@lru_cache(maxsize=65536)
def spellings(native: str, source: str | None = None, *, endings: bool = False) -> frozenset[str]:
    """Every Latin spelling of a Cyrillic name under every convention, and of
    its Russian form (`russian_form`) for a Ukrainian or Belarusian name;
    of spellings that fold to one ASCII key (``Žeenbekov``, ``Zheenbekov``),
    only one (the plain-ASCII one when there is one).

    Used to expand a gazetteer's native-script names at index build. The
    nominative endings of Latvian and Lithuanian (``Putinas``) are left out
    unless ``endings`` is set: on any name but a person's they would meet
    inflected forms of other languages (German genitive ``Brandenburgs``).

    Examples:
        >>> sorted(spellings("Атамбаев"))[:3]
        ['Atambaev', 'Atambaiev', 'Atambajev']
        >>> {"Tikhanovskaya", "Tichanowskaja"} <= spellings("Ціханоўская")
        True
    """
    return expand(native, source, endings=endings)


def expand(native: str, source: str | None = None, *, endings: bool = False) -> frozenset[str]:
    """`spellings`, not remembered: for an index build, which meets each
    name once (its words, met again and again, are remembered).

    Examples:
        >>> expand("Атамбаев") == spellings("Атамбаев")
        True
    """
    if not has_cyrillic(native):
        return frozenset()
    src = source or detect_source(native)
    rendered = _renders(native, src, endings)
    russian = russian_form(native, src)
    if russian is not None:
        rendered += _renders(russian, "ru", endings)
    # Spellings that differ only in letters ASCII folding spells out (Žeenbekov,
    # Zheenbekov) are found by one ASCII key: one of them is enough, the
    # plain-ASCII one if there is one.
    kept: dict[bytes, str] = {}
    for spelling in sorted(set(rendered), key=lambda s: (not s.isascii(), s)):
        kept.setdefault(_ascii_fold(spelling), spelling)
    return frozenset(kept.values())


def _renders(text: str, source: str, endings: bool) -> list[str]:
    """``transliterate(text, code, source, endings=endings)`` for every code of
    `table_codes`, in order: each word rendered once under all of them."""
    if not has_cyrillic(text):
        return [text] * len(table_codes())
    if " " not in text:
        return list(_word_renders(text, source, endings))
    words = [_word_renders(w, source, endings) for w in text.split(" ")]
    return [" ".join(parts) for parts in zip(*words, strict=True)]


@lru_cache(maxsize=1 << 14)
def _word_renders(word: str, source: str, endings: bool) -> tuple[str, ...]:
    """One word under every convention (given names recur in every list of
    people): `_word` for each code, the word's lower case and its
    capitals looked at once for all of them."""
    lower = _lower(word)
    if _TWO_CAPITALS.search(word):
        return tuple(_render(code, word, lower, source, endings) for code in table_codes())
    return tuple(_render_simply_cased(compiled, word, lower, source) for compiled in _all_compiled(source, endings))


@lru_cache(maxsize=64)
def _all_compiled(source: str, endings: bool) -> tuple[_Compiled, ...]:
    """`_compiled` for every code of `table_codes`, in order."""
    return tuple(_compiled(code, source, endings) for code in table_codes())


# The letters of the conventions' outputs that ASCII folding spells out (as
# namenorm.keys.ascii_key does) rather than strips of their marks.
_SPELL_OUT = str.maketrans(
    {"ž": "zh", "ż": "zh", "ẑ": "zh", "š": "sh", "ş": "sh", "ș": "sh", "ŝ": "sh", "č": "ch", "ç": "ch", "ĉ": "ch"}
    | {"ć": "ch", "ț": "ts", "ţ": "ts", "ł": "l", "ı": "i", "ß": "ss", "đ": "dj"}
)


def _ascii_fold(spelling: str) -> bytes:
    """A cheap ASCII fold of a rendered spelling: spellings that fold alike
    have one namenorm.keys.ascii_key (the converse may fail; a duplicate kept
    costs a little room, no more)."""
    return unicodedata.normalize("NFD", spelling.casefold().translate(_SPELL_OUT)).encode("ascii", "ignore")
