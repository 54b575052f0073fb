"""Georgian: the case endings and postpositions of names, in the Georgian script.

The rules are ``tables/ka.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/suffix.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from ._tables import exposing, language, suffixes
from .base import Suffix, TableLanguage

__all__ = ["CASES", "LANGUAGE"]

#: The ending rules of [endings].
CASES: tuple[Suffix, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    CASES=lambda: suffixes("ka", "endings"),
    LANGUAGE=lambda: language("ka"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
