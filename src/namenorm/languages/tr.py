"""Turkish: suffix chains on names, with vowel harmony, buffer consonants and softening.

The rules are ``tables/tr.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/turkic.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, language, rows
from .base import TableLanguage

__all__ = ["LANGUAGE", "TURKISH", "TURKISH_HARMONY"]

#: The rows of [suffixes].
TURKISH: tuple[SimpleNamespace, ...]
#: The rows of [harmony].
TURKISH_HARMONY: tuple[SimpleNamespace, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    TURKISH=lambda: rows("tr", "suffixes"),
    TURKISH_HARMONY=lambda: rows("tr", "harmony"),
    LANGUAGE=lambda: language("tr"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
