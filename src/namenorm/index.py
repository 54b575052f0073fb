"""Stage 4: the candidate index, built once from a gazetteer.

Every name of every entity (canonical name, aliases, native-script names and
the spellings generated from them under every transliteration convention) is
folded into its keys (`namenorm.keys`) and filed in hash maps from a key
to the positions (in `Index.names`) of the names that have it:

- ``exact``, ``ascii``, ``match`` and ``compact`` (match key without spaces):
  whole-name lookups, from most to least precise;
- ``surname``: the last word of people's names, for a surname alone or a
  full name whose given name is spelled differently;
- ``stems``: one-word names under their first letters (all but the last one
  or two), for a language-independent fallback: an inflected form usually
  starts with most of its base form (``Kanadzie`` / ``Kanada``);
- ``blocks``: the consonant skeleton of each name and of each surname, with
  every one-letter deletion of it (a symmetric-deletion index), so that fuzzy
  scoring only ever sees a short list of candidates, whatever the size of
  the gazetteer.

Every lookup is a hash-map hit: nothing a query does depends on the size of
the gazetteer. The layout is lean because a gazetteer of a million aliases
files tens of millions of positions: positions are tuples (no spare room),
equal strings are stored once, and a block filing more names than
`BLOCK_LIMIT` keeps only ``BLOCK_LIMIT + 1`` of them, which is all a
reader needs to know that the block is too common to narrow anything down
(the fuzzy stage skips such blocks).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from . import cache as _cache
from .gazetteer import Entity, Gazetteer
from .keys import ascii_key, exact_key, match_key, skeleton
from .score import PATRONYMIC_PARTICLES
from .translit import expand, has_cyrillic

__all__ = ["BLOCK_LIMIT", "MAPS", "Index", "IndexedName", "deletions"]

#: Skeletons this short are not blocked by deletion (too many neighbours).
MIN_BLOCK_LENGTH = 3
#: One-word names at least this long are filed under their stems: the name
#: with up to STEM_CUT final letters removed (a final vowel that an ending
#: replaces, a stem alternation), for the language-independent fallback.
MIN_STEM_NAME = 4
STEM_CUT = 2
#: A block filing more names than this is too common to narrow a search: it
#: keeps only its first ``BLOCK_LIMIT + 1`` positions, enough for a reader to
#: see that it is over the limit. `namenorm.fuzzy.MAX_BLOCK` must not
#: exceed it (a test checks).
BLOCK_LIMIT = 150
#: An index of at least this many names is followed by one full garbage
#: collection (`namenorm.cache.settle`): below it the collector's work
#: on it is too little to matter.
SETTLE_NAMES = 20_000
#: The key maps, in the order the resolver consults them (and ``blocks`` last).
MAPS: tuple[str, ...] = ("exact", "ascii", "match", "compact", "surname", "stems", "blocks")

Positions = tuple[int, ...]


class IndexedName(NamedTuple):
    """One indexed name of an entity, with its keys precomputed.

    A named tuple: an index loaded from its cache file makes millions of
    them, and a tuple is made faster than an object of a class (the
    collector still tracks both: it stops tracking exact tuples only).
    """

    entity: int
    text: str
    kind: str  # "name", "alias", "native", "generated"
    weak: bool
    match: str
    words: tuple[str, ...]  # match-key words
    surname: str | None  # match key of the surname, for people


def deletions(key: str) -> set[str]:
    """The key and every string made by deleting one character of it.

    Examples:
        >>> sorted(deletions("abc"))
        ['ab', 'abc', 'ac', 'bc']
        >>> deletions("ab")
        {'ab'}
    """
    out = {key}
    if len(key) >= MIN_BLOCK_LENGTH:
        out.update([key[:i] + key[i + 1 :] for i in range(len(key))])
    return out


def surname_of(words: tuple[str, ...]) -> str | None:
    """The surname among the match-key words of a person's name: the last word,
    or the word before a patronymic particle at the end (``Kubatbek uulu``
    has none).

    Examples:
        >>> surname_of(("almazbek", "atambaev")), surname_of(("kubatbek", "uulu")), surname_of(("atambaev",))
        ('atambaev', None, None)
    """
    if len(words) < 2:
        return None
    last = words[-1]
    if last in PATRONYMIC_PARTICLES:
        return None
    return last


class Index:
    """Hash maps from keys to the names that have them (see the module docstring).

    Read-only once built, so one index may serve any number of threads. The
    index of a large gazetteer is saved to a cache file and loaded from it the
    next time the same gazetteer is indexed by the same code
    (`namenorm.cache`).

    Attributes:
        entities: the gazetteer's entities, in order (``IndexedName.entity``
            is a position in it).
        names: every indexed name (a position in a map is a position in it).
        exact, ascii, match, compact, surname, stems, blocks: ``key ->
            positions`` (a tuple of increasing positions in `names`).

    Examples:
        >>> gaz = Gazetteer.from_records([{"id": "Q1", "name": "Almazbek Atambayev", "type": "PER"}])
        >>> index = Index(gaz)
        >>> index.match["almazbek atambaev"], index.surname["atambaev"], index.names[0].words
        ((0,), (0,), ('almazbek', 'atambaev'))
    """

    def __init__(self, gazetteer: Gazetteer, *, expand_native: bool = True, cache: bool | None = None) -> None:
        """Index ``gazetteer``.

        Args:
            gazetteer: the entities to index.
            expand_native: index the spellings of Cyrillic names under every
                transliteration convention.
            cache: use the cache file (True), never (False), or when the
                gazetteer has at least `namenorm.cache.MIN_ENTITIES`
                entities and the cache is not turned off (None).
        """
        self.entities: tuple[Entity, ...] = tuple(gazetteer)
        self.names: list[IndexedName] = []
        self.exact: dict[str, Positions] = {}
        self.ascii: dict[str, Positions] = {}
        self.match: dict[str, Positions] = {}
        self.compact: dict[str, Positions] = {}
        self.surname: dict[str, Positions] = {}
        self.stems: dict[str, Positions] = {}
        self.blocks: dict[str, Positions] = {}
        #: People's names filed under a surname, by the last word of their
        #: exact key (curated names only) and of their ASCII key (every name):
        #: a surname alone at that key level, found without folding any name
        #: again; a reading that is no key of them is no surname alone.
        self.exact_last: dict[str, Positions] = {}
        self.ascii_last: dict[str, Positions] = {}
        #: Whether this index was loaded from a cache file rather than built.
        self.from_cache = False
        path = None
        if cache or (cache is None and len(self.entities) >= _cache.MIN_ENTITIES):
            path = _cache.cache_path(gazetteer, expand_native)
            if path is not None and self._restore(_cache.load(path)):
                self.from_cache = True
        if not self.from_cache:
            with _cache.no_gc():
                _Builder(self).build(expand_native)
            if path is not None:
                _cache.store(path, self._state())
        if len(self.names) >= SETTLE_NAMES:
            _cache.settle()

    def _state(self) -> tuple[Any, ...]:
        """Everything built, as plain tuples and dicts (for `namenorm.cache`)."""
        names = tuple(map(tuple, self.names))  # plain tuples: marshal takes no subclass
        last = (self.exact_last, self.ascii_last)
        return (_cache.FORMAT, len(self.entities), names, last, *(getattr(self, name) for name in MAPS))

    def _restore(self, state: Any) -> bool:
        """Take a state saved by `_state`; False if it does not fit this gazetteer."""
        if not isinstance(state, tuple) or len(state) != 4 + len(MAPS) or state[1] != len(self.entities):
            return False
        try:
            with _cache.no_gc():
                names = list(map(IndexedName._make, state[2]))
            exact_last, ascii_last = state[3]
        except (TypeError, ValueError):
            return False
        if not all(isinstance(table, dict) for table in (*state[4:], exact_last, ascii_last)):
            return False
        self.names = names
        self.exact_last, self.ascii_last = exact_last, ascii_last
        for name, table in zip(MAPS, state[4:], strict=True):
            setattr(self, name, table)
        return True

    def __len__(self) -> int:
        return len(self.names)

    def maps(self) -> Iterator[tuple[str, dict[str, Positions]]]:
        """Each key map with its name, in `MAPS` order."""
        for name in MAPS:
            yield name, getattr(self, name)

    def stats(self) -> dict[str, int]:
        """Sizes, for benchmarks: names, and keys and positions per map."""
        out = {"names": len(self.names)}
        for name, table in self.maps():
            out[f"{name}_keys"] = len(table)
            out[f"{name}_positions"] = sum(map(len, table.values()))
        return out


def names_of(entity: Entity, expand_native: bool) -> Iterator[tuple[str, str, bool]]:
    """``(text, kind, weak)`` of every name of an entity to index, each text once:
    its own names, then the spellings generated from its Cyrillic names (for
    people, with the nominative endings Lithuanian and Latvian give foreign
    names: Navalnas, Putins)."""
    seen: set[str] = set()
    for alias in entity.names():
        if alias.name not in seen:
            seen.add(alias.name)
            yield alias.name, alias.kind, alias.weak
    if expand_native:
        for alias in entity.names():
            if has_cyrillic(alias.name):
                for spelling in sorted(expand(alias.name, endings=entity.type == "PER")):
                    if spelling not in seen:
                        seen.add(spelling)
                        yield spelling, "generated", alias.weak


class _Builder:
    """Fills an `Index`. Lists grow while building and become tuples at
    the end; strings equal to one already stored are replaced by it, and the
    blocks of a skeleton are computed once however many names share it."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.strings: dict[str, str] = {}
        self.blocks_of: dict[str, tuple[str, ...]] = {}
        self.lists: dict[str, dict[str, Any]] = {name: {} for name in (*MAPS, "exact_last", "ascii_last")}

    def build(self, expand_native: bool) -> None:
        for number, entity in enumerate(self.index.entities):
            person = entity.type == "PER"
            for text, kind, weak in names_of(entity, expand_native):
                self.add(number, person, text, kind, weak)
        shared: dict[Positions, Positions] = {}
        for name, lists in self.lists.items():
            setattr(self.index, name, _freeze(lists, shared))
        self.lists.clear()

    def add(self, number: int, person: bool, text: str, kind: str, weak: bool) -> None:
        intern = self.strings.setdefault
        lists = self.lists
        mkey = match_key(text)
        mkey = intern(mkey, mkey)
        words = tuple(intern(w, w) for w in mkey.split())
        surname = surname_of(words) if person else None
        position = len(self.index.names)
        self.index.names.append(IndexedName(number, text, kind, weak, mkey, words, surname))
        exact = exact_key(text)
        exact = intern(exact, exact)
        _file(lists["exact"], exact, position)
        akey = ascii_key(text)
        _file(lists["ascii"], intern(akey, akey), position)
        if len(exact) >= MIN_STEM_NAME and " " not in exact:
            stems = lists["stems"]
            for cut in range(STEM_CUT + 1):
                stem = exact[: len(exact) - cut]
                _file(stems, intern(stem, stem), position)
        if not mkey:  # a name of symbols only (``&``) is found by its exact key alone
            return
        _file(lists["match"], mkey, position)
        compact = mkey.replace(" ", "")
        _file(lists["compact"], intern(compact, compact), position)
        blocks = lists["blocks"]
        for block in self.blocks_for(compact):
            _file_capped(blocks, block, position)
        if surname:
            _file(lists["surname"], surname, position)
            if " " in akey:
                _file(lists["ascii_last"], intern(last := akey.rsplit(" ", 1)[1], last), position)
            if " " in exact and kind != "generated":
                _file(lists["exact_last"], intern(last := exact.rsplit(" ", 1)[1], last), position)
            for block in self.blocks_for(surname):
                _file_capped(blocks, block, position)

    def blocks_for(self, key: str) -> tuple[str, ...]:
        """The blocks of a key's skeleton, computed once per distinct key."""
        found = self.blocks_of.get(key)
        if found is None:
            intern = self.strings.setdefault
            found = tuple(intern(b, b) for b in sorted(deletions(skeleton(key))))
            self.blocks_of[key] = found
        return found


def _file(table: dict[str, Any], key: str, position: int) -> None:
    if not key:
        return
    found = table.get(key)
    if found is None:
        table[key] = position
    elif type(found) is int:
        if found != position:
            table[key] = [found, position]
    elif found[-1] != position:
        found.append(position)


def _file_capped(table: dict[str, Any], key: str, position: int) -> None:
    found = table.get(key)
    if found is None:
        table[key] = position
    elif type(found) is int:
        if found != position:
            table[key] = [found, position]
    elif found[-1] != position and len(found) <= BLOCK_LIMIT:
        found.append(position)


def _freeze(lists: dict[str, Any], shared: dict[Positions, Positions]) -> dict[str, Positions]:
    """The map with its values as tuples, each distinct tuple stored once for
    every map (a name alone under its exact key is usually alone under its
    ascii key, its stems and many blocks too). A single position is held as a
    bare int while building: most keys have one."""
    out: dict[str, Positions] = {}
    for key, value in lists.items():
        positions = (value,) if type(value) is int else tuple(value)
        out[key] = shared.setdefault(positions, positions)
    return out
