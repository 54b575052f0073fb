"""FollowTheMoney / OpenSanctions entities, one JSON object a line.

``Person`` becomes PER; ``Organization``, ``Company``, ``PublicBody`` and
``LegalEntity`` become ORG; ``Address``-like and relationship schemata
(``Sanction``, ``Ownership``, ...) are counted as skipped. ``name`` values
and the ``alias``, ``previousName`` and ``abbreviation`` properties are
strong names, ``weakAlias`` weak ones; the first ``country`` (or
``nationality``, ``jurisdiction``) that is an ISO 3166-1 code is kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import Imported, open_lines

__all__ = ["SCHEMATA", "read"]

#: FollowTheMoney schemata that are entities with names, and their type.
SCHEMATA = {
    "Person": "PER",
    "Organization": "ORG",
    "Company": "ORG",
    "PublicBody": "ORG",
    "LegalEntity": "ORG",
    "Airplane": "MISC",
    "Vessel": "MISC",
}
_STRONG = ("alias", "previousName", "abbreviation")
_COUNTRY = ("country", "nationality", "citizenship", "jurisdiction")


def read(path: str | Path) -> Imported:
    """Read FollowTheMoney entities (see the module docstring).

    Examples:
        >>> import json, tempfile
        >>> from pathlib import Path
        >>> company = {"id": "c1", "schema": "Company", "caption": "Northwind Trading",
        ...            "properties": {"name": ["Northwind Trading"], "alias": ["Нордвинд Трейдинг"],
        ...                           "weakAlias": ["Northwind"], "jurisdiction": ["cy"], "topics": ["sanction"]}}
        >>> sanction = {"id": "s1", "schema": "Sanction", "properties": {"entity": ["c1"]}}
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "entities.ftm.json"
        >>> _ = path.write_text(json.dumps(company) + "\\n" + json.dumps(sanction) + "\\n", encoding="utf-8")
        >>> result = read(path)
        >>> [record] = result.records
        >>> record["name"], record["type"], record["country"], record["x-topics"]
        ('Northwind Trading', 'ORG', 'CY', ['sanction'])
        >>> record["aliases"]
        ['Нордвинд Трейдинг', {'name': 'Northwind', 'weak': True}]
        >>> result.skipped
        {'schema Sanction': 1}
        >>> folder.cleanup()
    """
    result = Imported()
    for number, line in open_lines(path, result):
        if not line.strip():
            continue
        try:
            entity = json.loads(line)
        except json.JSONDecodeError as exc:
            result.errors.append(f"{path}:{number}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(entity, dict) or not isinstance(entity.get("id"), str) or "schema" not in entity:
            result.errors.append(f"{path}:{number}: not a FollowTheMoney entity (needs 'id' and 'schema')")
            continue
        etype = SCHEMATA.get(str(entity["schema"]))
        if etype is None:
            result.skip(f"schema {entity['schema']}")
            continue
        props = entity.get("properties") or {}
        if not isinstance(props, dict):
            result.errors.append(f"{path}:{number}: 'properties' is not an object")
            continue
        names = _values(props, "name") or ([entity["caption"]] if isinstance(entity.get("caption"), str) else [])
        if not names:
            result.errors.append(f"{path}:{number}: entity {entity['id']} has no name")
            continue
        name = str(entity.get("caption") or names[0]) if entity.get("caption") in names else names[0]
        seen = {name}  # a set: an entity of 40,000 aliases is read in linear time
        aliases: list[Any] = []
        for value in [*names, *(v for prop in _STRONG for v in _values(props, prop))]:
            if value not in seen:
                seen.add(value)
                aliases.append(value)
        for value in _values(props, "weakAlias"):
            if value not in seen:
                seen.add(value)
                aliases.append({"name": value, "weak": True})
        record: dict[str, Any] = {"id": entity["id"], "name": name, "type": etype}
        if aliases:
            record["aliases"] = aliases
        for prop in _COUNTRY:
            codes = [c.upper() for c in _values(props, prop) if len(c) == 2 and c.isalpha()]
            if codes:
                record["country"] = codes[0]
                break
        topics = _values(props, "topics")
        if topics:
            record["x-topics"] = topics  # the user's own data to the gazetteer
        result.add(record, f"{path}:{number}")
    return result


def _values(props: dict[str, Any], key: str) -> list[str]:
    raw = props.get(key) or []
    values = raw if isinstance(raw, list) else [raw]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]
