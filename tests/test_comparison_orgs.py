"""compare() on organisations' names: legal forms anywhere, transliteration,
words of a kind of organisation, places, abbreviations; and look-alikes that
name two organisations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm import compare
from namenorm.comparison import LEGAL_FORM_MISMATCH, _legal_form, legal_forms
from namenorm.organisations import marks_organisation, organisation_similarity, word_roles

# Pairs that name one organisation.
SAME = [
    # legal forms in any position, abbreviated or written out, in any script
    ("OOO Romashka", "Romashka OOO"),
    ("Siemens Aktiengesellschaft", "Siemens AG"),
    ("Limited Liability Company Romashka", "Romashka LLC"),
    ("Obshchestvo s ogranichennoi otvetstvennostyu Romashka", "ООО «Ромашка»"),
    ("Sberbank Strakhovanie OOO SK", "Sberbank Strakhovanie"),
    ("Polimex Sp. z o.o.", "Sp. z o.o. Polimex"),
    ("Türkiye Halk Bankası A.Ş.", "Turkiye Halk Bankasi AS"),
    ("ТОО Казахмыс", "Kazakhmys TOO"),
    ("CLOSED JOINT-STOCK COMPANY 'LESPROMPROCESSING'", "LESPROMPROCESSING CJSC"),
    ("Nokia Oyj", "Nokia Corporation"),
    ("Equinor ASA", "Equinor"),  # a form on one side only
    # transliteration
    ("Газпром", "Gazprom"),
    ("ПАО «Газпром»", "Gazprom PJSC"),
    ("Gasprom", "Gazprom"),
    # words for a kind of organisation, function words, places
    ("Sberbank of Russia", "Сбербанк"),
    ("Sberbank of Russia", "Sberbank Rossii"),
    ("VTB Bank", "ВТБ"),
    ("The Boeing Company", "Boeing Co."),
    ("Halyk Bank of Kazakhstan JSC", "Halyk Bank"),
    ("ПАО «НК „Роснефть“»", "Rosneft"),
    ("Pardis General Trading LLC", "Pardis LLC"),  # what a company does weighs little
    ("Rosneft Oil Company", "Роснефть"),
    ("Lukoil Oil Company", "ПАО «НК «ЛУКОЙЛ»"),  # НК: oil company
    ("Байкальский банк", "Baikal Bank"),  # a place's adjective is the place
    ("Mahan Air", "Mahan Airlines"),
    ("Aeroflot Russian Airlines", "Aeroflot"),  # a place that says what kind, not which
    ("Iran's Revolutionary Guard Corps", "Revolutionary Guard Corps"),  # a place's possessive
    ("Rossiya Airlines", "Авиакомпания «Россия»"),
    ("Казахстанский банк развития", "Development Bank of Kazakhstan"),
    ("Hangzhou Hikvision Technology Co., Ltd.", "Hikvision"),  # where it is registered, too
    # a Chinese name, read word by word
    ("Huawei Technologies Co., Ltd.", "华为技术有限公司"),
    ("Bank of China", "中国银行"),
    # abbreviations of some of the other name's words
    ("PKN Orlen", "Polski Koncern Naftowy Orlen S.A."),
    ("Sberbank-AST JSC", "JSC Sberbank-Automated System for Trading"),
    ("UBRD", "Ural Bank for Reconstruction and Development"),
    ("UAC", "United Aircraft Corporation"),  # the form's word is in the acronym
    ("CNPC", "China National Petroleum Corporation"),  # initials as written (a key folds Ch)
    ("IRISL", "Islamic Republic of Iran Shipping Lines Group"),
    # words written together or apart
    ("Sber Bank LLC", "Sberbank"),
    ("Euro Chem Trading Group AG", "EuroChem Group"),
    # word order
    ("Kaspi Bank JSC", "АО Kaspi Bank"),
    ("Bank Kub AO", "KUB OAO"),
    # numbers that agree, however written
    ("Plant No. 12 OOO", "ООО «Завод № 012»"),
]

# Pairs that look alike and name two.
DIFFERENT = [
    ("Gazprom Neft", "Gazprom"),
    ("Gazprom Neft PJSC", "Газпром"),
    ("Gazprombank", "Gazprom"),
    ("Gazprom Dobycha Kuznetsk OOO", "Gazprom PJSC"),
    ("Sberbank-AST ZAO", "Сбербанк"),
    ("Alfa-Bank", "Alfa Group"),
    ("Aunetic Germany GmbH", "Aunetic Sweden AB"),
    ("Türkiye Halk Bankası A.Ş.", "Türkiye İş Bankası A.Ş."),
    ("Credit Bank of Moscow", "Bank of Moscow"),
    ("Siemens Energy AG", "Siemens AG"),
    ("Company Kit Limited", "Company Kit Nominees Inc"),
    ("Sovcombank", "Sovcomflot"),
    ("Rosneft", "Rosneftegaz"),
    ("Rosneft Oil Company", "Lukoil Oil Company"),  # what they do alike, not who
    ("Nokia Oyj", "Nokian Renkaat Oyj"),
    ("KIWI INVEST LIMITED", "BARAKA INVEST LIMITED"),
    ("Romashka LLC", "Vasilek LLC"),
    ("CNPC", "China National Offshore Oil Corporation"),  # CNOOC
    ("UAC", "United Shipbuilding Corporation"),
    ("Pardis Trading LLC", "Pardis Engineering LLC"),  # each keeps a word the other lacks
    ("Sberbank Europe AG", "Sberbank"),  # a place standing alone: a regional company
    ("Gazprom Germania GmbH", "Gazprom"),
    ("Beijing Tongfang Co., Ltd.", "Tongfang Shanghai Co., Ltd."),
    ("Bank of China", "中国建设银行"),  # China Construction Bank
    ("Iran Air", "Iran Aseman Airlines"),
    ("Peace Corps", "Marine Corps"),
    ("Atlantic Shipping 1 Ltd", "Atlantic Shipping 2 Ltd"),  # numbers that disagree
    ("Blackstone Capital Partners II LP", "Blackstone Capital Partners III LP"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_organisation_matches(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.is_match, result.explain()
    assert compare(b, a).score == result.score


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alike_organisations_do_not_match(a: str, b: str) -> None:
    result = compare(a, b)
    assert not result.is_match, result.explain()


def test_a_legal_form_is_found_in_the_middle_of_a_name() -> None:
    words = ["SBERBANK", "STRAHOVANIE", "OOO", "SK"]
    assert _legal_form(words) == ([(2, 3)], "limited")
    assert "legal forms OOO (limited)" in compare(" ".join(words), "Sberbank Strakhovanie").explain()


def test_a_legal_form_written_out_is_one_form() -> None:
    words = ["Obshchestvo", "s", "ogranichennoi", "otvetstvennostyu", "Romashka"]
    assert _legal_form(words) == ([(0, 4)], "limited")
    assert _legal_form(["Joint-Stock", "Company", "Romashka"]) == ([(0, 2)], "stock")


def test_a_form_that_is_also_a_word_counts_only_at_an_end() -> None:
    assert _legal_form(["TRANS", "AS", "GROUP"]) == ([], None)  # AS inside a name is a word
    assert _legal_form(["TRANS", "GROUP", "AS"]) == ([(2, 3)], "stock")
    assert _legal_form(["Trans", "Group", "As"]) == ([], None)  # not in capitals


def test_a_name_that_is_all_legal_forms_keeps_a_word() -> None:
    spans, _kind = _legal_form(["Limited", "Liability", "Company"])
    assert spans == []
    assert compare("Limited Liability Company", "Limited Liability Company X").score < 1.0


def test_a_differing_legal_form_weakens_but_does_not_veto() -> None:
    other = compare("Romashka LLC", "Romashka JSC")
    assert other.score == pytest.approx(LEGAL_FORM_MISMATCH) and other.is_match
    assert compare("Romashka LLC", "Romashka GmbH").score == 1.0  # one kind
    assert compare("Romashka LLC", "Romashka").score == 1.0  # a missing form costs nothing


def test_every_written_out_form_has_a_kind() -> None:
    forms = legal_forms()
    assert forms["obshchestvosogranichennoiotvetstvennostyu"] == ("limited", False)
    assert forms["aktiengesellschaft"][0] == forms["ag"][0] == "stock"
    assert forms["aş"][0] == "stock" and forms["spzoo"][0] == "limited"


def test_an_abbreviation_must_spell_the_initials_in_order() -> None:
    assert compare("PKN Orlen", "Polski Koncern Naftowy Orlen").is_match
    assert not compare("PNK Orlen", "Polski Koncern Naftowy Orlen").is_match
    assert not compare("PKO Orlen", "Polski Koncern Naftowy Orlen").is_match


def test_places_of_one_country_agree_and_of_two_differ() -> None:
    assert organisation_similarity(("aunetic", "rusia"), ("aunetic", "rosi")) == 1.0
    assert organisation_similarity(("aunetic", "germani"), ("aunetic", "sveden")) < 0.8


def test_a_place_after_of_weighs_little_and_alone_fully() -> None:
    assert compare("Sberbank of Russia", "Sberbank").is_match
    assert compare("Sberbank Rossii", "Sberbank").is_match  # the genitive is "of Russia"
    assert organisation_similarity(("sberbank", "ov", "rusia"), ("sberbank",)) > 0.9
    assert organisation_similarity(("sberbank", "rusia"), ("sberbank",)) < 0.8


def test_a_word_written_as_two_pairs_with_both() -> None:
    text = compare("Euro Chem Trading Group AG", "EuroChem Group").explain()
    assert "'euroĥem' ~ 'euro ĥem' 1.00" in text, text
    assert not compare("Euro Bank AG", "EuroChem Bank").is_match  # Euro alone is not EuroChem


def test_explain_names_the_organisation_words_paired() -> None:
    text = compare("PKN Orlen", "Polski Koncern Naftowy Orlen S.A.").explain()
    assert "'pkn' = initials of 'polski koncern naftovi'" in text
    assert "a match" in text.splitlines()[-1]


def test_what_marks_an_organisation() -> None:
    assert marks_organisation("bank") and marks_organisation("ov")  # Bank, of
    assert not marks_organisation("de") and not marks_organisation("gazprom")  # de: people's names have it
    roles = set(word_roles().values())
    assert {"stop", "link", "generic:bank", "place:RU"} <= roles


# People stay people: names without a form or an organisation's word are aligned as before.
PEOPLE = [
    ("Maria de la Cruz", "Maria Cruz", "person"),
    ("Dmitry Medvedev", "D. Medvedev", "person"),
]


@pytest.mark.parametrize(("a", "b", "method"), PEOPLE)
def test_people_are_still_aligned_as_people(a: str, b: str, method: str) -> None:
    result = compare(a, b)
    assert result.is_match and result.method == method, result.explain()


ORG_WORDS = st.sampled_from(
    ["Gazprom", "Neft", "Bank", "of", "Russia", "Rossii", "OOO", "LLC", "AO", "PJSC", "PKN", "Polski", "Koncern",
     "Naftowy", "Orlen", "S.A.", "Sp.", "z", "o.o.", "Group", "Co.", "AST", "Sistema", "Avtomatizirovannaya",
     "Torgov", "Газпром", "Банк", "ООО", "GN", "BG", "NB", "Sber", "Sberbank", "Euro", "Chem", "EuroChem"]
)  # fmt: skip
ORG_NAME = st.lists(ORG_WORDS, min_size=1, max_size=7).map(" ".join)


@given(ORG_NAME, ORG_NAME)
def test_organisations_compare_symmetrically(a: str, b: str) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert ab.score == ba.score, (ab.explain(), ba.explain())
    assert 0.0 <= ab.score <= 1.0
