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
before the candidate may decide (`ROUTE_LETTERS`, letters of the key
without spaces); a gazetteer larger than the default needs more, a smaller
one fewer, and a prominent entity fewer (`letters_needed`). A candidate
that falls short keeps its place among the candidates, its score multiplied
by `CHANCE_FACTOR` (below any threshold worth using), and its explanation
says why. The lengths were chosen on development data (``benchmarks/openworld.py``).

The gate runs in the compiled core (``rust/src/evidence.rs``); the routes
and their lengths are the table ``data/routes.tsv``, which the core embeds.
This module is their Python face.
"""

from __future__ import annotations

from enum import Enum

from . import _core

__all__ = [
    "BITS_PER_LETTER",
    "CHANCE_FACTOR",
    "EDIT_LETTERS",
    "PROMINENCE_ROUTES",
    "ROUTE_LETTERS",
    "Route",
    "letters_needed",
]

_TABLE = {name: (letters, prominence, description) for name, letters, prominence, description in _core.routes()}


class Route(Enum):
    """How a candidate was found, as far as chance is concerned: the routes of
    ``data/routes.tsv``, each valued with its description there."""

    LOOSE = _TABLE["LOOSE"][2]
    GENERATED = _TABLE["GENERATED"][2]
    HINTED_ENDING = _TABLE["HINTED_ENDING"][2]
    HINTED_ENDING_LOOSE = _TABLE["HINTED_ENDING_LOOSE"][2]
    GUESSED_ENDING = _TABLE["GUESSED_ENDING"][2]
    GUESSED_ENDING_LOOSE = _TABLE["GUESSED_ENDING_LOOSE"][2]
    GUESSED_ENDING_SURNAME = _TABLE["GUESSED_ENDING_SURNAME"][2]
    PREFIX = _TABLE["PREFIX"][2]
    FUZZY_WORD = _TABLE["FUZZY_WORD"][2]
    FUZZY_NAME = _TABLE["FUZZY_NAME"][2]
    SURNAME_KEY = _TABLE["SURNAME_KEY"][2]
    SURNAME_SHAPED = _TABLE["SURNAME_SHAPED"][2]
    SURNAME_SUFFIX = _TABLE["SURNAME_SUFFIX"][2]
    SPACING = _TABLE["SPACING"][2]
    SURNAME_VOWELS = _TABLE["SURNAME_VOWELS"][2]
    FUZZY_SURNAME = _TABLE["FUZZY_SURNAME"][2]


#: The fewest letters of the matched key each route needs at the size of the
#: default gazetteer (`BASE_KEYS` keys); 0: none.
ROUTE_LETTERS: dict[Route, int] = {Route[name]: row[0] for name, row in _TABLE.items()}
#: The routes on which an entity's prominence counts.
PROMINENCE_ROUTES: frozenset[Route] = frozenset(Route[name] for name, row in _TABLE.items() if row[1])
#: The number of keys the lengths were chosen at.
BASE_KEYS: int = _core.BASE_KEYS
#: Bits of evidence one more letter of a key gives.
BITS_PER_LETTER: float = _core.BITS_PER_LETTER
#: A fuzzy match's key counts this many letters fewer for every edit between it and the name's.
EDIT_LETTERS: float = _core.EDIT_LETTERS
#: The score of a candidate whose key is too short for its route is multiplied by this.
CHANCE_FACTOR: float = _core.CHANCE_FACTOR


def letters_needed(route: Route, keys: int, weight: float = 1.0) -> float:
    """The fewest letters a key found by ``route`` needs in an index of ``keys``
    keys, for an entity of prominence ``weight`` (a gazetteer ``weight``
    counts tenfold prominence as one letter's worth of evidence on
    `PROMINENCE_ROUTES`, at most three).

    Examples:
        >>> letters_needed(Route.GUESSED_ENDING, 65_536), round(letters_needed(Route.GUESSED_ENDING, 3_000_000), 2)
        (8.0, 10.76)
        >>> letters_needed(Route.GUESSED_ENDING, 65_536, weight=4.0), letters_needed(Route.LOOSE, 65_536, weight=4.0)
        (5.0, 7.0)
        >>> letters_needed(Route.HINTED_ENDING, 65_536), round(letters_needed(Route.HINTED_ENDING, 3_000_000), 2)
        (3.0, 5.76)
    """
    return _core.letters_needed(route.name, keys, weight)
