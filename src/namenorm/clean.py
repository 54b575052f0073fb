"""Stage 1: cleaning. Turn whatever arrived into a tidy display form of a name.

Cleaning keeps the name as people write it (case, diacritics, script); the
aggressive folding used for matching lives in `namenorm.keys`. Each fix
is a small pure function with a docstring saying why it exists, and
`clean_name` reports which fixes changed the text, so that
``Match.explain()`` can name them.

The fixes run in the compiled core (``rust/src/text/clean.rs``); these are
its Python faces, with the same names, signatures and examples.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import _core

__all__ = ["MAX_NAME_LENGTH", "CleanedName", "clean", "clean_name", "fold_case", "normalise"]

#: Names longer than this are truncated before cleaning: no real name is this
#: long, and bounding the input keeps every later stage linear and fast.
MAX_NAME_LENGTH: int = _core.MAX_NAME_LENGTH


@dataclass(frozen=True, slots=True)
class CleanedName:
    """A cleaned name and the names of the fixes that changed it."""

    text: str
    steps: tuple[str, ...] = ()


def fix_invisible(text: str) -> str:
    """Drop control, format and unassigned characters (zero-width spaces and
    joiners, bidi marks, soft hyphens): they are invisible in print but make
    two equal-looking strings differ."""
    return _core.fix_invisible(text)


def fix_unicode_form(text: str) -> str:
    """Compose to NFC, after NFKC folding of compatibility characters (full-width
    letters, ligatures): the same letter must have one encoding."""
    return _core.fix_unicode_form(text)


def fix_punctuation(text: str) -> str:
    """Map typographic apostrophes, quotes and dashes to their ASCII forms: a
    possessive ``Žeenbekov’s`` and ``Žeenbekov's`` must be one form."""
    return _core.fix_punctuation(text)


def fix_spaces(text: str) -> str:
    """Collapse runs of any kind of space to one ASCII space, trimmed."""
    return _core.fix_spaces(text)


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 or Latin-1 (``Å½eenbekov`` -> ``Žeenbekov``).

    Tries the one round trip that covers the common case, where the text
    shows a sign of it, and keeps the text unless the round trip decodes
    cleanly. For the many more cases ftfy knows, run ``ftfy.fix_encoding``
    on the text first.
    """
    return _core.fix_mojibake(text)


def fix_homoglyphs(text: str) -> str:
    """Repair words that mix Latin and Cyrillic look-alike letters, writing the
    minority letters in the script of the majority (a Cyrillic ``о`` in a Latin
    word becomes Latin ``o``)."""
    return _core.fix_homoglyphs(text)


def fix_edges(text: str) -> str:
    """Trim punctuation around a name (quotes, brackets, a final comma), keeping
    a final initial's dot (``A.``) and a possessive apostrophe (``Marx'``). A
    name made only of punctuation and symbols (``&``, ``+``) is left alone."""
    return _core.fix_edges(text)


def fix_name_order(text: str) -> str:
    """Turn ``Surname, Given`` (library catalogues, sanctions lists) into
    ``Given Surname``; a comma followed by several words is left alone, since
    it is more likely a list or a place (``Paris, Texas``) than name order."""
    return _core.fix_name_order(text)


def is_title(word: str) -> bool:
    """Whether a word is a title or honorific (``President``, ``Mr.``,
    ``presidentti``, ``г-н``; data/titles.txt), in any case, a dot after it or not."""
    return _core.is_title(word)


def strip_titles(text: str) -> str:
    """Remove leading titles and honorifics (``President``, ``Mr.``,
    ``presidentti``, ``г-н``): they are not part of the name. A title is only
    removed when a name follows it."""
    return _core.strip_titles(text)


def set_apart(text: str) -> tuple[str, tuple[str, ...]]:
    """The name without a bracketed qualifier, a company's legal form and a
    generational suffix, and the steps that say so; the text as it was when
    nothing else would be left.

    Examples:
        >>> set_apart("Vladimir Putin (Russia)")
        ('Vladimir Putin', ('qualifier in brackets set apart',))
        >>> set_apart("Gazprom Neft PJSC"), set_apart("ООО «Ромашка»")[0]
        (('Gazprom Neft', ('legal form set apart',)), '«Ромашка»')
        >>> set_apart("Putin, Vladimir [President]")[0], set_apart("Martin Luther King Jr.")[0]
        ('Putin, Vladimir', 'Martin Luther King')
        >>> set_apart("John Smith III")[0], set_apart("Charles III")[0], set_apart("(Putin)")[0]
        ('John Smith', 'Charles III', '(Putin)')
    """
    return _core.set_apart(text)


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
        >>> clean_name("Putin, Vladimir (President)").text, clean_name("Martin Luther King Jr.").text
        ('Vladimir Putin', 'Martin Luther King')
    """
    if not isinstance(text, str):
        raise TypeError(f"a name must be a str, not {type(text).__name__}")
    return CleanedName(*_core.clean_name(text))


def normalise(text: str) -> str:
    """Only the encoding fixes of `clean_name` (invisible characters,
    mojibake, Unicode form, typographic punctuation, spaces, mixed scripts):
    the name as written, encoded one way. Used for gazetteer names, whose
    display form is kept.

    Examples:
        >>> normalise("St.\u00a0Petersburg’s")
        "St. Petersburg's"
    """
    return _core.normalise(text)


def clean(text: str) -> str:
    """The cleaned display form of ``text`` (see `clean_name`).

    Examples:
        >>> clean("Ž\\u200beenbekov")
        'Žeenbekov'
    """
    return clean_name(text).text


def fold_case(text: str) -> str:
    """Case-fold for comparison, recomposed: ``İ`` and ``ß`` fold consistently."""
    return _core.fold_case(text)
