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

The cost is computed as a weighted sum of plain Levenshtein distances between
three projections of the keys (all letters; consonants only; consonant
classes), so that it runs in the C speed of RapidFuzz rather than in a Python
loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from .cache import cached
from .charmap import translation
from .translit.names import given_name_class

__all__ = [
    "CLASS_COST",
    "ENDING_COST",
    "PATRONYMIC_ENDINGS",
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
    "projected_cost",
    "projections",
    "similarity_bound",
    "surname_needed",
    "surname_reach",
    "surname_similarity",
]

#: The decision threshold the scores are calibrated for (the resolver's and
#: `namenorm.compare`'s default).
THRESHOLD = 0.8
#: A vowel changed, added or dropped.
VOWEL_COST = 0.35
#: A consonant replaced by another of its class (``s``/``š``, ``d``/``t``).
CLASS_COST = 0.5
#: Extra cost when the last letters differ.
ENDING_COST = 0.3
#: Two neighbouring letters swapped (a typo): at most this, at least a vowel's edit.
TRANSPOSITION_COST = 0.5
# The three projections' weights: a vowel edit shows in the first only, a
# within-class consonant edit in the first two, any other consonant edit in
# all three (0.35 + 0.15 + 0.5 = 1).
_W_ALL = VOWEL_COST
_W_CONSONANTS = CLASS_COST - VOWEL_COST
_W_CLASSES = 1.0 - CLASS_COST
# The cost at which a name of length n scores exactly THRESHOLD:
# BUDGET_BASE + BUDGET_PER_LETTER * n (one vowel edit in a 4-letter name,
# one unrelated consonant in a 9-letter one, two in a 20-letter one).
BUDGET_BASE = 0.25
BUDGET_PER_LETTER = 0.09

_VOWEL_LETTERS = "aeiou"
_NO_VOWELS = translation(str.maketrans("", "", _VOWEL_LETTERS + " "))
# Consonant classes. ĥ (ch) is a sibilant to English and French writers and a
# velar to German, Polish and Czech ones: two projections, the cheaper counts.
# The second also drops ž, which is j to French, Romanian and Kyrgyz writers
# and so vanishes where other conventions read j as a glide (Jeenbekov).
_CLASSES_SIBILANT_CH = translation(str.maketrans("szšžčcĥhgkdtbpvf", "SSSSSSSKKKTTPPFF"))
_CLASSES_VELAR_CH = translation(str.maketrans("szščcĥhgkdtbpvf", "SSSSSKKKKTTPPFF", "ž"))

#: Endings of East Slavic and Turkic patronymics in match keys, which a full
#: name may carry and a gazetteer name may lack (Dmitri Anatolyevich Medvedev).
PATRONYMIC_ENDINGS = (
    "vič",
    "viĥ",
    "vic",
    "vna",
    "auna",  # Belarusian -аўна (Георгіеўна)
    "euna",
    "ična",
    "iĥna",
    "uulu",
    "kizi",
    "ogli",
    "oglu",
    "uli",
)
#: Words that follow a given name as a Central Asian patronymic particle
#: (Kyrgyz uulu, kyzy; Azerbaijani oglu, qizi; Kazakh uly; Uzbek o'g'li),
#: in match keys: the one table of them (the index, the alignment and
#: annotate read it).
PATRONYMIC_PARTICLES = frozenset({"uulu", "ulu", "kizi", "ogli", "oglu", "uli", "ugli"})
#: Letters of a patronymic before its ending: a given name's worth (Sauli is no -uli patronymic).
PATRONYMIC_STEM = 4
#: What a query word that matches no part of the name costs.
EXTRA_WORD_PENALTY = 0.06
#: What a patronymic absent from the name costs.
PATRONYMIC_PENALTY = 0.01
#: A surname alone is weaker evidence than a full name.
SURNAME_ALONE_FACTOR = 0.95
#: Weight of the surname in a full-name score (the rest is the given names).
SURNAME_SHARE = 0.6
#: What an initial beside a matching given name, matching nothing, costs.
STRAY_INITIAL_PENALTY = 0.03
#: The score of an initial that matches a given name's first letter.
INITIAL_SCORE = 0.92
#: Given names this similar are taken to be one name spelled two ways.
GIVEN_MIN = 0.6
#: Russian-style surname suffixes (match keys) that a surname may carry in one
#: source and lack in another: Central Asian surnames lost them after 1991
#: (Rakhmonov became Rahmon) while Russian-language sources kept them.
RUSSIAN_SUFFIXES = ("ova", "eva", "ov", "ev")
#: How much a surname that matches only with such a suffix removed is trusted.
SUFFIX_FACTOR = 0.92


Projections = tuple[str, str, str, str]


@cached("score.projections")
def projections(key: str) -> Projections:
    """The three projections of a key that `edit_cost` compares (all
    letters, spaces dropped; consonants; consonant classes, two ways)."""
    consonants = key.translate(_NO_VOWELS)
    return (
        key.replace(" ", ""),
        consonants,
        consonants.translate(_CLASSES_SIBILANT_CH),
        consonants.translate(_CLASSES_VELAR_CH),
    )


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
    if a == b:
        return 0.0
    return projected_cost(projections(a), projections(b))


def projected_cost(pa: Projections, pb: Projections) -> float:
    """`edit_cost` from the keys' `projections` (computed once per
    name by a caller that compares it many times)."""
    fa, ca, sa, va = pa
    fb, cb, sb, vb = pb
    # Optimal string alignment: two neighbours swapped are one edit (a typo).
    edits = OSA.distance(fa, fb)
    cost = _W_ALL * edits
    if ca != cb:
        cost += _W_CONSONANTS * OSA.distance(ca, cb)
        if sa != sb and va != vb:
            cost += _W_CLASSES * min(OSA.distance(sa, sb), OSA.distance(va, vb))
    if edits > 1 or cost > _W_ALL:
        # Levenshtein counts a swap as two edits; with a cutoff it stops at one more.
        swaps = Levenshtein.distance(fa, fb, score_cutoff=edits + 2) - edits
        if swaps > 0:
            # A swap saves what it cost beyond a single edit; never below a
            # vowel's edit for each edit (the bound namenorm.compare relies on).
            cost = max(cost - (1.0 - TRANSPOSITION_COST) * swaps, VOWEL_COST * edits)
    if fa and fb and fa[-1] != fb[-1]:
        cost += ENDING_COST
    return cost


def calibrate(cost: float, length: int) -> float:
    """The score of an edit cost between names of ``length`` letters: 1.0 for
    no cost, `THRESHOLD` at the length's budget, falling linearly to 0.

    Examples:
        >>> round(calibrate(1.0, 5), 3), round(calibrate(1.0, 9), 3), round(calibrate(1.0, 14), 3)
        (0.714, 0.811, 0.868)
    """
    budget = BUDGET_BASE + BUDGET_PER_LETTER * length
    return max(0.0, 1.0 - (1.0 - THRESHOLD) * cost / budget)


def similarity_bound(a: str, b: str) -> float:
    """An upper bound of `key_similarity` from one optimal-string-alignment
    distance (every edit costs at least a vowel's), for cheap pruning.

    Examples:
        >>> similarity_bound("medvedev", "medvedevo") >= key_similarity("medvedev", "medvedevo")
        True
    """
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return bound_from_distance(a, b, OSA.distance(a, b))


def bound_from_distance(a: str, b: str, distance: int) -> float:
    """`similarity_bound` of two keys without spaces whose
    optimal-string-alignment distance is known (computed for many names in
    one call, see `distances_within`).

    Examples:
        >>> bound_from_distance("medvedev", "medvedevo", 1) == similarity_bound("medvedev", "medvedevo")
        True
    """
    if a == b:
        return 1.0
    cost = VOWEL_COST * distance + (ENDING_COST if a[-1:] != b[-1:] else 0.0)
    return calibrate(cost, max(len(a), len(b)))


@cached("score.distance_cutoff")
def distance_cutoff(needed: float, length: int) -> int:
    """The most edits by which two keys of at most ``length`` letters may
    differ while their `similarity_bound` can still reach ``needed``
    (every edit a vowel's, no ending cost), plus one against rounding.

    Examples:
        >>> distance_cutoff(0.8, 9), distance_cutoff(0.95, 9), distance_cutoff(0.0, 9)
        (4, 1, 10)
    """
    edits = 0
    while edits < length and calibrate(VOWEL_COST * (edits + 1), length) >= needed:
        edits += 1
    return edits + 1


def distances_within(key: str, targets: Sequence[str], cutoff: int) -> dict[int, int]:
    """The optimal-string-alignment distances from ``key`` to those of the
    ``targets`` within ``cutoff`` edits, by their position: one call into
    rapidfuzz for all of them instead of one per pair.

    Examples:
        >>> sorted(distances_within("medvedev", ["medvedevo", "putin", "medvedev"], 2).items())
        [(0, 1), (2, 0)]
    """
    hits = process.extract(key, targets, scorer=OSA.distance, score_cutoff=cutoff, limit=None)
    return {position: int(distance) for _target, distance, position in hits}


# The similarities below are symmetric, and each pair of names meets in both
# orders (compare aligns each name with the other; a query word meets a
# surname that is also a query's): each is cached once per pair, its
# arguments in order.


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
    return _key_similarity(a, b) if a <= b else _key_similarity(b, a)


@cached("score.key_similarity")
def _key_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    length = max(len(a), len(b)) - min(a.count(" "), b.count(" "))
    return calibrate(edit_cost(a, b), length)


def given_similarity(a: str, b: str) -> float:
    """Similarity of two given names' match keys: 1.0 when the given-name table
    knows them as forms of one name (``aleksandr``/``oleksandr``/``aliaksandr``),
    else `key_similarity` (symmetric).

    Examples:
        >>> given_similarity("oleksandr", "aleksander"), given_similarity("dmitri", "dimitr")
        (1.0, 1.0)
    """
    return _given_similarity(a, b) if a <= b else _given_similarity(b, a)


@cached("score.given_similarity")
def _given_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    ca = given_name_class(a)
    if ca is not None and ca == given_name_class(b):
        return 1.0
    return key_similarity(a, b)


def surname_similarity(word: str, surname: str) -> float:
    """Similarity of a query word to a surname: `key_similarity`, or,
    when one of them ends in a Russian suffix (-ov, -ev, -ova, -eva) that the
    other lacks, the similarity without it, discounted by `SUFFIX_FACTOR`
    (symmetric: either may carry the suffix).

    Examples:
        >>> round(surname_similarity("rahmonov", "rahmon"), 3), surname_similarity("lavrov", "lavrov")
        (0.92, 1.0)
    """
    return _surname_similarity(word, surname) if word <= surname else _surname_similarity(surname, word)


@cached("score.surname_similarity")
def _surname_similarity(word: str, surname: str) -> float:
    s = key_similarity(word, surname)
    if s == 1.0:
        return s
    for longer, shorter in ((word, surname), (surname, word)):
        for suffix in RUSSIAN_SUFFIXES:
            if longer.endswith(suffix) and len(longer) - len(suffix) >= 5 and not shorter.endswith(suffix):
                s = max(s, SUFFIX_FACTOR * key_similarity(longer[: -len(suffix)], shorter))
                break
    return s


@cached("score.russian_suffix")
def _russian_suffix(key: str) -> int:
    """The length of the Russian suffix `surname_similarity` may drop from ``key`` (0: none)."""
    for suffix in RUSSIAN_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 5:
            return len(suffix)
    return 0


def surname_reach(
    words: Iterable[str], surnames: Iterable[str], needed: float
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """For each of the ``surnames`` that some of the ``words`` (match keys
    without spaces) may come near enough to reach ``needed`` in
    `surname_similarity`: an upper bound of the best similarity, and
    those words, in order. Every other surname, and every other word of a
    surname, is below ``needed``.

    Each term of `surname_similarity` (the keys as they are, or one of
    them without a Russian suffix) is bounded by `similarity_bound`,
    found for all surnames at once, one rapidfuzz call per word and form: so
    the fuzzy stage skips the people whose surname no word comes near, and
    works out the similarity of the others from the words that may reach
    them alone (a query has many: its words as written and their base forms
    in every language).

    Examples:
        >>> reach = surname_reach(["zelenskiy", "volodymyr"], ["zelenskyy", "putin", "rahmon"], 0.6)
        >>> sorted(reach), reach["zelenskyy"][1], reach["zelenskyy"][0] >= surname_similarity("zelenskiy", "zelenskyy")
        (['zelenskyy'], ('zelenskiy',), True)
        >>> surname_reach(["rahmonov"], ["rahmon"], 0.9)["rahmon"][0] >= surname_similarity("rahmonov", "rahmon")
        True
    """
    plain = sorted(set(surnames))
    if not plain:
        return {}
    # The surnames without their Russian suffix, and the surname (its place in
    # `plain`) each comes from.
    cuts = [_russian_suffix(surname) for surname in plain]
    origins = [i for i, cut in enumerate(cuts) if cut]
    stripped = [plain[i][: -cuts[i]] for i in origins]
    longest, longest_stripped = max(map(len, plain)), max(map(len, stripped), default=0)
    # By a surname's place in `plain`: the best bound, and the words that reach it.
    best = [-1.0] * len(plain)
    near: list[list[str]] = [[] for _ in plain]

    def scan(word: str, form: str, stripped_targets: bool, factor: float) -> None:
        targets = stripped if stripped_targets else plain
        if not targets or needed > factor:
            return
        most = longest_stripped if stripped_targets else longest
        cutoff = distance_cutoff(needed / factor, max(len(form), most))
        for j, bound in bounds_within(form, targets, cutoff, factor, needed):
            i = origins[j] if stripped_targets else j
            if bound > best[i]:
                best[i] = bound
            found = near[i]
            if not found or found[-1] != word:
                found.append(word)

    for word in sorted(set(words)):
        scan(word, word, False, 1.0)
        scan(word, word, True, SUFFIX_FACTOR)
        cut = _russian_suffix(word)
        if cut:
            scan(word, word[:-cut], False, SUFFIX_FACTOR)
    return {plain[i]: (best[i], tuple(found)) for i, found in enumerate(near) if found}


def alignment_ceiling(surname_score: float, given_score: float = 1.0, alone: bool = True) -> float:
    """The most `align_person` can score when the surname scores at most
    ``surname_score`` and the given names at most ``given_score`` (on
    average), with nothing to pay; ``alone``: the query may be the surname
    alone (one word), which the given names do not weigh on.

    Examples:
        >>> round(alignment_ceiling(0.9), 3), round(alignment_ceiling(0.9, 0.5, alone=False), 3)
        (0.94, 0.74)
    """
    alone_score = SURNAME_ALONE_FACTOR * surname_score if alone else 0.0
    return min(1.0, max(alone_score, SURNAME_SHARE * surname_score + (1 - SURNAME_SHARE) * given_score))


def given_needed(floor: float) -> float:
    """The given-name score below which `alignment_ceiling` of a query
    of several words cannot exceed ``floor``, even with a perfect surname (a
    hair under, against rounding).

    Examples:
        >>> round(given_needed(0.75), 3), given_needed(0.5)
        (0.375, 0.0)
    """
    return max(0.0, (floor - SURNAME_SHARE) / (1 - SURNAME_SHARE) - 1e-9)


def given_bounds(words: Iterable[str], givens: Iterable[str], needed: float) -> dict[str, float]:
    """Upper bounds of the best `given_similarity` of any of the
    ``words`` (match keys without spaces) to each of the ``givens`` (given
    names), for the given names where the bound reaches ``needed``; the others
    are left out. Forms of one name in the given-name table are 1.0; the rest
    are bounded by `similarity_bound`, for all given names at once, one
    rapidfuzz call per word: so the fuzzy stage skips the people whose given
    names no word comes near, when their surname alone cannot carry the match.

    Examples:
        >>> bounds = given_bounds(["anton", "guskii"], ["anton", "oleksandr", "antoni"], 0.5)
        >>> sorted(bounds), bounds["anton"]
        (['anton', 'antoni'], 1.0)
        >>> given_bounds(["aleksandr"], ["oleksandr"], 0.99)
        {'oleksandr': 1.0}
    """
    plain = sorted(set(givens))
    words = sorted(set(words))
    if not plain or not words:
        return {}
    classes = {given_name_class(word) for word in words} - {None}
    best = {given: 1.0 for given in plain if given in words or (classes and given_name_class(given) in classes)}
    longest = max(map(len, plain))
    bounds = [0.0] * len(plain)  # by a given name's place in `plain`
    for word in words:
        for j, bound in bounds_within(word, plain, distance_cutoff(needed, max(len(word), longest)), 1.0, needed):
            if bound > bounds[j]:
                bounds[j] = bound
    for given, bound in zip(plain, bounds, strict=True):
        if bound and bound > best.get(given, 0.0):
            best[given] = bound
    return best


def bounds_within(
    key: str, targets: Sequence[str], cutoff: int, factor: float = 1.0, needed: float = -1.0
) -> list[tuple[int, float]]:
    """``(position, bound)`` of the ``targets`` within ``cutoff`` edits of
    ``key``, the bound being `bound_from_distance` times ``factor``,
    those below ``needed`` left out: the distances in one rapidfuzz call, the
    bounds worked out inline. This runs for every target near a word of every
    fuzzy query, most of them within the cutoff, and calling
    `bound_from_distance` (or `calibrate`) for each made it half
    again as slow, so the formula is repeated here; a test holds the two
    equal.

    Examples:
        >>> [(j, round(b, 3)) for j, b in bounds_within("medvedev", ["medvedevo", "putin", "medvedev"], 2)]
        [(2, 1.0), (0, 0.877)]
    """
    out = []
    size, last = len(key), key[-1:]
    for target, distance, j in process.extract(key, targets, scorer=OSA.distance, score_cutoff=cutoff, limit=None):
        if distance:
            cost = VOWEL_COST * distance + (ENDING_COST if target[-1:] != last else 0.0)
            length = size if size > len(target) else len(target)
            bound = 1.0 - (1.0 - THRESHOLD) * cost / (BUDGET_BASE + BUDGET_PER_LETTER * length)
            bound = (bound if bound > 0.0 else 0.0) * factor
        else:
            bound = factor
        if bound >= needed:
            out.append((j, bound))
    return out


def surname_needed(floor: float, given_score: float = 1.0, alone: bool = True) -> float:
    """The surname score below which `alignment_ceiling` (with these
    ``given_score`` and ``alone``) cannot exceed ``floor`` (a hair under,
    against rounding).

    Examples:
        >>> round(surname_needed(0.75), 3), round(surname_needed(0.75, 0.5, alone=False), 3)
        (0.583, 0.917)
    """
    needed = (floor - (1 - SURNAME_SHARE) * given_score) / SURNAME_SHARE
    if alone:
        needed = min(needed, floor / SURNAME_ALONE_FACTOR)
    return max(0.0, needed - 1e-9)


def looks_like_patronymic(word: str) -> bool:
    """A word ending like an East Slavic or Turkic patronymic, or a particle (``uulu``)."""
    if word in PATRONYMIC_PARTICLES:
        return True
    return any(word.endswith(e) and len(word) - len(e) >= PATRONYMIC_STEM for e in PATRONYMIC_ENDINGS)


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
    at = len(name) - 1 if surname_at is None else surname_at
    surname = name[at]
    best_at, surname_score = -1, 0.0
    last = len(query) - 1
    for i, word in enumerate(query):
        s = surname_similarity(word, surname)
        if s > surname_score or (s == surname_score and best_at >= 0 and i == last):
            best_at, surname_score = i, s
    if best_at < 0:
        return Alignment(0.0, 0.0, None, ())
    if last == 0:
        return Alignment(surname_score * SURNAME_ALONE_FACTOR, surname_score, None, ("surname alone",))
    notes: list[str] = []
    given_scores: list[float] = []
    penalty = 0.0
    unused = [w for i, w in enumerate(name) if i != at and w not in PATRONYMIC_PARTICLES]
    initials = any(len(g) == 1 for g in unused)  # the name's own initials (A. Lukashenko)
    stray_initials = 0
    for i, word in enumerate(query):
        if i == best_at:
            continue
        if len(word) == 1:  # an initial
            hit = next((g for g in unused if g.startswith(word)), None)
            if hit is not None:
                unused.remove(hit)
                given_scores.append(INITIAL_SCORE)
                notes.append(f"initial {word.upper()}. of {hit}")
            else:
                stray_initials += 1
            continue
        initial = next((g for g in unused if len(g) == 1 and word.startswith(g)), None) if initials else None
        if initial is not None:  # the name has the initial, the query the word
            unused.remove(initial)
            given_scores.append(INITIAL_SCORE)
            notes.append(f"{word} for the initial {initial.upper()}.")
            continue
        if len(unused) == 1:  # the usual case: one given name
            g = unused[0]
            s = given_similarity(word, g)
        else:
            s, g = max(((given_similarity(word, g), g) for g in unused), default=(0.0, ""))
        if s >= GIVEN_MIN:
            unused.remove(g)
            given_scores.append(s)
            if s == 1.0 and word != g:
                notes.append(f"given names {word!r} and {g!r} are forms of one name")
        elif looks_like_patronymic(word):
            penalty += PATRONYMIC_PENALTY
            notes.append(f"patronymic {word} not in the name")
        else:
            given_scores.append(s)
            penalty += EXTRA_WORD_PENALTY
    if stray_initials:
        # Beside a matching given name, an initial the name lacks is most
        # likely a patronymic's (Emomali S. Rahmon); alone, it is no match.
        if any(s >= GIVEN_MIN for s in given_scores):
            penalty += STRAY_INITIAL_PENALTY * stray_initials
            notes.append(f"{stray_initials} initial(s) not in the name, taken for a patronymic's")
        else:
            given_scores.extend([0.0] * stray_initials)
    given_score = sum(given_scores) / len(given_scores) if given_scores else 0.9
    score = SURNAME_SHARE * surname_score + (1 - SURNAME_SHARE) * given_score - penalty
    return Alignment(max(0.0, min(1.0, score)), surname_score, given_score, tuple(notes))
