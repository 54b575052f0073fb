"""Matching keys: the spellings of one name under different conventions meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm.keys import ascii_key, exact_key, match_key, skeleton

GROUPS = [
    ["Zheenbekov", "Žeenbekov", "Dscheenbekow", "Жээнбеков", "Dżeenbekow", "ZHEENBEKOV"],
    ["Atambayev", "Atambajev", "Atambaev", "Atambajew", "Atambaïev", "Атамбаев"],
    ["Lukashenko", "Lukašenko", "Lukaschenko", "Łukaszenko", "Лукашенко"],
    ["Klitschko", "Klichko", "Kličko", "Klicsko"],
    ["Prigozhin", "Prigožin", "Prigożyn", "Prigozsin", "Prigozjin"],
    ["Sariyev", "Sariev", "Sarijew"],
    ["Yevgeny", "Jevgeni", "Evgueni", "Evgheni"],
    ["Shoigu", "Schoigu", "Şoigu", "Szojgu", "Šojgu"],
]


@pytest.mark.parametrize("group", GROUPS, ids=[g[0] for g in GROUPS])
def test_spellings_share_a_match_key(group: list[str]) -> None:
    assert len({match_key(s) for s in group}) == 1, {s: match_key(s) for s in group}


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


@given(st.text(max_size=60))
def test_ascii_key_is_ascii(text: str) -> None:
    assert ascii_key(text).isascii()
