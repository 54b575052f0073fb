"""The installed command, run through subprocess."""

from __future__ import annotations

import json
import os
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
    name, status, canonical, entity_id, score = out.stdout.strip().split("\t")
    assert (name, status, canonical, entity_id) == (
        "Žeenbekoville",
        "matched",
        "Sooronbay Jeenbekov",
        "sooronbay-jeenbekov",
    )
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
    assert out.stdout.splitlines() == ["Jeenbekov\tambiguous\t\t\t", "Nobody\tunmatched\t\t\t"]
    records = [
        json.loads(line)
        for line in run("lookup", "--json", "--gazetteer", str(path), "Jeenbekov", "Nobody").stdout.splitlines()
    ]
    assert [r["status"] for r in records] == ["ambiguous", "unmatched"]
    assert [c["id"] for c in records[0]["candidates"]] == ["a", "b"] and records[1]["candidates"] == []
    explained = run("lookup", "--explain", "--gazetteer", str(path), "Jeenbekov", "Nobody").stdout
    assert "ambiguous: Asylbek Jeenbekov (a) 0.950, Sooronbay Jeenbekov (b) 0.950, within the margin" in explained
    assert "unmatched: no candidate" in explained


def test_lookup_has_fixed_columns_and_one_line_per_input_line() -> None:
    out = run("lookup", stdin="Atambajev\n\nnobody at all\n")
    lines = out.stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["Atambajev", "matched"],
        ["", "empty"],
        ["nobody at all", "unmatched"],
    ]
    assert {line.count("\t") for line in lines} == {4}  # five columns, always


def test_lookup_json_has_one_schema_with_and_without_top() -> None:
    one = json.loads(run("lookup", "--json", "Jeenbekov").stdout)
    top = json.loads(run("lookup", "--json", "--top", "2", "Jeenbekov").stdout)
    assert set(one) == set(top) == {"query", "status", "id", "name", "type", "score", "candidates"}
    assert len(top["candidates"]) == 2 and set(top["candidates"][0]) == {"id", "name", "type", "score", "matched"}
    steps = json.loads(run("lookup", "--json", "--explain", "Jääskeläinen").stdout)
    assert steps["status"] == "unmatched" and steps["steps"][0].startswith("unmatched: no candidate reaches")


@pytest.mark.parametrize(
    "args", [["lookup", "--top", "0", "x"], ["lookup", "--top", "-1", "x"], ["lookup", "--lang", "fin", "x"]]
)
def test_lookup_refuses_bad_options_in_one_line(args: list[str]) -> None:
    out = run(*args)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_lookup_scope_and_threshold() -> None:
    assert run("lookup", "Georgia").stdout.split("\t")[1] == "matched"
    assert run("lookup", "--type", "PER", "Georgia").stdout.split("\t")[1] == "unmatched"
    assert run("lookup", "--type", "PER,LOC", "--country", "KG", "Bishkek").stdout.split("\t")[1] == "matched"
    assert run("lookup", "--threshold", "0.99", "Atambajev").stdout.split("\t")[1] == "unmatched"


def test_lookup_stdin_with_invalid_utf8_is_one_warning_per_line() -> None:
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm"]
    out = subprocess.run(
        [*command, "lookup"],
        input=b"Atambajev\nM\xfcller\n",
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
    )
    assert out.returncode == 1 and b"Traceback" not in out.stderr
    assert out.stderr.decode().startswith("namenorm: stdin:2: bytes that are not valid utf-8")
    assert [line.split(b"\t")[1] for line in out.stdout.splitlines()] == [b"matched", b"unmatched"]


def test_python_dash_m_namenorm() -> None:
    out = subprocess.run([sys.executable, "-m", "namenorm", "lookup", "Putin"], capture_output=True, text=True)
    assert out.returncode == 0 and "\tQ7747\t" in out.stdout
