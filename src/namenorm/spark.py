"""Resolve a column of an Apache Spark DataFrame, for data beyond one machine.

Install the optional extra (``pip install "namenorm[spark]"``: PySpark 4 with
pandas and PyArrow) on the driver and on every executor. Then::

    from namenorm.spark import resolve_column
    out = resolve_column(df, "name", lang="fi")

adds four columns after the existing ones, the same as ``namenorm clean``
adds to a CSV file:

- ``name_canonical``: the entity's canonical name (null unless matched);
- ``name_id``: the entity's id (null unless matched);
- ``name_score``: the score in [0, 1] (null unless matched);
- ``name_status``: ``matched``, ``ambiguous`` (two entities too close to
  call), ``unmatched`` or ``empty`` (null or blank).

How it runs: a pandas UDF (Arrow batches) resolves the column, each batch's
distinct values once. A gazetteer of your own travels to the executors as a
Spark broadcast variable, so each executor receives it once however many
tasks it runs; each Python worker builds its [`Resolver`][namenorm.Resolver]
from it on first use and keeps it for later tasks (Spark reuses its Python
workers). With no gazetteer, the workers use the embedded default, which
comes with the package. See ``docs/spark.md`` for running on a cluster.

Only the named column crosses from the JVM to Python; the other columns
stay where they are.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .cache import register
from .codes import check_language
from .gazetteer import Gazetteer
from .io import rows
from .io.rows import FIELDS, STATUSES, text_of
from .resolver import Options, Resolver, Scope

if TYPE_CHECKING:  # pragma: no cover - types only
    from pyspark.sql import DataFrame

__all__ = ["FIELDS", "STATUSES", "resolve_column", "resolve_values"]

# Resolvers built in this (executor's Python worker) process, by the content
# hash of the gazetteer (None: the default gazetteer) and options.
_RESOLVERS: dict[tuple[str | None, Options], Resolver] = {}
_LOCK = threading.Lock()
register("spark.resolvers", _RESOLVERS.clear)

Row = tuple[str | None, str | None, float | None, str]


def resolve_values(
    resolver: Resolver, values: Iterable[Any], lang: str | None = None, scope: Scope | None = None
) -> list[Row]:
    """``(canonical, id, score, status)`` for each value, in order; each distinct
    value is resolved once, by [`resolve_values`][namenorm.io.resolve_values]
    (what ``namenorm clean`` and the data-frame helpers call). A value that is
    not a string (a number) is resolved as its text; None, NaN and blank
    strings are ``empty``.

    Examples:
        >>> import namenorm
        >>> r = namenorm.default_resolver()
        >>> resolve_values(r, ["Atambajev", None, "  "])[1:]
        [(None, None, None, 'empty'), (None, None, None, 'empty')]
        >>> resolve_values(r, ["Atambajev"])[0][1:4:2]
        ('almazbek-atambayev', 'matched')
    """
    chosen = scope or Scope()
    texts = [text_of(value) for value in values]
    distinct = list(dict.fromkeys(t for t in texts if t is not None))
    resolved = rows.resolve_values(resolver, distinct, lang=lang, types=chosen.types, countries=chosen.countries)
    seen: dict[str, Row] = {
        text: (res.canonical or None, res.id or None, res.score, res.status)
        for text, res in zip(distinct, resolved, strict=True)
    }
    return [(None, None, None, "empty") if text is None else seen[text] for text in texts]


def _worker_resolver(digest: str | None, broadcast: Any, options: Options) -> Resolver:
    """The resolver of this Python worker for a broadcast gazetteer (None: the default)."""
    key = (digest, options)
    resolver = _RESOLVERS.get(key)
    if resolver is None:
        with _LOCK:
            resolver = _RESOLVERS.get(key)
            if resolver is None:
                gazetteer = Gazetteer.default() if broadcast is None else Gazetteer.from_records(broadcast.value)
                resolver = _RESOLVERS[key] = Resolver(gazetteer, options)
    return resolver


def resolve_column(
    df: DataFrame,
    column: str,
    *,
    lang: str | None = None,
    gazetteer: Gazetteer | None = None,
    options: Options | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> DataFrame:
    """``df`` with ``<column>_canonical``, ``_id``, ``_score`` and ``_status`` added.

    Args:
        df: a Spark DataFrame.
        column: the column of names (cast to string if it is not one).
        lang: an ISO 639-1 language hint for every value.
        gazetteer: the gazetteer to resolve against (broadcast to the
            executors once); the embedded default when None.
        options: resolver options (threshold, margin, ...); the defaults when None.
        types: only entities of these types answer (``{"PER"}``); None: any.
        countries: only entities of these countries answer (``{"KG"}``); None: any.

    Returns:
        A new DataFrame: every row and column of ``df``, in order, then the four
        added columns. Nothing runs until an action (``show``, ``write``) asks.

    Raises:
        ValueError: ``column`` is not a column of ``df``, or an added column
            already exists.
        TypeError: ``gazetteer`` or ``options`` has the wrong type.

    Examples:
        In Spark's local mode with two worker threads, against a gazetteer
        of two entities (the test suite skips this where PySpark is not
        installed, unless ``NAMENORM_REQUIRE_SPARK=1``, as in CI's Spark step):

        >>> import os, sys, pytest
        >>> if os.environ.get("NAMENORM_REQUIRE_SPARK") != "1":
        ...     _ = pytest.importorskip("pyspark")
        >>> from pyspark.sql import SparkSession
        >>> from namenorm import Gazetteer
        >>> _ = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this Python
        >>> spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
        >>> known = Gazetteer.from_records([
        ...     {"id": "Q1", "name": "Almazbek Atambayev", "type": "PER", "native": ["Алмазбек Атамбаев"]},
        ...     {"id": "Q2", "name": "Bishkek", "type": "LOC", "aliases": ["Frunze"]}])
        >>> df = spark.createDataFrame([(1, "Atambajevin"), (2, "Frunze"), (3, "Nobody Atall"), (4, None)],
        ...                            "row INT, name STRING")
        >>> out = resolve_column(df, "name", lang="fi", gazetteer=known)
        >>> out.columns
        ['row', 'name', 'name_canonical', 'name_id', 'name_score', 'name_status']
        >>> rows = out.orderBy("row").collect()
        >>> [r.name_id for r in rows], [r.name_status for r in rows]
        (['Q1', 'Q2', None, None], ['matched', 'matched', 'unmatched', 'empty'])
    """
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql.types import DoubleType, StringType, StructField, StructType

    if column not in df.columns:
        raise ValueError(f"no column {column!r} (columns: {', '.join(df.columns)})")
    added = [f"{column}_{suffix}" for suffix in FIELDS]
    clash = [name for name in added if name in df.columns]
    if clash:
        raise ValueError(f"the DataFrame already has {', '.join(clash)}; rename or drop it first")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise TypeError(f"gazetteer must be a Gazetteer, not {type(gazetteer).__name__}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be Options, not {type(options).__name__}")
    chosen = options or Options()
    lang = check_language(lang)
    scope = Scope.of(types, countries)
    broadcast, digest = None, None
    if gazetteer is not None:
        records = list(gazetteer.records())
        text = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        broadcast = df.sparkSession.sparkContext.broadcast(records)

    schema = StructType(
        [
            StructField("canonical", StringType()),
            StructField("id", StringType()),
            StructField("score", DoubleType()),
            StructField("status", StringType()),
        ]
    )

    def resolve_batch(values: pd.Series) -> pd.DataFrame:
        rows = resolve_values(_worker_resolver(digest, broadcast, chosen), values, lang, scope)
        return pd.DataFrame(rows, columns=["canonical", "id", "score", "status"])

    # The UDF's kind (Series -> DataFrame) is read from its annotations, which
    # must be the real pandas types, not the strings this module's annotations are.
    resolve_batch.__annotations__ = {"values": pd.Series, "return": pd.DataFrame}
    udf = F.pandas_udf(resolve_batch, returnType=schema)
    struct = "__namenorm_" + column
    out = df.withColumn(struct, udf(F.col(column).cast("string")))
    return out.select(
        *(F.col(f"`{c}`") for c in df.columns),
        *(F.col(f"`{struct}`.{suffix}").alias(name) for suffix, name in zip(FIELDS, added, strict=True)),
    )
