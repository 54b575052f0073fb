"""Readings of a query, and fuzzy candidates for names no key matched exactly.

A *reading* is one way to read a query word: as written, or as the base form
an inflection rule proposes, with that rule's prior. The resolver looks up
every combination of readings by key; when none is confirmed, the fuzzy
stage finds candidates in the blocking index (surnames, consonant skeletons
and their one-letter deletions, `MAX_BLOCK` names a block at most,
`MAX_FUZZY_CANDIDATES` in all) and scores them: people by aligning name
parts (`namenorm.score.align_person`), everything else as one string.

Before a person on the shortlist is scored, bounds from edit distances say
how near any word of the query comes to the person's given names and
surname; a person who cannot reach the floor is not scored
(`fuzzy_hits` with ``prune=False`` scores everyone: the tests check
that the hits are the same).

The stage runs in the compiled core (``rust/src/fuzzy.rs``); this module
names its constants and, for the tests, runs it alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _core
from .explain import render_all

if TYPE_CHECKING:
    from .resolver import Resolver

__all__ = [
    "COMPACT_FACTOR",
    "FUZZY_PRIOR_SHARE",
    "KIND_FACTOR",
    "MAX_BLOCK",
    "MAX_FUZZY_CANDIDATES",
    "PRIOR_SHARE",
    "REPORTED",
    "WEAK_FACTOR",
    "fuzzy_hits",
]

#: How much a name of each kind is trusted: a generated spelling a little less.
KIND_FACTOR: dict[str, float] = dict(_core.KIND_FACTORS)
#: How much a weak alias (a name two entities may share) is trusted.
WEAK_FACTOR: float = _core.WEAK_FACTOR
#: A name that is not a person's is compared as one string, spaces dropped:
#: trusted as the resolver trusts its compact key, times the similarity.
COMPACT_FACTOR: float = _core.COMPACT_FACTOR
#: A block (a skeleton or one of its deletions) filing more names than this
#: says little about a query: it is not used to find candidates.
MAX_BLOCK: int = _core.MAX_BLOCK
#: At most this many candidates are scored.
MAX_FUZZY_CANDIDATES: int = _core.MAX_FUZZY_CANDIDATES
#: Fuzzy candidates scoring no more than this are not reported.
REPORTED: float = _core.REPORTED
#: How much an inflection hypothesis's prior lowers the score of a candidate
#: the gazetteer confirmed.
PRIOR_SHARE: float = _core.PRIOR_SHARE
#: The same for a candidate that only looks like a reading.
FUZZY_PRIOR_SHARE: float = _core.FUZZY_PRIOR_SHARE


def fuzzy_hits(
    resolver: Resolver, words: list[str], lang: str | None, floor: float = REPORTED, *, prune: bool = True
) -> list[tuple[int, float, tuple[str, ...]]]:
    """The fuzzy stage alone: ``(position, score, steps)`` of each name of
    the resolver's index that scores above ``floor`` for a query of these
    ``words`` (exact keys), read with ``lang``; ``prune=False`` scores every
    candidate, bounds or not.

    Examples:
        >>> import namenorm
        >>> hits = fuzzy_hits(namenorm.default_resolver(), ["atambaiv"], None)
        >>> position, score, steps = hits[0]
        >>> round(score, 3), steps
        (0.881, ('surname alone', "fuzzy match with canonical name 'Almazbek Atambayev'"))
    """
    return [
        (position, score, render_all(steps))
        for position, score, steps in resolver._core.fuzzy_hits(words, lang, floor, prune)
    ]
