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

The pipeline runs in the compiled core (``rust/src/resolver/``): a query
crosses into it once, and comes back as its ranked candidates and decision,
each candidate's explanation as step records that `namenorm.explain`
renders. This module is the public face: the options, the scope, the
matches and decisions as Python objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from . import _core
from .clean import MAX_NAME_LENGTH
from .codes import check_language
from .errors import NamenormError
from .explain import prominence_step, render_all
from .gazetteer import ENTITY_TYPES, Entity, Gazetteer
from .index import Index

__all__ = ["ENTITY_TYPES", "Decision", "Match", "Options", "Resolver", "Scope", "Status"]


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
        chosen = replace(base, **overrides) if overrides else base
        self.gazetteer = gazetteer
        self.index = Index(gazetteer, expand_native=chosen.expand_native)
        entities = self.index.entities
        self._entities = (
            [e.id for e in entities],
            [e.type for e in entities],
            [e.country for e in entities],
            [e.weight for e in entities],
        )
        self.options = chosen

    @property
    def options(self) -> Options:
        """How this resolver decides (a new `Options` may be set: it applies
        from the next query on, and empties the answer cache).

        Examples:
            >>> import dataclasses, namenorm
            >>> gaz = namenorm.Gazetteer.from_records([{"id": "Q1", "name": "Almazbek Atambayev", "type": "PER"}])
            >>> r = namenorm.Resolver(gaz)
            >>> r.options.threshold, r.resolve("Atambajev") is not None
            (0.8, True)
            >>> r.options = dataclasses.replace(r.options, threshold=0.99)
            >>> r.resolve("Atambajev") is None
            True
        """
        return self._options

    @options.setter
    def options(self, options: Options) -> None:
        self._options = options
        self._core = _core.Resolver(
            self.index.core,
            *self._entities,
            threshold=options.threshold,
            margin=options.margin,
            prominence=options.prominence,
            fuzzy=options.fuzzy,
            hypotheses_per_word=options.hypotheses_per_word,
            cache_size=options.cache_size,
        )

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
        return self._decision(text, lang, Scope.of(types, countries)).match

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
        return self._decision(text, lang, Scope.of(types, countries))

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
        scope = Scope.of(types, countries)
        text, lang = _checked(text, lang)
        if text is None:
            return []
        return [self._match(c, text) for c in self._core.ranked(text, lang, *_scope_lists(scope), False, k)]

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
        return [d.match for d in self.decide_many(texts, lang, types=types, countries=countries)]

    def decide_many(
        self,
        texts: Iterable[str | None],
        lang: str | None = None,
        *,
        types: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> list[Decision]:
        """[`decide`][namenorm.Resolver.decide] for many strings, in order:
        repeated strings are decided once, and a batch is worked out on every
        core (the core releases the GIL).

        Examples:
            >>> import namenorm
            >>> r = namenorm.default_resolver()
            >>> [d.status for d in r.decide_many(["Putin", None, "Zzyzx Qwerty"])]
            ['matched', 'empty', 'unmatched']
        """
        if isinstance(texts, str | bytes):
            raise TypeError("decide_many takes an iterable of names, not one string: use decide(text) or [text]")
        scope = Scope.of(types, countries)
        lang = check_language(lang)
        unique: dict[str | None, int] = {}
        for text in texts:
            if text is not None and not isinstance(text, str):
                raise TypeError(f"a name must be a str or None, not {type(text).__name__}")
            if text not in unique:
                unique[text] = len(unique)
        asked = [None if t is None else t[:MAX_NAME_LENGTH] for t in unique]
        decided = self._core.decide_many(asked, lang, *_scope_lists(scope)) if asked else []
        decisions = [self._made(d, t) for d, t in zip(decided, asked, strict=True)]
        return [decisions[unique[text]] for text in texts]

    def _decision(self, text: str | None, lang: str | None, scope: Scope) -> Decision:
        """The decision on ``text`` (None: unmatched)."""
        text, lang = _checked(text, lang)
        if text is None:
            return Decision("unmatched")
        return self._made(self._core.decide(text, lang, *_scope_lists(scope)), text)

    def _full_decision(self, text: str, lang: str | None = None, scope: Scope = Scope()) -> Decision:
        """The decision over every candidate, as `candidates` ranks them (for
        the tests: a decision reads only the candidates that can change it,
        and must be this one)."""
        checked, lang = _checked(text, lang)
        if checked is None:
            return Decision("unmatched")
        return self._made(self._core.decide(checked, lang, *_scope_lists(scope), False), checked)

    def _match(self, candidate: _core.Candidate, text: str) -> Match:
        entity, score, matched, steps, _reading = candidate
        return Match(self.index.entities[entity], score, text, matched, render_all(steps))

    def _made(self, decided: _core.Decided, text: str | None) -> Decision:
        """A decision of the core, its candidates made matches of ``text``."""
        status, found, matched, rivals, prominent = decided
        if status == "empty":
            return Decision("empty")
        if status == "unmatched" or text is None:
            return Decision("unmatched")
        text = text[:MAX_NAME_LENGTH]
        # Only the candidates the decision names are made matches (their steps rendered).
        if status == "ambiguous":
            return Decision("ambiguous", None, tuple(self._match(found[i], text) for i in rivals))
        assert matched is not None  # a match is made when the status is "matched"
        top = self._match(found[matched], text)
        if not prominent:
            return Decision("matched", top)
        others = tuple(self._match(found[i], text) for i in rivals)
        note = prominence_step(top.entity.name, top.entity.weight, [r.entity.name for r in others])
        chosen = replace(top, steps=(*top.steps, note), ambiguous_with=tuple(r.entity for r in others))
        return Decision("matched", chosen, others)


def _checked(text: object, lang: object) -> tuple[str | None, str | None]:
    """The text (its first `MAX_NAME_LENGTH` characters: only those are
    ever read) and the language hint, checked."""
    if text is not None and not isinstance(text, str):
        raise TypeError(f"a name must be a str or None, not {type(text).__name__}")
    return (None if text is None else text[:MAX_NAME_LENGTH]), check_language(lang)


def _scope_lists(scope: Scope) -> tuple[list[str] | None, list[str] | None]:
    """A scope as the core takes it."""
    return (
        None if scope.types is None else sorted(scope.types),
        None if scope.countries is None else sorted(scope.countries),
    )
