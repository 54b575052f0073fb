"""Stage 5: scoring. How alike two keys are, and how a query's words align with
a name's words.

Scores live in [0, 1] and are calibrated so that one threshold means the same
for short and long names: an edit costs more in a short word than in a long
one, and an edit that only changes vowels (vowel drift between conventions,
``Muktubek``/``Myktybek``) costs half as much as one that changes consonants.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .keys import skeleton

__all__ = [
    "PATRONYMIC_ENDINGS",
    "Alignment",
    "align_person",
    "key_similarity",
    "looks_like_initial",
]

#: Endings of East Slavic and Turkic patronymics, which a full name may carry
#: and a gazetteer name may lack (Dmitri Anatolyevich Medvedev).
PATRONYMIC_ENDINGS = (
    "vich",
    "vici",
    "vitch",
    "vitsch",
    "vic",
    "vna",
    "ichna",
    "uulu",
    "kizi",
    "kyzy",
    "ogli",
    "oglu",
    "uli",
)
#: What a missing or extra middle word costs.
EXTRA_WORD_PENALTY = 0.06
PATRONYMIC_PENALTY = 0.01
#: A surname alone is weaker evidence than a full name.
SURNAME_ALONE_FACTOR = 0.93
#: Weight of the surname in a full-name score (the rest is the given names).
SURNAME_SHARE = 0.6


@lru_cache(maxsize=1 << 16)
def key_similarity(a: str, b: str) -> float:
    """Calibrated similarity of two match keys, in [0, 1].

    Consonant edits cost 1, vowel-only edits 0.5; the cost is divided by the
    length, so one edit in ``putin`` (5 letters) costs more than one in
    ``abdyldayev`` (10).

    Example:
        >>> key_similarity("atambaev", "atambaev")
        1.0
        >>> round(key_similarity("muktubek", "miktibek"), 3)
        0.875
        >>> key_similarity("lavrov", "lvov") < 0.8
        True
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    length = max(len(a), len(b))
    full = Levenshtein.distance(a, b)
    consonants = Levenshtein.distance(skeleton(a), skeleton(b))
    cost = 0.5 * full + 0.5 * consonants
    return max(0.0, 1.0 - cost / length)


def looks_like_initial(word: str) -> bool:
    """A one-letter word (``A`` of ``A. Lukashenko``) or a short dotted one."""
    return len(word) == 1


def looks_like_patronymic(word: str) -> bool:
    """A word ending like an East Slavic or Turkic patronymic."""
    return len(word) > 4 and word.endswith(PATRONYMIC_ENDINGS)


class Alignment:
    """The best alignment of a query's words with a person's name.

    Attributes:
        score: in [0, 1].
        surname_score: how well the surname matched.
        given_score: how well the given names matched (None: the query has
            only the surname).
        notes: what the alignment did (for explanations).
    """

    __slots__ = ("given_score", "notes", "score", "surname_score")

    def __init__(self, score: float, surname_score: float, given_score: float | None, notes: tuple[str, ...]):
        self.score = score
        self.surname_score = surname_score
        self.given_score = given_score
        self.notes = notes


def align_person(query: Sequence[str], name: Sequence[str]) -> Alignment:
    """Align the match-key words of a query with those of a person's name.

    The surname (the name's last word) is found anywhere in the query, so
    ``Surname Given`` order works; the remaining query words are matched to
    the given names, initials matching a first letter; a patronymic in the
    query and missing from the name costs almost nothing.

    Example:
        >>> round(align_person(["a", "lukashenko"], ["alexander", "lukashenko"]).score, 3)
        0.968
        >>> align_person(["lukashenko"], ["alexander", "lukashenko"]).given_score is None
        True
    """
    surname = name[-1]
    given = list(name[:-1])
    best_at, surname_score = -1, 0.0
    for i, word in enumerate(query):
        s = key_similarity(word, surname)
        if s > surname_score or (s == surname_score and best_at >= 0 and i == len(query) - 1):
            best_at, surname_score = i, s
    if best_at < 0:
        return Alignment(0.0, 0.0, None, ())
    rest = [w for i, w in enumerate(query) if i != best_at]
    if not rest:
        return Alignment(surname_score * SURNAME_ALONE_FACTOR, surname_score, None, ("surname alone",))
    notes: list[str] = []
    given_scores: list[float] = []
    penalty = 0.0
    unused = list(given)
    for word in rest:
        if looks_like_initial(word):
            hit = next((g for g in unused if g.startswith(word)), None)
            if hit is not None:
                unused.remove(hit)
                given_scores.append(0.92)
                notes.append(f"initial {word.upper()}. of {hit}")
                continue
            given_scores.append(0.0)
            continue
        scored = [(key_similarity(word, g), g) for g in unused]
        s, g = max(scored, default=(0.0, ""))
        if s >= 0.6:
            unused.remove(g)
            given_scores.append(s)
        elif looks_like_patronymic(word) or word in ("uulu", "kizi", "kyzy", "ogli", "oglu"):
            penalty += PATRONYMIC_PENALTY
            notes.append(f"patronymic {word} not in the name")
        else:
            given_scores.append(s)
            penalty += EXTRA_WORD_PENALTY
    # Only patronymics beside the surname count as a good given-name match.
    given_score = sum(given_scores) / len(given_scores) if given_scores else 0.9
    score = SURNAME_SHARE * surname_score + (1 - SURNAME_SHARE) * given_score - penalty
    return Alignment(max(0.0, min(1.0, score)), surname_score, given_score, tuple(notes))
