"""``namenorm lookup NAME... [--lang fi] [--type PER] [--json] [--explain] [--top K]``

Output, one line per input line (blank lines included, as ``empty``):

- text: tab-separated ``input, status, canonical, id, score``, always five
  columns (the last three empty unless matched). ``--top`` and ``--explain``
  add detail lines after each row, indented by four spaces (``grep -v '^ '``
  leaves one line per input line);
- ``--json``: one object per input line, one schema with or without
  ``--top``: ``query``, ``status``, ``id``, ``name``, ``type``, ``score`` (null
  unless matched), ``candidates`` (objects of ``id``, ``name``, ``type``,
  ``score``, ``matched``: the rivals of an ambiguous name, or the ``--top``
  best) and, with ``--explain``, ``steps`` for the answer and for each
  candidate.

Exit status: 0 when every name resolved (or was blank), 1 when some did not,
2 for bad usage or an unreadable gazetteer.
"""

from __future__ import annotations

import argparse
import codecs
import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..io.rows import text_of
from ..resolver import Decision, Match, Resolver, Scope
from .common import (
    EXIT_OK,
    EXIT_UNRESOLVED,
    UsageError,
    add_gazetteer_options,
    add_scope_options,
    resolver_from,
    scope_from,
    text_lines,
)

__all__ = ["register"]

#: Candidates shown to explain a miss.
EXPLAINED = 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``lookup`` subcommand."""
    lookup = sub.add_parser(
        "lookup",
        help="resolve names given as arguments or read from stdin, one per line",
        description=(
            "Resolve each NAME (or each line of stdin when no NAME is given, or NAME is -). Prints one "
            "line per name: input, status, canonical, id, score (tab-separated)."
        ),
    )
    lookup.add_argument("names", nargs="*", metavar="NAME", help="names to resolve; - or none reads stdin")
    add_scope_options(lookup)
    lookup.add_argument("--json", action="store_true", help="one JSON object per name (JSON lines)")
    lookup.add_argument("--explain", action="store_true", help="show why: for answers, misses and ambiguous names")
    lookup.add_argument(
        "--top", type=int, metavar="K", default=None, help="also show the K best candidates with their scores (K >= 1)"
    )
    lookup.add_argument("--encoding", default="utf-8", help="encoding of stdin (default utf-8)")
    add_gazetteer_options(lookup)
    lookup.set_defaults(func=_lookup)


def _names(args: argparse.Namespace, stdin: TextIO) -> Iterator[str]:
    if not args.names or args.names == ["-"]:
        yield from text_lines(stdin, args.encoding)
    else:
        yield from args.names


def _lookup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.top is not None and args.top < 1:
        raise UsageError(f"--top must be 1 or more, not {args.top}; leave it out for one answer")
    args.top = args.top or 0
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {args.encoding!r}; give one such as utf-8 or cp1252") from None
    scope = scope_from(args)
    resolver = resolver_from(args)
    status = EXIT_OK
    for name in _names(args, stdin):
        decision = _decide(resolver, name, args.lang, scope)
        if decision.status in ("ambiguous", "unmatched"):
            status = EXIT_UNRESOLVED
        if args.top:
            found = resolver.candidates(name, args.top, lang=args.lang, types=scope.types, countries=scope.countries)
        else:
            found = list(decision.rivals) if decision.status == "ambiguous" else []
        if args.json:
            out.write(json.dumps(_record(name, decision, found, resolver, args, scope), ensure_ascii=False) + "\n")
        else:
            _print(name, decision, found, resolver, args, scope, out)
    return status


def _decide(resolver: Resolver, name: str, lang: str | None, scope: Scope) -> Decision:
    if text_of(name) is not None and "\ufffd" in name:  # bytes lost in decoding: never guessed at
        return Decision("unmatched")
    return resolver.decide(name, lang=lang, types=scope.types, countries=scope.countries)


def _why_not(
    name: str, decision: Decision, resolver: Resolver, lang: str | None, scope: Scope
) -> tuple[list[str], list[Match]]:
    """What explains a decision that is not a match: a sentence, and the candidates it is about."""
    threshold = resolver.options.threshold
    if decision.status == "empty":
        return ["empty: nothing to resolve"], []
    if decision.status == "ambiguous":
        rivals = list(decision.rivals)
        scores = ", ".join(f"{m.entity.name} ({m.entity.id}) {m.score:.3f}" for m in rivals)
        return [f"ambiguous: {scores}, within the margin {resolver.options.margin:g} of each other"], rivals
    if "\ufffd" in name:
        return ["unmatched: the name holds bytes that were not valid text (U+FFFD); give --encoding"], []
    best = resolver.candidates(name, EXPLAINED, lang=lang, types=scope.types, countries=scope.countries)
    if not best:
        return [f"unmatched: no candidate at all (threshold {threshold:g})"], []
    return [f"unmatched: no candidate reaches the threshold {threshold:g}; the best:"], best


def _candidate(m: Match, explain: bool) -> dict[str, Any]:
    record = {k: v for k, v in m.to_dict().items() if k not in ("query", "steps")}
    if explain:
        record["steps"] = list(m.steps)
    return record


def _record(
    name: str, decision: Decision, found: list[Match], resolver: Resolver, args: argparse.Namespace, scope: Scope
) -> dict[str, Any]:
    m = decision.match
    record: dict[str, Any] = {
        "query": name,
        "status": decision.status,
        "id": m.entity.id if m else None,
        "name": m.entity.name if m else None,
        "type": m.entity.type if m else None,
        "score": round(m.score, 4) if m else None,
        "candidates": [_candidate(c, args.explain) for c in found],
    }
    if args.explain:
        if m is not None:
            record["steps"] = list(m.steps)
        else:
            why, about = _why_not(name, decision, resolver, args.lang, scope)
            record["steps"] = why
            if not found:
                record["candidates"] = [_candidate(c, True) for c in about]
    return record


def _print(
    name: str,
    decision: Decision,
    found: list[Match],
    resolver: Resolver,
    args: argparse.Namespace,
    scope: Scope,
    out: TextIO,
) -> None:
    m = decision.match
    shown = name.replace("\t", " ")
    if m is not None:
        out.write(f"{shown}\t{decision.status}\t{m.entity.name}\t{m.entity.id}\t{m.score:.3f}\n")
    else:
        out.write(f"{shown}\t{decision.status}\t\t\t\n")
    detail = "    "
    if args.explain:
        if m is not None:
            out.write("".join(f"{detail}{line}\n" for line in m.explain().splitlines()[1:]))
        else:
            why, about = _why_not(name, decision, resolver, args.lang, scope)
            out.write("".join(f"{detail}{line}\n" for line in why))
            if not args.top:
                for candidate in about:
                    _print_candidate(candidate, None, True, out)
    for rank, candidate in enumerate(found if args.top else [], 1):
        _print_candidate(candidate, rank, args.explain, out)


def _print_candidate(m: Match, rank: int | None, explain: bool, out: TextIO) -> None:
    head = f"{rank}. " if rank is not None else "- "
    out.write(f"    {head}{m.entity.name}\t{m.entity.id}\t{m.score:.3f}\n")
    if explain:
        out.write("".join(f"        {line}\n" for line in m.explain().splitlines()[1:-1]))
