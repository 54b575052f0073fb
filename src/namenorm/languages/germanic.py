"""English, German, Dutch and the Nordic languages: the genitive -s is the only ending names take.

The rules are ``tables/germanic.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/suffix.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from ._tables import exposing, languages, suffixes
from .base import Suffix, TableLanguage

__all__ = ["ENDINGS", "LANGUAGES"]

#: The ending rules of [endings].
ENDINGS: tuple[Suffix, ...]
#: The languages of the table, in its order.
LANGUAGES: tuple[TableLanguage, ...]

_TABLES = exposing(
    ENDINGS=lambda: suffixes("germanic", "endings"),
    LANGUAGES=lambda: languages("germanic"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
