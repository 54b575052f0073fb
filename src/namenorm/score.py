"""Stage 5: scoring. How alike two keys are, and how a query's words align with
a name's words.

Similarity is a substitution-aware edit cost between two match keys
(`edit_cost`), turned into a score in [0, 1] that is calibrated by
length (`calibrate`): the cost a name may differ by and still reach
`THRESHOLD` grows with its length, so the threshold means the same for
``Putin`` as for ``Abdyldaev``.

Costs follow what really varies between spellings of one name:

- cheap (`VOWEL_COST`): a vowel changed, added or dropped — vowel drift
  between conventions and in unstressed syllables (``Muktubek``/``Myktybek``,
  ``Gorbachev``/``Gorbachov``), a glide (``Sergei``/``Serge``);
- cheap (`CLASS_COST`): one consonant for another of its class — the
  sibilants ``s z š ž č c`` that conventions trade (``Sojgu``/``Šojgu``,
  ``Jelzin``/``Jelcin``), the velars and ``h`` (``Hennadiy``/``Gennadiy``,
  ``ĥ`` for ``ch``), voiced and voiceless pairs (``d t``, ``b p``, ``v f``);
- dear (1.0): an unrelated consonant changed, added or dropped;
- a different last letter (`ENDING_COST` more): endings carry grammar
  (``Sarieva`` is not ``Saraevo``);
- two neighbouring letters swapped, a typo, costs `TRANSPOSITION_COST`.

The cost is a weighted sum of optimal-string-alignment distances between
three projections of the keys (all letters; consonants only; consonant
classes). Every formula and constant is in the compiled core, once
(``rust/src/score.rs``); this module is its Python face, for
the tests and for reading (`namenorm.compare` runs in the core).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import _core
from .explain import render_all

__all__ = [
    "CLASS_COST",
    "ENDING_COST",
    "PATRONYMIC_ENDINGS",
    "PATRONYMIC_PARTICLES",
    "THRESHOLD",
    "TRANSPOSITION_COST",
    "VOWEL_COST",
    "Alignment",
    "align_person",
    "alignment_ceiling",
    "bound_from_distance",
    "bounds_within",
    "calibrate",
    "distance_cutoff",
    "distances_within",
    "edit_cost",
    "given_bounds",
    "given_needed",
    "given_similarity",
    "key_similarity",
    "looks_like_patronymic",
    "similarity_bound",
    "surname_needed",
    "surname_reach",
    "surname_similarity",
]

#: The decision threshold the scores are calibrated for (the resolver's and
#: `namenorm.compare`'s default).
THRESHOLD: float = _core.THRESHOLD
#: A vowel changed, added or dropped.
VOWEL_COST: float = _core.VOWEL_COST
#: A consonant replaced by another of its class (``s``/``š``, ``d``/``t``).
CLASS_COST: float = _core.CLASS_COST
#: Extra cost when the last letters differ.
ENDING_COST: float = _core.ENDING_COST
#: Two neighbouring letters swapped (a typo): at most this, at least a vowel's edit.
TRANSPOSITION_COST: float = _core.TRANSPOSITION_COST
#: The cost at which a name of length n scores exactly THRESHOLD:
#: BUDGET_BASE + BUDGET_PER_LETTER * n.
BUDGET_BASE: float = _core.BUDGET_BASE
BUDGET_PER_LETTER: float = _core.BUDGET_PER_LETTER
#: Endings of East Slavic and Turkic patronymics in match keys.
PATRONYMIC_ENDINGS: tuple[str, ...] = tuple(_core.PATRONYMIC_ENDINGS)
#: Words that follow a given name as a Central Asian patronymic particle
#: (Kyrgyz uulu, kyzy; Azerbaijani oglu, qizi; Kazakh uly; Uzbek o'g'li), in
#: match keys: the one table of them (the index, the alignment and annotate read it).
PATRONYMIC_PARTICLES: frozenset[str] = frozenset(_core.PATRONYMIC_PARTICLES)
#: A surname alone is weaker evidence than a full name.
SURNAME_ALONE_FACTOR: float = _core.SURNAME_ALONE_FACTOR
#: Weight of the surname in a full-name score (the rest is the given names).
SURNAME_SHARE: float = _core.SURNAME_SHARE
#: The score of an initial that matches a given name's first letter.
INITIAL_SCORE: float = _core.INITIAL_SCORE
#: Given names this similar are taken to be one name spelled two ways.
GIVEN_MIN: float = _core.GIVEN_MIN
#: Russian-style surname suffixes (match keys) that a surname may carry in one
#: source and lack in another (Rakhmonov, Rahmon).
RUSSIAN_SUFFIXES: tuple[str, ...] = tuple(_core.RUSSIAN_SUFFIXES)
#: How much a surname that matches only with such a suffix removed is trusted.
SUFFIX_FACTOR: float = _core.SUFFIX_FACTOR


def edit_cost(a: str, b: str) -> float:
    """The substitution-aware edit cost between two match keys (spaces ignored).

    Examples:
        >>> edit_cost("atambaev", "atambaev")
        0.0
        >>> round(edit_cost("muktubek", "miktibek"), 2)  # two vowels
        0.7
        >>> round(edit_cost("soigu", "šoigu"), 2), round(edit_cost("lavrov", "lvov"), 2)  # a sibilant; a vowel and an r
        (0.5, 1.35)
    """
    return _core.edit_cost(a, b)


def calibrate(cost: float, length: int) -> float:
    """The score of an edit cost between names of ``length`` letters: 1.0 for
    no cost, `THRESHOLD` at the length's budget, falling linearly to 0.

    Examples:
        >>> round(calibrate(1.0, 5), 3), round(calibrate(1.0, 9), 3), round(calibrate(1.0, 14), 3)
        (0.714, 0.811, 0.868)
    """
    return _core.calibrate(cost, length)


def similarity_bound(a: str, b: str) -> float:
    """An upper bound of `key_similarity` from one optimal-string-alignment
    distance (every edit costs at least a vowel's), for cheap pruning.

    Examples:
        >>> similarity_bound("medvedev", "medvedevo") >= key_similarity("medvedev", "medvedevo")
        True
    """
    return _core.similarity_bound(a, b)


def bound_from_distance(a: str, b: str, distance: int) -> float:
    """`similarity_bound` of two keys without spaces whose
    optimal-string-alignment distance is known.

    Examples:
        >>> bound_from_distance("medvedev", "medvedevo", 1) == similarity_bound("medvedev", "medvedevo")
        True
    """
    return _core.bound_from_distance(a, b, distance)


def distance_cutoff(needed: float, length: int) -> int:
    """The most edits by which two keys of at most ``length`` letters may
    differ while their `similarity_bound` can still reach ``needed``
    (every edit a vowel's, no ending cost), plus one against rounding.

    Examples:
        >>> distance_cutoff(0.8, 9), distance_cutoff(0.95, 9), distance_cutoff(0.0, 9)
        (4, 1, 10)
    """
    return _core.distance_cutoff(needed, length)


def distances_within(key: str, targets: Sequence[str], cutoff: int) -> dict[int, int]:
    """The optimal-string-alignment distances from ``key`` to those of the
    ``targets`` within ``cutoff`` edits, by their position.

    Examples:
        >>> sorted(distances_within("medvedev", ["medvedevo", "putin", "medvedev"], 2).items())
        [(0, 1), (2, 0)]
    """
    return dict(_core.distances_within(key, list(targets), cutoff))


def bounds_within(
    key: str, targets: Sequence[str], cutoff: int, factor: float = 1.0, needed: float = -1.0
) -> list[tuple[int, float]]:
    """``(position, bound)`` of the ``targets`` within ``cutoff`` edits of
    ``key``, the bound being `bound_from_distance` times ``factor``, those
    below ``needed`` left out, in the order of the targets.

    Examples:
        >>> [(j, round(b, 3)) for j, b in bounds_within("medvedev", ["medvedevo", "putin", "medvedev"], 2)]
        [(0, 0.877), (2, 1.0)]
    """
    return _core.bounds_within(key, list(targets), cutoff, factor, needed)


def key_similarity(a: str, b: str) -> float:
    """Calibrated similarity of two match keys, in [0, 1] (symmetric).

    Examples:
        >>> key_similarity("atambaev", "atambaev")
        1.0
        >>> round(key_similarity("muktubek", "miktibek"), 3)
        0.856
        >>> key_similarity("lavrov", "lvov") < 0.8 < key_similarity("šoigu", "soigu")
        True
    """
    return _core.key_similarity(a, b)


def given_similarity(a: str, b: str) -> float:
    """Similarity of two given names' match keys: 1.0 when the given-name table
    knows them as forms of one name (``aleksandr``/``oleksandr``/``aliaksandr``),
    else `key_similarity` (symmetric).

    Examples:
        >>> given_similarity("oleksandr", "aleksander"), given_similarity("dmitri", "dimitr")
        (1.0, 1.0)
    """
    return _core.given_similarity(a, b)


def surname_similarity(word: str, surname: str) -> float:
    """Similarity of a query word to a surname: `key_similarity`, or,
    when one of them ends in a Russian suffix (-ov, -ev, -ova, -eva) that the
    other lacks, the similarity without it, discounted by `SUFFIX_FACTOR`
    (symmetric: either may carry the suffix).

    Examples:
        >>> round(surname_similarity("rahmonov", "rahmon"), 3), surname_similarity("lavrov", "lavrov")
        (0.92, 1.0)
    """
    return _core.surname_similarity(word, surname)


def surname_reach(
    words: Iterable[str], surnames: Iterable[str], needed: float
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """For each of the ``surnames`` that some of the ``words`` (match keys
    without spaces) may come near enough to reach ``needed`` in
    `surname_similarity`: an upper bound of the best similarity, and
    those words, in order. Every other surname, and every other word of a
    surname, is below ``needed``: so the fuzzy stage skips the people whose
    surname no word comes near.

    Examples:
        >>> reach = surname_reach(["zelenskiy", "volodymyr"], ["zelenskyy", "putin", "rahmon"], 0.6)
        >>> sorted(reach), reach["zelenskyy"][1], reach["zelenskyy"][0] >= surname_similarity("zelenskiy", "zelenskyy")
        (['zelenskyy'], ('zelenskiy',), True)
        >>> surname_reach(["rahmonov"], ["rahmon"], 0.9)["rahmon"][0] >= surname_similarity("rahmonov", "rahmon")
        True
    """
    return {s: (bound, tuple(near)) for s, bound, near in _core.surname_reach(list(words), list(surnames), needed)}


def alignment_ceiling(surname_score: float, given_score: float = 1.0, alone: bool = True) -> float:
    """The most `align_person` can score when the surname scores at most
    ``surname_score`` and the given names at most ``given_score`` (on
    average), with nothing to pay; ``alone``: the query may be the surname
    alone (one word), which the given names do not weigh on.

    Examples:
        >>> round(alignment_ceiling(0.9), 3), round(alignment_ceiling(0.9, 0.5, alone=False), 3)
        (0.94, 0.74)
    """
    return _core.alignment_ceiling(surname_score, given_score, alone)


def given_needed(floor: float) -> float:
    """The given-name score below which `alignment_ceiling` of a query
    of several words cannot exceed ``floor``, even with a perfect surname.

    Examples:
        >>> round(given_needed(0.75), 3), given_needed(0.5)
        (0.375, 0.0)
    """
    return _core.given_needed(floor)


def given_bounds(words: Iterable[str], givens: Iterable[str], needed: float) -> dict[str, float]:
    """Upper bounds of the best `given_similarity` of any of the
    ``words`` (match keys without spaces) to each of the ``givens`` (given
    names), for the given names where the bound reaches ``needed``; the others
    are left out. Forms of one name in the given-name table are 1.0.

    Examples:
        >>> bounds = given_bounds(["anton", "guskii"], ["anton", "oleksandr", "antoni"], 0.5)
        >>> sorted(bounds), bounds["anton"]
        (['anton', 'antoni'], 1.0)
        >>> given_bounds(["aleksandr"], ["oleksandr"], 0.99)
        {'oleksandr': 1.0}
    """
    return dict(_core.given_bounds(list(words), list(givens), needed))


def surname_needed(floor: float, given_score: float = 1.0, alone: bool = True) -> float:
    """The surname score below which `alignment_ceiling` (with these
    ``given_score`` and ``alone``) cannot exceed ``floor``.

    Examples:
        >>> round(surname_needed(0.75), 3), round(surname_needed(0.75, 0.5, alone=False), 3)
        (0.583, 0.917)
    """
    return _core.surname_needed(floor, given_score, alone)


def looks_like_patronymic(word: str) -> bool:
    """A word ending like an East Slavic or Turkic patronymic, or a particle (``uulu``).

    Examples:
        >>> looks_like_patronymic("anatolievič"), looks_like_patronymic("uulu"), looks_like_patronymic("sauli")
        (True, True, False)
    """
    return _core.looks_like_patronymic(word)


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

    def __repr__(self) -> str:
        return f"Alignment(score={self.score:.3f}, surname={self.surname_score:.3f}, given={self.given_score})"


def align_person(query: Sequence[str], name: Sequence[str], surname_at: int | None = None) -> Alignment:
    """Align the match-key words of a query with those of a person's name.

    The surname (the name's last word, or the word at ``surname_at``) is
    found anywhere in the query, so ``Surname Given`` order works; the
    remaining query words are matched to the given names (through the
    given-name table, `given_similarity`), an initial matching a first
    letter; a patronymic in the query and missing from the name costs almost
    nothing, a given name of the name missing from the query nothing.

    Examples:
        >>> round(align_person(["a", "lukašenko"], ["aleksander", "lukašenko"]).score, 3)
        0.968
        >>> align_person(["lukašenko"], ["aleksander", "lukašenko"]).given_score is None
        True
        >>> round(align_person(["lukašenka", "aliaksandr"], ["aleksander", "lukašenko"]).score, 3)
        0.926
    """
    score, surname_score, given_score, notes = _core.align_person(list(query), list(name), surname_at)
    return Alignment(score, surname_score, given_score, render_all(notes))
