"""The command line: a thin argparse front end over the library.

One module per subcommand in this package, each with ``register(subparsers)``
adding its parser and setting ``func(args, out, stdin) -> exit status``.
Modules are discovered, not listed by hand.

Exit status: 0 ok; 1 some input did not resolve (``lookup``; ``clean`` with
``--strict``); 2 bad usage, unreadable input or an output that cannot be
written (a full disk), reported as one line on stderr, never a traceback.
Interrupted: 130 (Ctrl-C); stopped by SIGTERM or SIGHUP: 128 + the signal's
number.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from ..errors import NamenormError
from ..io import Stopped
from .common import EXIT_OK, EXIT_UNRESOLVED, EXIT_USAGE, UsageError

__all__ = ["EXIT_OK", "EXIT_UNRESOLVED", "EXIT_USAGE", "UsageError", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``namenorm`` command (also used to document it)."""
    parser = argparse.ArgumentParser(
        prog="namenorm",
        description="Resolve transliterated and inflected names to canonical entities.",
    )
    parser.add_argument("--version", action="version", version=f"namenorm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in ("common", "__main__"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stdin: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = stdout or sys.stdout
    try:
        try:
            status: int = args.func(args, out, stdin or sys.stdin)
            out.flush()
        except BrokenPipeError:
            _quiet_stdout()
            return EXIT_OK
        return status
    except (NamenormError, UsageError) as exc:
        _error(str(exc).replace("\n", "; "))
        return EXIT_USAGE
    except OSError as exc:  # a full disk, stdout on a full device
        where = f"{exc.filename}: " if exc.filename else ""
        _error(f"{where}{exc.strerror or exc}; nothing more was written")
        _quiet_stdout()
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Stopped as exc:
        _error(f"{exc}; nothing was left half-written")
        return 128 + exc.signum


def _error(message: str) -> None:
    print(f"namenorm: {message}", file=sys.stderr)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null: Python flushes it at exit, and a pipe that
    closed or a device that is full would print a traceback then."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
