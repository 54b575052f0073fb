"""Entities and gazetteers: load, validate, merge.

A gazetteer is a sized, ordered collection of [`Entity`][namenorm.Entity]. Its file format
(``*.jsonl``, one JSON object per line, documented in ``gazetteer/README.md``
and ``docs/gazetteer.md``) keeps one entity per line so that every error can
name its ``file:line``::

    {"id": "Q334722", "name": "Sooronbay Jeenbekov", "type": "PER",
     "aliases": ["Sooronbai Jeenbekov", {"name": "Zheenbekov", "lang": "en", "weak": true}],
     "native": ["Сооронбай Жээнбеков"], "country": "KG", "weight": 3}

Lines that are empty or start with ``#`` are skipped; ``# key: value`` lines
before the first record describe the file (``# source:``, ``# licence:``,
``# generated-by:``) and are kept in `Gazetteer.sources`.

Validation has two levels. Structural errors (bad JSON, broken UTF-8, a
missing or duplicate id, an empty name, an unknown type, a malformed field)
always fail a load, all of them collected and reported together: nothing is
half-loaded. The stricter checks of `validate` (and ``strict=True``)
also reject an alias that two entities claim strongly and text that looks
mis-decoded (mojibake, U+FFFD), which a hand-edited source should never
contain but a user's ad-hoc gazetteer may tolerate.
"""

from __future__ import annotations

import difflib
import gzip
import io
import json
import math
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .cache import cached
from .clean import fix_mojibake, normalise
from .errors import GazetteerError, GazetteerNotFoundError
from .resources import data, header

__all__ = [
    "ENTITY_TYPES",
    "Alias",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "GazetteerWarning",
    "Source",
    "entity_from_record",
    "name_key",
    "validate",
]

#: The entity types a gazetteer may use. ``MISC`` is the default when a record has none.
ENTITY_TYPES: frozenset[str] = frozenset({"PER", "LOC", "ORG", "MISC"})
_RECORD_FIELDS = frozenset(
    {"id", "name", "type", "aliases", "native", "country", "weight", "description", "sources", "langs"}
)
_ALIAS_FIELDS = frozenset({"name", "lang", "weak"})
#: Fields of a record that start so are data of the user's own, kept without a warning.
EXTRA_PREFIX = "x-"
#: Ids longer than this (in characters) are refused: no identifier is this long.
MAX_ID_LENGTH = 256
#: At most this many warnings about unknown fields are shown one by one per load.
MAX_WARNINGS = 10
#: A language tag: an ISO 639 code, optionally with an ISO 15924 script and a
#: region (``fi``, ``sr-Latn``, ``uz-Cyrl``, ``pt-BR``, ``sr-Latn-BA``).
_LANG_TAG = regex.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$")
_COUNTRY = regex.compile(r"^[A-Z]{2}$")
_SCRIPT_OF = regex.compile(r"[\p{L}--\p{Lm}]", flags=regex.V1)
_SCRIPT_NAMES = {
    "LATIN": "Latn",
    "CYRILLIC": "Cyrl",
    "GREEK": "Grek",
    "ARMENIAN": "Armn",
    "GEORGIAN": "Geor",
    "ARABIC": "Arab",
    "HEBREW": "Hebr",
    "DEVANAGARI": "Deva",
    "CJK": "Hani",
    "HANGUL": "Hang",
    "HIRAGANA": "Hira",
    "KATAKANA": "Kana",
}
_META_LINE = regex.compile(r"^#\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")


class GazetteerWarning(UserWarning):
    """A record field namenorm does not know (a misspelt ``"alias"``), named
    with its ``file:line``: the record loads, the field is kept as the user's
    own data, and the warning says how to fix or silence it.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     _ = Gazetteer.from_records([{"id": "a", "name": "Bishkek", "alias": ["Frunze"]}])
        >>> print(caught[0].message)
        <records>:1: entity 'a': unknown field 'alias' (did you mean 'aliases'?); rename it, or call it 'x-alias'
    """


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of an entity.

    Attributes:
        name: the alias as written.
        lang: the language it belongs to, if known: an ISO 639-1 code, or a
            tag with a script (``sr-Latn``, ``uz-Cyrl``).
        weak: a weak alias (a bare surname, an ambiguous short form) never
            outranks another entity's strong name, and two entities may share it.
        kind: ``"alias"`` (curated), ``"native"`` (native-script name) or
            ``"generated"`` (derived at index build, e.g. a transliteration).

    Examples:
        >>> Alias("Бишкек").script, Alias("Biškek", lang="sr-Latn").script
        ('Cyrl', 'Latn')
    """

    name: str
    lang: str | None = None
    weak: bool = False
    kind: str = "alias"

    @property
    def script(self) -> str | None:
        """The ISO 15924 script: the one the language tag names, else the one
        of the name's first letter (``Latn``, ``Cyrl``, ...), else None.

        Examples:
            >>> Alias("Сооронбай Жээнбеков").script
            'Cyrl'
        """
        if self.lang and "-" in self.lang:
            sub = self.lang.split("-")[1]
            if len(sub) == 4:
                return sub
        return script_of(self.name)


def script_of(text: str) -> str | None:
    """The ISO 15924 code of the script of the first letter of ``text``
    (the common ones by code, others by their Unicode name), or None.

    Examples:
        >>> script_of("Žeenbekov"), script_of("Жээнбеков"), script_of("123")
        ('Latn', 'Cyrl', None)
    """
    letter = _SCRIPT_OF.search(text)
    if letter is None:
        return None
    word = unicodedata.name(letter.group(), "").split(" ")[0]
    return _SCRIPT_NAMES.get(word, word.title() or None)


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: what every spelling of its name resolves to.

    Attributes:
        id: a stable identifier (a Wikidata QID where verified, else a slug).
        name: the canonical display name.
        type: ``PER``, ``LOC``, ``ORG`` or ``MISC``.
        aliases: every other name, as [`Alias`][namenorm.Alias] records.
        country: ISO 3166-1 alpha-2 code, if any.
        weight: prominence, used to break ties between entities that share a
            name (a surname shared by two people); 1.0 by default.
        description: a short note for people reading results.

    Examples:
        >>> e = Gazetteer.from_records([{"id": "kg", "name": "Kyrgyzstan", "type": "LOC",
        ...                               "aliases": ["Kirgisia"], "native": ["Кыргызстан"]}])["kg"]
        >>> e.name, e.type, e.alias_names, e.native
        ('Kyrgyzstan', 'LOC', ('Kirgisia', 'Кыргызстан'), ('Кыргызстан',))
    """

    id: str
    name: str
    type: str = "MISC"
    aliases: tuple[Alias, ...] = ()
    country: str | None = None
    weight: float = 1.0
    description: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def alias_names(self) -> tuple[str, ...]:
        """The alias strings, in order.

        Examples:
            >>> Entity("x", "Bishkek", "LOC", (Alias("Frunze"),)).alias_names
            ('Frunze',)
        """
        return tuple(a.name for a in self.aliases)

    @property
    def native(self) -> tuple[str, ...]:
        """The native-script names.

        Examples:
            >>> Entity("x", "Bishkek", "LOC", (Alias("Frunze"), Alias("Бишкек", kind="native"))).native
            ('Бишкек',)
        """
        return tuple(a.name for a in self.aliases if a.kind == "native")

    def names(self) -> Iterator[Alias]:
        """The canonical name (as a strong alias of kind ``"name"``) and every alias.

        Examples:
            >>> [a.name for a in Entity("x", "Bishkek", "LOC", (Alias("Frunze"),)).names()]
            ['Bishkek', 'Frunze']
        """
        yield Alias(self.name, kind="name")
        yield from self.aliases

    def to_record(self) -> dict[str, Any]:
        """The entity as a JSON-ready record (the inverse of `entity_from_record`).

        Examples:
            >>> Entity("x", "Bishkek", "LOC", (Alias("Frunze"),), country="KG").to_record()
            {'id': 'x', 'name': 'Bishkek', 'type': 'LOC', 'aliases': ['Frunze'], 'country': 'KG'}
        """
        record: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type}
        aliases: list[Any] = []
        native: list[Any] = []
        for a in self.aliases:
            if a.kind not in ("native", "alias"):
                continue
            if a.lang is None and not a.weak:
                item: Any = a.name
            else:
                item = {"name": a.name}
                if a.lang:
                    item["lang"] = a.lang
                if a.weak:
                    item["weak"] = True
            (native if a.kind == "native" else aliases).append(item)
        if aliases:
            record["aliases"] = aliases
        if native:
            record["native"] = native
        if self.country:
            record["country"] = self.country
        if self.weight != 1.0:
            record["weight"] = self.weight
        if self.description:
            record["description"] = self.description
        record.update(self.extra)
        return record


def name_key(text: str) -> str:
    """The key under which two names count as the same for validation: NFC,
    case-folded, spaces collapsed. (Matching uses the far more aggressive keys
    of `namenorm.keys`; a clash is only reported for names that are
    plainly the same string.)

    Examples:
        >>> name_key("  Bishkek ") == name_key("BISHKEK")
        True
    """
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string, not {type(value).__name__}")
    cleaned = normalise(value)
    if not cleaned:
        raise ValueError(f"{what} is empty; write the name, or leave the entry out")
    return cleaned


def _lang(value: Any, what: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _LANG_TAG.match(value):
        raise ValueError(f"{what}: 'lang' must be a language tag such as 'fi' or 'sr-Latn', not {_short(value)}")
    return value


def _short(value: Any) -> str:
    """A value for an error message: its repr, cut short."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a number too large"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def unknown_fields(record: Mapping[str, Any]) -> list[str]:
    """The warnings about the fields of a record namenorm does not know (see
    `GazetteerWarning`), each naming the field and, when it looks like a
    misspelling, the field meant.

    Examples:
        >>> unknown_fields({"id": "a", "name": "A", "natve": ["А"], "x-source": "CRM"})
        ["unknown field 'natve' (did you mean 'native'?); rename it, or call it 'x-natve'"]
    """
    out = []
    for key in record:
        if key in _RECORD_FIELDS or (isinstance(key, str) and key.startswith(EXTRA_PREFIX)):
            continue
        close = difflib.get_close_matches(str(key).lower(), sorted(_RECORD_FIELDS), n=1, cutoff=0.6)
        meant = f" (did you mean {close[0]!r}?)" if close else ""
        out.append(f"unknown field {_short(key)}{meant}; rename it, or call it {EXTRA_PREFIX + str(key)!r}")
    return out


def _alias(item: Any, entity_id: str, kind: str) -> Alias:
    label = "alias" if kind == "alias" else "native name"
    if isinstance(item, Mapping):
        unknown = sorted(set(item) - _ALIAS_FIELDS)
        if unknown:
            raise ValueError(f"entity {entity_id!r}: {label} has unknown field(s) {', '.join(map(repr, unknown))}")
        if "name" not in item:
            raise ValueError(f"entity {entity_id!r}: {label} without 'name'; write it as {{\"name\": ...}}")
        weak = item.get("weak", False)
        if not isinstance(weak, bool):
            raise ValueError(f"entity {entity_id!r}: {label} 'weak' must be true or false")
        name = _text(item["name"], f"entity {entity_id!r}: {label}")
        return Alias(
            name, lang=_lang(item.get("lang"), f"entity {entity_id!r}: {label} {name!r}"), weak=weak, kind=kind
        )
    return Alias(_text(item, f"entity {entity_id!r}: {label}"), kind=kind)


def _list(record: Mapping[str, Any], key: str, entity_id: str) -> Sequence[Any]:
    raw = record.get(key) or []
    if isinstance(raw, str | Mapping):
        raw = [raw]
    if not isinstance(raw, list | tuple):
        raise ValueError(f"entity {entity_id!r}: {key!r} must be a list of names, not {type(raw).__name__}")
    return raw


def entity_from_record(record: Mapping[str, Any]) -> Entity:
    """Build an [`Entity`][namenorm.Entity] from a mapping, validating it.

    Raises:
        ValueError: a required field is missing or a field has the wrong shape.

    Examples:
        >>> e = entity_from_record({"id": "Q1", "name": "Almazbek Atambayev",
        ...                         "aliases": ["Atambaev"], "type": "PER"})
        >>> e.id, e.type, e.alias_names
        ('Q1', 'PER', ('Atambaev',))
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"a record must be a JSON object (a mapping), not {type(record).__name__}")
    if "id" not in record:
        raise ValueError("missing 'id'; give every record a unique \"id\"")
    raw_id = record["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        raise ValueError(f"'id' must be a string, not {type(raw_id).__name__}")
    if isinstance(raw_id, int) and raw_id.bit_length() > 64:
        raise ValueError("'id' is a number too large to be an id; write the id as a string")
    entity_id = str(raw_id).strip()
    if not entity_id:
        raise ValueError("'id' is empty; give every record a unique \"id\"")
    if len(entity_id) > MAX_ID_LENGTH:
        raise ValueError(f"'id' is {len(entity_id):,} characters long; ids are at most {MAX_ID_LENGTH}")
    if "name" not in record:
        raise ValueError(f"entity {entity_id!r}: missing 'name'; give every record a \"name\"")
    name = _text(record["name"], f"entity {entity_id!r}: 'name'")
    etype = record.get("type") or "MISC"
    if not isinstance(etype, str) or etype not in ENTITY_TYPES:
        raise ValueError(
            f"entity {entity_id!r}: unknown type {_short(etype)}; use one of {', '.join(sorted(ENTITY_TYPES))}"
        )
    aliases: list[Alias] = []
    seen = {name}
    raw_aliases = record.get("aliases") or []
    if isinstance(raw_aliases, str) or not isinstance(raw_aliases, list | tuple):
        raise ValueError(f"entity {entity_id!r}: 'aliases' must be a list of names, not {type(raw_aliases).__name__}")
    for item in raw_aliases:
        alias = _alias(item, entity_id, "alias")
        if alias.name not in seen:
            seen.add(alias.name)
            aliases.append(alias)
    for item in _list(record, "native", entity_id):
        native = _alias(item, entity_id, "native")
        if native.name not in seen:
            seen.add(native.name)
            aliases.append(native)
    weight = record.get("weight", 1.0)
    if isinstance(weight, int) and not isinstance(weight, bool) and weight.bit_length() > 64:
        weight = math.inf  # a number no float holds
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight) or weight <= 0:
        raise ValueError(f"entity {entity_id!r}: 'weight' must be a positive number such as 2, not {_short(weight)}")
    country = record.get("country") or None
    if country is not None and (not isinstance(country, str) or not _COUNTRY.match(country)):
        raise ValueError(
            f"entity {entity_id!r}: 'country' must be an ISO 3166-1 alpha-2 code such as 'KG', not {_short(country)}"
        )
    description = record.get("description") or None
    extra = {k: v for k, v in record.items() if k not in _RECORD_FIELDS}
    return Entity(
        entity_id,
        name,
        etype,
        tuple(aliases),
        country,
        float(weight),
        description if isinstance(description, str) else None,
        extra,
    )


@dataclass(frozen=True, slots=True)
class Source:
    """One file a gazetteer was loaded from, with its header.

    Attributes:
        path: the file as given.
        entities: how many entities it contributed.
        meta: its ``# key: value`` header lines (``source``, ``licence``,
            ``generated-by`` ...), keys in lower case.
    """

    path: str
    entities: int
    meta: Mapping[str, str] = field(default_factory=dict)


class Gazetteer:
    """A sized, ordered collection of entities with unique ids.

    Build one with [`from_records`][namenorm.Gazetteer.from_records], [`load`][namenorm.Gazetteer.load]
    or [`default`][namenorm.Gazetteer.default]; combine several with [`merge`][namenorm.Gazetteer.merge].

    Examples:
        >>> gaz = Gazetteer.from_records([{"id": "kg", "name": "Kyrgyzstan", "type": "LOC"}])
        >>> len(gaz), [e.name for e in gaz], gaz["kg"].type
        (1, ['Kyrgyzstan'], 'LOC')
    """

    __slots__ = ("_by_id", "_entities", "_where", "sources")

    def __init__(
        self,
        entities: Iterable[Entity] = (),
        *,
        where: Mapping[str, str] | None = None,
        sources: Sequence[Source] = (),
    ) -> None:
        self._entities: tuple[Entity, ...] = tuple(entities)
        self._by_id: dict[str, Entity] = {}
        for e in self._entities:
            if e.id in self._by_id:
                raise GazetteerError(f"duplicate id {e.id!r}")
            self._by_id[e.id] = e
        self._where: dict[str, str] = dict(where or {})
        #: The files this gazetteer came from, with their headers (empty for records).
        self.sources: tuple[Source, ...] = tuple(sources)

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __getitem__(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None.

        Examples:
            >>> Gazetteer.default().get("no-such-id") is None
            True
        """
        return self._by_id.get(entity_id)

    def where(self, entity_id: str) -> str | None:
        """Where the entity was defined (``file:line``), if known.

        Examples:
            >>> Gazetteer.from_records([{"id": "a", "name": "A"}], source="mine").where("a")
            'mine:1'
        """
        return self._where.get(entity_id)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} entities>"

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, source: str = "<records>", strict: bool = False
    ) -> Gazetteer:
        """Build a gazetteer from mappings (see the module docstring for the fields).

        Every record is validated; all problems are collected and raised
        together, each naming the record's position (``<records>:3: ...``).

        Args:
            records: the entities, as mappings.
            source: the name errors give the records.
            strict: also reject what `validate` rejects (an alias two
                entities claim strongly, mis-decoded text).

        Raises:
            GazetteerError: a record is invalid or two records share an id.

        Examples:
            >>> gaz = Gazetteer.from_records([{"id": "kg", "name": "Kyrgyzstan", "type": "LOC"}])
            >>> len(gaz), gaz["kg"].name
            (1, 'Kyrgyzstan')
        """
        if isinstance(records, str | bytes | Mapping):
            raise TypeError("from_records takes an iterable of records (mappings), not one; wrap it in a list")
        entities, where, errors, notes = _build(((source, i, r) for i, r in enumerate(records, 1)), strict)
        gazetteer = cls(entities, where=where)
        if strict:
            errors.extend(gazetteer.check())
        _raise(errors, source)
        _warn(notes)
        return gazetteer

    @classmethod
    def load(cls, *paths: str | Path, encoding: str = "utf-8", strict: bool = False) -> Gazetteer:
        """Load ``.jsonl`` (or ``.jsonl.gz``) files, or folders of them, into one gazetteer.

        Later files may not redefine an id of an earlier one; use [`merge`][namenorm.Gazetteer.merge]
        to layer gazetteers on purpose.

        Args:
            paths: files, or folders searched for ``*.jsonl`` and ``*.jsonl.gz``.
            encoding: the files' text encoding.
            strict: also reject what `validate` rejects.

        Raises:
            GazetteerNotFoundError: a path does not exist (a ``FileNotFoundError`` too).
            GazetteerError: a file is unreadable or a record invalid; every
                problem is listed as ``file:line: message``.

        Warns:
            GazetteerWarning: a record has a field namenorm does not know.

        Examples:
            >>> gaz = Gazetteer.load("docs/examples/entities.jsonl")
            >>> [e.name for e in gaz]
            ['Helsinki', 'Sauli Niinistö']
        """
        for path in map(Path, paths):
            if not path.exists():
                raise GazetteerNotFoundError(
                    "no such file or folder; give the path of a .jsonl file or of a folder of them", file=str(path)
                )
        gazetteer, errors, notes = _load(paths, encoding, strict)
        _raise(errors, ", ".join(map(str, paths)))
        _warn(notes)
        return gazetteer

    @classmethod
    def default(cls) -> Gazetteer:
        """The embedded default gazetteer (loaded on first use, then shared).

        Examples:
            >>> Gazetteer.default()["Q813"].name
            'Kyrgyzstan'
        """
        return _default()

    def merge(self, *others: Gazetteer) -> Gazetteer:
        """A new gazetteer: this one with ``others`` layered on top; an entity of a
        later gazetteer replaces the one with the same id (in its place), new
        ones are appended.

        Examples:
            >>> mine = Gazetteer.from_records([{"id": "Q813", "name": "Kirgizia", "type": "LOC"}])
            >>> Gazetteer.default().merge(mine)["Q813"].name
            'Kirgizia'
        """
        by_id = dict(self._by_id)
        where = dict(self._where)
        sources = list(self.sources)
        for other in others:
            for e in other:
                by_id[e.id] = e
                found = other.where(e.id)
                if found:
                    where[e.id] = found
                else:
                    where.pop(e.id, None)
            sources.extend(other.sources)
        return Gazetteer(by_id.values(), where=where, sources=sources)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every entity as a JSON-ready record.

        Examples:
            >>> list(Gazetteer.from_records([{"id": "a", "name": "A"}]).records())
            [{'id': 'a', 'name': 'A', 'type': 'MISC'}]
        """
        return (e.to_record() for e in self._entities)

    def check(self) -> list[str]:
        """The problems the strict validation finds in entities already built:
        a name that two entities claim strongly (as an alias or native name,
        or an alias that is another entity's canonical name). Two entities may
        share a canonical name (two cities called Valencia): their weights
        decide. Each problem names where both entities were defined.

        Examples:
            >>> Gazetteer.from_records([
            ...     {"id": "a", "name": "Georgia", "aliases": ["Sakartvelo"]},
            ...     {"id": "b", "name": "Georgia (US state)", "aliases": ["Georgia"]},
            ... ]).check()
            ["<records>:2: alias 'Georgia' of 'b' is also a strong name of 'a' (<records>:1); mark one weak"]
        """
        owner: dict[str, tuple[int, bool]] = {}  # key -> (entity number, is canonical)
        problems: list[str] = []
        for number, entity in enumerate(self._entities):
            owner.setdefault(name_key(entity.name), (number, True))
        for number, entity in enumerate(self._entities):
            for alias in entity.aliases:
                if alias.weak:
                    continue
                key = name_key(alias.name)
                first = owner.get(key)
                if first is None:
                    owner[key] = (number, False)
                elif first[0] != number:
                    other = self._entities[first[0]]
                    here = self._where.get(entity.id, "<records>")
                    there = self._where.get(other.id, "?")
                    kind = "native name" if alias.kind == "native" else "alias"
                    problems.append(
                        f"{here}: {kind} {alias.name!r} of {entity.id!r} is also a strong name of "
                        f"{other.id!r} ({there}); mark one weak"
                    )
        return problems

    def stats(self) -> dict[str, Any]:
        """Counts for people reading about a gazetteer: entities by type and
        country, names by kind and script, strong and weak aliases.

        Examples:
            >>> s = Gazetteer.from_records([{"id": "a", "name": "A", "type": "PER", "native": ["А"]}]).stats()
            >>> s["entities"], s["by_type"], s["names"], s["by_script"]
            (1, {'PER': 1}, 2, {'Cyrl': 1, 'Latn': 1})
        """
        by_type: Counter[str] = Counter(e.type for e in self._entities)
        by_country: Counter[str] = Counter(e.country or "-" for e in self._entities)
        by_script: Counter[str] = Counter()
        by_lang: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for e in self._entities:
            for alias in e.names():
                by_script[alias.script or "-"] += 1
                kinds[alias.kind + (" (weak)" if alias.weak else "")] += 1
                if alias.lang:
                    by_lang[alias.lang] += 1
        return {
            "entities": len(self._entities),
            "by_type": dict(sorted(by_type.items())),
            "names": sum(kinds.values()),
            "by_kind": dict(sorted(kinds.items())),
            "by_script": dict(sorted(by_script.items())),
            "languages": len(by_lang),
            "countries": len(by_country) - ("-" in by_country),
            "top_countries": dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))[:10]),
            "sources": [{"path": s.path, "entities": s.entities, **s.meta} for s in self.sources],
        }


def validate(*paths: str | Path, encoding: str = "utf-8") -> list[str]:
    """Every problem in gazetteer files or folders, as ``file:line: message``
    (an empty list when they are valid): structural errors and the strict
    checks together, so that one run shows all there is to fix.

    Examples:
        >>> validate("no/such/file.jsonl")
        ['no/such/file.jsonl: cannot read: No such file or directory']
    """
    _gazetteer, errors, notes = _load(paths, encoding, True)
    return errors + notes


def _files(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    errors: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.name.endswith((".jsonl", ".jsonl.gz")))
            if not found:
                errors.append(f"{p}: no *.jsonl files in this folder")
            files.extend(found)
        else:
            files.append(p)
    if not paths:
        errors.append("no gazetteer files given")
    return files, errors


def _load(paths: Sequence[str | Path], encoding: str, strict: bool) -> tuple[Gazetteer, list[str], list[str]]:
    files, errors = _files(paths)
    items: list[tuple[str, int, Any]] = []
    sources: list[tuple[str, Mapping[str, str]]] = []
    for f in files:
        meta, records, file_errors = _read_jsonl(f, encoding)
        sources.append((str(f), meta))
        items.extend(records)
        errors.extend(file_errors)
    entities, where, record_errors, notes = _build(items, strict)
    errors.extend(record_errors)
    counts = Counter(w.rsplit(":", 1)[0] for w in where.values())
    gazetteer = Gazetteer(entities, where=where, sources=[Source(p, counts[p], m) for p, m in sources])
    if strict:
        errors.extend(gazetteer.check())
    return gazetteer, errors, notes


def _raise(errors: Sequence[str], source: str) -> None:
    if errors:
        shown = "\n".join(errors[:20]) + (f"\n... and {len(errors) - 20} more" if len(errors) > 20 else "")
        raise GazetteerError(
            f"{len(errors)} error(s); fix them (namenorm gazetteer validate lists them all):\n{shown}",
            errors,
            file=source,
        )


def _warn(notes: Sequence[str]) -> None:
    for note in notes[:MAX_WARNINGS]:
        warnings.warn(GazetteerWarning(note), stacklevel=3)
    if len(notes) > MAX_WARNINGS:
        warnings.warn(
            GazetteerWarning(
                f"... and {len(notes) - MAX_WARNINGS:,} more unknown fields (namenorm gazetteer validate)"
            ),
            stacklevel=3,
        )


def _read_jsonl(path: Path, encoding: str) -> tuple[dict[str, str], list[tuple[str, int, Any]], list[str]]:
    """The header, the parsed records and the errors of one file (every line is read)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {}, [], [f"{path}: cannot read: {exc.strerror or exc}"]
    if path.name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            return {}, [], [f"{path}: not a valid gzip file: {exc}"]
    meta: dict[str, str] = {}
    records: list[tuple[str, int, Any]] = []
    errors: list[str] = []
    for number, line_bytes in enumerate(io.BytesIO(raw), 1):
        try:
            line = line_bytes.decode(encoding).lstrip("\ufeff").strip()
        except UnicodeDecodeError as exc:
            errors.append(
                f"{path}:{number}: not valid {encoding} (byte {exc.start + 1} of the line); "
                "save the file as UTF-8 or give its encoding"
            )
            continue
        if not line:
            continue
        if line.startswith("#"):
            found = _META_LINE.match(line)
            if found and not records:
                meta[found.group(1).lower()] = found.group(2)
            continue
        try:
            records.append((str(path), number, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(
                f"{path}:{number}: invalid JSON: {exc.msg} (column {exc.colno}); write one JSON object a line"
            )
        except RecursionError:
            errors.append(f"{path}:{number}: JSON nested too deeply to read; a record is one flat object")
        except ValueError as exc:  # a number of thousands of digits
            errors.append(f"{path}:{number}: unreadable JSON value: {exc}")
    return meta, records, errors


def _encoding_problems(record: Any) -> list[str]:
    """Strings of a raw record that look mis-decoded: U+FFFD, or mojibake
    (UTF-8 read as Windows-1252) that the cleaning step would silently repair."""
    problems: list[str] = []

    def visit(value: Any) -> None:
        if isinstance(value, str):
            if "\ufffd" in value:
                problems.append(f"{value!r} contains U+FFFD (text lost in a bad decoding); write the name again")
            elif fix_mojibake(value) != value:
                problems.append(f"{value!r} looks mis-decoded (reads as {fix_mojibake(value)!r}); write that instead")
        elif isinstance(value, Mapping):
            for v in value.values():
                visit(v)
        elif isinstance(value, list | tuple):
            for v in value:
                visit(v)

    if isinstance(record, Mapping):
        for key in ("name", "aliases", "native", "description"):
            visit(record.get(key))
    return problems


def _build(
    items: Iterable[tuple[str, int, Any]], strict: bool
) -> tuple[list[Entity], dict[str, str], list[str], list[str]]:
    """The entities of numbered records, where each was defined, the errors,
    and the warnings (unknown fields), each as ``file:line: message``."""
    entities: list[Entity] = []
    where: dict[str, str] = {}
    errors: list[str] = []
    notes: list[str] = []
    for source, number, record in items:
        here = f"{source}:{number}"
        try:
            entity = entity_from_record(record)
        except (ValueError, TypeError, RecursionError) as exc:
            errors.append(f"{here}: {exc}")
            continue
        notes.extend(f"{here}: entity {entity.id!r}: {note}" for note in unknown_fields(record))
        if strict:
            errors.extend(f"{here}: {problem}" for problem in _encoding_problems(record))
        if entity.id in where:
            errors.append(
                f"{here}: duplicate id {entity.id!r} (first at {where[entity.id]}); give each entity its own id"
            )
            continue
        where[entity.id] = here
        entities.append(entity)
    return entities, where, errors, notes


DEFAULT_RESOURCE = "default.jsonl.gz"


def _trusted_entity(record: Mapping[str, Any]) -> Entity:
    """An entity from a record of the compiled default, which the build already
    validated and normalised: no checks, so that loading stays fast."""
    aliases: list[Alias] = []
    for kind, key in (("alias", "aliases"), ("native", "native")):
        for item in record.get(key, ()):
            if isinstance(item, str):
                aliases.append(Alias(item, None, False, kind))
            else:
                aliases.append(Alias(item["name"], item.get("lang"), item.get("weak", False), kind))
    extra = {k: v for k, v in record.items() if k not in _RECORD_FIELDS}
    return Entity(
        record["id"],
        record["name"],
        record.get("type", "MISC"),
        tuple(aliases),
        record.get("country"),
        float(record.get("weight", 1.0)),
        record.get("description"),
        extra,
    )


@cached("gazetteer.default")
def _default() -> Gazetteer:
    text = gzip.decompress(data("namenorm.data", DEFAULT_RESOURCE)).decode("utf-8")
    body = [line for line in text.splitlines() if line and not line.startswith("#")]
    records = json.loads("[" + ",".join(body) + "]")
    entities = [_trusted_entity(r) for r in records]
    return Gazetteer(entities, sources=[Source(f"namenorm/data/{DEFAULT_RESOURCE}", len(entities), header(text))])
