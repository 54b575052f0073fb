"""``namenorm annotate [FILE|-] [--lang fi] [--type PER] [--precise] [--format text|json|csv]``: names in running text.

Prints every name mention of the text (one document: the whole file) with
its span (character offsets), surface form, entity and score. See
`namenorm.mentions` for how mentions are found.

Exit status: 0 ok (with or without mentions); 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import TextIO

from ..mentions import Mention, annotate
from .common import EXIT_OK, UsageError, add_gazetteer_options, add_scope_options, resolver_from, scope_from

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``annotate`` subcommand."""
    p = sub.add_parser(
        "annotate",
        help="find and resolve every name mention in running text",
        description=(
            "Find every name in a text (a file, or stdin) and resolve it: span (character offsets), "
            "surface form, entity and score. The whole input is one document: a surname alone after "
            "the full name is the same person."
        ),
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="the text; - or nothing reads stdin")
    add_scope_options(p)
    p.add_argument(
        "--precise",
        action="store_true",
        help="trade recall for precision: a single word at a sentence start needs the text to corroborate it",
    )
    p.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="text: start-end, surface, name, id, score (tab-separated); json: one object per line; csv",
    )
    p.add_argument("--encoding", default="utf-8", help="encoding of the input (default utf-8)")
    add_gazetteer_options(p)
    p.set_defaults(func=_annotate)


def _read(args: argparse.Namespace, stdin: TextIO) -> str:
    try:
        if args.file == "-":
            buffer = getattr(stdin, "buffer", None)
            if buffer is None:
                return stdin.read()
            data = buffer.read()
        else:
            with open(args.file, "rb") as f:
                data = f.read()
    except OSError as exc:
        raise UsageError(f"{args.file}: cannot read: {exc.strerror or exc}") from exc
    try:
        return str(data.decode(args.encoding))
    except LookupError:
        raise UsageError(f"unknown encoding {args.encoding!r}; give one such as utf-8 or cp1252") from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        print(
            f"namenorm: {args.file}:{line}: bytes that are not valid {args.encoding} replaced with U+FFFD",
            file=sys.stderr,
        )
        return str(data.decode(args.encoding, errors="replace"))


def _annotate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    scope = scope_from(args)
    text = _read(args, stdin)
    resolver = resolver_from(args)
    mentions = annotate(
        text, args.lang, resolver=resolver, types=scope.types, countries=scope.countries, precise=args.precise
    )
    _write(mentions, args.format, out)
    return EXIT_OK


def _write(mentions: list[Mention], form: str, out: TextIO) -> None:
    if form == "json":
        for m in mentions:
            out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
        return
    if form == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["start", "end", "text", "id", "name", "type", "score"])
        for m in mentions:
            writer.writerow([m.start, m.end, m.text, m.entity.id, m.entity.name, m.entity.type, f"{m.score:.3f}"])
        return
    for m in mentions:
        surface = m.text.replace("\n", " ").replace("\t", " ")
        out.write(f"{m.start}-{m.end}\t{surface}\t{m.entity.name}\t{m.entity.id}\t{m.score:.3f}\n")
