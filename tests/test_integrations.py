"""Data-frame helpers: pandas and Polars, one cache of distinct values."""

from __future__ import annotations

import math

import pandas as pd
import polars as pl
import pytest

import namenorm
from namenorm import integrations
from namenorm.integrations.pandas import resolve_series
from namenorm.integrations.polars import resolve_column, resolve_expr

NAMES = ["Atambajev", "Jeenbekov", None, "Nobody Known", "Atambajev", "  ", 42]


@pytest.fixture()
def brothers() -> namenorm.Resolver:
    return namenorm.Resolver(
        namenorm.Gazetteer.from_records(
            [
                {"id": "aa", "name": "Almazbek Atambayev", "type": "PER"},
                {"id": "a", "name": "Asylbek Jeenbekov", "type": "PER"},
                {"id": "b", "name": "Sooronbay Jeenbekov", "type": "PER"},
            ]
        )
    )


def test_pandas_series_in_columns_out(brothers: namenorm.Resolver) -> None:
    series = pd.Series(NAMES, name="who", index=[10, 11, 12, 13, 14, 15, 16], dtype=object)
    out = resolve_series(series, resolver=brothers)
    assert list(out.columns) == ["who_canonical", "who_id", "who_score", "who_status"]
    assert list(out.index) == list(series.index)
    assert out["who_status"].tolist() == ["matched", "ambiguous", "empty", "unmatched", "matched", "empty", "unmatched"]
    assert out["who_id"].tolist() == ["aa", None, None, None, "aa", None, None]
    assert out["who_score"].iloc[0] > 0.8 and math.isnan(out["who_score"].iloc[1])
    only = resolve_series(series, resolver=brothers, fields=("id",), prefix="p")
    assert list(only.columns) == ["p_id"]
    with pytest.raises(ValueError, match="unknown field"):
        resolve_series(series, resolver=brothers, fields=("colour",))


def test_pandas_string_dtype_and_nan(brothers: namenorm.Resolver) -> None:
    series = pd.Series(["Atambajev", float("nan"), pd.NA], dtype="string")
    assert resolve_series(series, resolver=brothers)["name_status"].tolist() == ["matched", "empty", "empty"]


def test_polars_function_and_expression(brothers: namenorm.Resolver) -> None:
    frame = pl.DataFrame({"who": ["Atambajev", "Jeenbekov", None, "Nobody Known", "Atambajev", "  "]})
    column = resolve_column(frame["who"], resolver=brothers)
    statuses = ["matched", "ambiguous", "empty", "unmatched", "matched", "empty"]
    assert column.struct.field("who_status").to_list() == statuses
    out = frame.with_columns(resolve_expr("who", resolver=brothers, fields=("id", "score")).alias("r")).unnest("r")
    assert out.columns == ["who", "who_id", "who_score"]
    assert out["who_id"].to_list() == ["aa", None, None, None, "aa", None]
    assert out.schema["who_score"] == pl.Float64
    lazy = frame.lazy().select(resolve_expr(pl.col("who"), resolver=brothers).struct.field("name_canonical")).collect()
    assert lazy.to_series().to_list()[0] == "Almazbek Atambayev"


def test_one_cache_for_both(brothers: namenorm.Resolver, monkeypatch: pytest.MonkeyPatch) -> None:
    namenorm.reset_caches()
    calls: list[str] = []
    original = integrations.resolve_values

    def counting(resolver: namenorm.Resolver, values: list[str], **scope: object) -> list[integrations.Resolution]:
        calls.extend(values)
        return original(resolver, values, **scope)  # type: ignore[arg-type]

    monkeypatch.setattr(integrations, "resolve_values", counting)
    resolve_series(pd.Series(["Atambajev"] * 1000 + ["Jeenbekov"]), resolver=brothers)
    resolve_column(pl.Series(["Jeenbekov", "Atambajev", "Atambajev"]), resolver=brothers)
    assert sorted(calls) == ["Atambajev", "Jeenbekov"]  # each distinct value once, across both helpers


def test_every_helper_lays_out_the_one_row_function_alike(brothers: namenorm.Resolver) -> None:
    from namenorm.io import resolve_value
    from namenorm.spark import resolve_values

    values = ["Atambajev", "Jeenbekov", None, "Nobody Known", "Bishkek"]
    expected = [resolve_value(brothers, v) for v in values]
    pandas = resolve_series(pd.Series(values, name="who"), resolver=brothers)
    polars = resolve_column(pl.Series("who", values), resolver=brothers)
    spark = resolve_values(brothers, values)
    assert pandas["who_status"].tolist() == [r.status for r in expected]
    assert polars.struct.field("who_status").to_list() == [r.status for r in expected]
    assert [row[3] for row in spark] == [r.status for r in expected]
    assert [row[1] for row in spark] == [r.id or None for r in expected]


def test_helpers_take_the_scope() -> None:
    from namenorm import Scope
    from namenorm.spark import resolve_values

    people = Scope.of(types={"PER"})
    assert resolve_values(namenorm.default_resolver(), ["Georgia"], scope=people)[0][3] == "unmatched"
    assert resolve_values(namenorm.default_resolver(), ["Georgia"])[0][3] == "matched"
    out = resolve_column(pl.Series("who", ["Georgia"]), types={"PER"}, fields=("status",))
    assert out.struct.field("who_status").to_list() == ["unmatched"]
