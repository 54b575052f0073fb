"""Stage 3: inflection. One table per language, one interface, one registry.

The rules of every language are data: ``tables/<module>.tsv`` (the format:
docs/inflection.md, "The tables"), which the compiled core embeds and runs
(``rust/src/languages/``: one engine over every table, with the few steps
that are one language's own). This package is the Python face of it: the
registry of the languages, their hypotheses, and the tables as Python objects
(the modules ``fi``, ``et``, ``pl`` ...). Adding a language means adding a
table file (and its line in ``rust/src/languages/table.rs``).
"""

from __future__ import annotations

from .. import _core
from ..cache import cached
from . import _tables
from .base import Hypothesis, Language, Suffix, SuffixLanguage, TableLanguage, core_text

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
FOREIGN_PRIOR: float = _core.FOREIGN_PRIOR
#: How much any language's hypothesis is trusted when there is no hint.
NO_HINT_PRIOR: float = _core.NO_HINT_PRIOR
#: Hypotheses kept per word (the best by weight).
MAX_HYPOTHESES: int = _core.MAX_HYPOTHESES


@cached("languages.registry")
def registry() -> dict[str, Language]:
    """Every language of the tables, by ISO 639-1 code, in the tables' order (read once).

    Examples:
        >>> list(registry())[:5]
        ['bg', 'cs', 'et', 'fi', 'en']
    """
    return {code: TableLanguage(code, name, table) for code, name, table in _core.languages()}


def get(code: str | None) -> Language | None:
    """The language of an ISO 639-1 code, or None if there is none.

    Examples:
        >>> get("FI").name, get("xx"), get(None)
        ('Finnish', None, None)
    """
    if not code:
        return None
    return registry().get(code.lower())


@cached("languages.inflects_names")
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
    if isinstance(language, TableLanguage):
        return not _tables.closed(language.table, language.code)
    return language is not None and not getattr(language, "closed", False)


@cached("languages.hypotheses")
def hypotheses(word: str, lang: str | None = None, *, hinted_only: bool = False) -> tuple[Hypothesis, ...]:
    """Ranked base-form hypotheses for one lower-case word (the word itself excluded).

    With ``lang``, that language's hypotheses keep their weight and the other
    languages' are discounted by `FOREIGN_PRIOR` (or, with
    ``hinted_only``, not made at all: the resolver asks the hinted language
    first, and the others only when it found nothing); without it, every
    language is tried at `NO_HINT_PRIOR`. One base form proposed by
    several rules keeps its best explanation. Order: weight, then the shorter
    removal (the least-stripped explanation), then the base form. A base
    form is at most one letter longer than the word (a Baltic nominative
    ending: ``Kauno`` -> ``Kaunas``); at most `MAX_HYPOTHESES` are kept.

    Examples:
        >>> [(h.base, h.lang, h.weight) for h in hypotheses("helsingissä", "fi")][:2]
        [('helsinki', 'fi', 0.95), ('helsingi', 'fi', 0.8075)]
    """
    hinted = get(lang)
    text, back = core_text(word)
    rows = _core.hypotheses(text, hinted.code if hinted else None, hinted_only)
    if back is str:
        return tuple(Hypothesis(*row) for row in rows)
    return tuple(Hypothesis(back(b), back(e), c, code, w, back(r)) for b, e, c, code, w, r in rows)


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
    from ..codes import check_language

    lang = check_language(lang)

    folded = fold_case(clean(word))
    if not folded:
        return []
    itself = Hypothesis(folded, "", "as written", lang or "", 1.0, "as written")
    return [itself, *hypotheses(folded, lang)]
