"""Finnish: the case endings of names, foreign and native, and the stem changes they cause.

The rules are ``tables/fi.tsv`` (its header gives the sources and how
the rules are applied); the compiled core runs them
(``rust/src/languages/finnish.rs``). This module gives the tables as
Python objects, read on first use.
"""

from __future__ import annotations

from types import SimpleNamespace

from ._tables import StemType, exposing, language, rows, stem_rules, stem_types, suffixes
from .base import StemRule, Suffix, TableLanguage

__all__ = [
    "CASES",
    "CLITICS",
    "GRADATION",
    "LANGUAGE",
    "PLURAL_CASES",
    "PLURAL_J_STEMS",
    "PLURAL_STEMS",
    "POSSESSIVES",
    "SEPARATED",
    "STEM_TYPES",
]

#: The ending rules of [cases].
CASES: tuple[Suffix, ...]
#: The ending rules of [plural cases].
PLURAL_CASES: tuple[Suffix, ...]
#: The ending rules of [separated].
SEPARATED: tuple[Suffix, ...]
#: The ending rules of [clitics].
CLITICS: tuple[Suffix, ...]
#: The ending rules of [possessives].
POSSESSIVES: tuple[Suffix, ...]
#: The stem types of [stem types].
STEM_TYPES: tuple[StemType, ...]
#: The rows of [gradation].
GRADATION: tuple[SimpleNamespace, ...]
#: The stem rules of [plural stems].
PLURAL_STEMS: tuple[StemRule, ...]
#: The stem rules of [plural j stems].
PLURAL_J_STEMS: tuple[StemRule, ...]
#: The language (as the registry has it).
LANGUAGE: TableLanguage

_TABLES = exposing(
    CASES=lambda: suffixes("fi", "cases"),
    PLURAL_CASES=lambda: suffixes("fi", "plural cases"),
    SEPARATED=lambda: suffixes("fi", "separated"),
    CLITICS=lambda: suffixes("fi", "clitics"),
    POSSESSIVES=lambda: suffixes("fi", "possessives"),
    STEM_TYPES=lambda: stem_types("fi", "stem types"),
    GRADATION=lambda: rows("fi", "gradation"),
    PLURAL_STEMS=lambda: stem_rules("fi", "plural stems"),
    PLURAL_J_STEMS=lambda: stem_rules("fi", "plural j stems"),
    LANGUAGE=lambda: language("fi"),
)


def __getattr__(name: str) -> object:
    return _TABLES(name)
