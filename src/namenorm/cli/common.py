"""What the subcommands share: exit codes, the usage error, gazetteer options."""

from __future__ import annotations

import argparse

from ..gazetteer import Gazetteer, GazetteerError
from ..resolver import Resolver

EXIT_OK, EXIT_UNRESOLVED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem the user can fix: reported as one line on stderr, exit status 2."""


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
