"""The resolver: runs the stages in order and decides.

clean (`namenorm.clean`) -> keys (`namenorm.keys`, with `namenorm.translit`)
-> inflection hypotheses (`namenorm.languages`) -> candidate lookup
(`namenorm.index`) -> scoring (`namenorm.score`) -> a decision: a
[`Match`][namenorm.Match], or None when no candidate is confident or two are
too close to call.

Lookups go from the most to the least precise, and stop at the first level
that gives a confident answer: the whole form as written (an alias is never
stripped), then the form with endings removed, then people by surname and,
last, fuzzy candidates from the blocking index.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, NamedTuple

from rapidfuzz.distance import Levenshtein

from . import languages
from .cache import cached
from .clean import MAX_NAME_LENGTH, clean_name, normalise
from .codes import check_language
from .errors import NamenormError
from .evidence import CHANCE_FACTOR, EDIT_LETTERS, Route, chance_step, letters_needed
from .fuzzy import (
    KIND_FACTOR,
    KIND_LABEL,
    REPORTED,
    WEAK_FACTOR,
    FuzzyHit,
    Reading,
    combinations,
    confidence,
    describe,
    fuzzy_candidates,
    product,
)
from .gazetteer import ENTITY_TYPES, Entity, Gazetteer
from .index import Index, IndexedName
from .keys import ascii_key, exact_key, match_key, skeleton
from .resources import words
from .score import SURNAME_ALONE_FACTOR

__all__ = ["ENTITY_TYPES", "Decision", "Match", "Options", "Resolver", "Scope", "Status"]

# How much each lookup level trusts a hit, before the inflection prior, and
# the key function of each level.
_TRUST = {"exact": 1.0, "ascii": 0.97, "match": 0.93, "compact": 0.9}
_KEYS: dict[str, Callable[[str], str]] = {
    "exact": exact_key,
    "ascii": ascii_key,
    "match": match_key,
    "compact": lambda text: match_key(text).replace(" ", ""),
}
_PRECISE = ("exact", "ascii")
_EXACT = _PRECISE[:1]
_LOOSE = ("match", "compact")
#: Loose keys shorter than this are not looked up: folded that far, short
#: unrelated words meet (the match key of "Toojo" is "to").
_MIN_LOOSE_KEY = 4
#: A surname alone shorter than this is not looked up ("in" of Moon Jae-in).
_MIN_SURNAME = 3
#: At most this many readings of a query (combinations of its words' base forms).
_COMBINATIONS = 64
# The language-independent stem fallback: the shared prefix must be at least
# this long and this share of the word; the score falls with every letter
# removed from the word and every letter the name adds.
_STEM_MIN_PREFIX = 4
_STEM_MIN_SHARE = 0.6
# An unknown ending is short, and so is what the base form has in its place:
# longer differences are another word (Kristiane and Kristiania).
_STEM_MAX_REMOVED = 2
_STEM_MAX_ADDED = 2
_STEM_BASE = 0.88
_STEM_PER_REMOVED = 0.015
_STEM_PER_ADDED = 0.03


@dataclass(frozen=True)
class Options:
    """How a [`Resolver`][namenorm.Resolver] decides. Every field has a documented default.

    Attributes:
        threshold: the lowest score [`Resolver.resolve`][namenorm.Resolver.resolve] accepts.
        margin: two different entities closer than this are ambiguous.
        prominence: when two entities tie, the one whose gazetteer ``weight``
            is at least this many times the other's wins (a president over his
            brother for the bare surname); otherwise the answer is None.
        fuzzy: whether to score candidates that no key matched exactly.
        expand_native: whether to index the spellings generated from native
            Cyrillic names under every transliteration convention.
        hypotheses_per_word: how many inflection hypotheses of each word to try.
        cache_size: how many recent answers to remember (0: none). An answer
            is remembered from the second time its query is asked.

    Options are given to the resolver by name, or as one object to share:

    Examples:
        >>> import namenorm
        >>> gaz = namenorm.Gazetteer.from_records([{"id": "Q1", "name": "Almazbek Atambayev", "type": "PER"}])
        >>> strict = namenorm.Options(threshold=0.95, fuzzy=False)
        >>> namenorm.Resolver(gaz, strict).options.threshold
        0.95
        >>> namenorm.Resolver(gaz, threshold=0.9).options.margin
        0.03
        >>> namenorm.Options(threshold=2)
        Traceback (most recent call last):
        ...
        ValueError: threshold must be in [0, 1]
    """

    threshold: float = 0.8
    margin: float = 0.03
    prominence: float = 2.0
    fuzzy: bool = True
    expand_native: bool = True
    hypotheses_per_word: int = 16
    cache_size: int = 1 << 16

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError("threshold must be in [0, 1]")
        if self.margin < 0 or self.prominence < 1 or self.hypotheses_per_word < 1 or self.cache_size < 0:
            raise ValueError("margin >= 0, prominence >= 1, hypotheses_per_word >= 1, cache_size >= 0")


#: What a decision concluded (the status vocabulary of every helper, `namenorm.io`).
Status = Literal["matched", "ambiguous", "unmatched", "empty"]


@dataclass(frozen=True)
class Scope:
    """Which entities may answer: of these types, of these countries (None: any).

    A column of people should never resolve to a city: ``types={"PER"}``
    keeps every other entity out of the search, not only out of the answer,
    so a place that matches better cannot hide the person or make the name
    ambiguous.

    Examples:
        >>> scope = Scope.of(types=["per"], countries={"kg", "KZ"})
        >>> sorted(scope.types), sorted(scope.countries)
        (['PER'], ['KG', 'KZ'])
        >>> Scope.of(types={"people"})
        Traceback (most recent call last):
        ...
        ValueError: unknown entity type 'PEOPLE': use PER, LOC, ORG or MISC
    """

    types: frozenset[str] | None = None
    countries: frozenset[str] | None = None

    @classmethod
    def of(cls, types: Iterable[str] | None = None, countries: Iterable[str] | None = None) -> Scope:
        """A scope from any iterables of type names and ISO 3166-1 alpha-2 codes (any case).

        Examples:
            >>> Scope.of() == Scope(), Scope.of(countries=["ru"]).countries == {"RU"}
            (True, True)
        """
        if isinstance(types, str) or isinstance(countries, str):
            raise TypeError("types and countries are collections of codes, not one string: use {'PER'}")
        kinds = None if types is None else frozenset(t.upper() for t in types)
        for kind in sorted(kinds or ()):
            if kind not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {kind!r}: use PER, LOC, ORG or MISC")
        places = None if countries is None else frozenset(c.upper() for c in countries)
        for code in sorted(places or ()):
            if len(code) != 2 or not code.isalpha() or not code.isascii():
                raise ValueError(f"unknown country {code!r}: use ISO 3166-1 alpha-2 codes such as 'KG'")
        return cls(kinds, places)

    def admits(self, entity: Entity) -> bool:
        """Whether ``entity`` is in scope.

        Examples:
            >>> from namenorm import Gazetteer
            >>> gaz = Gazetteer.from_records([{"id": "p", "name": "Vladimir Putin", "type": "PER", "country": "RU"}])
            >>> putin = gaz["p"]
            >>> Scope.of(types={"PER"}).admits(putin), Scope.of(countries={"KG"}).admits(putin)
            (True, False)
        """
        if self.types is not None and entity.type not in self.types:
            return False
        return self.countries is None or entity.country in self.countries


#: The scope of no filter.
ANYTHING = Scope()


@dataclass(frozen=True)
class Match:
    """A resolved name: the entity, a score in [0, 1], and how it was found.

    Attributes:
        entity: the canonical [`Entity`][namenorm.Entity].
        score: confidence in [0, 1].
        query: the text as given (its first ``MAX_NAME_LENGTH`` characters).
        matched: the gazetteer name (or generated spelling) that matched.
        steps: what each stage did, in order (see [`explain`][namenorm.Match.explain]).
        ambiguous_with: other entities that scored within the margin.

    Examples:
        >>> import namenorm
        >>> m = namenorm.resolve("Dscheenbekow")
        >>> m.entity.name, m.entity.type, 0.8 <= m.score <= 1.0
        ('Sooronbay Jeenbekov', 'PER', True)
    """

    entity: Entity
    score: float
    query: str
    matched: str
    steps: tuple[str, ...] = ()
    ambiguous_with: tuple[Entity, ...] = field(default=(), compare=False)

    def explain(self) -> str:
        """The steps that led from the query to the entity, one per line.

        Examples:
            >>> import namenorm
            >>> lines = namenorm.resolve("Žeenbekoville", lang="fi").explain().splitlines()
            >>> print(lines[0]); print(lines[1])
            query 'Žeenbekoville'
            ending -ille removed from 'žeenbekoville': allative (fi) -> 'žeenbekov' [prior 0.90]
            >>> print(lines[-1])  # doctest: +ELLIPSIS
            -> Sooronbay Jeenbekov (sooronbay-jeenbekov, PER), score ...
        """
        lines = [f"query {self.query!r}", *self.steps]
        lines.append(f"-> {self.entity.name} ({self.entity.id}, {self.entity.type}), score {self.score:.3f}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: the query, the entity's id, name and type,
        the score rounded to four places, the name that matched and the steps.

        Examples:
            >>> import json, namenorm
            >>> d = namenorm.resolve("Atambajev").to_dict()
            >>> d["id"], d["name"], d["type"], d["query"]
            ('almazbek-atambayev', 'Almazbek Atambayev', 'PER', 'Atambajev')
            >>> json.loads(json.dumps(d)) == d
            True
        """
        return {
            "query": self.query,
            "id": self.entity.id,
            "name": self.entity.name,
            "type": self.entity.type,
            "score": round(self.score, 4),
            "matched": self.matched,
            "steps": list(self.steps),
        }


@dataclass(frozen=True)
class Decision:
    """What [`Resolver.decide`][namenorm.Resolver.decide] concluded.

    Attributes:
        status: ``matched``, ``ambiguous``, ``unmatched`` or ``empty``.
        match: the match when ``matched`` (None otherwise).
        rivals: for ``ambiguous``, the tied candidates, best first; for a
            match chosen by prominence, the candidates it was chosen over.

    Examples:
        >>> import namenorm
        >>> d = namenorm.default_resolver().decide("Putinille", lang="fi")
        >>> d.status, d.match.entity.name
        ('matched', 'Vladimir Putin')
        >>> namenorm.default_resolver().decide("  ").status
        'empty'
    """

    status: Status
    match: Match | None = None
    rivals: tuple[Match, ...] = ()


class _Why:
    """The explanation steps of a candidate, formatted only if a Match is
    made of it: most candidates are never shown, and formatting them all
    would cost more than finding them."""

    __slots__ = ("args", "before", "more")

    def __init__(
        self,
        before: _Why | tuple[str, ...],
        more: Callable[..., tuple[str, ...]] | None = None,
        *args: Any,
    ) -> None:
        self.before = before
        self.more = more
        self.args = args

    def __call__(self) -> tuple[str, ...]:
        head = self.before() if isinstance(self.before, _Why) else self.before
        return head if self.more is None else (*head, *self.more(*self.args))


#: The steps of a candidate found as the query was written: none.
_NO_STEPS = _Why(())


def _combo_steps(combo: tuple[Reading, ...]) -> tuple[str, ...]:
    return tuple(describe(o) for o in combo if o.hypothesis is not None)


def _key_step(level: str, key: str, name: IndexedName) -> tuple[str, ...]:
    return (f"{level} key {key!r} = {KIND_LABEL[name.kind]} {name.text!r}",)


def _surname_step(surname: str, name: IndexedName) -> tuple[str, ...]:
    return (f"surname {surname!r} of {KIND_LABEL[name.kind]} {name.text!r}",)


def _stem_step(word: str, prefix: str, name: IndexedName) -> tuple[str, ...]:
    return (f"no ending rule confirmed; {word!r} starts with {prefix!r} of {KIND_LABEL[name.kind]} {name.text!r}",)


#: Marks written before an ending: the word says itself where its ending starts.
_MARKS = frozenset(":'’")
#: How a reading of the query came about: as written (None), with endings of
#: the hinted language removed, or with endings no hint asked for (and those
#: of a word shaped like a surname that cut into its surname-forming ending).
_HINTED, _GUESSED, _SURNAME_SHAPED = "hinted", "guessed", "surname-shaped"
#: Endings written after a colon or an apostrophe (``EU:n``, ``Putin'in``): the
#: word says itself where its ending starts, which decides like a name as written.
_MARKED = "marked"


class _QueryReading(NamedTuple):
    """One reading of the whole query, as the key lookups use it."""

    text: str
    weight: float
    steps: _Why
    endings: str | None  # None, _MARKED, _HINTED, _GUESSED or _SURNAME_SHAPED
    evidence: int = 0  # letters of evidence the endings add (see _ending_evidence)


def _ending_evidence(combo: Iterable[Reading]) -> int:
    """What the endings removed add to the key's evidence, in letters: every
    letter of an ending but the first (a word ends in some letter; ``-ssa``
    is two letters' worth of a coincidence less likely than ``-a``), less
    every letter the base form gets back that the word does not show (a
    guess among a rule's restorations: ``Mari`` read as ``Marin``)."""
    letters = 0
    for o in combo:
        h = o.hypothesis
        if h is None:
            continue
        ending = h.ending.lstrip(":'’")
        stem = len(o.word) - len(h.ending)
        letters += len(ending) - 1 - max(0, len(h.base) - stem)
    return letters


def _endings_of(combo: Iterable[Reading], lang: str | None) -> str | None:
    """Whether a combination of word readings removed endings, and whose: an
    ending written after a colon or an apostrophe (``EU:n``, ``Putin'in``)
    says itself that it is one, as a hint would."""
    langs = {o.hypothesis.lang for o in combo if o.hypothesis is not None and o.hypothesis.ending[:1] not in _MARKS}
    if not langs:
        return None if all(o.hypothesis is None for o in combo) else _MARKED
    return _HINTED if lang is not None and langs == {lang} else _GUESSED


@dataclass
class _Candidate:
    score: float
    name: IndexedName
    steps: _Why
    reading: str  # the reading of the query that found it ("" for fuzzy candidates)


class Resolver:
    """Resolves names to entities of a gazetteer.

    Build once (the index is built in the constructor), then call
    [`resolve`][namenorm.Resolver.resolve] as often as needed; one resolver may be shared by threads.

    Examples:
        >>> import namenorm
        >>> gaz = namenorm.Gazetteer.from_records([
        ...     {"id": "Q1", "name": "Almazbek Atambayev", "type": "PER", "native": ["Алмазбек Атамбаев"]}])
        >>> r = namenorm.Resolver(gaz)
        >>> r.resolve("Atambajev").entity.name
        'Almazbek Atambayev'
        >>> r.resolve("Atambajevin", lang="fi").entity.id
        'Q1'
        >>> r.resolve("Bakiyev") is None
        True
    """

    def __init__(self, gazetteer: Gazetteer, options: Options | None = None, **overrides: Any) -> None:
        if not isinstance(gazetteer, Gazetteer):
            raise TypeError(f"Resolver needs a Gazetteer, not {type(gazetteer).__name__}")
        base = options or Options()
        self.options = replace(base, **overrides) if overrides else base
        self.gazetteer = gazetteer
        self.index = Index(gazetteer, expand_native=self.options.expand_native)
        self._maps: dict[str, dict[str, tuple[int, ...]]] = {level: getattr(self.index, level) for level in _KEYS}
        self._index_keys = len(self.index.exact)
        self._last_words = {"exact": self.index.exact_last, "ascii": self.index.ascii_last}
        _warm_up()
        self._cache: OrderedDict[tuple[str, str | None, Scope, bool], list[tuple[Match, str]]] = OrderedDict()
        self._seen: set[int] = set()
        self._lock = threading.Lock()

    @classmethod
    def default(cls, **options: Any) -> Resolver:
        """A resolver over the embedded default gazetteer: without options, the
        one shared resolver ([`namenorm.default_resolver`][namenorm.default_resolver],
        built on first use); with options, a new one.

        Examples:
            >>> import namenorm
            >>> Resolver.default() is namenorm.default_resolver()
            True
            >>> r = Resolver.default(threshold=0.9)
            >>> r.options.threshold, r.resolve("Lukašenka").entity.name
            (0.9, 'Alexander Lukashenko')
        """
        if not options and cls is Resolver:
            from . import default_resolver

            return default_resolver()
        return cls(Gazetteer.default(), **options)

    def __repr__(self) -> str:
        return f"<Resolver: {len(self.gazetteer)} entities, {len(self.index)} names>"

    # -- public API ---------------------------------------------------------

    def resolve(
        self,
        text: str | None,
        lang: str | None = None,
        *,
        types: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> Match | None:
        """The entity ``text`` names, or None when no answer is confident.

        None also answers ``None`` and empty or punctuation-only strings.
        ``types`` and ``countries`` (see `Scope`) keep other entities out:
        ``types={"PER"}`` for a column of people.

        Raises:
            TypeError: ``text`` is neither a ``str`` nor ``None``.

        Examples:
            >>> import namenorm
            >>> r = namenorm.default_resolver()
            >>> r.resolve("Зеленскому", lang="ru").entity.name
            'Volodymyr Zelenskyy'
            >>> r.resolve("Žeenbekoville", lang="fi").entity.name
            'Sooronbay Jeenbekov'
            >>> r.resolve("kitchen table") is None, r.resolve(None) is None
            (True, True)
            >>> r.resolve("Georgia").entity.type, r.resolve("Georgia", types={"PER"})
            ('LOC', None)
        """
        return self._decide(self._ranked(text, lang, Scope.of(types, countries), decisive=True)).match

    def decide(
        self,
        text: str | None,
        lang: str | None = None,
        *,
        types: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> Decision:
        """The decision behind [`resolve`][namenorm.Resolver.resolve], with its status: ``matched``,
        ``ambiguous`` (two entities too close to call, listed in ``rivals``),
        ``unmatched``, or ``empty`` (``None`` or a blank string).

        Examples:
            >>> import namenorm
            >>> gaz = namenorm.Gazetteer.from_records([
            ...     {"id": "a", "name": "Sooronbay Jeenbekov", "type": "PER"},
            ...     {"id": "b", "name": "Asylbek Jeenbekov", "type": "PER"}])
            >>> d = namenorm.Resolver(gaz).decide("Jeenbekov")
            >>> d.status, d.match, sorted(m.entity.id for m in d.rivals)
            ('ambiguous', None, ['a', 'b'])
        """
        if text is None or (isinstance(text, str) and not text.strip()):
            return Decision("empty")
        return self._decide(self._ranked(text, lang, Scope.of(types, countries), decisive=True))

    def candidates(
        self,
        text: str | None,
        k: int = 5,
        *,
        lang: str | None = None,
        types: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> list[Match]:
        """The ``k`` best candidates, best first, whatever their score: for
        ambiguous names (``Jeenbekov`` is two brothers) and for review.

        Examples:
            >>> import namenorm
            >>> gaz = namenorm.Gazetteer.from_records([
            ...     {"id": "a", "name": "Sooronbay Jeenbekov", "type": "PER"},
            ...     {"id": "b", "name": "Asylbek Jeenbekov", "type": "PER"},
            ...     {"id": "c", "name": "Bishkek", "type": "LOC"}])
            >>> r = namenorm.Resolver(gaz)
            >>> sorted(m.entity.id for m in r.candidates("Žeenbekov", k=2))
            ['a', 'b']
            >>> r.resolve("Žeenbekov") is None
            True
        """
        if isinstance(k, bool) or not isinstance(k, int):
            raise TypeError(f"k must be an int, not {type(k).__name__}")
        if k < 0:
            raise NamenormError(f"k must be 0 or more, not {k}; ask for the number of candidates wanted")
        return [m for m, _reading in self._ranked(text, lang, Scope.of(types, countries))[:k]]

    def resolve_many(
        self,
        texts: Iterable[str | None],
        lang: str | None = None,
        *,
        types: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> list[Match | None]:
        """[`resolve`][namenorm.Resolver.resolve] for many strings, in order; repeated strings are resolved once.

        Examples:
            >>> import namenorm
            >>> r = namenorm.default_resolver()
            >>> [m.entity.name if m else None for m in r.resolve_many(["Putin", None, "Putin", "Atambajev"])]
            ['Vladimir Putin', None, 'Vladimir Putin', 'Almazbek Atambayev']
        """
        if isinstance(texts, str | bytes):
            raise TypeError("resolve_many takes an iterable of names, not one string: use resolve(text) or [text]")
        scope = Scope.of(types, countries)
        seen: dict[str | None, Match | None] = {}
        out: list[Match | None] = []
        for text in texts:
            if text is not None and not isinstance(text, str):
                raise TypeError(f"a name must be a str or None, not {type(text).__name__}")
            if text not in seen:
                seen[text] = self._decide(self._ranked(text, lang, scope, decisive=True)).match
            out.append(seen[text])
        return out

    # -- ranking ------------------------------------------------------------

    def _ranked(
        self, text: str | None, lang: str | None, scope: Scope = ANYTHING, decisive: bool = False
    ) -> list[tuple[Match, str]]:
        """The candidates of `_rank`, remembered. ``decisive``: only
        those that can change a decision are needed (see `_decisive_floor`)."""
        if text is None:
            return []
        if not isinstance(text, str):
            raise TypeError(f"a name must be a str or None, not {type(text).__name__}")
        lang = check_language(lang)
        # Only the first MAX_NAME_LENGTH characters are ever read (cleaning
        # truncates), so a megabyte-long string is neither kept nor cached whole.
        text = text[:MAX_NAME_LENGTH]
        key = (text, lang, scope, decisive)
        if self.options.cache_size:
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    return hit
        ranked = self._rank(text, lang, self._decisive_floor() if decisive else None, scope)
        if self.options.cache_size:
            with self._lock:
                if self._asked_before(key):
                    self._cache[key] = ranked
                    if len(self._cache) > self.options.cache_size:
                        self._cache.popitem(last=False)
        return ranked

    def _asked_before(self, key: tuple[str, str | None, Scope, bool]) -> bool:
        """Whether this query was asked before (and notes that it now has).

        Answers are remembered from a query's second asking, not its first:
        a stream of distinct names (the common case in a pipeline) would fill
        the cache with answers never asked for again, and each kept answer is
        a handful of objects for the garbage collector, whose full passes over
        the index then cost a fifth of the time. The note is the key's hash
        (a plain int, which the collector ignores) in a set of bounded size.
        """
        marker = hash(key)
        if marker in self._seen:
            return True
        if len(self._seen) >= 4 * self.options.cache_size:
            self._seen.clear()
        self._seen.add(marker)
        return False

    def _decisive_floor(self) -> float:
        """The lowest score that can change a decision: `_decide` looks
        at the best candidate, then at rivals within the margin of it, and
        answers nothing below the threshold; so a candidate below ``threshold
        - margin`` is never looked at (the millionth is slack for scores
        rounded to six places). Fuzzy scoring skips what cannot reach it, and
        no Match (with its explanation) is made of it."""
        return self.options.threshold - self.options.margin - 1e-6

    def _rank(
        self, text: str, lang: str | None, floor: float | None = None, scope: Scope = ANYTHING
    ) -> list[tuple[Match, str]]:
        """Every candidate as a Match, best first, each with the reading of the
        query that found it; with a ``floor`` (the decisive one), only the
        candidates at or above it that a decision reads (see `_decide`).

        The search goes by tiers: (1) the whole form as written, exactly (a
        name is never stripped); (2) every reading — the cleaned form, and each
        combination of base forms the languages propose — by its precise keys
        (exact, ASCII), final if one clears the threshold; otherwise (3) every
        reading by its loose keys (match, compact), then the prefix fallback
        for one word, then, unless a loose-key answer is confident, the
        surname and fuzzy candidates, all ranked together. So an inflected form whose
        base is a name (Tallinna -> Tallinn) is never taken for a spelling
        variant of another name (Tallina) that only a loose key confuses it with.
        """
        found = _Found(self.index.entities, scope)
        self._lookup(text, 1.0, _NO_STEPS, found, _EXACT)  # the common case, before any cleaning
        if not found:
            self._rank_readings(text, lang, floor, found)
        entities = self.index.entities
        ranked = list(found.values()) if floor is None else [c for c in found.values() if c.score >= floor]
        if len(ranked) > 1:
            ranked.sort(key=lambda c: (-c.score, -entities[c.name.entity].weight, entities[c.name.entity].id))
        scored = [(c, round(min(1.0, c.score), 6)) for c in ranked]
        if floor is not None and scored:
            # A decision reads the best candidate and its rivals within the
            # margin of it, and none when the best is below the threshold (see
            # _decide): no Match, with its explanation, is made of the rest.
            best = scored[0][1]
            if best < self.options.threshold:
                return []
            scored = [(c, score) for c, score in scored if score >= best - self.options.margin]
        return [(Match(entities[c.name.entity], score, text, c.name.text, c.steps()), c.reading) for c, score in scored]

    def _rank_readings(self, text: str, lang: str | None, floor: float | None, found: dict[int, _Candidate]) -> None:
        """Tiers (2) and (3) of `_rank`, for a form that is no name as written."""
        cleaned = clean_name(text)
        if cleaned.steps:  # the form as written, only normalised, is never stripped either
            as_written = normalise(text)
            if as_written and as_written != text:
                self._lookup(as_written, 1.0, _NO_STEPS, found, _EXACT)
        query = cleaned.text
        if not query:  # nothing is left to be a name
            found.clear()
            return
        if found:
            return
        first = _Why((f"cleaned to {query!r} ({', '.join(cleaned.steps)})",) if cleaned.steps else ())
        words = exact_key(query).split(" ")
        # With a hint, the hinted language's readings are tried first and
        # the other languages' only if they confirm nothing precisely.
        hinted = lang is not None and languages.get(lang) is not None
        tried: set[tuple[str, float]] = set()
        for hinted_only in (True, False) if hinted else (False,):
            options = [self._options(w, lang, hinted_only) for w in words]
            readings = self._readings(query, first, options, lang)
            # A reading looked up with the same prior in the hinted pass
            # would only make the same offers again: none of them can win.
            fresh = [r for r in readings if (r.text, r.weight) not in tried] if tried else readings
            if self._precise(fresh, found):
                break
            tried.update((r.text, r.weight) for r in readings)
        else:
            for reading in readings:
                self._lookup(
                    reading.text, reading.weight, reading.steps, found, _LOOSE, reading.endings, reading.evidence
                )
            # The prefix fallback guesses at an ending that no rule knows: only
            # with the hint of a language whose names take case endings.
            if languages.inflects_names(lang) and len(words) == 1 and _best(found) < self.options.threshold:
                self._stem_fallback(words[0], first, found)
            long_enough = len(_KEYS["compact"](query)) >= _MIN_LOOSE_KEY
            if _best(found) < self.options.threshold and self.options.fuzzy and long_enough:
                fuzzy_floor = REPORTED if floor is None else max(REPORTED, floor)
                for hit in fuzzy_candidates(self.index, options, fuzzy_floor):
                    name = self.index.names[hit.position]
                    score, steps = self._weigh_fuzzy(hit, query, lang, _Why(first, tuple, hit.notes))
                    _offer(found, name, score, steps, "")

    @staticmethod
    def _readings(query: str, first: _Why, options: list[tuple[Reading, ...]], lang: str | None) -> list[_QueryReading]:
        """The query itself and each combination of its words' base forms, with prior, steps and endings."""
        readings = [_QueryReading(query, 1.0, first, None)]
        if len(options) == 1:  # one word: each of its readings but the word itself, as combinations() gives them
            readings += [
                _QueryReading(
                    o.base, o.weight, _Why(first, _combo_steps, (o,)), _endings_of((o,), lang), _ending_evidence((o,))
                )
                for o in options[0][1:_COMBINATIONS]
            ]
            word = exact_key(query)
            readings = [
                r._replace(endings=_SURNAME_SHAPED) if r.endings == _GUESSED and _cuts_a_surname(word, r.text) else r
                for r in readings
            ]
            return readings
        for combo in combinations(options, _COMBINATIONS):
            endings = _endings_of(combo, lang)
            if endings is not None:
                readings.append(
                    _QueryReading(
                        " ".join(o.base for o in combo),
                        product(o.weight for o in combo),
                        _Why(first, _combo_steps, combo),
                        endings,
                        _ending_evidence(combo),
                    )
                )
        return readings

    def _precise(self, readings: list[_QueryReading], found: dict[int, _Candidate]) -> bool:
        """Look every reading up by the exact keys, then (if none cleared the
        threshold) by the ASCII keys, surnames included; True when one did."""
        for level in _PRECISE:
            key_of = _KEYS[level]
            table = self._maps[level]
            last_words = self._last_words[level]
            for reading, weight, steps, endings, evidence in readings:
                key = key_of(reading)
                hits = table.get(key)
                if hits:
                    self._offer_hits(level, key, hits, reading, weight, steps, found, endings, evidence)
                # Only a name whose last word (by this level's key) is the reading
                # can be a surname alone: the index lists those last words.
                if " " not in reading and len(key) >= _MIN_SURNAME and key in last_words:
                    self._lookup_surname(reading, weight, steps, found, level, endings, evidence)
            if _best(found) >= self.options.threshold:
                return True
        return False

    def _options(self, word: str, lang: str | None, hinted_only: bool = False) -> tuple[Reading, ...]:
        return _word_options(word, lang, hinted_only, self.options.hypotheses_per_word)

    def _lookup(
        self,
        text: str,
        weight: float,
        steps: _Why,
        found: dict[int, _Candidate],
        levels: tuple[str, ...],
        endings: str | None = None,
        evidence: int = 0,
    ) -> None:
        """Look ``text`` up by the keys of ``levels``; the most precise level that hits decides."""
        for level in levels:
            key = _KEYS[level](text)
            if level in _LOOSE and len(key) < _MIN_LOOSE_KEY:
                continue  # folded this short, unrelated words meet (Toojo and "to")
            hits = self._maps[level].get(key)
            if hits and self._offer_hits(level, key, hits, text, weight, steps, found, endings, evidence):
                return

    def _offer_hits(
        self,
        level: str,
        key: str,
        hits: tuple[int, ...],
        text: str,
        weight: float,
        steps: _Why,
        found: dict[int, _Candidate],
        endings: str | None = None,
        evidence: int = 0,
    ) -> bool:
        """Offer the names a key of ``level`` found; False when none counts at that level.

        A generated spelling does not count at the exact level: generated
        spellings are kept one per ASCII key (Žeenbekov and Zheenbekov are
        one), so which diacritics they carry is arbitrary; they count from
        the ASCII level on (and the index files no generated name among the
        surnames of the exact level, `exact_last`)."""
        every = self.index.names
        route = _key_route(level, endings)
        if route is Route.LOOSE and level == "compact" and _same_letters(text, every[hits[0]].text):
            route = Route.SPACING  # the letters as written, only spaced differently (Venemaa, Vene maa)
        if route is None and all(every[p].kind == "generated" for p in hits):
            route = Route.GENERATED
        if len(hits) == 1:  # most keys: one name
            name = every[hits[0]]
            if level == "exact" and name.kind == "generated":
                return False  # see above
            score = confidence(_TRUST[level] * KIND_FACTOR[name.kind] * (WEAK_FACTOR if name.weak else 1.0), weight)
            score, why = self._by_chance(route, key, score, _Why(steps, _key_step, level, key, name), name, evidence)
            _offer(found, name, score, why, text)
            return True
        names = [every[p] for p in hits]
        if level == "exact":
            names = [n for n in names if n.kind != "generated"]  # see above
            if not names:
                return False
        # A curated name outranks a generated spelling, a strong name a weak one.
        tiers = [_tier(n) for n in names]
        tier = min(tiers)
        trust = _TRUST[level]
        for name, name_tier in zip(names, tiers, strict=True):
            if name_tier != tier:
                continue
            score = confidence(trust * KIND_FACTOR[name.kind] * (WEAK_FACTOR if name.weak else 1.0), weight)
            score, why = self._by_chance(route, key, score, _Why(steps, _key_step, level, key, name), name, evidence)
            _offer(found, name, score, why, text)
        return True

    def _lookup_surname(
        self,
        reading: str,
        weight: float,
        steps: _Why,
        found: dict[int, _Candidate],
        level: str,
        endings: str | None = None,
        evidence: int = 0,
    ) -> None:
        """People whose surname is this one-word reading by the key of a
        precise ``level``: a surname alone, found at the precise tier."""
        key = _KEYS[level](reading)
        if len(key) < _MIN_SURNAME:
            return
        route = {_GUESSED: Route.GUESSED_ENDING_SURNAME, _SURNAME_SHAPED: Route.SURNAME_SHAPED}.get(endings or "")
        surname = match_key(reading)
        for position in self._last_words[level].get(key, ()):
            name = self.index.names[position]
            if name.surname != surname:  # the surname its match key files it under
                continue
            trust = _TRUST[level] * SURNAME_ALONE_FACTOR * KIND_FACTOR[name.kind]
            trust *= WEAK_FACTOR if name.weak else 1.0
            why = _Why(steps, _surname_step, key, name)
            score, why = self._by_chance(route, key, confidence(trust, weight), why, name, evidence)
            _offer(found, name, score, why, reading)

    def _stem_fallback(self, word: str, first: _Why, found: dict[int, _Candidate]) -> None:
        """Names that share the longest prefix with the word, when no rule of
        any language explained it: most endings are suffixes, so an inflected
        form starts with nearly all of its base form. Only the longest shared
        prefix counts; two names sharing it are a tie, hence no answer.

        Only an entity's own names count, not its aliases: aliases gather
        old, foreign and informal names (Kristiania, Stadi, Philly), and a
        guessed ending on one of those is a guess on a guess.

        A word that looks like a surname (a stem and a surname-forming ending:
        ``Romanov``, ``Ivanova``, ``Georgiyev``) is more likely an unknown
        surname than an inflected form of a name that merely shares its start:
        such a word takes no name that adds letters after the shared prefix
        (Romania, Ivanovo, Georgia), nor a name that is its stem (Roman)."""
        surname_shaped = _surname_shaped(word)
        shortest = max(_STEM_MIN_PREFIX, int(len(word) * _STEM_MIN_SHARE + 0.999), len(word) - _STEM_MAX_REMOVED)
        for keep in range(len(word) - 1, shortest - 1, -1):
            hits = self.index.stems.get(word[:keep])
            if not hits:
                continue
            for position in hits:
                name = self.index.names[position]
                if name.kind == "alias":
                    continue  # aliases gather old, foreign and informal names: a guess on a guess
                target = exact_key(name.text)
                added = len(target) - keep
                if added > _STEM_MAX_ADDED:
                    continue
                if surname_shaped and (added > 0 or word[keep:] in _surname_suffixes()):
                    continue
                score = _STEM_BASE - _STEM_PER_REMOVED * (len(word) - keep) - _STEM_PER_ADDED * added
                why = _Why(first, _stem_step, word, target[:keep], name)
                score, why = self._by_chance(Route.PREFIX, word[:keep], score * KIND_FACTOR[name.kind], why, name)
                _offer(found, name, score, why, f"stem:{keep}")
            return

    def _by_chance(
        self, route: Route | None, key: str, score: float, why: _Why, name: IndexedName, evidence: int = 0
    ) -> tuple[float, _Why]:
        """The score and steps of a candidate found by ``route`` with ``key``
        (and ``evidence`` letters' worth of endings, see `_ending_evidence`):
        lowered, with a step that says why, when that is too little for the
        route to decide in an open world (see `namenorm.evidence`)."""
        if route is None:
            return score, why
        needed = letters_needed(route, self._index_keys, self.index.entities[name.entity].weight)
        if route not in _GUESSED_ROUTES and route not in (Route.FUZZY_WORD, Route.FUZZY_NAME):
            evidence = max(0, evidence)  # the hint vouches for what its rules restore
        if len(key) - key.count(" ") + evidence >= needed:
            return score, why
        return score * CHANCE_FACTOR, _Why(why, _chance_steps, route, key, needed)

    def _weigh_fuzzy(self, hit: FuzzyHit, query: str, lang: str | None, why: _Why) -> tuple[float, _Why]:
        """`_by_chance` for a fuzzy candidate: its route follows from the
        readings it was scored with and how it aligned."""
        name = self.index.names[hit.position]
        if _same_letters(query, name.text):  # the query as written, only spaced differently
            spacing = Route.GENERATED if name.kind == "generated" else Route.SPACING
            return self._by_chance(spacing, ascii_key(query), hit.score, why, name)
        endings = _endings_of(hit.readings, lang)
        if endings == _GUESSED and len(hit.readings) == 1:
            only = hit.readings[0]
            if _cuts_a_surname(only.word, only.base):
                endings = _SURNAME_SHAPED
        evidence = _ending_evidence(hit.readings) if endings == _GUESSED else 0
        key = " ".join(r.key or match_key(r.base) for r in hit.readings)
        route = _fuzzy_route(hit, endings, key, name.surname or "")
        if route in (Route.FUZZY_WORD, Route.FUZZY_NAME):
            # Every edit is a chance the other way: between the keys as one
            # string, or for a person's name between the surname and the
            # query word nearest it (a patronymic the name lacks is no edit).
            if hit.person and name.surname:
                edits = min(Levenshtein.distance(word, name.surname) for word in key.split())
            else:
                edits = Levenshtein.distance(key.replace(" ", ""), name.match.replace(" ", ""))
            evidence = -round(EDIT_LETTERS * edits)
        return self._by_chance(route, key, hit.score, why, name, evidence)

    def _decide(self, ranked: list[tuple[Match, str]]) -> Decision:
        """The top candidate, unless it is below the threshold or has a rival.

        A rival is another entity within the margin that the same reading of
        the query found (two people who share a surname), or any close fuzzy
        candidate. Candidates found through different readings (``Putinin`` as
        ``Putin`` + genitive, or as ``Putini`` + genitive) are ranked by their
        readings' priors: the better explanation wins outright.
        """
        if not ranked or ranked[0][0].score < self.options.threshold:
            return Decision("unmatched")
        top, reading = ranked[0]
        if len(ranked) == 1:
            return Decision("matched", top)
        floor = top.score - self.options.margin
        rivals = tuple(
            m
            for m, r in ranked[1:]
            if m.score >= floor and (r == reading or not r or not reading or m.score == top.score)
        )
        if not rivals:
            return Decision("matched", top)
        if all(top.entity.weight >= self.options.prominence * r.entity.weight for r in rivals):
            note = (
                f"ambiguous with {', '.join(r.entity.name for r in rivals)}; "
                f"{top.entity.name} chosen as the more prominent (weight {top.entity.weight:g})"
            )
            chosen = replace(top, steps=(*top.steps, note), ambiguous_with=tuple(r.entity for r in rivals))
            return Decision("matched", chosen, rivals)
        return Decision("ambiguous", None, (top, *rivals))


def _cuts_a_surname(word: str, base: str) -> bool:
    """Whether reading a word shaped like a surname (``Pavlov``, ``Ivanova``)
    as ``base`` cuts into its surname-forming ending for a base that is no
    surname (``Pavel``, ``Ivanovo``): the word is more likely a surname the
    gazetteer lacks. Taking the ending off whole is another matter: that is
    the surname's Russian form (``Rakhmonov`` of ``Rakhmon``)."""
    if not _surname_shaped(word) or _surname_shaped(base):
        return False
    return not (word.startswith(base) and word[len(base) :] in _surname_suffixes())


#: The routes whose endings no hint asked for: only there do the letters a
#: rule restores count against the key (see _ending_evidence).
_GUESSED_ROUTES = frozenset({Route.GUESSED_ENDING, Route.GUESSED_ENDING_LOOSE, Route.GUESSED_ENDING_SURNAME})


def _key_route(level: str, endings: str | None) -> Route | None:
    """The route of a key hit at ``level`` of a reading with ``endings``."""
    if endings == _SURNAME_SHAPED:
        return Route.SURNAME_SHAPED
    loose = level in _LOOSE
    if endings is None:
        return Route.LOOSE if loose else None
    if endings == _MARKED:
        return Route.HINTED_ENDING_LOOSE if loose else None
    if endings == _HINTED:
        return Route.HINTED_ENDING_LOOSE if loose else Route.HINTED_ENDING
    return Route.GUESSED_ENDING_LOOSE if loose else Route.GUESSED_ENDING


def _same_letters(a: str, b: str) -> bool:
    """Whether two names have the same ASCII letters, spaces and punctuation aside."""
    return ascii_key(a).replace(" ", "") == ascii_key(b).replace(" ", "")


def _chance_steps(route: Route, key: str, needed: float) -> tuple[str, ...]:
    return (chance_step(route, key, needed),)


def _fuzzy_route(hit: FuzzyHit, endings: str | None, key: str, surname: str) -> Route | None:
    """The route of a fuzzy candidate whose readings had ``endings``, the
    query's key being ``key`` and the candidate person's surname ``surname``."""
    if endings == _SURNAME_SHAPED:
        return Route.SURNAME_SHAPED
    if endings == _GUESSED:
        return Route.GUESSED_ENDING_SURNAME if hit.alone else Route.GUESSED_ENDING_LOOSE
    if hit.alone:  # a surname alone
        if hit.exact:
            return Route.SURNAME_KEY
        if _vowel_variant(key, surname):
            return Route.SURNAME_VOWELS
        return Route.SURNAME_SUFFIX if _suffix_variant(key, surname) else Route.FUZZY_SURNAME
    if hit.exact:  # the whole query's compact key equals the name's: a loose key
        return Route.HINTED_ENDING_LOOSE if endings in (_HINTED, _MARKED) else Route.LOOSE
    return Route.FUZZY_WORD if " " not in key else Route.FUZZY_NAME


def _vowel_variant(a: str, b: str) -> bool:
    """Whether two surname keys differ only in vowels, letter for letter."""
    return len(a) == len(b) and skeleton(a) == skeleton(b) and a[:1] == b[:1]


def _suffix_variant(a: str, b: str) -> bool:
    """Whether one surname key is the other plus a surname-forming ending
    (``rahmonov`` and ``rahmon``: the Russian and the native form of one name)."""
    short, long = sorted((a, b), key=len)
    return bool(short) and long.startswith(short) and long[len(short) :] in _surname_suffixes()


def _best(found: dict[int, _Candidate]) -> float:
    return max((c.score for c in found.values()), default=0.0)


class _Found(dict[int, _Candidate]):
    """The candidates found so far, by entity; only entities in scope are taken."""

    def __init__(self, entities: Sequence[Entity], scope: Scope) -> None:
        super().__init__()
        self.admits: Callable[[int], bool] | None = (
            None if scope == ANYTHING else lambda position: scope.admits(entities[position])
        )


def _offer(found: dict[int, _Candidate], name: IndexedName, score: float, steps: _Why, reading: str) -> None:
    admits = getattr(found, "admits", None)
    if admits is not None and not admits(name.entity):
        return
    old = found.get(name.entity)
    if old is None or score > old.score:
        found[name.entity] = _Candidate(score, name, steps, reading)


@cached("resolver.word_options")
def _word_options(word: str, lang: str | None, hinted_only: bool, limit: int) -> tuple[Reading, ...]:
    """The readings of one query word: the word itself, then its base-form
    hypotheses (the match keys are left to the fuzzy stage, which fills them in)."""
    hypotheses = languages.hypotheses(word, lang, hinted_only=hinted_only)[:limit]
    return (Reading(word, word, 1.0, None), *(Reading(word, h.base, h.weight, h) for h in hypotheses))


def _warm_up() -> None:
    """Load now what the first queries would otherwise load, so that a new
    resolver answers its first query as fast as its thousandth: every
    language module, the transliteration tables that fold Cyrillic queries,
    the titles and the surname endings."""
    languages.registry()
    for fold in (exact_key, ascii_key, match_key, clean_name):
        for text in ("Жээнбеков", "Mr. Kim"):
            fold(text)
    _surname_suffixes()
    _longest_surname_suffix()


@cached("resolver.surname_suffixes")
def _surname_suffixes() -> frozenset[str]:
    """Endings that make surnames of names (data/surname_suffixes.txt)."""
    return frozenset(words("namenorm.data", "surname_suffixes.txt"))


def _surname_shaped(word: str) -> bool:
    """Whether ``word`` is a stem of at least three letters plus a
    surname-forming ending (``roman`` + ``ov``, ``ivan`` + ``ova``)."""
    suffixes = _surname_suffixes()
    longest = min(len(word) - _MIN_SURNAME, _longest_surname_suffix())
    return any(word[-cut:] in suffixes for cut in range(1, longest + 1))


@cached("resolver.longest_surname_suffix")
def _longest_surname_suffix() -> int:
    return max(map(len, _surname_suffixes()))


def _tier(name: IndexedName) -> int:
    """Rank of a name's authority: curated strong (0), curated weak (1), generated (2)."""
    if name.kind == "generated":
        return 2
    return 1 if name.weak else 0
