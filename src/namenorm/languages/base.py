"""The interface every language module implements, and the shared suffix engine.

A language module proposes base forms for an inflected word; the gazetteer
confirms one. Modules are data-first: an ending table of `Suffix`
rules, longest first, each named by its grammatical case with a worked
example, run by `SuffixLanguage`. A language with a richer morphology
(Finnish consonant gradation) subclasses it and adds steps of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

__all__ = [
    "EndingIndex",
    "Hypothesis",
    "Language",
    "StemRule",
    "Suffix",
    "SuffixLanguage",
    "apply_stem_rules",
    "split_separator",
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
    """What the registry needs of a language module's ``LANGUAGE`` object."""

    code: str
    name: str

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for one lower-case word, the word itself excluded."""
        ...


@dataclass(frozen=True, slots=True)
class Suffix:
    """An ending rule: remove ``ending``, then append each of ``restore`` in turn.

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
        tag: a free label a language module reads (Finnish: the consonant
            grade the ending requires, ``"weak"`` or ``"strong"``).
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

    def apply(self, stem: str) -> str | None:
        """The base form, or None when the rule does not fit ``stem``.

        Examples:
            >>> StemRule("du", "t", "gradation d:t").apply("liidu")
            'liit'
            >>> StemRule("du", "t", "gradation d:t", after="aeiou").apply("kandu") is None
            True
        """
        cut = len(stem) - len(self.stem)  # where the changed part starts: at least one letter before it
        if cut < 1 or len(stem) < self.min_stem or not stem.endswith(self.stem):
            return None
        before = stem[cut - 1]
        if (self.after and before not in self.after) or (self.not_after and before in self.not_after):
            return None
        return stem[:cut] + self.base


def apply_stem_rules(stem: str, rules: Iterable[StemRule]) -> list[tuple[str, StemRule]]:
    """Every base form the rules make of ``stem``, with the rule that made it.

    Examples:
        >>> rules = [StemRule("e", "i", "e-stem"), StemRule("se", "nen", "-nen name")]
        >>> [(base, rule.name) for base, rule in apply_stem_rules("virtase", rules)]
        [('virtasi', 'e-stem'), ('virtanen', '-nen name')]
    """
    out = []
    for rule in rules:
        base = rule.apply(stem)
        if base:
            out.append((base, rule))
    return out


def split_separator(word: str, separators: str = ":'") -> tuple[str, str, str] | None:
    """Split a word at the last separator written before an ending.

    Abbreviations and names whose spelling and pronunciation disagree take
    their ending after a colon or an apostrophe (Finnish ``EU:n``,
    ``Bordeaux'hon``; Estonian ``Shaw'd``; Turkish ``Putin'in``). Returns
    ``(stem, separator, ending)``, or None when there is none or either
    side is empty.

    Examples:
        >>> split_separator("eu:ssa"), split_separator("bordeaux'hon"), split_separator("eu:")
        (('eu', ':', 'ssa'), ('bordeaux', "'", 'hon'), None)
    """
    at = max(word.rfind(c) for c in separators) if separators else -1
    if at <= 0 or at == len(word) - 1:
        return None
    return word[:at], word[at], word[at + 1 :]


R = TypeVar("R")


def _suffix_ending(rule: Any) -> str:
    """A `Suffix`'s ending (the default key of an `EndingIndex`)."""
    return str(rule.ending)


class EndingIndex(Generic[R]):
    """The rules of a table by their ending: a word is compared only with the
    rules whose ending it ends in (a handful) instead of with every rule.

    ``ending`` says what a rule's ending is (a `Suffix`'s own by
    default; a stem change's stem, say, for a table of them).

    Examples:
        >>> table = (Suffix("n", "genitive"), Suffix("lle", "allative"), Suffix("ille", "allative"))
        >>> [s.ending for s in EndingIndex(table).matching("putinille")]
        ['lle', 'ille']
        >>> rules = (StemRule("", "", "as it is"), StemRule("e", "i", "e-stem"), StemRule("se", "nen", "-nen"))
        >>> [r.name for r in EndingIndex(rules, ending=lambda r: r.stem).matching("virtase")]
        ['as it is', 'e-stem', '-nen']
    """

    def __init__(self, rules: Sequence[R], ending: Callable[[R], str] = _suffix_ending) -> None:
        self._rules = tuple(rules)
        by_ending: dict[str, list[int]] = {}
        for i, rule in enumerate(self._rules):
            by_ending.setdefault(ending(rule), []).append(i)
        self._by_ending = {end: tuple(places) for end, places in by_ending.items()}
        self._lengths = tuple(sorted({len(end) for end in by_ending}))

    def matching(self, word: str) -> list[R]:
        """The rules whose ending ends ``word``, in the table's order."""
        size = len(word)
        places = [i for n in self._lengths if n <= size for i in self._by_ending.get(word[size - n :], ())]
        places.sort()
        return [self._rules[i] for i in places]


class SuffixLanguage:
    """A language described by an ending table.

    Every rule whose ending ends the word (and whose conditions hold) yields
    one hypothesis per restore string. Separators written before an ending
    (the Finnish colon of ``EU:n``, the apostrophe of ``Paşinyan'ı`` or
    ``Bordeaux'hon``, the hyphen of Hungarian ``Shaw-val``) are removed with it.
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
        # Rules by their ending, and the ending lengths longest first: a word is
        # only compared with the rules whose ending it ends in (a zero ending
        # is never tried).
        by_ending: dict[str, tuple[Suffix, ...]] = {}
        for s in self.suffixes:
            if s.ending:
                by_ending[s.ending] = (*by_ending.get(s.ending, ()), s)
        self._rules_by_ending = by_ending
        self._ending_lengths = tuple(sorted({len(e) for e in by_ending}, reverse=True))

    def __repr__(self) -> str:
        return f"<Language {self.code}: {self.name}, {len(self.suffixes)} endings>"

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for ``word`` (lower case), longest ending first."""
        return self._strip(word, self.suffixes_for(word))

    def suffixes_for(self, word: str) -> tuple[Suffix, ...]:
        """The rules whose ending ends this word, longest first (in table order for one length).

        Examples:
            >>> lang = SuffixLanguage("xx", "Example", [Suffix("n", "genitive"), Suffix("lle", "allative")])
            >>> [s.ending for s in lang.suffixes_for("putinille")], lang.suffixes_for("putin")[0].case
            (['lle'], 'genitive')
        """
        found: tuple[Suffix, ...] = ()
        size = len(word)
        by_ending = self._rules_by_ending
        for length in self._ending_lengths:
            if length <= size:
                rules = by_ending.get(word[size - length :])
                if rules:
                    found = rules if not found else found + rules
        return found

    def _strip(self, word: str, suffixes: Iterable[Suffix]) -> list[Hypothesis]:
        """The hypotheses of each rule in turn (a list, not a generator: this
        runs for every word and every language, and most rules yield none)."""
        out: list[Hypothesis] = []
        size = len(word)
        separators, code = self.separators, self.code
        for s in suffixes:
            ending = s.ending
            if not word.endswith(ending):
                continue
            stem = word[: size - len(ending)]
            separated = bool(stem) and stem[-1] in separators
            if separated:
                stem = stem[:-1]
            if len(stem) < s.min_stem:
                continue
            if s.after and stem[-1] not in s.after:
                continue
            if s.not_after and stem[-1] in s.not_after:
                continue
            for tail in s.restore:
                base = stem + tail
                if base and base != word:
                    out.append(
                        Hypothesis(
                            base,
                            (word[len(stem)] if separated else "") + ending,
                            s.case,
                            code,
                            s.weight,
                            f"{code}:{s.case} -{ending}" + (f" (+{tail})" if tail else ""),
                        )
                    )
        return out
