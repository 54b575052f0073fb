"""Generate gazetteer/countries.jsonl: countries and territories in every
Latin-script CLDR locale and the Cyrillic-script ones namenorm transliterates.

    python scripts/build_countries.py [--check]

Build-time only (``pip install --group build``): ISO 3166-1 codes and official
names from ``pycountry``, the territory names of every CLDR locale written in
Latin or Cyrillic script from ``babel``, plus the short forms and ids of the
tables in ``scripts/data/``. The output is sorted and byte-stable, so that
``--check`` (run in CI) proves the committed file is what the script gives.

Rules, written once for every name:

- the English CLDR name is the canonical name; pycountry's official name is
  an alias (without a leading "the");
- names start with a capital letter: a lower-case one is a name with an
  article (``il-Ġermanja``, ``ma Tawi``) or not a name;
- names come from the locales of languages official somewhere (CLDR
  territory data, ``official_languages``): the others' renderings are
  mostly respellings that are also personal names (Ruslan for Russia);
- Cyrillic names of countries that write Cyrillic are native names, other
  Cyrillic names (``Германия``) are aliases tagged with their language;
- a name is tagged with its language when exactly one language uses it;
- a name from a non-English locale that is an ordinary English word
  (``scripts/data/not_names.txt``: ``Island``, Iceland in German) is left out,
  so that running text does not turn into countries;
- names of three letters or fewer are left out (codes and fragments, and
  often ordinary words of some language), unless the short-forms table has
  them (``UK``, ``UAE``);
- a name that another country, a city's canonical name (the cities of
  ``build_cities.py``) or a curated source also has becomes weak (both
  Congos are ``Kongo`` in German; ``Granada`` is Grenada in Spanish and a
  city in Spain).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import regex
from unidecode import unidecode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
DATA = ROOT / "scripts" / "data"
TARGET = ROOT / "gazetteer" / "countries.jsonl"

#: Weights (see docs/gazetteer.md, "Prominence"): a sovereign state outweighs
#: any city or person of the same name by more than the 2x the resolver needs.
#: Generated names this short (in ASCII letters) or shorter are left out.
MAX_FRAGMENT = 3
STATE_WEIGHT = 8.0
TERRITORY_WEIGHT = 4.0
SCRIPTS = ("Latn", "Cyrl")
#: Cyrillic-script languages whose names namenorm can transliterate (the
#: index expands every Cyrillic name into Latin spellings by these languages'
#: rules; a Chuvash or Ossetian name would only be spelled wrong).
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "uz", "mn", "az", "bs"})
#: Countries whose own language (or one of them) is written in Cyrillic: their
#: Cyrillic names are native names, everyone else's are exonyms (aliases).
CYRILLIC_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "BG", "RS", "MK", "MN", "ME", "BA"})


def read_table(name: str) -> list[list[str]]:
    """The rows of a tab-separated data file, comments and blank lines skipped."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def fold(text: str) -> str:
    """A stable spelling-blind key for deduplication and the word list: Latin
    names in ASCII lower case without punctuation (``Kirgizstán`` ->
    ``kirgizstan``), other scripts lower case with ``ё`` as ``е``. Two names
    with one fold are one name to the index, whose own keys fold at least
    this much; the first, most widely used, is kept."""
    if regex.search(r"\p{Script=Latin}", text):
        return regex.sub(r"[^a-z0-9]", "", unidecode(text).lower())
    return " ".join(text.lower().replace("ё", "е").split())


def not_names() -> frozenset[str]:
    """Lower-cased words that must not become country or city names."""
    return frozenset(row[0].split("#")[0].strip().casefold() for row in read_table("not_names.txt"))


def official_languages() -> frozenset[str]:
    """Languages that are official, nationally or regionally, in some
    territory (CLDR territory information via babel). The other CLDR locales
    (Betawi, Kaingang, Sicilian, Toki Pona ...) are small or constructed
    languages whose renderings of country names are mostly respellings that
    are also personal names (Ruslan for Russia, Irỹna for Ireland, Giorgia
    for Georgia) and that no text namenorm reads is written in."""
    from babel.core import get_global

    return frozenset(
        language.split("_")[0]
        for languages in get_global("territory_languages").values()
        for language, info in languages.items()
        if info.get("official_status")
    )


def claimed_elsewhere() -> set[str]:
    """Case-folded names that the cities and the curated sources hold."""
    from build_cities import cities

    out = {nfc(str(c["name"])).casefold() for c in cities()[0]}
    for path in sorted((ROOT / "gazetteer").glob("*.jsonl")):
        if path.name in ("countries.jsonl", "cities.jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                record = json.loads(line)
                out.add(nfc(record["name"]).casefold())
                for field in ("aliases", "native"):
                    for item in record.get(field, []):
                        out.add(nfc(item if isinstance(item, str) else item["name"]).casefold())
    return out


def locales() -> list[tuple[str, str]]:
    """(babel locale id, language tag) of every base CLDR locale in Latin
    script, and of those in Cyrillic script whose language is in CYRILLIC_LANGUAGES."""
    import babel
    from babel.core import get_global

    likely = get_global("likely_subtags")
    out = []
    for code in sorted(babel.localedata.locale_identifiers()):
        parts = code.split("_")
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) != 4):
            continue  # regional variants repeat their language's names
        if len(parts) == 2:
            script = parts[1]
        else:
            full = likely.get(parts[0], "").split("_")
            script = full[1] if len(full) > 1 and len(full[1]) == 4 else ""
        if script not in SCRIPTS or (script == "Cyrl" and parts[0] not in CYRILLIC_LANGUAGES):
            continue
        tag = parts[0] if len(parts) == 1 else f"{parts[0]}-{parts[1]}"
        out.append((code, tag))
    return out


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def records() -> list[dict[str, object]]:
    """The country records, sorted by id."""
    import pycountry
    from babel import Locale

    ids = {row[0]: row[1] for row in read_table("country_ids.tsv")}
    territories = {row[0] for row in read_table("dependent_territories.txt")}
    short_forms: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for row in read_table("country_short_forms.tsv"):
        short_forms[row[0]].append((row[1], len(row) > 2 and row[2] == "weak"))
    stop = not_names()
    official = official_languages()
    english = Locale.parse("en").territories
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})  # Kosovo: CLDR's user-assigned code
    # name -> languages using it, per country
    names: dict[str, dict[str, set[str]]] = {code: defaultdict(set) for code in codes}
    for locale_id, tag in locales():
        table = Locale.parse(locale_id).territories
        for code in codes:
            name = table.get(code)
            if name:
                names[code][nfc(name)].add(tag)
    claimed = claimed_elsewhere()
    holders: dict[str, set[str]] = defaultdict(set)
    for code in codes:
        for name in names[code]:
            holders[name.casefold()].add(code)
        for form, _weak in short_forms.get(code, []):
            holders[nfc(form).casefold()].add(code)
        holders[nfc(english[code]).casefold()].add(code)
    out = []
    for code in codes:
        country = pycountry.countries.get(alpha_2=code)
        canonical = nfc(english[code])
        aliases: list[object] = []
        native: list[object] = []
        seen = {fold(canonical)}
        curated = {nfc(f) for f, _w in short_forms.get(code, [])}
        candidates: list[tuple[str, set[str], bool]] = [(nfc(f), set(), w) for f, w in short_forms.get(code, [])]
        if country is not None:
            for attr in ("official_name", "common_name", "name"):
                value = getattr(country, attr, None)
                if value:  # ISO's "the State of Eritrea" is the name "State of Eritrea"
                    candidates.append((nfc(regex.sub(r"^the\s+", "", value)), set(), False))
        by_name = names[code]
        candidates.extend((n, by_name[n], False) for n in sorted(by_name, key=lambda n: (-len(by_name[n]), n)))
        for name, langs, weak in candidates:
            folded = fold(name)
            if folded in seen or (name not in curated and len(folded) <= MAX_FRAGMENT):
                continue
            seen.add(folded)
            if langs and "en" not in {lang.split("-")[0] for lang in langs} and folded in stop:
                continue
            if langs and (not name[0].isupper() or not {lang.split("-")[0] for lang in langs} & official):
                continue
            key = name.casefold()
            item: dict[str, object] = {"name": name}
            if len(langs) == 1:
                item["lang"] = next(iter(langs))
            if weak or holders[key] - {code} or key in claimed:
                item["weak"] = True
            at_home = code in CYRILLIC_COUNTRIES and bool(regex.search(r"\p{Script=Cyrillic}", name))
            (native if at_home else aliases).append(item if len(item) > 1 else name)
        record: dict[str, object] = {
            "id": ids.get(code, f"country-{code.lower()}"),
            "name": canonical,
            "type": "LOC",
            "aliases": aliases,
            "native": native,
            "country": code,
            "weight": TERRITORY_WEIGHT if code in territories else STATE_WEIGHT,
            "description": "dependent territory" if code in territories else "country",
        }
        if not native:
            del record["native"]
        out.append(record)
    return sorted(out, key=lambda r: str(r["id"]))


def render() -> bytes:
    """The generated file, as bytes."""
    import babel
    import pycountry

    version = getattr(pycountry, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("pycountry")
    header = [
        "# Countries and territories: generated, do not edit.",
        "# generated-by: scripts/build_countries.py (edit it or scripts/data/*, then rerun it and build_default.py)",
        f"# source: Unicode CLDR territory names via babel {babel.__version__};"
        f" ISO 3166-1 codes and official names via pycountry {version}",
        "# licence: Unicode License v3 (CLDR data); LGPL-2.1-or-later (pycountry/iso-codes data)",
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
            print(f"{TARGET.relative_to(ROOT)} is stale: run python scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
