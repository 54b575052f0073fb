"""Hostile input through the public API: every kind of value and string gets a
result or a clear error, in bounded time, the same on every run.

What each category gets is listed in docs/reliability.md.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import namenorm
from namenorm import Gazetteer, Resolver, strip_inflection, transliterate
from namenorm.clean import MAX_NAME_LENGTH, clean

from .conftest import SMALL_RECORDS

# A generous bound that only a hang or super-linear behaviour would break.
HANG = 10.0


@pytest.fixture(scope="module")
def small() -> Resolver:
    return Resolver(Gazetteer.from_records(SMALL_RECORDS))


def surrogate_text(raw: bytes) -> str:
    """Bytes decoded the way Python decodes undecodable file names and argv."""
    return raw.decode("utf-8", errors="surrogateescape")


ODD_STRINGS = [
    "",
    " ",
    "\t\n\r",
    "\u200b\u200c\u200d\ufeff",  # zero-width characters only
    "\u202e\u202d",  # bidi overrides
    "Putin\u0301\u0301\u0301",  # stacked combining marks
    "\U0001f600\U0001f1eb\U0001f1ee",  # emoji, flags
    "\ue000\uf8ff",  # private use
    "\U000e0001",  # tag character
    "\u0378\u0379",  # unassigned code points
    surrogate_text(b"\xff\xfe Putin \xc3"),  # lone surrogates from surrogateescape
    "Путin",  # mixed scripts
    "Å½eenbekov",  # mojibake
    "ŽEENBEKOVILLE",  # all caps
    "!!!???...,,,",  # punctuation only
    "1234567890",  # digits only
    "' ' ' ' '",
    ":-:-:-:-:",
    "-" * 500,
    "a" * 500,
    "Ä" * 500,
    "Ж" * 500,
    ("Putin " * 100).strip(),
    "Putin," * 100,
    ", " * 200,
    "'" * 300 + "s",
    "Mr. " * 100 + "Putin",
]


@pytest.mark.parametrize("text", ODD_STRINGS, ids=range(len(ODD_STRINGS)))
def test_odd_strings_answer_quickly(small: Resolver, text: str) -> None:
    start = time.perf_counter()
    m = small.resolve(text)
    assert m is None or 0 <= m.score <= 1
    small.candidates(text)
    clean(text)
    for word in text.split()[:3] or [text]:
        strip_inflection(word)
    transliterate(text, to="fi")
    assert time.perf_counter() - start < HANG


@pytest.mark.parametrize(
    "text",
    ["a" * 1_000_000, "Putin " * 200_000, "Ж" * 1_000_000, "\u200b" * 1_000_000, "x," * 500_000],
    ids=["letters", "words", "cyrillic", "invisible", "commas"],
)
def test_megabyte_strings_are_bounded(small: Resolver, text: str) -> None:
    start = time.perf_counter()
    m = small.resolve(text)
    assert m is None or len(m.query) <= MAX_NAME_LENGTH
    assert len(clean(text)) <= MAX_NAME_LENGTH
    assert time.perf_counter() - start < HANG


@pytest.mark.parametrize("value", [None, 0, 1.5, float("nan"), True])
def test_none_and_numbers(small: Resolver, value: object) -> None:
    if value is None:
        assert small.resolve(value) is None
        assert small.resolve_many([None, None]) == [None, None]
    else:
        with pytest.raises(TypeError, match="must be a str"):
            small.resolve(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [b"Putin", bytearray(b"Putin"), ["Putin"], {"name": "Putin"}])
def test_other_types_are_a_clear_type_error(small: Resolver, value: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        small.resolve(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        strip_inflection(value)  # type: ignore[arg-type]


def test_bad_lang_is_a_type_error_and_unknown_lang_an_error_naming_the_fix(small: Resolver) -> None:
    with pytest.raises(TypeError, match="lang"):
        small.resolve("Atambajev", lang=5)  # type: ignore[arg-type]
    for lang, fix in (("zz", "ISO 639-1"), ("klingon", "ISO 639-1"), ("fin", "'fi'")):
        with pytest.raises(namenorm.UnknownLanguageError, match=fix):
            small.resolve("Atambajev", lang=lang)
    m = small.resolve("Atambajev", lang="FR")  # a code without inflection rules, in any case
    assert m is not None and m.entity.id == "Q1"


@pytest.mark.parametrize(
    "call",
    [
        lambda: namenorm.strip_inflection("Putinin", lang=5),  # type: ignore[arg-type]
        lambda: namenorm.transliterate(None),  # type: ignore[arg-type]
        lambda: namenorm.default_resolver().resolve_many([["x"]]),  # type: ignore[list-item]
        lambda: namenorm.default_resolver().resolve_many("Putin"),
        lambda: namenorm.default_resolver().candidates("Putin", k="3"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_are_a_clear_type_error(call: Callable[[], object]) -> None:
    with pytest.raises(TypeError, match=r"must be|takes"):
        call()


def test_candidates_refuse_a_negative_count() -> None:
    resolver = namenorm.default_resolver()
    assert len(resolver.candidates("Jeenbekov", k=2)) == 2 and resolver.candidates("Jeenbekov", k=0) == []
    with pytest.raises(namenorm.NamenormError, match="k must be 0 or more"):
        resolver.candidates("Jeenbekov", k=-1)


def test_unknown_convention_is_a_namenorm_error_and_a_key_error() -> None:
    with pytest.raises(namenorm.NamenormError, match="use one of") as info:
        namenorm.transliterate("Путин", to="klingon")
    assert isinstance(info.value, KeyError)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=120))
def test_any_unicode_string(text: str) -> None:
    resolver = _shared_small()
    m = resolver.resolve(text)
    assert m is None or 0.0 <= m.score <= 1.0
    assert unicodedata.is_normalized("NFC", clean(text))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decoded_with_surrogateescape(raw: bytes) -> None:
    text = surrogate_text(raw)
    m = _shared_small().resolve(text)
    assert m is None or 0.0 <= m.score <= 1.0


_SMALL: list[Resolver] = []


def _shared_small() -> Resolver:
    if not _SMALL:
        _SMALL.append(Resolver(Gazetteer.from_records(SMALL_RECORDS)))
    return _SMALL[0]


def test_caches_stay_bounded() -> None:
    resolver = Resolver(Gazetteer.from_records(SMALL_RECORDS), cache_size=100)
    for i in range(1000):
        for _ in range(2):  # an answer is remembered from the second asking
            resolver.resolve(f"Name{i} Atambajev{i % 7}")
    answers, seen = resolver._core.cache_sizes()
    assert answers == 100
    assert seen <= 400


DETERMINISM_SCRIPT = """
import json, sys
import namenorm
from tests.conftest import SMALL_RECORDS
extra = [{"id": f"p{i}", "name": f"Name{i} Surname{i % 13}", "type": "PER"} for i in range(200)]
resolver = namenorm.Resolver(namenorm.Gazetteer.from_records(SMALL_RECORDS + extra))
queries = ["Žeenbekoville", "Jeenbekov", "Atambajev", "Atambajevin", "Zhenbekov", "Asulbek Zhenbekovin",
           "Biškekissä", "Helsingissä", "nobody", "Surname3", "Name4 Surnam4", "Name1", "Frunzessa"]
out = []
for q in queries:
    m = resolver.resolve(q)
    out.append([q, m.entity.id if m else None, [(c.entity.id, c.score, c.steps) for c in resolver.candidates(q, k=5)]])
json.dump(out, sys.stdout)
"""


def test_same_answers_under_any_hash_seed() -> None:
    outputs = []
    for seed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run(
            [sys.executable, "-c", DETERMINISM_SCRIPT],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1]


def test_gazetteer_order_does_not_change_answers() -> None:
    forward = Resolver(Gazetteer.from_records(SMALL_RECORDS))
    backward = Resolver(Gazetteer.from_records(list(reversed(SMALL_RECORDS))))
    for q in ["Jeenbekov", "Atambajev", "Biškek", "Helsingissä", "Asulbek Zhenbekovin", "nothing"]:
        a, b = forward.resolve(q), backward.resolve(q)
        assert (a.entity.id if a else None) == (b.entity.id if b else None), q
        assert [(m.entity.id, m.score) for m in forward.candidates(q)] == [
            (m.entity.id, m.score) for m in backward.candidates(q)
        ]


def test_module_level_api_rejects_bad_types() -> None:
    with pytest.raises(TypeError):
        namenorm.resolve(42)  # type: ignore[arg-type]
    assert namenorm.resolve(None) is None
    with pytest.raises(TypeError):
        namenorm.strip_inflection(None)  # type: ignore[arg-type]


# The resolver a forked child inherits (set before the fork).
_inherited: Resolver | None = None


def _decide_in_child(texts: list[str]) -> int:
    assert _inherited is not None
    return len(_inherited.decide_many(texts))


@pytest.mark.skipif(sys.platform == "win32", reason="no fork on Windows")
def test_a_forked_process_decides_a_batch_on_every_core(small: Resolver) -> None:
    # The parent works a batch out on its threads first; a child forked
    # after has none of them, and must not wait on them (multiprocessing's
    # workers, namenorm clean --jobs, Spark's Python workers).
    global _inherited
    texts = [f"Person{i} Unknown{i}" for i in range(300)]
    assert len(small.decide_many(texts)) == 300
    _inherited = small
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply_async(_decide_in_child, (texts,)).get(timeout=60) == 300
