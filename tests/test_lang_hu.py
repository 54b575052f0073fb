"""Hungarian: case endings, assimilation, hyphen forms, lengthened vowels (real forms)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm import Gazetteer, Resolver, strip_inflection
from namenorm.languages import get

# form, expected base, expected case. Forms from news text and from the
# Szeged treebank (UD hu_szeged dev), and the examples of AkH. §215-217.
CASES = [
    ("Putyinnak", "putyin", "dative"),
    ("Zsaparovnak", "zsaparov", "dative"),
    ("Putyinnal", "putyin", "instrumental (assimilated)"),
    ("Antallal", "antal", "instrumental (assimilated)"),
    ("Hornnal", "horn", "instrumental (assimilated)"),
    ("Magyarországgal", "magyarország", "instrumental (assimilated)"),
    ("Gáborral", "gábor", "instrumental (assimilated)"),
    ("Andrással", "andrás", "instrumental (assimilated)"),
    ("Kováccsal", "kovács", "instrumental (assimilated)"),
    ("Marxszal", "marx", "instrumental (assimilated)"),
    ("Balzackal", "balzac", "instrumental (assimilated)"),
    ("Bachhal", "bach", "instrumental (assimilated)"),
    ("Medvegyevvel", "medvegyev", "instrumental"),
    ("Anitával", "anita", "instrumental"),
    ("Shaw-val", "shaw", "instrumental"),
    ("Mann-nal", "mann", "instrumental (assimilated)"),
    ("NATO-t", "nato", "accusative"),
    ("LRI-nek", "lri", "dative"),
    ("Glasgow-ig", "glasgow", "terminative"),
    ("Oslóban", "oslo", "inessive"),
    ("Lukasenkónak", "lukasenko", "dative"),
    ("Matvijenkót", "matvijenko", "accusative"),
    ("Skopjéhez", "skopje", "allative"),
    ("Európában", "európa", "inessive"),
    ("Kerekegyházán", "kerekegyháza", "superessive"),
    ("Budapesten", "budapest", "superessive"),
    ("Magyarországon", "magyarország", "superessive"),
    ("Oroszországból", "oroszország", "elative"),
    ("Koronáról", "korona", "delative"),
    ("Hágába", "hága", "illative"),
    ("Pálhoz", "pál", "allative"),
    ("Gézától", "géza", "ablative"),
    ("LRI-nél", "lri", "adessive"),
    ("pályaudvarig", "pályaudvar", "terminative"),
    ("Kovácsot", "kovács", "accusative"),
    ("Budapestet", "budapest", "accusative"),
    ("Györgyöt", "györgy", "accusative"),
    ("Iránt", "irán", "accusative"),
    ("Putyinért", "putyin", "causal-final"),
    ("Orbánék", "orbán", "family plural -ék"),
    ("Gyuláé", "gyula", "possessive -é"),
    ("Moraleseként", "morales", "3rd person possessive + essive-formal"),
    ("Versenyhivatalét", "versenyhivatal", "possessive -é + accusative"),
    ("Cigánybárójának", "cigánybáró", "3rd person possessive + dative"),
]


@pytest.mark.parametrize(("form", "base", "case"), CASES)
def test_base_form_is_proposed(form: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(form, lang="hu") if h.lang == "hu"]
    assert (base, case) in found, found


@pytest.mark.parametrize(
    ("form", "base"),
    [("Putyinnak", "putyin"), ("Oslóban", "osló"), ("Shaw-val", "shaw"), ("Putyinnal", "putyin")],
)
def test_the_best_hypothesis(form: str, base: str) -> None:
    assert strip_inflection(form, lang="hu")[1].base == base


def test_no_vowel_to_shorten_after_a_hyphen() -> None:
    bases = [h.base for h in strip_inflection("Renault-val", lang="hu")]
    assert "renault" in bases and "renaulta" not in bases


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(
        Gazetteer.from_records(
            [
                {"id": "putin", "name": "Vladimir Putin", "type": "PER", "aliases": ["Putyin", "Vlagyimir Putyin"]},
                {"id": "oslo", "name": "Oslo", "type": "LOC"},
                {"id": "shaw", "name": "Shaw", "type": "PER"},
                {"id": "kovacs", "name": "Kovács", "type": "PER"},
            ]
        )
    )


@pytest.mark.parametrize(
    ("form", "entity"),
    [
        ("Putyinnak", "putin"),
        ("Putyinnal", "putin"),
        ("Oslóban", "oslo"),
        ("Shaw-val", "shaw"),
        ("Kováccsal", "kovacs"),
    ],
)
def test_resolves(resolver: Resolver, form: str, entity: str) -> None:
    match = resolver.resolve(form, lang="hu")
    assert match is not None and match.entity.id == entity
    assert "(hu)" in match.explain()


def test_registered() -> None:
    hungarian = get("hu")
    assert hungarian is not None and hungarian.name == "Hungarian"


@given(st.text(alphabet="aáeéiíoóöőuúüűbcdfghjklmnprstvxyz-", max_size=20))
def test_never_lengthens_or_empties(word: str) -> None:
    language = get("hu")
    assert language is not None
    for h in language.hypotheses(word):
        assert h.base and len(h.base) <= len(word) and 0 < h.weight <= 1
