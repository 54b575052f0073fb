"""Stage 4: the candidate index, built once from a gazetteer.

Every name of every entity (canonical name, aliases, native-script names and
the spellings generated from them under every transliteration convention) is
folded into its keys (:mod:`namenorm.keys`) and filed in hash maps:

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
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import Entity, Gazetteer
from .keys import ascii_key, exact_key, match_key, skeleton
from .translit import has_cyrillic, spellings

__all__ = ["Index", "IndexedName", "deletions"]

#: Words after a given name that are part of a Central Asian patronymic
#: (``Kubatbek uulu``), not a surname.
PATRONYMIC_PARTICLES = frozenset({"uulu", "ulu", "kyzy", "kizi", "qyzy", "ogly", "oglu", "uly", "ugli", "qizi"})
#: Skeletons this short are not blocked by deletion (too many neighbours).
MIN_BLOCK_LENGTH = 3
#: One-word names at least this long are filed under their stems: the name
#: with up to STEM_CUT final letters removed (a final vowel that an ending
#: replaces, a stem alternation), for the language-independent fallback.
MIN_STEM_NAME = 4
STEM_CUT = 2


@dataclass(frozen=True, slots=True)
class IndexedName:
    """One indexed name of an entity, with its keys precomputed."""

    entity: int
    text: str
    kind: str  # "name", "alias", "native", "generated"
    weak: bool
    match: str
    words: tuple[str, ...]  # match-key words
    surname: str | None  # match key of the surname, for people


def deletions(key: str) -> set[str]:
    """The key and every string made by deleting one character of it.

    Example:
        >>> sorted(deletions("abc"))
        ['ab', 'abc', 'ac', 'bc']
    """
    out = {key}
    if len(key) >= MIN_BLOCK_LENGTH:
        out.update(key[:i] + key[i + 1 :] for i in range(len(key)))
    return out


def surname_of(words: tuple[str, ...]) -> str | None:
    """The surname among the match-key words of a person's name: the last word,
    or the word before a patronymic particle at the end (``Kubatbek uulu``
    has none)."""
    if len(words) < 2:
        return None
    last = words[-1]
    if last in PATRONYMIC_PARTICLES:
        return None
    return last


class Index:
    """Hash maps from keys to the names that have them (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer, *, expand_native: bool = True) -> None:
        self.entities: tuple[Entity, ...] = tuple(gazetteer)
        self.names: list[IndexedName] = []
        self.exact: dict[str, list[int]] = {}
        self.ascii: dict[str, list[int]] = {}
        self.match: dict[str, list[int]] = {}
        self.compact: dict[str, list[int]] = {}
        self.surname: dict[str, list[int]] = {}
        self.blocks: dict[str, list[int]] = {}
        self.stems: dict[str, list[int]] = {}
        for number, entity in enumerate(self.entities):
            for text, kind, weak in self._names_of(entity, expand_native):
                self._add(number, entity, text, kind, weak)

    @staticmethod
    def _names_of(entity: Entity, expand_native: bool) -> Iterable[tuple[str, str, bool]]:
        seen: set[str] = set()
        for alias in entity.names():
            if alias.name not in seen:
                seen.add(alias.name)
                yield alias.name, alias.kind, alias.weak
        if expand_native:
            for alias in entity.names():
                if has_cyrillic(alias.name):
                    for spelling in sorted(spellings(alias.name)):
                        if spelling not in seen:
                            seen.add(spelling)
                            yield spelling, "generated", alias.weak

    def _add(self, number: int, entity: Entity, text: str, kind: str, weak: bool) -> None:
        mkey = match_key(text)
        words = tuple(mkey.split())
        surname = surname_of(words) if entity.type == "PER" else None
        position = len(self.names)
        self.names.append(IndexedName(number, text, kind, weak, mkey, words, surname))
        exact = exact_key(text)
        _file(self.exact, exact, position)
        _file(self.ascii, ascii_key(text), position)
        if len(exact) >= MIN_STEM_NAME and " " not in exact:
            for cut in range(STEM_CUT + 1):
                _file(self.stems, exact[: len(exact) - cut], position)
        if not mkey:  # a name of symbols only (``&``) is found by its exact key alone
            return
        _file(self.match, mkey, position)
        compact = mkey.replace(" ", "")
        _file(self.compact, compact, position)
        for block in deletions(skeleton(compact)):
            _file(self.blocks, block, position)
        if surname:
            _file(self.surname, surname, position)
            for block in deletions(skeleton(surname)):
                _file(self.blocks, block, position)

    def __len__(self) -> int:
        return len(self.names)


def _file(table: dict[str, list[int]], key: str, position: int) -> None:
    if not key:
        return
    found = table.get(key)
    if found is None:
        table[key] = [position]
    elif found[-1] != position:
        found.append(position)
