"""Turkish: apostrophe suffixes, harmony, buffers, softening (real forms)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm import Gazetteer, Resolver, strip_inflection
from namenorm.languages import get

# form, expected base, expected case. Forms from news text and from the
# BOUN treebank (UD tr_boun dev); the TDK examples of the apostrophe rule.
CASES = [
    ("Putin'in", "putin", "genitive"),
    ("Putin'e", "putin", "dative"),
    ("Putin'i", "putin", "accusative"),
    ("Putin'de", "putin", "locative"),
    ("Putin'den", "putin", "ablative"),
    ("Putin'le", "putin", "instrumental"),
    ("Şoygu'nun", "şoygu", "genitive"),
    ("Şoygu'yu", "şoygu", "accusative"),
    ("Paşinyan'ı", "paşinyan", "accusative"),
    ("Paşinyan’a", "paşinyan", "dative"),
    ("Lavrov'un", "lavrov", "genitive"),
    ("Salamis'teki", "salamis", "locative + relative -ki"),
    ("Mashadov'dan", "mashadov", "ablative"),
    ("Türkçe'yle", "türkçe", "instrumental"),
    ("Google'la", "google", "instrumental"),
    ("ABD'nin", "abd", "genitive"),
    ("AB'ye", "ab", "dative"),
    ("1996'da", "1996", "locative"),
    ("CHP'li", "chp", "derivation -li"),
    ("Mahir'im", "mahir", "1st person possessive"),
    ("Başkadılığı'na", "başkadılık", "3rd person possessive + dative"),
    ("Müdürlüğü'ne", "müdürlük", "3rd person possessive + dative"),
    ("Ordusu'nun", "ordu", "3rd person possessive + genitive"),
    ("Üniversitesi'nde", "üniversite", "3rd person possessive + locative"),
    ("Meydanı'ndaki", "meydan", "3rd person possessive + locative + relative -ki"),
    ("Kuvvetler'e", "kuvvet", "plural + dative"),
    ("Ajansı", "ajans", "3rd person possessive"),
    ("Üyesi", "üye", "3rd person possessive"),
    ("Sağlığı", "sağlık", "3rd person possessive"),
    ("Kulübü", "kulüp", "3rd person possessive"),
    ("Kemallerin", "kemal", "plural + genitive"),
    ("Türklerin", "türk", "plural + genitive"),
    ("Rumlardan", "rum", "plural + ablative"),
    ("Almanlar", "alman", "plural"),
    ("Madagaskarda", "madagaskar", "locative"),
    ("Hocaya", "hoca", "dative"),
    ("Okuluna", "okul", "3rd person possessive + dative"),
    ("Marksizmin", "marksizm", "genitive"),
]


@pytest.mark.parametrize(("form", "base", "case"), CASES)
def test_base_form_is_proposed(form: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(form, lang="tr") if h.lang == "tr"]
    assert (base, case) in found, found


@pytest.mark.parametrize(
    ("form", "base"),
    [("Putin'in", "putin"), ("Paşinyan'ı", "paşinyan"), ("İstanbul'a", "i̇stanbul"), ("Sarayı", "saray")],
)
def test_the_best_hypothesis(form: str, base: str) -> None:
    assert strip_inflection(form, lang="tr")[1].base == base


@pytest.mark.parametrize(
    ("form", "absent"),
    [
        ("Ajansı", "ajansı"[:-2]),  # -sı needs a vowel before it: not ajan + sı
        ("Almanlar", "almanl"),  # no suffix "-ar"
        ("Kitapta", "kitapd"),  # a stem is never hardened by the engine
    ],
)
def test_harmony_and_buffers_are_enforced_without_apostrophe(form: str, absent: str) -> None:
    assert absent not in [h.base for h in strip_inflection(form, lang="tr") if h.lang == "tr"]


def test_unparsed_suffix_after_apostrophe_is_weak() -> None:
    weak = [h for h in strip_inflection("Putin'xyz", lang="tr")[1:] if h.lang == "tr"]
    strong = [h for h in strip_inflection("Putin'in", lang="tr")[1:] if h.lang == "tr"]
    assert weak[0].base == strong[0].base == "putin"
    assert weak[0].weight < strong[0].weight


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(
        Gazetteer.from_records(
            [
                {"id": "pashinyan", "name": "Nikol Pashinyan", "type": "PER", "aliases": ["Paşinyan"]},
                {"id": "istanbul", "name": "İstanbul", "type": "LOC"},
                {"id": "putin", "name": "Vladimir Putin", "type": "PER"},
            ]
        )
    )


@pytest.mark.parametrize(
    ("form", "entity"),
    [("Paşinyan'ı", "pashinyan"), ("Paşinyan’ın", "pashinyan"), ("İstanbul'daki", "istanbul"), ("Putin'den", "putin")],
)
def test_resolves(resolver: Resolver, form: str, entity: str) -> None:
    match = resolver.resolve(form, lang="tr")
    assert match is not None and match.entity.id == entity


@given(st.text(alphabet="abcçdefgğhıijklmnoöprsştuüvyz'0", max_size=20))
def test_never_lengthens_or_empties(word: str) -> None:
    language = get("tr")
    assert language is not None
    for h in language.hypotheses(word):
        assert h.base and len(h.base) <= len(word) and 0 < h.weight <= 1
