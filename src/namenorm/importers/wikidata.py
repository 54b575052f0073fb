"""Wikidata entity JSON, one entity a line (the dump format).

The dump (``latest-all.json``) is one JSON array with an entity per line,
each line ending in a comma; lines of ``[`` and ``]`` and the trailing comma
are accepted, as are plain JSON lines. Labels and aliases in every language
become aliases tagged with their language; the English label (else the first
label in the language order given, else the first alias) is the canonical
name. The type comes
from ``instance of`` (P31): human (Q5) is PER; anything else takes
``default_type``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import Imported, open_lines

__all__ = ["read"]

HUMAN = "Q5"


def read(
    path: str | Path,
    *,
    languages: Sequence[str] | None = None,
    name_languages: Sequence[str] = ("en", "mul"),
    default_type: str = "MISC",
) -> Imported:
    """Read Wikidata entities (see the module docstring).

    Args:
        path: the file.
        languages: keep labels and aliases of these languages only (all when None).
        name_languages: where to look for the canonical name, in order.
        default_type: the type of entities that are not humans.

    Examples:
        >>> import json, tempfile
        >>> from pathlib import Path
        >>> person = {"type": "item", "id": "Q100",
        ...           "labels": {"en": {"language": "en", "value": "Almazbek Atambayev"},
        ...                      "ru": {"language": "ru", "value": "Алмазбек Атамбаев"},
        ...                      "de": {"language": "de", "value": "Almasbek Atambajew"}},
        ...           "aliases": {"en": [{"language": "en", "value": "Atambayev"}]},
        ...           "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}}]}}
        >>> dump = ["[", json.dumps(person) + ",", json.dumps({"type": "property", "id": "P31"}), "]"]
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "latest-all.json"
        >>> _ = path.write_text("\\n".join(dump) + "\\n", encoding="utf-8")
        >>> result = read(path, languages=["en", "ru"])
        >>> [record] = result.records
        >>> record["id"], record["name"], record["type"]
        ('Q100', 'Almazbek Atambayev', 'PER')
        >>> record["aliases"]
        [{'name': 'Алмазбек Атамбаев', 'lang': 'ru'}, {'name': 'Atambayev', 'lang': 'en'}]
        >>> result.skipped, result.errors
        ({'property entities': 1}, [])
        >>> folder.cleanup()
    """
    result = Imported()
    for number, line in open_lines(path, result):
        text = line.strip().rstrip(",")
        if not text or text in ("[", "]"):
            continue
        try:
            entity = json.loads(text)
        except json.JSONDecodeError as exc:
            result.errors.append(f"{path}:{number}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(entity, dict) or not isinstance(entity.get("id"), str) or not entity["id"].strip():
            result.errors.append(f"{path}:{number}: not a Wikidata entity (no 'id' string); one entity a line")
            continue
        if entity.get("type", "item") != "item":
            result.skip(f"{entity.get('type')} entities")
            continue
        record = _record(entity, languages, name_languages, default_type)
        if record is None:
            result.errors.append(f"{path}:{number}: entity {entity['id']} has no label")
            continue
        result.add(record, f"{path}:{number}")
    return result


def _texts(values: Any) -> list[tuple[str, str]]:
    out = []
    if isinstance(values, dict):
        for lang, item in values.items():
            for value in item if isinstance(item, list) else [item]:
                if isinstance(value, dict) and isinstance(value.get("value"), str) and value["value"].strip():
                    out.append((str(value.get("language", lang)), value["value"].strip()))
    return out


def _record(
    entity: dict[str, Any], languages: Sequence[str] | None, name_languages: Sequence[str], default_type: str
) -> dict[str, Any] | None:
    wanted = set(languages) if languages else None
    labels = [(lang, text) for lang, text in _texts(entity.get("labels")) if wanted is None or lang in wanted]
    aliases = [(lang, text) for lang, text in _texts(entity.get("aliases")) if wanted is None or lang in wanted]
    if not labels:  # no label in the languages kept: the first alias names it
        labels, aliases = aliases[:1], aliases[1:]
    if not labels:
        return None
    by_lang = dict(labels)
    name = next((by_lang[lang] for lang in name_languages if lang in by_lang), labels[0][1])
    seen = {name}
    out: list[Any] = []
    for lang, text in labels + aliases:
        if text not in seen:
            seen.add(text)
            out.append({"name": text, "lang": lang} if _is_tag(lang) else text)
    claims = entity.get("claims")
    statements = claims.get("P31") if isinstance(claims, dict) else None
    kinds = {_item_id(c) for c in statements} if isinstance(statements, list) else set()
    record: dict[str, Any] = {"id": entity["id"], "name": name, "type": "PER" if HUMAN in kinds else default_type}
    if out:
        record["aliases"] = out
    description = dict(_texts(entity.get("descriptions"))).get(name_languages[0])
    if description:
        record["description"] = description
    return record


def _item_id(claim: Any) -> str | None:
    """The item a claim names (``mainsnak.datavalue.value.id``), or None
    whatever shape the claim has."""
    value: Any = claim
    for key in ("mainsnak", "datavalue", "value", "id"):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value if isinstance(value, str) else None


def _is_tag(lang: str) -> bool:
    """Whether a Wikidata language code is a plain ISO 639 code the gazetteer accepts."""
    return 2 <= len(lang) <= 3 and lang.isalpha() and lang.islower() and lang != "mul"
