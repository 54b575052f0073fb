"""Files that go wrong: a CSV cut off mid-row, a disk that fills, Ctrl-C, an
input that is not there, an enormous gazetteer with one bad line. The output
that was there stays intact and no temporary file is left behind.

What each case gets is listed in docs/reliability.md.
"""

from __future__ import annotations

import errno
import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

import namenorm
from namenorm import Gazetteer, GazetteerError
from namenorm.errors import CleanError
from namenorm.io import CleanOptions, clean_csv, job

from .conftest import SMALL_RECORDS

OLD = b"id,who\n0,the previous good output\n"


@pytest.fixture(scope="module")
def small() -> namenorm.Resolver:
    return namenorm.Resolver(Gazetteer.from_records(SMALL_RECORDS))


def big_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        f.write("id,who\n")
        for i in range(rows):
            f.write(f"{i},Person{i} Atambajev{i % 97}\n")
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def failing_after(calls: int, exc: BaseException):  # type: ignore[no-untyped-def]
    original = job._Job._write
    seen = {"n": 0}

    def write(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["n"] += 1
        if seen["n"] > calls:
            raise exc
        return original(*args, **kwargs)

    return write


def test_csv_cut_off_inside_a_quoted_cell(small: namenorm.Resolver) -> None:
    import io

    source = io.BytesIO(b'id,who\n1,Atambajev\n2,"Bishkek, the capi')
    target = io.BytesIO()
    summary = clean_csv(source, target, ["who"], resolver=small)
    lines = target.getvalue().split(b"\n")
    assert lines[1].startswith(b"1,Atambajev,Almazbek Atambayev,Q1,")
    assert lines[2] == b'2,"Bishkek, the capi'  # the cut row is kept byte for byte
    assert summary.rows == 2 and summary.malformed == [(3, "unexpected end of data")]


@pytest.mark.parametrize(
    "exc", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()], ids=["disk-full", "ctrl-c"]
)
def test_a_failure_while_writing_leaves_the_old_output(
    tmp_path: Path, small: namenorm.Resolver, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    source = big_csv(tmp_path / "in.csv", 5000)
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    monkeypatch.setattr(job._Job, "_write", failing_after(1, exc))
    with pytest.raises(CleanError if isinstance(exc, OSError) else type(exc)):
        clean_csv(source, target, ["who"], resolver=small, options=CleanOptions(batch_rows=100))
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_a_missing_input_is_a_clear_error(tmp_path: Path, small: namenorm.Resolver) -> None:
    with pytest.raises(CleanError, match=r"nowhere\.csv"):
        clean_csv(tmp_path / "nowhere.csv", tmp_path / "out.csv", ["who"], resolver=small)
    assert not (tmp_path / "out.csv").exists()
    assert leftovers(tmp_path) == []


def test_ctrl_c_on_the_command_line(tmp_path: Path) -> None:
    """SIGINT in the middle of a run: status 130, the old output untouched, no temporary file."""
    command = shutil.which("namenorm")
    assert command is not None
    gazetteer = tmp_path / "g.jsonl"
    gazetteer.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in SMALL_RECORDS) + "\n", encoding="utf-8")
    source = big_csv(tmp_path / "in.csv", 400_000)
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    process = subprocess.Popen(
        [command, "clean", str(source), "--column", "who", "-o", str(target), "--gazetteer", str(gazetteer)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not leftovers(tmp_path) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be interrupted: make the input larger"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_an_enormous_gazetteer_with_one_bad_line_fails_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"e{i}", "name": f"Name {i}"}) for i in range(200_000)]
    lines.append('{"id": "e-last", "name": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(path)
    assert f"{path}:200001: invalid JSON" in str(info.value)
    assert time.perf_counter() - start < 60


def test_a_gazetteer_in_another_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"id": "a", "name": "Ärzte"}\n'.encode("latin-1"))
    with pytest.raises(GazetteerError, match=r"latin1.jsonl:1: not valid utf-8"):
        Gazetteer.load(path)
    assert len(Gazetteer.load(path, encoding="latin-1")) == 1


def test_an_unreadable_gazetteer_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.jsonl"
    path.write_text('{"id": "a", "name": "A"}\n', encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(GazetteerError, match=r"secret.jsonl: cannot read: Permission denied"):
        Gazetteer.load(path)
