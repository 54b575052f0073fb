"""Croatian, Serbian and Bosnian: the case endings of names, Latin and Cyrillic.

The rules are ``tables/hr.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/suffix.rs``, the Slavic engine). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from .. import _core
from ._tables import exposing, languages, stem_rules, suffixes
from .base import StemRule, Suffix, TableLanguage

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGES", "to_cyrillic"]

#: The ending rules of [endings].
ENDINGS: tuple[Suffix, ...]
#: The stem rules of [alternations].
ALTERNATIONS: tuple[StemRule, ...]
#: The languages of the table, in its order.
LANGUAGES: tuple[TableLanguage, ...]


def to_cyrillic(text: str) -> str:
    """Serbian Latin to Serbian Cyrillic, letter by letter (the two are one-to-one:
    the table's ``[cyrillic]``). Letters outside the Serbian alphabet (q, w, x, y) are kept.

    Examples:
        >>> to_cyrillic("ljubljanom"), to_cyrillic("džudža")
        ('љубљаном', 'џуџа')
    """
    return _core.serbian_cyrillic(text)


_TABLES = exposing(
    ENDINGS=lambda: suffixes("hr", "endings"),
    ALTERNATIONS=lambda: stem_rules("hr", "alternations"),
    LANGUAGES=lambda: languages("hr"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
