"""Language codes: the hints namenorm accepts, checked once at the door.

A language hint is an ISO 639-1 code (``fi``, ``pl``, ``de``), in any case.
A code that is not one is an error that names the fix, never silently
ignored: ``fin`` (ISO 639-2) names ``fi``; ``klingon`` and ``xx`` ask for a
two-letter code. A known code namenorm has no inflection table for (``fr``,
``es``) is accepted: it still chooses transliteration conventions and
function words. The codes come from ``data/languages.tsv``
(``scripts/build_language_codes.py``).
"""

from __future__ import annotations

from .cache import cached
from .errors import UnknownLanguageError
from .resources import table

__all__ = ["check_language", "language_codes"]


@cached("codes.codes")
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    longer: dict[str, str] = {}
    for row in table("namenorm.data", "languages.tsv", 3):
        code, alpha3, name = row.cells
        names[code] = name
        for three in alpha3.split():
            longer[three] = code
    return names, longer


def language_codes() -> frozenset[str]:
    """Every ISO 639-1 code.

    Examples:
        >>> {"fi", "ru", "ky"} <= language_codes(), "xx" in language_codes()
        (True, False)
    """
    return frozenset(_codes()[0])


def check_language(code: object) -> str | None:
    """The ISO 639-1 code of a language hint in lower case, or None for none.

    Raises:
        TypeError: ``code`` is neither a ``str`` nor ``None``.
        UnknownLanguageError: ``code`` is not an ISO 639-1 code.

    Examples:
        >>> check_language("FI"), check_language(None), check_language("")
        ('fi', None, None)
        >>> check_language("fin")
        Traceback (most recent call last):
        ...
        namenorm.errors.UnknownLanguageError: unknown language code 'fin': use its ISO 639-1 code 'fi' (Finnish)
    """
    if code is None:
        return None
    if not isinstance(code, str):
        raise TypeError(f"lang must be a str or None, not {type(code).__name__}")
    folded = code.strip().lower()
    if not folded:
        return None
    names, longer = _codes()
    if folded in names:
        return folded
    if folded in longer:
        short = longer[folded]
        raise UnknownLanguageError(f"unknown language code {code!r}: use its ISO 639-1 code {short!r} ({names[short]})")
    raise UnknownLanguageError(
        f"unknown language code {code!r}: give an ISO 639-1 code such as 'fi' or 'pl', or no language"
    )
