"""The fuzzy stage: its shortcuts drop only candidates that cannot score above the floor."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import namenorm
from namenorm import fuzzy
from namenorm.keys import exact_key
from namenorm.resolver import _word_options

_PEOPLE = [e for e in namenorm.Gazetteer.default() if e.type == "PER" and len(e.name.split()) >= 2]
_GIVEN = sorted({e.name.split()[0] for e in _PEOPLE})
_SURNAMES = sorted({e.name.split()[-1] for e in _PEOPLE})
# Words a query may carry besides names: a patronymic, an initial, a stray word.
_OTHER = ["Sergeyevich", "Anatolyevna", "A.", "S.", "uulu", "Ivanovna", "Kim", "de"]


def _typo(word: str, at: int, letter: str) -> str:
    """The word with one letter replaced (a spelling the gazetteer does not hold)."""
    at %= len(word)
    return word[:at] + letter + word[at + 1 :]


@st.composite
def _queries(draw: st.DrawFn) -> str:
    """A person-like query: given names and surnames of the default gazetteer's
    people, mixed, misspelled, reordered, with patronymics and initials."""
    if draw(st.booleans()):  # one person's own names, the given name perhaps as an initial
        person = draw(st.sampled_from(_PEOPLE)).name.split()
        words = [person[0][0] + "." if draw(st.booleans()) else person[0], person[-1]]
    else:
        words = [draw(st.sampled_from(_GIVEN)), draw(st.sampled_from(_SURNAMES))]
    for _ in range(draw(st.integers(0, 3))):
        words[1] = _typo(words[1], draw(st.integers(0, 20)), draw(st.sampled_from("aeiouksvnr")))
    if draw(st.booleans()) and len(words[0]) > 2:
        words[0] = _typo(words[0], draw(st.integers(0, 20)), draw(st.sampled_from("aeiouksvnr")))
    words += draw(st.lists(st.sampled_from(_OTHER), max_size=2))
    if draw(st.booleans()):
        words.reverse()
    return " ".join(words[: draw(st.integers(1, len(words)))])


def _hits(query: str, lang: str | None, floor: float) -> set[tuple[int, float, tuple[str, ...]]]:
    index = namenorm.default_resolver().index
    readings = [_word_options(word, lang, False, 16) for word in exact_key(query).split(" ")]
    return {(h.position, h.score, h.notes) for h in fuzzy.fuzzy_candidates(index, readings, floor)}


def _no_bounds(parts: Iterable[str], names: Iterable[str], needed: float) -> dict[str, float]:
    return dict.fromkeys(names, 1.0)


def _no_reach(parts: Iterable[str], names: Iterable[str], needed: float) -> dict[str, tuple[float, tuple[str, ...]]]:
    return dict.fromkeys(names, (1.0, tuple(sorted(set(parts)))))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=_queries(), lang=st.sampled_from([None, "ru", "fi", "pl"]), floor=st.sampled_from([0.5, 0.6, 0.7, 0.745]))
def test_the_name_bounds_drop_no_candidate_that_scores(
    monkeypatch: pytest.MonkeyPatch, query: str, lang: str | None, floor: float
) -> None:
    """People are skipped when no word comes near their given names (and the
    surname alone cannot carry the match) or their surname: the hits are
    those of scoring every candidate."""
    pruned = _hits(query, lang, floor)
    with monkeypatch.context() as patch:
        patch.setattr(fuzzy, "given_bounds", _no_bounds)
        patch.setattr(fuzzy, "surname_reach", _no_reach)
        patch.setattr(fuzzy, "_alignment_shape", lambda keyed: (True, 1.0))
        every = _hits(query, lang, floor)
    assert pruned == every


def test_a_person_whose_given_name_no_word_comes_near_is_not_scored() -> None:
    """The shortcut is taken: with a given name unlike any query word, a
    misspelt surname alone cannot lift the alignment above the floor."""
    keyed = [[fuzzy.Reading(w, w, 1.0, None, key=w)] for w in ("zbignev", "atambaiv")]
    alone, for_nothing = fuzzy._alignment_shape(keyed)
    assert (alone, for_nothing) == (False, 0.0)
    given = fuzzy._given_ceiling(("almazbek",), {}, initial=False, for_nothing=for_nothing)
    assert fuzzy.alignment_ceiling(1.0, given, alone) < 0.75
