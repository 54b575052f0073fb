"""The interface every language module implements, and the shared suffix engine.

A language module proposes base forms for an inflected word; the gazetteer
confirms one. Modules are data-first: an ending table of :class:`Suffix`
rules, longest first, each named by its grammatical case with a worked
example, run by :class:`SuffixLanguage`. A language with a richer morphology
(Finnish consonant gradation) subclasses it and adds steps of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = ["Hypothesis", "Language", "Suffix", "SuffixLanguage"]


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
    """

    ending: str
    case: str
    restore: tuple[str, ...] = ("",)
    weight: float = 0.8
    min_stem: int = 2
    example: str = ""
    after: str = ""
    not_after: str = ""


class SuffixLanguage:
    """A language described by an ending table.

    Every rule whose ending ends the word (and whose conditions hold) yields
    one hypothesis per restore string. Separators written before an ending
    (the Finnish colon of ``EU:n``, the apostrophe of ``Paşinyan'ı`` or
    ``Bordeaux'hon``, the hyphen of Hungarian ``Shaw-val``) are removed with it.
    """

    separators: str = ":'-"

    def __init__(self, code: str, name: str, suffixes: Sequence[Suffix]) -> None:
        self.code = code
        self.name = name
        self.suffixes = tuple(sorted(suffixes, key=lambda s: -len(s.ending)))
        self._by_last: dict[str, tuple[Suffix, ...]] = {}
        for s in self.suffixes:
            key = s.ending[-1:] if s.ending else ""
            self._by_last[key] = (*self._by_last.get(key, ()), s)

    def __repr__(self) -> str:
        return f"<Language {self.code}: {self.name}, {len(self.suffixes)} endings>"

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for ``word`` (lower case), longest ending first."""
        return list(self._strip(word, self.suffixes_for(word)))

    def suffixes_for(self, word: str) -> tuple[Suffix, ...]:
        """The rules whose ending could end this word (cheap pre-filter on the last letter)."""
        return self._by_last.get(word[-1:], ())

    def _strip(self, word: str, suffixes: Iterable[Suffix]) -> Iterable[Hypothesis]:
        for s in suffixes:
            if not word.endswith(s.ending):
                continue
            stem = word[: len(word) - len(s.ending)]
            separated = bool(stem) and stem[-1] in self.separators
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
                    yield Hypothesis(
                        base=base,
                        ending=(word[len(stem)] if separated else "") + s.ending,
                        case=s.case,
                        lang=self.code,
                        weight=s.weight,
                        rule=f"{self.code}:{s.case} -{s.ending}" + (f" (+{tail})" if tail else ""),
                    )
