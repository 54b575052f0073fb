"""Pairwise comparison of two names, for deduplication and screening.

[`compare`][namenorm.compare] says how alike two names are, with no gazetteer: both are
folded into transliteration-neutral match keys (`namenorm.keys`), their
words aligned (`namenorm.score`), and the result calibrated so that
`DEFAULT_THRESHOLD` means the same for short and long names.

What it absorbs:

- transliteration and diacritics: ``Žeenbekov`` / ``Dscheenbekow`` /
  ``Жээнбеков``; with ``lang``, the letters of that language's orthography
  (``Szergej Sojgu``, ``lang="hu"``);
- word order (``Medvedev Dmitry``), initials (``D. Medvedev``), a patronymic
  or middle name present on one side only, given-name forms (``Aleksandr`` /
  ``Oleksandr`` / ``Aliaksandr``);
- companies' legal forms, abbreviated or written out, in any script and
  anywhere in the name (``ООО «Ромашка»`` / ``Romashka LLC`` /
  ``Obshchestvo s ogranichennoi otvetstvennostyu Romashka``, table
  ``translit/legal_forms.tsv``; a name in Chinese characters, written
  without spaces, is read word by word: ``华为技术有限公司`` /
  ``Huawei Technologies Co., Ltd.``): set aside from both names and compared
  apart, by kind (limited, stock, partnership, sole, state): two kinds weaken
  the score (`LEGAL_FORM_MISMATCH`), a form on one side only costs nothing;
- organisations' words (`namenorm.organisations`): a name with a legal form,
  or a word people's names lack (``Bank``, ``Company``, ``of``), is read as
  an organisation's; its words are paired in any order, words for a kind of
  organisation and places weigh little (``VTB Bank`` / ``ВТБ``, ``Sberbank of
  Russia`` / ``Сбербанк``), a distinctive word one name lacks weighs fully
  (``Gazprom Neft`` is not ``Gazprom``), and an abbreviation stands for the
  words whose initials it spells (``PKN Orlen`` / ``Polski Koncern Naftowy
  Orlen``);
- acronyms of a whole name (``IBM`` / ``International Business Machines``);
- generational suffixes (``Jr.``, ``Sr.``, ``III``, ``-младший``), set apart
  from both names: two that name other generations are a father and his son
  (`GENERATIONS_DIFFER`), a suffix on one side only costs a little
  (`GENERATION_MISSING`);
- numbers: two names that both hold numbers (digits, Roman numerals in
  capitals) and disagree on them are two (`NUMBERS_DIFFER`: ``Atlantic
  Shipping 1`` / ``Atlantic Shipping 2``, ``Fund II`` / ``Fund III``);
- titles (``President``), mixed-script letters and mojibake, as the resolver's
  cleaning does.

The score is symmetric, in [0, 1], and 1.0 for a name compared with itself.
Everything above is worked out in the compiled core (``rust/src/compare/``),
one crossing per pair; this module checks the arguments, bounds the names,
and words an explanation (`namenorm.explain`).

Input limit: a name is read up to its first `MAX_WORDS` words and
`MAX_NAME_LENGTH` characters (no name is longer; the words of two names are
paired with each other, so this bounds the time of a comparison: two 10 KB
strings compare in well under 50 ms).
"""

from __future__ import annotations

from typing import NamedTuple

from . import _core
from .cache import cached
from .clean import MAX_NAME_LENGTH
from .codes import check_language
from .explain import render_all
from .score import THRESHOLD

__all__ = [
    "DEFAULT_THRESHOLD",
    "GENERATIONS_DIFFER",
    "GENERATION_MISSING",
    "LEGAL_FORM_MISMATCH",
    "MAX_NAME_LENGTH",
    "MAX_WORDS",
    "NUMBERS_DIFFER",
    "Comparison",
    "compare",
    "legal_forms",
]

#: At most this many words of a name are compared (with `MAX_NAME_LENGTH` characters).
MAX_WORDS = 24

#: The score at and above which two names are taken to name one entity: the
#: threshold every score of namenorm is calibrated for.
DEFAULT_THRESHOLD = THRESHOLD
#: The factor for two company names whose legal forms are of different kinds
#: (a limited company and a joint-stock company of one name may be two).
LEGAL_FORM_MISMATCH: float = _core.LEGAL_FORM_MISMATCH
#: The factor when only one of two company names carries a legal form: none
#: (registries and lists often leave the form out).
LEGAL_FORM_MISSING: float = _core.LEGAL_FORM_MISSING
#: The factor for two names whose generational suffixes name other
#: generations (``John Smith Jr.``, ``John Smith Sr.``): a father and his son.
GENERATIONS_DIFFER: float = _core.GENERATIONS_DIFFER
#: The factor when only one name has a generational suffix: the other may be
#: the father's name, rarely written ``Sr.``.
GENERATION_MISSING: float = _core.GENERATION_MISSING
#: The factor for two names that both hold numbers and disagree on them
#: (``Atlantic Shipping 1``, ``Atlantic Shipping 2``; ``Fund II``, ``Fund III``).
NUMBERS_DIFFER: float = _core.NUMBERS_DIFFER
#: Names this alike as single strings are not aligned word by word.
SURE: float = _core.SURE
#: How alike an initial and a word that starts with it are, as words.
INITIAL_SIMILARITY: float = _core.INITIAL_SIMILARITY
#: The score of a name written as the initials of the other (IBM).
ACRONYM_SCORE: float = _core.ACRONYM_SCORE


class Comparison(NamedTuple):
    """How alike two names are (an immutable record; cheap to make).

    Attributes:
        a: the first name, as given.
        b: the second name, as given.
        score: similarity in [0, 1]; 1.0 for identical names.
        threshold: the score at which [`is_match`][namenorm.Comparison.is_match] turns true.
        method: which reading gave the score: ``"identical"``, ``"person"``
            (name parts aligned), ``"words"`` (words paired in any order; for
            organisations, weighed by their role), ``"whole"`` (the names as
            single strings) or ``"acronym"``.
        lang: the language hint the names were read with.

    Examples:
        >>> c = compare("Dmitri Anatolyevich Medvedev", "Dmitry Medvedev")
        >>> c.is_match, c.score > 0.9, c.method
        (True, True, 'person')
    """

    a: str
    b: str
    score: float
    threshold: float = DEFAULT_THRESHOLD
    method: str = ""
    lang: str | None = None

    @property
    def is_match(self) -> bool:
        """Whether the score reaches the threshold.

        Examples:
            >>> compare("Lavrov", "Lvov").is_match
            False
        """
        return self.score >= self.threshold

    def explain(self) -> str:
        """The steps of the comparison, one per line, and the verdict (worked
        out again on demand: comparing stays cheap).

        Examples:
            >>> print(compare("Aliaksandr Lukashenka", "Alexander Lukashenko").explain())  # doctest: +ELLIPSIS
            'Aliaksandr Lukashenka' vs 'Alexander Lukashenko'
            keys 'aliaksandr lukašenka' vs 'aleksander lukašenko'
            ...
            -> score 0.9..., a match (threshold 0.80)
        """
        steps: list[str] = []
        if self.a == self.b:
            steps.append("the same text")
        else:
            a, b = _bounded(self.a), _bounded(self.b)
            if (a, b) != (self.a, self.b):
                steps.append(f"read up to {MAX_WORDS} words and {MAX_NAME_LENGTH} characters of each name")
            _score, _method, records = _core.compare_steps(a, b, self.lang, self.threshold)
            steps.extend(render_all(records))
        lines = [f"{self.a!r} vs {self.b!r}", *steps]
        verdict = "a match" if self.is_match else "not a match"
        lines.append(f"-> score {self.score:.3f}, {verdict} (threshold {self.threshold:.2f})")
        return "\n".join(lines)


@cached("comparison.legal_forms")
def legal_forms() -> dict[str, tuple[str, bool]]:
    """The legal forms of ``translit/legal_forms.tsv``: the form (lower case,
    dots and spaces dropped) -> its kind and whether it needs capitals.

    Examples:
        >>> legal_forms()["ooo"], legal_forms()["sa"]
        (('limited', False), ('stock', True))
    """
    return {key: (kind, caps) for key, kind, caps in _core.legal_form_table()}


def _legal_form(words: list[str]) -> tuple[list[tuple[int, int]], str | None]:
    """The legal forms among a name's words, anywhere, the longest first from
    the left: their (start, stop) spans and the kind of the first (the core's
    reading, for tests and for reading).

    Examples:
        >>> _legal_form(["Romashka", "OOO"])
        ([(1, 2)], 'limited')
    """
    return _core.legal_form(words)


def compare(a: str, b: str, lang: str | None = None, *, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    """How alike two names are (people's or companies'), with no gazetteer.

    Args:
        a: a name.
        b: another name.
        lang: the language of the names' orthography, if known (ISO 639-1):
            its letters are read first (Hungarian ``s`` is ш, French ``j`` ж).
        threshold: the score at which [`Comparison.is_match`][namenorm.Comparison.is_match] is true;
            `DEFAULT_THRESHOLD` (0.8) by default.

    Returns:
        A [`Comparison`][namenorm.Comparison]; its score is symmetric in ``a`` and ``b``.

    Raises:
        TypeError: ``a`` or ``b`` is not a ``str``.
        UnknownLanguageError: ``lang`` is not an ISO 639-1 code.

    Examples:
        >>> compare("Žeenbekov", "Dscheenbekow").score
        1.0
        >>> compare("Sergei Shoigu", "Szergej Sojgu", lang="hu").is_match
        True
        >>> compare("Medvedev Dmitry", "D. Medvedev").is_match, compare("Dmitry Medvedev", "Sergei Medvedev").is_match
        (True, False)
        >>> compare("ООО «Ромашка»", "Romashka LLC").is_match, compare("Romashka LLC", "Romashka JSC").score < 0.9
        (True, True)
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError(f"names must be str, not {type(a).__name__} and {type(b).__name__}")
    if lang is not None:
        lang = check_language(lang)
    if a == b:
        return _new(Comparison, (a, b, 1.0, threshold, "identical", lang))
    # The score comes rounded to 6 digits: symmetric to the last digit.
    score, method = _core.compare(
        a if len(a) <= MAX_WORDS else _bounded(a), b if len(b) <= MAX_WORDS else _bounded(b), lang, threshold
    )
    return _new(Comparison, (a, b, score, threshold, method, lang))


#: A Comparison made from its fields without the keyword handling of its
#: constructor (one per pair: the constructor's call is a third of the cost
#: outside the core).
_new = tuple.__new__


def _bounded(name: str) -> str:
    """The part of a name that is compared: its first `MAX_WORDS` words and
    `MAX_NAME_LENGTH` characters (see the module docstring).

    Examples:
        >>> _bounded("Putin"), len(_bounded("x " * 10_000).split())
        ('Putin', 24)
    """
    if len(name) <= MAX_WORDS:  # the usual case: nothing to cut
        return name
    name = name[:MAX_NAME_LENGTH]
    words = name.split(maxsplit=MAX_WORDS)
    return name if len(words) <= MAX_WORDS else " ".join(words[:MAX_WORDS])
