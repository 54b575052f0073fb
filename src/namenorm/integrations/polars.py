"""Polars helpers (``pip install namenorm[polars]``): a function over a column
and an expression, each resolving every distinct value once.

Examples:
    >>> import polars as pl
    >>> from namenorm.integrations.polars import resolve_expr
    >>> people = pl.DataFrame({"who": ["Atambajev", "Žeenbekoville", None, "Atambajev"]})
    >>> out = people.with_columns(resolve_expr("who").alias("who_resolved")).unnest("who_resolved")
    >>> out.select("canonical", "status").rows()[:3]
    [('Almazbek Atambayev', 'matched'), ('Sooronbay Jeenbekov', 'matched'), (None, 'empty')]
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from ..csvclean import FIELDS
from ..resolver import Resolver
from . import resolve_unique

__all__ = ["resolve_column", "resolve_expr"]


def _dtype(fields: Sequence[str]) -> pl.Struct:
    return pl.Struct({f: (pl.Float64 if f == "score" else pl.String) for f in fields})


def resolve_column(
    series: pl.Series,
    *,
    lang: str | None = None,
    resolver: Resolver | None = None,
    fields: Sequence[str] = FIELDS,
) -> pl.Series:
    """Resolve a column of names: a struct Series with one field per ``fields``
    (``canonical``, ``id``, ``score`` as Float64, ``status``); unanswered
    fields are null. Each distinct value is resolved once.

    Raises:
        ValueError: a field that is not one of `FIELDS`.

    Examples:
        >>> import polars as pl
        >>> who = pl.Series("who", ["Atambajev", "Žeenbekoville", None, "Nobody Atall"])
        >>> out = resolve_column(who, fields=("id", "status"))
        >>> out.name, out.struct.field("id").to_list()
        ('who', ['almazbek-atambayev', 'sooronbay-jeenbekov', None, None])
        >>> out.struct.field("status").to_list()
        ['matched', 'matched', 'empty', 'unmatched']
    """
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; use {', '.join(FIELDS)}")
    text = series.cast(pl.String)
    uniques = text.unique(maintain_order=True).to_list()
    table = resolve_unique(uniques, lang=lang, resolver=resolver)
    keys = [u for u in uniques if u is not None]
    parts: list[pl.Series] = []
    for f in fields:
        if f == "score":
            new: list[object] = [float(table[k].score) if table[k].score else None for k in keys]
            dtype: pl.DataType = pl.Float64()
            default: object = None
        elif f == "status":
            new = [table[k].status for k in keys]
            dtype, default = pl.String(), "empty"
        else:
            new = [getattr(table[k], f) or None for k in keys]
            dtype, default = pl.String(), None
        parts.append(text.replace_strict(keys, new, default=default, return_dtype=dtype).alias(f))
    return pl.struct(parts, eager=True).alias(series.name)


def resolve_expr(
    column: str | pl.Expr,
    *,
    lang: str | None = None,
    resolver: Resolver | None = None,
    fields: Sequence[str] = FIELDS,
) -> pl.Expr:
    """An expression resolving a column of names (see [`resolve_column`][namenorm.integrations.polars.resolve_column]);
    ``unnest`` it to get the fields as columns.

    Examples:
        >>> import polars as pl
        >>> people = pl.DataFrame({"who": ["Atambajev", None]})
        >>> wanted = resolve_expr("who", fields=("canonical", "status")).alias("resolved")
        >>> people.with_columns(wanted).unnest("resolved").rows()
        [('Atambajev', 'Almazbek Atambayev', 'matched'), (None, None, 'empty')]

        Any expression of names will do, in a lazy query too:

        >>> query = people.lazy().select(resolve_expr(pl.col("who").str.to_uppercase(), fields=("id",)))
        >>> query.collect().unnest("who").to_series().to_list()
        ['almazbek-atambayev', None]
    """
    expr = pl.col(column) if isinstance(column, str) else column
    return expr.map_batches(
        lambda s: resolve_column(s, lang=lang, resolver=resolver, fields=fields),
        return_dtype=_dtype(fields),
    )
