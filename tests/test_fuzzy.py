"""The fuzzy stage: its shortcuts drop only candidates that cannot score above the floor."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import namenorm
from namenorm import fuzzy
from namenorm.keys import exact_key
from namenorm.score import alignment_ceiling

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


def _hits(query: str, lang: str | None, floor: float, prune: bool) -> set[tuple[int, float, tuple[str, ...]]]:
    words = exact_key(query).split(" ")
    return set(fuzzy.fuzzy_hits(namenorm.default_resolver(), words, lang, floor, prune=prune))


@settings(max_examples=200, deadline=None)
@given(query=_queries(), lang=st.sampled_from([None, "ru", "fi", "pl"]), floor=st.sampled_from([0.5, 0.6, 0.7, 0.745]))
def test_the_name_bounds_drop_no_candidate_that_scores(query: str, lang: str | None, floor: float) -> None:
    """People are skipped when no word comes near their given names (and the
    surname alone cannot carry the match) or their surname: the hits are
    those of scoring every candidate."""
    assert _hits(query, lang, floor, prune=True) == _hits(query, lang, floor, prune=False)


def test_a_person_whose_given_name_no_word_comes_near_is_not_scored() -> None:
    """The shortcut is taken: with a given name unlike any query word, a
    misspelt surname alone cannot lift the alignment above the floor."""
    resolver = namenorm.Resolver(
        namenorm.Gazetteer.from_records([{"id": "a", "name": "Almazbek Atambaiv", "type": "PER"}])
    )
    assert alignment_ceiling(1.0, 0.0, alone=False) < 0.75
    assert fuzzy.fuzzy_hits(resolver, ["zbignev", "atambaiv"], None, 0.75) == []
    assert fuzzy.fuzzy_hits(resolver, ["almazbek", "atambaiv"], None, 0.75) != []
