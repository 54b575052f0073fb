"""Every name of the seed article, looked up alone without a language hint,
resolves to the entity it means (golden/seed_expected.tsv)."""

from __future__ import annotations

import pytest

import namenorm

from .conftest import read_tsv

SEED = read_tsv("seed_expected.tsv")


@pytest.mark.parametrize("row", SEED, ids=[r["surface"] for r in SEED])
def test_seed_name_resolves_without_hint(row: dict[str, str]) -> None:
    match = namenorm.resolve(row["surface"])
    assert match is not None, f"{row['surface']!r} did not resolve"
    assert match.entity.name == row["canonical"]
    assert match.entity.type == row["type"]


def test_seed_has_every_row() -> None:
    assert len(SEED) == 28
