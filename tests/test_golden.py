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


def test_short_ordinary_words_are_no_match() -> None:
    """Folded hard enough, short words meet short names (the match key of
    Toojo, a name of Togo, is "to"); they must not resolve without more."""
    for word in ["to", "on", "in", "the", "of", "and", "at", "is", "it", "by"]:
        assert namenorm.resolve(word) is None, word


def test_normalise_is_idempotent_on_compatibility_characters() -> None:
    from namenorm.clean import normalise

    once = normalise("²Î¡x")
    assert normalise(once) == once
