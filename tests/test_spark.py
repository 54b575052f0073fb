"""namenorm.spark in Spark's local mode (two worker threads): the DataFrame it
returns says, row for row, what ``resolve_many`` says on the same values.

Needs the ``spark`` extra and Java. Where they are absent the tests are
skipped, except under ``NAMENORM_REQUIRE_SPARK=1`` (set by ``.ci/run``'s Spark
step), where their absence is a failure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import namenorm
from namenorm import Gazetteer, Options, Resolver
from namenorm.spark import STATUSES, resolve_values

from .conftest import SMALL_RECORDS

#: Options under which the bare surname of the two Jeenbekov brothers is ambiguous.
NO_PROMINENCE = Options(prominence=100.0)
REQUIRED = os.environ.get("NAMENORM_REQUIRE_SPARK") == "1"

if not REQUIRED:
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    pytest.importorskip("pandas", reason="the spark extra is not installed")

# Values of every kind a column holds: exact names, transliterations,
# inflected forms, repeats, an ambiguous surname, unknown names, blanks, nulls.
VALUES = [
    "Almazbek Atambayev",
    "Atambajev",
    "Atambajevin",
    "Атамбаев",
    "Sooronbai Žeenbekoville",
    "Asulbek Zhenbekov",
    "Jeenbekov",
    "Bishkekissä",
    "Biškek",
    "Frunze",
    "Helsingfors",
    "Helsingissä",
    "Bakiyev",
    "Nobody Atall",
    "",
    "   ",
    None,
    "Atambajev",
    "Biškek",
    None,
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("namenorm-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "7")  # several batches per partition
        .getOrCreate()
    )
    yield session
    session.stop()


def _frame(spark: Any, values: list[str | None]) -> Any:
    rows = [(i, v) for i, v in enumerate(values)]
    return spark.createDataFrame(rows, "row INT, name STRING").repartition(2)


def _expected(resolver: Resolver, values: list[str | None], lang: str | None = None) -> list[tuple[Any, ...]]:
    matches = resolver.resolve_many(values, lang=lang)
    rows = resolve_values(resolver, values, lang)
    out = []
    for value, match, row in zip(values, matches, rows, strict=True):
        if match is None:
            out.append((value, None, None, None, row[3]))
        else:
            out.append((value, match.entity.name, match.entity.id, match.score, "matched"))
    return out


def _collected(frame: Any) -> list[tuple[Any, ...]]:
    rows = sorted(frame.collect(), key=lambda r: r["row"])
    return [(r["name"], r["name_canonical"], r["name_id"], r["name_score"], r["name_status"]) for r in rows]


def test_resolve_column_equals_resolve_many_with_a_broadcast_gazetteer(spark: Any) -> None:
    from namenorm.spark import resolve_column

    gazetteer = Gazetteer.from_records(SMALL_RECORDS)
    out = resolve_column(_frame(spark, VALUES), "name", gazetteer=gazetteer, options=NO_PROMINENCE)
    assert out.columns == ["row", "name", "name_canonical", "name_id", "name_score", "name_status"]
    got = _collected(out)
    assert got == _expected(Resolver(gazetteer, NO_PROMINENCE), VALUES)
    statuses = {row[4] for row in got}
    assert statuses == set(STATUSES)  # every status is exercised


def test_resolve_column_with_the_default_gazetteer_and_a_language_hint(spark: Any) -> None:
    from namenorm.spark import resolve_column

    values = ["Žeenbekoville", "Putinille", "Bishkekissä", "Helsingissä", "Nobody Atall", None]
    # Built here first, the default index is in the cache file when the workers want it.
    expected = _expected(namenorm.default_resolver(), values, lang="fi")
    got = _collected(resolve_column(_frame(spark, values), "name", lang="fi"))
    assert got == expected
    assert got[0][2] == "sooronbay-jeenbekov"


def test_resolve_column_options_and_numbers(spark: Any) -> None:
    from namenorm.spark import resolve_column

    strict = Options(threshold=0.99)
    frame = spark.createDataFrame([(1, 42), (2, None)], "row INT, name INT")
    got = _collected(resolve_column(frame, "name", gazetteer=Gazetteer.from_records(SMALL_RECORDS), options=strict))
    assert [row[4] for row in got] == ["unmatched", "empty"]


def test_resolve_column_refuses_bad_arguments(spark: Any) -> None:
    from namenorm.spark import resolve_column

    frame = _frame(spark, ["Atambajev"])
    with pytest.raises(ValueError, match="no column"):
        resolve_column(frame, "nom")
    with pytest.raises(ValueError, match="already has name_id"):
        resolve_column(frame.withColumnRenamed("row", "name_id"), "name")
    with pytest.raises(TypeError, match="Gazetteer"):
        resolve_column(frame, "name", gazetteer=SMALL_RECORDS)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "status"),
    [("Atambajev", "matched"), ("Jeenbekov", "ambiguous"), ("Bakiyev", "unmatched"), ("  ", "empty"), (None, "empty")],
)
def test_resolve_values_statuses(value: str | None, status: str) -> None:
    resolver = Resolver(Gazetteer.from_records(SMALL_RECORDS), NO_PROMINENCE)
    assert resolve_values(resolver, [value])[0][3] == status
