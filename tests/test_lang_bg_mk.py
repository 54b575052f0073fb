"""Bulgarian and Macedonian: vocative, old object forms, the article, possessives."""

from __future__ import annotations

import pytest

import namenorm
from namenorm import strip_inflection

# form, language, expected base, a word of the expected case name
CASES = [
    ("Дунавът", "bg", "дунав", "definite article"),
    ("Дунава", "bg", "дунав", "short article"),
    ("Марицата", "bg", "марица", "definite article"),
    ("Балканите", "bg", "балкани", "definite article"),
    ("Родопите", "bg", "родопи", "definite article"),
    ("Китаят", "bg", "китай", "definite article"),
    ("Иване", "bg", "иван", "vocative"),
    ("Петре", "bg", "петър", "vocative"),
    ("Павле", "bg", "павел", "vocative"),
    ("Марийо", "bg", "мария", "vocative"),
    ("Ивана", "bg", "иван", "accusative"),
    ("Александра", "bg", "александър", "accusative"),
    ("Путинов", "bg", "путин", "possessive"),
    ("Путиновата", "bg", "путин", "possessive"),
    ("Вардарот", "mk", "вардар", "definite article"),
    ("Струмата", "mk", "струма", "definite article"),
    ("Балканите", "mk", "балкани", "definite article"),
    ("Петре", "mk", "петар", "vocative"),
    ("Весно", "mk", "весна", "vocative"),
    ("Петра", "mk", "петар", "accusative"),
    ("Марка", "mk", "марко", "accusative"),
    ("Путиновата", "mk", "путин", "possessive"),
]


@pytest.mark.parametrize(("word", "lang", "base", "case"), CASES)
def test_base_form_is_proposed(word: str, lang: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(word, lang=lang) if h.lang == lang]
    assert any(b == base and case in c for b, c in found), found


GAZETTEER = [
    {"id": "putin", "name": "Vladimir Putin", "type": "PER", "native": ["Владимир Путин"]},
    {"id": "danube", "name": "Danube", "type": "LOC", "aliases": ["Дунав"]},
    {"id": "balkans", "name": "Balkan Mountains", "type": "LOC", "aliases": ["Балкани"]},
    {"id": "vardar", "name": "Vardar", "type": "LOC", "aliases": ["Вардар"]},
]

RESOLVED = [
    ("Дунавът", "bg", "danube"),
    ("Балканите", "bg", "balkans"),
    ("Путиновата", "bg", "putin"),
    ("Вардарот", "mk", "vardar"),
]


@pytest.fixture(scope="module")
def resolver() -> namenorm.Resolver:
    return namenorm.Resolver(namenorm.Gazetteer.from_records(GAZETTEER))


@pytest.mark.parametrize(("form", "lang", "entity"), RESOLVED)
def test_inflected_form_resolves(resolver: namenorm.Resolver, form: str, lang: str, entity: str) -> None:
    match = resolver.resolve(form, lang=lang)
    assert match is not None and match.entity.id == entity, match and match.explain()
