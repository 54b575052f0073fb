"""Stage 2a: transliteration from Cyrillic into named Latin conventions.

Conventions are plain tables (``tables/<code>.tsv``, one rule per line, each
with a comment naming its source); see `namenorm.translit.tables` for the
format. The same tables expand a gazetteer's native-script names into the
spellings each convention would produce, so that ``Dscheenbekow`` meets
``Жээнбеков`` without any rule written for that name.

The tables are read and rendered by the compiled core
(``rust/src/text/translit/``); these are its Python faces, with the same
names, signatures and examples.
"""

from __future__ import annotations

from .. import _core
from ..cache import cached
from ..errors import UnknownConventionError
from .tables import table_codes, unknown_convention

__all__ = [
    "conventions",
    "detect_source",
    "expand",
    "has_cyrillic",
    "has_script",
    "russian_form",
    "scripts",
    "spellings",
    "transliterate",
]


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter.

    Examples:
        >>> has_cyrillic("Жээнбеков"), has_cyrillic("Žeenbekov"), has_cyrillic("Bishkek (Бишкек)")
        (True, False, True)
        >>> has_cyrillic("Pаvel")  # one Cyrillic "а" among Latin letters
        True
    """
    return _core.has_cyrillic(text)


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
    return _core.detect_source(text)


def conventions() -> tuple[str, ...]:
    """The codes of every Latin convention that [`transliterate`][namenorm.transliterate] knows.

    Examples:
        >>> "de" in conventions(), "fi" in conventions(), "iso9" in conventions()
        (True, True, True)
        >>> [transliterate("Жээнбеков", to=code, source="ky") for code in ("de", "fi", "pl")]
        ['Dscheenbekow', 'Žeenbekov', 'Żeenbekow']
    """
    return table_codes()


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

    Text in Greek, Armenian, Georgian, Hebrew, the Arabic script, Hangul, kana,
    Chinese characters, Khmer or Burmese (or with ``source`` one of ``el``,
    ``hy``, ``ka``, ``he``, ``ar``, ``fa``, ``ur``, ``ko``, ``ja``, ``zh``,
    ``km``, ``my``) is romanized by its
    script's conventions (`scripts`): ``to`` one of them, or any code above
    for the script's default.

    Raises:
        TypeError: ``text`` is not a ``str``.
        UnknownConventionError: ``to`` is not a known convention (a ``KeyError`` too).

    Examples:
        >>> transliterate("Жээнбеков", to="fi"), transliterate("Жээнбеков", to="de", source="ky")
        ('Žeenbekov', 'Dscheenbekow')
        >>> transliterate("Горбачёв", to="en")
        'Gorbachev'
        >>> transliterate("Владимир Путин", to="lt"), transliterate("Владимир Путин", to="lt", endings=False)
        ('Vladimiras Putinas', 'Vladimir Putin')
        >>> transliterate("Αθήνα"), transliterate("문재인", to="customary", source="ko")
        ('Athina', 'Moon Jae-in')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    try:
        return _core.transliterate(text, to, source, endings)
    except KeyError:
        raise UnknownConventionError(unknown_convention(to)) from None


def scripts() -> dict[str, tuple[str, ...]]:
    """The source languages read by a script engine, with their conventions (the default first).

    Examples:
        >>> scripts()["el"], scripts()["ko"]
        (('elot', 'phonetic'), ('rr', 'mr', 'customary'))
    """
    return {source: tuple(code for code, _ in conventions) for source, conventions in _core.script_sources()}


def has_script(text: str) -> bool:
    """Whether ``text`` has a letter of a script with an engine (Greek, Hebrew, Hangul, ...).

    Examples:
        >>> has_script("Βλαντίμιρ"), has_script("Putin"), has_script("Путин")
        (True, False, False)
    """
    return _core.has_script(text)


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
    return _core.russian_form(native, source)


@cached("translit.spellings")
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
    name once.

    Examples:
        >>> expand("Атамбаев") == spellings("Атамбаев")
        True
    """
    return frozenset(_core.expand(native, source, endings))
