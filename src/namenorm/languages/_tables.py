"""The language tables (``tables/*.tsv``) as Python objects.

The tables are the one source of the rules: the core embeds and runs them,
and Python reads them through the core's reader (`namenorm._core.language_table`),
for the language modules' table attributes (``fi.CASES``), the tests and the
documentation. Nothing is read before it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from .. import _core
from ..cache import cached
from .base import StemRule, Suffix, TableLanguage

__all__ = ["StemType", "closed", "exposing", "language", "languages", "rows", "stem_rules", "stem_types", "suffixes"]

#: How the cells of a column are read (the others are text; list cells are tuples).
_NUMBERS = frozenset({"weight", "factor"})
_COUNTS = frozenset({"min_stem"})
_FLAGS = frozenset({"signature", "consonant", "closed"})
_LISTS = frozenset({"languages", "restore", "before", "forms", "endings", "value"})

Cells = dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class StemType:
    """A Finnish stem type (``[stem types]`` of ``fi.tsv``): how a stem
    ending in ``rule.stem`` becomes a dictionary form.

    Attributes:
        rule: the change itself.
        gradation: ``"strengthen"``, ``"weaken"`` or ``""``.
        consonant_stem: the type reads a consonant-final stem.
    """

    rule: StemRule
    gradation: str
    consonant_stem: bool


@cached("languages.sections")
def _sections(table: str) -> dict[str, list[Cells]]:
    return {name: [dict(row) for row in rows] for name, rows in _core.language_table(table)}


def _rows(table: str, section: str, code: str | None) -> list[Cells]:
    out = []
    for row in _sections(table)[section]:
        scope = row.get("languages")
        if code is None or scope is None or code in scope or "*" in scope:
            out.append(row)
    return out


def _value(column: str, items: list[str]) -> Any:
    if column in _LISTS:
        return tuple(items)
    text = "".join(items)
    if column in _NUMBERS:
        return float(text)
    if column in _COUNTS:
        return int(text)
    if column in _FLAGS:
        return text == "yes"
    return text


def _get(row: Cells, column: str, default: Any) -> Any:
    return _value(column, row[column]) if column in row else default


def suffixes(table: str, section: str, code: str | None = None) -> tuple[Suffix, ...]:
    """The ending rules of a section (for one language of the file, or all).

    Examples:
        >>> suffixes("fi", "cases")[0]
        Suffix(ending='n', case='genitive', restore=('',), weight=0.97, min_stem=2, example='Turun -> Turku', \
after='', not_after='', tag='weak')
    """
    return tuple(
        Suffix(
            ending=_get(r, "ending", ""),
            case=_get(r, "case", ""),
            restore=_get(r, "restore", ("",)),
            weight=_get(r, "weight", 0.8),
            min_stem=_get(r, "min_stem", 2),
            example=_get(r, "example", ""),
            after=_get(r, "after", ""),
            not_after=_get(r, "not_after", ""),
            tag=_get(r, "grade", ""),
        )
        for r in _rows(table, section, code)
    )


def stem_rules(table: str, section: str, code: str | None = None) -> tuple[StemRule, ...]:
    """The stem rules of a section (for one language of the file, or all)."""
    return tuple(
        StemRule(
            stem=_get(r, "stem", ""),
            base=_get(r, "base", ""),
            name=_get(r, "name", ""),
            weight=_get(r, "weight", 0.9),
            after=_get(r, "after", ""),
            not_after=_get(r, "not_after", ""),
            min_stem=_get(r, "min_stem", 2),
            example=_get(r, "example", ""),
        )
        for r in _rows(table, section, code)
    )


def stem_types(table: str, section: str) -> tuple[StemType, ...]:
    """The Finnish stem types: stem rules with their gradation."""
    rules = stem_rules(table, section)
    return tuple(
        StemType(rule, _get(r, "gradation", ""), _get(r, "consonant", False))
        for rule, r in zip(rules, _rows(table, section, None), strict=True)
    )


def rows(table: str, section: str, code: str | None = None) -> tuple[SimpleNamespace, ...]:
    """Any section's rows, one attribute a column (numbers, counts, yes/no
    and lists read as such).

    Examples:
        >>> rows("fi", "gradation")[0]
        namespace(strong='nk', weak='ng', name='gradation nk:ng', weight=1.0, before=('',), vowel='', \
signature=True, example='Helsingissä -> Helsinki')
    """
    return tuple(
        SimpleNamespace(**{c: _value(c, items) for c, items in r.items()}) for r in _rows(table, section, code)
    )


def language(code: str) -> TableLanguage:
    """The registered language of a code (it must be one)."""
    from . import registry

    found = registry()[code]
    assert isinstance(found, TableLanguage)
    return found


def languages(table: str) -> tuple[TableLanguage, ...]:
    """The languages of a table file, in its order."""
    return tuple(language(code) for code, _name, file in _core.languages() if file == table)


def closed(table: str, code: str) -> bool:
    """Whether the language ``code`` of ``table`` is closed: its names take
    no ending but those of its table (the ``closed`` column of ``[languages]``).

    Examples:
        >>> closed("germanic", "de"), closed("fi", "fi")
        (True, False)
    """
    row = next(r for r in _sections(table)["languages"] if "".join(r["code"]) == code)
    return _get(row, "closed", False) is True


def exposing(**attributes: Callable[[], object]) -> Callable[[str], object]:
    """A module ``__getattr__`` for table attributes, each read on first use.

    Examples:
        >>> getattr_ = exposing(CASES=lambda: suffixes("ka", "endings"))
        >>> getattr_("CASES")[0].case
        'genitive'
    """
    found: dict[str, object] = {}

    def __getattr__(name: str) -> object:
        if name not in attributes:
            raise AttributeError(name)
        if name not in found:
            found[name] = attributes[name]()
        return found[name]

    return __getattr__
