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
  the gazetteer; a block filing more names than `BLOCK_LIMIT` keeps only
  ``BLOCK_LIMIT + 1`` of them, enough to see that it is too common to
  narrow anything down.

Every lookup is a hash-map hit: nothing a query does depends on the size of
the gazetteer. The index is built by the compiled core
(``rust/src/index/``), in parallel, into flat columns and one arena of
strings (a million aliases take a few hundred megabytes), and saved to a
file that a later process maps back in a moment (`namenorm.cache`). This
module is its Python face: the maps and the names read as Python mappings
and sequences.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple, TypeVar, overload

from . import _core
from . import cache as _cache
from .gazetteer import Entity, Gazetteer

__all__ = ["BLOCK_LIMIT", "MAPS", "Index", "IndexedName", "KeyMap", "names_of"]

#: A block filing more names than this keeps only its first ``BLOCK_LIMIT + 1`` positions.
BLOCK_LIMIT: int = _core.BLOCK_LIMIT
#: The key maps, in the order the resolver consults them (and ``blocks`` last).
MAPS: tuple[str, ...] = ("exact", "ascii", "match", "compact", "surname", "stems", "blocks")

Positions = tuple[int, ...]
_T = TypeVar("_T")


class IndexedName(NamedTuple):
    """One indexed name of an entity, with its keys."""

    entity: int
    text: str
    kind: str  # "name", "alias", "native", "generated"
    weak: bool
    match: str
    words: tuple[str, ...]  # match-key words
    surname: str | None  # match key of the surname, for people


def names_of(entity: Entity) -> Iterator[tuple[str, str, bool]]:
    """``(text, kind, weak)`` of every name of an entity, each text once, as
    the index is given them (the core adds the spellings generated from
    Cyrillic names).

    Examples:
        >>> gaz = Gazetteer.from_records([{"id": "1", "name": "Бишкек", "aliases": ["Bishkek", "Бишкек"]}])
        >>> [t for t, _kind, _weak in names_of(next(iter(gaz)))]
        ['Бишкек', 'Bishkek']
    """
    seen: set[str] = set()
    for alias in entity.names():
        if alias.name not in seen:
            seen.add(alias.name)
            yield alias.name, alias.kind, alias.weak


class KeyMap(Mapping[str, Positions]):
    """One key map of an index: ``key -> positions`` (increasing positions in `Index.names`)."""

    __slots__ = ("_core", "_name")

    def __init__(self, core: _core.Index, name: str) -> None:
        self._core = core
        self._name = name

    def __getitem__(self, key: str) -> Positions:
        found = self._core.get(self._name, key)
        if found is None:
            raise KeyError(key)
        return found

    @overload
    def get(self, key: str) -> Positions | None: ...
    @overload
    def get(self, key: str, default: _T) -> Positions | _T: ...
    def get(self, key: str, default: object = None) -> object:
        found = self._core.get(self._name, key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._core.get(self._name, key) is not None

    def __len__(self) -> int:
        return self._core.count(self._name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._core.keys(self._name))


def _named(row: tuple[int, str, str, bool, str, str | None]) -> IndexedName:
    entity, text, kind, weak, key, surname = row
    return IndexedName(entity, text, kind, weak, key, tuple(key.split()), surname)


class Names(Sequence[IndexedName]):
    """The indexed names, by position (read from the core as they are asked for)."""

    __slots__ = ("_core",)

    def __init__(self, core: _core.Index) -> None:
        self._core = core

    def __len__(self) -> int:
        return len(self._core)

    @overload
    def __getitem__(self, i: int) -> IndexedName: ...
    @overload
    def __getitem__(self, i: slice) -> list[IndexedName]: ...
    def __getitem__(self, i: int | slice) -> IndexedName | list[IndexedName]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self._core)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("name position out of range")
        return _named(self._core.names(i, i + 1)[0])

    def __iter__(self) -> Iterator[IndexedName]:
        n = len(self._core)
        for start in range(0, n, 4096):
            yield from map(_named, self._core.names(start, min(n, start + 4096)))


class Index:
    """Hash maps from keys to the names that have them (see the module docstring).

    Read-only once built, so one index may serve any number of threads. The
    index of a large gazetteer is saved to a cache file and mapped from it the
    next time the same gazetteer is indexed by the same code (`namenorm.cache`).

    Attributes:
        entities: the gazetteer's entities, in order (``IndexedName.entity``
            is a position in it).
        names: every indexed name (a position in a map is a position in it).
        exact, ascii, match, compact, surname, stems, blocks: ``key ->
            positions`` (a tuple of increasing positions in `names`).
        exact_last, ascii_last: people's names by the last word of their exact
            key (curated names only) and of their ASCII key.

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
        #: Whether this index was loaded from a cache file rather than built.
        self.from_cache = False
        path = key = None
        core = None
        if cache or (cache is None and len(self.entities) >= _cache.MIN_ENTITIES):
            key = _cache.cache_key(gazetteer, expand_native)
            path = _cache.cache_path(gazetteer, expand_native, key)
            if path is not None:
                core = _cache.load(path, key, len(self.entities))
                self.from_cache = core is not None
        if core is None:
            core = build(self.entities, expand_native)
            if path is not None and key is not None:
                _cache.store(path, core, key)
        self.core: _core.Index = core
        self.names = Names(core)
        self.exact, self.ascii, self.match, self.compact = (KeyMap(core, m) for m in MAPS[:4])
        self.surname, self.stems, self.blocks = (KeyMap(core, m) for m in MAPS[4:])
        self.exact_last, self.ascii_last = KeyMap(core, "exact_last"), KeyMap(core, "ascii_last")

    def __len__(self) -> int:
        return len(self.core)

    def maps(self) -> Iterator[tuple[str, KeyMap]]:
        """Each key map with its name, in `MAPS` order."""
        for name in MAPS:
            yield name, getattr(self, name)

    def stats(self) -> dict[str, int]:
        """Sizes, for benchmarks: names, and keys and positions per map; the
        strings, and the bytes the index holds."""
        return self.core.stats()


def build(entities: Sequence[Entity], expand_native: bool = True) -> _core.Index:
    """The core's index of the entities' names (every name crosses once, in flat lists)."""
    types = [e.type for e in entities]
    owners = array("I")  # a machine integer each, not an object: a million names are many
    texts: list[str] = []
    kinds: list[str] = []
    weak: list[bool] = []
    for number, entity in enumerate(entities):
        for text, kind, is_weak in names_of(entity):
            owners.append(number)
            texts.append(text)
            kinds.append(kind)
            weak.append(is_weak)
    return _core.Index(types, owners, texts, kinds, weak, expand_native)
