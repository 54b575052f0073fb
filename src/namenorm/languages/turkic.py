"""Kazakh, Kyrgyz and Azerbaijani: the Turkish suffix-chain engine with their own tables.

The rules are ``tables/turkic.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/turkic.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, languages, rows
from .base import TableLanguage

__all__ = ["AZERBAIJANI", "KAZAKH", "KYRGYZ", "LANGUAGES"]

#: The rows of [suffixes] for kk.
KAZAKH: tuple[SimpleNamespace, ...]
#: The rows of [suffixes] for ky.
KYRGYZ: tuple[SimpleNamespace, ...]
#: The rows of [suffixes] for az.
AZERBAIJANI: tuple[SimpleNamespace, ...]
#: The languages of the table, in its order.
LANGUAGES: tuple[TableLanguage, ...]

_TABLES = exposing(
    KAZAKH=lambda: rows("turkic", "suffixes", "kk"),
    KYRGYZ=lambda: rows("turkic", "suffixes", "ky"),
    AZERBAIJANI=lambda: rows("turkic", "suffixes", "az"),
    LANGUAGES=lambda: languages("turkic"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
