"""Open world: names and words the gazetteer does not hold get no answer,
and the names it holds still do (namenorm.evidence)."""

from __future__ import annotations

import pytest

from namenorm import Gazetteer, Resolver
from namenorm.evidence import ROUTE_LETTERS, Route, letters_needed

#: Words and names the default gazetteer does not hold, each of which some
#: route once took for one of its names (an ending removed, a loose key, a
#: shared prefix, a fuzzy surname): query, the hint to try besides none.
NOT_HELD = [
    ("city", "en"),  # a Czech genitive of Cita (Chita)
    ("name", "en"),  # fuzzy Niame (Niamey)
    ("Hotel", "en"),  # prefix of Hoten
    ("Ministry", "en"),  # fuzzy Munistri (Münster)
    ("Garcia", "es"),  # the match key of Bulgarian Гърция (Greece)
    ("Horváth", "hu"),  # the match key of Хорват (Croatia)
    ("Müller", "de"),  # fuzzy surname Miller
    ("Pavlov", "ru"),  # -ov taken off for Pavel
    ("Orlov", None),  # -ov taken off for Orël
    ("Ivanova", None),  # a Czech genitive of Ivanovo
    ("Rossi", "it"),  # a Polish oblique case of Rossiâ
    ("Sauli Putin", "fi"),  # a given name is no patronymic
    ("Andersen", "da"),  # Magdalena Andersson's surname with letters changed
    ("Stadium", "en"),  # English names take no ending a prefix could guess at
    ("Numer", None),  # no hint, no guessed ending
]
#: Names the default gazetteer holds, inflected, without a hint.
HELD = [
    ("Putinille", "Q7747"),
    ("Moskovassa", "geonames:524901"),
    ("Biškekissä", "geonames:1528675"),
    ("Rahmonov", None),  # Emomali Rahmon, by the Russian form of his surname
    ("Abduldayev’s", "myktybek-abdyldayev"),
    ("EU:n", "european-union"),  # a colon marks the ending: no hint needed
    ("Venäjällä", "Q159"),
]


@pytest.mark.parametrize(("query", "lang"), NOT_HELD, ids=[q for q, _ in NOT_HELD])
def test_a_name_the_gazetteer_lacks_gets_no_answer(resolver: Resolver, query: str, lang: str | None) -> None:
    for hint in {None, lang}:
        match = resolver.resolve(query, lang=hint)
        assert match is None, match.explain() if match else ""


@pytest.mark.parametrize(("query", "expected"), HELD, ids=[q for q, _ in HELD])
def test_an_inflected_name_it_holds_still_resolves_without_a_hint(
    resolver: Resolver, query: str, expected: str | None
) -> None:
    match = resolver.resolve(query)
    assert match is not None, f"{query!r} did not resolve"
    if expected is not None:
        assert match.entity.id == expected
    else:
        assert match.entity.name == "Emomali Rahmon"


def test_a_candidate_too_likely_by_chance_says_so(resolver: Resolver) -> None:
    top = resolver.candidates("city", 1)[0]
    assert "open world: an ending no language hint asked for" in top.explain()
    assert top.score < resolver.options.threshold


def test_the_smaller_the_gazetteer_the_less_a_key_needs() -> None:
    """The chance of a coincidence grows with the keys: the Czech genitive
    of Cita decides in a gazetteer of one name, not in the default."""
    alone = Resolver(Gazetteer.from_records([{"id": "cita", "name": "Cita", "type": "LOC"}]))
    match = alone.resolve("city")
    assert match is not None and match.entity.id == "cita"
    assert letters_needed(Route.GUESSED_ENDING, 1) < 4 <= letters_needed(Route.GUESSED_ENDING, 65_536)
    assert letters_needed(Route.GUESSED_ENDING, 3_000_000) > letters_needed(Route.GUESSED_ENDING, 65_536)


def test_prominence_counts_for_endings_only() -> None:
    for route in (Route.GUESSED_ENDING, Route.GUESSED_ENDING_SURNAME):
        assert letters_needed(route, 65_536, weight=6.0) < letters_needed(route, 65_536)
    for route in (Route.LOOSE, Route.PREFIX, Route.FUZZY_WORD):
        assert letters_needed(route, 65_536, weight=6.0) == letters_needed(route, 65_536) == ROUTE_LETTERS[route]


def test_a_surname_suffix_removed_is_no_road_to_a_misspelt_name() -> None:
    # Potanin read as Potan + a guessed Finnish ending would be a misspelt
    # Putin: two guesses. The suffix removed still finds its stem exactly.
    gaz = Gazetteer.from_records(
        [
            {"id": "putin", "name": "Vladimir Putin", "type": "PER"},
            {"id": "rahmon", "name": "Emomali Rahmon", "type": "PER"},
        ]
    )
    resolver = Resolver(gaz)
    assert resolver.decide("Vladimir Potanin").status == "unmatched"
    for query, expected in [("Emomali Rahmonov", "rahmon"), ("Emomali Rakhmonov", "rahmon"), ("Putinin", "putin")]:
        match = resolver.resolve(query)
        assert match is not None and match.entity.id == expected, query
