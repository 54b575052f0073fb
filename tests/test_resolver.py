"""The resolver through the public API: behaviour, ambiguity, explanations, properties."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import namenorm
from namenorm import Gazetteer, Match, Options, Resolver

from .conftest import SMALL_RECORDS


def test_alias_hit_scores_one(small: Resolver) -> None:
    m = small.resolve("Almazbek Atambayev")
    assert m is not None and m.entity.id == "Q1" and m.score == 1.0


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("Atambajev", None, "Q1"),
        ("Atambajevin", "fi", "Q1"),
        ("Атамбаев", None, "Q1"),
        ("Almazbek Atambajew", "de", "Q1"),
        ("Asylbek Zheenbekov", None, "Q3"),
        ("Asulbek Zhenbekovin", None, "Q3"),
        ("Sooronbai Žeenbekoville", None, "Q2"),
        ("Bishkekissä", "fi", "Q4"),
        ("Biškek", None, "Q4"),
        ("Frunze", None, "Q4"),
        ("Helsingissä", "fi", "Q5"),
        ("Helsingfors", None, "Q5"),
    ],
)
def test_resolves(small: Resolver, query: str, lang: str | None, expected: str) -> None:
    m = small.resolve(query, lang=lang)
    assert m is not None, query
    assert m.entity.id == expected, m.explain()


def test_shared_surname_goes_to_the_prominent_brother(small: Resolver) -> None:
    m = small.resolve("Jeenbekov")
    assert m is not None and m.entity.id == "Q2"
    assert [e.id for e in m.ambiguous_with] == ["Q3"]
    assert "more prominent" in m.explain()


def test_shared_surname_without_prominence_is_no_answer() -> None:
    records = [dict(r, weight=1) for r in SMALL_RECORDS]
    r = Resolver(Gazetteer.from_records(records))
    assert r.resolve("Jeenbekov") is None
    assert {m.entity.id for m in r.candidates("Jeenbekov", k=2)} == {"Q2", "Q3"}


def test_unknown_names_are_no_match(small: Resolver) -> None:
    for query in ["Putin", "Lavrov", "Helsingborg", "Sooronbay", "Almazbek", "Kyrgyzstan", "xyz"]:
        assert small.resolve(query) is None, query


def test_candidates_are_ranked(small: Resolver) -> None:
    found = small.candidates("Jeenbekov", k=5)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert len(small.candidates("Jeenbekov", k=1)) == 1


def test_explain_names_the_ending_and_case(small: Resolver) -> None:
    m = small.resolve("Atambajevin", lang="fi")
    assert m is not None
    text = m.explain()
    assert "-in" in text and "genitive" in text and "Almazbek Atambayev" in text


def test_match_to_dict(small: Resolver) -> None:
    m = small.resolve("Atambajev")
    assert m is not None
    d = m.to_dict()
    assert d["id"] == "Q1" and d["name"] == "Almazbek Atambayev" and 0 < d["score"] <= 1


def test_none_and_empty_are_no_match(small: Resolver) -> None:
    for query in [None, "", "   ", "\u200b", "...", "-"]:
        assert small.resolve(query) is None
    assert small.candidates(None) == []


@pytest.mark.parametrize("bad", [1, 2.5, b"Putin", ["Putin"], object()])
def test_non_strings_are_a_type_error(small: Resolver, bad: object) -> None:
    with pytest.raises(TypeError):
        small.resolve(bad)  # type: ignore[arg-type]


def test_resolve_many_keeps_order_and_length(small: Resolver) -> None:
    queries = ["Atambajev", None, "xyz", "Atambajev", "Frunze"]
    out = small.resolve_many(queries)
    assert len(out) == len(queries)
    assert [m.entity.id if m else None for m in out] == ["Q1", None, None, "Q1", "Q4"]


def test_options_are_validated_and_overridable() -> None:
    gaz = Gazetteer.from_records(SMALL_RECORDS)
    assert Resolver(gaz, threshold=0.99).options.threshold == 0.99
    assert Resolver(gaz, Options(margin=0.1)).options.margin == 0.1
    with pytest.raises(ValueError):
        Options(threshold=2)
    with pytest.raises(TypeError):
        Resolver(SMALL_RECORDS)  # type: ignore[arg-type]


def test_threshold_is_respected() -> None:
    strict = Resolver(Gazetteer.from_records(SMALL_RECORDS), threshold=1.0)
    assert strict.resolve("Almazbek Atambayev") is not None
    assert strict.resolve("Atambajevin", lang="fi") is None


def test_module_level_resolve_uses_the_default() -> None:
    m = namenorm.resolve("Žeenbekoville")
    assert isinstance(m, Match) and m.entity.name == "Sooronbay Jeenbekov"
    assert namenorm.Resolver.default().resolve("Atambajev") is not None


def test_answers_are_remembered_from_the_second_asking() -> None:
    r = Resolver(Gazetteer.from_records([{"id": "Q1", "name": "Almazbek Atambayev", "type": "PER"}]))
    first = r.resolve("Atambajev")
    assert r._core.cache_sizes() == (0, 1)  # a name asked once is not kept, only noted
    second = r.resolve("Atambajev")
    assert r._core.cache_sizes() == (1, 1) and first == second
    assert r.resolve("Atambajev") == second and r._core.cache_sizes() == (1, 1)  # answered from the cache
    assert Resolver(r.gazetteer, cache_size=0).resolve("Atambajev") == first


def test_threads_agree(small: Resolver) -> None:
    queries = ["Atambajev", "Jeenbekov", "Asulbek Zhenbekovin", "Helsingissä", "Biškek", "nothing"] * 20
    fresh = Resolver(Gazetteer.from_records(SMALL_RECORDS))
    expected = [m.entity.id if m else None for m in fresh.resolve_many(queries)]
    results: list[list[str | None]] = []

    def work() -> None:
        results.append([m.entity.id if m else None for m in (small.resolve(q) for q in queries)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80), st.sampled_from([None, "fi", "de", "pl", "fr"]))
def test_never_crashes(small: Resolver, text: str, lang: str | None) -> None:
    m = small.resolve(text, lang=lang)
    assert m is None or 0.0 <= m.score <= 1.0


def test_every_default_name_resolves_to_its_entity(resolver: Resolver) -> None:
    """Each strong name resolves to its entity, or, when several entities bear
    it (two cities called Tabuk), is a tie among them that includes it, broken
    only by the prominence rule."""
    for entity in resolver.gazetteer:
        for alias in entity.names():
            if alias.weak:
                continue
            m = resolver.resolve(alias.name)
            if m is not None and m.entity.id == entity.id:
                continue
            top = resolver.candidates(alias.name, k=20)
            tied = [c.entity.id for c in top if c.score == top[0].score]
            assert entity.id in tied and len(tied) > 1, (alias.name, m and m.entity.id, tied)
            # a tie gives no answer, unless the prominence rule chose another bearer of the name
            assert m is None or entity.id in {e.id for e in m.ambiguous_with}, (alias.name, m.entity.id)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=2, max_size=12),
        min_size=1,
        max_size=6,
        unique_by=str.casefold,  # names equal but for case are one name to the resolver (a tie)
    )
)
def test_any_gazetteer_name_resolves_to_itself(names: list[str]) -> None:
    records = [{"id": str(i), "name": n} for i, n in enumerate(names)]
    try:
        gaz = Gazetteer.from_records(records)
    except namenorm.GazetteerError:
        return  # names that clean to the same text are not distinct entities
    r = Resolver(gaz)
    for record in records:
        m = r.resolve(record["name"])
        assert m is not None and m.entity.id == record["id"]


def test_prefix_fallback_does_not_take_a_surname_for_a_case_of_a_given_name() -> None:
    r = Resolver(
        Gazetteer.from_records(
            [{"id": "roman", "name": "Roman", "type": "PER"}, {"id": "kanada", "name": "Kanada", "type": "LOC"}]
        )
    )
    for word in ["Romanov", "Romanova", "Romanenko", "Romanovich"]:
        assert r.resolve(word, lang="pl") is None, word
    m = r.resolve("Kanady", lang="hu")  # no Hungarian rule explains it: the prefix fallback does
    assert m is not None and m.entity.id == "kanada"
    # an unknown ending is short: three letters off and one put back is another word
    assert r.resolve("Kanadzie", lang="hu") is None


def test_prefix_fallback_does_not_take_a_surname_for_a_case_of_a_longer_name() -> None:
    r = Resolver(
        Gazetteer.from_records(
            [
                {"id": "ivanovo", "name": "Ivanovo", "type": "LOC"},
                {"id": "romania", "name": "Romania", "type": "LOC"},
                {"id": "georgia", "name": "Georgia", "type": "LOC"},
            ]
        )
    )
    for word in ["Ivanov", "Iwanow", "Romanov", "Romanowa", "Georgiyev", "Georgiuk"]:
        assert r.resolve(word) is None, word
    # an ending no rule knows, not a surname: the prefix fallback reads it, with
    # the hint of a language whose names take endings; without a hint it guesses nothing
    m = r.resolve("Georgiaqe", lang="fi")
    assert m is not None and m.entity.id == "georgia"
    assert r.resolve("Georgiaqe") is None


SYLLABLES = ["ka", "lo", "mi", "ren", "tos", "vi", "dra", "bek", "ul", "sen", "ma", "gor", "ov", "ev", "in"]
INVENTED = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=5).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        INVENTED.map(str.capitalize),
        st.tuples(INVENTED, INVENTED).map(lambda t: f"{t[0].capitalize()} {t[1].capitalize()}"),
        st.sampled_from(["Atambajev", "Dscheenbekow", "Žeenbekoville", "Bishkekissä", "Asylbek Jeenbekov"]).map(
            lambda s: s[:-1] + "x"
        ),
    ),
    st.sampled_from([None, "fi", "pl"]),
    st.sampled_from([0.5, 0.8, 0.9]),
)
@example("Jeenbekov", None, 0.8)  # two brothers: the more prominent chosen, the other a rival
@example("Jeenbekovin", "fi", 0.8)
@example("Dscheenbekow", None, 0.9)
@example("Kalorenbek Vimiren", None, 0.5)
def test_decisions_skip_only_candidates_that_cannot_change_them(
    resolver: Resolver, text: str, lang: str | None, threshold: float
) -> None:
    """resolve() and decide() leave out the fuzzy candidates below the
    threshold minus the margin; what they decide is what the full candidate
    list (as candidates() ranks it) decides."""
    r = resolver if threshold == resolver.options.threshold else _with_threshold(resolver, threshold)
    full = r._full_decision(text, lang)
    assert r.decide(text, lang) == full
    assert r.resolve(text, lang) == full.match


@pytest.mark.parametrize("text", ["Jeenbekov", "Žeenbekov", "Jeenbekovin", "Asylbek Jeenbekov", "Bishkek"])
def test_a_tie_decided_from_the_decisive_candidates_is_the_full_lists(text: str) -> None:
    """Two brothers of equal weight tie on their surname: the decision, its
    status and its rivals are those of the full candidate list."""
    records = [{**r, "weight": 1} if r["name"].endswith("Jeenbekov") else r for r in SMALL_RECORDS]
    r = Resolver(Gazetteer.from_records(records))
    full = r._full_decision(text, None)
    assert r.decide(text) == full
    assert full.status == ("ambiguous" if text in ("Jeenbekov", "Žeenbekov", "Jeenbekovin") else "matched")
    assert [m.entity.id for m in r.decide(text).rivals] == [m.entity.id for m in full.rivals]


_RESOLVERS: dict[float, Resolver] = {}


def _with_threshold(base: Resolver, threshold: float) -> Resolver:
    if threshold not in _RESOLVERS:
        _RESOLVERS[threshold] = Resolver(base.gazetteer, threshold=threshold)
    return _RESOLVERS[threshold]


def test_scope_keeps_other_entities_out_of_the_search() -> None:
    gaz = Gazetteer.from_records(
        [
            {"id": "jo", "name": "Jordan", "type": "LOC", "country": "JO", "weight": 8},
            {"id": "mj", "name": "Michael Jordan", "type": "PER", "country": "US"},
            {"id": "kj", "name": "Katie Jordan", "type": "PER", "country": "GB"},
        ]
    )
    r = Resolver(gaz)
    assert r.resolve("Jordan").entity.id == "jo"  # the state outweighs the surname
    # A column of people: the place is not a candidate, so it neither wins nor ties.
    assert r.decide("Jordan", types={"PER"}).status == "ambiguous"
    assert r.resolve("Jordan", types={"per"}, countries={"us"}).entity.id == "mj"
    assert [m.entity.id for m in r.candidates("Jordan", types={"LOC"})] == ["jo"]
    assert r.resolve_many(["Jordan", "Jordan"], types={"PER"}, countries={"GB"})[1].entity.id == "kj"
    with pytest.raises(ValueError, match="unknown entity type"):
        r.resolve("Jordan", types={"PERSON"})
    with pytest.raises(ValueError, match="unknown country"):
        r.resolve("Jordan", countries={"USA"})
    with pytest.raises(TypeError, match="not one string"):
        r.resolve("Jordan", types="PER")
