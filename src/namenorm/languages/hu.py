"""Hungarian: case endings of names, with vowel harmony, assimilation and lengthening.

The rules are ``tables/hu.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/hungarian.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, language, rows, suffixes
from .base import Suffix, TableLanguage

__all__ = ["CASES", "INNER", "LANGUAGE", "LENGTHENED"]

#: The ending rules of [cases].
CASES: tuple[Suffix, ...]
#: The ending rules of [inner].
INNER: tuple[Suffix, ...]
#: The rows of [lengthened].
LENGTHENED: tuple[SimpleNamespace, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    CASES=lambda: suffixes("hu", "cases"),
    INNER=lambda: suffixes("hu", "inner"),
    LENGTHENED=lambda: rows("hu", "lengthened"),
    LANGUAGE=lambda: language("hu"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
