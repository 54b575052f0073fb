"""The embedded default gazetteer: built from its sources, complete, lean,
and resolving the countries, capitals, people and organisations it holds as
other languages write them."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import namenorm
from namenorm import Gazetteer
from namenorm.gazetteer import name_key, validate

ROOT = Path(__file__).resolve().parent.parent
SEED = Path(__file__).parent / "golden" / "seed_expected.tsv"
NAMES = Path(__file__).parent / "fixtures" / "default_names.tsv"


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_default_matches_its_sources() -> None:
    """The shipped default is exactly what scripts/build_default.py builds from gazetteer/
    (the generated sources are proven current by the CI step that reruns their scripts)."""
    built = script("build_default").build()
    assert built == (ROOT / "src" / "namenorm" / "data" / "default.jsonl.gz").read_bytes()
    lines = gzip.decompress(built).decode("utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    ids = [json.loads(line)["id"] for line in lines if not line.startswith("#")]
    assert ids == sorted(ids)
    assert "# licence-cities: CC BY 4.0, GeoNames; names and populations as GeoNames gives them" in header


def test_sources_are_valid() -> None:
    assert validate(ROOT / "gazetteer") == []


def test_default_is_loaded_lazily_and_once() -> None:
    code = "import namenorm.gazetteer as g, namenorm; print(g._default.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"  # importing namenorm reads no data
    assert Gazetteer.default() is Gazetteer.default()


def test_counts() -> None:
    stats = Gazetteer.default().stats()
    assert stats["by_type"]["PER"] >= 300
    assert stats["by_type"]["ORG"] >= 100
    assert stats["by_type"]["LOC"] >= 6000
    countries = [e for e in Gazetteer.default() if e.description in ("country", "dependent territory")]
    assert len({e.country for e in countries}) == len(countries) >= 250  # ISO 3166-1 and Kosovo


def test_every_seed_entity_is_in_the_default() -> None:
    names = {e.name for e in Gazetteer.default()}
    assert {row["canonical"] for row in rows(SEED)} <= names


def test_generated_names_leave_out_ordinary_words() -> None:
    """No country or city alias is a word of scripts/data/not_names.txt."""
    words = {
        line.split("#")[0].strip()
        for line in (ROOT / "scripts" / "data" / "not_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    generated = [e for e in Gazetteer.default() if e.id.startswith(("geonames:", "country-", "Q"))]
    found = {a.name for e in generated for a in e.aliases if name_key(a.name) in words}
    assert found == set()


def test_generated_names_are_not_phrases() -> None:
    """No generated alias starts with a lower-case letter: those are phrases
    (рыбная столица, "fish capital", of Murmansk) or names with an article
    (ma Tawi), see gazetteer/README.md, "Screening generated names"."""
    generated = [e for e in Gazetteer.default() if e.id.startswith(("geonames:", "country-"))]
    assert len(generated) > 6000
    assert [a.name for e in generated for a in e.aliases if not a.name[0].isupper()] == []


def test_weights_break_shared_surnames_the_documented_way() -> None:
    gaz = Gazetteer.default()
    assert gaz["sooronbay-jeenbekov"].weight >= 2 * gaz["asylbek-jeenbekov"].weight
    assert gaz["alexander-lukashenko"].weight >= 2 * gaz["viktor-lukashenko"].weight
    countries = {name_key(e.name): e for e in gaz if e.description == "country"}
    namesakes = [
        (countries[name_key(e.name)], e) for e in gaz if e.id.startswith("geonames:") and name_key(e.name) in countries
    ]
    assert {c.name for c, _city in namesakes} >= {"Singapore", "Luxembourg"}  # a state over its capital
    assert all(country.weight >= 2 * city.weight for country, city in namesakes)


CASES = rows(NAMES)


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        pytest.param(c["query"], lang, c["expected"], id=f"{c['query']}|{lang or '-'}")
        for c in CASES
        for lang in (c["lang"], None)
    ],
)
def test_names_in_other_languages_resolve(
    resolver: namenorm.Resolver, query: str, lang: str | None, expected: str
) -> None:
    entity = expected.rstrip("?")
    optional = expected.endswith("??") or (expected.endswith("?") and lang is None)
    match = resolver.resolve(query, lang=lang)
    if match is None and optional:  # an open world's caution: never wrong, and still a candidate
        assert entity in [m.entity.id for m in resolver.candidates(query, 3, lang=lang)]
        return
    assert match is not None, f"{query!r} ({lang}) did not resolve"
    assert match.entity.id == entity, match.explain()
