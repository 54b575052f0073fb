"""What the subcommands share: exit codes, the usage error, the options that
choose the gazetteer and the scope of the answers, reading text input."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from ..codes import check_language
from ..errors import GazetteerError, UsageError

__all__ = [
    "EXIT_OK",
    "EXIT_UNRESOLVED",
    "EXIT_USAGE",
    "ProgressBar",
    "UsageError",
    "add_gazetteer_options",
    "progress_bar",
    "resolver_from",
]
from ..gazetteer import Gazetteer
from ..resolver import Resolver, Scope

EXIT_OK, EXIT_UNRESOLVED, EXIT_USAGE = 0, 1, 2


def add_gazetteer_options(parser: argparse.ArgumentParser) -> None:
    """``--gazetteer PATH`` (repeatable) and ``--with-default``."""
    parser.add_argument(
        "--gazetteer",
        action="append",
        metavar="PATH",
        help="a gazetteer file or folder (repeatable); replaces the default unless --with-default",
    )
    parser.add_argument(
        "--with-default", action="store_true", help="layer --gazetteer files on top of the embedded default"
    )


def add_scope_options(parser: argparse.ArgumentParser, threshold: bool = True) -> None:
    """``--lang``, ``--type`` and ``--country`` (repeatable or comma lists) and ``--threshold``."""
    parser.add_argument("--lang", help="language hint, ISO 639-1 (fi, pl, de ...)")
    parser.add_argument(
        "--type",
        dest="types",
        action="append",
        metavar="TYPE",
        help="only entities of this type answer: PER, LOC, ORG or MISC (repeatable, or a comma list)",
    )
    parser.add_argument(
        "--country",
        dest="countries",
        action="append",
        metavar="CODE",
        help="only entities of this country answer, ISO 3166-1 alpha-2 such as KG (repeatable, or a comma list)",
    )
    if threshold:
        parser.add_argument(
            "--threshold",
            type=float,
            metavar="SCORE",
            help="the lowest score answered, in [0, 1] (default 0.8): higher for precision, lower for recall",
        )


def _codes(values: list[str] | None) -> frozenset[str] | None:
    if not values:
        return None
    return frozenset(code.strip() for value in values for code in value.split(",") if code.strip())


def scope_from(args: argparse.Namespace) -> Scope:
    """The scope ``--type`` and ``--country`` ask for, and ``--lang`` checked."""
    try:
        args.lang = check_language(args.lang)
        return Scope.of(_codes(args.types), _codes(args.countries))
    except ValueError as exc:
        raise UsageError(str(exc).replace("lang must", "--lang must")) from exc


def resolver_from(args: argparse.Namespace) -> Resolver:
    """The resolver the gazetteer options (and ``--threshold``) ask for: the
    shared default resolver unless they change it."""
    threshold = getattr(args, "threshold", None)
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise UsageError(f"--threshold must be in [0, 1], not {threshold}")
    options = {} if threshold is None else {"threshold": threshold}
    if not args.gazetteer:
        return Resolver.default(**options)
    try:
        gazetteer = Gazetteer.load(*args.gazetteer)
    except GazetteerError as exc:
        raise UsageError(str(exc)) from exc
    if args.with_default:
        gazetteer = Gazetteer.default().merge(gazetteer)
    return Resolver(gazetteer, **options)


def text_lines(stream: TextIO, encoding: str, name: str = "stdin") -> Iterator[str]:
    """The lines of a text input, without their line ends, decoded from its
    bytes: invalid bytes are replaced with U+FFFD and each such line named on
    stderr (never a traceback under strict stdio)."""
    buffer: BinaryIO | None = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (in-process use)
        for line in stream:
            yield line.rstrip("\r\n")
        return
    for number, raw in enumerate(buffer, 1):
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError:
            line = raw.decode(encoding, errors="replace")
            print(
                f"namenorm: {name}:{number}: bytes that are not valid {encoding} replaced with U+FFFD "
                "(that line is not resolved); give --encoding",
                file=sys.stderr,
            )
        yield line.rstrip("\r\n")


class ProgressBar:
    """A one-line progress display on a terminal: rows done, rate, and — when
    the input's size is known — the share read and the time left.

    Called as a `namenorm.io.Progress` callback; `finish`
    clears the line.
    """

    def __init__(self, stream: TextIO, width: int = 24) -> None:
        self.stream = stream
        self.width = width
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, rows: int, done: int | None, total: int | None) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = rows / elapsed
        line = f"{rows:>12,} rows  {rate:>9,.0f} rows/s"
        if done is not None and total:
            share = min(1.0, done / total)
            filled = int(share * self.width)
            left = elapsed * (1 - share) / share if share > 0 else 0.0
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"[{bar}] {share:4.0%} {line}  {_clock(left)} left"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        """Clear the progress line."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def progress_bar(stream: TextIO) -> ProgressBar:
    """A `ProgressBar` writing to ``stream`` (stderr)."""
    return ProgressBar(stream)
