"""Transliteration: every convention's golden samples, and guarantees over its table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm import transliterate
from namenorm.translit import conventions, detect_source, spellings
from namenorm.translit.tables import TableError, _parse, load_table

SAMPLES = [(code, *sample) for code in conventions() for sample in load_table(code).samples]


def test_every_convention_has_samples() -> None:
    for code in conventions():
        assert load_table(code).samples, f"{code}.tsv has no '# sample:' line"


@pytest.mark.parametrize(("code", "source", "cyrillic", "latin"), SAMPLES)
def test_golden_samples(code: str, source: str, cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic, to=code, source=source) == latin


@pytest.mark.parametrize("code", conventions())
def test_every_russian_letter_is_latin(code: str) -> None:
    word = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    out = transliterate(word, to=code, source="ru")
    assert not any("\u0400" <= ch <= "\u04ff" for ch in out), out


def test_case_is_kept() -> None:
    assert transliterate("ЖЭЭНБЕКОВ", to="en") == "ZHEENBEKOV"
    assert transliterate("Жээнбеков", to="en") == "Zheenbekov"


def test_latin_passes_through() -> None:
    assert transliterate("Putin", to="fi") == "Putin"


def test_unknown_convention() -> None:
    with pytest.raises(KeyError):
        transliterate("Путин", to="xx")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Нұрсұлтан", "kk"),  # ұ
        ("Эмомалӣ Раҳмон", "tg"),  # ӣ ҳ
        ("Үсөн", "ky"),  # ү ө without Kazakh letters
        ("Жээнбеков", "ky"),  # Kyrgyz long vowels written double
        ("Сооронбай", "ky"),
        ("Київ", "uk"),  # ї
        ("Віталій Кличко", "uk"),  # і with и
        ("Зеленський", "uk"),  # -ськ-
        ("Святлана Ціханоўская", "be"),  # ў
        ("Лукашэнка Аляксандр Рыгоравіч", "be"),  # і with ы
        ("Ђоковић", "sr"),
        ("Ѓорче", "mk"),
        ("България", "bg"),  # ъ between consonants
        ("Путин", "ru"),
    ],
)
def test_detect_source(text: str, source: str) -> None:
    assert detect_source(text) == source


def test_spellings_meet_the_press() -> None:
    assert {"Atambayev", "Atambajev", "Atambajew"} <= spellings("Атамбаев")
    assert {"Zheenbekov", "Žeenbekov", "Dscheenbekow"} <= spellings("Жээнбеков", "ky")


def test_malformed_table_names_the_line() -> None:
    with pytest.raises(TableError, match=r"xx.tsv:2: unknown condition"):
        _parse("xx", "а\ta\nб\tb\tnowhere\n")


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЖЁЙ -'", max_size=30))
def test_never_crashes(text: str) -> None:
    for code in conventions():
        transliterate(text, to=code)
