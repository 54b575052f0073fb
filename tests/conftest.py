"""Shared fixtures: the default resolver and a small gazetteer of the seed's region."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import namenorm

GOLDEN = Path(__file__).parent / "golden"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a golden TSV file (lines starting with # are comments)."""
    with open(GOLDEN / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@pytest.fixture(scope="session")
def resolver() -> namenorm.Resolver:
    return namenorm.default_resolver()


SMALL_RECORDS = [
    {"id": "Q1", "name": "Almazbek Atambayev", "type": "PER", "native": ["Алмазбек Атамбаев"]},
    {"id": "Q2", "name": "Sooronbay Jeenbekov", "type": "PER", "native": ["Сооронбай Жээнбеков"], "weight": 3},
    {"id": "Q3", "name": "Asylbek Jeenbekov", "type": "PER", "native": ["Асылбек Жээнбеков"]},
    {"id": "Q4", "name": "Bishkek", "type": "LOC", "native": ["Бишкек"], "aliases": ["Frunze"]},
    {"id": "Q5", "name": "Helsinki", "type": "LOC", "aliases": [{"name": "Helsingfors", "lang": "sv"}]},
]


@pytest.fixture(scope="session")
def small() -> namenorm.Resolver:
    return namenorm.Resolver(namenorm.Gazetteer.from_records(SMALL_RECORDS))
