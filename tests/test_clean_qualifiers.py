"""Real name strings (issue 18): a qualifier in brackets and a generational
suffix are set apart, never read as part of the name; names that hold them
still resolve."""

from __future__ import annotations

import pytest

import namenorm
from namenorm.clean import clean_name, set_apart


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Vladimir Putin (Russia)", "Vladimir Putin"),
        ("Putin, Vladimir (President)", "Vladimir Putin"),
        ("Vladimir Putin [RU]", "Vladimir Putin"),
        ("Putin (Vladimir)", "Putin"),
        ("Martin Luther King Jr.", "Martin Luther King"),
        ("Smith, John, Jr.", "John Smith"),
        ("John Smith Sr", "John Smith"),
        ("John Smith III", "John Smith"),
        ("Сергей Иванов-младший", "Сергей Иванов"),
        ("Иванов мл.", "Иванов"),
        ("Олександр Мороз старший", "Олександр Мороз"),
        ("Gazprom Neft PJSC", "Gazprom Neft"),
        ("ООО «Ромашка»", "Ромашка"),
        ("Huawei Technologies Co., Ltd.", "Huawei Technologies"),
        ("Romashka, OOO", "Romashka"),
    ],
)
def test_the_qualifier_is_not_part_of_the_name(text: str, cleaned: str) -> None:
    result = clean_name(text)
    assert result.text == cleaned and any("set apart" in step for step in result.steps)


@pytest.mark.parametrize(
    "text", ["Charles III", "(Putin)", "[RU]", "Bishkek", "Ivan (", "Jr.", "Mário Sá", "Limited Liability Company"]
)
def test_what_would_leave_no_name_or_is_a_name_stays(text: str) -> None:
    assert set_apart(text) == (text, ())


def assert_resolves(records: list[dict[str, object]], cases: list[tuple[str, str]], step: str) -> None:
    """Each query of ``cases`` finds its entity among ``records``; the first says ``step``."""
    resolver = namenorm.Resolver(namenorm.Gazetteer.from_records(records))
    for query, expected in cases:
        match = resolver.resolve(query)
        assert match is not None and match.entity.id == expected, query
    explained = resolver.resolve(cases[0][0])
    assert explained is not None and step in explained.explain()


def test_names_with_qualifiers_and_numerals_still_resolve() -> None:
    records: list[dict[str, object]] = [
        {"id": "vp", "name": "Vladimir Putin", "type": "PER"},
        {"id": "ga", "name": "Georgia (US state)", "type": "LOC"},
        {"id": "c3", "name": "Charles III", "type": "PER"},
        {"id": "d3", "name": "Circoiscrizione III", "type": "LOC"},
    ]
    cases = [
        ("Vladimir Putin (Russia)", "vp"),
        ("Putin, Vladimir (President)", "vp"),
        ("Georgia (US state)", "ga"),
        ("Charles III", "c3"),
        ("Circoiscrizione III", "d3"),
    ]
    assert_resolves(records, cases, "qualifier in brackets set apart")


def test_companies_resolve_with_and_without_their_legal_forms() -> None:
    records: list[dict[str, object]] = [
        {"id": "gpn", "name": "Gazprom Neft", "type": "ORG", "native": ["Газпром нефть"]},
        {"id": "gp", "name": "Gazprom", "type": "ORG", "native": ["ПАО «Газпром»"]},
        {"id": "hw", "name": "Huawei Technologies Co., Ltd.", "type": "ORG"},
    ]
    cases = [
        ("Gazprom Neft PJSC", "gpn"),
        ("ПАО «Газпром нефть»", "gpn"),
        ("PAO Gazprom", "gp"),
        ("Gazprom", "gp"),
        ("Huawei Technologies", "hw"),  # the gazetteer's name without its form
        ("Huawei Technologies Co., Ltd.", "hw"),
    ]
    assert_resolves(records, cases, "legal form set apart")
