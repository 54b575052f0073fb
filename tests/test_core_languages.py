"""The inflection stage of the compiled core (namenorm._core, rust/src/languages/)
against the snapshot of the hypotheses the Python modules gave before the
core replaced them (tests/golden/core/hypotheses.tsv.gz, written by
scripts/snapshot_languages.py): every base, ending, case, language, weight,
rule and rank, for 248,901 queries."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from namenorm import _core, languages

SNAPSHOT = Path(__file__).parent / "golden" / "core" / "hypotheses.tsv.gz"

Query = tuple[str, "str | None", bool]
Row = tuple[str, str, str, str, float, str]


def read_snapshot() -> list[tuple[Query, list[Row]]]:
    """Every query of the snapshot with its ranked (base, ending, case, lang, weight, rule)."""
    out: list[tuple[Query, list[Row]]] = []
    for line in gzip.decompress(SNAPSHOT.read_bytes()).decode("utf-8").splitlines():
        if line.startswith("Q\t"):
            _, word, lang, hinted = line.split("\t")
            out.append(((word, None if lang == "*" else lang, hinted == "1"), []))
        elif line.startswith("H\t"):
            _, base, ending, case, hlang, weight, rule = line.split("\t")
            out[-1][1].append((base, ending, case, hlang, float(weight), rule))
    return out


@pytest.fixture(scope="module")
def snapshot() -> list[tuple[Query, list[Row]]]:
    return read_snapshot()


def test_the_core_gives_every_snapshot_answer(snapshot: list[tuple[Query, list[Row]]]) -> None:
    assert len(snapshot) > 200_000
    wrong = [(query, rows) for query, rows in snapshot if _core.hypotheses(*query) != rows]
    assert not wrong, f"{len(wrong)} queries differ, the first: {wrong[0][0]}"


def test_the_public_function_gives_the_snapshot_answers(snapshot: list[tuple[Query, list[Row]]]) -> None:
    for (word, lang, hinted_only), rows in random.Random(7).sample(snapshot, 4000):
        found = languages.hypotheses(word, lang, hinted_only=hinted_only)
        assert [(h.base, h.ending, h.case, h.lang, h.weight, h.rule) for h in found] == rows, (word, lang, hinted_only)


def test_a_language_answers_as_the_ranked_answer_says(snapshot: list[tuple[Query, list[Row]]]) -> None:
    """A language's own hypotheses (get(code).hypotheses) are those the ranked answer keeps of it."""
    for (word, lang, hinted_only), rows in random.Random(11).sample(snapshot, 3000):
        if lang is None or not hinted_only:
            continue
        language = languages.get(lang)
        assert language is not None
        own: dict[str, languages.Hypothesis] = {}
        for h in language.hypotheses(word):  # the first best of each base form
            if h.base not in own or h.weight > own[h.base].weight:
                own[h.base] = h
        for base, ending, case, hlang, weight, rule in rows:
            h = own[base]
            assert (h.ending, h.case, h.lang, h.weight, h.rule) == (ending, case, hlang, weight, rule)


def test_every_core_name_is_declared_in_the_stub() -> None:
    stub = (Path(languages.__file__).parent.parent / "_core.pyi").read_text(encoding="utf-8")
    for name in dir(_core):
        if not name.startswith("_"):
            assert f"def {name}(" in stub or f"class {name}" in stub or f"\n{name}:" in stub, name


def test_a_word_with_a_lone_surrogate_is_read_as_any_other() -> None:
    """Text decoded with surrogateescape can hold lone surrogates, which UTF-8
    (the core's text) cannot: they cross as private-use characters and come back."""
    found = languages.hypotheses("pu\udc80tinille", "fi", hinted_only=True)
    assert ("pu\udc80tin", "ille") in [(h.base, h.ending) for h in found]
    language = languages.get("tr")
    assert language is not None
    assert [h.base for h in language.hypotheses("pu\udc80tin'in")][:1] == ["pu\udc80tin"]
