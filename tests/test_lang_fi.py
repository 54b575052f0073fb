"""Finnish inflection: real forms of names in every case, and how competing readings rank.

Forms come from Finnish grammar (VISK, Kotus, the EU style guide) and from
forms seen in Finnish treebank text (Universal Dependencies).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import namenorm
from namenorm import strip_inflection
from namenorm.languages.fi import (
    CASES,
    CLITICS,
    GRADATION,
    PLURAL_CASES,
    PLURAL_J_STEMS,
    PLURAL_STEMS,
    POSSESSIVES,
    SEPARATED,
    STEM_TYPES,
)

# word, expected base, expected case
FORMS = [
    # genitive: connecting i, vowel stems, gradation, stem types
    ("Putinin", "putin", "genitive"),
    ("Lukašenkan", "lukašenka", "genitive"),
    ("Suvanalijevin", "suvanalijev", "genitive"),
    ("Oulun", "oulu", "genitive"),
    ("Turun", "turku", "genitive"),
    ("Helsingin", "helsinki", "genitive"),
    ("Tampereen", "tampere", "genitive"),
    ("Virtasen", "virtanen", "genitive"),
    ("Kiven", "kivi", "genitive"),
    ("Lahden", "lahti", "genitive"),
    ("Aallon", "aalto", "genitive"),
    ("Euroopan", "eurooppa", "genitive"),
    ("Irlannin", "irlanti", "genitive"),
    ("Sammon", "sampo", "genitive"),
    ("Suomen", "suomi", "genitive"),
    ("Utsjoen", "utsjoki", "genitive"),
    ("Peltomäen", "peltomäki", "genitive"),
    ("Kurjen", "kurki", "genitive"),
    ("Antin", "antti", "genitive"),
    ("Kalymnoksen", "kalymnos", "genitive"),
    ("Metsähallituksen", "metsähallitus", "genitive"),
    ("Oriveden", "orivesi", "genitive"),
    ("Simonideen", "simonides", "genitive"),
    ("Wirvoitusjuomatehtaan", "wirvoitusjuomatehdas", "genitive"),
    ("Joensuun", "joensuu", "genitive"),
    ("Selänteen", "selänne", "genitive"),
    ("Shakespearen", "shakespeare", "genitive"),
    # partitive, both harmony sets
    ("Putinia", "putin", "partitive"),
    ("Medvedeviä", "medvedev", "partitive"),
    ("Lukašenkaa", "lukašenka", "partitive"),
    ("Kekkosta", "kekkonen", "partitive"),
    ("Tacitusta", "tacitus", "partitive"),
    ("Sydneytä", "sydney", "partitive"),
    ("Suomea", "suomi", "partitive"),
    ("Pekkaa", "pekka", "partitive"),
    # essive
    ("Putinina", "putin", "essive"),
    ("Medvedevinä", "medvedev", "essive"),
    ("Buddhana", "buddha", "essive"),
    # translative
    ("Putiniksi", "putin", "translative"),
    ("Muumipeikoksi", "muumipeikko", "translative"),
    ("Pikku-Myyksi", "pikku-myy", "translative"),
    # inessive
    ("Helsingissä", "helsinki", "inessive"),
    ("Putinissa", "putin", "inessive"),
    ("Medvedevissä", "medvedev", "inessive"),
    ("Hangossa", "hanko", "inessive"),
    ("Upassa", "uppa", "inessive"),
    ("Juuassa", "juuka", "inessive"),
    ("Euroopassa", "eurooppa", "inessive"),
    ("Cannesissa", "cannes", "inessive"),
    ("Loiressa", "loire", "inessive"),
    # elative
    ("Putinista", "putin", "elative"),
    ("Jyväskylästä", "jyväskylä", "elative"),
    ("Pekasta", "pekka", "elative"),
    ("Koivuselästä", "koivuselkä", "elative"),
    # illative: -Vn, -seen, -hVn
    ("Putiniin", "putin", "illative"),
    ("Turkuun", "turku", "illative"),
    ("Suomeen", "suomi", "illative"),
    ("Lukašenkaan", "lukašenka", "illative"),
    ("Helsinkiin", "helsinki", "illative"),
    ("Tampereeseen", "tampere", "illative"),
    ("Kainuuseen", "kainuu", "illative"),
    ("Linnéhen", "linné", "illative"),
    ("Sydneyyn", "sydney", "illative"),
    # adessive, ablative, allative
    ("Mintulla", "minttu", "adessive"),
    ("Rovaniemellä", "rovaniemi", "adessive"),
    ("Tampereella", "tampere", "adessive"),
    ("Mäkilehdolla", "mäkilehto", "adessive"),
    ("Tehtaankadulla", "tehtaankatu", "adessive"),
    ("Luhdalta", "luhta", "ablative"),
    ("Medvedeviltä", "medvedev", "ablative"),
    ("Žeenbekoville", "žeenbekov", "allative"),
    ("Lukašenkalle", "lukašenka", "allative"),
    ("Koivuselle", "koivunen", "allative"),
    ("Punkalaitumelle", "punkalaidun", "allative"),
    # abessive, comitative, instructive
    ("Putinitta", "putin", "abessive"),
    ("Medvedevittä", "medvedev", "abessive"),
    ("Putineineen", "putin", "comitative"),
    ("Virtasineen", "virtanen", "comitative"),
    ("Helsingein", "helsinki", "instructive"),
    # colon and apostrophe forms
    ("EU:n", "eu", "genitive"),
    ("Yle:n", "yle", "genitive"),
    ("THL:ssä", "thl", "inessive"),
    ("YK:ssa", "yk", "inessive"),
    ("H&M:lle", "h&m", "allative"),
    ("EU:hun", "eu", "illative"),
    ("THL:ään", "thl", "illative"),
    ("EU:ta", "eu", "partitive"),
    ("MTV3:lta", "mtv3", "ablative"),
    ("Z:ssa", "z", "inessive"),
    ("Bordeaux'hon", "bordeaux", "illative"),
    ("Calais'ssa", "calais", "inessive"),
    ("Camus'n", "camus", "genitive"),
    ("Glasgow'hun", "glasgow", "illative"),
    # plurals: plural names and plural forms of singular names
    ("Yhdysvalloissa", "yhdysvallat", "inessive plural"),
    ("Yhdysvalloista", "yhdysvallat", "elative plural"),
    ("Yhdysvaltain", "yhdysvallat", "genitive plural"),
    ("Alankomaiden", "alankomaat", "genitive plural"),
    ("Kärppien", "kärpät", "genitive plural"),
    ("Seychelleiltä", "seychellit", "ablative plural"),
    ("Filippiineillä", "filippiinit", "adessive plural"),
    ("Komoreille", "komorit", "allative plural"),
    ("Ilta-Sanomien", "ilta-sanomat", "genitive plural"),
    ("Euroviisuja", "euroviisut", "partitive plural"),
    ("Wikipedioille", "wikipedia", "allative plural"),
    ("Mersujen", "mersu", "genitive plural"),
    ("Virtaset", "virtanen", "nominative plural"),
    ("Pallo-Pojille", "pallo-poika", "allative plural"),
    # clitics
    ("Putinillekin", "putin", "allative"),
    ("Helsingissäkään", "helsinki", "inessive"),
    ("Englanninkin", "englanti", "genitive"),
    ("Kuusamossakin", "kuusamo", "inessive"),
    ("Salolainenkin", "salolainen", "nominative"),
    ("Helsingissäkö", "helsinki", "inessive"),
    ("Annillakkii", "anni", "adessive"),
    # possessive suffixes
    ("Putininsa", "putin", "nominative/genitive"),
    ("Eurooppamme", "eurooppa", "nominative/genitive"),
    ("Lassesi", "lasse", "nominative/genitive"),
    ("McLarenistaan", "mclaren", "elative"),
    ("Suomessamme", "suomi", "inessive"),
    # both parts of a hyphenated name inflected
    ("Ison-Britannian", "iso-britannia", "genitive"),
    ("Isoon-Britanniaan", "iso-britannia", "illative"),
    ("Isolla-Britannialla", "iso-britannia", "adessive"),
    ("Itä-Ukrainassa", "itä-ukraina", "inessive"),
    # ... and written as one word
    ("Uudestakaupungista", "uusikaupunki", "elative"),
    ("Isostakyröstä", "isokyrö", "elative"),
    ("Uudessakaarlepyyssä", "uusikaarlepyy", "inessive"),
]


@pytest.mark.parametrize(("word", "base", "case"), FORMS)
def test_base_form_is_proposed(word: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(word, lang="fi") if h.lang == "fi"]
    assert (base, case) in found, found


@pytest.mark.parametrize(("word", "base", "case"), FORMS)
def test_base_form_is_among_the_tried(word: str, base: str, case: str) -> None:
    """The resolver tries the 16 best hypotheses: the right one is among them."""
    tried = [h.base for h in namenorm.languages.hypotheses(word.casefold(), "fi")[:16]]
    assert base in tried, tried


# word, the reading that must win, the reading it must beat (both are real
# names somewhere: the gazetteer may confirm both)
RANKED = [
    ("Helsingissä", "helsinki", "helsingi"),  # Estonian Helsingi
    ("Helsingin", "helsinki", "helsing"),
    ("Euroopan", "eurooppa", "euroopa"),  # Estonian Euroopa
    ("Kreikan", "kreikka", "kreika"),
    ("Pankin", "pankki", "pank"),
    ("Mintulla", "minttu", "mintu"),
    ("Lahden", "lahti", "lahde"),
    ("Toyotan", "toyota", "toyotta"),  # a single stop after a short vowel is kept
    ("Kanadan", "kanada", "kanata"),
    ("Putinin", "putini", "putina"),
    ("Pariisin", "pariisi", "pariis"),  # the least-stripped reading first
]


@pytest.mark.parametrize(("word", "better", "worse"), RANKED)
def test_ranking(word: str, better: str, worse: str) -> None:
    weights = {h.base: h.weight for h in strip_inflection(word, lang="fi")[1:] if h.lang == "fi"}
    assert weights[better] > weights.get(worse, 0.0), weights


def test_a_name_is_never_stripped() -> None:
    first = strip_inflection("Helsinki", lang="fi")[0]
    assert (first.base, first.case, first.weight) == ("helsinki", "as written", 1.0)


def test_other_scripts_are_not_finnish() -> None:
    assert namenorm.languages.get("fi").hypotheses("путинин") == []  # type: ignore[union-attr]


GAZETTEER = namenorm.Gazetteer.from_records(
    [
        {"id": "helsinki", "name": "Helsinki", "type": "LOC"},
        {"id": "helsingi", "name": "Helsingi", "type": "LOC"},
        {"id": "eurooppa", "name": "Eurooppa", "type": "LOC"},
        {"id": "euroopa", "name": "Euroopa", "type": "LOC"},
        {"id": "turku", "name": "Turku", "type": "LOC"},
        {"id": "putin", "name": "Vladimir Putin", "type": "PER"},
        {"id": "usa", "name": "Yhdysvallat", "type": "LOC"},
        {"id": "lahti", "name": "Lahti", "type": "LOC"},
        {"id": "eu", "name": "EU", "type": "ORG"},
        {"id": "virtanen", "name": "Virtanen", "type": "PER"},
    ]
)
RESOLVER = namenorm.Resolver(GAZETTEER)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Helsingissä", "helsinki"),
        ("Helsingi", "helsingi"),  # a name as written is never stripped
        ("Euroopan", "eurooppa"),
        ("Turusta", "turku"),
        ("Putinille", "putin"),
        ("Vladimir Putinin", "putin"),
        ("Yhdysvalloissa", "usa"),
        ("Lahdessa", "lahti"),
        ("EU:ssa", "eu"),
        ("Virtaselle", "virtanen"),
    ],
)
def test_the_gazetteer_confirms_the_right_reading(query: str, expected: str) -> None:
    match = RESOLVER.resolve(query, lang="fi")
    assert match is not None and match.entity.id == expected
    assert RESOLVER.resolve(query) is not None  # without a hint too


def test_explain_names_the_case_and_the_gradation() -> None:
    match = RESOLVER.resolve("Helsingissä", lang="fi")
    assert match is not None
    assert "inessive (fi)" in match.explain()


def test_every_rule_has_a_name_an_example_and_a_weight() -> None:
    for s in (*CASES, *PLURAL_CASES, *SEPARATED, *CLITICS, *POSSESSIVES):
        assert s.case and s.example and 0 < s.weight <= 1, s
    for r in (*PLURAL_STEMS, *PLURAL_J_STEMS, *(t.rule for t in STEM_TYPES)):
        assert r.name and r.example and 0 < r.weight <= 1, r
    for g in GRADATION:
        assert g.example and g.name.startswith("gradation") and 0 < g.weight <= 1, g


FINNISH_LETTERS = "aeiouyäökpthngsmlrvjd:'-"


@given(st.text(alphabet=FINNISH_LETTERS, max_size=24))
def test_stripping_never_lengthens_or_empties(word: str) -> None:
    """No Finnish base form is empty or longer than the word (the registry
    allows other languages one letter more: a Baltic nominative ending)."""
    hypotheses = strip_inflection(word, lang="fi")
    if hypotheses:
        itself = hypotheses[0].base
        for h in hypotheses[1:]:
            assert h.base and 0 < h.weight <= 1
            assert len(h.base) <= len(itself) + (0 if h.lang == "fi" else 1)
