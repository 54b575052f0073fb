"""``namenorm lookup NAME... [--lang fi] [--json] [--explain] [--top K] [--gazetteer PATH]``

Exit status: 0 when every name resolved, 1 when some did not, 2 for bad
usage or an unreadable gazetteer.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ..csvclean import resolve_value
from ..resolver import Match, Resolver
from .common import EXIT_OK, EXIT_UNRESOLVED, UsageError, add_gazetteer_options, resolver_from

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``lookup`` subcommand."""
    lookup = sub.add_parser(
        "lookup",
        help="resolve names given as arguments or read from stdin, one per line",
        description="Resolve each NAME (or each line of stdin when no NAME is given, or NAME is -).",
    )
    lookup.add_argument("names", nargs="*", metavar="NAME", help="names to resolve; - or none reads stdin")
    lookup.add_argument("--lang", help="language hint, ISO 639-1 (fi, pl, de ...)")
    lookup.add_argument("--json", action="store_true", help="one JSON object per name (JSON lines)")
    lookup.add_argument("--explain", action="store_true", help="show how each name was resolved")
    lookup.add_argument(
        "--top",
        type=int,
        metavar="K",
        default=0,
        help="show the K best candidates with their scores instead of one decision",
    )
    add_gazetteer_options(lookup)
    lookup.set_defaults(func=_lookup)


def _names(args: argparse.Namespace, stdin: TextIO) -> Iterator[str]:
    if not args.names or args.names == ["-"]:
        for line in stdin:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line
    else:
        yield from args.names


def _lookup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.top < 0:
        raise UsageError("--top must be a positive number")
    resolver = resolver_from(args)
    status = EXIT_OK
    for name in _names(args, stdin):
        if args.top:
            found = resolver.candidates(name, args.top, lang=args.lang)
            decided = resolver.resolve(name, lang=args.lang)
            if decided is None:
                status = EXIT_UNRESOLVED
            _print_candidates(name, found, decided, args, out)
            continue
        match = resolver.resolve(name, lang=args.lang)
        if match is None:
            status = EXIT_UNRESOLVED
        _print_match(name, match, args, out, resolver)
    return status


def _print_match(name: str, match: Match | None, args: argparse.Namespace, out: TextIO, resolver: Resolver) -> None:
    rivals: tuple[str, ...] = ()
    if match is None:
        rivals = resolve_value(resolver, name, args.lang).candidates
    if args.json:
        record: dict[str, Any] = match.to_dict() if match else {"query": name, "id": None}
        record["status"] = "matched" if match else "ambiguous" if rivals else "unmatched"
        if rivals:
            record["candidates"] = list(rivals)
        if match and not args.explain:
            record.pop("steps")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if match is None:
        verdict = f"ambiguous: {' | '.join(rivals)}" if rivals else "no confident match"
        out.write(f"{name}\t-\t{verdict}\n")
        return
    out.write(f"{name}\t{match.entity.name}\t{match.entity.id}\t{match.score:.3f}\n")
    if args.explain:
        out.write("".join(f"    {line}\n" for line in match.explain().splitlines()))


def _print_candidates(
    name: str, found: Sequence[Match], decided: Match | None, args: argparse.Namespace, out: TextIO
) -> None:
    if args.json:
        record = {
            "query": name,
            "id": decided.entity.id if decided else None,
            "candidates": [{k: v for k, v in m.to_dict().items() if args.explain or k != "steps"} for m in found],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    verdict = f"-> {decided.entity.name}" if decided else "-> no confident match"
    out.write(f"{name}\t{verdict}\n")
    for rank, m in enumerate(found, 1):
        out.write(f"  {rank}. {m.entity.name}\t{m.entity.id}\t{m.score:.3f}\n")
        if args.explain:
            out.write("".join(f"       {line}\n" for line in m.explain().splitlines()))
