"""Scoring: substitution-aware costs, length calibration, given names, person alignment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from namenorm.keys import match_key
from namenorm.score import (
    CLASS_COST,
    THRESHOLD,
    VOWEL_COST,
    align_person,
    alignment_ceiling,
    bound_from_distance,
    bounds_within,
    calibrate,
    distance_cutoff,
    distances_within,
    edit_cost,
    given_bounds,
    given_needed,
    given_similarity,
    key_similarity,
    similarity_bound,
    surname_needed,
    surname_reach,
    surname_similarity,
)
from namenorm.translit.names import given_name_class, given_names

# Pairs of keys and what one edit between them costs.
COSTS = [
    ("putin", "putin", 0.0),
    ("muktubek", "miktubek", VOWEL_COST),  # vowel drift (ы as u or y)
    ("soigu", "šoigu", CLASS_COST),  # hu s / pl sz / cs š for ш
    ("elcin", "elsin", CLASS_COST),  # ц as c or s
    ("gorbaĥev", "gorbačev", CLASS_COST),  # ch, read as ч
    ("miĥail", "mihail", CLASS_COST),  # ch, read as х
    ("hena", "gena", CLASS_COST),  # uk h for г
    ("lavrov", "lavkov", 1.0),  # an unrelated consonant
]


@pytest.mark.parametrize(("a", "b", "cost"), COSTS)
def test_edit_costs(a: str, b: str, cost: float) -> None:
    assert edit_cost(a, b) == pytest.approx(cost)


def test_a_different_ending_costs_more() -> None:
    assert edit_cost("sarieva", "sarievo") > edit_cost("sareva", "sarieva")


def test_calibration_means_the_same_for_short_and_long_names() -> None:
    # An unrelated consonant sinks a 5-letter name below the threshold but not
    # a 14-letter one; a vowel changes neither's verdict.
    assert calibrate(1.0, 5) < THRESHOLD < calibrate(1.0, 14)
    assert calibrate(VOWEL_COST, 4) >= THRESHOLD
    assert calibrate(0.0, 3) == 1.0
    assert calibrate(100.0, 10) == 0.0


# Pairs of spellings named in the issue, and other conventions' pairs: every
# one meets (scores at least the threshold), with the language hint where the
# spelling needs one to be read (French j is ж, Lithuanian adds -is).
MEET = [
    ("Jeenbekov", "Zheenbekov", None),
    ("Ceenbekov", "Žeenbekov", None),
    ("Ceenbekov", "Jeenbekov", "tr"),
    ("Dzsejenbekov", "Dscheenbekow", None),
    ("Dżinbekow", "Dżeenbekow", None),
    ("Atambajew", "Atambaïev", None),
    ("Zelensky", "Selenskyj", None),
    ("Zelenszkij", "Zelensky", None),
    ("Zelenskis", "Zelensky", "lt"),
    ("Zelenskyy", "Zełenski", None),
    ("Asylbek", "Asulbek", None),
    ("Myktybek", "Muktubek", None),
    ("Gorbachev", "Gorbatschow", None),
    ("Gorbačov", "Gorbaczow", None),
    ("Prigojine", "Prigozhin", "fr"),
    ("Prigojin", "Prigožin", "ro"),
    ("Kliciko", "Kličko", None),
    ("Szojgu", "Sojgu", None),
]


@pytest.mark.parametrize(("a", "b", "lang"), MEET)
def test_spellings_meet(a: str, b: str, lang: str | None) -> None:
    assert key_similarity(match_key(a, lang), match_key(b, lang)) >= THRESHOLD


APART = [
    ("Lavrov", "Lvov"),
    ("Putin", "Pukin"),
    ("Sarajevo", "Sariev"),
    ("Medvedev", "Lebedev"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert key_similarity(match_key(a), match_key(b)) < THRESHOLD


GIVEN = [
    ["Dmitry", "Dmitri", "Dmitrij", "Dymitr", "Dmytro", "Dzmitry"],
    ["Sergey", "Sergei", "Sergej", "Siergiej", "Serhiy", "Siarhei"],
    ["Yevgeny", "Evgeny", "Jewgeni", "Evgenij", "Yevhen", "Yauhen"],
    ["Alexander", "Aleksandr", "Aliaksandr", "Olexandr", "Oleksandr", "Aleksandar"],
    ["Svetlana", "Sviatlana", "Svitlana", "Swiatłana"],
]


@pytest.mark.parametrize("group", GIVEN, ids=[g[0] for g in GIVEN])
def test_given_name_forms_are_one_name(group: list[str]) -> None:
    keys = [match_key(s) for s in group]
    assert len({given_name_class(k) for k in keys}) == 1, {
        s: given_name_class(k) for s, k in zip(group, keys, strict=True)
    }
    assert all(given_similarity(keys[0], k) == 1.0 for k in keys)


def test_given_name_table_is_generated_consistently() -> None:
    table = given_names()
    assert len(table) > 300
    assert all(key == match_key(key) for key in table), "a key in the table is not a match key"


def test_russian_suffix_is_cheap_for_surnames() -> None:
    assert surname_similarity("rahmonov", "rahmon") > THRESHOLD
    assert surname_similarity("ivanov", "ivan") < THRESHOLD  # too short to strip


def test_alignment_order_initials_and_patronymics() -> None:
    name = ["dmitri", "medvedev"]
    full = align_person(["dmitri", "medvedev"], name).score
    assert full == 1.0
    assert align_person(["medvedev", "dmitri"], name).score == full  # surname first
    assert align_person(["d", "medvedev"], name).score > THRESHOLD  # an initial
    assert align_person(["dmitri", "anatolieviĥ", "medvedev"], name).score > 0.95  # a patronymic
    assert align_person(["emomali", "s", "rahmon"], ["emomali", "rahmon"]).score > 0.95  # its initial
    assert align_person(["medvedev"], name).given_score is None  # the surname alone
    assert align_person(["sergei", "medvedev"], name).score < full


KEYS_WITH_SUFFIX = st.tuples(
    st.text(alphabet="abeiknorsšuv", min_size=1, max_size=9), st.sampled_from(["", "ov", "ova", "ev", "eva"])
).map("".join)


@given(
    st.text(alphabet="abcdeghiklmnoprstuvzžščĥ", min_size=1, max_size=15), st.text(alphabet="abeiknorsšuv", max_size=15)
)
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    s = key_similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert key_similarity(a, a) == 1.0
    # Symmetric to the last bit: a pair of names meets in both orders.
    for similarity in (key_similarity, given_similarity, surname_similarity):
        assert similarity(a, b) == similarity(b, a)


@given(st.sampled_from(["rahmonov", "rahmon", "ivanova", "ivanov", "lavrova"]), KEYS_WITH_SUFFIX)
def test_surname_similarity_is_symmetric_with_a_suffix_on_either_side(a: str, b: str) -> None:
    assert surname_similarity(a, b) == surname_similarity(b, a)


KEYS = st.text(alphabet="abcdeghiklmnoprstuvzžščĥ", min_size=1, max_size=15)


@given(KEYS, st.lists(KEYS, max_size=8), st.integers(0, 6))
def test_the_bounds_within_a_cutoff_are_bound_from_distance(key: str, targets: list[str], cutoff: int) -> None:
    """bounds_within: every target within the cutoff (the core's distance
    is rapidfuzz's), each bound that of bound_from_distance, to the last bit."""
    found = dict(bounds_within(key, targets, cutoff))
    for j, target in enumerate(targets):
        distance = OSA.distance(key, target)
        assert (j in found) == (distance <= cutoff)
        if j in found:
            assert found[j] == bound_from_distance(key, target, distance)


@given(KEYS, KEYS)
def test_the_bound_bounds_the_similarity(a: str, b: str) -> None:
    """The fuzzy stage skips names by this bound: it must never be below the similarity."""
    assert key_similarity(a, b) <= similarity_bound(a, b)


@given(KEYS, st.lists(KEYS, max_size=8), st.floats(min_value=0.0, max_value=1.0))
def test_distances_within_the_cutoff_leave_out_only_what_cannot_reach(
    key: str, targets: list[str], needed: float
) -> None:
    length = max(len(key), *map(len, targets)) if targets else len(key)
    near = distances_within(key, targets, distance_cutoff(needed, length))
    for position, target in enumerate(targets):
        if position in near:
            assert near[position] == OSA.distance(key, target)
        else:
            assert similarity_bound(key, target) < needed


@given(st.lists(KEYS, min_size=1, max_size=4), st.lists(KEYS, min_size=1, max_size=6), st.floats(0.0, 1.0))
def test_given_bounds_bound_every_word_against_every_name(words: list[str], names: list[str], needed: float) -> None:
    """given_bounds: each name's bound is at least the best similarity of any
    word to it, and a name left out is below ``needed``."""
    bounds = given_bounds(words, names, needed)
    for name in names:
        best = max(given_similarity(w, name) for w in words)
        if name in bounds:
            assert best <= bounds[name]
        else:
            assert best < needed


@given(st.lists(KEYS, min_size=1, max_size=4), st.lists(KEYS, min_size=1, max_size=6), st.floats(0.0, 1.0))
def test_surname_reach_names_each_word_that_reaches_one(words: list[str], names: list[str], needed: float) -> None:
    """surname_reach: each surname's bound is at least the similarity of every
    word it lists (in order), and a word it leaves out, or a surname, is
    below ``needed``."""
    reach = surname_reach(words, names, needed)
    for name in names:
        bound, near = reach.get(name, (0.0, ()))
        assert list(near) == sorted(set(near))
        assert (name in reach) == bool(near)
        for word in set(words):
            similarity = surname_similarity(word, name)
            if word in near:
                assert similarity <= bound
            else:
                assert similarity < needed


@pytest.mark.parametrize(
    ("query", "name"),
    [
        (["anton", "guskii"], ["anton", "gorskii"]),
        (["anton", "guskii"], ["boris", "guskov"]),
        (["oleksandr", "lukašenko"], ["aleksander", "lukašenka"]),
        (["a", "lukašenko"], ["aleksander", "lukašenko"]),
        (["lukašenko", "grigorevič"], ["aleksander", "lukašenko"]),
        (["emomali", "s", "rahmon"], ["emomali", "rahmon"]),
    ],
)
def test_the_alignment_ceiling_with_given_names_bounds_the_alignment(query: list[str], name: list[str]) -> None:
    surname = max(surname_similarity(w, name[-1]) for w in query)
    given = max(given_similarity(w, g) for w in query for g in name[:-1])
    if any(len(w) == 1 for w in query):
        given = max(given, 0.92)  # an initial of a given name
    if all(w == name[-1] or w.endswith(("vič", "vna")) for w in query[1:]):
        given = max(given, 0.9)  # only a patronymic beside the surname
    assert align_person(query, name).score <= alignment_ceiling(surname, given, alone=False) + 1e-9


@given(st.floats(0.6, 1.0), st.floats(0.0, 1.0))
def test_given_names_below_the_needed_score_keep_the_alignment_below_the_floor(floor: float, given: float) -> None:
    if given < given_needed(floor):
        assert alignment_ceiling(1.0, given, alone=False) < floor


@given(st.floats(0.5, 1.0), st.floats(0.0, 1.0))
def test_a_surname_below_the_needed_score_keeps_the_alignment_below_the_floor(floor: float, surname: float) -> None:
    if surname < surname_needed(floor):
        assert alignment_ceiling(surname) <= floor


@pytest.mark.parametrize(
    ("query", "name"),
    [
        (["dmitri", "medvedev"], ["dmitry", "medvedev"]),
        (["medvedev"], ["dmitry", "medvedev"]),
        (["e", "rahmonov"], ["emomali", "rahmon"]),
        (["volodymyr", "zelenskiy", "oleksandrovych"], ["volodymyr", "zelenskyy"]),
    ],
)
def test_the_alignment_ceiling_bounds_the_alignment(query: list[str], name: list[str]) -> None:
    surname = max(surname_similarity(w, name[-1]) for w in query)
    assert align_person(query, name).score <= alignment_ceiling(surname)


def test_fuzzy_candidates_prefer_a_person_to_a_near_named_town() -> None:
    from namenorm import Gazetteer, Resolver
    from namenorm.fuzzy import fuzzy_hits

    resolver = Resolver(
        Gazetteer.from_records(
            [
                {"id": "p", "name": "Dmitry Medvedev", "type": "PER", "native": ["Дмитрий Медведев"]},
                {"id": "c", "name": "Medvedevo", "type": "LOC"},
            ]
        )
    )
    index = resolver.index
    scores: dict[str, float] = {}
    for position, score, _steps in fuzzy_hits(resolver, ["medwedew"], None):
        entity = index.entities[index.names[position].entity].id
        scores[entity] = max(scores.get(entity, 0.0), score)
    assert scores["p"] > THRESHOLD > scores.get("c", 0.0)
