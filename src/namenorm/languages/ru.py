"""Russian, Ukrainian and Belarusian in Cyrillic: the declension of names.

The rules are ``tables/ru.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/east_slavic.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, languages, rows, suffixes
from .base import Suffix, TableLanguage

__all__ = ["ALTERNATIONS", "BELARUSIAN", "FLEETING", "LANGUAGES", "RUSSIAN", "UKRAINIAN"]

#: The ending rules of [endings] for ru.
RUSSIAN: tuple[Suffix, ...]
#: The ending rules of [endings] for uk.
UKRAINIAN: tuple[Suffix, ...]
#: The ending rules of [endings] for be.
BELARUSIAN: tuple[Suffix, ...]
#: The rows of [fleeting].
FLEETING: tuple[SimpleNamespace, ...]
#: The rows of [alternations].
ALTERNATIONS: tuple[SimpleNamespace, ...]
#: The languages of the table, in its order.
LANGUAGES: tuple[TableLanguage, ...]

_TABLES = exposing(
    RUSSIAN=lambda: suffixes("ru", "endings", "ru"),
    UKRAINIAN=lambda: suffixes("ru", "endings", "uk"),
    BELARUSIAN=lambda: suffixes("ru", "endings", "be"),
    FLEETING=lambda: rows("ru", "fleeting"),
    ALTERNATIONS=lambda: rows("ru", "alternations"),
    LANGUAGES=lambda: languages("ru"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
