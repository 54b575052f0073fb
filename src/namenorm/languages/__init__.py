"""Stage 3: inflection. One module per language, one interface, one registry.

Each module in this package exposes ``LANGUAGE`` (or ``LANGUAGES``), objects
implementing `Language`. Modules are
discovered, not listed by hand: adding a language means adding one file.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import Hypothesis, Language, Suffix, SuffixLanguage

__all__ = [
    "Hypothesis",
    "Language",
    "Suffix",
    "SuffixLanguage",
    "get",
    "hypotheses",
    "inflects_names",
    "registry",
    "strip_inflection",
]

#: How much a hypothesis from a language other than the hinted one is trusted.
FOREIGN_PRIOR = 0.55
#: How much any language's hypothesis is trusted when there is no hint.
NO_HINT_PRIOR = 1.0
#: Hypotheses kept per word (the best by weight).
MAX_HYPOTHESES = 48


@lru_cache(maxsize=1)
def registry() -> dict[str, Language]:
    """Every language module, by ISO 639-1 code (discovered once)."""
    found: dict[str, Language] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "base" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        langs = getattr(module, "LANGUAGES", None) or (getattr(module, "LANGUAGE", None),)
        for lang in langs:
            if lang is not None:
                found[lang.code] = lang
    return found


def get(code: str | None) -> Language | None:
    """The language module for an ISO 639-1 code, or None if there is none."""
    if not code:
        return None
    return registry().get(code.lower())


@lru_cache(maxsize=64)
def inflects_names(code: str | None) -> bool:
    """Whether names of the language may take endings its table lacks, so
    that the resolver may guess at one: not in a language whose names take
    only the endings listed (the genitive -s of English, German, Dutch and
    the Nordic languages).

    Examples:
        >>> inflects_names("fi"), inflects_names("pl"), inflects_names("de"), inflects_names("xx")
        (True, True, False, False)
    """
    language = get(code)
    return language is not None and not getattr(language, "closed", False)


@lru_cache(maxsize=1 << 15)
def hypotheses(word: str, lang: str | None = None, *, hinted_only: bool = False) -> tuple[Hypothesis, ...]:
    """Ranked base-form hypotheses for one lower-case word (the word itself excluded).

    With ``lang``, that language's hypotheses keep their weight and the other
    languages' are discounted by `FOREIGN_PRIOR` (or, with
    ``hinted_only``, not made at all: the resolver asks the hinted language
    first, and the others only when it found nothing); without it, every
    language is tried at `NO_HINT_PRIOR`. One base form proposed by
    several rules keeps its best explanation. Order: weight, then the shorter
    removal (the least-stripped explanation), then the base form.
    """
    best: dict[str, Hypothesis] = {}
    hinted = get(lang)
    chosen = registry().items() if hinted is None or not hinted_only else [(hinted.code, hinted)]
    twins = _twins()
    # A base form is at most one letter longer than the word: a Baltic
    # nominative ending can restore one more letter than the case ending it
    # replaces (Kauno -> Kaunas, Jāņa -> Jānis); nothing needs more.
    longest = len(word) + 1
    for code, language in chosen:
        if code in twins and language is not hinted:
            continue  # its hypotheses tie with an earlier language's, which are kept
        prior = NO_HINT_PRIOR if hinted is None else 1.0 if language is hinted else FOREIGN_PRIOR
        for h in language.hypotheses(word):
            base = h.base
            if not base or len(base) > longest:
                continue
            weight = h.weight * prior
            old = best.get(base)
            if old is None or weight > old.weight:
                # The language's own hypothesis when nothing about it changes (most of them).
                same = weight == h.weight and h.lang == code
                best[base] = h if same else Hypothesis(base, h.ending, h.case, code, weight, h.rule)
    if not best:
        return ()
    ranked = sorted(best.values(), key=_rank_key)
    return tuple(ranked[:MAX_HYPOTHESES])


@lru_cache(maxsize=1)
def _twins() -> frozenset[str]:
    """The languages whose rules are those of a language before them in the
    registry (Bosnian's are Serbian's), languages of the plain ending engines
    only (`SuffixLanguage` and ``SlavicLanguage``, whose hypotheses
    depend on their tables alone). Such a language proposes the bases the
    earlier one does, at the same weights: `hypotheses` keeps the first
    of equal hypotheses, so it skips the twin unless the twin is the hinted
    language (whose prior is higher).

    Examples:
        >>> sorted(_twins())  # Bosnian has Serbian's tables, Norwegian Danish's
        ['bs', 'no']
    """
    from .pl import SlavicLanguage

    seen: set[tuple[object, ...]] = set()
    twins = set()
    for code, language in registry().items():
        if not isinstance(language, SuffixLanguage) or type(language) not in (SuffixLanguage, SlavicLanguage):
            continue
        rules = (type(language), language.separators, language.suffixes, getattr(language, "alternations", ()))
        if rules in seen:
            twins.add(code)
        seen.add(rules)
    return frozenset(twins)


def _rank_key(h: Hypothesis) -> tuple[float, int, str]:
    return (-h.weight, len(h.ending), h.base)


def strip_inflection(word: str, lang: str | None = None) -> list[Hypothesis]:
    """Ranked base-form hypotheses for an inflected word.

    The first hypothesis is always the word itself (weight 1.0, case
    ``"as written"``): a form that is a name must never be stripped. The rest
    are proposals; the resolver lets the gazetteer confirm one.

    Args:
        word: one word; surrounding spaces and case are ignored.
        lang: an ISO 639-1 hint; without it every language is tried.

    Raises:
        TypeError: ``word`` is not a ``str``.

    Examples:
        >>> [(h.base, h.ending, h.case) for h in strip_inflection("Žeenbekoville", lang="fi")][:3]
        [('žeenbekoville', '', 'as written'), ('žeenbekovi', 'lle', 'allative'), ('žeenbekov', 'ille', 'allative')]
    """
    if not isinstance(word, str):
        raise TypeError(f"a word must be a str, not {type(word).__name__}")
    from ..clean import clean, fold_case

    folded = fold_case(clean(word))
    if not folded:
        return []
    itself = Hypothesis(folded, "", "as written", lang or "", 1.0, "as written")
    return [itself, *hypotheses(folded, lang)]
