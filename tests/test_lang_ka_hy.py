"""Georgian and Armenian inflection: real forms of names in their own scripts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import namenorm
from namenorm import strip_inflection

# word, lang, expected base, expected case
FORMS = [
    # Georgian: consonant stems lose the nominative -ი
    ("სააკაშვილის", "ka", "სააკაშვილი", "genitive"),
    ("ზურაბიშვილის", "ka", "ზურაბიშვილი", "genitive"),
    ("სააკაშვილმა", "ka", "სააკაშვილი", "ergative"),
    ("სააკაშვილს", "ka", "სააკაშვილი", "dative"),
    ("სააკაშვილით", "ka", "სააკაშვილი", "instrumental"),
    ("სააკაშვილად", "ka", "სააკაშვილი", "adverbial"),
    ("თბილისში", "ka", "თბილისი", "inessive (-ში)"),
    ("თბილისიდან", "ka", "თბილისი", "elative (-დან)"),
    ("სააკაშვილისთვის", "ka", "სააკაშვილი", "benefactive (-თვის)"),
    ("ზურაბიშვილთან", "ka", "ზურაბიშვილი", "adessive (-თან)"),
    ("ზურაბიშვილების", "ka", "ზურაბიშვილი", "genitive plural"),
    # Georgian: vowel stems keep their vowel; -ა stems drop it before -ის
    ("ლუკაშენკომ", "ka", "ლუკაშენკო", "ergative"),
    ("ლუკაშენკოს", "ka", "ლუკაშენკო", "dative/genitive"),
    ("ლუკაშენკოთი", "ka", "ლუკაშენკო", "instrumental"),
    ("ლუკაშენკოსთვის", "ka", "ლუკაშენკო", "benefactive (-თვის)"),
    ("ბაქოდან", "ka", "ბაქო", "elative (-დან)"),
    ("ამერიკის", "ka", "ამერიკა", "genitive"),
    ("ამერიკაში", "ka", "ამერიკა", "inessive (-ში)"),
    # Armenian: the article, the i-declension, the glide after a vowel
    ("Իլհամ Ալիևը", "hy", "ալիեւ", "nominative, definite"),
    ("Փաշինյանի", "hy", "փաշինյան", "genitive/dative"),
    ("Փաշինյանին", "hy", "փաշինյան", "dative, definite"),
    ("Փաշինյանից", "hy", "փաշինյան", "ablative"),
    ("Փաշինյանով", "hy", "փաշինյան", "instrumental"),
    ("Երևանում", "hy", "երեւան", "locative"),
    ("Մոսկվայի", "hy", "մոսկվա", "genitive/dative"),
    ("Մոսկվայից", "hy", "մոսկվա", "ablative"),
    ("Մոսկվան", "hy", "մոսկվա", "nominative, definite"),
    ("Ալիևների", "hy", "ալիեւ", "genitive/dative plural"),
]


@pytest.mark.parametrize(("word", "lang", "base", "case"), FORMS)
def test_base_form_is_proposed(word: str, lang: str, base: str, case: str) -> None:
    last = word.split()[-1]
    found = [(h.base, h.case) for h in strip_inflection(last, lang=lang) if h.lang == lang]
    assert (base, case) in found, found


def test_every_rule_has_a_case_an_example_and_a_weight() -> None:
    from namenorm.languages import hy, ka

    for s in (*ka.CASES, *hy.CASES):
        assert s.case and s.example and 0 < s.weight <= 1, s


def test_scripts_do_not_mix() -> None:
    assert namenorm.languages.get("ka").hypotheses("putinis") == []  # type: ignore[union-attr]
    assert namenorm.languages.get("hy").hypotheses("ლუკაშენკომ") == []  # type: ignore[union-attr]
    assert namenorm.languages.get("fi").hypotheses("փաշինյանի") == []  # type: ignore[union-attr]


RESOLVER = namenorm.Resolver(
    namenorm.Gazetteer.from_records(
        [
            {"id": "saakashvili", "name": "Mikheil Saakashvili", "type": "PER", "native": ["მიხეილ სააკაშვილი"]},
            {"id": "zourabichvili", "name": "Salome Zourabichvili", "type": "PER", "native": ["სალომე ზურაბიშვილი"]},
            {"id": "pashinyan", "name": "Nikol Pashinyan", "type": "PER", "native": ["Նիկոլ Փաշինյան"]},
        ]
    )
)


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("მიხეილ სააკაშვილის", "ka", "saakashvili"),
        ("სალომე ზურაბიშვილის", "ka", "zourabichvili"),
        ("სააკაშვილმა", "ka", "saakashvili"),
        ("Նիկոլ Փաշինյանի", "hy", "pashinyan"),
        ("Փաշինյանից", "hy", "pashinyan"),
    ],
)
def test_the_gazetteer_confirms_the_right_reading(query: str, lang: str, expected: str) -> None:
    for hint in (lang, None):
        match = RESOLVER.resolve(query, lang=hint)
        assert match is not None and match.entity.id == expected


@given(
    st.text(alphabet="აბგდევზთიკლმნოპრსტუქშჩცძწხ", max_size=16)
    | st.text(alphabet="աբգդեզէըթիլխկհմյնշոչպջռսվտրցւփքօֆ", max_size=16)
)
def test_stripping_never_lengthens_or_empties(word: str) -> None:
    for lang in ("ka", "hy", None):
        hypotheses = strip_inflection(word, lang=lang)
        if hypotheses:
            itself = hypotheses[0].base
            for h in hypotheses[1:]:
                assert h.base and 0 < h.weight <= 1
                assert len(h.base) <= len(itself) + (0 if h.lang in ("ka", "hy") else 1)
