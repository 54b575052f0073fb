"""Readings of a query, and fuzzy candidates for names no key matched exactly.

A *reading* is one way to read a query word: as written, or as the base form
an inflection rule proposes, with that rule's prior. The resolver looks up
every combination of readings by key; when none is confirmed, this module
finds candidates in the blocking index (surnames, consonant skeletons and
their one-letter deletions) and scores them: people by aligning name parts
(`align_person`), everything else as one string.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .cache import cached
from .index import Index, IndexedName, deletions, surname_of
from .keys import match_key, skeleton
from .languages import Hypothesis
from .score import (
    GIVEN_MIN,
    INITIAL_SCORE,
    PATRONYMIC_PARTICLES,
    align_person,
    alignment_ceiling,
    bound_from_distance,
    distance_cutoff,
    distances_within,
    given_bounds,
    given_needed,
    key_similarity,
    looks_like_patronymic,
    similarity_bound,
    surname_needed,
    surname_reach,
    surname_similarity,
)

__all__ = [
    "KIND_FACTOR",
    "KIND_LABEL",
    "WEAK_FACTOR",
    "FuzzyHit",
    "Reading",
    "combinations",
    "compact_distances",
    "compact_readings",
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
#: A person's name aligned word by word is trusted at its calibrated
#: similarity: the alignment already weighs every word.
PERSON_FUZZY_FACTOR = 1.0
#: A name that is not a person's is compared as one string, spaces dropped:
#: trusted as the resolver trusts its compact key (never more, even when the
#: keys are equal), times the similarity.
COMPACT_FACTOR = 0.9
#: A block (a skeleton or one of its deletions) filing more names than this
#: says little about a query: it is not used to find candidates.
MAX_BLOCK = 150
#: Blocks shorter than this are only used when they are the whole skeleton.
MIN_BLOCK = 3
#: At most this many candidates are scored; readings of the query that would
#: add more (short base forms of doubtful endings) add none.
MAX_FUZZY_CANDIDATES = 600
#: The width of the tiers of surname need in which the fuzzy stage bounds
#: surnames (see `_surname_reach`).
NEED_TIER = 0.2
#: Fuzzy candidates scoring no more than this are not reported.
REPORTED = 0.5
#: How much an inflection hypothesis's prior lowers the score of a candidate
#: the gazetteer confirmed: the prior ranks explanations, but a confirmed one
#: is strong evidence whatever its prior.
PRIOR_SHARE = 0.4
#: The same for a candidate that only looks like a reading: a doubtful ending
#: and a doubtful spelling together are much weaker than either alone.
FUZZY_PRIOR_SHARE = 0.8


@dataclass(frozen=True, slots=True)
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
    """A fuzzy candidate: an indexed name, its score, and what the scoring did.

    Attributes:
        position: the name's place in the index.
        score: the candidate's score.
        notes: what the scoring did, for the explanation.
        readings: the reading of each query word the score was made of.
        exact: whether every aligned word's key equals the name's.
        alone: whether a one-word query was aligned as a person's surname alone.
        person: whether the name was aligned word by word as a person's
            (else it was compared as one string).
    """

    position: int
    score: float
    notes: tuple[str, ...]
    readings: tuple[Reading, ...] = ()
    exact: bool = False
    alone: bool = False
    person: bool = False


def confidence(trust: float, prior: float, share: float = PRIOR_SHARE) -> float:
    """The score of a candidate found with ``trust`` through a reading of prior ``prior``."""
    return trust * (1.0 - share + share * prior)


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


def _blocked(index: Index, key: str) -> set[int]:
    """The names filed under the key's surname or its skeleton's blocks."""
    found = set(index.surname.get(key, ()))
    sk = skeleton(key.replace(" ", ""))
    for block in deletions(sk):
        if len(block) < MIN_BLOCK and block != sk:
            continue
        hits = index.blocks.get(block)
        if hits and len(hits) <= MAX_BLOCK:
            found.update(hits)
    return found


def fuzzy_candidates(index: Index, readings: Sequence[Sequence[Reading]], floor: float = REPORTED) -> list[FuzzyHit]:
    """Names that no key matched but that look like the query, scored above ``floor``.

    Candidates come from the surname map and the blocking index (skeletons
    and their one-letter deletions), for every reading of every word and for
    the whole query: the words as written first, then the readings with
    endings removed, best prior first, as long as the candidates stay within
    `MAX_FUZZY_CANDIDATES`.
    """
    keyed = [[replace(r, key=r.key or match_key(r.base)) for r in word] for word in readings]
    positions: set[int] = set()
    for word in keyed:
        positions |= _blocked(index, word[0].key)
    if len(keyed) > 1:
        positions |= _blocked(index, "".join(word[0].key for word in keyed))
    stripped = sorted((r for word in keyed for r in word[1:]), key=lambda r: -r.weight)
    for r in stripped:
        more = _blocked(index, r.key) - positions
        if len(positions) + len(more) <= MAX_FUZZY_CANDIDATES:
            positions |= more
    compacts = compact_readings(keyed)
    names = [(position, index.names[position]) for position in sorted(positions)]
    people = {p for p, name in names if index.entities[name.entity].type == "PER" and surname_of(name.words)}
    others = [name for p, name in names if p not in people]
    # What each other name's compact key is near: {reading: distance}, by its place in `others`.
    near: dict[int, dict[int, int]] = {}
    for i, found in enumerate(compact_distances(compacts, [name.match.replace(" ", "") for name in others], floor)):
        for nth, distance in found.items():
            near.setdefault(nth, {})[i] = distance
    parts = sorted({part for word in keyed for r in word for part in r.key.split()})
    hits = _people_hits(keyed, parts, [(p, name) for p, name in names if p in people], floor)
    nth_other = -1
    for position, name in names:
        if position in people:
            continue
        nth_other += 1
        if nth_other not in near:
            continue  # no reading of the query is near enough to score above the floor
        trust = KIND_FACTOR[name.kind] * (WEAK_FACTOR if name.weak else 1.0) * COMPACT_FACTOR
        known = [near[nth_other].get(i) for i in range(len(compacts))]
        score, exact, combo = compact_score(compacts, name, floor / trust, known)
        if score * trust > floor:
            notes = tuple(describe(r) for r in combo if r.hypothesis is not None)
            hits.append(_hit(position, name, score * trust, exact, notes, combo, False, False))
    hits.sort(key=lambda hit: hit.position)
    return hits


def _hit(
    position: int,
    name: IndexedName,
    score: float,
    exact: bool,
    notes: tuple[str, ...],
    readings: tuple[Reading, ...],
    alone: bool,
    person: bool,
) -> FuzzyHit:
    """A hit, its last note saying how the name was found."""
    how = "key match" if exact else "fuzzy match"
    notes = (*notes, f"{how} with {KIND_LABEL[name.kind]} {name.text!r}")
    return FuzzyHit(position, score, notes, readings, exact, alone, person)


def _people_hits(
    keyed: Sequence[Sequence[Reading]], parts: Sequence[str], people: list[tuple[int, IndexedName]], floor: float
) -> list[FuzzyHit]:
    """The hits among people's names, aligned word by word.

    A person's name can only score above the floor if some word comes near
    a given name (unless the surname alone may carry it) and near the
    surname: the given names' bounds first (people share given names, so
    there are few to bound, and each distinct set of them is bounded once),
    then the bounds of the surnames of the people left
    (`surname_reach`), then each surname's similarity,
    from the readings that may reach it alone.
    """
    if not people:
        return []
    alone, for_nothing = _alignment_shape(keyed)
    initial = any(len(part) == 1 for part in parts)
    givens_of = {position: _given_names_of(name.words) for position, name in people}
    distinct_givens = set(givens_of.values())
    bounds = given_bounds(parts, {g for found in distinct_givens for g in found}, given_needed(floor))
    ceiling_of = {found: _given_ceiling(found, bounds, initial, for_nothing) for found in distinct_givens}
    if not alone:
        near_enough = {found for found, c in ceiling_of.items() if alignment_ceiling(1.0, c, alone) >= floor - 1e-9}
        people = [(position, name) for position, name in people if givens_of[position] in near_enough]
    reach = _surname_reach(parts, people, givens_of, ceiling_of, floor, alone)
    similarity: dict[str, float] = {}  # people share surnames: each is scored once
    hits = []
    for position, name in people:
        found = reach.get(name.words[-1])
        if found is None:
            continue  # no reading comes near the surname
        authority = KIND_FACTOR[name.kind] * (WEAK_FACTOR if name.weak else 1.0)
        most = authority * max(1.0, PERSON_FUZZY_FACTOR)
        # By the bounds first, then by the surname similarity itself.
        given = ceiling_of[givens_of[position]]
        if alignment_ceiling(found[0], given, alone) * most < floor - 1e-9:
            continue
        surname = similarity.get(name.words[-1])
        if surname is None:
            surname = max(surname_similarity(part, name.words[-1]) for part in found[1])
            similarity[name.words[-1]] = surname
        if alignment_ceiling(surname, given, alone) * most < floor - 1e-9:
            continue
        score, exact, notes, chosen, alone_hit = person_score(keyed, name)
        trust = authority * (1.0 if exact else PERSON_FUZZY_FACTOR)
        if score * trust > floor:
            hits.append(_hit(position, name, score * trust, exact, notes, chosen, alone_hit, True))
    return hits


def _surname_reach(
    parts: Sequence[str],
    people: list[tuple[int, IndexedName]],
    givens_of: dict[int, tuple[str, ...]],
    ceiling_of: dict[tuple[str, ...], float],
    floor: float,
    alone: bool,
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """`surname_reach` of the people's surnames, each
    at no less than the score its best-placed person needs, given names and
    all. A surname whose people's given names no word comes near needs more
    of itself than one a query word's given name fits, and a higher need is
    a smaller distance, which rapidfuzz's cutoff applies: so the surnames
    are bounded in tiers of their need (`NEED_TIER` wide), each at the
    lowest need of its tier. Bounding them all at the lowest need of any (a
    given name that fits) kept most of them, to be ruled out person by
    person."""
    need_of_givens = {found: surname_needed(floor, ceiling, alone) for found, ceiling in ceiling_of.items()}
    need_of: dict[str, float] = {}
    for position, name in people:
        need, surname = need_of_givens[givens_of[position]], name.words[-1]
        if need < need_of.get(surname, 2.0):
            need_of[surname] = need
    tiers: dict[int, list[str]] = {}
    for surname, need in need_of.items():
        tiers.setdefault(int(need / NEED_TIER), []).append(surname)
    reach: dict[str, tuple[float, tuple[str, ...]]] = {}
    for surnames in tiers.values():
        reach.update(surname_reach(parts, surnames, min(need_of[surname] for surname in surnames)))
    return reach


@cached("fuzzy.given_names_of")
def _given_names_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """The given names `align_person` aligns a query
    with: a person's name's words but the last (the surname), particles aside."""
    return tuple(w for w in words[:-1] if w not in PATRONYMIC_PARTICLES)


def _alignment_shape(keyed: Sequence[Sequence[Reading]]) -> tuple[bool, float]:
    """What any choice of the query's readings allows an alignment: whether
    the query may be one word (a surname alone, which the given names do not
    weigh on), and the given-name score it gets for nothing: 0.9 when every
    word beside the surname may be a patronymic the name lacks (see
    `align_person`), else 0."""
    # However the readings are chosen, the alignment has at least this many
    # words, and this many that are not patronymics: with two, one of them
    # is not the surname, and some given name is scored.
    fewest = sum(min(len(r.key.split()) for r in word) for word in keyed if word)
    plain = sum(min(sum(not looks_like_patronymic(p) for p in r.key.split()) for r in word) for word in keyed if word)
    return fewest <= 1, (0.9 if plain < 2 else 0.0)


def _given_ceiling(name_givens: Sequence[str], bounds: dict[str, float], initial: bool, for_nothing: float) -> float:
    """The most a query's given names can score against a name's (an average
    of word scores, each at most its bound; an initial that fits a given name
    scores `INITIAL_SCORE`), and at least what the query
    gets ``for_nothing`` (see `_alignment_shape`)."""
    best = for_nothing
    for given in name_givens:  # (a loop, not max() of a generator: one or two names, ~50 sets a query)
        bound = INITIAL_SCORE if initial or len(given) == 1 else 0.0
        bound = max(bound, bounds.get(given, 0.0))
        if bound > best:
            best = bound
    return best


def _fit(reading: Reading, words: Sequence[str]) -> tuple[float, float]:
    """How well a reading fits some word of a name, weighed by its prior; a
    reading that fits no word well ranks by its prior alone, so that a word
    the name lacks (a patronymic) is kept as written."""
    similarity = max((key_similarity(part, w) for part in reading.key.split() for w in words), default=0.0)
    return (similarity * reading.weight if similarity >= GIVEN_MIN else 0.0), reading.weight


def _best_reading(readings: Sequence[Reading], words: Sequence[str]) -> Reading:
    """``max(readings, key=_fit)``: the first reading of the best fit, without
    working out the fit of a reading whose prior cannot beat the best so far
    (a fit is at most ``(weight, weight)``)."""
    best, best_fit = readings[0], _fit(readings[0], words)
    for reading in readings[1:]:
        if (reading.weight, reading.weight) <= best_fit:
            continue
        fit = _fit(reading, words)
        if fit > best_fit:
            best, best_fit = reading, fit
    return best


def person_score(
    keyed: Sequence[Sequence[Reading]], name: IndexedName
) -> tuple[float, bool, tuple[str, ...], tuple[Reading, ...], bool]:
    """Align the query with a person's name, each query word in its best reading.

    Returns the score, whether every aligned word's key equals the name's,
    notes for the explanation, the readings chosen, and whether the query
    was aligned as the surname alone.
    """
    chosen = [_best_reading(word, name.words) for word in keyed]
    alignment = align_person([w for r in chosen for w in r.key.split()], name.words)
    # Each word that aligns is evidence of its own: the priors of several
    # stripped words are averaged (geometrically), not multiplied.
    prior = product(r.weight for r in chosen) ** (1.0 / len(chosen)) if chosen else 1.0
    exact = alignment.surname_score == 1.0 and alignment.given_score in (None, 1.0)
    notes = tuple(describe(r) for r in chosen if r.hypothesis is not None) + alignment.notes
    score = confidence(alignment.score, prior, PRIOR_SHARE if exact else FUZZY_PRIOR_SHARE)
    return score, exact, notes, tuple(chosen), alignment.given_score is None


def compact_readings(keyed: Sequence[Sequence[Reading]]) -> list[tuple[str, float, tuple[Reading, ...]]]:
    """The readings of the whole query as one string (spaces dropped): each
    distinct key with its best prior and the readings behind it, best prior first."""
    best: dict[str, tuple[float, tuple[Reading, ...]]] = {}
    for combo in combinations(keyed, 16):
        key = "".join(r.key for r in combo).replace(" ", "")
        prior = product(r.weight for r in combo)
        if key not in best or prior > best[key][0]:
            best[key] = (prior, combo)
    return sorted(((k, p, c) for k, (p, c) in best.items()), key=lambda item: -item[1])


def compact_distances(
    compacts: Sequence[tuple[str, float, tuple[Reading, ...]]], targets: Sequence[str], floor: float = REPORTED
) -> list[dict[int, int]]:
    """For each reading of `compact_readings`, the edit distances to
    the ``targets`` (names' match keys without spaces, by position) close
    enough that `compact_score` might score them above ``floor`` (for
    the most trusted kind of name); the others are left out, because the
    bound on their score (`similarity_bound`) already
    rules them out. One rapidfuzz call per reading replaces one per pair."""
    if not targets:
        return [{} for _ in compacts]
    lowest_floor = floor / (max(KIND_FACTOR.values()) * COMPACT_FACTOR)
    longest = max(map(len, targets))
    out: list[dict[int, int]] = []
    for key, prior, _combo in compacts:
        if confidence(1.0, prior) <= lowest_floor:
            out.append({})
            continue
        needed = lowest_floor / confidence(1.0, prior, FUZZY_PRIOR_SHARE)
        out.append(distances_within(key, targets, distance_cutoff(needed, max(len(key), longest))))
    return out


def compact_score(
    compacts: Sequence[tuple[str, float, tuple[Reading, ...]]],
    name: IndexedName,
    floor: float = REPORTED,
    distances: Sequence[int | None] | None = None,
) -> tuple[float, bool, tuple[Reading, ...]]:
    """Similarity of the whole query (in its best reading, see `compact_readings`)
    with a name, spaces ignored. Scores at or below ``floor`` are not worked
    out exactly (0.0 is returned for them). ``distances``, from
    `compact_distances`, gives each reading's edit distance to the name,
    or None where it is too far to score above ``floor``. Returns the score,
    whether the keys are equal, and the readings of the best combination."""
    target = name.match.replace(" ", "")
    best_score, best_exact, best_combo = 0.0, False, ()  # type: tuple[float, bool, tuple[Reading, ...]]
    for i, (key, prior, combo) in enumerate(compacts):
        ceiling = confidence(1.0, prior)
        if ceiling <= floor:
            break  # no later reading, of a lower prior, can do better
        # An edit distance bounds what a fuzzy reading can score.
        if key != target:
            if distances is None:
                bound = similarity_bound(key, target)
            else:
                distance = distances[i]
                if distance is None:
                    continue
                bound = bound_from_distance(key, target, distance)
            if confidence(bound, prior, FUZZY_PRIOR_SHARE) <= floor:
                continue
        similarity = key_similarity(key, target)
        exact = similarity == 1.0
        s = confidence(similarity, prior, PRIOR_SHARE if exact else FUZZY_PRIOR_SHARE)
        if s > best_score:
            best_score, best_exact, best_combo = s, exact, combo
            floor = max(best_score, floor)
    return best_score, best_exact, best_combo
