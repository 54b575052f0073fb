"""Entities and gazetteers: load, validate, merge.

A gazetteer is a sized, ordered collection of :class:`Entity`. Its file format
(``*.jsonl``, one JSON object per line, documented in ``gazetteer/README.md``)
keeps one entity per line so that every error can name its ``file:line``::

    {"id": "Q334722", "name": "Sooronbay Jeenbekov", "type": "PER",
     "aliases": ["Sooronbai Jeenbekov", {"name": "Zheenbekov", "lang": "en", "weak": true}],
     "native": ["Сооронбай Жээнбеков"], "country": "KG", "weight": 3}

Lines that are empty or start with ``#`` are skipped.
"""

from __future__ import annotations

import gzip
import io
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from .clean import normalise

__all__ = [
    "ENTITY_TYPES",
    "Alias",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "entity_from_record",
]

EntityType = Literal["PER", "LOC", "ORG", "MISC"]
#: The entity types a gazetteer may use. ``MISC`` is the default when a record has none.
ENTITY_TYPES: frozenset[str] = frozenset({"PER", "LOC", "ORG", "MISC"})
_RECORD_FIELDS = frozenset(
    {"id", "name", "type", "aliases", "native", "country", "weight", "description", "sources", "langs"}
)


class GazetteerError(ValueError):
    """A gazetteer record or file is invalid. The message starts with ``file:line:``
    when the record came from a file; :attr:`errors` lists every problem found."""

    def __init__(self, message: str, errors: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.errors: tuple[str, ...] = tuple(errors) or (message,)


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of an entity.

    Attributes:
        name: the alias as written.
        lang: ISO 639-1 code of the language it belongs to, if known.
        weak: a weak alias (a bare surname, an ambiguous short form) never
            outranks another entity's strong name, and two entities may share it.
        kind: ``"alias"`` (curated), ``"native"`` (native-script name) or
            ``"generated"`` (derived at index build, e.g. a transliteration).
    """

    name: str
    lang: str | None = None
    weak: bool = False
    kind: str = "alias"


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: what every spelling of its name resolves to.

    Attributes:
        id: a stable identifier (a Wikidata QID where verified, else a slug).
        name: the canonical display name.
        type: ``PER``, ``LOC``, ``ORG`` or ``MISC``.
        aliases: every other name, as :class:`Alias` records.
        country: ISO 3166-1 alpha-2 code, if any.
        weight: prominence, used to break ties between entities that share a
            name (a surname shared by two people); 1.0 by default.
        description: a short note for people reading results.
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
        """The alias strings, in order."""
        return tuple(a.name for a in self.aliases)

    @property
    def native(self) -> tuple[str, ...]:
        """The native-script names."""
        return tuple(a.name for a in self.aliases if a.kind == "native")

    def names(self) -> Iterator[Alias]:
        """The canonical name (as a strong alias of kind ``"name"``) and every alias."""
        yield Alias(self.name, kind="name")
        yield from self.aliases

    def to_record(self) -> dict[str, Any]:
        """The entity as a JSON-ready record (the inverse of :func:`entity_from_record`)."""
        record: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type}
        aliases: list[Any] = []
        native: list[str] = []
        for a in self.aliases:
            if a.kind == "native":
                native.append(a.name)
            elif a.kind == "alias":
                if a.lang is None and not a.weak:
                    aliases.append(a.name)
                else:
                    item: dict[str, Any] = {"name": a.name}
                    if a.lang:
                        item["lang"] = a.lang
                    if a.weak:
                        item["weak"] = True
                    aliases.append(item)
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


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string, not {type(value).__name__}")
    cleaned = normalise(value)
    if not cleaned:
        raise ValueError(f"{what} is empty")
    return cleaned


def entity_from_record(record: Mapping[str, Any]) -> Entity:
    """Build an :class:`Entity` from a mapping, validating it.

    Raises:
        ValueError: a required field is missing or a field has the wrong shape.

    Example:
        >>> e = entity_from_record({"id": "Q1", "name": "Almazbek Atambayev",
        ...                         "aliases": ["Atambaev"], "type": "PER"})
        >>> e.id, e.type, e.alias_names
        ('Q1', 'PER', ('Atambaev',))
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"a record must be a mapping, not {type(record).__name__}")
    if "id" not in record:
        raise ValueError("missing 'id'")
    raw_id = record["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        raise ValueError(f"'id' must be a string, not {type(raw_id).__name__}")
    entity_id = str(raw_id).strip()
    if not entity_id:
        raise ValueError("'id' is empty")
    if "name" not in record:
        raise ValueError(f"entity {entity_id!r}: missing 'name'")
    name = _text(record["name"], f"entity {entity_id!r}: 'name'")
    etype = record.get("type") or "MISC"
    if etype not in ENTITY_TYPES:
        raise ValueError(f"entity {entity_id!r}: unknown type {etype!r} (use one of {', '.join(sorted(ENTITY_TYPES))})")
    aliases: list[Alias] = []
    seen = {name}
    raw_aliases = record.get("aliases") or []
    if isinstance(raw_aliases, str) or not isinstance(raw_aliases, list | tuple):
        raise ValueError(f"entity {entity_id!r}: 'aliases' must be a list")
    for item in raw_aliases:
        if isinstance(item, Mapping):
            alias = Alias(
                _text(item.get("name"), f"entity {entity_id!r}: alias name"),
                lang=item.get("lang") or None,
                weak=bool(item.get("weak", False)),
            )
        else:
            alias = Alias(_text(item, f"entity {entity_id!r}: alias"))
        if alias.name not in seen:
            seen.add(alias.name)
            aliases.append(alias)
    raw_native = record.get("native") or []
    if isinstance(raw_native, str):
        raw_native = [raw_native]
    if not isinstance(raw_native, list | tuple):
        raise ValueError(f"entity {entity_id!r}: 'native' must be a list")
    for item in raw_native:
        native = _text(item, f"entity {entity_id!r}: native name")
        if native not in seen:
            seen.add(native)
            aliases.append(Alias(native, kind="native"))
    weight = record.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight) or weight <= 0:
        raise ValueError(f"entity {entity_id!r}: 'weight' must be a positive number")
    country = record.get("country") or None
    if country is not None and not isinstance(country, str):
        raise ValueError(f"entity {entity_id!r}: 'country' must be a string")
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


class Gazetteer:
    """A sized, ordered collection of entities with unique ids.

    Build one with :meth:`from_records`, :meth:`load` or :meth:`default`;
    combine several with :meth:`merge`.

    Example:
        >>> gaz = Gazetteer.from_records([{"id": "kg", "name": "Kyrgyzstan", "type": "LOC"}])
        >>> len(gaz), [e.name for e in gaz], gaz["kg"].type
        (1, ['Kyrgyzstan'], 'LOC')
    """

    __slots__ = ("_by_id", "_entities")

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._entities: tuple[Entity, ...] = tuple(entities)
        self._by_id: dict[str, Entity] = {}
        for e in self._entities:
            if e.id in self._by_id:
                raise GazetteerError(f"duplicate id {e.id!r}")
            self._by_id[e.id] = e

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __getitem__(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return self._by_id.get(entity_id)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} entities>"

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, source: str = "<records>") -> Gazetteer:
        """Build a gazetteer from mappings (see the module docstring for the fields).

        Every record is validated; all problems are collected and raised
        together, each naming the record's position (``<records>:3: ...``).

        Raises:
            GazetteerError: a record is invalid or two records share an id.
        """
        return cls(_build(((source, i, r) for i, r in enumerate(records, 1)), source))

    @classmethod
    def load(cls, *paths: str | Path, encoding: str = "utf-8") -> Gazetteer:
        """Load ``.jsonl`` (or ``.jsonl.gz``) files, or folders of them, into one gazetteer.

        Later files may not redefine an id of an earlier one; use :meth:`merge`
        to layer gazetteers on purpose.

        Raises:
            GazetteerError: a file is unreadable or a record invalid (``file:line: ...``).
        """
        files: list[Path] = []
        for p in map(Path, paths):
            if p.is_dir():
                files.extend(sorted(q for q in p.rglob("*") if q.name.endswith((".jsonl", ".jsonl.gz"))))
            else:
                files.append(p)
        if not files:
            raise GazetteerError(f"no gazetteer files in {', '.join(map(str, paths))}")

        def records() -> Iterator[tuple[str, int, Any]]:
            for f in files:
                yield from _read_jsonl(f, encoding)

        return cls(_build(records(), ", ".join(map(str, files))))

    @classmethod
    def default(cls) -> Gazetteer:
        """The embedded default gazetteer (loaded once, then shared)."""
        return _default()

    def merge(self, *others: Gazetteer) -> Gazetteer:
        """A new gazetteer: this one with ``others`` layered on top; an entity of a
        later gazetteer replaces the one with the same id."""
        by_id = dict(self._by_id)
        for other in others:
            for e in other:
                by_id[e.id] = e
        return Gazetteer(by_id.values())

    def records(self) -> Iterator[dict[str, Any]]:
        """Every entity as a JSON-ready record."""
        return (e.to_record() for e in self._entities)


def _read_jsonl(path: Path, encoding: str) -> Iterator[tuple[str, int, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if path.name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise GazetteerError(f"{path}: not a valid gzip file: {exc}") from exc
    errors = []
    for number, line_bytes in enumerate(io.BytesIO(raw), 1):
        try:
            line = line_bytes.decode(encoding).lstrip("\ufeff").strip()
        except UnicodeDecodeError as exc:
            errors.append(f"{path}:{number}: not valid {encoding} (byte {exc.start + 1} of the line)")
            continue
        if not line or line.startswith("#"):
            continue
        try:
            yield str(path), number, json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path}:{number}: invalid JSON: {exc.msg} (column {exc.colno})")
    if errors:
        raise GazetteerError(f"{len(errors)} error(s):\n" + "\n".join(errors), errors)


def _build(items: Iterable[tuple[str, int, Any]], source: str) -> list[Entity]:
    entities: list[Entity] = []
    first_seen: dict[str, str] = {}
    errors: list[str] = []
    for where, number, record in items:
        try:
            entity = entity_from_record(record)
        except ValueError as exc:
            errors.append(f"{where}:{number}: {exc}")
            continue
        if entity.id in first_seen:
            errors.append(f"{where}:{number}: duplicate id {entity.id!r} (first at {first_seen[entity.id]})")
            continue
        first_seen[entity.id] = f"{where}:{number}"
        entities.append(entity)
    if errors:
        shown = "\n".join(errors[:20]) + (f"\n... and {len(errors) - 20} more" if len(errors) > 20 else "")
        raise GazetteerError(f"{source}: {len(errors)} invalid record(s):\n{shown}", errors)
    return entities


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    data = resources.files("namenorm.data").joinpath("default.jsonl.gz")
    raw = gzip.decompress(data.read_bytes()).decode("utf-8")
    items = (
        ("namenorm/data/default.jsonl.gz", n, json.loads(line))
        for n, line in enumerate(raw.splitlines(), 1)
        if line.strip()
    )
    return Gazetteer(_build(items, "default gazetteer"))
