"""``namenorm annotate``, run as the installed command."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import read_tsv

COMMAND = shutil.which("namenorm")
SEED = Path(__file__).parent / "golden" / "kyrgyzstan_news.txt"
GAZETTEER = (
    '{"id": "aa", "name": "Almazbek Atambayev", "type": "PER", "native": ["Алмазбек Атамбаев"]}\n'
    '{"id": "kg", "name": "Kyrgyzstan", "type": "LOC"}\n'
)
TEXT = "Yesterday Almazbek Atambajev left Kyrgyzstan.\nAtambajev said nothing.\n"


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm.cli"]
    data = stdin.decode("latin-1") if isinstance(stdin, bytes) else stdin
    return subprocess.run([*command, *args], input=data, capture_output=True, text=True, timeout=300)


@pytest.fixture()
def gazetteer(tmp_path: Path) -> str:
    path = tmp_path / "g.jsonl"
    path.write_text(GAZETTEER, encoding="utf-8")
    return str(path)


def test_seed_article_with_the_default_gazetteer() -> None:
    out = run("annotate", str(SEED), "--format", "json")
    assert out.returncode == 0, out.stderr
    expected = {row["surface"]: row["canonical"] for row in read_tsv("seed_expected.tsv")}
    found = [json.loads(line) for line in out.stdout.splitlines()]
    assert {m["text"] for m in found} == set(expected)
    assert all(m["name"] == expected[m["text"]] for m in found)


def test_text_format_from_stdin(gazetteer: str) -> None:
    out = run("annotate", "--gazetteer", gazetteer, stdin=TEXT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "10-28\tAlmazbek Atambajev\tAlmazbek Atambayev\taa\t" + out.stdout.splitlines()[0].split("\t")[-1],
        "34-44\tKyrgyzstan\tKyrgyzstan\tkg\t1.000",
        "46-55\tAtambajev\tAlmazbek Atambayev\taa\t" + out.stdout.splitlines()[2].split("\t")[-1],
    ]


def test_csv_and_json_formats_from_a_file(gazetteer: str, tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    table = list(
        csv.DictReader(io.StringIO(run("annotate", str(path), "--gazetteer", gazetteer, "--format", "csv").stdout))
    )
    assert [(r["start"], r["end"], r["text"], r["id"]) for r in table] == [
        ("10", "28", "Almazbek Atambajev", "aa"),
        ("34", "44", "Kyrgyzstan", "kg"),
        ("46", "55", "Atambajev", "aa"),
    ]
    lines = run("annotate", str(path), "--gazetteer", gazetteer, "--format", "json").stdout.splitlines()
    first = json.loads(lines[0])
    assert TEXT[first["start"] : first["end"]] == first["text"] and first["type"] == "PER"


def test_invalid_bytes_are_replaced_with_a_warning(gazetteer: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\nAlmazbek Atambajev \xff left.\n")
    out = run("annotate", str(path), "--gazetteer", gazetteer)
    assert out.returncode == 0 and "Almazbek Atambayev" in out.stdout
    assert f"{path}:2:" in out.stderr


@pytest.mark.parametrize("args", [["annotate", "/no/such/file"], ["annotate", "-", "--format", "xml"]])
def test_bad_usage_is_status_2(args: list[str]) -> None:
    out = run(*args, stdin="")
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_scope_and_precision_options() -> None:
    out = run("annotate", "--precise", stdin="Zelensky came.")
    assert out.returncode == 0 and out.stdout == ""
    found = run("annotate", "--type", "LOC", stdin="Putin visited Bishkek. Bishkek was calm.")
    assert [line.split("\t")[1] for line in found.stdout.splitlines()] == ["Bishkek", "Bishkek"]
    bad = run("annotate", "--lang", "fin", stdin="x")
    assert bad.returncode == 2 and "'fi'" in bad.stderr
