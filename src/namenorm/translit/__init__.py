"""Stage 2a: transliteration from Cyrillic into named Latin conventions.

Conventions are plain tables (``tables/<code>.tsv``, one rule per line, each
with a comment naming its source); see :mod:`namenorm.translit.tables` for the
format. The same tables expand a gazetteer's native-script names into the
spellings each convention would produce, so that ``Dscheenbekow`` meets
``Жээнбеков`` without any rule written for that name.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .tables import Table, load_table, table_codes

__all__ = ["conventions", "detect_source", "has_cyrillic", "spellings", "transliterate"]

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}", flags=regex.V1)

# Letters that tell a source language apart (the rest of each alphabet is shared).
_SOURCE_MARKERS: tuple[tuple[str, str], ...] = (
    ("kk", "әғқңөұүһі"),
    ("ky", "өүң"),
    ("uk", "єїґі"),
    ("be", "ўі"),
    ("sr", "ђјљњћџ"),
    ("mk", "ѓќѕјљњџ"),
)


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def detect_source(text: str) -> str:
    """Guess the source language of a Cyrillic text from its distinctive letters.

    Returns ``"ru"`` unless a letter specific to another alphabet is present.

    Example:
        >>> detect_source("Жээнбеков"), detect_source("Нұрсұлтан"), detect_source("Зеленський")
        ('ru', 'kk', 'ru')
    """
    lower = text.casefold()
    for code, letters in _SOURCE_MARKERS:
        if any(ch in lower for ch in letters):
            return code
    return "ru"


def conventions() -> tuple[str, ...]:
    """The codes of every Latin convention that :func:`transliterate` knows."""
    return table_codes()


def _render(table: Table, word: str, lower: str, source: str) -> str:
    out: list[str] = []
    i, n = 0, len(lower)
    while i < n:
        ch = lower[i]
        rules = table.rules.get(ch)
        done = False
        if rules:
            for rule in rules:
                end = i + len(rule.cyrillic)
                if lower.startswith(rule.cyrillic, i) and rule.applies(lower, i, end, source):
                    piece = rule.latin
                    if piece and word[i] != lower[i]:  # upper case in the original
                        upper_next = end < n and word[end] != lower[end] and word[end].isalpha()
                        upper_prev = i > 0 and word[i - 1] != lower[i - 1] and word[i - 1].isalpha()
                        piece = piece.upper() if (upper_next or (upper_prev and end >= n)) else piece.capitalize()
                    out.append(piece)
                    i = end
                    done = True
                    break
        if not done:
            out.append(word[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def transliterate(text: str, to: str = "en", source: str | None = None) -> str:
    """Transliterate Cyrillic in ``text`` into the Latin convention ``to``.

    Args:
        text: any text; characters outside the table pass through unchanged.
        to: a convention code (see :func:`conventions`), e.g. ``"en"``, ``"fi"``,
            ``"de"``, ``"iso9"``.
        source: the source language (``"ru"``, ``"uk"``, ``"ky"``, ...); guessed
            from the letters when omitted.

    Raises:
        KeyError: ``to`` is not a known convention.

    Example:
        >>> transliterate("Жээнбеков", to="fi"), transliterate("Жээнбеков", to="de", source="ky")
        ('Žeenbekov', 'Dscheenbekow')
        >>> transliterate("Горбачёв", to="en")
        'Gorbachev'
    """
    table = load_table(to)
    if not has_cyrillic(text):
        return text
    src = source or detect_source(text)
    # Lower-case letter by letter, keeping any letter whose lower case is
    # longer (İ): the rendering walks the two strings in step.
    lower = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return _render(table, text, lower, src)


@lru_cache(maxsize=65536)
def spellings(native: str, source: str | None = None) -> frozenset[str]:
    """Every distinct Latin spelling of a Cyrillic name under every convention.

    Used to expand a gazetteer's native-script names at index build.

    Example:
        >>> sorted(spellings("Атамбаев"))[:3]
        ['Atambaev', 'Atambajev', 'Atambajew']
    """
    if not has_cyrillic(native):
        return frozenset()
    return frozenset(transliterate(native, code, source) for code in table_codes())
