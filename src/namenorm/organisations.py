"""Organisations' names for [`compare`][namenorm.compare]: their words paired as
a screening analyst pairs them.

A company's name, once its legal form is set aside (``comparison.py``), is a
few words of unequal weight: the distinctive ones that say which company it
is (``Sberbank``, ``Gazprom``, ``Neft``), words that say what kind of
organisation it is (``Bank``, ``Company``, ``Group``), places (``of Russia``)
and function words (``of``, ``the``, ``и``). Each word's role comes from
``data/org_words.tsv``; the rules that use them:

- function words are left out; a word of a kind of organisation, and a
  place before the distinctive words, after ``of`` or in the genitive,
  weigh `GENERIC_WEIGHT` of a distinctive word of as many letters, so that ``VTB Bank`` is ``VTB`` and
  ``Sberbank of Russia`` is ``Sberbank``, while ``Gazprom Neft`` is not
  ``Gazprom``, nor ``Gazprom Germania``;
- two places agree when they name one country (``Russia``, ``Rossii``,
  ``России``);
- an abbreviation stands for the words whose initials it spells, in order,
  function words aside (``PKN Orlen`` / ``Polski Koncern Naftowy Orlen``,
  ``Sberbank-AST`` / ``Sberbank Avtomatizirovannaya Sistema Torgov``);
- a word pairs with two neighbouring words of the other name that it writes
  as one (``Alkhamael`` / ``Al Khamail``, ``EuroChem`` / ``Euro Chem``);
- the words left are paired in any order, best pairs first, as people's
  words are (`namenorm.score.given_similarity`); a name's score is the
  weight of what pairs (each pair's similarity squared) over the weight of
  both names;
- when each name keeps a word the other lacks (``Alfa-Bank`` / ``Alfa Group``,
  ``Aunetic Germany`` / ``Aunetic Sweden``), they name two organisations
  more likely than one: the score is multiplied by `BOTH_EXTRA`.

Words are match keys (`namenorm.keys.match_key`): the rules see one spelling
for every script and transliteration.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .cache import register
from .errors import TableError
from .keys import match_key
from .resources import table
from .score import given_similarity

__all__ = [
    "ACRONYM_SIMILARITY",
    "BOTH_EXTRA",
    "GENERIC_WEIGHT",
    "JOIN_FLOOR",
    "MIN_LETTERS",
    "PAIR_FLOOR",
    "POWER",
    "is_function_word",
    "marks_organisation",
    "organisation_similarity",
    "word_roles",
]

#: The weight of a word of a kind of organisation, or of a place, against a
#: distinctive word of as many letters.
GENERIC_WEIGHT = 0.15
#: The factor when each name keeps a word the other lacks.
BOTH_EXTRA = 0.85
#: A distinctive word weighs as many letters as it has, and at least this
#: many: a short word (``AST``, ``Neft``) tells two companies apart as well as a long one.
MIN_LETTERS = 5
#: Pairs of words earn their similarity to this power (2: a soft minimum,
#: one poor pair sinks the name).
POWER = 2.0
#: Words less alike than this are not paired.
PAIR_FLOOR = 0.5
#: How alike a word and two words of the other name written together must be
#: to be paired (``Alkhamael`` / ``Al Khamail``).
JOIN_FLOOR = 0.8
#: The share of their weight an abbreviation and the words whose initials it
#: spells earn (other pairs earn their similarity squared).
ACRONYM_SIMILARITY = 0.9
#: The longest abbreviation read as one (letters), and the shortest.
ACRONYM_LETTERS = (2, 6)

_ROLES = ("stop", "link", "generic")


@lru_cache(maxsize=1)
def word_roles() -> dict[str, str]:
    """The roles of ``data/org_words.tsv`` by match key: ``"stop"``,
    ``"link"``, ``"generic:WORD"`` (WORD the match key of the word it stands
    for, itself if none) or ``"place:XX"`` (XX a country code, or a city's:
    ``RU-Moscow``), ending in ``":of"`` for a place in the genitive.

    Examples:
        >>> roles = word_roles()
        >>> roles[match_key("банк")], roles[match_key("Co")], roles[match_key("of")], roles[match_key("России")]
        ('generic:bank', 'generic:compani', 'link', 'place:RU:of')
    """
    roles: dict[str, str] = {}
    for row in table("namenorm.data", "org_words.tsv", 2):
        word, role = row.cells
        kind, _, value = role.partition(":")
        if not (role in _ROLES or (kind == "generic" and value) or (kind == "place" and value[:2].isupper())):
            raise TableError(
                "the role must be stop, link, generic, generic:WORD or place:XX; write word<TAB>role",
                file="namenorm/data/org_words.tsv",
                line=row.line,
            )
        key = match_key(word, None) if word != "&" else "&"
        if role == "generic":
            role = f"generic:{key}"
        elif kind == "generic":
            role = f"generic:{match_key(value, None)}"
        roles[key] = role
    return roles


register("organisations.word_roles", word_roles.cache_clear)


def is_function_word(word: str) -> bool:
    """Whether a match key is a function word of organisations' names (``of``, ``и``, ``de``).

    Examples:
        >>> is_function_word("ov"), is_function_word("i"), is_function_word("bank")
        (True, True, False)
    """
    return word_roles().get(word) in ("stop", "link")


def marks_organisation(word: str) -> bool:
    """Whether a match key is a word people's names do not have: a word for a
    kind of organisation (``bank``, ``kompania``), a function word such as
    ``of``, or a place in the genitive (``Rossii``); not a place as such
    (``Georgia`` is also a given name).

    Examples:
        >>> marks_organisation("bank"), marks_organisation("ov"), marks_organisation("rosi")
        (True, True, True)
        >>> marks_organisation("gazprom"), marks_organisation("georgia")
        (False, False)
    """
    role = word_roles().get(word)
    return role is not None and (role == "link" or role.startswith("generic:") or role.endswith(":of"))


class _Word(NamedTuple):
    key: str
    role: str  # "" for a distinctive word, "generic:WORD", or "place:XX"
    weight: float


def _words(keys: tuple[str, ...]) -> list[_Word]:
    """The words that count, with their roles (a place by its country code
    alone) and weights."""
    roles = word_roles()
    out = []
    after_link = named = False
    for key in keys:
        role = roles.get(key, "")
        if role in ("stop", "link"):
            after_link = role == "link"
            continue
        light = role.startswith("generic:")
        if role.startswith("place:"):
            # Before the name, a place is where the company is registered
            # (Hangzhou Hikvision); after it, which company of a group (Gazprom Germania).
            light = after_link or role.endswith(":of") or not named
            role = role.removesuffix(":of")
        named = named or not role
        weight = len(key) * GENERIC_WEIGHT if light else max(len(key), MIN_LETTERS)
        out.append(_Word(key, role, weight))
        after_link = False
    return out


def _acronyms(short: list[_Word], long: list[_Word]) -> list[tuple[int, int, int]]:
    """Every reading of a word of ``short`` as the initials of a run of two or
    more words of ``long``, in order: (index in short, start, stop in long).
    A word the other name has as a word is that word, not an abbreviation."""
    found = []
    initials = "".join(w.key[0] for w in long)
    present = {w.key for w in long}
    low, high = ACRONYM_LETTERS
    for i, word in enumerate(short):
        if not low <= len(word.key) <= high or word.role or word.key in present:
            continue
        start = initials.find(word.key)
        while start >= 0:
            found.append((i, start, start + len(word.key)))
            start = initials.find(word.key, start + 1)
    return found


def _joined(wa: list[_Word], wb: list[_Word], used_a: set[int], used_b: set[int], pairs: list[str] | None) -> float:
    """Pair a word of either name with two neighbouring words of the other
    that it writes as one (``Alkhamael`` / ``Al Khamail``, ``Sberbank`` /
    ``Sber Bank``), the likest first, before words are paired one to one (or
    ``Euro`` would take ``EuroChem``); what the pairs earn. A word the other
    name has as a word is that word."""
    readings = []
    for side, (one, two, used_one, used_two) in enumerate(((wa, wb, used_a, used_b), (wb, wa, used_b, used_a))):
        present = {w.key for w in two}
        for i, word in enumerate(one):
            if i in used_one or word.role or word.key in present:
                continue
            for j in range(len(two) - 1):
                if j in used_two or j + 1 in used_two or two[j].role.startswith("place:"):
                    continue
                joined = two[j].key + two[j + 1].key
                s = 1.0 if joined == word.key else given_similarity(word.key, joined)
                if s >= JOIN_FLOOR:
                    readings.append((-s, word.key, joined, side, i, j))
    earned = 0.0
    for negative, key, _joined_key, side, i, j in sorted(readings):
        one, two, used_one, used_two = (wa, wb, used_a, used_b) if side == 0 else (wb, wa, used_b, used_a)
        if i in used_one or j in used_two or j + 1 in used_two:
            continue
        used_one.add(i)
        used_two.update((j, j + 1))
        earned += (-negative) ** POWER * (one[i].weight + two[j].weight + two[j + 1].weight)
        if pairs is not None:
            pairs.append(f"{key!r} ~ {two[j].key + ' ' + two[j + 1].key!r} {-negative:.2f}")
    return earned


def _similarity(x: _Word, y: _Word) -> float:
    if x.key == y.key or (x.role and x.role == y.role):
        return 1.0  # one word, one kind of organisation in two languages, one country
    if x.role.startswith("place:") or y.role.startswith("place:"):
        return 0.0
    if len(x.key) == 1 or len(y.key) == 1:
        return 0.0
    return given_similarity(x.key, y.key)


def organisation_similarity(a: tuple[str, ...], b: tuple[str, ...], notes: list[str] | None = None) -> float:
    """How alike two organisations' names are, from their match-key words
    (legal forms already set aside); with ``notes``, the pairs are appended.

    Examples:
        >>> round(organisation_similarity(("sberbank",), ("sberbank", "ov", "rusia")), 3)
        0.955
        >>> organisation_similarity(("gazprom",), ("gazprom", "neft")) < 0.8
        True
        >>> organisation_similarity(("pkn", "orlen"), ("polski", "koncern", "naftovi", "orlen")) > 0.9
        True
    """
    wa, wb = _words(a), _words(b)
    total = sum(w.weight for w in wa) + sum(w.weight for w in wb)
    if not total:
        return 0.0
    used_a: set[int] = set()
    used_b: set[int] = set()
    earned = 0.0
    pairs: list[str] = []
    # Abbreviations first, the heaviest readings first (the same whichever
    # name comes first): the words they stand for are theirs.
    readings = []
    for side, (short, long) in enumerate(((wa, wb), (wb, wa))):
        for i, start, stop in _acronyms(short, long):
            weight = short[i].weight + sum(w.weight for w in long[start:stop])
            spelled = " ".join(w.key for w in long[start:stop])
            readings.append((-weight, short[i].key, spelled, side, i, start, stop))
    for negative, key, spelled, side, i, start, stop in sorted(readings):
        used_s, used_l = (used_a, used_b) if side == 0 else (used_b, used_a)
        if i in used_s or used_l.intersection(range(start, stop)):
            continue
        used_s.add(i)
        used_l.update(range(start, stop))
        earned += ACRONYM_SIMILARITY * -negative  # not squared: a sure pairing, not a spelling's likeness
        if notes is not None:
            pairs.append(f"{key!r} = initials of {spelled!r}")
    earned += _joined(wa, wb, used_a, used_b, pairs if notes is not None else None)
    scored = sorted(
        (
            (_similarity(x, y), x.weight + y.weight, min(x.key, y.key), max(x.key, y.key), i, j)
            for i, x in enumerate(wa)
            if i not in used_a
            for j, y in enumerate(wb)
            if j not in used_b
        ),
        reverse=True,
    )
    for s, weight, _low, _high, i, j in scored:
        if s < PAIR_FLOOR or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        earned += s**POWER * weight
        if notes is not None:
            pairs.append(f"{wa[i].key!r} ~ {wb[j].key!r} {s:.2f}")
    score = earned / total
    if len(used_a) < len(wa) and len(used_b) < len(wb):
        score *= BOTH_EXTRA
        if notes is not None:
            pairs.append(f"each name keeps a word the other lacks: x{BOTH_EXTRA}")
    if notes is not None:
        notes.append("organisation words paired: " + (", ".join(pairs) or "none"))
    return score
