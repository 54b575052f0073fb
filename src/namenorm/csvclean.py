"""Streaming CSV column cleaning: resolve the names in some columns of a CSV file.

[`clean_csv`][namenorm.csvclean.clean_csv] reads a CSV file row by row and writes it back with, for
every cleaned column ``NAME``, the columns ``NAME_canonical``, ``NAME_id``,
``NAME_score`` and ``NAME_status`` added after the existing ones (``mode="add"``),
or with the column's values replaced by the canonical names
(``mode="replace"``). It is built for files far larger than memory and for
pipelines that must not lose data:

- **Bounded memory.** Rows are read, resolved and written in batches; only
  the cache of resolved values (bounded, `CleanOptions.cache_size`) and
  the counts of unresolved values for the report (bounded,
  `CleanOptions.report_limit`) grow, never with the number of rows.
- **Nothing lost.** Every row comes out, in order, and every cell namenorm
  does not write keeps its value. Quoted cells, embedded newlines, ``;``,
  tab and ``|`` delimiters (sniffed, or given), a UTF-8 byte order mark
  (kept) and ragged rows are handled. A row shorter than the header is
  padded with empty cells before the added columns; a row longer than the
  header is malformed: it is passed through unchanged, without added cells.
  A row the CSV parser rejects (a quote in the wrong place) is copied to the
  output as it was, byte for byte. Both are reported with their line numbers.
- **Invalid bytes** (text that is not valid in the input encoding) follow
  `CleanOptions.errors`: ``"keep"`` (the default) writes the bytes
  back unchanged and resolves the rest of the cell, ``"replace"`` writes
  U+FFFD instead, ``"fail"`` stops with a [`CleanError`][namenorm.csvclean.CleanError] naming the
  line. The lines are reported in every case; nothing stops half-way.
- **Atomic output.** Written to a path, the output goes to a temporary file
  in the same folder first and is renamed over the target only when
  complete; a failure leaves the old file (or none) in place. Writing over
  the input is refused unless ``in_place=True``.
- **Fast on repeats.** Each distinct value is resolved once (cached);
  ``jobs > 1`` resolves new distinct values in worker processes.
- **Spreadsheet-safe.** A cell namenorm writes that starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return would run as a formula when the
  file is opened in a spreadsheet: it is prefixed with ``'``
  (``guard_formulas``, on by default). Cells it does not write are never
  touched.

Examples:
    >>> import io
    >>> source = io.BytesIO("id,who\\n1,Atambajev\\n2,Nobody Atall\\n3,\\n".encode())
    >>> target = io.BytesIO()
    >>> summary = clean_csv(source, target, ["who"])
    >>> print(target.getvalue().decode().replace("\\r", ""), end="")  # doctest: +ELLIPSIS
    id,who,who_canonical,who_id,who_score,who_status
    1,Atambajev,Almazbek Atambayev,almazbek-atambayev,0...,matched
    2,Nobody Atall,,,,unmatched
    3,,,,,empty
    >>> summary.rows, summary.matched, summary.unmatched, summary.empty
    (3, 1, 1, 1)
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import io
import itertools
import multiprocessing
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, cast

import regex
from unidecode import unidecode

from .errors import CleanError
from .resolver import Match, Resolver

__all__ = [
    "FIELDS",
    "STATUSES",
    "CleanError",
    "CleanOptions",
    "CleanSummary",
    "Progress",
    "Resolution",
    "clean_csv",
    "guard_formula",
    "resolve_value",
]

#: The columns added per cleaned column, in order (``NAME_canonical`` ...).
FIELDS: tuple[str, ...] = ("canonical", "id", "score", "status")
#: The values of ``NAME_status``.
STATUSES: tuple[str, ...] = ("matched", "ambiguous", "unmatched", "empty")
#: Delimiters tried when none is given, most common first.
DELIMITERS = ",;\t|"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SURROGATES = regex.compile(r"[\udc80-\udcff]")
#: How many problem line numbers the summary keeps, per kind of problem.
MAX_LINES_KEPT = 100


@dataclass(frozen=True)
class CleanOptions:
    """How [`clean_csv`][namenorm.csvclean.clean_csv] cleans. Every field has a documented default.

    Attributes:
        lang: language hint passed to the resolver (ISO 639-1), or None.
        mode: ``"add"`` adds columns after the existing ones; ``"replace"``
            writes the canonical name over each matched value (other values
            stay as they are) and adds only the ``fields`` asked for.
        fields: the added columns per cleaned column, from `FIELDS`;
            None means all four in ``"add"`` mode and none in ``"replace"``.
        delimiter: the field delimiter; None sniffs it from the first lines
            among ``,`` ``;`` tab ``|`` (and checks it against the header).
        encoding: the encoding of the input and the output.
        errors: invalid bytes in the input: ``"keep"`` (written back as they
            were), ``"replace"`` (U+FFFD) or ``"fail"`` (stop, naming the line).
        guard_formulas: prefix ``'`` to written cells that a spreadsheet would
            run as formulas.
        jobs: worker processes resolving new distinct values (1: none).
        batch_rows: rows read before the new distinct values are resolved.
        cache_size: distinct values remembered; the oldest half is forgotten
            when it is full.
        report_limit: distinct unresolved values counted for the report.

    Examples:
        >>> opts = CleanOptions(lang="fi", mode="replace", fields=("status",))
        >>> opts.lang, opts.delimiter, opts.errors, opts.added
        ('fi', None, 'keep', ('status',))
        >>> CleanOptions(mode="overwrite")
        Traceback (most recent call last):
        ...
        ValueError: mode must be 'add' or 'replace', not 'overwrite'
    """

    lang: str | None = None
    mode: Literal["add", "replace"] = "add"
    fields: tuple[str, ...] | None = None
    delimiter: str | None = None
    encoding: str = "utf-8"
    errors: Literal["keep", "replace", "fail"] = "keep"
    guard_formulas: bool = True
    jobs: int = 1
    batch_rows: int = 20_000
    cache_size: int = 1 << 18
    report_limit: int = 1 << 20

    def __post_init__(self) -> None:
        if self.mode not in ("add", "replace"):
            raise ValueError(f"mode must be 'add' or 'replace', not {self.mode!r}")
        if self.errors not in ("keep", "replace", "fail"):
            raise ValueError(f"errors must be 'keep', 'replace' or 'fail', not {self.errors!r}")
        unknown = [f for f in self.fields or () if f not in FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; use {', '.join(FIELDS)}")
        if self.delimiter is not None and len(self.delimiter) != 1:
            raise ValueError("the delimiter must be one character")
        if self.jobs < 1 or self.batch_rows < 1 or self.cache_size < 1 or self.report_limit < 0:
            raise ValueError("jobs, batch_rows and cache_size must be positive, report_limit >= 0")
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise ValueError(f"unknown encoding {self.encoding!r}") from None

    @property
    def added(self) -> tuple[str, ...]:
        """The added fields, resolved from ``fields`` and ``mode``.

        Examples:
            >>> CleanOptions().added, CleanOptions(mode="replace").added
            (('canonical', 'id', 'score', 'status'), ())
            >>> CleanOptions(mode="replace", fields=("id", "status")).added
            ('id', 'status')
        """
        if self.fields is not None:
            return self.fields
        return FIELDS if self.mode == "add" else ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """What one distinct value resolved to.

    Attributes:
        status: one of `STATUSES`.
        canonical: the entity's name ("" unless matched).
        id: the entity's id ("" unless matched).
        score: the score ("" unless matched; three decimals).
        candidates: for an ambiguous value, the names of the entities it is
            torn between.

    Examples:
        >>> import namenorm
        >>> brothers = namenorm.Resolver(namenorm.Gazetteer.from_records([
        ...     {"id": "sj", "name": "Sooronbay Jeenbekov", "type": "PER"},
        ...     {"id": "aj", "name": "Asylbek Jeenbekov", "type": "PER"}]))
        >>> resolve_value(brothers, "Sooronbai Jeenbekov")  # doctest: +ELLIPSIS
        Resolution(status='matched', canonical='Sooronbay Jeenbekov', id='sj', score='0...', candidates=())
        >>> resolve_value(brothers, "Jeenbekov").candidates
        ('Asylbek Jeenbekov (aj)', 'Sooronbay Jeenbekov (sj)')
        >>> resolve_value(brothers, "Bakiyev").status
        'unmatched'
    """

    status: str
    canonical: str = ""
    id: str = ""
    score: str = ""
    candidates: tuple[str, ...] = ()


def resolve_value(resolver: Resolver, value: str, lang: str | None = None) -> Resolution:
    """Resolve one cell value, telling "ambiguous" apart from "unmatched"
    ([`Resolver.decide`][namenorm.Resolver.decide]).

    Examples:
        >>> import namenorm
        >>> r = namenorm.default_resolver()
        >>> resolve_value(r, "Atambajev").status, resolve_value(r, "  ").status
        ('matched', 'empty')
    """
    decision = resolver.decide(value, lang=lang)
    match = decision.match
    if match is not None:
        return Resolution("matched", match.entity.name, match.entity.id, f"{match.score:.3f}")
    if decision.status == "ambiguous":
        return Resolution("ambiguous", candidates=tuple(_names(decision.rivals)))
    return Resolution(decision.status)


def _names(matches: Iterable[Match]) -> Iterator[str]:
    seen = set()
    for m in matches:
        if m.entity.id not in seen:
            seen.add(m.entity.id)
            yield f"{m.entity.name} ({m.entity.id})"


def guard_formula(cell: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (OWASP "CSV injection").

    Examples:
        >>> guard_formula("=HYPERLINK(1)"), guard_formula("Putin")
        ("'=HYPERLINK(1)", 'Putin')
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


@dataclass
class CleanSummary:
    """What [`clean_csv`][namenorm.csvclean.clean_csv] did: counts, problems with line numbers, and the
    unresolved values for the report.

    Attributes:
        rows: data rows written (the header and blank lines not counted).
        matched, ambiguous, unmatched, empty: cleaned cells by status.
        blank: blank lines passed through.
        padded: rows shorter than the header, padded with empty cells.
        malformed: rows passed through unchanged, ``(line, reason)``.
        invalid_lines: lines with bytes invalid in the encoding.
        delimiter: the delimiter used.
        seconds: the time taken.
        distinct: distinct values resolved (each once; the cache answers repeats).
        resolve_seconds: the part of ``seconds`` spent resolving them.
        unresolved: ``(column, value, status) -> rows`` for unmatched and
            ambiguous values (at most ``report_limit`` distinct values; the
            rest counted in `unresolved_overflow`).
        candidates: the rival entities of each ambiguous value.

    Examples:
        >>> import io, namenorm
        >>> brothers = namenorm.Resolver(namenorm.Gazetteer.from_records([
        ...     {"id": "sj", "name": "Sooronbay Jeenbekov", "type": "PER"},
        ...     {"id": "aj", "name": "Asylbek Jeenbekov", "type": "PER"}]))
        >>> source = io.BytesIO(b"who\\nJeenbekov\\nSooronbai Jeenbekov\\nJeenbekov\\nBakiyev,x\\n")
        >>> summary = clean_csv(source, io.BytesIO(), ["who"], resolver=brothers)
        >>> summary.rows, summary.matched, summary.ambiguous, summary.unmatched, summary.malformed
        (4, 1, 2, 0, [(5, '2 cells where the header has 1')])
        >>> summary.unresolved
        Counter({('who', 'Jeenbekov', 'ambiguous'): 2})
        >>> summary.candidates["Jeenbekov"]
        ('Asylbek Jeenbekov (aj)', 'Sooronbay Jeenbekov (sj)')
    """

    rows: int = 0
    matched: int = 0
    ambiguous: int = 0
    unmatched: int = 0
    empty: int = 0
    blank: int = 0
    padded: list[int] = field(default_factory=list)
    padded_count: int = 0
    malformed: list[tuple[int, str]] = field(default_factory=list)
    malformed_count: int = 0
    invalid_lines: list[int] = field(default_factory=list)
    invalid_count: int = 0
    delimiter: str = ","
    seconds: float = 0.0
    distinct: int = 0
    resolve_seconds: float = 0.0
    unresolved: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    unresolved_overflow: int = 0
    candidates: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def cells(self) -> int:
        """Cleaned cells, all statuses together.

        Examples:
            >>> import io
            >>> source = io.BytesIO(b"a,b\\nAtambajev,\\nNobody Atall,Bishkek\\n")
            >>> clean_csv(source, io.BytesIO(), ["a", "b"]).cells  # two rows, two cleaned columns
            4
        """
        return self.matched + self.ambiguous + self.unmatched + self.empty

    def text(self) -> str:
        """A one-paragraph summary for people (the CLI prints it on stderr).

        Examples:
            >>> import io
            >>> source = io.BytesIO(b"who\\nAtambajev\\nNobody Atall\\nBakiyev,x\\n")
            >>> print(clean_csv(source, io.BytesIO(), ["who"]).text())  # doctest: +ELLIPSIS
            3 rows in ... s (... rows/s): 1 matched, 0 ambiguous, 1 unmatched, 0 empty; 1 malformed row(s) ... (line 4)
        """
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        parts = [
            f"{self.rows:,} rows in {self.seconds:.1f} s ({rate:,.0f} rows/s): "
            f"{self.matched:,} matched, {self.ambiguous:,} ambiguous, "
            f"{self.unmatched:,} unmatched, {self.empty:,} empty"
        ]
        if self.malformed_count:
            lines = ", ".join(str(n) for n, _ in self.malformed[:10])
            more = ", ..." if self.malformed_count > 10 else ""
            parts.append(f"{self.malformed_count:,} malformed row(s) passed through unchanged (line {lines}{more})")
        if self.padded_count:
            lines = ", ".join(map(str, self.padded[:10])) + (", ..." if self.padded_count > 10 else "")
            parts.append(f"{self.padded_count:,} short row(s) padded with empty cells (line {lines})")
        if self.invalid_count:
            lines = ", ".join(map(str, self.invalid_lines[:10])) + (", ..." if self.invalid_count > 10 else "")
            parts.append(f"{self.invalid_count:,} line(s) with invalid bytes (line {lines})")
        return "; ".join(parts)

    def write_report(self, target: IO[str]) -> None:
        """The unmatched and ambiguous values as CSV, most frequent first:
        ``column,value,status,rows,candidates`` — the list to fix a gazetteer from.

        Examples:
            >>> import io, sys
            >>> source = io.BytesIO(b"who\\nNobody Atall\\nAtambajev\\nNobody Atall\\nSomeone Else\\n")
            >>> clean_csv(source, io.BytesIO(), ["who"]).write_report(sys.stdout)
            column,value,status,rows,candidates
            who,Nobody Atall,unmatched,2,
            who,Someone Else,unmatched,1,
        """
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["column", "value", "status", "rows", "candidates"])
        ranked = sorted(self.unresolved.items(), key=lambda kv: (-kv[1], kv[0]))
        for (column, value, status), count in ranked:
            rivals = " | ".join(self.candidates.get(value, ())) if status == "ambiguous" else ""
            writer.writerow([column, _SURROGATES.sub("\ufffd", value), status, count, rivals])
        if self.unresolved_overflow:
            writer.writerow(["", "(other values)", "", self.unresolved_overflow, ""])


#: A progress callback: ``(rows done, bytes read or None, total bytes or None)``.
Progress = Callable[[int, "int | None", "int | None"], None]

# Invalid bytes are decoded to lone surrogates (U+DC80-U+DCFF) by this error
# handler, which writes them back as the same bytes; it counts them, so that
# only an input that has some pays for looking for them.
_DECODE_ERRORS = [0]
_ESCAPE = codecs.lookup_error("surrogateescape")


def _count_and_escape(exc: UnicodeError) -> tuple[str | bytes, int]:
    _DECODE_ERRORS[0] += 1
    return _ESCAPE(exc)


codecs.register_error("namenorm.csvclean", _count_and_escape)


class _Lines:
    """The decoded lines of the input, remembering those of the record being
    parsed (to copy a rejected row as it was, and to number lines)."""

    __slots__ = ("dirty", "errors", "iterator", "mark", "number", "odd", "odd_seen", "pending", "summary")

    def __init__(self, source: Iterator[str], errors: str, summary: CleanSummary, terminator: str = "\n") -> None:
        self.pending: list[str] = []
        self.number = 0  # lines before the pending ones
        self.errors = errors
        self.summary = summary
        self.mark = _DECODE_ERRORS[0]
        self.dirty = False
        # A line ending in the other line-end character (a lone "\r" in a file of
        # "\n" lines) is a cell holding it; the csv module of Python < 3.12 does
        # not quote such a cell unless it holds the output's own line end.
        self.odd = {"\n": "\r", "\r": "\n"}.get(terminator)
        self.odd_seen = False
        self.iterator = self._generate(source)

    def _generate(self, source: Iterator[str]) -> Iterator[str]:
        append = self.pending.append
        odd = self.odd
        if odd is None:
            for line in source:
                append(line)
                yield line
            return
        for line in source:
            append(line)
            if line[-1:] == odd and line[-2:] != "\r\n":
                self.odd_seen = True
            yield line

    def check(self, start: int) -> bool:
        """Look for invalid bytes in the pending lines (numbered from ``start``);
        True when some were found. Raises CleanError under ``errors="fail"``."""
        self.dirty = True
        found = False
        summary = self.summary
        for k, line in enumerate(self.pending):
            if not line.isascii() and _SURROGATES.search(line):
                found = True
                summary.invalid_count += 1
                if len(summary.invalid_lines) < MAX_LINES_KEPT:
                    summary.invalid_lines.append(start + k)
                if self.errors == "fail":
                    raise CleanError(f"line {start + k}: bytes that are not valid in the input encoding")
        return found and self.errors == "replace"


@dataclass
class _Batch:
    """Rows read together: parsed rows (None for a record the parser rejected),
    their first line numbers, and the rejected records' text and reason."""

    rows: list[list[str] | None] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    rejected: dict[int, tuple[str, str]] = field(default_factory=dict)
    odd: bool = False  # a cell may hold a line-end character the output does not end lines with


def _sniff(sample: str, given: str | None) -> str:
    if given is not None:
        return given
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        # One column, or nothing to go by: the most frequent candidate in the
        # first line, else a comma.
        first = sample.split("\n", 1)[0]
        counts = [(first.count(d), -i, d) for i, d in enumerate(DELIMITERS)]
        best = max(counts)
        return best[2] if best[0] else ","


def _reader(lines: Iterable[str], delimiter: str) -> Any:
    return csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)


def _header_cells(text: str, delimiter: str) -> list[str] | None:
    try:
        return next(_reader(io.StringIO(text, newline=""), delimiter), [])
    except csv.Error:
        return None


def _open_source(source: str | os.PathLike[str] | BinaryIO) -> tuple[BinaryIO, bool, int | None]:
    if isinstance(source, str | os.PathLike):
        try:
            stream: BinaryIO = open(source, "rb", buffering=1 << 20)  # noqa: SIM115 (closed by the caller)
        except OSError as exc:
            raise CleanError(f"{os.fspath(source)}: cannot read: {exc.strerror or exc}") from exc
        try:
            total: int | None = os.fstat(stream.fileno()).st_size
        except OSError:
            total = None
        return stream, True, total
    return source, False, None


def _strip_bom(stream: BinaryIO, encoding: str) -> bool:
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


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def clean_csv(
    source: str | os.PathLike[str] | BinaryIO,
    target: str | os.PathLike[str] | BinaryIO,
    columns: Sequence[str],
    *,
    resolver: Resolver | None = None,
    options: CleanOptions | None = None,
    in_place: bool = False,
    progress: Progress | None = None,
    **overrides: Any,
) -> CleanSummary:
    """Clean the name columns ``columns`` of a CSV file (see the module docstring).

    Args:
        source: a path, or a binary stream (``sys.stdin.buffer``).
        target: a path (written atomically), or a binary stream.
        columns: the header names of the columns to clean.
        resolver: the resolver to use; the default gazetteer's by default.
        options: a [`CleanOptions`][namenorm.csvclean.CleanOptions]; keywords override its fields.
        in_place: allow ``target`` to be the ``source`` file.
        progress: called now and then with the rows done and bytes read.

    Returns:
        A [`CleanSummary`][namenorm.csvclean.CleanSummary].

    Raises:
        CleanError: unreadable input, a column not in the header, the output
            equal to the input without ``in_place``, or invalid bytes with
            ``errors="fail"``. The target is then left as it was.
        ValueError: invalid options.

    Examples:
        Replace the names with their canonical forms, and add only the status
        (the delimiter is sniffed; the keywords override [`CleanOptions`][namenorm.csvclean.CleanOptions]):

        >>> import io
        >>> source = io.BytesIO("id;who\\n1;Atambajevin\\n2;Nobody Atall\\n".encode())
        >>> target = io.BytesIO()
        >>> summary = clean_csv(source, target, ["who"], lang="fi", mode="replace", fields=("status",))
        >>> print(target.getvalue().decode(), end="")
        id;who;who_status
        1;Almazbek Atambayev;matched
        2;Nobody Atall;unmatched
        >>> summary.delimiter, summary.matched, summary.unmatched
        (';', 1, 1)

        Paths work too: the output is written atomically, and the input is
        never overwritten unless ``in_place=True``:

        >>> import tempfile
        >>> from pathlib import Path
        >>> folder = tempfile.TemporaryDirectory()
        >>> path = Path(folder.name) / "people.csv"
        >>> _ = path.write_text("who\\nŽeenbekoville\\n", encoding="utf-8")
        >>> clean_csv(path, path, ["who"], lang="fi", in_place=True).matched
        1
        >>> path.read_text(encoding="utf-8").splitlines()[1]  # doctest: +ELLIPSIS
        'Žeenbekoville,Sooronbay Jeenbekov,sooronbay-jeenbekov,0...,matched'
        >>> folder.cleanup()
    """
    opts = options or CleanOptions()
    if overrides:
        opts = CleanOptions(**{**opts.__dict__, **overrides})
    if not columns:
        raise ValueError("name at least one column to clean")
    if len(set(columns)) != len(columns):
        raise ValueError("a column is named twice")
    if resolver is None:
        from . import default_resolver

        resolver = default_resolver()
    if isinstance(target, str | os.PathLike):
        target_path = Path(target)
        if isinstance(source, str | os.PathLike) and _same_file(Path(source), target_path) and not in_place:
            raise CleanError(f"{target_path}: the output is the input; give in_place=True (--in-place) to overwrite it")
        if target_path.is_dir():
            raise CleanError(f"{target_path}: is a folder")
        return _clean_to_path(source, target_path, list(columns), resolver, opts, progress)
    return _clean_streams(source, target, list(columns), resolver, opts, progress)


def _clean_to_path(
    source: str | os.PathLike[str] | BinaryIO,
    target: Path,
    columns: list[str],
    resolver: Resolver,
    opts: CleanOptions,
    progress: Progress | None,
) -> CleanSummary:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CleanError(f"{target}: cannot write in {folder}: {exc.strerror or exc}") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb", buffering=1 << 20) as out:
            summary = _clean_streams(source, out, columns, resolver, opts, progress)
        if target.exists():  # keep the permissions of the file replaced
            with contextlib.suppress(OSError):
                os.chmod(temp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return summary


def _clean_streams(
    source: str | os.PathLike[str] | BinaryIO,
    target: BinaryIO,
    columns: list[str],
    resolver: Resolver,
    opts: CleanOptions,
    progress: Progress | None,
) -> CleanSummary:
    started = time.perf_counter()
    summary = CleanSummary()
    raw, owned, total = _open_source(source)
    try:
        bom = _strip_bom(raw, opts.encoding)
        text = io.TextIOWrapper(raw, encoding=opts.encoding, errors="namenorm.csvclean", newline="")
        out = io.TextIOWrapper(target, encoding=opts.encoding, errors="surrogateescape", newline="")
        # Rows are lists without cycles, freed as soon as they are written; the
        # cyclic garbage collector would only walk the resolver's index again
        # and again (most of the time of a large file).
        collecting = gc.isenabled()
        gc.disable()
        try:
            _run(text, out, raw, bom, total, columns, resolver, opts, summary, progress)
        finally:
            if collecting:
                gc.enable()
            out.flush()
            out.detach()
            text.detach()
    except UnicodeDecodeError as exc:  # only a codec that cannot escape (UTF-16 with an odd length)
        raise CleanError(f"the input is not valid {opts.encoding}: {exc.reason}") from exc
    finally:
        if owned:
            raw.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(
    text: io.TextIOWrapper,
    out: io.TextIOWrapper,
    raw: BinaryIO,
    bom: bool,
    total: int | None,
    columns: list[str],
    resolver: Resolver,
    opts: CleanOptions,
    summary: CleanSummary,
    progress: Progress | None,
) -> None:
    # Read the first lines (at most 64 KiB) to sniff the delimiter and the line ending.
    mark = _DECODE_ERRORS[0]
    head: list[str] = []
    size = 0
    for line in text:
        head.append(line)
        size += len(line)
        if size >= 1 << 16 or len(head) >= 50:
            break
    if not head:  # an empty input gives an empty output
        return
    terminator = "\r\n" if head[0].endswith("\r\n") else "\r" if head[0].endswith("\r") else "\n"
    lines = _Lines(itertools.chain(head, text), opts.errors, summary, terminator)
    lines.mark = mark
    sample = "".join(head)
    delimiter = _sniff(sample, opts.delimiter)

    reader = _reader(lines.iterator, delimiter)
    try:
        header: list[str] = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise CleanError(f"line 1: the header is not valid CSV: {exc}") from exc
    if _DECODE_ERRORS[0] != lines.mark and lines.check(1):
        header = [_SURROGATES.sub("\ufffd", c) for c in header]
    missing = [c for c in columns if c not in header]
    if missing and opts.delimiter is None:  # the sniffer may have guessed wrong: check with the header
        raw_header = "".join(lines.pending)
        for other in DELIMITERS:
            cells = _header_cells(raw_header, other) if other != delimiter else None
            if cells is not None and all(c in cells for c in columns):
                delimiter, header = other, cells
                reader = _reader(lines.iterator, delimiter)
                missing = []
                break
    if missing:
        shown = ", ".join(repr(h) for h in header[:20]) + (", ..." if len(header) > 20 else "")
        raise CleanError(f"no column {', '.join(map(repr, missing))} in the header (columns: {shown})")
    duplicated = [c for c in columns if header.count(c) > 1]
    if duplicated:
        raise CleanError(f"the header names column {', '.join(map(repr, duplicated))} more than once")
    summary.delimiter = delimiter
    added = opts.added
    new_columns = [f"{c}_{f}" for c in columns for f in added]
    clash = [c for c in new_columns if c in header]
    if clash:
        raise CleanError(
            f"the header already has column {', '.join(map(repr, clash))} (cleaned before?); "
            "use --mode replace or --fields to choose other columns"
        )
    width = len(header)
    indices = [header.index(c) for c in columns]
    lines.number += len(lines.pending)
    lines.pending.clear()

    writer = csv.writer(out, delimiter=delimiter, quotechar='"', lineterminator=terminator, quoting=csv.QUOTE_MINIMAL)
    careful = _Careful(writer, csv.writer(out, delimiter=delimiter, lineterminator=terminator, quoting=csv.QUOTE_ALL))
    if bom:
        out.write("\ufeff")
    careful.writerow(header + new_columns if added else header, bool(lines.odd))

    cache: dict[str, tuple[tuple[str, ...], str, str]] = {}
    pool = _Pool(resolver, opts)
    encodable = _encodable(opts.encoding)
    try:
        last_report = 0.0
        while True:
            batch = _read_batch(reader, lines, opts.batch_rows, width, delimiter)
            if not batch.rows:
                break
            new = {""}  # the value of a cell a short row lacks
            for i in indices:
                new.update([row[i] for row in batch.rows if row is not None and i < len(row)])
            new.difference_update(cache)
            if new:
                if len(cache) + len(new) > opts.cache_size:
                    for key in list(itertools.islice(cache, len(cache) // 2 + len(new))):
                        del cache[key]
                values = sorted(new)
                started = time.perf_counter()
                resolved = pool.resolve(values)
                summary.resolve_seconds += time.perf_counter() - started
                summary.distinct += len(values)
                for value, res in zip(values, resolved, strict=True):
                    cache[value] = _cells(res, added, opts.guard_formulas, encodable)
                    if res.status == "ambiguous" and len(summary.candidates) < opts.report_limit:
                        summary.candidates[value] = res.candidates
            _write_batch(batch, careful, out, cache, columns, indices, width, opts, summary)
            if progress is not None:
                now = time.monotonic()
                if now - last_report >= 0.2:
                    last_report = now
                    progress(summary.rows, _tell(raw), total)
        if progress is not None:
            progress(summary.rows, _tell(raw), total)
    finally:
        pool.close()


def _tell(raw: BinaryIO) -> int | None:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return None


def _read_batch(reader: Any, lines: _Lines, size: int, width: int, delimiter: str) -> _Batch:
    """Read up to ``size`` rows. The common case (no parser error, no invalid
    bytes, every row as wide as the header) is read in one call into C; any
    other batch is read again from its lines, row by row, to number its lines
    and keep the text of the rows the parser rejects."""
    lines.number += len(lines.pending)
    lines.pending.clear()
    first = lines.number + 1
    batch = _Batch()
    try:
        rows: list[list[str]] | None = list(itertools.islice(reader, size))
    except csv.Error:
        rows = None
    dirty = lines.dirty or _DECODE_ERRORS[0] != lines.mark
    batch.odd = lines.odd_seen
    lines.odd_seen = False
    if rows is not None and not dirty and (not rows or set(map(len, rows)) == {width}):
        batch.rows.extend(rows)
        return batch
    # Again, row by row: first the lines the reader has consumed ...
    consumed = list(lines.pending)
    seen: list[str] = []

    def replay() -> Iterator[str]:
        for line in consumed:
            seen.append(line)
            yield line

    _parse_rows(_reader(replay(), delimiter), seen, first, batch, size)
    if rows is None:  # ... then, after a rejected row, the rest of the batch
        _parse_rows(reader, lines.pending, first, batch, size)
    if dirty and lines.check(first):  # under errors="replace"
        batch.rows = [None if row is None else [_SURROGATES.sub("\ufffd", c) for c in row] for row in batch.rows]
        batch.rejected = {k: (_SURROGATES.sub("\ufffd", text), why) for k, (text, why) in batch.rejected.items()}
    return batch


def _parse_rows(reader: Any, pending: list[str], first: int, batch: _Batch, size: int) -> None:
    """Rows with their first line numbers; a rejected record's lines kept as text.
    ``pending`` fills with the lines the reader consumes (the first numbered ``first``)."""
    while len(batch.rows) < size:
        k = len(pending)
        try:
            row: list[str] | None = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row = None
            batch.rejected[len(batch.rows)] = ("".join(pending[k:]), str(exc))
        batch.rows.append(row)
        batch.starts.append(first + k)


class _Careful:
    """Writes rows with minimal quoting, or every cell quoted when a cell holds
    a line-end character that minimal quoting would leave bare."""

    def __init__(self, minimal: Any, quoted: Any) -> None:
        self.minimal = minimal
        self.quoted = quoted

    def writerow(self, row: list[str], odd: bool) -> None:
        if odd and any("\r" in c or "\n" in c for c in row):
            self.quoted.writerow(row)
        else:
            self.minimal.writerow(row)


def _encodable(encoding: str) -> Callable[[str], str]:
    """A function making a written cell encodable: transliterated to ASCII when
    the output encoding cannot hold it (a canonical name in Latin-1)."""

    def fit(cell: str) -> str:
        try:
            cell.encode(encoding)
        except UnicodeEncodeError:
            return unidecode(cell)
        return cell

    return fit


def _cells(
    res: Resolution, added: tuple[str, ...], guard: bool, fit: Callable[[str], str]
) -> tuple[tuple[str, ...], str, str]:
    """The cached form of a resolution: the added cells, the status, and the
    replacement value ("" when the value stays)."""
    canonical = fit(res.canonical)
    ident = fit(res.id)
    if guard:
        canonical, ident = guard_formula(canonical), guard_formula(ident)
    values = {"canonical": canonical, "id": ident, "score": res.score, "status": res.status}
    return tuple(values[f] for f in added), res.status, canonical


def _write_batch(
    batch: _Batch,
    careful: _Careful,
    out: io.TextIOWrapper,
    cache: dict[str, tuple[tuple[str, ...], str, str]],
    columns: list[str],
    indices: list[int],
    width: int,
    opts: CleanOptions,
    summary: CleanSummary,
) -> None:
    replace = opts.mode == "replace"
    rows = batch.rows
    odd = batch.odd
    if len(indices) == 1 and not batch.rejected and not odd and set(map(len, rows)) == {width}:  # type: ignore[arg-type]
        # The common case, with the per-row work in C: one column, well-formed rows.
        index = indices[0]
        full = cast(list[list[str]], rows)
        values = [row[index] for row in full]
        if replace:
            for row, value in zip(full, values, strict=True):
                canonical = cache[value][2]
                if canonical:
                    row[index] = canonical
        if opts.added:
            cells = {value: list(cache[value][0]) for value in set(values)}
            full = [row + cells[value] for row, value in zip(full, values, strict=True)]
        careful.minimal.writerows(full)
        summary.rows += len(full)
        _tally(Counter(values), columns[0], cache, opts, summary)
        return
    tallies = [Counter[str]() for _ in indices]
    blank = [""] * width
    for position, item in enumerate(rows):
        line = batch.starts[position] if batch.starts else 0
        if item is None:  # the parser rejected it: copy it as it was
            raw_text, reason = batch.rejected[position]
            out.write(raw_text)
            summary.rows += 1
            summary.malformed_count += 1
            if len(summary.malformed) < MAX_LINES_KEPT:
                summary.malformed.append((line, reason))
            continue
        row = item
        n = len(row)
        if n != width:
            if n == 0:  # a blank line
                careful.writerow(row, odd)
                summary.blank += 1
                continue
            if n > width:
                careful.writerow(row, odd)
                summary.rows += 1
                summary.malformed_count += 1
                if len(summary.malformed) < MAX_LINES_KEPT:
                    summary.malformed.append((line, f"{n} cells where the header has {width}"))
                continue
            row.extend(blank[n:])
            summary.padded_count += 1
            if len(summary.padded) < MAX_LINES_KEPT:
                summary.padded.append(line)
        summary.rows += 1
        extra: list[str] = []
        for tally, i in zip(tallies, indices, strict=True):
            value = row[i]
            added, _status, canonical = cache[value]
            tally[value] += 1
            if replace and canonical:
                row[i] = canonical
            extra.extend(added)
        row.extend(extra)
        careful.writerow(row, odd)
    for tally, column in zip(tallies, columns, strict=True):
        _tally(tally, column, cache, opts, summary)


def _tally(
    values: Counter[str],
    column: str,
    cache: dict[str, tuple[tuple[str, ...], str, str]],
    opts: CleanOptions,
    summary: CleanSummary,
) -> None:
    """Count the cleaned cells of one column by status, and the unresolved values for the report."""
    for value, count in values.items():
        status = cache[value][1]
        if status == "matched":
            summary.matched += count
        elif status == "empty":
            summary.empty += count
        else:
            if status == "ambiguous":
                summary.ambiguous += count
            else:
                summary.unmatched += count
            _count(summary.unresolved, (column, value, status), count, opts.report_limit, summary)


def _count(
    counter: Counter[tuple[str, str, str]], key: tuple[str, str, str], count: int, limit: int, summary: CleanSummary
) -> None:
    if key in counter or len(counter) < limit:
        counter[key] += count
    else:
        summary.unresolved_overflow += count


# -- worker processes ----------------------------------------------------------

_WORKER: tuple[Resolver, str | None] | None = None


def _resolve_chunk(values: list[str]) -> list[Resolution]:
    assert _WORKER is not None
    resolver, lang = _WORKER
    return [resolve_value(resolver, v, lang) for v in values]


class _Pool:
    """Resolves distinct values, in worker processes when ``jobs > 1``.

    Workers are forked from this process, so they share its resolver (its
    index is built once); where ``fork`` is not available (Windows, macOS's
    default) values are resolved in this process.
    """

    #: Fewer new values than this are resolved here: a round trip costs more.
    MIN_PARALLEL = 256

    def __init__(self, resolver: Resolver, opts: CleanOptions) -> None:
        self.resolver = resolver
        self.lang = opts.lang
        self.jobs = opts.jobs
        self._pool: Any = None

    def _start(self) -> Any:
        global _WORKER
        if self._pool is None:
            _WORKER = (self.resolver, self.lang)
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(self.jobs)
        return self._pool

    def resolve(self, values: list[str]) -> list[Resolution]:
        parallel = (
            self.jobs > 1
            and len(values) >= self.MIN_PARALLEL
            and "fork" in multiprocessing.get_all_start_methods()
            and sys.platform != "darwin"
        )
        if not parallel:
            return [resolve_value(self.resolver, v, self.lang) for v in values]
        pool = self._start()
        size = max(16, len(values) // (self.jobs * 8))
        chunks = [values[i : i + size] for i in range(0, len(values), size)]
        return [res for part in pool.map(_resolve_chunk, chunks) for res in part]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
