"""Lithuanian and Latvian: case endings and the nominative endings of adapted names (real forms)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm import Gazetteer, Resolver
from namenorm.languages import Language, get


def _language(code: str) -> Language:
    language = get(code)
    assert language is not None
    return language


# form, expected base, expected case. Forms from news text (persons of the
# dev data: Putinas, Lavrovas, Lukašenkos), the ALKSNIS treebank (UD
# lt_alksnis dev) and the VLKK examples.
LITHUANIAN = [
    ("Putinas", "putin", "nominative (adapted)"),
    ("Lavrovas", "lavrov", "nominative (adapted)"),
    ("Nazarbayevas", "nazarbayev", "nominative (adapted)"),
    ("Toqaevas", "toqaev", "nominative (adapted)"),
    ("Sergejus", "sergej", "nominative (adapted)"),
    ("Putino", "putin", "genitive"),
    ("Sargsiano", "sargsian", "genitive"),
    ("Putinui", "putin", "dative"),
    ("Putiną", "putin", "accusative"),
    ("Putinu", "putin", "instrumental"),
    ("Putine", "putin", "locative"),
    ("Lukašenkos", "lukašenka", "genitive"),
    ("Lukašenką", "lukašenka", "accusative"),
    ("Cichanouskajos", "cichanouskaja", "genitive"),
    ("Kauno", "kaunas", "genitive"),
    ("Kaune", "kaunas", "locative"),
    ("Kaunui", "kaunas", "dative"),
    ("Vilniaus", "vilnius", "genitive"),
    ("Vilniuje", "vilnius", "locative"),
    ("Lietuvos", "lietuva", "genitive"),
    ("Lietuvoje", "lietuva", "locative"),
    ("Lietuvai", "lietuva", "dative"),
    ("Rusiją", "rusija", "accusative"),
    ("Adamkui", "adamkus", "dative"),
    ("Adamkaus", "adamkus", "genitive"),
    ("Stulginskio", "stulginskis", "genitive"),
    ("Urbšio", "urbšys", "genitive"),
    ("Žakaitienei", "žakaitienė", "dative"),
    ("Mažutytės", "mažutytė", "genitive"),
    ("Babtų", "babtai", "genitive plural"),
    ("Šiaulių", "šiauliai", "genitive plural"),
    ("Kėdainiuose", "kėdainiai", "locative plural"),
    ("Mockų", "mockus", "accusative"),
    ("Kęstučio", "kęstutis", "genitive"),
]

LATVIAN = [
    ("Putins", "putin", "nominative (adapted)"),
    ("Putina", "putin", "genitive"),
    ("Putina", "putins", "genitive"),
    ("Putinam", "putin", "dative"),
    ("Putinu", "putin", "accusative"),
    ("Putinā", "putin", "locative"),
    ("Zatleram", "zatlers", "dative"),
    ("Rāviņa", "rāviņš", "genitive"),
    ("Kalniņiem", "kalniņš", "dative plural"),
    ("Jāņa", "jānis", "genitive"),
    ("Miķeļa", "miķelis", "genitive"),
    ("Andra", "andris", "genitive"),
    ("Kārlim", "kārlis", "dative"),
    ("Ingum", "ingus", "dative"),
    ("Madonas", "madona", "genitive"),
    ("Latviju", "latvija", "accusative"),
    ("Sibīrijas", "sibīrija", "genitive"),
    ("Rīgā", "rīga", "locative"),
    ("Latvijai", "latvija", "dative"),
    ("Latgales", "latgale", "genitive"),
    ("Latgalē", "latgale", "locative"),
    ("Sabīnei", "sabīne", "dative"),
    ("Kurzemi", "kurzeme", "accusative"),
    ("Daugavpilī", "daugavpils", "locative"),
    ("Daugavpilij", "daugavpils", "dative"),
    ("Strenčos", "strenči", "locative plural"),
    ("Kalējsētās", "kalējsētas", "locative plural"),
]


@pytest.mark.parametrize(("form", "base", "case"), LITHUANIAN)
def test_lithuanian(form: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in _language("lt").hypotheses(form.casefold())]
    assert (base, case) in found, found


@pytest.mark.parametrize(("form", "base", "case"), LATVIAN)
def test_latvian(form: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in _language("lv").hypotheses(form.casefold())]
    assert (base, case) in found, found


@pytest.mark.parametrize(
    ("code", "form", "better", "worse"),
    [
        ("lt", "kauno", "kaunas", "kaun"),  # a native nominative before a bare stem
        ("lt", "putinui", "putinas", "putin"),
        ("lv", "rīgas", "rīga", "rīg"),
        ("lv", "zatlera", "zatlers", "zatler"),
    ],
)
def test_native_nominative_ranks_first(code: str, form: str, better: str, worse: str) -> None:
    weights = {h.base: h.weight for h in _language(code).hypotheses(form)}
    assert weights[better] > weights.get(worse, 0.0)


def test_feminine_surname_stays_feminine() -> None:
    # Žakaitienė names a woman: never turned into the masculine Žakaitis
    assert "žakaitis" not in [h.base for h in _language("lt").hypotheses("žakaitienei")]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(
        Gazetteer.from_records(
            [
                {"id": "putin", "name": "Vladimir Putin", "type": "PER", "aliases": ["Putin"]},
                {"id": "lavrov", "name": "Sergey Lavrov", "type": "PER", "aliases": ["Lavrov"]},
                {"id": "lietuva", "name": "Lietuva", "type": "LOC"},
                {"id": "latvija", "name": "Latvija", "type": "LOC"},
                {"id": "madona", "name": "Madona", "type": "LOC"},
            ]
        )
    )


@pytest.mark.parametrize(
    ("form", "lang", "entity"),
    [
        ("Putinas", "lt", "putin"),
        ("Putino", "lt", "putin"),
        ("Sergejus Lavrovas", "lt", "lavrov"),
        ("Lietuvos", "lt", "lietuva"),
        ("Putins", "lv", "putin"),
        ("Putinam", "lv", "putin"),
        ("Latviju", "lv", "latvija"),
        ("Madonas", "lv", "madona"),
    ],
)
def test_resolves(resolver: Resolver, form: str, lang: str, entity: str) -> None:
    match = resolver.resolve(form, lang=lang)
    assert match is not None and match.entity.id == entity


@given(st.text(alphabet="aąbcčdeęėfghiįyjklmnoprsštuųūvzžāēīķļņ", max_size=20), st.sampled_from(["lt", "lv"]))
def test_never_empty_and_at_most_one_letter_longer(word: str, code: str) -> None:
    # A Baltic nominative may be one letter longer than a case form: Kauno -> Kaunas.
    for h in _language(code).hypotheses(word):
        assert h.base and len(h.base) <= len(word) + 1 and 0 < h.weight <= 1
