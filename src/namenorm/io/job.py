"""The column-cleaning job: resolve the names in some columns of a CSV file.

[`clean_csv`][namenorm.io.clean_csv] reads a CSV file row by row
(`namenorm.io.csvfile`) and writes it back with, for every cleaned column
``NAME``, the columns ``NAME_canonical``, ``NAME_id``, ``NAME_score`` and
``NAME_status`` added after the existing ones (``mode="add"``), or with the
column's values replaced by the canonical names (``mode="replace"``). Each
distinct value goes through [`resolve_values`][namenorm.io.resolve_values] (a batch
of them at a time, decided on every core).
It is built for files far larger than memory and for pipelines that must
not lose data:

- **Bounded memory.** Rows are read, resolved and written in batches; only
  the cache of resolved values (bounded by the characters it holds,
  `namenorm.cache.BUDGETS`) and the counts of unresolved values for the
  report (bounded, `CleanOptions.report_limit`) grow, never with the
  number of rows. A batch's values are resolved into the batch, so what
  the cache forgets can never be missing from a batch.
- **Nothing lost.** Every row comes out, in order, and every cell namenorm
  does not write keeps its value. Quoted cells, embedded newlines, ``;``,
  tab and ``|`` delimiters (sniffed, or given), a UTF-8 byte order mark
  (kept), cells of any length and ragged rows are handled. A row shorter
  than the header is padded with empty cells before the added columns; a
  row longer than the header is malformed: it is passed through unchanged,
  without added cells. A row the CSV parser rejects (a quote in the wrong
  place) is copied to the output as it was, byte for byte. Both are
  reported with their line numbers.
- **Invalid bytes** (text that is not valid in the input encoding) follow
  `CleanOptions.errors`: ``"keep"`` (the default) writes the bytes back
  unchanged, ``"replace"`` writes U+FFFD instead, ``"fail"`` stops with a
  [`CleanError`][namenorm.errors.CleanError] naming the line. A cell holding
  them is not resolved (``unmatched``): a letter lost is a wrong answer
  waiting. The lines are reported, with the legacy encoding they look like
  (`namenorm.io.encoding`), to give as ``--encoding``.
- **Atomic output, regular files only.** Written to a path, the output goes
  to a temporary file in the same folder first and is renamed over the
  target only when complete; a failure, an interrupt or a SIGTERM/SIGHUP
  leaves the old file (or none) in place and no temporary file behind. A
  path that is not a regular file (a FIFO, a device) is refused; a
  symbolic link is followed to its target. Writing over the input is
  refused unless ``in_place=True``.
- **Fast on repeats.** Each distinct value is resolved once (cached);
  ``jobs > 1`` resolves new distinct values in worker processes.
- **Spreadsheet-safe.** A cell namenorm writes (in the output and in the
  report) that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return would run as a formula when the file is opened in a spreadsheet:
  it is prefixed with ``'`` (``guard_formulas``, on by default). Cells it
  does not write are never touched.

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

import contextlib
import csv
import io
import itertools
import multiprocessing
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

from unidecode import unidecode

from ..cache import BUDGETS, SizedCache, no_gc
from ..codes import check_language
from ..errors import CleanError
from ..resolver import Resolver, Scope
from . import csvfile
from .encoding import guess
from .rows import FIELDS, Resolution, guard_formula, resolve_values

__all__ = ["CleanOptions", "CleanSummary", "Progress", "Stopped", "clean_csv"]

#: How many problem line numbers the summary keeps, per kind of problem.
MAX_LINES_KEPT = 100
#: How many bytes of lines with invalid bytes are kept to guess the encoding from.
ENCODING_SAMPLE = 1 << 16


@dataclass(frozen=True)
class CleanOptions:
    """How [`clean_csv`][namenorm.io.clean_csv] cleans. Every field has a documented default.

    Attributes:
        lang: language hint passed to the resolver (ISO 639-1), or None.
        types: only entities of these types answer (``{"PER"}``); None: any.
        countries: only entities of these countries answer (ISO 3166-1 alpha-2); None: any.
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
        jobs: worker processes resolving new distinct values (1: none; the
            core still decides each batch's new values on every core).
        batch_rows: rows read before the new distinct values are resolved.
        report_limit: distinct unresolved values counted for the report.

    Examples:
        >>> opts = CleanOptions(lang="fi", mode="replace", fields=("status",), types={"PER"})
        >>> opts.lang, opts.delimiter, opts.errors, opts.added, opts.scope.types
        ('fi', None, 'keep', ('status',), frozenset({'PER'}))
        >>> CleanOptions(mode="overwrite")
        Traceback (most recent call last):
        ...
        ValueError: mode must be 'add' or 'replace', not 'overwrite'
        >>> CleanOptions(fields=("status", "status"))
        Traceback (most recent call last):
        ...
        ValueError: field 'status' is named twice; name each once
    """

    lang: str | None = None
    types: frozenset[str] | set[str] | tuple[str, ...] | None = None
    countries: frozenset[str] | set[str] | tuple[str, ...] | None = None
    mode: Literal["add", "replace"] = "add"
    fields: tuple[str, ...] | None = None
    delimiter: str | None = None
    encoding: str = "utf-8"
    errors: Literal["keep", "replace", "fail"] = "keep"
    guard_formulas: bool = True
    jobs: int = 1
    batch_rows: int = 20_000
    report_limit: int = 1 << 20

    def __post_init__(self) -> None:
        if self.mode not in ("add", "replace"):
            raise ValueError(f"mode must be 'add' or 'replace', not {self.mode!r}")
        if self.errors not in ("keep", "replace", "fail"):
            raise ValueError(f"errors must be 'keep', 'replace' or 'fail', not {self.errors!r}")
        unknown = [f for f in self.fields or () if f not in FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; use {', '.join(FIELDS)}")
        twice = sorted({f for f in self.fields or () if (self.fields or ()).count(f) > 1})
        if twice:
            raise ValueError(f"field {', '.join(map(repr, twice))} is named twice; name each once")
        if self.delimiter is not None and len(self.delimiter) != 1:
            raise ValueError("the delimiter must be one character")
        if self.jobs < 1 or self.batch_rows < 1 or self.report_limit < 0:
            raise ValueError("jobs and batch_rows must be positive, report_limit >= 0")
        csvfile.check_encoding(self.encoding)
        object.__setattr__(self, "lang", check_language(self.lang))
        object.__setattr__(self, "types", self.scope.types)
        object.__setattr__(self, "countries", self.scope.countries)

    @property
    def scope(self) -> Scope:
        """The entities that may answer (types and countries).

        Examples:
            >>> CleanOptions(types=["per"], countries={"KG"}).scope
            Scope(types=frozenset({'PER'}), countries=frozenset({'KG'}))
        """
        return Scope.of(self.types, self.countries)

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


@dataclass
class CleanSummary:
    """What [`clean_csv`][namenorm.io.clean_csv] did: counts, problems with line numbers, and the
    unresolved values for the report.

    Attributes:
        rows: data rows written (the header and blank lines not counted).
        matched, ambiguous, unmatched, empty: cleaned cells by status.
        blank: blank lines passed through.
        padded: rows shorter than the header, padded with empty cells.
        malformed: rows passed through unchanged, ``(line, reason)``.
        invalid_lines: lines with bytes invalid in the encoding.
        encodings: the legacy encodings those lines look like, best first.
        delimiter: the delimiter used.
        seconds: the time taken.
        distinct: distinct values resolved (each once; the cache answers repeats).
        resolve_seconds: the time spent resolving them (while the rows
            before and after are written and read).
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
        (4, 1, 2, 1, [])
        >>> summary.unresolved
        Counter({('who', 'Jeenbekov', 'ambiguous'): 2, ('who', 'Bakiyev,x', 'unmatched'): 1})
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
    encodings: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    seconds: float = 0.0
    distinct: int = 0
    resolve_seconds: float = 0.0
    unresolved: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    unresolved_overflow: int = 0
    candidates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    guard_formulas: bool = True
    _sample: list[bytes] = field(default_factory=list, repr=False)

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
            >>> source = io.BytesIO(b"who,n\\nAtambajev,1\\nNobody Atall,2\\nBakiyev,x,y\\nM\\xfcller,3\\n")
            >>> print(clean_csv(source, io.BytesIO(), ["who"]).text())  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
            4 rows in ... s (... rows/s): 1 matched, 0 ambiguous, 2 unmatched, 0 empty; 1 malformed row(s)
            passed through unchanged (line 4); 1 line(s) with bytes not valid in utf-8 (line 5), kept as they
            were and not resolved: the file looks like cp1252: give --encoding cp1252
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
            hint = (
                f": the file looks like {self.encodings[0]}: give --encoding {self.encodings[0]}"
                if self.encodings
                else ": give the file's encoding with --encoding"
            )
            parts.append(
                f"{self.invalid_count:,} line(s) with bytes not valid in {self.encoding} (line {lines}), "
                f"kept as they were and not resolved{hint}"
            )
        return "; ".join(parts)

    def write_report(self, target: IO[str]) -> None:
        """The unmatched and ambiguous values as CSV, most frequent first:
        ``column,value,status,rows,candidates`` — the list to fix a gazetteer
        from (values and candidates guarded against formulas, as the output).

        Examples:
            >>> import io, sys
            >>> source = io.BytesIO(b"who\\nNobody Atall\\nAtambajev\\nNobody Atall\\n=cmd()\\n")
            >>> clean_csv(source, io.BytesIO(), ["who"]).write_report(sys.stdout)
            column,value,status,rows,candidates
            who,Nobody Atall,unmatched,2,
            who,'=cmd(),unmatched,1,
        """
        guard = guard_formula if self.guard_formulas else _same
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(["column", "value", "status", "rows", "candidates"])
        ranked = sorted(self.unresolved.items(), key=lambda kv: (-kv[1], kv[0]))
        for (column, value, status), count in ranked:
            rivals = " | ".join(self.candidates.get(value, ())) if status == "ambiguous" else ""
            writer.writerow(
                [guard(column), guard(csvfile.SURROGATES.sub("\ufffd", value)), status, count, guard(rivals)]
            )
        if self.unresolved_overflow:
            writer.writerow(["", "(other values)", "", self.unresolved_overflow, ""])


def _same(text: str) -> str:
    return text


#: A progress callback: ``(rows done, bytes read or None, total bytes or None)``.
Progress = Callable[[int, "int | None", "int | None"], None]


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived while writing a file: raised in the main
    thread so that the temporary file is removed, then reported by the
    command line (exit status 128 + the signal's number)."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by signal {signal.Signals(signum).name}")
        self.signum = signum


@contextlib.contextmanager
def _signals_stop() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `Stopped` in the main thread while the block runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    saved = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            saved[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def clean_csv(
    source: str | os.PathLike[str] | BinaryIO,
    target: str | os.PathLike[str] | BinaryIO,
    columns: Sequence[str],
    *,
    resolver: Resolver | None = None,
    options: CleanOptions | None = None,
    in_place: bool = False,
    progress: Progress | None = None,
) -> CleanSummary:
    """Clean the name columns ``columns`` of a CSV file (see the module docstring).

    Args:
        source: a path (a file, a FIFO, ``/dev/stdin``), or a binary stream (``sys.stdin.buffer``).
        target: a path of a regular file (written atomically), or a binary stream.
        columns: the header names of the columns to clean.
        resolver: the resolver to use; the default gazetteer's by default.
        options: a [`CleanOptions`][namenorm.io.CleanOptions]; the defaults when None.
        in_place: allow ``target`` to be the ``source`` file.
        progress: called now and then with the rows done and bytes read.

    Returns:
        A [`CleanSummary`][namenorm.io.CleanSummary].

    Raises:
        CleanError: unreadable input, a column not in the header or named
            twice, an output that is not a regular file, the output equal to
            the input without ``in_place``, a write that failed (a full disk),
            or invalid bytes with ``errors="fail"``. The target is then left
            as it was.
        ValueError: invalid options.

    Examples:
        Replace the names with their canonical forms, and add only the status
        (the delimiter is sniffed):

        >>> import io
        >>> source = io.BytesIO("id;who\\n1;Atambajevin\\n2;Nobody Atall\\n".encode())
        >>> target = io.BytesIO()
        >>> options = CleanOptions(lang="fi", mode="replace", fields=("status",))
        >>> summary = clean_csv(source, target, ["who"], options=options)
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
        >>> clean_csv(path, path, ["who"], options=CleanOptions(lang="fi"), in_place=True).matched
        1
        >>> path.read_text(encoding="utf-8").splitlines()[1]  # doctest: +ELLIPSIS
        'Žeenbekoville,Sooronbay Jeenbekov,sooronbay-jeenbekov,0...,matched'
        >>> folder.cleanup()
    """
    opts = options or CleanOptions()
    if not isinstance(opts, CleanOptions):
        raise TypeError(f"options must be CleanOptions, not {type(opts).__name__}")
    if isinstance(columns, str):
        raise TypeError("columns is a list of column names, not one string: use [name]")
    if not columns:
        raise CleanError("name at least one column to clean (--column NAME)")
    twice = sorted({c for c in columns if list(columns).count(c) > 1})
    if twice:
        raise CleanError(f"column {', '.join(map(repr, twice))} is named twice; name each column once")
    if resolver is None:
        from .. import default_resolver

        resolver = default_resolver()
    if isinstance(target, str | os.PathLike):
        target_path = _output_path(Path(target), source, in_place)
        with _signals_stop():
            return _clean_to_path(source, target_path, list(columns), resolver, opts, progress)
    return _clean_streams(source, target, list(columns), resolver, opts, progress)


def _output_path(target: Path, source: object, in_place: bool) -> Path:
    """The file to write for ``target``: a symbolic link's target; refused
    when it is not a regular file, or is the input without ``in_place``."""
    real = Path(os.path.realpath(target))
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise CleanError(f"cannot write: {exc.strerror or exc}", file=str(target)) from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise CleanError("is a folder; give a file to write to", file=str(target))
    if mode is not None and not stat.S_ISREG(mode):
        raise CleanError(
            "is not a regular file (a FIFO, a device or a socket); write to a file, or to stdout with -o -",
            file=str(target),
        )
    if isinstance(source, str | os.PathLike) and not in_place:
        try:
            same = real.exists() and os.path.samefile(source, real)
        except OSError:
            same = False
        if same:
            raise CleanError(
                "the output is the input; give in_place=True (--in-place) to overwrite it", file=str(target)
            )
    return real


def _clean_to_path(
    source: str | os.PathLike[str] | BinaryIO,
    target: Path,
    columns: list[str],
    resolver: Resolver,
    opts: CleanOptions,
    progress: Progress | None,
) -> CleanSummary:
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CleanError(f"cannot write in {folder}: {exc.strerror or exc}", file=str(target)) from exc
    temp = Path(temp_name)
    try:
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
        except OSError as exc:
            raise CleanError(f"cannot write: {exc.strerror or exc}; nothing was written", file=str(target)) from exc
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
    summary = CleanSummary(guard_formulas=opts.guard_formulas, encoding=csvfile.check_encoding(opts.encoding))
    where = os.fspath(source) if isinstance(source, str | os.PathLike) else None
    try:
        raw, owned, total = csvfile.open_source(source)
    except OSError as exc:
        raise CleanError(f"cannot read: {exc.strerror or exc}", file=where) from exc
    try:
        bom = csvfile.strip_bom(raw, opts.encoding)
        text = io.TextIOWrapper(raw, encoding=opts.encoding, errors="surrogateescape", newline="")
        out = io.TextIOWrapper(target, encoding=opts.encoding, errors="surrogateescape", newline="")
        # Rows are lists without cycles, freed as soon as they are written; the
        # cyclic garbage collector would only walk the resolver's index again
        # and again (most of the time of a large file).
        try:
            with no_gc():
                _Job(text, out, raw, columns, resolver, opts, summary, progress).run(bom, total)
        finally:
            try:
                out.flush()
            finally:
                out.detach()
                text.detach()
    except UnicodeDecodeError as exc:  # only a codec that cannot escape (UTF-16 with an odd length)
        raise CleanError(f"the input is not valid {opts.encoding}: {exc.reason}; give --encoding", file=where) from exc
    except UnicodeEncodeError as exc:  # a header of another script than the output encoding holds
        raise CleanError(f"{opts.encoding} cannot hold {exc.object[exc.start : exc.end]!r}; give --encoding") from exc
    finally:
        if owned:
            raw.close()
    if summary._sample and summary.encoding == "utf-8":
        summary.encodings = guess(summary._sample)
    summary.seconds = time.perf_counter() - started
    return summary


Cells = tuple[tuple[str, ...], str, str]


class _Job:
    """One cleaning run over an open input and output."""

    def __init__(
        self,
        text: io.TextIOWrapper,
        out: io.TextIOWrapper,
        raw: BinaryIO,
        columns: list[str],
        resolver: Resolver,
        opts: CleanOptions,
        summary: CleanSummary,
        progress: Progress | None,
    ) -> None:
        self.text, self.out, self.raw = text, out, raw
        self.columns = columns
        self.resolver = resolver
        self.opts = opts
        self.summary = summary
        self.progress = progress
        self.added = opts.added
        self.fit = _encodable(opts.encoding)
        self.cache: SizedCache[str, Cells] = SizedCache(BUDGETS["io.values"], _cost)

    def run(self, bom: bool, total: int | None) -> None:
        opts, summary = self.opts, self.summary
        # The first lines (at most SNIFF_LINES, SNIFF_CHARS) tell the delimiter and the line ending.
        head: list[str] = []
        size = 0
        for line in self.text:
            head.append(line)
            size += len(line)
            if size >= csvfile.SNIFF_CHARS or len(head) >= csvfile.SNIFF_LINES:
                break
        if not head:  # an empty input gives an empty output
            return
        terminator = "\r\n" if head[0].endswith("\r\n") else "\r" if head[0].endswith("\r") else "\n"
        lines = csvfile.Lines(itertools.chain(head, self.text), terminator)
        delimiter = csvfile.sniff(head, opts.delimiter)
        rows = csvfile.reader(lines.iterator, delimiter)
        try:
            header: list[str] = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CleanError(f"the header is not valid CSV: {exc}; fix the first line", line=1) from exc
        if lines.invalid_seen:
            self._invalid(lines.invalid(1), lines.pending)
            if opts.errors == "replace":
                header = [csvfile.SURROGATES.sub("\ufffd", c) for c in header]
        header, delimiter, rows = self._check_header(header, delimiter, rows, lines)
        summary.delimiter = "," if delimiter == csvfile.ONE_COLUMN else delimiter
        width = len(header)
        indices = [header.index(c) for c in self.columns]
        lines.number += len(lines.pending)
        lines.pending.clear()
        writer = csvfile.Writer(self.out, summary.delimiter, terminator)
        if bom:
            self.out.write("\ufeff")
        new_columns = [f"{c}_{f}" for c in self.columns for f in self.added]
        writer.writerow(header + new_columns, bool(lines.odd))
        pool = _Pool(self.resolver, opts)
        # A batch's new values are resolved in the background (the core lets
        # go of the GIL) while this thread reads the next batch and writes
        # the one before: reading and writing cost as much as resolving.
        background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="namenorm-resolve")
        try:
            last_report = 0.0
            pending: tuple[csvfile.Batch, _Lookup] | None = None
            while True:
                batch = csvfile.read_batch(rows, lines, opts.batch_rows, width, delimiter)
                if batch.rows and batch.invalid:
                    self._invalid(batch.invalid, batch.invalid_text, batch.invalid[0] if batch.invalid else 1)
                    if opts.errors == "replace":
                        _replace_invalid(batch)
                done = None
                if pending is not None:
                    done = (pending[0], self._settle(pending[1]))
                # Started only once the batch before is settled: its answers are in the cache.
                pending = (batch, self._look_up(batch, indices, pool, background)) if batch.rows else None
                if done is not None:
                    self._write(done[0], writer, done[1], indices, width)
                if pending is None:
                    break
                if self.progress is not None:
                    now = time.monotonic()
                    if now - last_report >= 0.2:
                        last_report = now
                        self.progress(summary.rows, _tell(self.raw), total)
            if self.progress is not None:
                self.progress(summary.rows, _tell(self.raw), total)
        finally:
            # Waits for a resolution under way: it cannot be interrupted, and
            # the workers it may be waiting on are ended only after it.
            background.shutdown(wait=True, cancel_futures=True)
            pool.close()

    def _check_header(
        self, header: list[str], delimiter: str, rows: Any, lines: csvfile.Lines
    ) -> tuple[list[str], str, Any]:
        columns, opts = self.columns, self.opts
        missing = [c for c in columns if c not in header]
        if missing and opts.delimiter is None:  # the sniffer may have guessed wrong: check with the header
            raw_header = "".join(lines.pending)
            for other in (*csvfile.DELIMITERS, csvfile.ONE_COLUMN):
                cells = csvfile.header_cells(raw_header, other) if other != delimiter else None
                if cells is not None and all(c in cells for c in columns):
                    delimiter, header = other, cells
                    rows = csvfile.reader(lines.iterator, delimiter)
                    missing = []
                    break
        if missing:
            shown = ", ".join(repr(h) for h in header[:20]) + (", ..." if len(header) > 20 else "")
            raise CleanError(
                f"no column {', '.join(map(repr, missing))} in the header (columns: {shown}); "
                "name one of them with --column, or give --delimiter"
            )
        duplicated = [c for c in columns if header.count(c) > 1]
        if duplicated:
            raise CleanError(
                f"the header names column {', '.join(map(repr, duplicated))} more than once; rename one of them"
            )
        clash = [f"{c}_{f}" for c in columns for f in self.added if f"{c}_{f}" in header]
        if clash:
            raise CleanError(
                f"the header already has column {', '.join(map(repr, clash))} (cleaned before?); "
                "use --mode replace or --fields to choose other columns"
            )
        return header, delimiter, rows

    def _invalid(self, numbers: list[int], texts: list[str], first: int = 1) -> None:
        """Note lines with invalid bytes (and keep a sample to guess the encoding from)."""
        summary = self.summary
        if self.opts.errors == "fail" and numbers:
            raise CleanError(
                f"bytes that are not valid {self.opts.encoding}; give the file's encoding with --encoding, "
                "or --errors keep",
                line=numbers[0],
            )
        summary.invalid_count += len(numbers)
        room = MAX_LINES_KEPT - len(summary.invalid_lines)
        summary.invalid_lines.extend(numbers[:room])
        kept = sum(map(len, summary._sample))
        for line in texts:
            if not line.isascii() and csvfile.SURROGATES.search(line) and kept < ENCODING_SAMPLE:
                data = line.encode(self.opts.encoding, "surrogateescape")
                summary._sample.append(data)
                kept += len(data)

    def _look_up(
        self, batch: csvfile.Batch, indices: list[int], pool: _Pool, background: ThreadPoolExecutor
    ) -> _Lookup:
        """The batch's cleaned values from the cache, and the new ones (each
        distinct value once) sent to be resolved in the background. The batch
        keeps its own answers, whatever the cache forgets meanwhile."""
        values = {""}  # the value of a cell a short row lacks
        for i in indices:
            values.update([row[i] for row in batch.rows if row is not None and i < len(row)])
        lookup = _Lookup()
        for value in values:
            hit = self.cache.get(value)
            if hit is None:
                lookup.new.append(value)
            else:
                lookup.resolved[value] = hit
        if lookup.new:
            lookup.new.sort()
            pool.prepare(len(lookup.new))
            lookup.answers = background.submit(_timed, pool.resolve, lookup.new)
        return lookup

    def _settle(self, lookup: _Lookup) -> dict[str, Cells]:
        """Wait for the batch's new values, cache them, and give every value's cells."""
        resolved = lookup.resolved
        if lookup.answers is None:
            return resolved
        answers, seconds = lookup.answers.result()
        summary = self.summary
        summary.resolve_seconds += seconds
        summary.distinct += len(lookup.new)
        for value, res in zip(lookup.new, answers, strict=True):
            cells = self._cells(res)
            resolved[value] = cells
            self.cache.put(value, cells)
            if res.status == "ambiguous" and len(summary.candidates) < self.opts.report_limit:
                summary.candidates[value] = tuple(map(self.fit, res.candidates))
        return resolved

    def _cells(self, res: Resolution) -> Cells:
        """The cached form of a resolution: the added cells, the status, and the
        replacement value ("" when the value stays)."""
        canonical = self.fit(res.canonical)
        ident = self.fit(res.id)
        if self.opts.guard_formulas:
            canonical, ident = guard_formula(canonical), guard_formula(ident)
        values = {"canonical": canonical, "id": ident, "score": res.cell("score"), "status": res.status}
        return tuple(values[f] for f in self.added), res.status, canonical

    def _write(
        self, batch: csvfile.Batch, writer: csvfile.Writer, resolved: dict[str, Cells], indices: list[int], width: int
    ) -> None:
        summary = self.summary
        replace = self.opts.mode == "replace"
        rows = batch.rows
        odd = batch.odd
        if len(indices) == 1 and not batch.rejected and not odd and set(map(len, rows)) == {width}:  # type: ignore[arg-type]
            # The common case, with the per-row work in C: one column, well-formed rows.
            index = indices[0]
            full: list[list[str]] = rows  # type: ignore[assignment]
            values = [row[index] for row in full]
            if replace:
                for row, value in zip(full, values, strict=True):
                    canonical = resolved[value][2]
                    if canonical:
                        row[index] = canonical
            if self.added:
                cells = {value: list(resolved[value][0]) for value in set(values)}
                full = [row + cells[value] for row, value in zip(full, values, strict=True)]
            writer.writerows(full)
            summary.rows += len(full)
            self._tally(Counter(values), self.columns[0], resolved)
            return
        tallies = [Counter[str]() for _ in indices]
        blank = [""] * width
        for position, item in enumerate(rows):
            line = batch.starts[position] if batch.starts else 0
            if item is None:  # the parser rejected it: copy it as it was
                raw_text, reason = batch.rejected[position]
                writer.copy(raw_text)
                summary.rows += 1
                summary.malformed_count += 1
                if len(summary.malformed) < MAX_LINES_KEPT:
                    summary.malformed.append((line, reason))
                continue
            row = item
            n = len(row)
            if n != width:
                if n == 0:  # a blank line
                    writer.writerow(row, odd)
                    summary.blank += 1
                    continue
                if n > width:
                    writer.writerow(row, odd)
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
                added, _status, canonical = resolved[value]
                tally[value] += 1
                if replace and canonical:
                    row[i] = canonical
                extra.extend(added)
            row.extend(extra)
            writer.writerow(row, odd)
        for tally, column in zip(tallies, self.columns, strict=True):
            self._tally(tally, column, resolved)

    def _tally(self, values: Counter[str], column: str, resolved: dict[str, Cells]) -> None:
        """Count the cleaned cells of one column by status, and the unresolved values for the report."""
        summary = self.summary
        limit = self.opts.report_limit
        for value, count in values.items():
            status = resolved[value][1]
            if status == "matched":
                summary.matched += count
            elif status == "empty":
                summary.empty += count
            else:
                if status == "ambiguous":
                    summary.ambiguous += count
                else:
                    summary.unmatched += count
                key = (column, value, status)
                if key in summary.unresolved or len(summary.unresolved) < limit:
                    summary.unresolved[key] += count
                else:
                    summary.unresolved_overflow += count


@dataclass
class _Lookup:
    """A batch's values: those the cache answered, and the new ones with their answers to come."""

    resolved: dict[str, Cells] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    answers: Future[tuple[list[Resolution], float]] | None = None


def _timed(resolve: Callable[[list[str]], list[Resolution]], values: list[str]) -> tuple[list[Resolution], float]:
    """``resolve(values)`` and the seconds it took."""
    started = time.perf_counter()
    answers = resolve(values)
    return answers, time.perf_counter() - started


def _cost(value: str, cells: Cells) -> int:
    """What a cached value holds, in characters (and a little for the tuple)."""
    return len(value) + sum(map(len, cells[0])) + len(cells[2]) + 64


def _replace_invalid(batch: csvfile.Batch) -> None:
    sub = csvfile.SURROGATES.sub
    batch.rows = [None if row is None else [sub("\ufffd", c) for c in row] for row in batch.rows]
    batch.rejected = {k: (sub("\ufffd", text), why) for k, (text, why) in batch.rejected.items()}


def _tell(raw: BinaryIO) -> int | None:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return None


def _encodable(encoding: str) -> Callable[[str], str]:
    """A function making a written cell encodable: transliterated to ASCII when
    the output encoding cannot hold it (a canonical name in Latin-1)."""

    def fit(cell: str) -> str:
        try:
            cell.encode(encoding)
        except UnicodeEncodeError:
            return str(unidecode(cell))
        return cell

    return fit


# -- worker processes ----------------------------------------------------------

# Set in each worker process by its initializer (never in the parent): the
# resolver, inherited by fork, and what to resolve with.
_worker: tuple[Resolver, CleanOptions] | None = None


def _start_worker(resolver: Resolver, opts: CleanOptions) -> None:
    global _worker
    _worker = (resolver, opts)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    for name in ("SIGTERM", "SIGHUP"):  # the parent ends its workers with SIGTERM: they just stop
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, signal.SIG_DFL)


def _resolve_chunk(values: list[str]) -> list[Resolution]:
    assert _worker is not None
    resolver, opts = _worker
    return resolve_values(resolver, values, lang=opts.lang, types=opts.types, countries=opts.countries)


class _Pool:
    """Resolves distinct values, in worker processes when ``jobs > 1``.

    Workers are forked from this process, so they share its resolver (its
    index is built once); where ``fork`` is not available (Windows, macOS's
    default) values are resolved in this process. Workers ignore SIGINT: a
    Ctrl-C stops the parent, which ends them.
    """

    #: Fewer new values than this are resolved here: a round trip costs more.
    MIN_PARALLEL = 256

    def __init__(self, resolver: Resolver, opts: CleanOptions) -> None:
        self.resolver = resolver
        self.opts = opts
        self._pool: Any = None

    def prepare(self, count: int) -> None:
        """Start the workers if resolving `count` values will use them. Called
        from the main thread between two resolutions: a process forked while
        another thread holds a lock inherits it held."""
        opts = self.opts
        if self._pool is None and self._parallel(count):
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(opts.jobs, initializer=_start_worker, initargs=(self.resolver, opts))

    def _parallel(self, count: int) -> bool:
        return (
            self.opts.jobs > 1
            and count >= self.MIN_PARALLEL
            and "fork" in multiprocessing.get_all_start_methods()
            and sys.platform != "darwin"
        )

    def resolve(self, values: list[str]) -> list[Resolution]:
        """Resolve the values (in the workers where `prepare` started them for as many)."""
        opts = self.opts
        if not self._parallel(len(values)) or self._pool is None:
            return resolve_values(self.resolver, values, lang=opts.lang, types=opts.types, countries=opts.countries)
        size = max(16, len(values) // (opts.jobs * 8))
        chunks = [values[i : i + size] for i in range(0, len(values), size)]
        return [res for part in self._pool.map(_resolve_chunk, chunks) for res in part]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
