"""``namenorm gazetteer validate / stats / import``, through the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "importers"
COMMAND = shutil.which("namenorm")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm.cli"]
    return subprocess.run([*command, "gazetteer", *args], capture_output=True, text=True, timeout=120)


def test_validate_the_curated_sources() -> None:
    out = run("validate", str(ROOT / "gazetteer"))
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("ok: ") and "entities in 5 file(s)" in out.stdout


def test_validate_reports_every_problem_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(
        b'{"id": "a", "name": "Bishkek", "aliases": ["Frunze"]}\n'
        b'{"id": "a", "name": "Osh"}\n'
        b'{"id": "b", "name": ""}\n'
        b'{"id": "c", "name": "Talas", "type": "CITY"}\n'
        b'{"id": "d", "name": "Naryn", "aliases": ["Frunze"]}\n'
        b'{"id": "e", "name": "\xc3\x85\xc2\xbdeenbekov"}\n'
        b'{"id": "f", "name": "\xff"}\n'
    )
    out = run("validate", str(bad))
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert lines == [
        f"{bad}:7: not valid utf-8 (byte 22 of the line); save the file as UTF-8 or give its encoding",
        f"{bad}:2: duplicate id 'a' (first at {bad}:1); give each entity its own id",
        f"{bad}:3: entity 'b': 'name' is empty; write the name, or leave the entry out",
        f"{bad}:4: entity 'c': unknown type 'CITY'; use one of LOC, MISC, ORG, PER",
        f"{bad}:6: 'Å½eenbekov' looks mis-decoded (reads as 'Žeenbekov'); write that instead",
        f"{bad}:5: alias 'Frunze' of 'd' is also a strong name of 'a' ({bad}:1); mark one weak",
        "6 problem(s)",
    ]
    report = json.loads(run("validate", "--json", str(bad)).stdout)
    assert report["valid"] is False and len(report["problems"]) == 6


def test_stats_of_the_default_shows_the_counts() -> None:
    out = run("stats", "--json")
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout)
    assert stats["by_type"]["PER"] >= 300
    assert stats["by_type"]["ORG"] >= 100
    assert stats["by_type"]["LOC"] >= 6000
    assert stats["countries"] >= 249
    licences = " ".join(v for s in stats["sources"] for k, v in s.items() if k.startswith("licence"))
    assert "CC BY 4.0" in licences
    text = run("stats").stdout
    assert text.startswith("entities  ") and "  PER     " in text and "licence-cities: CC BY 4.0" in text


def test_stats_of_files(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('# licence: CC0\n{"id": "a", "name": "A", "type": "PER", "native": ["А"]}\n', encoding="utf-8")
    stats = json.loads(run("stats", "--json", str(path)).stdout)
    assert stats["entities"] == 1 and stats["by_script"] == {"Cyrl": 1, "Latn": 1}
    assert stats["sources"] == [{"path": str(path), "entities": 1, "licence": "CC0"}]
    missing = run("stats", str(tmp_path / "none.jsonl"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr


def test_import_each_format(tmp_path: Path) -> None:
    cases = [
        ("tsv", FIXTURES / "places.tsv", ["--keep-going", "--type", "LOC"], 1, 1),
        ("wikidata", FIXTURES / "wikidata.jsonl", ["--keep-going"], 2, 1),
        (
            "geonames",
            FIXTURES / "cities.txt",
            ["--keep-going", "--alternates", str(FIXTURES / "alternateNames.txt")],
            2,
            1,
        ),
        ("ftm", FIXTURES / "ftm.jsonl", ["--keep-going"], 3, 1),
    ]
    for fmt, source, options, count, status in cases:
        output = tmp_path / f"{fmt}.jsonl"
        out = run("import", fmt, str(source), "-o", str(output), *options)
        assert out.returncode == status, (fmt, out.stderr)
        assert f"wrote {count} entities" in out.stdout
        assert f"{source}:" in out.stderr  # the bad lines, by line number
        assert run("validate", str(output)).returncode == 0


def test_import_with_errors_writes_nothing(tmp_path: Path) -> None:
    output = tmp_path / "people.jsonl"
    out = run("import", "csv", str(FIXTURES / "people.csv"), "-o", str(output))
    assert out.returncode == 2
    assert f"{FIXTURES / 'people.csv'}:4: empty 'id'" in out.stderr
    assert "nothing written" in out.stderr and not output.exists()


def test_import_clean_csv(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("key,label,other\nk1,Kubatbek Boronov,Кубатбек Боронов\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    out = run(
        "import", "csv", str(source), "-o", str(output), "--id-column", "key", "--name-column", "label",
        "--aliases-column", "other", "--type", "PER",
    )  # fmt: skip
    assert out.returncode == 0 and out.stdout.startswith("wrote 1 entities")
    lines = output.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# imported by: namenorm gazetteer import csv")
    assert json.loads(lines[1]) == {
        "id": "k1",
        "name": "Kubatbek Boronov",
        "type": "PER",
        "aliases": ["Кубатбек Боронов"],
    }
