"""Estonian inflection: real forms of names in every case (EKI rules and the Estonian UD dev data)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import namenorm
from namenorm import strip_inflection
from namenorm.languages.et import CASES, CLITICS, GRADATION, PLURAL_MARKERS, STEM_RULES

# word, expected base, expected case
FORMS = [
    # foreign consonant-final names take the stem vowel -i (EKI keeleabi)
    ("Putini", "putin", "genitive"),
    ("Putinit", "putin", "partitive"),
    ("Putinile", "putin", "allative"),
    ("Putinis", "putin", "inessive"),
    ("Putinist", "putin", "elative"),
    ("Putinisse", "putin", "illative"),
    ("Putiniga", "putin", "comitative"),
    ("Putinil", "putin", "adessive"),
    ("Putinilt", "putin", "ablative"),
    ("Putiniks", "putin", "translative"),
    ("Putinini", "putin", "terminative"),
    ("Putinina", "putin", "essive"),
    ("Putinita", "putin", "abessive"),
    ("Stuttgarti", "stuttgart", "genitive"),
    ("Swedbanki", "swedbank", "genitive"),
    ("Nazarbajevile", "nazarbajev", "allative"),
    ("Tokajevi", "tokajev", "genitive"),
    ("Liibanonina", "liibanon", "essive"),
    ("Yorgini", "york", "terminative"),
    # vowel-final names take the ending directly
    ("Eestisse", "eesti", "illative"),
    ("Tartus", "tartu", "inessive"),
    ("Soomest", "soome", "elative"),
    ("Ukrainasse", "ukraina", "illative"),
    ("Sallamaad", "sallamaa", "partitive"),
    ("Francoks", "franco", "translative"),
    ("Põhja-Tartumaani", "põhja-tartumaa", "terminative"),
    # native stems: stem vowel, gradation, vowel restored, -ne and -as names
    ("Tallinna", "tallinn", "genitive"),
    ("Keele", "keel", "genitive"),
    ("Liidu", "liit", "genitive"),
    ("Luubile", "luup", "allative"),
    ("Iraagis", "iraak", "inessive"),
    ("Panga", "pank", "genitive"),
    ("Frankfurdist", "frankfurt", "elative"),
    ("Kase", "kask", "genitive"),
    ("Õhtutähe", "õhtutäht", "genitive"),
    ("Igaühe", "igaüks", "genitive"),
    ("Särje", "särg", "genitive"),
    ("Vennaskonna", "vennaskond", "genitive"),
    ("Teatris", "teater", "inessive"),
    ("Rüütli", "rüütel", "genitive"),
    ("Möldri", "mölder", "genitive"),
    ("Ruitlase", "ruitlane", "genitive"),
    ("Päikese", "päike", "genitive"),
    ("Tuglase", "tuglas", "genitive"),
    ("Vahemere", "vahemeri", "genitive"),
    ("Emajõel", "emajõgi", "adessive"),
    ("Kadriorus", "kadriorg", "inessive"),
    ("Rahvale", "rahvas", "allative"),
    ("Mättaga", "mätas", "comitative"),
    ("Juudast", "juudas", "partitive"),
    ("Internetti", "internet", "genitive"),
    # plurals
    ("Merede", "mere", "genitive plural"),
    ("Ööde", "öö", "genitive plural"),
    ("Filmitöösturite", "filmitööstur", "genitive plural"),
    ("Oravaid", "orav", "partitive plural"),
    ("Pimedate", "pime", "genitive plural"),
    # apostrophe and hyphen forms, abbreviations
    ("Silverstone'i", "silverstone", "genitive"),
    ("Online'ile", "online", "allative"),
    ("Malle'iga", "malle", "comitative"),
    ("Bordeaux'sse", "bordeaux", "illative"),
    ("Dumas'd", "dumas", "partitive"),
    ("VKKF-i", "vkkf", "genitive"),
    ("X-le", "x", "allative"),
    ("USAs", "usa", "inessive"),
    ("ETVd", "etv", "partitive"),
    ("PÖFFiga", "pöff", "comitative"),
    # clitics
    ("Putinigi", "putin", "genitive"),
    ("Eestiski", "eesti", "inessive"),
]


@pytest.mark.parametrize(("word", "base", "case"), FORMS)
def test_base_form_is_proposed(word: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(word, lang="et") if h.lang == "et"]
    assert (base, case) in found, found


@pytest.mark.parametrize(("word", "base", "case"), FORMS)
def test_base_form_is_among_the_tried(word: str, base: str, case: str) -> None:
    tried = [h.base for h in namenorm.languages.hypotheses(word.casefold(), "et")[:16]]
    assert base in tried, tried


RANKED = [
    ("Putinile", "putini", "putinil"),  # the least-stripped reading first
    ("Panga", "pank", "pan"),  # -ga on a consonant is for abbreviations
    ("Mättaga", "mätas", "mätt"),  # a genitive stem keeps no geminate
]


@pytest.mark.parametrize(("word", "better", "worse"), RANKED)
def test_ranking(word: str, better: str, worse: str) -> None:
    weights = {h.base: h.weight for h in strip_inflection(word, lang="et")[1:] if h.lang == "et"}
    assert weights[better] > weights.get(worse, 0.0), weights


RESOLVER = namenorm.Resolver(
    namenorm.Gazetteer.from_records(
        [
            {"id": "putin", "name": "Vladimir Putin", "type": "PER"},
            {"id": "tallinn", "name": "Tallinn", "type": "LOC"},
            {"id": "luup", "name": "Luup", "type": "PER"},
            {"id": "eesti", "name": "Eesti", "type": "LOC"},
            {"id": "nazarbayev", "name": "Nursultan Nazarbayev", "type": "PER", "native": ["Нұрсұлтан Назарбаев"]},
        ]
    )
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Putinile", "putin"),
        ("Tallinnasse", "tallinn"),
        ("Luubiga", "luup"),
        ("Eestist", "eesti"),
        ("Nazarbajevile", "nazarbayev"),
        ("Nursultan Nazarbajevi", "nazarbayev"),
    ],
)
def test_the_gazetteer_confirms_the_right_reading(query: str, expected: str) -> None:
    match = RESOLVER.resolve(query, lang="et")
    assert match is not None and match.entity.id == expected


def test_every_rule_has_a_name_an_example_and_a_weight() -> None:
    for s in (*CASES, *PLURAL_MARKERS, *CLITICS):
        assert s.case and s.example and 0 < s.weight <= 1, s
    for r in STEM_RULES:
        assert r.name and r.example and 0 < r.weight <= 1, r
    for g in GRADATION:
        assert g.name and g.example and 0 < g.weight <= 1, g


@given(st.text(alphabet="aeiouõäöüstlkgdbphnmrvj'-", max_size=24))
def test_stripping_never_lengthens_or_empties(word: str) -> None:
    """No base form is empty or more than one letter longer than the word (an
    Estonian bare genitive: Rahva : Rahvas; a Baltic nominative ending)."""
    hypotheses = strip_inflection(word, lang="et")
    if hypotheses:
        itself = hypotheses[0].base
        for h in hypotheses[1:]:
            assert h.base and 0 < h.weight <= 1
            assert len(h.base) <= len(itself) + 1
