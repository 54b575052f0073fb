"""``namenorm clean``, run as the installed command."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

COMMAND = shutil.which("namenorm")
PEOPLE = 'id,name,note\n1,Atambajev,x\n2,Žeenbekoville,"a, b"\n3,Nobody Atall,\n4,,y\n5,Atambajev,z\n'


# A small gazetteer keeps each run fast (the default one is exercised in-process by test_csvclean).
RECORDS = (
    '{"id": "almazbek-atambayev", "name": "Almazbek Atambayev", "type": "PER", "native": ["Алмазбек Атамбаев"]}\n'
    '{"id": "sooronbay-jeenbekov", "name": "Sooronbay Jeenbekov", "type": "PER", "native": ["Сооронбай Жээнбеков"]}\n'
)
GAZETTEER = Path(tempfile.mkdtemp(prefix="namenorm-cli-clean-")) / "people.jsonl"
GAZETTEER.write_text(RECORDS, encoding="utf-8")


def run(*args: str, stdin: str | bytes | None = None, gazetteer: bool = True) -> subprocess.CompletedProcess[bytes]:
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm.cli"]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    extra = ["--gazetteer", str(GAZETTEER)] if gazetteer and args and args[0] == "clean" else []
    return subprocess.run([*command, *args, *extra], input=data, capture_output=True, timeout=300)


def rows(data: bytes, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(), newline=""), delimiter=delimiter))


@pytest.fixture()
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    return path


def test_clean_stdin_to_stdout_with_summary() -> None:
    out = run("clean", "-", "--column", "name", stdin=PEOPLE)
    assert out.returncode == 0, out.stderr
    table = rows(out.stdout)
    assert table[0][3:] == ["name_canonical", "name_id", "name_score", "name_status"]
    assert [r[6] for r in table[1:]] == ["matched", "matched", "unmatched", "empty", "matched"]
    assert table[2][3] == "Sooronbay Jeenbekov"
    summary = out.stderr.decode()
    assert summary.count("\n") == 1 and "5 rows" in summary and "3 matched" in summary and "1 unmatched" in summary


def test_clean_file_to_file_with_report_and_strict(people: Path, tmp_path: Path) -> None:
    target, report = tmp_path / "out.csv", tmp_path / "report.csv"
    out = run("clean", str(people), "-o", str(target), "-c", "name", "--report", str(report), "--strict", "-q")
    assert out.returncode == 1 and out.stderr == b""  # one unmatched row under --strict; --quiet: no summary
    assert len(rows(target.read_bytes())) == 6
    assert report.read_text(encoding="utf-8").splitlines()[1] == "name,Nobody Atall,unmatched,1,"
    ok = run("clean", str(people), "-o", str(target), "-c", "name", "--strict")
    assert ok.returncode == 1  # still one unmatched
    assert run("clean", str(people), "-o", str(target), "-c", "name").returncode == 0


def test_replace_mode_and_fields(people: Path) -> None:
    out = run("clean", str(people), "-c", "name", "--mode", "replace", "--fields", "id")
    table = rows(out.stdout)
    assert table[0] == ["id", "name", "note", "name_id"]
    assert table[1] == ["1", "Almazbek Atambayev", "x", "almazbek-atambayev"]
    assert table[3] == ["3", "Nobody Atall", "", ""]


def test_in_place_is_refused_unless_asked(people: Path) -> None:
    before = people.read_bytes()
    refused = run("clean", str(people), "-o", str(people), "-c", "name")
    assert refused.returncode == 2 and people.read_bytes() == before
    assert refused.stderr.decode().count("\n") == 1 and "--in-place" in refused.stderr.decode()
    done = run("clean", str(people), "--in-place", "-c", "name")
    assert done.returncode == 0 and done.stdout == b""
    assert rows(people.read_bytes())[1][3] == "Almazbek Atambayev"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "missing.csv", "-c", "name"], "missing.csv: no such file"),
        (["clean", "{people}", "-c", "nope"], "no column 'nope'"),
        (["clean", "{people}", "-c", "name", "--delimiter", "ab"], "one character"),
        (["clean", "{people}", "-c", "name", "--encoding", "nonsense"], "unknown encoding"),
        (["clean", "{people}", "-c", "name", "--fields", "colour"], "unknown field"),
        (["clean", "-", "--in-place", "-c", "name"], "needs a file"),
        (["clean", "{people}"], "--column"),
    ],
)
def test_bad_usage_is_one_line_and_status_2(people: Path, args: list[str], message: str) -> None:
    out = run(*[a.replace("{people}", str(people)) for a in args], stdin="")
    assert out.returncode == 2
    assert message in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_invalid_bytes_policy(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"name,note\nAtambajev,caf\xe9\n")
    kept = run("clean", str(path), "-c", "name")
    assert kept.returncode == 0 and b"caf\xe9" in kept.stdout and "line 2" in kept.stderr.decode()
    target = tmp_path / "out.csv"
    failed = run("clean", str(path), "-c", "name", "--errors", "fail", "-o", str(target))
    assert failed.returncode == 2 and "line 2" in failed.stderr.decode() and not target.exists()


def test_semicolons_tabs_and_jobs(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text("name;x\n" + "".join(f"Atambajev;{i}\nName{i};{i}\n" for i in range(300)), encoding="utf-8")
    out = run("clean", str(path), "-c", "name", "--jobs", "2")
    assert out.returncode == 0, out.stderr
    table = rows(out.stdout, ";")
    assert len(table) == 601 and table[1][2] == "Almazbek Atambayev"
    tab = run("clean", "-", "-c", "name", "-d", "tab", stdin="name\tx\nAtambajev\t1\n")
    assert rows(tab.stdout, "\t")[1][2] == "Almazbek Atambayev"


def test_progress_is_shown_only_when_asked_or_on_a_terminal(people: Path) -> None:
    quiet = run("clean", str(people), "-c", "name")
    assert b"\r" not in quiet.stderr  # stderr is a pipe here: no progress bar
    shown = run("clean", str(people), "-c", "name", "--progress")
    assert b"rows/s" in shown.stderr and b"\r" in shown.stderr
