"""Polish inflection: real forms (SJP PWN rules, UD Polish dev forms), resolution, properties."""

from __future__ import annotations

import pytest

import namenorm
from namenorm import strip_inflection
from namenorm.languages.base import StemRule, Suffix
from namenorm.languages.pl import SlavicLanguage

# form, expected base, a word of the expected case name
CASES = [
    # masculine consonant stems: Putin : Putina, Putinowi, Putinem, Putinie
    ("Putina", "putin", "genitive"),
    ("Putinowi", "putin", "dative"),
    ("Putinem", "putin", "instrumental"),
    ("Putinie", "putin", "locative"),
    ("Jelcyna", "jelcyn", "genitive"),
    ("Rembrandta", "rembrandt", "genitive"),
    ("Rzymu", "rzym", "genitive"),
    ("Mińsku", "mińsk", "locative"),
    ("Vilbertowi", "vilbert", "dative"),
    ("Prigożynem", "prigożyn", "instrumental"),
    ("Tokajewowi", "tokajew", "dative"),
    # locative alternations -t -> -cie, -d -> -dzie, -r -> -rze, -st -> -ście
    ("Sopocie", "sopot", "locative"),
    ("Internecie", "internet", "locative"),
    ("Starogardzie", "starogard", "locative"),
    ("Singapurze", "singapur", "locative"),
    ("Piotrze", "piotr", "vocative"),
    ("Coście", "costa", "locative"),
    # feminine -a names and -o names declined like them
    ("Warszawy", "warszawa", "genitive"),
    ("Warszawie", "warszawa", "locative"),
    ("Warszawę", "warszawa", "accusative"),
    ("Warszawą", "warszawa", "instrumental"),
    ("Łukaszenki", "łukaszenka", "genitive"),
    ("Łukaszenki", "łukaszenko", "genitive"),
    ("Łukaszence", "łukaszenka", "dative"),
    ("Łukaszenkę", "łukaszenka", "accusative"),
    ("Łukaszenką", "łukaszenka", "instrumental"),
    ("Kanadzie", "kanada", "locative"),
    ("Polsce", "polska", "locative"),
    ("Ameryce", "ameryka", "locative"),
    ("Pradze", "praga", "locative"),
    ("Matejki", "matejko", "genitive"),
    ("Fredry", "fredro", "genitive"),
    ("Kłyczką", "kłyczko", "instrumental"),
    ("Francji", "francja", "genitive"),
    ("Marii", "maria", "genitive"),
    ("Białorusi", "białoruś", "genitive"),
    ("Teresko", "tereska", "vocative"),
    # adjectival names: -ski/-cki, -y/-i, Chomsky'ego
    ("Zełenskiego", "zełenski", "genitive"),
    ("Zełenskiemu", "zełenski", "dative"),
    ("Zełenskim", "zełenski", "instrumental"),
    ("Dostojewskiego", "dostojewski", "genitive"),
    ("Chomsky'ego", "chomsky", "genitive"),
    ("Jerzego", "jerzy", "genitive"),
    ("Saakaszwilego", "saakaszwili", "genitive"),
    ("Erniego", "ernie", "genitive"),
    ("Borowskiej", "borowska", "genitive"),
    ("Cichanouskiej", "cichanouska", "genitive"),
    ("Białej", "biała", "genitive"),
    ("Chrzanowscy", "chrzanowski", "nominative plural"),
    # mobile e, soft consonants, o -> ó
    ("Marka", "marek", "genitive"),
    ("Piotrka", "piotrek", "accusative"),
    ("Gierkiem", "gierek", "instrumental"),
    ("Koziorożcu", "koziorożec", "locative"),
    ("Połowców", "połowiec", "genitive plural"),
    ("Pawła", "paweł", "genitive"),
    ("Nobla", "nobel", "genitive"),
    ("Poznaniu", "poznań", "locative"),
    ("Katyniem", "katyń", "instrumental"),
    ("Krakowa", "kraków", "genitive"),
    ("Popielowie", "popielów", "locative"),
    ("Brunona", "bruno", "genitive"),
    # plurals of people and place names
    ("Baskowie", "bask", "nominative plural"),
    ("Polaków", "polak", "genitive plural"),
    ("Polacy", "polak", "nominative plural"),
    ("Stanów", "stany", "genitive plural"),
    ("Kajmanach", "kajmany", "locative plural"),
    ("Niemczech", "niemcy", "locative plural"),
    ("Węgrzech", "węgry", "locative plural"),
    ("Amerykanie", "amerykanin", "nominative plural"),
    # one letter longer than the word: soft -ia names, plural place names without an ending
    ("Gdyni", "gdynia", "soft -ia"),
    ("Marysi", "marysia", "soft -ia"),
    ("Katowic", "katowice", "genitive plural"),
    ("Kielc", "kielce", "genitive plural"),
    ("Powązek", "powązki", "genitive plural"),
    # abbreviations take the ending after a hyphen
    ("BIG-u", "big", "genitive"),
    ("VRML-owi", "vrml", "dative"),
]


@pytest.mark.parametrize(("word", "base", "case"), CASES)
def test_base_form_is_proposed(word: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(word, lang="pl") if h.lang == "pl"]
    assert any(b == base and case in c for b, c in found), found


GAZETTEER = [
    {"id": "putin", "name": "Vladimir Putin", "type": "PER", "native": ["Владимир Путин"]},
    {"id": "lukashenko", "name": "Alexander Lukashenko", "type": "PER", "native": ["Александр Лукашенко"]},
    {"id": "zelensky", "name": "Volodymyr Zelensky", "type": "PER", "aliases": ["Wołodymyr Zełenski"]},
    {"id": "warszawa", "name": "Warsaw", "type": "LOC", "aliases": ["Warszawa"]},
    {"id": "kanada", "name": "Canada", "type": "LOC", "aliases": ["Kanada"]},
    {"id": "polska", "name": "Poland", "type": "LOC", "aliases": ["Polska"]},
    {"id": "krakow", "name": "Kraków", "type": "LOC"},
    {"id": "poznan", "name": "Poznań", "type": "LOC"},
    {"id": "singapur", "name": "Singapore", "type": "LOC", "aliases": ["Singapur"]},
    {"id": "niemcy", "name": "Germany", "type": "LOC", "aliases": ["Niemcy"]},
    {"id": "marek", "name": "Marek", "type": "PER"},
    {"id": "czeczen", "name": "Czeczen"},
    {"id": "czeczenia", "name": "Czeczenia"},
    {"id": "gdynia", "name": "Gdynia", "type": "LOC"},
    {"id": "katowice", "name": "Katowice", "type": "LOC"},
]

# form, entity id
RESOLVED = [
    ("Putina", "putin"),
    ("Putinowi", "putin"),
    ("Władimirem Putinem", "putin"),
    ("Łukaszenki", "lukashenko"),
    ("Łukaszence", "lukashenko"),
    ("Zełenskiego", "zelensky"),
    ("Zełenskim", "zelensky"),
    ("Wołodymyra Zełenskiego", "zelensky"),
    ("Warszawie", "warszawa"),
    ("Warszawą", "warszawa"),
    ("Kanadzie", "kanada"),
    ("Polsce", "polska"),
    ("Krakowa", "krakow"),
    ("Poznaniu", "poznan"),
    ("Singapurze", "singapur"),
    ("Niemczech", "niemcy"),
    ("Marka", "marek"),
    ("Czeczeni", "czeczen"),
    ("Czeczenii", "czeczenia"),
    ("Gdyni", "gdynia"),
    ("Katowic", "katowice"),
]


@pytest.fixture(scope="module")
def resolver() -> namenorm.Resolver:
    return namenorm.Resolver(namenorm.Gazetteer.from_records(GAZETTEER))


@pytest.mark.parametrize(("form", "entity"), RESOLVED)
def test_inflected_form_resolves(resolver: namenorm.Resolver, form: str, entity: str) -> None:
    match = resolver.resolve(form, lang="pl")
    assert match is not None and match.entity.id == entity, match and match.explain()


def test_explanation_names_the_case(resolver: namenorm.Resolver) -> None:
    match = resolver.resolve("Kanadzie", lang="pl")
    assert match is not None and "locative" in match.explain() and "-dzie" in match.explain()


def test_a_name_as_written_is_never_stripped() -> None:
    resolver = namenorm.Resolver(
        namenorm.Gazetteer.from_records([{"id": "a", "name": "Jana"}, {"id": "b", "name": "Jan"}])
    )
    match = resolver.resolve("Jana", lang="pl")
    assert match is not None and match.entity.id == "a"


def test_alternation_only_follows_a_bare_stem() -> None:
    lang = SlavicLanguage("xx", "test", [Suffix("i", "genitive", ("a",))], [StemRule("k", "ek", "mobile e")])
    assert [h.base for h in lang.hypotheses("marki")] == ["marka"]
