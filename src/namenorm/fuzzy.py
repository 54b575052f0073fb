"""Readings of a query, and fuzzy candidates for names no key matched exactly.

A *reading* is one way to read a query word: as written, or as the base form
an inflection rule proposes, with that rule's prior. The resolver looks up
every combination of readings by key; when none is confirmed, this module
finds candidates in the blocking index (surnames, consonant skeletons and
their one-letter deletions) and scores them: people by aligning name parts
(:func:`~namenorm.score.align_person`), everything else as one string.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .index import Index, IndexedName, deletions, surname_of
from .keys import match_key, skeleton
from .languages import Hypothesis
from .score import align_person, key_similarity

__all__ = [
    "KIND_FACTOR",
    "KIND_LABEL",
    "WEAK_FACTOR",
    "FuzzyHit",
    "Reading",
    "combinations",
    "confidence",
    "describe",
    "fuzzy_candidates",
    "product",
]

#: How much a name of each kind is trusted: a generated spelling a little less.
KIND_FACTOR = {"name": 1.0, "alias": 1.0, "native": 1.0, "generated": 0.98}
KIND_LABEL = {
    "name": "canonical name",
    "alias": "alias",
    "native": "native name",
    "generated": "spelling generated from",
}
#: How much a weak alias (a name two entities may share) is trusted.
WEAK_FACTOR = 0.95
#: A fuzzy candidate is less certain than one a key confirmed.
FUZZY_FACTOR = 0.97
#: Fuzzy candidates beyond this many mean the query is too unspecific to score.
MAX_FUZZY_CANDIDATES = 400
#: How much an inflection hypothesis's prior lowers the score of a candidate
#: the gazetteer confirmed: the prior ranks explanations, but a confirmed one
#: is strong evidence whatever its prior.
PRIOR_SHARE = 0.4


@dataclass(frozen=True)
class Reading:
    """One reading of a query word: the word itself, or a base form.

    Attributes:
        word: the word as it stands in the query (exact key).
        base: the reading (the word itself, or a proposed base form).
        weight: the prior of the reading (1.0 for the word itself).
        hypothesis: the inflection hypothesis behind it, if any.
        key: the match key of ``base`` (filled in lazily).
    """

    word: str
    base: str
    weight: float
    hypothesis: Hypothesis | None
    key: str = ""


@dataclass(frozen=True, slots=True)
class FuzzyHit:
    """A fuzzy candidate: an indexed name, its score, and what the scoring did."""

    position: int
    score: float
    notes: tuple[str, ...]


def confidence(trust: float, prior: float) -> float:
    """The score of a candidate found with ``trust`` through a reading of prior ``prior``."""
    return trust * (1.0 - PRIOR_SHARE + PRIOR_SHARE * prior)


def product(values: Iterable[float]) -> float:
    """The product of the values (1.0 for none)."""
    out = 1.0
    for v in values:
        out *= v
    return out


def describe(reading: Reading) -> str:
    """One explanation line for a reading that removed an ending."""
    h = reading.hypothesis
    assert h is not None
    return f"ending -{h.ending} removed from {reading.word!r}: {h.case} ({h.lang}) -> {h.base!r} [prior {h.weight:.2f}]"


def combinations(readings: Sequence[Sequence[Reading]], limit: int) -> list[tuple[Reading, ...]]:
    """Readings of a multi-word query, most likely first, at most ``limit``."""
    if len(readings) == 1:
        return [(r,) for r in readings[0][:limit]]
    per_word = max(2, int(limit ** (1 / len(readings))))
    trimmed = [list(word[:per_word]) for word in readings]
    combos = list(itertools.islice(itertools.product(*trimmed), limit * 4))
    combos.sort(key=lambda c: -product(r.weight for r in c))
    return combos[:limit]


def fuzzy_candidates(index: Index, readings: Sequence[Sequence[Reading]]) -> list[FuzzyHit]:
    """Names that no key matched but that look like the query, scored.

    Candidates come from the surname map and the blocking index (skeletons
    and their one-letter deletions), for every reading of every word and for
    the whole query; a query with more candidates than
    :data:`MAX_FUZZY_CANDIDATES` is too unspecific and gets none.
    """
    keyed = [[replace(r, key=r.key or match_key(r.base)) for r in word] for word in readings]
    positions: set[int] = set()
    for word in keyed:
        for r in word:
            positions.update(index.surname.get(r.key, ()))
            for block in deletions(skeleton(r.key)):
                positions.update(index.blocks.get(block, ()))
    if len(keyed) > 1:
        whole = "".join(word[0].key for word in keyed)
        for block in deletions(skeleton(whole)):
            positions.update(index.blocks.get(block, ()))
    if not positions or len(positions) > MAX_FUZZY_CANDIDATES:
        return []
    hits = []
    for position in sorted(positions):
        name = index.names[position]
        entity = index.entities[name.entity]
        trust = FUZZY_FACTOR * KIND_FACTOR[name.kind] * (WEAK_FACTOR if name.weak else 1.0)
        if entity.type == "PER" and surname_of(name.words):
            score, notes = person_score(keyed, name)
        else:
            score, notes = compact_score(keyed, name)
        if score * trust > 0.5:
            hits.append(
                FuzzyHit(position, score * trust, (*notes, f"fuzzy match with {KIND_LABEL[name.kind]} {name.text!r}"))
            )
    return hits


def person_score(keyed: Sequence[Sequence[Reading]], name: IndexedName) -> tuple[float, tuple[str, ...]]:
    """Align the query with a person's name, each query word in its best reading."""
    chosen: list[Reading] = []
    for word in keyed:
        best = max(word, key=lambda r: max(key_similarity(r.key, n) for n in name.words) * r.weight)
        chosen.append(best)
    alignment = align_person([r.key for r in chosen], name.words)
    prior = product(r.weight for r in chosen)
    notes = tuple(describe(r) for r in chosen if r.hypothesis is not None) + alignment.notes
    return confidence(alignment.score, prior), notes


def compact_score(keyed: Sequence[Sequence[Reading]], name: IndexedName) -> tuple[float, tuple[str, ...]]:
    """Similarity of the whole query (each word in its best reading) with a name, spaces ignored."""
    target = name.match.replace(" ", "")
    best_score, best_notes = 0.0, ()  # type: tuple[float, tuple[str, ...]]
    for combo in combinations(keyed, 16):
        s = confidence(key_similarity("".join(r.key for r in combo), target), product(r.weight for r in combo))
        if s > best_score:
            best_score = s
            best_notes = tuple(describe(r) for r in combo if r.hypothesis is not None)
    return best_score, best_notes
