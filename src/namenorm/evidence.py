"""Open world: what a candidate must show before it may decide.

Most strings a pipeline meets are names the gazetteer does not hold. A
candidate found as the query is written (its exact or ASCII key) is the
gazetteer speaking; every other way of finding one also finds names by
chance: an ending removed from a word that only looks inflected (``city``
read as a Czech genitive of ``Cita``), a loose key on a short word
(``Garcia`` and the Bulgarian ``Гърция``), a prefix (``Hotel`` and
``Hoten``), a fuzzy alignment of a common surname (``Andersen`` and
``Andersson``). Such a coincidence is the likelier the shorter the key that
matched, the more readings of the query were tried (without a language hint,
every language's endings) and the more keys the gazetteer has.

So each way of finding a candidate, a *route*, needs a key of some length
before the candidate may decide (:data:`ROUTE_LETTERS`, letters of the key
without spaces); a gazetteer larger than the default needs more, a smaller
one fewer, and a prominent entity fewer (:func:`letters_needed`). A candidate that falls short keeps its place among
:meth:`~namenorm.Resolver.candidates`, its score multiplied by
:data:`CHANCE_FACTOR` (below any threshold worth using), and its
explanation says why. The lengths were chosen on development data: names
the default gazetteer holds (inflected proper nouns of 12 languages, person
names as 40 languages write them) against names and words of 60 locales it
does not hold (``benchmarks/openworld.py``).
"""

from __future__ import annotations

import math
from enum import Enum

__all__ = ["CHANCE_FACTOR", "ROUTE_LETTERS", "Route", "chance_step", "letters_needed"]


class Route(Enum):
    """How a candidate was found, as far as chance is concerned."""

    #: a loose key (match or compact) of the query as written
    LOOSE = "a loose key of the query as written"
    #: the ASCII key of a spelling generated from a native name (every convention's: many keys)
    GENERATED = "a spelling generated from a native name"
    #: an exact or ASCII key after the hinted language's ending was removed: the hint vouches for the ending
    HINTED_ENDING = "an ending of the hinted language"
    #: a loose key after the hinted language's ending was removed
    HINTED_ENDING_LOOSE = "a loose key after an ending of the hinted language"
    #: an exact or ASCII key after an ending no hint asked for (no hint, or another language's)
    GUESSED_ENDING = "an ending no language hint asked for"
    #: a loose key after an ending no hint asked for
    GUESSED_ENDING_LOOSE = "a loose key after an ending no language hint asked for"
    #: a person's surname alone after an ending no hint asked for
    GUESSED_ENDING_SURNAME = "a surname alone after an ending no language hint asked for"
    #: the longest prefix shared with a name, no ending rule confirming it
    PREFIX = "a shared prefix"
    #: a fuzzy match of a one-word query that is not a person's surname alone
    FUZZY_WORD = "a fuzzy match of one word"
    #: a fuzzy match of a query of several words
    FUZZY_NAME = "a fuzzy match of several words"
    #: a person's surname alone, matched by keys equal after folding
    SURNAME_KEY = "a surname alone by its match key"
    #: an ending no hint asked for, cutting into a surname-forming ending (Pavlov read as Pavel, Ivanova as Ivanovo)
    SURNAME_SHAPED = "an ending no language hint asked for, on a word shaped like a surname"
    #: a person's surname alone as the other's form with a surname-forming ending (Rakhmonov, Rahmon)
    SURNAME_SUFFIX = "a surname alone and a form of it with a surname-forming ending"
    #: the query's letters as written, only spaced or punctuated differently (Venemaa, Vene maa)
    SPACING = "the letters as written, spaced differently"
    #: a person's surname alone with vowels changed, its consonants as they are (Abduldayev, Abdyldayev)
    SURNAME_VOWELS = "a surname alone with vowels changed"
    #: a person's surname alone with other letters changed (other than a surname-forming ending)
    FUZZY_SURNAME = "a surname alone with letters changed"


#: The fewest letters of the matched key each route needs at the size of the
#: default gazetteer (about 65,000 keys). Routes not listed need none.
ROUTE_LETTERS: dict[Route, int] = {
    Route.LOOSE: 7,
    Route.GENERATED: 6,
    Route.HINTED_ENDING: 3,
    Route.HINTED_ENDING_LOOSE: 5,
    Route.GUESSED_ENDING: 8,
    Route.GUESSED_ENDING_LOOSE: 9,
    Route.GUESSED_ENDING_SURNAME: 6,
    Route.PREFIX: 5,
    Route.FUZZY_WORD: 9,
    Route.FUZZY_NAME: 8,
    Route.SURNAME_KEY: 5,
    # Transliterations drift in their vowels (Kyrgyz ы as u, y or i):
    # a long surname whose consonants all agree is evidence.
    Route.SURNAME_VOWELS: 9,
    Route.SURNAME_SUFFIX: 8,
    Route.SPACING: 5,
    # Andersen is not Andersson, nor Johansson Johnson: no length makes up
    # for a surname alone with letters changed.
    Route.FUZZY_SURNAME: 1000,
    # A word shaped like a surname (Romanov, Ivanova) is more likely a
    # surname the gazetteer lacks than another name with a guessed ending.
    Route.SURNAME_SHAPED: 1000,
}
#: The number of keys the lengths above were chosen at.
BASE_KEYS = 1 << 16
#: Bits of evidence one more letter of a key gives (a chance match of a key
#: one letter longer is about this many times rarer): estimated on the
#: development data as the ratio of chance matches at successive lengths.
BITS_PER_LETTER = 2.0
#: The routes on which an entity's prominence counts: an inflected form is
#: as common as the name is, whereas a misspelling, a loose key or a shared
#: prefix of a prominent name is no likelier than of any other.
PROMINENCE_ROUTES = frozenset({Route.GUESSED_ENDING, Route.GUESSED_ENDING_SURNAME})
#: The most letters an entity's prominence makes up for.
PROMINENCE_LETTERS = 3.0
#: A fuzzy match's key counts this many letters fewer for every edit between
#: it and the name's (an edit of a key of L letters can go about 20·L ways,
#: 7 to 8 bits; chosen on the development data: three letters cost a
#: transliterated full name with an ending left on, S. Sargsiano).
EDIT_LETTERS = 2.5
#: The score of a candidate whose key is too short for its route is
#: multiplied by this: it stays a candidate, but cannot decide.
CHANCE_FACTOR = 0.7


def letters_needed(route: Route, keys: int, weight: float = 1.0) -> float:
    """The fewest letters a key found by ``route`` needs in an index of ``keys``
    keys, for an entity of prominence ``weight``.

    A chance match is as likely as the keys are many: every doubling of
    them needs :data:`BITS_PER_LETTER` more bits of key, and a smaller
    gazetteer needs fewer. And it is weighed against how likely the entity
    is to be named at all: a gazetteer's ``weight`` counts tenfold
    prominence as one (a city of a million people has 2, one of ten
    million 3), which makes up for some letters of an inflected form, at
    most :data:`PROMINENCE_LETTERS` (:data:`PROMINENCE_ROUTES`).

    Examples:
        >>> letters_needed(Route.GUESSED_ENDING, 65_536), round(letters_needed(Route.GUESSED_ENDING, 3_000_000), 2)
        (8.0, 10.76)
        >>> letters_needed(Route.GUESSED_ENDING, 65_536, weight=4.0), letters_needed(Route.LOOSE, 65_536, weight=4.0)
        (5.0, 7.0)
        >>> letters_needed(Route.HINTED_ENDING, 65_536), round(letters_needed(Route.HINTED_ENDING, 3_000_000), 2)
        (3.0, 5.76)
    """
    base = ROUTE_LETTERS.get(route, 0)
    if base == 0:
        return 0.0
    size = math.log2(max(keys, 1) / BASE_KEYS) / BITS_PER_LETTER
    prominence = 0.0
    if route in PROMINENCE_ROUTES:
        prominence = min(PROMINENCE_LETTERS, math.log2(10) * (weight - 1.0) / BITS_PER_LETTER)
    return max(0.0, base + size - prominence)


def chance_step(route: Route, key: str, needed: float) -> str:
    """The explanation step of a candidate whose key is too short for its route."""
    letters = len(key.replace(" ", ""))
    need = f"needs {needed:.1f}" if needed < ROUTE_LETTERS[Route.FUZZY_SURNAME] / 2 else "decides nothing by itself"
    return (
        f"open world: {route.value} with a key of {letters} letter(s) ({key!r}) "
        f"is too likely by chance ({need}); score x {CHANCE_FACTOR}"
    )
