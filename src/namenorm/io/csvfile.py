"""A byte-exact CSV reader and writer: what ``namenorm clean`` reads and
writes a file with, apart from what it does to the cells.

- **Lines as they were.** The reader keeps the decoded lines of the record
  being parsed, so that a record the CSV parser rejects is copied to the
  output byte for byte, and every problem is reported with its line number.
- **Invalid bytes** decode to lone surrogates (``surrogateescape``) and are
  written back as the same bytes; a line holding some is found as it passes
  (`Lines`), so that only inputs that have invalid bytes pay for looking.
- **The delimiter** is sniffed among ``, ; tab |`` from at most
  `SNIFF_LINES` lines and `SNIFF_CHARS` characters by parsing them with
  each (the C parser, linear in the sample: ``csv.Sniffer``'s regular
  expressions are quadratic on quote-heavy input). A header of one cell
  means a file of one column: its cells may hold commas (``Putin,
  Vladimir``), so it is read whole, and written with commas.
- **Cells of any length**: the parser's field limit (131,072 characters by
  default) is raised to `MAX_CELL`.
- **Minimal quoting** on output, and every cell quoted only in a row where a
  cell holds a line-end character the minimal quoting of Python < 3.12 would
  leave bare.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import regex

__all__ = [
    "DELIMITERS",
    "MAX_CELL",
    "Batch",
    "Lines",
    "Writer",
    "check_encoding",
    "header_cells",
    "open_source",
    "read_batch",
    "reader",
    "sniff",
    "strip_bom",
]

#: Delimiters tried when none is given, most common first.
DELIMITERS = ",;\t|"
#: What the delimiter is sniffed from: at most this many lines, and characters.
SNIFF_LINES = 50
SNIFF_CHARS = 1 << 16
#: The longest cell read (the csv module's field limit, raised from 131,072).
MAX_CELL = (1 << 31) - 1
#: How a file of one column is read: by a delimiter no text uses.
ONE_COLUMN = "\x1f"
SURROGATES = regex.compile(r"[\udc80-\udcff]")


def check_encoding(encoding: str) -> str:
    """The codec name of a text encoding, or a ValueError naming the fix
    (``rot13`` is a codec, but not one of text to bytes).

    Examples:
        >>> check_encoding("UTF8"), check_encoding("latin-1")
        ('utf-8', 'iso8859-1')
        >>> check_encoding("rot13")
        Traceback (most recent call last):
        ...
        ValueError: 'rot13' is not a text encoding; give one such as utf-8, cp1252 or cp1251
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError):
        raise ValueError(f"unknown encoding {encoding!r}; give one such as utf-8, cp1252 or cp1251") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"{encoding!r} is not a text encoding; give one such as utf-8, cp1252 or cp1251")
    return info.name


class Lines:
    """The decoded lines of the input, remembering those of the record being
    parsed (to copy a rejected row as it was, and to number lines), and
    noting lines that hold invalid bytes as they pass."""

    __slots__ = ("invalid_seen", "iterator", "number", "odd", "odd_seen", "pending")

    def __init__(self, source: Iterator[str], terminator: str = "\n") -> None:
        self.pending: list[str] = []
        self.number = 0  # lines before the pending ones
        self.invalid_seen = False
        # A line ending in the other line-end character (a lone "\r" in a file of
        # "\n" lines) is a cell holding it; the csv module of Python < 3.12 does
        # not quote such a cell unless it holds the output's own line end.
        self.odd = {"\n": "\r", "\r": "\n"}.get(terminator)
        self.odd_seen = False
        self.iterator = self._generate(source)

    def _generate(self, source: Iterator[str]) -> Iterator[str]:
        append = self.pending.append
        odd = self.odd
        search = SURROGATES.search
        for line in source:
            append(line)
            if not line.isascii() and search(line):
                self.invalid_seen = True
            if odd is not None and line[-1:] == odd and line[-2:] != "\r\n":
                self.odd_seen = True
            yield line

    def invalid(self, start: int) -> list[int]:
        """The numbers of the pending lines (numbered from ``start``) that hold invalid bytes."""
        return [start + k for k, line in enumerate(self.pending) if not line.isascii() and SURROGATES.search(line)]


@dataclass
class Batch:
    """Rows read together: parsed rows (None for a record the parser rejected),
    their first line numbers, the rejected records' text and reason, and the
    lines with invalid bytes."""

    rows: list[list[str] | None] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    rejected: dict[int, tuple[str, str]] = field(default_factory=dict)
    odd: bool = False  # a cell may hold a line-end character the output does not end lines with
    invalid: list[int] = field(default_factory=list)
    invalid_text: list[str] = field(default_factory=list)


def sniff(sample: list[str], given: str | None) -> str:
    """The delimiter of the lines ``sample`` (the header first): the one of
    `DELIMITERS` that splits the header into the most cells and the rows into
    as many as the header; `ONE_COLUMN` when none splits the header.

    Examples:
        >>> sniff(["id;name\\n", "1;Putin\\n"], None), sniff(["a|b\\n", "1|2\\n"], None)
        (';', '|')
        >>> sniff(["name\\n", "Putin, Vladimir\\n"], None) == ONE_COLUMN
        True
    """
    if given is not None:
        return given
    lines = sample[:SNIFF_LINES]
    best: tuple[int, int, int] | None = None
    chosen = ONE_COLUMN
    for rank, delimiter in enumerate(DELIMITERS):
        if delimiter not in lines[0]:
            continue
        try:
            records = list(csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True))
        except csv.Error:
            continue
        records = [r for r in records if r]
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        fits = sum(1 for r in records[1:] if len(r) == width)
        score = (fits, width, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def reader(lines: Iterable[str], delimiter: str) -> Any:
    """A strict CSV reader of ``lines``."""
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    return csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)


def header_cells(text: str, delimiter: str) -> list[str] | None:
    """The cells of the header ``text`` split by ``delimiter`` (None if it is no valid CSV)."""
    try:
        return next(reader(io.StringIO(text, newline=""), delimiter), [])
    except csv.Error:
        return None


def read_batch(rows: Any, lines: Lines, size: int, width: int, delimiter: str) -> Batch:
    """Read up to ``size`` rows. The common case (no parser error, no invalid
    bytes, every row as wide as the header) is read in one call into C; any
    other batch is read again from its lines, row by row, to number its lines
    and keep the text of the rows the parser rejects."""
    lines.number += len(lines.pending)
    lines.pending.clear()
    first = lines.number + 1
    batch = Batch()
    lines.invalid_seen = False
    try:
        parsed: list[list[str]] | None = list(itertools.islice(rows, size))
    except csv.Error:
        parsed = None
    invalid = lines.invalid_seen
    batch.odd = lines.odd_seen
    lines.odd_seen = False
    if parsed is not None and not invalid and (not parsed or set(map(len, parsed)) == {width}):
        batch.rows.extend(parsed)
        return batch
    # Again, row by row: first the lines the reader has consumed ...
    consumed = list(lines.pending)
    seen: list[str] = []

    def replay() -> Iterator[str]:
        for line in consumed:
            seen.append(line)
            yield line

    _parse_rows(reader(replay(), delimiter), seen, first, batch, size)
    if parsed is None:  # ... then, after a rejected row, the rest of the batch
        _parse_rows(rows, lines.pending, first, batch, size)
    if invalid or lines.invalid_seen:
        batch.invalid = lines.invalid(first)
        batch.invalid_text = [lines.pending[n - first] for n in batch.invalid[:8]]
    return batch


def _parse_rows(rows: Any, pending: list[str], first: int, batch: Batch, size: int) -> None:
    """Rows with their first line numbers; a rejected record's lines kept as text.
    ``pending`` fills with the lines the reader consumes (the first numbered ``first``)."""
    while len(batch.rows) < size:
        k = len(pending)
        try:
            row: list[str] | None = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            row = None
            batch.rejected[len(batch.rows)] = ("".join(pending[k:]), str(exc))
        batch.rows.append(row)
        batch.starts.append(first + k)


class Writer:
    """Writes rows with minimal quoting, or every cell quoted when a cell holds
    a line-end character that minimal quoting would leave bare; and copies
    rejected records as they were."""

    def __init__(self, out: io.TextIOWrapper, delimiter: str, terminator: str) -> None:
        self.out = out
        self.minimal = csv.writer(
            out, delimiter=delimiter, quotechar='"', lineterminator=terminator, quoting=csv.QUOTE_MINIMAL
        )
        self.quoted = csv.writer(out, delimiter=delimiter, lineterminator=terminator, quoting=csv.QUOTE_ALL)

    def writerow(self, row: list[str], odd: bool) -> None:
        """Write one row."""
        if odd and any("\r" in c or "\n" in c for c in row):
            self.quoted.writerow(row)
        else:
            self.minimal.writerow(row)

    def writerows(self, rows: list[list[str]]) -> None:
        """Write well-formed rows with minimal quoting, in one call into C."""
        self.minimal.writerows(rows)

    def copy(self, text: str) -> None:
        """Copy the text of a record the parser rejected, as it was."""
        self.out.write(text)


def open_source(source: str | os.PathLike[str] | BinaryIO) -> tuple[BinaryIO, bool, int | None]:
    """The input as a binary stream, whether this function opened it, and
    its size when it is a regular file (for progress). Raises OSError."""
    if isinstance(source, str | os.PathLike):
        stream: BinaryIO = open(source, "rb", buffering=1 << 20)  # noqa: SIM115 (closed by the caller)
        try:
            status = os.fstat(stream.fileno())
            total: int | None = status.st_size if _is_regular(status.st_mode) else None
        except OSError:
            total = None
        return stream, True, total
    return source, False, None


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def strip_bom(stream: BinaryIO, encoding: str) -> bool:
    """Skip a UTF-8 byte order mark (to write it back), when the encoding is UTF-8."""
    if codecs.lookup(encoding).name != "utf-8":
        return False
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head = peek(3)[:3]
    elif stream.seekable():
        position = stream.tell()
        head = stream.read(3)
        stream.seek(position)
    else:
        return False
    if head == codecs.BOM_UTF8:
        stream.read(3)
        return True
    return False
