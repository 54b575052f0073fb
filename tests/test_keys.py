"""Matching keys: the spellings of one name under different conventions meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm.keys import KEY_LETTERS, ascii_key, decoders, exact_key, match_key, skeleton
from namenorm.translit import conventions, transliterate

# Spellings that share one match key with no language hint: the same letter
# spelled by different conventions (zh ž ż zs dzh dsch; sh sch sz ş; cz cs tsch;
# w v; y j i), glides, doubled letters, iotation before a first vowel.
GROUPS = [
    ["Zheenbekov", "Žeenbekov", "Dscheenbekow", "Жээнбеков", "Dżeenbekow", "ZHEENBEKOV", "Dzsejenbekov"],
    ["Atambayev", "Atambajev", "Atambaev", "Atambajew", "Atambaïev", "Атамбаев"],
    ["Lukashenko", "Lukašenko", "Lukaschenko", "Łukaszenko", "Лукашенко"],
    ["Klitschko", "Kličko", "Klicsko", "Kliczko", "Кличко"],
    ["Prigozhin", "Prigožin", "Prigożyn", "Prigozsin", "Пригожин"],
    ["Sariyev", "Sariev", "Sarijew", "Сариев"],
    ["Yevgeny", "Jevgeni", "Evgueni", "Evgheni", "Evgeny", "Yevgeniy", "Evgenij", "Jewgeni", "Ievgueni", "Евгений"],
    ["Shoigu", "Schoigu", "Şoigu", "Szojgu", "Šojgu", "Shoygu", "Шойгу"],
    ["Zelensky", "Zelenskyy", "Zełenski", "Zelenskiy", "Zelenskyj", "Зеленський"],
    ["Dmitry", "Dmitri", "Dmitrij", "Dmitriy", "Dmitrii", "Дмитрий"],
    ["Sergey", "Sergei", "Sergej", "Serguei", "Serghei", "Sergueï", "Сергей"],
    ["Tsikhanouskaya", "Tsikhanouskaia", "Tsihanouskaja", "Ціханоўская"],
    ["Khrushchev", "Hruščev", "Hrushchev", "Хрущев"],
]

# With a language hint, the letters of that language's orthography are decoded
# first (translit/decode.tsv): these meet the English spelling's key.
DECODED = [
    ("Szergej Sojgu", "hu", "Sergei Shoigu"),
    ("Siergiej Szojgu", "pl", "Sergei Shoigu"),
    ("Sergueï Choïgou", "fr", "Sergei Shoigu"),
    ("Evgueni Prigojine", "fr", "Evgeny Prigozhin"),
    ("Prigojin", "ro", "Prigozhin"),
    ("Prigojin", "pt", "Prigozhin"),
    ("Gorbaciov", "it", "Gorbačov"),
    ("Gorbaciov", "ro", "Gorbačov"),
    ("Rajmón", "es", "Rahmon"),
    ("Miedwiediew", "pl", "Medvedev"),
    ("Poetin", "nl", "Putin"),
    ("Sjojgoe", "nl", "Shoigu"),
    ("Gorbatjov", "sv", "Gorbačov"),
    ("Cichanouskaja", "lt", "Tsikhanouskaja"),
    ("Sviatlana Cichanouskaja", "pl", "Sviatlana Tsikhanouskaja"),
    ("Vladimiras Putinas", "lt", "Vladimir Putin"),
    ("Sergejs Lavrovs", "lv", "Sergei Lavrov"),
    ("Zelenskis", "lt", "Zelensky"),
    ("Chruschtschow", "de", "Hrushchov"),
    ("Jelzin", "de", "Yeltsin"),
    ("Ceenbekov", "tr", "Zheenbekov"),
    ("Jeenbekov", "en", "Zheenbekov"),
    ("Medvegyev", "hu", "Medvedev"),
    ("Chruščov", "cs", "Hrushchov"),
]


@pytest.mark.parametrize("group", GROUPS, ids=[g[0] for g in GROUPS])
def test_spellings_share_a_match_key(group: list[str]) -> None:
    assert len({match_key(s) for s in group}) == 1, {s: match_key(s) for s in group}


@pytest.mark.parametrize(("spelling", "lang", "english"), DECODED)
def test_language_hint_decodes_the_orthography(spelling: str, lang: str, english: str) -> None:
    assert match_key(spelling, lang) == match_key(english)


def test_ch_is_its_own_letter_without_a_hint() -> None:
    # ch is ч to English writers, ш to French, х to German, Polish and Czech ones.
    assert match_key("Klichko") == "kliĥko"
    assert match_key("Klichko", "en") == match_key("Kličko")
    assert match_key("Chruschtschow", "de")[0] == "h"
    assert match_key("Choïgou", "fr")[0] == "š"


def test_every_decoder_compiles_and_has_a_language() -> None:
    table = decoders()
    assert {"hu", "pl", "fr", "de", "es", "it", "ro", "nl", "sv", "tr", "pt", "cs"} <= set(table)


def test_other_scripts_fold_to_latin() -> None:
    assert match_key("მიხეილ სააკაშვილი") == match_key("Mikheil Saakashvili")
    assert match_key("Նիկոլ Փաշինյան") == match_key("Nikol Pashinyan")


@pytest.mark.parametrize(
    ("native", "ending"),
    [
        ("블라디미로비치", "viĥ"),  # Korean spells в ㅂ: -비치 is -vich
        ("알렉산드로브나", "vna"),
        ("فلاديميروفيتش", "vič"),  # Arabic spells в ف: -فيتش is -vich
        ("ألكسندروفنا", "vna"),
    ],
)
def test_patronymics_in_other_scripts_key_as_patronymics(native: str, ending: str) -> None:
    assert match_key(native).endswith(ending)


def test_exact_key_keeps_diacritics() -> None:
    assert exact_key("Žeenbekov") != exact_key("Zeenbekov")
    assert exact_key("ŽEENBEKOV") == exact_key("žeenbekov")


def test_ascii_key_spells_out() -> None:
    assert ascii_key("Žeenbekov") == ascii_key("Zheenbekov") == "zheenbekov"
    assert ascii_key("Varsinais-Suomi") == "varsinais suomi"


def test_skeleton_absorbs_vowels() -> None:
    assert skeleton(match_key("Muktubek")) == skeleton(match_key("Myktybek"))


@given(st.text(max_size=60))
def test_keys_are_idempotent(text: str) -> None:
    for key in (ascii_key, match_key):
        once = key(text)
        assert key(once) == once


@given(st.text(max_size=40), st.sampled_from(sorted(decoders())))
def test_hinted_key_is_a_key(text: str, lang: str) -> None:
    once = match_key(text, lang)
    assert match_key(once) == once
    assert set(once) <= KEY_LETTERS | set("0123456789 &+")


@given(
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһАБВЖЁЙІ -'", max_size=30),
    st.sampled_from(conventions()),
)
def test_transliterating_then_keying_is_stable(text: str, code: str) -> None:
    latin = transliterate(text, code)
    key = match_key(latin)
    assert match_key(key) == key
    assert set(key) <= KEY_LETTERS | set("0123456789 &+")


@given(st.text(max_size=60))
def test_ascii_key_is_ascii(text: str) -> None:
    assert ascii_key(text).isascii()
