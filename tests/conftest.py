"""Shared fixtures: the default resolver and a small gazetteer of the seed's region."""

from __future__ import annotations

import csv
import json
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


#: A small gazetteer of the seed's region (shared with ``fuzz/fuzz_namenorm.py``).
SMALL_GAZETTEER = Path(__file__).parent / "fixtures" / "small.jsonl"
SMALL_RECORDS = [
    json.loads(line) for line in SMALL_GAZETTEER.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"
]


@pytest.fixture(scope="session")
def small() -> namenorm.Resolver:
    return namenorm.Resolver(namenorm.Gazetteer.from_records(SMALL_RECORDS))
