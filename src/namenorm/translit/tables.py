"""Reading transliteration tables: plain text, one rule per line.

A table file ``tables/<code>.tsv`` describes one Latin convention::

    # name: Finnish (SFS 4900)
    # lang: fi
    # source: where the rules come from
    # base: another table whose rules apply after this one's (optional)
    # sample: ru Горбачёв = Gorbatšov
    # cyrillic<TAB>latin<TAB>when<TAB>sources     # comment
    ж	ž			# fi: Ž for Ж
    е	je	start,after-vowel,after-sign

``when`` lists context conditions that must all hold (empty: always);
``sources`` restricts a rule to source languages (empty: all). Rules are tried
longest Cyrillic sequence first, then in file order, so a context rule is
written before the plain rule for the same letter. A table with a ``base``
inherits every rule of that table, after its own: a rule of its own shadows
the base's rules for the same sequence. ``lang`` lists the languages whose
writers use the convention (``hr, sl, sr``). Conditions:

- ``start`` / ``end``: the sequence starts / ends a word;
- ``after-vowel`` / ``after-consonant`` / ``after-sign``: the previous letter is
  a vowel / a consonant / ь or ъ;
- ``before-vowel`` / ``before-consonant``: the next letter is a vowel / a consonant;
- ``after=жчшщ`` / ``before=еи``: the previous / next letter is one of these;
- ``ending``: the rule adds a grammatical ending (Lithuanian -as), applied
  only when endings are asked for.

The compiled core reads the tables (``rust/src/text/translit/tables.rs``,
which embeds these files at build time) and renders with them; this module
shows what it read, for documentation and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import _core
from ..cache import cached
from ..errors import TableError, UnknownConventionError

if TYPE_CHECKING:
    from .._core import _Rule, _Table

__all__ = ["Rule", "Table", "TableError", "load_table", "table_codes"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a Cyrillic sequence, its Latin rendering, and when it applies."""

    cyrillic: str
    latin: str
    when: tuple[str, ...] = ()
    sources: frozenset[str] = frozenset()
    line: int = 0


@dataclass(frozen=True)
class Table:
    """A convention: its code, display name, rules by first letter, samples.

    Attributes:
        code: the file name without ``.tsv`` (``"fi"``, ``"en-icao"``).
        name: a display name.
        lang: the first of ``langs``.
        rules: every rule (the base table's included), by the first letter of
            its Cyrillic sequence, in the order they are tried.
        samples: golden ``(source, cyrillic, latin)`` triples.
        longest: the longest Cyrillic sequence of any rule.
        langs: the languages whose writers use the convention.
        source: where the rules come from.
        base: the code of the table this one extends, if any.
        own: this table's own rules, in file order (for documentation).
    """

    code: str
    name: str
    lang: str
    rules: dict[str, tuple[Rule, ...]]
    samples: tuple[tuple[str, str, str], ...] = ()
    longest: int = 1
    langs: tuple[str, ...] = ()
    source: str = ""
    base: str | None = None
    own: tuple[Rule, ...] = field(default=())


def _rule(record: _Rule) -> Rule:
    cyrillic, latin, when, sources, line = record
    return Rule(cyrillic, latin, tuple(when), frozenset(sources), line)


def _table(record: _Table) -> Table:
    code, name, lang, langs, origin, base, samples, rules, longest, own = record
    return Table(
        code,
        name,
        lang,
        {first: tuple(map(_rule, group)) for first, group in rules},
        tuple(samples),
        longest,
        tuple(langs),
        origin,
        base,
        tuple(map(_rule, own)),
    )


def _parse(code: str, text: str, base: Table | None = None) -> Table:
    """Parse a table file; ``base`` is the parsed table named by its ``base:``
    header (one of the shipped tables: the core extends what it embeds).

    Raises:
        TableError: the file is malformed.
    """
    try:
        return _table(_core.parse_table(code, text, base.code if base else None))
    except ValueError as error:
        raise TableError(str(error)) from None


@cached("translit.table_codes")
def table_codes() -> tuple[str, ...]:
    """The codes of every convention shipped, sorted."""
    return tuple(_core.conventions())


def unknown_convention(code: object) -> str:
    """The message of the error for a convention no table has."""
    return f"unknown transliteration convention {code!r}: use one of {', '.join(table_codes())}"


@cached("translit.load_table")
def load_table(code: str) -> Table:
    """Load (once) the table of a convention by its code, with its base table.

    Raises:
        UnknownConventionError: no table has this code (a ``KeyError`` too).
    """
    if code not in table_codes():
        raise UnknownConventionError(unknown_convention(code))
    return _table(_core.translit_table(code))
