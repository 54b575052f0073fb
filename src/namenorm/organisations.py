"""Organisations' names for [`compare`][namenorm.compare]: their words paired as
a screening analyst pairs them.

A company's name, once its legal form is set aside (``comparison.py``), is a
few words of unequal weight: the distinctive ones that say which company it
is (``Sberbank``, ``Gazprom``, ``Neft``), words that say what kind of
organisation it is (``Bank``, ``Company``, ``Group``), places (``of Russia``)
and function words (``of``, ``the``, ``и``). Each word's role comes from
``data/org_words.tsv``; the rules that use them:

- function words are left out; a word of a kind of organisation, and a
  place before the distinctive words, after ``of``, in the genitive or
  before a word of a kind (``Aeroflot Russian Airlines``), weigh
  `GENERIC_WEIGHT` of a distinctive word of as many letters, so that ``VTB
  Bank`` is ``VTB`` and ``Sberbank of Russia`` is ``Sberbank``, while
  ``Gazprom Neft`` is not ``Gazprom``, nor ``Gazprom Germania``;
- two places agree when they name one country (``Russia``, ``Rossii``,
  ``России``), and a Russian or Ukrainian adjective made from a place's name
  is that place (``Уральский`` / ``Ural``, ``Норильский`` / ``Norilsk``), as
  is its possessive (``Iran's``);
- two distinctive words agree when they are one word in two languages
  (``Finance`` / ``Finansovaya``) and weigh as distinctive words still:
  ``Sberbank Finance`` is not ``Sberbank Insurance``;
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
for every script and transliteration. The rules and the table are worked out
in the compiled core (``rust/src/compare/organisations.rs``); this module is
their Python face, for reading and for tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import _core
from .cache import cached
from .explain import render

__all__ = [
    "ACRONYM_SIMILARITY",
    "BOTH_EXTRA",
    "GENERIC_WEIGHT",
    "JOIN_FLOOR",
    "MIN_LETTERS",
    "PAIR_FLOOR",
    "is_function_word",
    "marks_organisation",
    "organisation_similarity",
    "word_roles",
]

#: The weight of a word of a kind of organisation, or of a place, against a
#: distinctive word of as many letters.
GENERIC_WEIGHT: float = _core.GENERIC_WEIGHT
#: The factor when each name keeps a word the other lacks.
BOTH_EXTRA: float = _core.BOTH_EXTRA
#: A distinctive word weighs as many letters as it has, and at least this
#: many: a short word (``AST``, ``Neft``) tells two companies apart as well as a long one.
MIN_LETTERS: int = _core.MIN_LETTERS
#: Words less alike than this are not paired.
PAIR_FLOOR: float = _core.PAIR_FLOOR
#: How alike a word and two words of the other name written together must be
#: to be paired (``Alkhamael`` / ``Al Khamail``).
JOIN_FLOOR: float = _core.JOIN_FLOOR
#: The share of their weight an abbreviation and the words whose initials it
#: spells earn (other pairs earn their similarity squared).
ACRONYM_SIMILARITY: float = _core.ACRONYM_SIMILARITY


@cached("organisations.word_roles")
def word_roles() -> dict[str, str]:
    """The roles of ``data/org_words.tsv`` by match key: ``"stop"``,
    ``"link"``, ``"generic:WORD"`` (WORD the match key of the word it stands
    for, itself if none), ``"means:WORD"`` (a distinctive word that translates
    WORD: ``finansovaya``, ``finance``) or ``"place:XX"`` (XX a country code, or a city's:
    ``RU-Moscow``), ending in ``":of"`` for a place in the genitive.

    Examples:
        >>> from namenorm.keys import match_key
        >>> roles = word_roles()
        >>> roles[match_key("банк")], roles[match_key("Co")], roles[match_key("of")], roles[match_key("России")]
        ('generic:bank', 'generic:compani', 'link', 'place:RU:of')
    """
    return dict(_core.org_word_roles())


def is_function_word(word: str) -> bool:
    """Whether a match key is a function word of organisations' names (``of``, ``и``, ``de``).

    Examples:
        >>> is_function_word("ov"), is_function_word("i"), is_function_word("bank")
        (True, True, False)
    """
    return _core.is_function_word(word)


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
    return _core.marks_organisation(word)


def organisation_similarity(a: Sequence[str], b: Sequence[str], notes: list[str] | None = None) -> float:
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
    score, records = _core.organisation_similarity(list(a), list(b))
    if notes is not None:
        notes.append(render(("organisation words", records)))
    return score
