"""Names in running text: find every mention, resolve it, keep the document consistent.

[`annotate`][namenorm.annotate] returns one [`Mention`][namenorm.Mention] per name in the text, with its
character span, its surface form and the resolved [`Match`][namenorm.Match].
It is built for news text as it reaches pipelines, machine-translated text
included: names carry the case endings of the source language
(``Žeenbekoville``), possessives (``Suvanaliyev’s``), and sometimes lose their
capital (``Askar akajev``).

How it works, and why (precision first: no mention is better than a wrong one):

1. **Tokens and spans.** Words (with inner hyphens, apostrophes and colons:
   ``Nagorno-Karabakh``, ``Putin'in``, ``EU:n``) are grouped into runs that
   no punctuation or line break separates. Candidate spans of 1–4 words are
   tried longest first at each position; an accepted span is skipped over.
2. **Capitalisation and stop words.** A span starts with a capitalised word
   that is not a function word of a known language (``The``, ``In``,
   ``Perhaps``) nor a title. Later words of a span may be lower case
   (``Askar akajev``) but must then match a word of the entity's name
   exactly, after an ending is removed.
3. **Titles are evidence, not part of the name.** ``President Zhenbekov``:
   the title is left out of the span and marks what follows as a person.
4. **Every word must be explained.** A multi-word span is accepted only when
   each of its words is close to a word of one of the entity's names
   (``Vladimir Putin spokesman`` is not a name; ``Vladimir Putin`` is).
5. **A single word needs confirmation by key**, not by fuzzy similarity: one
   of its readings (as written, or with an ending removed) must equal a name
   of the entity or, for people, a surname. Places and organisations are
   held to more: the reading must equal a name folded only to ASCII (not the
   transliteration-neutral key), an ending must belong to the language of
   the text (the document's language: the hint, or the function words it
   uses), and a name tagged with another language does not count. So
   ``Russian`` in English text is not Finnish ``Russia`` + genitive ``-n``.
6. **Sentence starts** are where ordinary words are capitalised: a single
   word there is accepted when it is a person the resolver is sure of (a
   score of at least `SENTENCE_START_SCORE`: ``Zelensky came.``), or when the
   document corroborates it (the same entity named elsewhere, a title before
   it, or the person named in full): a place or an organisation always
   needs that (towns are called Most, Police or Parties). ``precise=True``
   trades recall for precision: corroboration only, for people too.
   Anywhere, a single capitalised word that the same text also writes in
   lower case (``Parliament`` / ``parliament``) is taken for an ordinary
   word; at a sentence start, such a word starts no name of several words
   (``Details Halvorsen``: the name, if any, starts after it).
7. **Document consistency** (second pass): a surname alone — even lower
   case, even with another spelling or ending — that matches the surname of
   a person named in full in the document is that person.
8. **Scope**: ``types`` and ``countries`` keep other entities out, as in
   [`Resolver.resolve`][namenorm.Resolver.resolve].

Annotating is linear in the length of the text: each word is looked at
with its neighbours only, and the surnames of the people a document names
are looked up by key, and by similarity through one call into rapidfuzz.

Examples:
    >>> text = "President Sooronbai Žeenbekoville met Almazbek Atambajev. Žeenbekov’s ally resigned."
    >>> for m in annotate(text):
    ...     print(m.start, m.end, m.text, "->", m.match.entity.name)
    10 33 Sooronbai Žeenbekoville -> Sooronbay Jeenbekov
    38 56 Almazbek Atambajev -> Almazbek Atambayev
    58 69 Žeenbekov’s -> Sooronbay Jeenbekov
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import regex
from rapidfuzz import process
from rapidfuzz.distance import Indel

from . import languages
from .cache import cached, register
from .clean import clean, is_title
from .codes import check_language
from .gazetteer import Entity
from .keys import ascii_key, exact_key, match_key
from .resolver import Match, Resolver, Scope
from .resources import sections
from .score import PATRONYMIC_PARTICLES

__all__ = ["Mention", "annotate", "document_language"]

#: The longest span tried, in words.
MAX_SPAN = 4
#: How close (normalised Indel similarity of match keys) a word of a
#: multi-word span must be to a word of the entity's name.
WORD_SIMILARITY = 0.75
#: How close a surname alone must be to a surname of a person named in the
#: document to be that person (document consistency).
SURNAME_SIMILARITY = 0.8
#: A single word at a sentence start is taken without corroboration from the
#: document when the resolver's score reaches this (unless ``precise``).
SENTENCE_START_SCORE = 0.9
#: At least this many function-word hits, and this share of all words, make
#: a language the document's language.
MIN_LANGUAGE_HITS = 3
MIN_LANGUAGE_SHARE = 0.05

_WORD = regex.compile(
    r"[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐'’:][\p{L}\p{M}\p{N}]+)*",
    flags=regex.V1,
)
# What may stand between a sentence end and the next sentence's first word.
_OPENERS = "\"'“”‘’«»„([{–—-•*#"
_SENTENCE_END = ".!?…:"


@cached("mentions.function_words")
def _function_words() -> dict[str, frozenset[str]]:
    """Function words by language (``data/function_words.txt``): they never
    start a name, and they tell the document's language."""
    return {code: frozenset(vocabulary) for code, vocabulary in sections("namenorm.data", "function_words.txt").items()}


@cached("mentions.stop_words")
def _stop_words() -> frozenset[str]:
    """Every language's function words together."""
    return frozenset().union(*_function_words().values())


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in text.

    Attributes:
        start: the offset of its first character in the text.
        end: the offset just after its last character (``text[start:end]``).
        text: the surface form, as it stands in the text.
        match: what it resolved to (entity, score, and how: ``match.explain()``).

    Examples:
        >>> m = annotate("Yesterday Almazbek Atambajev spoke.")[0]
        >>> (m.start, m.end, m.text, m.entity.name)
        (10, 28, 'Almazbek Atambajev', 'Almazbek Atambayev')
    """

    start: int
    end: int
    text: str
    match: Match

    @property
    def entity(self) -> Entity:
        """The entity mentioned.

        Examples:
            >>> annotate("Then Atambajev spoke.")[0].entity.id
            'almazbek-atambayev'
        """
        return self.match.entity

    @property
    def score(self) -> float:
        """The score of the match.

        Examples:
            >>> 0.8 <= annotate("Kyrgyzstan and Russia")[0].score <= 1.0
            True
        """
        return self.match.score

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready record: span, surface, entity and score.

        Examples:
            >>> annotate("Then Putin spoke.")[0].to_dict()["name"]
            'Vladimir Putin'
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "id": self.match.entity.id,
            "name": self.match.entity.name,
            "type": self.match.entity.type,
            "score": round(self.match.score, 4),
        }


class _Token(NamedTuple):
    """A word of the text (a named tuple: a megabyte of text makes 170,000)."""

    start: int
    end: int
    text: str
    key: str  # exact key (case-folded, apostrophes unified)
    capital: bool  # starts with an upper-case letter
    stop: bool  # a function word
    title: bool  # a title (President, presidentti)
    initial: bool  # first word of a sentence, a heading or a quotation
    run: int  # the run of words it belongs to (no punctuation between them)


def document_language(text: str) -> str | None:
    """The language whose function words the text uses most, or None when too
    few of them are found to tell.

    Examples:
        >>> document_language("The president said that the country was in chaos.")
        'en'
        >>> document_language("Presidentti sanoi, että maa on kaaoksessa ja se on vakava asia.")
        'fi'
    """
    words = [w.casefold() for w in _WORD.findall(text)]
    return _language_of(words)


def _language_of(words: Sequence[str]) -> str | None:
    if not words:
        return None
    hits = Counter[str]()
    stop = _stop_words()
    for w in words:
        if w in stop:
            for code, vocabulary in _function_words().items():
                if w in vocabulary:
                    hits[code] += 1
    if not hits:
        return None
    (code, count), *_ = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
    if count < MIN_LANGUAGE_HITS or count < MIN_LANGUAGE_SHARE * len(words):
        return None
    return code


def _tokens(text: str) -> list[_Token]:
    """The words of the text with what annotating needs of each; linear in
    the text's length (only the gap before each word is looked at)."""
    stop = _stop_words()
    tokens: list[_Token] = []
    run = 0
    previous_end = 0
    skipped = " \t" + _OPENERS
    seen: dict[str, tuple[str, bool, bool, bool]] = {}  # what each distinct word is
    for found in _WORD.finditer(text):
        start, end = found.span()
        word = found.group()
        gap = text[previous_end:start]
        if tokens and (gap.strip() or "\n" in gap):
            run += 1
        # The last character before the word that is no space or opener: in
        # the gap, or the previous word's last letter (never a sentence end).
        kept = gap.rstrip(skipped)
        initial = (kept[-1] in _SENTENCE_END or "\n" in gap[len(kept) - 1 :]) if kept else not tokens
        known = seen.get(word)
        if known is None:
            key = exact_key(word)
            bare = key.split("'")[0]
            known = seen[word] = (key, word[0].isupper(), key in stop or bare in stop, is_title(key))
        key, capital, is_stop, title = known
        tokens.append(_Token(start, end, word, key, capital, is_stop, title, initial, run))
        previous_end = end
    return tokens


class _Context:
    """What annotating one document needs: the resolver, its index by entity,
    the document's language and the tokens."""

    def __init__(self, resolver: Resolver, lang: str | None, tokens: list[_Token], scope: Scope, precise: bool) -> None:
        self.resolver = resolver
        self.lang = lang
        self.scope = scope
        self.precise = precise
        self.doc_lang = lang or _language_of([t.key for t in tokens])
        self.index = resolver.index
        self.entity_number, self.entity_names, self.having = _entity_tables(resolver)
        self.all_words = self.having
        self.lower_words = {t.key.split("'")[0] for t in tokens if not t.capital}
        self._readings: dict[str, list[tuple[str, str | None]]] = {}
        self._keyed: dict[str, bool] = {}
        self._keys: dict[str, frozenset[str]] = {}

    def resolve(self, text: str) -> Match | None:
        """The resolver's answer for a span, within the scope."""
        scope = self.scope
        return self.resolver.resolve(text, lang=self.lang, types=scope.types, countries=scope.countries)

    def candidates(self, text: str, k: int) -> list[Match]:
        """The resolver's best candidates for a span, within the scope."""
        scope = self.scope
        return self.resolver.candidates(text, k, lang=self.lang, types=scope.types, countries=scope.countries)

    # -- readings ------------------------------------------------------------

    def readings(self, word: str) -> list[tuple[str, str | None]]:
        """The word's readings: itself, then base forms with the language of the ending
        (worked out once per distinct word of the document)."""
        out = self._readings.get(word)
        if out is None:
            key = exact_key(clean(word)) if word else ""
            out = [(key, None)]
            out.extend((h.base, h.lang) for h in languages.hypotheses(key, self.lang))
            self._readings[word] = out
        return out

    def may_be_explained(self, span: Sequence[_Token]) -> bool:
        """Whether some entity could explain every word of a multi-word span
        (`explained`): its lower-case words must all be words of that
        entity's names, so only the entities having them all are tried; a
        span of capitalised words only is left to the resolver."""
        lower = [t for t in span[1:] if not t.capital and t.key not in PATRONYMIC_PARTICLES]
        if not lower:
            return True
        candidates: set[int] | None = None
        for token in lower:
            having: set[int] = set()
            for base, _lang in self.readings(token.text):
                if base:
                    having.update(self.having.get(match_key(base), ()))
            candidates = having if candidates is None else candidates & having
            if not candidates:
                return False
        if candidates is None or len(candidates) > 32:
            return True
        entities = self.index.entities
        return any(self.explained(span, entities[number]) for number in sorted(candidates))

    def sure_at_sentence_start(self, match: Match) -> bool:
        """Whether a one-word mention at a sentence start stands without the
        document's corroboration: a person the resolver is sure of (unless
        ``precise``). Places and organisations always wait for it: towns
        are called Most, Police or Parties."""
        return not self.precise and match.entity.type == "PER" and match.score >= SENTENCE_START_SCORE

    def keys(self, word: str) -> frozenset[str]:
        """The match keys of the word's readings (once per distinct word)."""
        found = self._keys.get(word)
        if found is None:
            found = self._keys[word] = frozenset(match_key(base) for base, _lang in self.readings(word) if base)
        return found

    def keyed(self, token: _Token) -> bool:
        """Whether a reading of the word is a key of some name: else no entity
        can confirm it as a one-word mention (`confirmed`), and the resolver
        is not asked."""
        found = self._keyed.get(token.text)
        if found is None:
            index = self.index
            found = any(
                match_key(base) in index.match or match_key(base) in index.surname or ascii_key(base) in index.ascii
                for base, _lang in self.readings(token.text)
                if base
            )
            self._keyed[token.text] = found
        return found

    def known_word(self, token: _Token) -> bool:
        """Whether a reading of the word is a word of some name of the gazetteer."""
        words = self.all_words
        return any(match_key(base) in words for base, _lang in self.readings(token.text) if base)

    def name_words(self, entity: Entity) -> set[str]:
        """The match keys of every word of every name of the entity."""
        return self.entity_names[self.entity_number[entity.id]][0]

    def surnames(self, entity: Entity) -> set[str]:
        """The match keys of the entity's surnames (people only)."""
        return self.entity_names[self.entity_number[entity.id]][1]

    # -- confirmation ----------------------------------------------------------

    def confirmed(self, token: _Token, entity: Entity) -> bool:
        """Whether a reading of the one-word mention equals a name of the entity
        (see the module docstring, step 5)."""
        number = self.entity_number[entity.id]
        person = entity.type == "PER"
        for base, ending_lang in self.readings(token.text):
            if not base:
                continue
            if not person and ending_lang is not None and self.doc_lang and ending_lang != self.doc_lang:
                continue  # a place with another language's ending: "Russian" is not Russia + Finnish -n
            if person:
                hits = [*self.index.match.get(match_key(base), ()), *self.index.surname.get(match_key(base), ())]
            else:
                hits = list(self.index.ascii.get(ascii_key(base), ()))
            for position in hits:
                name = self.index.names[position]
                if name.entity != number:
                    continue
                if person or self._fits_language(entity, name.text):
                    return True
        return False

    def _fits_language(self, entity: Entity, name: str) -> bool:
        """A name tagged with a language counts only in a text of that language."""
        if not self.doc_lang:
            return True
        for alias in entity.aliases:
            if alias.name == name:
                return alias.lang is None or alias.lang == self.doc_lang
        return True

    def explained(self, tokens: Sequence[_Token], entity: Entity) -> bool:
        """Whether every word of a multi-word span is close to a word of the
        entity's names (lower-case words: equal), under some reading."""
        words = self.name_words(entity)
        for token in tokens:
            if token.key in PATRONYMIC_PARTICLES:
                continue
            best = 0.0
            for base, _lang in self.readings(token.text):
                key = match_key(base)
                if key in words:
                    best = 1.0
                    break
                if token.capital and key and words:
                    closest = process.extractOne(key, words, scorer=Indel.normalized_similarity)
                    best = max(best, closest[1] if closest else 0.0)
            if best < (WORD_SIMILARITY if token.capital else 1.0):
                return False
        return True


_Tables = tuple[dict[str, int], list[tuple[set[str], set[str]]], dict[str, frozenset[int]]]
_TABLES: weakref.WeakKeyDictionary[Resolver, _Tables] = weakref.WeakKeyDictionary()
register("mentions.entity_tables", _TABLES.clear)


def _entity_tables(resolver: Resolver) -> _Tables:
    """Per entity of the resolver's index: its number, and the match keys of its
    name words and of its surnames; and every name word of the gazetteer with
    the entities whose names have it (built once per resolver)."""
    found = _TABLES.get(resolver)
    if found is None:
        index = resolver.index
        numbers = {e.id: i for i, e in enumerate(index.entities)}
        names: list[tuple[set[str], set[str]]] = [(set(), set()) for _ in index.entities]
        for name in index.names:
            words, surnames = names[name.entity]
            words.update(name.words)
            if name.surname:
                surnames.add(name.surname)
        having: dict[str, set[int]] = {}
        for number, (words, _surnames) in enumerate(names):
            for word in words:
                having.setdefault(word, set()).add(number)
        found = (numbers, names, {word: frozenset(entities) for word, entities in having.items()})
        _TABLES[resolver] = found
    return found


def annotate(
    text: str,
    lang: str | None = None,
    *,
    resolver: Resolver | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    precise: bool = False,
) -> list[Mention]:
    """Every name mention in ``text``, resolved, in order of position.

    Args:
        text: running text (any length: the time is linear in it).
        lang: the language of the text (ISO 639-1), as a hint; without it the
            language is told from the text's function words.
        resolver: the resolver to use; the default gazetteer's by default
            (its ``threshold`` is the lowest score a mention gets).
        types: only entities of these types are mentions (``{"PER"}``); None: any.
        countries: only entities of these countries are mentions; None: any.
        precise: trade recall for precision: a single word at a sentence
            start needs the document to corroborate it, however confident
            the resolver is of it.

    Returns:
        The mentions, sorted by start offset, never overlapping.

    Raises:
        TypeError: ``text`` is not a ``str``.
        UnknownLanguageError: ``lang`` is not an ISO 639-1 code.

    Examples:
        >>> [(m.text, m.entity.name) for m in annotate("Also his predecessor Askar akajev was ousted.")]
        [('Askar akajev', 'Askar Akayev')]
        >>> [m.entity.name for m in annotate("Zelensky came.")], annotate("Zelensky came.", precise=True)
        (['Volodymyr Zelenskyy'], [])
        >>> [m.text for m in annotate("Putin met Kyrgyzstan's president.", types={"PER"})]
        ['Putin']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    lang = check_language(lang)
    scope = Scope.of(types, countries)
    if resolver is None:
        from . import default_resolver

        resolver = default_resolver()
    tokens = _tokens(text)
    if not tokens:
        return []
    ctx = _Context(resolver, lang, tokens, scope, precise)
    found, waiting = _first_pass(ctx, tokens, text)
    _second_pass(ctx, tokens, text, found, waiting)
    return [found[i] for i in sorted(found)]


def _span_text(text: str, tokens: Sequence[_Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _first_pass(
    ctx: _Context, tokens: list[_Token], text: str
) -> tuple[dict[int, Mention], dict[int, tuple[Match, bool]]]:
    """Mentions that stand on their own; and one-word mentions at sentence
    starts that wait for the document to corroborate them (by token number,
    with whether a title precedes them)."""
    found: dict[int, Mention] = {}
    waiting: dict[int, tuple[Match, bool]] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        titled = i > 0 and tokens[i - 1].title and tokens[i - 1].run == token.run
        if not token.capital or token.stop or token.title:
            i += 1
            continue
        taken = 0
        # At a sentence start, a word the text also writes in lower case is an
        # ordinary word (step 6) and starts no name of several words.
        ordinary = token.initial and token.key.split("'")[0] in ctx.lower_words and not ctx.keyed(token)
        for size in range(1 if ordinary else MAX_SPAN, 0, -1):
            span = tokens[i : i + size]
            if len(span) < size or span[-1].run != token.run:
                continue
            if any(t.stop or t.title for t in span[1:]):
                continue
            if size > 1 and not all(t.capital or ctx.known_word(t) for t in span[1:]):
                continue  # a lower-case word that is no word of any name: not worth resolving
            if size == 1 and not ctx.keyed(token):
                continue  # no entity could confirm it (step 5): not worth resolving
            if size > 1 and not ctx.may_be_explained(span):
                continue  # no entity could explain every word of it (step 4): the same
            match = ctx.resolve(_span_text(text, span))
            if match is None:
                continue
            if size > 1:
                if ctx.explained(span, match.entity):
                    found[i] = Mention(span[0].start, span[-1].end, _span_text(text, span), match)
                    taken = size
                    break
                continue
            if not ctx.confirmed(token, match.entity):
                continue
            if token.key.split("'")[0] in ctx.lower_words and not titled:
                continue  # the text writes it in lower case elsewhere: an ordinary word
            if token.initial and not titled and not ctx.sure_at_sentence_start(match):
                waiting[i] = (match, titled)
            else:
                found[i] = Mention(token.start, token.end, token.text, _note(match, titled))
            taken = 1
            break
        i += max(taken, 1)
    return found, waiting


def _note(match: Match, titled: bool) -> Match:
    if not titled:
        return match
    return replace(match, steps=(*match.steps, "document: a title precedes it"))


def _second_pass(
    ctx: _Context,
    tokens: list[_Token],
    text: str,
    found: dict[int, Mention],
    waiting: dict[int, tuple[Match, bool]],
) -> None:
    """Document consistency: corroborate waiting sentence-initial mentions, and
    resolve surnames alone to the people the document names in full."""
    covered: set[int] = set()
    for i, mention in found.items():
        j = i
        while j < len(tokens) and tokens[j].start < mention.end:
            covered.add(j)
            j += 1
    entities = {m.entity.id for m in found.values()}
    # People named with more than one word, in order of first mention.
    people = _People(ctx, [m for _i, m in sorted(found.items()) if m.entity.type == "PER" and len(m.text.split()) > 1])
    surnames = frozenset(people.by_key)
    for i, token in enumerate(tokens):
        if token.stop or token.title or i in covered:
            continue
        if i not in waiting and ctx.keys(token.text).isdisjoint(surnames) and not token.capital:
            continue  # a lower-case word must equal a surname of the document's people
        titled = i > 0 and tokens[i - 1].title and tokens[i - 1].run == token.run
        person = _same_person(ctx, token, people, waiting.get(i, (None, False))[0])
        if person is not None:
            match, source = person
            note = f"document: the same person as {source.text!r} (offset {source.start})"
            found[i] = Mention(token.start, token.end, token.text, replace(match, steps=(*match.steps, note)))
            covered.add(i)
            continue
        if i in waiting:
            match, _ = waiting[i]
            if match.entity.id in entities:
                note = "document: the entity is named elsewhere in the text"
                found[i] = Mention(token.start, token.end, token.text, replace(match, steps=(*match.steps, note)))
                covered.add(i)
            elif titled:
                found[i] = Mention(token.start, token.end, token.text, _note(match, True))


class _People:
    """The people a document names in full, and their surnames: each
    mention's (the entity's surnames and the last word as written), and by
    key, so that a word is looked up among them in one step, not one
    comparison per mention."""

    def __init__(self, ctx: _Context, mentions: list[Mention]) -> None:
        self.mentions: dict[str, list[tuple[Mention, frozenset[str]]]] = {}
        self.by_key: dict[str, set[str]] = {}
        for mention in mentions:
            entity = mention.entity
            surnames = frozenset(ctx.surnames(entity) | _surface_surnames(ctx, mention))
            self.mentions.setdefault(entity.id, []).append((mention, surnames))
            for key in surnames:
                if key:
                    self.by_key.setdefault(key, set()).add(entity.id)
        self.keys = sorted(self.by_key)
        self._fitting: dict[tuple[frozenset[str], bool], set[str]] = {}

    def __bool__(self) -> bool:
        return bool(self.mentions)

    def fitting(self, keys: frozenset[str], capital: bool) -> set[str]:
        """The entities with a surname equal to a key or, for a capitalised
        word, at least `SURNAME_SIMILARITY` alike (once per distinct word)."""
        memo = (keys, capital)
        known = self._fitting.get(memo)
        if known is not None:
            return known
        out: set[str] = set()
        for key in keys:
            out.update(self.by_key.get(key, ()))
            if capital and key:
                for surname, _score, _index in process.extract(
                    key, self.keys, scorer=Indel.normalized_similarity, score_cutoff=SURNAME_SIMILARITY, limit=None
                ):
                    out.update(self.by_key[surname])
        self._fitting[memo] = out
        return out


def _same_person(ctx: _Context, token: _Token, people: _People, proposed: Match | None) -> tuple[Match, Mention] | None:
    """The person named in full in the document whose surname this word is, if
    exactly one fits (or the resolver's own answer is among those that fit)."""
    if not people or (not token.capital and token.key in _stop_words()):
        return None
    keys = ctx.keys(token.text)
    fits: dict[str, tuple[float, Mention]] = {}
    threshold = 1.0 if not token.capital else SURNAME_SIMILARITY
    for entity_id in sorted(people.fitting(keys, token.capital)):
        for mention, surnames in people.mentions[entity_id]:  # the first mention that fits
            if keys & surnames:
                score = 1.0
            elif token.capital:
                score = max((Indel.normalized_similarity(k, s) for k in keys for s in surnames if k and s), default=0.0)
            else:
                score = 0.0  # a lower-case word must equal the surname
            if score >= threshold:
                fits[entity_id] = (score, mention)
                break
    if not fits:
        return None
    if len(fits) > 1:
        if proposed is None or proposed.entity.id not in fits:
            proposed = ctx.resolve(token.text)
        if proposed is None or proposed.entity.id not in fits:
            return None
        chosen = proposed.entity.id
    else:
        chosen = next(iter(fits))
    score, source = fits[chosen]
    match = _match_for(ctx, token.text, source.match.entity, score)
    return match, source


def _surface_surnames(ctx: _Context, mention: Mention) -> set[str]:
    """The match keys of the last word of a full-name mention, as written and
    with endings removed (``Suvanalijevin`` -> ``suvanaliev``)."""
    words = mention.text.split()
    return {match_key(base) for base, _lang in ctx.readings(words[-1]) if base}


def _match_for(ctx: _Context, surface: str, entity: Entity, similarity: float) -> Match:
    """A Match of ``surface`` to ``entity``: the resolver's own answer or
    candidate when it has one, else one built from the document evidence. Its
    answer is asked first: the decisive search stops early, where the list of
    candidates scores every fuzzy one."""
    answer = ctx.resolve(surface)
    if answer is not None and answer.entity.id == entity.id:
        return answer
    for candidate in ctx.candidates(surface, 10):
        if candidate.entity.id == entity.id:
            return candidate
    return Match(entity, round(min(1.0, similarity) * ctx.resolver.options.threshold, 6), surface, entity.name)
