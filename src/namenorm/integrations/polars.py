"""Polars helpers (``pip install namenorm[polars]``): a function over a column
and an expression, each resolving every distinct value once.

The result is a struct whose fields are prefixed as ``namenorm clean`` and the
pandas helper name their columns (``who_canonical``, ``who_id``, ...), so
that ``unnest`` never meets a column of the frame (an ``id``) by chance.

Examples:
    >>> import polars as pl
    >>> from namenorm.integrations.polars import resolve_expr
    >>> people = pl.DataFrame({"id": [1, 2, 3, 4], "who": ["Atambajev", "Žeenbekoville", None, "Atambajev"]})
    >>> out = people.with_columns(resolve_expr("who").alias("resolved")).unnest("resolved")
    >>> out.columns
    ['id', 'who', 'who_canonical', 'who_id', 'who_score', 'who_status']
    >>> out.select("who_canonical", "who_status").rows()[:3]
    [('Almazbek Atambayev', 'matched'), ('Sooronbay Jeenbekov', 'matched'), (None, 'empty')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

from ..resolver import Resolver
from . import FIELDS, check_fields, column_names, resolve_unique

__all__ = ["resolve_column", "resolve_expr"]


def _dtype(prefix: str, fields: Sequence[str]) -> pl.Struct:
    names = column_names(prefix, fields)
    return pl.Struct({name: (pl.Float64 if f == "score" else pl.String) for f, name in zip(fields, names, strict=True)})


def resolve_column(
    series: pl.Series,
    *,
    lang: str | None = None,
    resolver: Resolver | None = None,
    fields: Sequence[str] = FIELDS,
    prefix: str | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> pl.Series:
    """Resolve a column of names: a struct Series with one field per ``fields``
    (``canonical``, ``id``, ``score`` as Float64, ``status``), each named
    ``PREFIX_FIELD``; unanswered fields are null. Each distinct value is
    resolved once.

    Args:
        series: the names (strings; nulls count as empty).
        lang: language hint (ISO 639-1).
        resolver: the resolver; the default gazetteer's by default.
        fields: the fields wanted.
        prefix: the fields' prefix; the series' name by default, or ``name``
            when it has none.
        types: only entities of these types answer (``{"PER"}``); None: any.
        countries: only entities of these countries answer (``{"KG"}``); None: any.

    Raises:
        ValueError: a field that is not one of `FIELDS`.

    Examples:
        >>> import polars as pl
        >>> who = pl.Series("who", ["Atambajev", "Žeenbekoville", None, "Nobody Atall"])
        >>> out = resolve_column(who, fields=("id", "status"))
        >>> out.name, out.struct.field("who_id").to_list()
        ('who', ['almazbek-atambayev', 'sooronbay-jeenbekov', None, None])
        >>> out.struct.field("who_status").to_list()
        ['matched', 'matched', 'empty', 'unmatched']
    """
    fields = check_fields(fields)
    base = prefix if prefix is not None else (series.name or "name")
    text = series.cast(pl.String)
    uniques = text.unique(maintain_order=True).to_list()
    table = resolve_unique(uniques, lang=lang, resolver=resolver, types=types, countries=countries)
    keys = [u for u in uniques if u is not None]
    parts: list[pl.Series] = []
    for f, name in zip(fields, column_names(base, fields), strict=True):
        if f == "score":
            new: list[object] = [table[k].score for k in keys]
            dtype: pl.DataType = pl.Float64()
            default: object = None
        elif f == "status":
            new = [table[k].status for k in keys]
            dtype, default = pl.String(), "empty"
        else:
            new = [getattr(table[k], f) or None for k in keys]
            dtype, default = pl.String(), None
        parts.append(text.replace_strict(keys, new, default=default, return_dtype=dtype).alias(name))
    return pl.struct(parts, eager=True).alias(series.name)


def resolve_expr(
    column: str | pl.Expr,
    *,
    lang: str | None = None,
    resolver: Resolver | None = None,
    fields: Sequence[str] = FIELDS,
    prefix: str | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> pl.Expr:
    """An expression resolving a column of names (see [`resolve_column`][namenorm.integrations.polars.resolve_column]);
    ``unnest`` it to get the fields as columns. The prefix is the column's
    name when ``column`` is one, else ``name``.

    Examples:
        >>> import polars as pl
        >>> people = pl.DataFrame({"who": ["Atambajev", None]})
        >>> wanted = resolve_expr("who", fields=("canonical", "status")).alias("resolved")
        >>> people.with_columns(wanted).unnest("resolved").rows()
        [('Atambajev', 'Almazbek Atambayev', 'matched'), (None, None, 'empty')]

        Any expression of names will do, in a lazy query too:

        >>> query = people.lazy().select(resolve_expr(pl.col("who").str.to_uppercase(), fields=("id",), prefix="p"))
        >>> query.collect().unnest("who").to_series().to_list()
        ['almazbek-atambayev', None]
    """
    fields = check_fields(fields)
    expr = pl.col(column) if isinstance(column, str) else column
    base = prefix if prefix is not None else (column if isinstance(column, str) else "name")
    return expr.map_batches(
        lambda s: resolve_column(
            s, lang=lang, resolver=resolver, fields=fields, prefix=base, types=types, countries=countries
        ),
        return_dtype=_dtype(base, fields),
    )
