"""Golden cases against the default gazetteer (tests/golden/resolve.tsv)."""

from __future__ import annotations

import pytest

import namenorm

from .conftest import read_tsv

CASES = read_tsv("resolve.tsv")


@pytest.mark.parametrize("case", CASES, ids=[f"{c['query']}|{c['lang']}" for c in CASES])
def test_golden(case: dict[str, str]) -> None:
    lang = None if case["lang"] == "-" else case["lang"]
    match = namenorm.resolve(case["query"], lang=lang)
    got = match.entity.id if match else "-"
    assert got == case["expected"], f"{case['query']!r} ({case['note']}): {match.explain() if match else None}"
