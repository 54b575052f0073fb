"""Lithuanian: case endings of names, and the nominative endings foreign names gain.

The rules are ``tables/lt.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/baltic.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, language, rows, suffixes
from .base import Suffix, TableLanguage

__all__ = ["ENDINGS", "LANGUAGE", "SOFTENED"]

#: The ending rules of [endings].
ENDINGS: tuple[Suffix, ...]
#: The rows of [softened].
SOFTENED: tuple[SimpleNamespace, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    ENDINGS=lambda: suffixes("lt", "endings"),
    SOFTENED=lambda: rows("lt", "softened"),
    LANGUAGE=lambda: language("lt"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
