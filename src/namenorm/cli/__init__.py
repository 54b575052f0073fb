"""The command line: a thin argparse front end over the library.

One module per subcommand in this package, each with ``register(subparsers)``
adding its parser and setting ``func(args, out, stdin) -> exit status``.
Modules are discovered, not listed by hand.

Exit status: 0 ok; 1 some input did not resolve (``lookup``; ``clean`` with
``--strict``); 2 bad usage or unreadable input, reported as one line on
stderr. Interrupted: 130.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
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
        status: int = args.func(args, out, stdin or sys.stdin)
        return status
    except UsageError as exc:
        print(f"namenorm: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("namenorm: interrupted", file=sys.stderr)
        return 130
