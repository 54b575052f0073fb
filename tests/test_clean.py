"""Cleaning: a table of real inputs, and properties that hold for any string."""

from __future__ import annotations

import importlib

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from namenorm.clean import clean, clean_name, normalise

clean_module = importlib.import_module("namenorm.clean")  # the package exports a function of this name

CASES = [
    ("Žeenbekov", "Žeenbekov"),
    ("  Žeenbekov  ", "Žeenbekov"),
    ("Že\u200beenbekov", "Žeeenbekov"),
    ("Ž\u200beenbekov", "Žeenbekov"),
    ("Suvanaliyev’s", "Suvanaliyev's"),
    ("Nagorno–Karabakh", "Nagorno-Karabakh"),
    ("Å½eenbekov", "Žeenbekov"),
    ("Puti\u0301n", "Putín"),
    ("Рutin", "Putin"),  # Cyrillic Р in a Latin word
    ("Путiн", "Путін"),  # Latin i in a Cyrillic word
    ("President Vladimir Putin", "Vladimir Putin"),
    ("presidentti Sauli Niinistö", "Sauli Niinistö"),
    ("Mr. Akayev", "Akayev"),
    ("President", "President"),  # a title alone is kept: it may be the name
    ("Akayev, Askar", "Askar Akayev"),
    ("Paris, Texas, USA", "Paris, Texas, USA"),
    ("«Reuters»", "Reuters"),
    ("A. Lukashenko", "A. Lukashenko"),
    ("Marx'", "Marx'"),
    ("(", "("),
    ("ＦＳＢ", "FSB"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_clean_table(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_reports_steps() -> None:
    cleaned = clean_name("President Žeenbekov’s")
    assert cleaned.text == "Žeenbekov's"
    assert "title removed" in cleaned.steps
    assert "punctuation normalised" in cleaned.steps


def test_normalise_keeps_surroundings() -> None:
    assert normalise("St.") == "St."
    assert normalise("President Putin") == "President Putin"


@pytest.mark.parametrize("bad", [None, 1, 1.5, b"Putin", ["Putin"]])
def test_non_string_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        clean_name(bad)  # type: ignore[arg-type]


@given(st.text())
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_long_input_is_truncated() -> None:
    cleaned = clean_name("a" * 1_000_000)
    assert len(cleaned.text) <= 512
    assert any("truncated" in s for s in cleaned.steps)


@given(st.text(max_size=40) | st.from_regex(r"\A[A-ZÄÖŽа-я][a-zäöžа-я'\-]{0,10}( [A-Z][a-z.]{0,8}){0,2}\Z"))
def test_the_fast_path_changes_nothing_the_fixes_would_change(text: str) -> None:
    """clean_name skips the fixes for text that looks clean; running them must agree."""
    from namenorm.clean import _FIXES, _already_clean

    if _already_clean(text):
        for _label, fix in _FIXES:
            assert fix(text) == text, _label


def test_the_fast_cyrillic_class_holds_every_cyrillic_character() -> None:
    """Mixed scripts are looked for only in texts with a character of
    clean_module._MAYBE_CYRILLIC: it must hold every character of the Cyrillic script."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    cyrillic = regex.findall(r"\p{Script=Cyrillic}", every, flags=regex.V1)
    assert len(cyrillic) > 400
    assert all(clean_module._MAYBE_CYRILLIC.fullmatch(ch) for ch in cyrillic)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20))
def test_mixed_scripts_found_as_by_the_script_property(text: str) -> None:
    by_property = bool(clean_module._LATIN.search(text) and clean_module._CYRILLIC.search(text))
    assert clean_module._mixed_scripts(text) == by_property
