"""The one value -> row function: what a cell, a data-frame value or a Spark
value resolves to, with one status vocabulary.

``namenorm clean``, the pandas and Polars helpers and Spark all call
[`resolve_value`][namenorm.io.resolve_value]; they differ only in how they lay
out its [`Resolution`][namenorm.io.Resolution]:

- ``matched``: one entity, with its canonical name, id and score;
- ``ambiguous``: two or more entities too close to call (``candidates``);
- ``unmatched``: no confident answer (nothing matched, or the value holds
  bytes that are not valid in the file's encoding: never guessed at);
- ``empty``: None, NaN, a blank string.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import get_args

from ..resolver import Decision, Match, Resolver, Status

__all__ = ["FIELDS", "STATUSES", "Resolution", "guard_formula", "resolve_value", "resolve_values", "text_of"]

#: The values of a resolution's ``status``, the one vocabulary of every helper.
STATUSES: tuple[Status, ...] = get_args(Status)
#: The fields of a resolution laid out as columns, in order (``NAME_canonical`` ...).
FIELDS: tuple[str, ...] = ("canonical", "id", "score", "status")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Characters that stand for bytes a decoder could not read (``surrogateescape``, U+FFFD).
_UNREADABLE = frozenset(chr(c) for c in range(0xDC80, 0xDD00)) | {"\ufffd"}


@dataclass(frozen=True, slots=True)
class Resolution:
    """What one value resolved to.

    Attributes:
        status: one of `STATUSES`.
        canonical: the entity's name ("" unless matched).
        id: the entity's id ("" unless matched).
        score: the score (None unless matched).
        candidates: for an ambiguous value, the entities it is torn between,
            as ``name (id)``.

    Examples:
        >>> import namenorm
        >>> brothers = namenorm.Resolver(namenorm.Gazetteer.from_records([
        ...     {"id": "sj", "name": "Sooronbay Jeenbekov", "type": "PER"},
        ...     {"id": "aj", "name": "Asylbek Jeenbekov", "type": "PER"}]))
        >>> resolve_value(brothers, "Sooronbai Jeenbekov")  # doctest: +ELLIPSIS
        Resolution(status='matched', canonical='Sooronbay Jeenbekov', id='sj', score=0..., candidates=())
        >>> resolve_value(brothers, "Jeenbekov").candidates
        ('Asylbek Jeenbekov (aj)', 'Sooronbay Jeenbekov (sj)')
        >>> resolve_value(brothers, "Bakiyev").status
        'unmatched'
    """

    status: Status
    canonical: str = ""
    id: str = ""
    score: float | None = None
    candidates: tuple[str, ...] = ()

    def cell(self, field: str) -> str:
        """A field as the text of a CSV cell (the score with three decimals).

        Examples:
            >>> Resolution("matched", "Bishkek", "Q9361", 0.98765).cell("score"), Resolution("empty").cell("id")
            ('0.988', '')
        """
        if field == "score":
            return "" if self.score is None else f"{self.score:.3f}"
        return str(getattr(self, field))


EMPTY = Resolution("empty")
UNMATCHED = Resolution("unmatched")


def text_of(value: object) -> str | None:
    """The text of a value to resolve, or None when it is empty: None, NaN, a
    blank string. Other values (numbers) are resolved as their ``str()``.

    Examples:
        >>> text_of(" Putin "), text_of(float("nan")), text_of("  "), text_of(7)
        (' Putin ', None, None, '7')
    """
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def resolve_value(
    resolver: Resolver,
    value: object,
    *,
    lang: str | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> Resolution:
    """Resolve one value, telling "ambiguous" apart from "unmatched"
    ([`Resolver.decide`][namenorm.Resolver.decide]), within the scope
    ``types`` and ``countries`` (see [`Scope`][namenorm.Scope]).

    A value holding characters that stand for unreadable bytes (a cp1252
    file read as UTF-8) is ``unmatched``, not resolved: ``M\\udcfcller`` would
    otherwise lose its letter and meet another name.

    Examples:
        >>> import namenorm
        >>> r = namenorm.default_resolver()
        >>> resolve_value(r, "Atambajev").status, resolve_value(r, "  ").status, resolve_value(r, None).status
        ('matched', 'empty', 'empty')
        >>> resolve_value(r, "Georgia", types={"PER"}).status, resolve_value(r, "M\\udcfcller").status
        ('unmatched', 'unmatched')
    """
    text = _readable(value)
    if isinstance(text, Resolution):
        return text
    return _resolution(resolver.decide(text, lang=lang, types=types, countries=countries))


def resolve_values(
    resolver: Resolver,
    values: Iterable[object],
    *,
    lang: str | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> list[Resolution]:
    """[`resolve_value`][namenorm.io.resolve_value] of each value, in order,
    decided in one batch ([`Resolver.decide_many`][namenorm.Resolver.decide_many]:
    on every core).

    Examples:
        >>> import namenorm
        >>> r = namenorm.default_resolver()
        >>> [res.status for res in resolve_values(r, ["Atambajev", None, "M\\udcfcller"])]
        ['matched', 'empty', 'unmatched']
    """
    readable = [_readable(v) for v in values]
    asked = [t for t in readable if isinstance(t, str)]
    decided = iter(resolver.decide_many(asked, lang, types=types, countries=countries))
    return [_resolution(next(decided)) if isinstance(t, str) else t for t in readable]


def _readable(value: object) -> str | Resolution:
    """The text of a value to decide, or its resolution when it needs none:
    empty, or unreadable (characters standing for bytes a decoding could
    not read)."""
    text = text_of(value)
    if text is None:
        return EMPTY
    if not text.isascii() and not _UNREADABLE.isdisjoint(text):
        return UNMATCHED
    return text


def _resolution(decision: Decision) -> Resolution:
    """The row of a decision."""
    match = decision.match
    if match is not None:
        return Resolution("matched", match.entity.name, match.entity.id, match.score)
    if decision.status == "ambiguous":
        return Resolution("ambiguous", candidates=tuple(_names(decision.rivals)))
    return EMPTY if decision.status == "empty" else UNMATCHED


def _names(matches: Iterable[Match]) -> Iterator[str]:
    seen = set()
    for m in matches:
        if m.entity.id not in seen:
            seen.add(m.entity.id)
            yield f"{m.entity.name} ({m.entity.id})"


def guard_formula(cell: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (OWASP "CSV injection").

    Examples:
        >>> guard_formula("=HYPERLINK(1)"), guard_formula("Putin")
        ("'=HYPERLINK(1)", 'Putin')
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
