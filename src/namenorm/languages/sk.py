"""Slovak: the case endings of names, feminine -ová surnames and possessives.

The rules are ``tables/sk.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/suffix.rs``, the Slavic engine). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from ._tables import exposing, language, stem_rules, suffixes
from .base import StemRule, Suffix, TableLanguage

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: The ending rules of [endings].
ENDINGS: tuple[Suffix, ...]
#: The stem rules of [alternations].
ALTERNATIONS: tuple[StemRule, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    ENDINGS=lambda: suffixes("sk", "endings"),
    ALTERNATIONS=lambda: stem_rules("sk", "alternations"),
    LANGUAGE=lambda: language("sk"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
