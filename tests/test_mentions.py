"""namenorm.mentions (namenorm.annotate): names in running text, with document-level consistency."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import namenorm
from namenorm.mentions import Mention, annotate, document_language

from .conftest import read_tsv

#: A news text written for these tests in the style of machine-translated Finnish
#: news: every name of seed_expected.tsv, inflected and transliterated as such
#: text leaves them, and no other name.
SEED_TEXT = (Path(__file__).parent / "golden" / "kyrgyzstan_news.txt").read_text(encoding="utf-8")
EXPECTED = {row["surface"]: row["canonical"] for row in read_tsv("seed_expected.tsv")}


def pairs(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity.name) for m in mentions]


def check_against_seed(mentions: list[Mention]) -> None:
    """Every occurrence of every expected name is found with its entity, and
    nothing else is found."""
    for m in mentions:
        assert SEED_TEXT[m.start : m.end] == m.text
        assert m.text in EXPECTED, f"{m.text!r} at {m.start} is not a name of the article ({m.entity.name})"
        assert m.entity.name == EXPECTED[m.text], f"{m.text!r} at {m.start}: {m.entity.name}"
    for surface in EXPECTED:
        for occurrence in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", SEED_TEXT):
            covering = [m for m in mentions if m.start <= occurrence.start() and occurrence.end() <= m.end]
            assert covering, f"{surface!r} at {occurrence.start()} was not found"


def test_seed_article_every_name_and_nothing_else(resolver: namenorm.Resolver) -> None:
    mentions = annotate(SEED_TEXT, resolver=resolver)
    check_against_seed(mentions)
    assert {m.text for m in mentions} == set(EXPECTED)


def seed_entities() -> list[namenorm.Entity]:
    wanted = set(EXPECTED.values())
    return [e for e in namenorm.Gazetteer.default() if e.name in wanted]


def test_seed_article_with_a_gazetteer_of_its_ordinary_words() -> None:
    """A gazetteer that holds, as places, every word the article also uses in
    lower case, or only capitalised at a sentence start (as GeoNames holds
    towns called Police, Most or Of): annotate still finds only the names."""
    names = {w for surface in EXPECTED for w in re.findall(r"\w+", surface)}
    words = set(re.findall(r"\b[a-z][\w’'-]*", SEED_TEXT))
    sentence_starts = set(re.findall(r"(?:^|[.!?]\s+|–\s)([A-Z]\w+)", SEED_TEXT, flags=re.M))
    capitalised_inside = set(re.findall(r"(?<=[\w,’])\s+([A-Z]\w+)", SEED_TEXT))
    sentence_starts -= capitalised_inside  # a name-like word (Interim Director): the gazetteer's business
    hostile = sorted((words | {w.lower() for w in sentence_starts}) - {n.lower() for n in names})
    assert len(hostile) > 200
    records = [{"id": f"w:{w}", "name": w.capitalize(), "type": "LOC"} for w in hostile]
    gazetteer = namenorm.Gazetteer(seed_entities()).merge(namenorm.Gazetteer.from_records(records))
    mentions = annotate(SEED_TEXT, resolver=namenorm.Resolver(gazetteer))
    check_against_seed(mentions)


@pytest.fixture(scope="module")
def seed_resolver() -> namenorm.Resolver:
    return namenorm.Resolver(namenorm.Gazetteer(seed_entities()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multi-word, inflected (Finnish allative), possessive, lower-case surname
        ("Then Sooronbai Žeenbekoville said no.", [("Sooronbai Žeenbekoville", "Sooronbay Jeenbekov")]),
        ("We met Suvanaliyev’s team.", [("Suvanaliyev’s", "Omurbek Suvanaliyev")]),
        ("Also his predecessor Askar akajev was ousted.", [("Askar akajev", "Askar Akayev")]),
        # the title is evidence, and not part of the name
        ("It was President Zhenbekov who spoke.", [("Zhenbekov", "Sooronbay Jeenbekov")]),
        # words after a name that are not part of it
        ("President Vladimir Putin spokesman said so.", [("Vladimir Putin", "Vladimir Putin")]),
        # a demonym is not a country with a Finnish genitive ending
        ("The Russian security service and the Kyrgyz committee met.", []),
        # lower-case words never start a name
        ("the russia question", []),
    ],
)
def test_mentions(seed_resolver: namenorm.Resolver, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(annotate(text, resolver=seed_resolver)) == expected


def test_sentence_start_needs_the_document_to_corroborate_it(seed_resolver: namenorm.Resolver) -> None:
    # Alone at a sentence start, a one-word name could be an ordinary word: a
    # person the resolver is sure of stands, unless precise=True asks for more.
    assert pairs(annotate("Akayev fled.", resolver=seed_resolver)) == [("Akayev", "Askar Akayev")]
    assert pairs(annotate("Akayev fled.", resolver=seed_resolver, precise=True)) == []
    assert pairs(annotate("Zelensky came.")) == [("Zelensky", "Volodymyr Zelenskyy")]
    assert pairs(annotate("Kyrgyzstan said so.", resolver=seed_resolver)) == []  # a place needs corroboration
    # Named in full earlier, the surname alone is the same person.
    text = "His predecessor Askar akajev was ousted. Akayev fled to Russia."
    assert pairs(annotate(text, resolver=seed_resolver)) == [
        ("Askar akajev", "Askar Akayev"),
        ("Akayev", "Askar Akayev"),
        ("Russia", "Russia"),
    ]
    # A place at a sentence start is found when the text names it elsewhere.
    text = "Russia said so. Later, Russia said more."
    assert [m.start for m in annotate(text, resolver=seed_resolver)] == [0, 23]


def test_surname_alone_is_the_person_named_in_full(seed_resolver: namenorm.Resolver) -> None:
    # Asylbek is the less prominent brother: alone, "Jeenbekov" means Sooronbay;
    # after "Asylbek Jeenbekov" is the only Jeenbekov in the text, it means him.
    alone = annotate("The talks with Jeenbekov ended.", resolver=seed_resolver)
    assert pairs(alone) == [("Jeenbekov", "Sooronbay Jeenbekov")]
    text = "Asulbek Zhenbekovin the party won. Later Jeenbekov spoke, and jeenbekov left."
    found = annotate(text, resolver=seed_resolver)
    assert pairs(found) == [
        ("Asulbek Zhenbekovin", "Asylbek Jeenbekov"),
        ("Jeenbekov", "Asylbek Jeenbekov"),
        ("jeenbekov", "Asylbek Jeenbekov"),
    ]
    assert "same person" in found[1].match.explain()


def test_language_of_the_document_decides_which_endings_count() -> None:
    gaz = namenorm.Gazetteer.from_records([{"id": "hel", "name": "Helsinki", "type": "LOC"}])
    resolver = namenorm.Resolver(gaz)
    finnish = "Kokous pidettiin Helsingissä, ja se oli myös hyvä kokous."
    assert document_language(finnish) == "fi"
    assert pairs(annotate(finnish, resolver=resolver)) == [("Helsingissä", "Helsinki")]
    assert pairs(annotate("Kokous Helsingissä.", "fi", resolver=resolver)) == [("Helsingissä", "Helsinki")]


def test_mention_records() -> None:
    found = annotate("He met Vladimir Putin.")
    assert found[0].to_dict() == {
        "start": 7,
        "end": 21,
        "text": "Vladimir Putin",
        "id": found[0].entity.id,
        "name": "Vladimir Putin",
        "type": "PER",
        "score": round(found[0].score, 4),
    }
    assert namenorm.annotate is annotate and namenorm.Mention is Mention


def test_bad_input() -> None:
    assert annotate("") == [] and annotate("... 123 !!") == []
    with pytest.raises(TypeError):
        annotate(None)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["Putin", "Askar", "akajev", "President", "the", "Russia", "Žeenbekov’s", ".", "\n", ","]),
            st.text(max_size=8),
        ),
        max_size=30,
    )
)
def test_any_text_gives_ordered_disjoint_spans(seed_resolver: namenorm.Resolver, parts: list[str]) -> None:
    text = " ".join(parts)
    mentions = annotate(text, resolver=seed_resolver)
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_annotate_is_linear_in_the_text() -> None:
    # Issue 22: 25 / 50 / 100 KB took 1.5 / 4.9 / 20 s (a copy of the text
    # before every word, and every word against every person named).
    seed = Path(__file__).parent / "golden" / "kyrgyzstan_news.txt"
    base = seed.read_text(encoding="utf-8")
    text = (base + "\n") * (200_000 // len(base) + 1)
    namenorm.annotate("Putin met Zhenbekov in Bishkek.")
    started = time.perf_counter()
    mentions = namenorm.annotate(text)
    assert time.perf_counter() - started < 15 and len(mentions) > 100


def test_annotate_takes_the_scope_and_checks_the_language() -> None:
    text = "Putin met Atambayev in Bishkek."
    assert [m.text for m in namenorm.annotate(text, types={"LOC"})] == ["Bishkek"]
    assert [m.text for m in namenorm.annotate(text, countries={"KG"})] == ["Atambayev", "Bishkek"]
    with pytest.raises(namenorm.UnknownLanguageError):
        namenorm.annotate(text, lang="english")
