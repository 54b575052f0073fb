"""Estonian: the case endings of names, and the stem changes of native names.

The rules are ``tables/et.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/estonian.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import exposing, language, rows, stem_rules, suffixes
from .base import StemRule, Suffix, TableLanguage

__all__ = ["CASES", "CLITICS", "GRADATION", "LANGUAGE", "PLURAL_MARKERS", "STEM_RULES"]

#: The ending rules of [cases].
CASES: tuple[Suffix, ...]
#: The ending rules of [plural markers].
PLURAL_MARKERS: tuple[Suffix, ...]
#: The ending rules of [clitics].
CLITICS: tuple[Suffix, ...]
#: The stem rules of [stem rules].
STEM_RULES: tuple[StemRule, ...]
#: The rows of [gradation].
GRADATION: tuple[SimpleNamespace, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    CASES=lambda: suffixes("et", "cases"),
    PLURAL_MARKERS=lambda: suffixes("et", "plural markers"),
    CLITICS=lambda: suffixes("et", "clitics"),
    STEM_RULES=lambda: stem_rules("et", "stem rules"),
    GRADATION=lambda: rows("et", "gradation"),
    LANGUAGE=lambda: language("et"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
