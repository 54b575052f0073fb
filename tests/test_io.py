"""namenorm.io: streaming CSV column cleaning that loses nothing, and the one value -> row function."""

from __future__ import annotations

import csv
import functools
import io
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import namenorm
from namenorm.errors import CleanError
from namenorm.io import CleanOptions, clean_csv, guard_formula, resolve_value
from tests.conftest import SMALL_RECORDS


def run(data: bytes, columns: list[str], resolver: namenorm.Resolver, **options: object) -> tuple[bytes, object]:
    target = io.BytesIO()
    summary = clean_csv(io.BytesIO(data), target, columns, resolver=resolver, options=CleanOptions(**options))  # type: ignore[arg-type]
    return target.getvalue(), summary


def rows_of(data: bytes, delimiter: str = ",", encoding: str = "utf-8") -> list[list[str]]:
    text = data.decode(encoding, errors="surrogateescape")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# -- statuses and columns -------------------------------------------------------


def test_adds_four_columns_per_cleaned_column(small: namenorm.Resolver) -> None:
    data = b"id,who,where\n1,Atambajev,Bishkek\n2,Jeenbekov,Frunze\n3,Nobody Known,\n4,  ,Helsingfors\n"
    out, summary = run(data, ["who", "where"], small)
    rows = rows_of(out)
    assert rows[0] == ["id", "who", "where"] + [f"{c}_{f}" for c in ("who", "where") for f in CleanOptions().added]
    assert rows[1][3:] == ["Almazbek Atambayev", "Q1", rows[1][5], "matched", "Bishkek", "Q4", rows[1][9], "matched"]
    assert rows[2][3:5] == ["Sooronbay Jeenbekov", "Q2"]  # the more prominent of two brothers
    assert rows[3][6] == "unmatched" and rows[3][10] == "empty"
    assert rows[4][6] == "empty" and rows[4][7:9] == ["Helsinki", "Q5"]
    assert summary.rows == 4  # type: ignore[attr-defined]


def test_ambiguous_is_told_apart_from_unmatched() -> None:
    gaz = namenorm.Gazetteer.from_records(
        [
            {"id": "a", "name": "Asylbek Jeenbekov", "type": "PER"},
            {"id": "b", "name": "Sooronbay Jeenbekov", "type": "PER"},
        ]
    )
    resolver = namenorm.Resolver(gaz)
    res = resolve_value(resolver, "Jeenbekov")
    assert res.status == "ambiguous"
    assert {c.split(" (")[0] for c in res.candidates} == {"Asylbek Jeenbekov", "Sooronbay Jeenbekov"}
    assert resolve_value(resolver, "Quite Someone Else").status == "unmatched"
    assert resolve_value(resolver, "").status == "empty"


def test_replace_mode_writes_canonical_names_and_keeps_the_rest(small: namenorm.Resolver) -> None:
    data = b"who,n\nAtambajev,1\nNobody Known,2\n"
    out, _ = run(data, ["who"], small, mode="replace")
    assert rows_of(out) == [["who", "n"], ["Almazbek Atambayev", "1"], ["Nobody Known", "2"]]
    out, _ = run(data, ["who"], small, mode="replace", fields=("id", "status"))
    assert rows_of(out)[1] == ["Almazbek Atambayev", "1", "Q1", "matched"]


def test_report_counts_unresolved_values_most_frequent_first(small: namenorm.Resolver) -> None:
    data = b"who\nNobody\nSomebody\nNobody\nAtambajev\n"
    _, summary = run(data, ["who"], small)
    report = io.StringIO()
    summary.write_report(report)  # type: ignore[attr-defined]
    lines = report.getvalue().splitlines()
    assert lines[0] == "column,value,status,rows,candidates"
    assert lines[1:] == ["who,Nobody,unmatched,2,", "who,Somebody,unmatched,1,"]


# -- nothing lost ---------------------------------------------------------------


def test_quoting_newlines_bom_and_crlf_survive(small: namenorm.Resolver) -> None:
    data = '\ufeffid,who,note\r\n1,Atambajev,"two\r\nlines, ""quoted"""\r\n2,"Bishkek",\r\n'.encode()
    out, _ = run(data, ["who"], small)
    assert out.startswith("\ufeff".encode())
    assert b"\r\n" in out and out.count(b"\n") == out.count(b"\r\n")
    rows = rows_of(out[3:])
    assert rows[1][:3] == ["1", "Atambajev", 'two\r\nlines, "quoted"']
    assert rows[2][:3] == ["2", "Bishkek", ""]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiter_is_sniffed(small: namenorm.Resolver, delimiter: str) -> None:
    data = f"id{delimiter}who\n1{delimiter}Atambajev\n2{delimiter}Bishkek\n".encode()
    out, summary = run(data, ["who"], small)
    assert summary.delimiter == delimiter  # type: ignore[attr-defined]
    assert rows_of(out, delimiter)[1][2:4] == ["Almazbek Atambayev", "Q1"]


def test_sniffer_mistake_is_corrected_by_the_header(small: namenorm.Resolver) -> None:
    # Commas inside the values make the sniffer pick ","; the header says ";".
    data = b"who;note\nAtambajev;a, b, c\nBishkek;d, e, f\n"
    out, summary = run(data, ["who"], small)
    assert summary.delimiter == ";"  # type: ignore[attr-defined]
    assert rows_of(out, ";")[1][:3] == ["Atambajev", "a, b, c", "Almazbek Atambayev"]


def test_ragged_and_malformed_rows_are_passed_through_with_line_numbers(small: namenorm.Resolver) -> None:
    data = b'id,who,x\n1,Atambajev\n2,Bishkek,x,extra\n3,"bad"quote,y\n\n4,Frunze,z\n'
    out, summary = run(data, ["who"], small)
    text = out.decode()
    assert '3,"bad"quote,y\n' in text  # copied byte for byte
    rows = rows_of(out)
    assert rows[1] == ["1", "Atambajev", "", "Almazbek Atambayev", "Q1", rows[1][5], "matched"]
    assert rows[2] == ["2", "Bishkek", "x", "extra"]  # too long: unchanged, nothing added
    assert rows[4] == []  # the blank line stays
    assert rows[5][:4] == ["4", "Frunze", "z", "Bishkek"]
    assert summary.padded == [2]  # type: ignore[attr-defined]
    assert [line for line, _ in summary.malformed] == [3, 4]  # type: ignore[attr-defined]
    assert summary.rows == 4 and summary.blank == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("policy", ["keep", "replace"])
def test_invalid_utf8_is_reported_and_kept_or_replaced(small: namenorm.Resolver, policy: str) -> None:
    data = b"who,note\nAtambajev,caf\xe9\nBish\xffkek,ok\n"
    out, summary = run(data, ["who"], small, errors=policy)
    assert summary.invalid_lines == [2, 3]  # type: ignore[attr-defined]
    if policy == "keep":
        assert b"caf\xe9" in out and b"Bish\xffkek" in out
    else:
        assert "caf\ufffd".encode() in out and b"\xe9" not in out
    assert rows_of(out)[1][2] == "Almazbek Atambayev"


def test_invalid_utf8_fails_with_the_line_when_asked(small: namenorm.Resolver) -> None:
    with pytest.raises(CleanError, match="line 3"):
        run(b"who\nAtambajev\nBish\xffkek\n", ["who"], small, errors="fail")


def test_other_encodings_and_unencodable_canonical_names(small: namenorm.Resolver) -> None:
    gaz = namenorm.Gazetteer.from_records([{"id": "z", "name": "Žilina", "type": "LOC", "aliases": ["Zsolna"]}])
    data = "who,note\nZsolna,Ä\n".encode("latin-1")
    out, _ = run(data, ["who"], namenorm.Resolver(gaz), encoding="latin-1")
    assert rows_of(out, encoding="latin-1")[1] == ["Zsolna", "Ä", "Zilina", "z", "1.000", "matched"]


def test_formula_guard(small: namenorm.Resolver) -> None:
    assert guard_formula("=1+2") == "'=1+2" and guard_formula("@x") == "'@x" and guard_formula("Putin") == "Putin"
    gaz = namenorm.Gazetteer.from_records([{"id": "=cmd", "name": "+Plus Group", "aliases": ["Plus"]}])
    data = b"who\nPlus\n=untouched\n"
    out, _ = run(data, ["who"], namenorm.Resolver(gaz))
    rows = rows_of(out)
    assert rows[1][1:3] == ["'+Plus Group", "'=cmd"]
    assert rows[2][0] == "=untouched"  # a cell namenorm does not write is never changed
    out, _ = run(data, ["who"], namenorm.Resolver(gaz), guard_formulas=False)
    assert rows_of(out)[1][1:3] == ["+Plus Group", "=cmd"]


def test_column_errors(small: namenorm.Resolver) -> None:
    with pytest.raises(CleanError, match="no column 'nope'"):
        run(b"a,b\n1,2\n", ["nope"], small)
    with pytest.raises(CleanError, match="more than once"):
        run(b"who,who\n1,2\n", ["who"], small)
    with pytest.raises(CleanError, match="already has column 'who_canonical'"):
        run(b"who,who_canonical\n1,2\n", ["who"], small)
    out, summary = run(b"", ["who"], small)
    assert out == b"" and summary.rows == 0  # type: ignore[attr-defined]


# -- files: atomic output, in place -------------------------------------------------


def test_output_is_atomic_and_input_is_protected(tmp_path: Path, small: namenorm.Resolver) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(b"who\nAtambajev\n")
    with pytest.raises(CleanError, match="the output is the input"):
        clean_csv(source, source, ["who"], resolver=small)
    target = tmp_path / "out.csv"
    target.write_bytes(b"old content\n")
    with pytest.raises(CleanError):
        clean_csv(source, target, ["missing"], resolver=small)
    assert target.read_bytes() == b"old content\n"  # a failure leaves the old file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]  # no temporary file left
    clean_csv(source, source, ["who"], resolver=small, in_place=True)
    assert b"Almazbek Atambayev" in source.read_bytes()


def test_jobs_use_processes_and_give_the_same_answer(small: namenorm.Resolver) -> None:
    names = ["Atambajev", "Bishkek", "Frunze", "Helsingfors", "Nobody"] + [f"Name{i}" for i in range(400)]
    data = ("who\n" + "\n".join(names * 2) + "\n").encode()
    one, _ = run(data, ["who"], small)
    two, summary = run(data, ["who"], small, jobs=2)
    assert one == two and summary.rows == 2 * len(names)  # type: ignore[attr-defined]


def test_memory_is_bounded_by_the_cache(small: namenorm.Resolver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(namenorm.cache.BUDGETS, "io.values", 2_000)
    data = ("who\n" + "\n".join(f"Person {i}" for i in range(3000)) + "\n").encode()
    out, summary = run(data, ["who"], small, batch_rows=50, report_limit=10)
    assert len(rows_of(out)) == 3001
    assert len(summary.unresolved) == 10 and summary.unresolved_overflow == 2990  # type: ignore[attr-defined]


def test_a_cache_that_forgets_never_loses_a_row(small: namenorm.Resolver, monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding 1 of issue 22: the cache evicted values its own batch still needed (KeyError, no output).
    monkeypatch.setitem(namenorm.cache.BUDGETS, "io.values", 300)
    data = b"name\n" + b"Atambajev\nb1\nb2\nAtambajev\nc1\nc2\n" * 50
    out, summary = run(data, ["name"], small, batch_rows=3)
    table = rows_of(out)
    assert len(table) == 1 + 6 * 50 and summary.matched == 100  # type: ignore[attr-defined]
    assert all(row[1] == "Almazbek Atambayev" for row in table[1:] if row[0] == "Atambajev")


@settings(max_examples=40, deadline=None)
@given(
    values=st.lists(st.sampled_from(["Atambajev", "Bakiyev", "x", " ", "Frunze", "y" * 90]), min_size=1, max_size=60),
    batch=st.integers(1, 7),
    budget=st.integers(0, 400),
)
def test_any_cache_budget_and_batch_size_keep_every_row(values: list[str], batch: int, budget: int) -> None:
    resolver = _small()
    saved = namenorm.cache.BUDGETS["io.values"]
    namenorm.cache.BUDGETS["io.values"] = budget
    try:
        out, _summary = run(("who\n" + "\n".join(values) + "\n").encode(), ["who"], resolver, batch_rows=batch)
    finally:
        namenorm.cache.BUDGETS["io.values"] = saved
    table = rows_of(out)
    assert [row[0] for row in table[1:]] == values
    expected = {v: resolve_value(resolver, v).status for v in set(values)}
    assert [row[4] for row in table[1:]] == [expected[v] for v in values]


@functools.lru_cache(maxsize=1)
def _small() -> namenorm.Resolver:
    return namenorm.Resolver(namenorm.Gazetteer.from_records(SMALL_RECORDS))


# -- the property: every row, every untouched cell --------------------------------

CELL = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(",;\t|\"'\r\n =+-@ \ufeff")),
        st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
        st.sampled_from(["\udcff", "\udce9", "\udcc3"]),  # invalid bytes, kept as they were
    ),
    max_size=12,
)
HEADER = ["id", "name", "note"]


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, str, list[list[str]]]:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    terminator = draw(st.sampled_from(["\n", "\r\n"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=5), max_size=12))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=terminator, quoting=quoting)
    writer.writerow(HEADER)
    writer.writerows(rows)
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + buffer.getvalue()).encode("utf-8", errors="surrogateescape"), delimiter, rows


def as_bytes(cell: str) -> bytes:
    return cell.encode("utf-8", errors="surrogateescape")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=csv_files(), given_delimiter=st.booleans(), mode=st.sampled_from(["add", "replace"]))
def test_every_row_and_every_untouched_cell_survive(
    small: namenorm.Resolver, case: tuple[bytes, str, list[list[str]]], given_delimiter: bool, mode: str
) -> None:
    data, delimiter, _written = case
    # What the input holds is what it parses as (the csv module writes a lone
    # "\r" cell unquoted, which reads back as a line end).
    rows = rows_of(data.removeprefix(b"\xef\xbb\xbf"), delimiter)[1:]
    out, summary = run(data, ["name"], small, delimiter=delimiter if given_delimiter else None, mode=mode)
    if out.startswith(b"\xef\xbb\xbf"):
        assert data.startswith(b"\xef\xbb\xbf")
        out = out[3:]
    written = rows_of(out, delimiter)
    added = 4 if mode == "add" else 0
    assert written[0] == HEADER + ([f"name_{f}" for f in ("canonical", "id", "score", "status")] if added else [])
    assert len(written) == len(rows) + 1  # every row, in order
    for before, after in zip(rows, written[1:], strict=True):
        if not before or len(before) > len(HEADER):  # blank or too long: unchanged
            assert [as_bytes(c) for c in after] == [as_bytes(c) for c in before]
            continue
        kept = [i for i in range(len(before)) if not (mode == "replace" and i == 1)]
        assert [as_bytes(after[i]) for i in kept] == [as_bytes(before[i]) for i in kept]
        assert after[len(before) : len(HEADER)] == [""] * (len(HEADER) - len(before))  # padding only
        assert len(after) == len(HEADER) + added
        if mode == "replace" and len(before) > 1 and after[1] != before[1]:
            assert after[1] in {e.name for e in small.gazetteer} or after[1].lstrip("'") in {
                e.name for e in small.gazetteer
            }
    assert summary.rows == sum(1 for r in rows if r)  # type: ignore[attr-defined]


def test_no_temporary_files_left_after_success(tmp_path: Path, small: namenorm.Resolver) -> None:
    source = tmp_path / "a.csv"
    source.write_text("who\nAtambajev\n", encoding="utf-8")
    clean_csv(source, tmp_path / "b.csv", ["who"], resolver=small)
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.csv"]


@pytest.mark.parametrize("terminator", ["\n", "\r", "\r\n"])
def test_a_lone_line_end_character_in_a_cell_stays_in_its_cell(small: namenorm.Resolver, terminator: str) -> None:
    cells = [["a\rb", "Atambajev"], ["c\nd", "Bishkek"], ["e\r\nf", ""]]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=terminator, quoting=csv.QUOTE_ALL).writerows([["note", "who"], *cells])
    out, _ = run(buffer.getvalue().encode(), ["who"], small)
    assert [row[:2] for row in rows_of(out)[1:]] == cells


@pytest.mark.parametrize("batch_rows", [1, 2, 3])
def test_batch_boundaries_change_nothing(small: namenorm.Resolver, batch_rows: int) -> None:
    data = b'id,who,x\n1,Atambajev\n2,"Bish\xffkek",x,extra\n3,"bad"quote,y\n\n4,Frunze,z\n5,"unterminated\n'
    whole, expected = run(data, ["who"], small)
    out, summary = run(data, ["who"], small, batch_rows=batch_rows)
    assert out == whole
    for attribute in ("rows", "padded", "malformed", "invalid_lines", "blank"):
        assert getattr(summary, attribute) == getattr(expected, attribute)
    assert [line for line, _ in expected.malformed] == [3, 4, 7]  # type: ignore[attr-defined]
    assert out.endswith(b'5,"unterminated\n')  # the rejected last record, as it was


# -- issue 22 --------------------------------------------------------------------


def test_sniffing_is_linear_on_quote_heavy_input(small: namenorm.Resolver) -> None:
    # csv.Sniffer took 43 s on the first and 106 s on the second.
    for data in (("name\n" + ',"x' * 420 + "\n") * 50, "name\n" + ',"x' * 40_000 + "\n"):
        started = time.perf_counter()
        out, _summary = run(data.encode(), ["name"], small)
        assert time.perf_counter() - started < 5 and out.count(b"\n") == data.count("\n")


def test_a_one_column_file_of_surname_comma_given(small: namenorm.Resolver) -> None:
    out, summary = run(b"name\nAtambayev, Almazbek\nBakiyev, Kurmanbek\n", ["name"], small)
    table = rows_of(out)
    assert table[1][:2] == ["Atambayev, Almazbek", "Almazbek Atambayev"] and summary.matched >= 1  # type: ignore[attr-defined]


def test_cells_longer_than_the_csv_module_allows(small: namenorm.Resolver) -> None:
    long = "x" * 200_000
    out, summary = run(f"name,note\nAtambajev,{long}\n{long},1\n".encode(), ["name"], small)
    table = rows_of(out)
    assert table[1][1] == long and table[1][2] == "Almazbek Atambayev" and table[2][0] == long
    assert summary.malformed == [] and summary.rows == 2  # type: ignore[attr-defined]


def test_cache_is_bounded_by_size_not_count(small: namenorm.Resolver) -> None:
    from namenorm.cache import SizedCache

    cache = SizedCache[str, int](1_000_000)
    for i in range(1_000):
        cache.put(f"{i:05d}" + "x" * 100_000, i)  # 1,000 distinct 100 KB cells
    assert cache.size <= 1_000_000 and len(cache) <= 10


def test_a_legacy_encoding_is_named(small: namenorm.Resolver) -> None:
    data = "name\nMüller\nAtambajev\nJürgen Groß\n".encode("cp1252")
    out, summary = run(data, ["name"], small)
    assert summary.encodings[0] == "cp1252" and "give --encoding cp1252" in summary.text()  # type: ignore[attr-defined]
    assert rows_of(out)[1][-1] == "unmatched"  # M\udcfcller is not guessed at
    cyrillic = "name\nАтамбаев\nПутин\n".encode("cp1251")
    assert run(cyrillic, ["name"], small)[1].encodings[0] == "cp1251"  # type: ignore[attr-defined]
    _out, right = run(data, ["name"], small, encoding="cp1252")
    assert right.invalid_count == 0  # type: ignore[attr-defined]
