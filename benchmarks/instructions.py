"""Instructions per operation, counted by valgrind: a measure that a busy machine does not move.

    python benchmarks/instructions.py [--workloads compare-cold,compare-warm,resolve,resolve-synth]
        [--base ../old-checkout/src] [--pairs 2000] [--aliases 2000] [--queries 400]

Timings on a shared virtual machine vary by a third from run to run, which
hides a change worth a few per cent. ``valgrind --tool=callgrind`` counts the
instructions the process runs instead: the same count for the same code and
inputs, whatever else the machine does. Instructions are not seconds (a
cache miss costs more than an addition), so a count decides between two
versions of the code, and a timed benchmark (``compare_bench.py``,
``speed_bench.py``) gives the figure a bar is judged by.

Each workload runs in two fresh processes under callgrind, one that only
sets it up (imports, gazetteer, index, the tables warmed) and one that also
runs it; the difference, divided by the number of operations, is the cost of
one operation. With ``--base``, another checkout's ``src`` folder is counted
the same way in the same run, and the ratio is shown. Hash seeds are fixed,
so that both processes make the same choices; the objects made by the setup
are moved out of the garbage collector's sight (``gc.freeze``), so that a
full collection over the index, which falls where allocations happen to
trigger it, does not land in one count and not the other; an index large
enough to be cached is built once beforehand, outside valgrind, into a
temporary cache folder, so that both processes load it.

Workloads:

- ``compare-cold``: ``namenorm.compare`` on the pairs of ``compare_bench.py``
  (half one person under two spellings, half two people), every cache emptied
  first;
- ``compare-warm``: the same names in new pairs, after the cold pass;
- ``resolve``: the golden queries (``tests/golden/resolve.tsv``) against the
  default gazetteer, the resolver's answer cache off;
- ``resolve-synth``: the speed benchmark's generated gazetteer and queries of
  every kind (``synth.py``), at ``--aliases`` names (at 10,000 aliases, 400
  queries, counting one checkout took about five minutes).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORKLOADS = ("compare-cold", "compare-warm", "resolve", "resolve-synth")
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _setup(workload: str, args: argparse.Namespace) -> tuple[Callable[[], None], int]:
    """Everything but the measured operations: returns the operations (a
    callable) and how many there are."""
    sys.path.insert(0, str(HERE))
    import namenorm

    if workload.startswith("compare"):
        from compare_bench import clear_caches, pairs_from_gazetteer

        pairs = [(a, b) for a, b, _same in pairs_from_gazetteer(args.pairs, 7)]
        namenorm.compare("warm up", "the tables")
        clear_caches()
        if workload == "compare-warm":
            for a, b in pairs:
                namenorm.compare(a, b)
            pairs = [(a, pairs[(i + 1) % len(pairs)][1]) for i, (a, _b) in enumerate(pairs)]

        def run() -> None:
            for a, b in pairs:
                namenorm.compare(a, b)

        return run, len(pairs)
    if workload == "resolve":
        from answers import golden_queries

        queries = list(dict.fromkeys(golden_queries()))
        gazetteer = namenorm.Gazetteer.default()
    else:
        import synth

        records = synth.gazetteer_records(args.aliases)
        queries = [(q.text, q.lang) for q in synth.queries(records, args.queries)]
        gazetteer = namenorm.Gazetteer.from_records(records)
    resolver = namenorm.Resolver(gazetteer, cache_size=0)
    for lang in sorted({lang for _text, lang in queries if lang}):  # each language's tables loaded
        resolver.resolve("Xyzzyqwe", lang=lang)

    def resolve_all() -> None:
        for text, lang in queries:
            resolver.resolve(text, lang=lang)

    return resolve_all, len(queries)


def _child(workload: str, stage: str, args: argparse.Namespace) -> None:
    run, count = _setup(workload, args)
    gc.collect()
    gc.freeze()
    if stage == "work":
        run()
    print(count)


def _instructions(src: Path, workload: str, stage: str, args: argparse.Namespace) -> tuple[int, int]:
    """(instructions, operations) of one process under callgrind; with the
    stage ``prepare``, a process outside valgrind that fills the index cache."""
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] if stage != "prepare" else []
    command = [
        *valgrind,
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        workload,
        stage,
        *("--pairs", str(args.pairs), "--aliases", str(args.aliases), "--queries", str(args.queries)),
    ]
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if stage == "prepare":
        if done.returncode:
            sys.exit(f"{workload} failed:\n{done.stderr[-2000:]}")
        return 0, 0
    found = _COLLECTED.search(done.stderr)
    if done.returncode or found is None:
        sys.exit(f"{workload} ({stage}) failed under valgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1)), int(done.stdout.split()[-1])


def per_operation(src: Path, workload: str, args: argparse.Namespace) -> float:
    """Instructions of one operation of the workload, with the code in ``src``."""
    _instructions(src, workload, "prepare", args)
    setup, _count = _instructions(src, workload, "setup", args)
    total, count = _instructions(src, workload, "work", args)
    return (total - setup) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workloads", default="compare-cold,compare-warm,resolve")
    parser.add_argument("--base", type=Path, help="another checkout's src folder, counted in the same run")
    parser.add_argument("--pairs", type=int, default=2000, help="compare: pairs of names")
    parser.add_argument("--aliases", type=int, default=2000, help="resolve-synth: gazetteer size")
    parser.add_argument("--queries", type=int, default=400, help="resolve-synth: queries")
    parser.add_argument("--child", nargs=2, metavar=("WORKLOAD", "STAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], args)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    workloads = args.workloads.split(",")
    for workload in workloads:
        if workload not in WORKLOADS:
            sys.exit(f"unknown workload {workload!r}; choose from {', '.join(WORKLOADS)}")
    trees = [("this checkout", ROOT / "src")] + ([("base", args.base.resolve())] if args.base else [])
    os.environ["NAMENORM_CACHE"] = tempfile.mkdtemp(prefix="namenorm-instructions-")
    print(f"{'workload':16}" + "".join(f"{label:>16}" for label, _src in trees) + ("   ratio" if args.base else ""))
    for workload in workloads:
        counts = [per_operation(src, workload, args) for _label, src in trees]
        ratio = f"   {counts[0] / counts[1]:.3f}" if args.base else ""
        print(f"{workload:16}" + "".join(f"{count:>16,.0f}" for count in counts) + ratio, flush=True)
    shutil.rmtree(os.environ["NAMENORM_CACHE"], ignore_errors=True)


if __name__ == "__main__":
    main()
