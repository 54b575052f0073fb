"""CSV and TSV: one entity a row, columns mapped by options.

The header names the columns. ``aliases`` (and ``native``) hold several
names separated by ``|``; ``type`` is PER, LOC, ORG or MISC; ``weight`` a
positive number. A row with the wrong number of cells, an empty id or name
or a bad weight is an error naming its line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from . import Imported, open_lines

__all__ = ["read", "read_tsv"]


def read(
    path: str | Path,
    *,
    delimiter: str = ",",
    id_column: str = "id",
    name_column: str = "name",
    aliases_column: str | None = "aliases",
    native_column: str | None = "native",
    type_column: str | None = "type",
    country_column: str | None = "country",
    weight_column: str | None = "weight",
    separator: str = "|",
    default_type: str | None = None,
) -> Imported:
    """Read a CSV file (see the module docstring).

    Args:
        path: the file.
        delimiter: the cell separator.
        id_column: the column of ids (required).
        name_column: the column of names (required).
        aliases_column: the column of aliases, several separated by ``separator``. This
            column and the four below are optional: used when present in the header, never
            when None.
        native_column: the column of names in their own script, separated likewise.
        type_column: the column of types (PER, LOC, ORG or MISC).
        country_column: the column of country codes.
        weight_column: the column of weights.
        separator: what separates several names in one cell.
        default_type: the type of rows without one.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "people.csv"
        >>> _ = path.write_text(
        ...     "id,name,aliases,country,weight\\n"
        ...     "q1,Almazbek Atambayev,Atambaev|Атамбаев,kg,2\\n"
        ...     "q2,,Bakiev,KG,\\n",
        ...     encoding="utf-8",
        ... )
        >>> result = read(path, default_type="PER")
        >>> [record] = result.records
        >>> record["id"], record["name"], record["type"], record["aliases"], record["country"], record["weight"]
        ('q1', 'Almazbek Atambayev', 'PER', ['Atambaev', 'Атамбаев'], 'KG', 2.0)
        >>> [error.removeprefix(str(path)) for error in result.errors]
        [":3: empty 'name'"]

        Other column names, and another separator between names:

        >>> _ = path.write_text("qid;label;other\\nq1;Bishkek;Frunze/Pishpek\\n", encoding="utf-8")
        >>> read(path, delimiter=";", id_column="qid", name_column="label", aliases_column="other",
        ...      separator="/", default_type="LOC").records
        [{'id': 'q1', 'name': 'Bishkek', 'type': 'LOC', 'aliases': ['Frunze', 'Pishpek']}]
        >>> folder.cleanup()
    """
    result = Imported()
    lines = open_lines(path, result)
    header: list[str] | None = None
    for number, line in lines:
        if not line.strip():
            continue
        try:
            cells = next(csv.reader(io.StringIO(line), delimiter=delimiter, strict=True))
        except csv.Error as exc:
            result.errors.append(f"{path}:{number}: malformed row: {exc}")
            continue
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in (id_column, name_column) if c not in header]
            if missing:
                result.errors.append(f"{path}:{number}: the header lacks column(s) {', '.join(missing)}")
                return result
            continue
        if len(cells) != len(header):
            result.errors.append(f"{path}:{number}: {len(cells)} cells where the header has {len(header)}")
            continue
        row = dict(zip(header, cells, strict=True))
        record = _record(row, path, number, result, id_column, name_column, default_type)
        if record is None:
            continue
        for column, key in ((aliases_column, "aliases"), (native_column, "native")):
            if column and row.get(column, "").strip():
                record[key] = [n.strip() for n in row[column].split(separator) if n.strip()]
        if type_column and row.get(type_column, "").strip():
            record["type"] = row[type_column].strip().upper()
        if country_column and row.get(country_column, "").strip():
            record["country"] = row[country_column].strip().upper()
        if weight_column and row.get(weight_column, "").strip():
            try:
                weight = float(row[weight_column])
            except ValueError:
                result.errors.append(f"{path}:{number}: weight {row[weight_column]!r} is not a number")
                continue
            if not 0 < weight < float("inf"):
                result.errors.append(f"{path}:{number}: weight must be a positive number, not {row[weight_column]!r}")
                continue
            record["weight"] = weight
        result.add(record, f"{path}:{number}")
    if header is None and not result.errors:
        result.errors.append(f"{path}: empty file (no header)")
    return result


def _record(
    row: dict[str, str],
    path: str | Path,
    number: int,
    result: Imported,
    id_column: str,
    name_column: str,
    default_type: str | None,
) -> dict[str, Any] | None:
    entity_id, name = row[id_column].strip(), row[name_column].strip()
    if not entity_id:
        result.errors.append(f"{path}:{number}: empty {id_column!r}")
        return None
    if not name:
        result.errors.append(f"{path}:{number}: empty {name_column!r}")
        return None
    record: dict[str, Any] = {"id": entity_id, "name": name}
    if default_type:
        record["type"] = default_type
    return record


def read_tsv(path: str | Path, **options: Any) -> Imported:
    """[`read`][namenorm.importers.csv.read] with tab-separated cells.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "places.tsv"
        >>> _ = path.write_text("id\\tname\\tnative\\tcountry\\nbishkek\\tBishkek\\tБишкек\\tKG\\n", encoding="utf-8")
        >>> read_tsv(path, default_type="LOC").records
        [{'id': 'bishkek', 'name': 'Bishkek', 'type': 'LOC', 'native': ['Бишкек'], 'country': 'KG'}]
        >>> folder.cleanup()
    """
    return read(path, **{"delimiter": "\t", **options})
