"""``namenorm clean``, run as the installed command."""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
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
    assert failed.returncode == 2 and f"{path}:2: bytes" in failed.stderr.decode() and not target.exists()


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


# -- issue 22: special files, one-line errors, signals ------------------------------


def test_special_output_files_are_refused(people: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (str(fifo), "/dev/null"):
        out = run("clean", str(people), "-c", "name", "-o", target)
        assert out.returncode == 2 and b"not a regular file" in out.stderr and out.stderr.count(b"\n") == 1
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_in_place_follows_a_symbolic_link(people: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to(people)
    done = run("clean", str(link), "--in-place", "-c", "name")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and rows(people.read_bytes())[1][3] == "Almazbek Atambayev"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device_on_stdout_is_one_line_and_status_2(people: Path) -> None:
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm"]
    with open("/dev/full", "wb") as full:
        out = subprocess.run(
            [*command, "clean", str(people), "-c", "name", "--gazetteer", str(GAZETTEER)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert out.returncode == 2 and b"No space left on device" in out.stderr
    assert out.stderr.count(b"\n") == 1 and b"Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-c", "name", "-c", "name"], "given twice"),
        (["-c", "name", "--encoding", "rot13"], "not a text encoding"),
        (["-c", "name", "--fields", "status,status"], "named twice"),
        (["-c", "name", "--lang", "klingon"], "ISO 639-1"),
        (["-c", "name", "--type", "people"], "unknown entity type"),
    ],
)
def test_more_bad_usage_is_one_line_and_status_2(people: Path, args: list[str], message: str) -> None:
    out = run("clean", str(people), *args)
    assert out.returncode == 2 and message in out.stderr.decode() and out.stderr.count(b"\n") == 1


def test_dev_stdin_and_process_substitution_are_inputs() -> None:
    out = run("clean", "/dev/stdin", "-c", "name", stdin=PEOPLE)
    assert out.returncode == 0, out.stderr
    assert rows(out.stdout)[1][3] == "Almazbek Atambayev"
    if shutil.which("bash"):
        command = " ".join([COMMAND or "namenorm", "clean", "<(printf 'name\\nAtambajev\\n')", "-c", "name"])
        piped = subprocess.run(["bash", "-c", command + f" --gazetteer {GAZETTEER}"], capture_output=True, timeout=120)
        assert piped.returncode == 0 and b"Almazbek Atambayev" in piped.stdout, piped.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    source = tmp_path / "big.csv"
    source.write_text("name\n" + "".join(f"Person{i} Unknown{i}\n" for i in range(200_000)), encoding="utf-8")
    target = tmp_path / "out.csv"
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm"]
    process = subprocess.Popen(
        [*command, "clean", str(source), "-c", "name", "-o", str(target), "--gazetteer", str(GAZETTEER)],
        stderr=subprocess.PIPE,
    )
    for _ in range(200):  # until the temporary file exists
        if any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            break
        time.sleep(0.05)
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, err
    assert b"Traceback" not in err and err.count(b"\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv"]


def test_ctrl_c_with_two_jobs_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    source.write_text("name\n" + "".join(f"Person{i} Unknown{i}\n" for i in range(200_000)), encoding="utf-8")
    command = [COMMAND] if COMMAND else [sys.executable, "-m", "namenorm"]
    process = subprocess.Popen(
        [
            *command,
            "clean",
            str(source),
            "-c",
            "name",
            "-j",
            "2",
            "-o",
            str(tmp_path / "out.csv"),
            "--gazetteer",
            str(GAZETTEER),
        ],
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    for _ in range(200):  # until the temporary file exists
        if any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            break
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal sends it: to every process of the group
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and err.strip() == b"namenorm: interrupted", err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv"]


def test_the_report_guards_formulas(tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    out = run("clean", "-", "-c", "name", "--report", str(report), stdin="name\n=HYPERLINK(1)\n+1\n")
    assert out.returncode == 0
    assert rows(report.read_bytes())[1:] == [
        ["name", "'+1", "unmatched", "1", ""],
        ["name", "'=HYPERLINK(1)", "unmatched", "1", ""],
    ]
