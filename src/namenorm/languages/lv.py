"""Latvian: case endings of names, the gender endings foreign names gain, and the
consonant alternation of the second declension.

The rules are ``tables/lv.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/baltic.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, language, rows, suffixes
from .base import Suffix, TableLanguage

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: The ending rules of [endings].
ENDINGS: tuple[Suffix, ...]
#: The rows of [alternations].
ALTERNATIONS: tuple[SimpleNamespace, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    ENDINGS=lambda: suffixes("lv", "endings"),
    ALTERNATIONS=lambda: rows("lv", "alternations"),
    LANGUAGE=lambda: language("lv"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
