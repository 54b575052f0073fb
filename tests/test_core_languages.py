"""The inflection stage of the compiled core (namenorm._core, rust/src/languages/)
against the snapshot of the hypotheses the Python modules gave
(tests/golden/core/hypotheses.tsv.gz, scripts/snapshot_languages.py), and
against the Python implementation itself while it is still there."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from namenorm import Gazetteer, _core, languages
from namenorm.keys import exact_key

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


# -- parity with the Python implementation ------------------------------------------------

CODES = [code for code, _name, _file in _core.languages()]


def _endings() -> list[str]:
    """Every ending and suffix form of every table."""
    found: set[str] = set()
    for name in dict.fromkeys(file for _code, _name, file in _core.languages()):
        for _section, rows in _core.language_table(name):
            for row in rows:
                found.update(row.get("ending", []))
                found.update(row.get("forms", []))
    return sorted(found)


def _name_words() -> list[str]:
    words = {w for e in Gazetteer.default() for a in e.aliases for w in exact_key(a.name).split(" ") if w}
    return sorted(words)


ENDINGS = _endings()
NAME_WORDS = _name_words()
#: Words as the languages inflect names: a name word, perhaps a separator, an ending (or two).
FORMS = st.builds(
    lambda word, cut, sep, ending, more: word[: len(word) - cut] + sep + ending + more,
    st.sampled_from(NAME_WORDS),
    st.integers(0, 2),
    st.sampled_from(["", "", "", "", ":", "'", "-"]),
    st.sampled_from(ENDINGS),
    st.sampled_from(["", "", "", *ENDINGS[:200]]),
)


@settings(max_examples=2500, deadline=None)
@given(FORMS, st.sampled_from([None, *CODES]), st.booleans(), st.sampled_from(CODES))
def test_the_core_gives_what_the_python_modules_give(word: str, lang: str | None, hinted_only: bool, code: str) -> None:
    expected = languages.hypotheses.__wrapped__(word, lang, hinted_only=hinted_only)
    assert _core.hypotheses(word, lang, hinted_only) == [
        (h.base, h.ending, h.case, h.lang, h.weight, h.rule) for h in expected
    ]
    own = languages.registry()[code].hypotheses(word)
    assert _core.language_hypotheses(code, word) == [(h.base, h.ending, h.case, h.weight, h.rule) for h in own]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=20), st.sampled_from(CODES))
def test_any_text_gets_what_the_python_modules_give(word: str, code: str) -> None:
    own = languages.registry()[code].hypotheses(word)
    assert _core.language_hypotheses(code, word) == [(h.base, h.ending, h.case, h.weight, h.rule) for h in own]


def test_a_table_given_from_python_runs_as_the_python_engine() -> None:
    polish = languages.registry()["pl"]
    rules = _core.SuffixRules(
        "pl",
        polish.separators,  # type: ignore[attr-defined]
        [(s.ending, s.case, s.restore, s.weight, s.min_stem, s.after, s.not_after) for s in polish.suffixes],  # type: ignore[attr-defined]
        [(a.stem, a.base, a.name, a.weight, a.after, a.not_after, a.min_stem) for a in polish.alternations],  # type: ignore[attr-defined]
    )
    for word in [*random.Random(3).sample(NAME_WORDS, 500), "krakowa", "marka", "kasymowi-żomartowi"]:
        for form in (word, word + "a", word + "owi", word + "ie"):
            expected = [(h.base, h.ending, h.case, h.weight, h.rule) for h in polish.hypotheses(form)]
            assert rules.hypotheses(form) == expected, form


def test_every_core_name_is_declared_in_the_stub() -> None:
    stub = (Path(languages.__file__).parent.parent / "_core.pyi").read_text(encoding="utf-8")
    for name in dir(_core):
        if not name.startswith("_"):
            assert f"def {name}(" in stub or f"class {name}" in stub or f"\n{name}:" in stub, name
