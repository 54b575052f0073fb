"""The interface every language implements, the rule records of the tables,
and the languages the compiled core runs.

A language proposes base forms for an inflected word; the gazetteer
confirms one. The rules are data: the table files in ``tables/`` (one per
language module), which the core (``rust/src/languages/``) embeds and runs.
`Suffix` and `StemRule` are those rules as Python sees them (the table
attributes of the language modules, ``fi.CASES``); `SuffixLanguage` runs
an ending table given from Python with the core's engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .. import _core

__all__ = [
    "Hypothesis",
    "Language",
    "SlavicLanguage",
    "StemRule",
    "Suffix",
    "SuffixLanguage",
    "TableLanguage",
]


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """One explanation of a word form: a base form and the ending that was removed.

    Attributes:
        base: the proposed base (dictionary) form, in lower case.
        ending: the ending removed from the word as written (``"ille"``).
        case: the grammatical case the ending marks (``"allative"``).
        lang: the language whose rule this is.
        weight: a prior in (0, 1]: how likely this explanation is before the
            gazetteer is consulted. The word itself has weight 1.
        rule: the rule's name, cited by ``Match.explain()``.

    Examples:
        >>> import namenorm
        >>> h = namenorm.strip_inflection("Putinille", lang="fi")[2]
        >>> h.base, h.ending, h.case, h.lang, h.rule
        ('putin', 'ille', 'allative', 'fi', 'fi:allative -lle, connecting i')
        >>> 0 < h.weight < 1
        True
    """

    base: str
    ending: str
    case: str
    lang: str
    weight: float
    rule: str


@runtime_checkable
class Language(Protocol):
    """What the registry needs of a language."""

    code: str
    name: str

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for one lower-case word, the word itself excluded."""
        ...


#: Lone surrogates (only text decoded with ``surrogateescape`` has them) go to
#: the core as these private-use characters, which no rule reads either, and
#: come back (the core takes UTF-8). A word with both is read as if it had
#: surrogates only.
_SURROGATES, _STAND_INS = 0xD800, 0xF0000
_TO_CORE = {cp: _STAND_INS + cp - _SURROGATES for cp in range(_SURROGATES, 0xE000)}
_FROM_CORE = {v: k for k, v in _TO_CORE.items()}


def core_text(word: str) -> tuple[str, Callable[[str], str]]:
    """``word`` as the core can take it, and the function that turns the
    core's strings back (the identity for any word without surrogates).

    Examples:
        >>> text, back = core_text("ab\\udc80")
        >>> text == "ab\\U000f0480", back(text) == "ab\\udc80"
        (True, True)
    """
    if word.isascii() or not any(0xD800 <= ord(c) < 0xE000 for c in word):
        return word, str
    return word.translate(_TO_CORE), lambda text: text.translate(_FROM_CORE)


@dataclass(frozen=True, slots=True)
class Suffix:
    """An ending rule: remove ``ending``, then append each of ``restore`` in turn.

    A row of an ending table (``[cases]``, ``[endings]``); a table leaves
    out the columns whose values are these defaults.

    Attributes:
        ending: the ending as written, lower case (``"ille"``).
        case: the grammatical case it marks (``"allative"``).
        restore: what to put back to reach the base form (``("",)`` when the
            base is the bare stem; ``("a", "o")`` when a final vowel was
            replaced; ``("nki",)`` for a changed stem).
        weight: the rule's prior in (0, 1].
        min_stem: the shortest stem (before restoring) the rule accepts.
        example: a worked example, ``"Putinille -> Putin"``.
        after: if set, the stem must end in one of these characters.
        not_after: if set, the stem must not end in one of these characters.
        tag: a label the language's engine reads (Finnish: the consonant
            grade the ending requires, the table's ``grade`` column).
    """

    ending: str
    case: str
    restore: tuple[str, ...] = ("",)
    weight: float = 0.8
    min_stem: int = 2
    example: str = ""
    after: str = ""
    not_after: str = ""
    tag: str = ""


@dataclass(frozen=True, slots=True)
class StemRule:
    """A stem change undone after an ending is removed: a stem that ends in
    ``stem`` gets ``base`` instead (Estonian ``Liidu-`` -> ``Liit``: ``du`` -> ``t``).

    Attributes:
        stem: how the inflection stem ends.
        base: what the base form has in its place.
        name: the change's name, cited by ``Match.explain()`` (``"gradation d:t"``).
        weight: the factor the hypothesis's prior is multiplied by.
        after: if set, the letter before ``stem`` must be one of these.
        not_after: if set, the letter before ``stem`` must not be one of these.
        min_stem: the shortest stem (before the change) the rule accepts.
        example: a worked example.
    """

    stem: str
    base: str
    name: str
    weight: float = 0.9
    after: str = ""
    not_after: str = ""
    min_stem: int = 2
    example: str = ""


@dataclass(slots=True)
class TableLanguage:
    """A language of the shipped tables, run by the compiled core.

    Attributes:
        code: ISO 639-1 code.
        name: English name.
        table: the table file its rules are in (``tables/<table>.tsv``).

    Examples:
        >>> from namenorm.languages import get
        >>> fi = get("fi")
        >>> fi
        <Language fi: Finnish, tables/fi.tsv>
        >>> [(h.base, h.case) for h in fi.hypotheses("helsingissä")][:2]
        [('helsinki', 'inessive'), ('helsingi', 'inessive')]
    """

    code: str
    name: str
    table: str

    def __repr__(self) -> str:
        return f"<Language {self.code}: {self.name}, tables/{self.table}.tsv>"

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """The language's own base-form hypotheses for one lower-case word."""
        code = self.code
        text, back = core_text(word)
        rows = _core.language_hypotheses(code, text)
        return [Hypothesis(back(b), back(e), c, code, w, back(r)) for b, e, c, w, r in rows]


class SuffixLanguage:
    """A language described by an ending table given from Python, run by the
    core's engine: every rule whose ending ends the word (and whose
    conditions hold) yields one hypothesis per restore string. Separators
    written before an ending (the colon of ``EU:n``, the apostrophe of
    ``Paşinyan'ı``, the hyphen of ``Shaw-val``) are removed with it.

    The shipped languages are tables the core reads (``tables/*.tsv``);
    this is for trying a table out before it becomes one.

    Examples:
        >>> toy = SuffixLanguage("xx", "Example", [Suffix("n", "genitive"), Suffix("lle", "allative")])
        >>> [(h.base, h.ending, h.rule) for h in toy.hypotheses("eu:lle")]
        [('eu', ':lle', 'xx:allative -lle')]
    """

    separators: str = ":'-"

    def __init__(self, code: str, name: str, suffixes: Sequence[Suffix], *, closed: bool = False) -> None:
        """A language of ``code`` and ``name`` with the ending table ``suffixes``.

        ``closed``: names take no ending but those of the table (the genitive
        -s of English, German, Dutch and the Nordic languages), so an ending
        the table lacks is never guessed at (see `inflects_names`).
        """
        self.code = code
        self.name = name
        self.closed = closed
        self.suffixes = tuple(sorted(suffixes, key=lambda s: -len(s.ending)))
        self._compiled: _core.SuffixRules | None = None

    def __repr__(self) -> str:
        return f"<Language {self.code}: {self.name}, {len(self.suffixes)} endings>"

    def _alternations(self) -> list[tuple[str, str, str, float, str, str, int]] | None:
        return None

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for ``word`` (lower case), longest ending first."""
        if self._compiled is None:
            rules = [(s.ending, s.case, s.restore, s.weight, s.min_stem, s.after, s.not_after) for s in self.suffixes]
            self._compiled = _core.SuffixRules(self.code, self.separators, rules, self._alternations())
        code = self.code
        text, back = core_text(word)
        return [Hypothesis(back(b), back(e), c, code, w, back(r)) for b, e, c, w, r in self._compiled.hypotheses(text)]


class SlavicLanguage(SuffixLanguage):
    """An ending table plus the stem alternations of bare stems, as the
    Slavic tables have them.

    A hypothesis whose base is the bare stem (the word minus the ending,
    nothing restored) is kept, and each alternation (a `StemRule`) that
    fits its end adds one more hypothesis with the alternation undone, at
    a lower prior. A hyphenated name declines in both parts
    (``Kasymowi-Żomartowi``): each part is stripped on its own and the
    best readings are paired.

    Examples:
        >>> lang = SlavicLanguage("xx", "Example", [Suffix("a", "genitive"), Suffix("i", "genitive", ("a",))],
        ...                       [StemRule("k", "ek", "mobile e", after="rz")])
        >>> [(h.base, h.rule) for h in lang.hypotheses("marka")]
        [('mark', 'xx:genitive -a'), ('marek', 'xx:genitive -a, mobile e')]
        >>> [h.base for h in lang.hypotheses("marki")]
        ['marka']
    """

    def __init__(self, code: str, name: str, suffixes: Sequence[Suffix], alternations: Sequence[StemRule] = ()) -> None:
        super().__init__(code, name, suffixes)
        self.alternations = tuple(alternations)

    def _alternations(self) -> list[tuple[str, str, str, float, str, str, int]] | None:
        return [(a.stem, a.base, a.name, a.weight, a.after, a.not_after, a.min_stem) for a in self.alternations]
