"""Explanations: the core's step records rendered to text.

The compiled core (``rust/src/resolver/steps.rs``) says what each stage did
and with what, as a record: a kind and its parameters. This module is the
one place their wording lives, so that
[`Match.explain`][namenorm.Match.explain] reads the same whichever stage
found the candidate, and strings are quoted as Python quotes them.

Examples:
    >>> render(("key", "ascii", "atambaev", "alias", "Atambaev"))
    "ascii key 'atambaev' = alias 'Atambaev'"
    >>> render(("ending", "ille", "putinille", "allative", "fi", "putin", 0.9))
    "ending -ille removed from 'putinille': allative (fi) -> 'putin' [prior 0.90]"
    >>> render(("initial", "a", "aleksander"))
    'initial A. of aleksander'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from . import _core

__all__ = ["KIND_LABEL", "Step", "chance_step", "prominence_step", "render", "render_all"]

#: A step record of the core: its kind first, then its parameters.
Step = tuple[Any, ...]

#: How each kind of name is named in an explanation.
KIND_LABEL = {
    "name": "canonical name",
    "alias": "alias",
    "native": "native name",
    "generated": "spelling generated from",
}
_ROUTES = {name: (letters, description) for name, letters, _prominence, description in _core.routes()}
#: At or above this many letters, a route decides nothing by itself (half a surname with letters changed).
_NOTHING_BY_ITSELF = _ROUTES["FUZZY_SURNAME"][0] / 2


def chance_step(route: str, key: str, needed: float) -> str:
    """The step of a candidate whose key is too short for its route (a route's name, see `namenorm.evidence`).

    Examples:
        >>> print(chance_step("PREFIX", "hote", 5.0))
        open world: a shared prefix with a key of 4 letter(s) ('hote') is too likely by chance (needs 5.0); score x 0.7
    """
    letters = len(key.replace(" ", ""))
    need = f"needs {needed:.1f}" if needed < _NOTHING_BY_ITSELF else "decides nothing by itself"
    return (
        f"open world: {_ROUTES[route][1]} with a key of {letters} letter(s) ({key!r}) "
        f"is too likely by chance ({need}); score x {_core.CHANCE_FACTOR}"
    )


def prominence_step(top: str, weight: float, rivals: Sequence[str]) -> str:
    """The step of a match chosen among rivals within the margin as the more prominent.

    Examples:
        >>> prominence_step("Sadyr Japarov", 3.0, ["Akylbek Japarov"])
        'ambiguous with Akylbek Japarov; Sadyr Japarov chosen as the more prominent (weight 3)'
    """
    return f"ambiguous with {', '.join(rivals)}; {top} chosen as the more prominent (weight {weight:g})"


def _name(kind: str, text: str) -> str:
    return f"{KIND_LABEL[kind]} {text!r}"


_RENDER: dict[str, Callable[..., str]] = {
    "cleaned": lambda query, fixes: f"cleaned to {query!r} ({', '.join(fixes)})",
    "ending": lambda ending, word, case, lang, base, weight: (
        f"ending -{ending} removed from {word!r}: {case} ({lang}) -> {base!r} [prior {weight:.2f}]"
    ),
    "key": lambda level, key, kind, text: f"{level} key {key!r} = {_name(kind, text)}",
    "surname": lambda key, kind, text: f"surname {key!r} of {_name(kind, text)}",
    "stem": lambda word, prefix, kind, text: (
        f"no ending rule confirmed; {word!r} starts with {prefix!r} of {_name(kind, text)}"
    ),
    "found": lambda exact, kind, text: f"{'key match' if exact else 'fuzzy match'} with {_name(kind, text)}",
    "chance": chance_step,
    # What an alignment of name parts did (namenorm.score.align_person).
    "surname alone": lambda: "surname alone",
    "initial": lambda word, given: f"initial {word.upper()}. of {given}",
    "for initial": lambda word, initial: f"{word} for the initial {initial.upper()}.",
    "given forms": lambda word, given: f"given names {word!r} and {given!r} are forms of one name",
    "patronymic": lambda word: f"patronymic {word} not in the name",
    "other patronymic": lambda word, other: f"patronymic {word} where the name has {other}: another father",
    "stray initials": lambda count: f"{count} initial(s) not in the name, taken for a patronymic's",
    "nasab tail": lambda words: f"the short form of an Arabic name: {words} left out (grandfathers, family)",
    # What a comparison of two names did (namenorm.compare, rust/src/compare/).
    "keys": lambda a, b: f"keys {a!r} vs {b!r}",
    "legal forms": lambda a, a_kind, b, b_kind: (
        f"legal forms {a or '-'} ({a_kind or 'none'}) vs {b or '-'} ({b_kind or 'none'})"
    ),
    "words paired": lambda pairs: "words paired: " + (", ".join(_pair(*p) for p in pairs) or "none"),
    "organisation words": lambda notes: (
        "organisation words paired: " + (", ".join(_ORGANISATION[n[0]](*n[1:]) for n in notes) or "none")
    ),
    "person": lambda notes: "\n".join(render_all(notes)) or "name parts aligned",
    "sure": lambda: "the names match as single strings: words not aligned",
    "ceiling": lambda ceiling: f"the words cannot align better than {ceiling:.3f}: not aligned",
    "other fathers": lambda a, b, cap: f"other fathers ({a}, {b}): no more than {cap:.3f}",
    "acronym": lambda: "one name is the initials of the other's words",
    "readings": lambda whole, words, person: f"whole {whole:.3f}, words {words:.3f}, person {person:.3f}",
    "legal forms differ": lambda factor: f"legal forms differ: x{factor}",
    "numbers differ": lambda a, b, factor: f"numbers differ ({a} vs {b}): x{factor}",
    "generations": lambda a, b, factor: (
        f"generational suffixes: generation {a or 'none'} vs {b or 'none'} (1 Sr., 2 Jr.): x{factor}"
    ),
}


def _pair(a: str, b: str, similarity: float) -> str:
    return f"{a!r} ~ {b!r} {similarity:.2f}"


# How an organisation's words were paired (rust/src/compare/organisations.rs).
_ORGANISATION: dict[str, Callable[..., str]] = {
    "initials": lambda word, words: f"{word!r} = initials of {words!r}",
    "joined": _pair,
    "pair": _pair,
    "both extra": lambda factor: f"each name keeps a word the other lacks: x{factor}",
}


def render(step: Step) -> str:
    """One step record as a line of an explanation."""
    return _RENDER[step[0]](*step[1:])


def render_all(steps: Sequence[Step]) -> tuple[str, ...]:
    """Every step record, rendered, in order."""
    return tuple(_RENDER[step[0]](*step[1:]) for step in steps)
