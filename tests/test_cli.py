"""The installed command, run through subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = shutil.which("namenorm")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm.cli"]
    return subprocess.run([*command, *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_command_is_installed() -> None:
    assert COMMAND is not None, "the console script 'namenorm' is not on PATH"


def test_lookup_prints_entity_id_and_score() -> None:
    out = run("lookup", "Žeenbekoville")
    assert out.returncode == 0, out.stderr
    name, canonical, entity_id, score = out.stdout.strip().split("\t")
    assert (name, canonical, entity_id) == ("Žeenbekoville", "Sooronbay Jeenbekov", "sooronbay-jeenbekov")
    assert 0 < float(score) <= 1


def test_lookup_json_lines_from_stdin() -> None:
    out = run("lookup", "--json", "--lang", "fi", stdin="Atambajevin\nnobody at all\n")
    assert out.returncode == 1  # one name did not resolve
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert lines[0]["id"] == "almazbek-atambayev" and lines[1]["id"] is None


def test_lookup_explain_and_top() -> None:
    out = run("lookup", "--explain", "Atambajevin", "--lang", "fi")
    assert "genitive" in out.stdout and "Almazbek Atambayev" in out.stdout
    top = run("lookup", "--top", "2", "Jeenbekov")
    assert "1. Sooronbay Jeenbekov" in top.stdout and "2. Asylbek Jeenbekov" in top.stdout


def test_lookup_with_own_gazetteer(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "hel", "name": "Helsinki", "type": "LOC"}\n', encoding="utf-8")
    out = run("lookup", "--gazetteer", str(path), "--lang", "fi", "Helsingissä")
    assert out.returncode == 0 and "\thel\t" in out.stdout
    alone = run("lookup", "--gazetteer", str(path), "Atambajev")
    assert alone.returncode == 1
    both = run("lookup", "--gazetteer", str(path), "--with-default", "Atambajev")
    assert both.returncode == 0


def test_bad_gazetteer_is_one_line_and_status_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    out = run("lookup", "--gazetteer", str(path), "x")
    assert out.returncode == 2
    assert f"{path}:1: invalid JSON" in out.stderr


@pytest.mark.parametrize("args", [[], ["nonsense"], ["lookup", "--top", "x"]])
def test_bad_usage_is_status_2(args: list[str]) -> None:
    assert run(*args).returncode == 2


def test_lookup_says_ambiguous_apart_from_unmatched(tmp_path: Path) -> None:
    path = tmp_path / "brothers.jsonl"
    path.write_text(
        '{"id": "a", "name": "Asylbek Jeenbekov", "type": "PER"}\n'
        '{"id": "b", "name": "Sooronbay Jeenbekov", "type": "PER"}\n',
        encoding="utf-8",
    )
    out = run("lookup", "--gazetteer", str(path), "Jeenbekov", "Nobody")
    assert out.returncode == 1
    assert out.stdout.splitlines() == [
        "Jeenbekov\t-\tambiguous: Asylbek Jeenbekov (a) | Sooronbay Jeenbekov (b)",
        "Nobody\t-\tno confident match",
    ]
    records = [
        json.loads(line)
        for line in run("lookup", "--json", "--gazetteer", str(path), "Jeenbekov", "Nobody").stdout.splitlines()
    ]
    assert [r["status"] for r in records] == ["ambiguous", "unmatched"]
    assert records[0]["candidates"] == ["Asylbek Jeenbekov (a)", "Sooronbay Jeenbekov (b)"]
