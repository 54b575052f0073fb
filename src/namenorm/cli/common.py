"""What the subcommands share: exit codes, the usage error, gazetteer options."""

from __future__ import annotations

import argparse
import time
from typing import TextIO

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
from ..resolver import Resolver

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


def resolver_from(args: argparse.Namespace) -> Resolver:
    """The resolver the gazetteer options ask for."""
    if not args.gazetteer:
        return Resolver.default()
    try:
        gazetteer = Gazetteer.load(*args.gazetteer)
    except GazetteerError as exc:
        raise UsageError(str(exc)) from exc
    if args.with_default:
        gazetteer = Gazetteer.default().merge(gazetteer)
    return Resolver(gazetteer)


class ProgressBar:
    """A one-line progress display on a terminal: rows done, rate, and — when
    the input's size is known — the share read and the time left.

    Called as a `namenorm.csvclean.Progress` callback; `finish`
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
