"""``namenorm clean INPUT --column NAME [-o OUTPUT] ...``: resolve name columns of a CSV file.

Streams files larger than memory; ``-`` reads stdin / writes stdout. See
`namenorm.io.job` for what is guaranteed (no row lost, untouched cells
unchanged, atomic output, regular files only) and ``docs/cli.md`` for every
option.

Exit status: 0 ok; 1 with ``--strict`` when a cleaned cell was unmatched or
ambiguous; 2 bad usage, unreadable input, or an error that stopped cleaning
(the output is then left as it was).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import BinaryIO, TextIO, cast

from ..errors import CleanError
from ..io import FIELDS, CleanOptions, clean_csv
from .common import (
    EXIT_OK,
    EXIT_UNRESOLVED,
    UsageError,
    add_gazetteer_options,
    add_scope_options,
    progress_bar,
    resolver_from,
    scope_from,
)

__all__ = ["register"]

_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``clean`` subcommand."""
    p = sub.add_parser(
        "clean",
        help="resolve name columns of a CSV file, adding canonical names and ids",
        description=(
            "Resolve the names in one or more columns of a CSV file. Adds NAME_canonical, NAME_id, "
            "NAME_score and NAME_status (matched, ambiguous, unmatched, empty) after the existing "
            "columns, or replaces the values (--mode replace). Streams; every row and every other "
            "cell is kept."
        ),
    )
    p.add_argument("input", metavar="INPUT", help="the CSV file, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUTPUT", help="where to write (default: stdout); written atomically")
    p.add_argument(
        "--column", "-c", action="append", required=True, metavar="NAME", help="a column to clean (repeatable)"
    )
    add_scope_options(p)
    p.add_argument(
        "--mode", choices=("add", "replace"), default="add", help="add columns (default) or replace the values"
    )
    p.add_argument(
        "--fields",
        metavar="LIST",
        help=f"added columns per cleaned column, comma-separated from {','.join(FIELDS)} "
        "(default: all in add mode, none in replace mode)",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="worker processes resolving new values (0: one per core; with 1, each batch still uses every core)",
    )
    p.add_argument("--report", metavar="FILE", help="write unmatched and ambiguous values with their counts (CSV)")
    p.add_argument("--encoding", default="utf-8", help="encoding of input and output (default utf-8)")
    p.add_argument("--delimiter", "-d", metavar="CHAR", help="field delimiter (default: sniffed among , ; tab |)")
    p.add_argument(
        "--errors",
        choices=("keep", "replace", "fail"),
        default="keep",
        help="bytes invalid in the encoding: keep them as they are (default), replace them with U+FFFD, or fail",
    )
    p.add_argument("--in-place", action="store_true", help="allow writing over INPUT (atomically)")
    p.add_argument("--strict", action="store_true", help="exit with status 1 when a cell is unmatched or ambiguous")
    p.add_argument(
        "--no-formula-guard",
        dest="guard",
        action="store_false",
        help="do not prefix ' to written cells starting with = + - @ (spreadsheet formulas)",
    )
    progress = p.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None, help="always show progress")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show progress")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    add_gazetteer_options(p)
    p.set_defaults(func=_clean)


def _options(args: argparse.Namespace) -> CleanOptions:
    scope = scope_from(args)
    delimiter = args.delimiter
    if delimiter is not None:
        delimiter = _DELIMITER_NAMES.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            raise UsageError(f"--delimiter must be one character (or tab), not {args.delimiter!r}")
    fields = None
    if args.fields is not None:
        fields = tuple(f.strip() for f in args.fields.split(",") if f.strip())
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 or more")
    try:
        return CleanOptions(
            lang=args.lang,
            types=scope.types,
            countries=scope.countries,
            mode=args.mode,
            fields=fields,
            delimiter=delimiter,
            encoding=args.encoding,
            errors=args.errors,
            guard_formulas=args.guard,
            jobs=jobs,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def _clean(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    opts = _options(args)
    if args.input == "-" and args.in_place:
        raise UsageError("--in-place needs a file, not stdin")
    twice = sorted({c for c in args.column if args.column.count(c) > 1})
    if twice:
        raise UsageError(f"--column {', '.join(twice)} is given twice; give each column once")
    output = args.output if args.output is not None else (args.input if args.in_place else "-")
    if args.input != "-" and (Path(args.input).is_dir() or not Path(args.input).exists()):
        what = "is a folder" if Path(args.input).is_dir() else "no such file"
        raise UsageError(f"{args.input}: {what}; give a CSV file, or - for stdin")
    resolver = resolver_from(args)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    bar = progress_bar(sys.stderr) if show else None
    source = _binary_in(stdin) if args.input == "-" else args.input
    buffered: io.BytesIO | None = None
    if output == "-":
        target = getattr(out, "buffer", None)
        if target is None:  # a text stream without bytes underneath (in-process use)
            buffered = io.BytesIO()
            target = buffered
        else:
            out.flush()
    elif args.in_place and output == args.input:
        target = output
    else:
        target = output
    try:
        summary = clean_csv(
            source, target, args.column, resolver=resolver, options=opts, in_place=args.in_place, progress=bar
        )
    except CleanError as exc:
        if bar is not None:
            bar.finish()
        if exc.file is None and args.input != "-":
            exc = CleanError(exc.message, file=args.input, line=exc.line)
        raise UsageError(str(exc)) from exc
    if bar is not None:
        bar.finish()
    if buffered is not None:
        out.write(buffered.getvalue().decode(opts.encoding, errors="surrogateescape"))
    if args.report:
        try:
            with open(args.report, "w", encoding="utf-8", newline="", errors="surrogateescape") as report:
                summary.write_report(report)
        except OSError as exc:
            raise UsageError(f"{args.report}: cannot write the report: {exc.strerror or exc}") from exc
    if not args.quiet:
        print(f"namenorm: {summary.text()}", file=sys.stderr)
    if args.strict and (summary.unmatched or summary.ambiguous):
        return EXIT_UNRESOLVED
    return EXIT_OK


def _binary_in(stdin: TextIO) -> BinaryIO:
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return cast(BinaryIO, buffer)
    return io.BytesIO(stdin.read().encode("utf-8", errors="surrogateescape"))
