"""Load time and memory of the embedded default gazetteer, and of the resolver built on it.

    python benchmarks/load_bench.py [--runs 5] [--no-resolver] [--from-source]

Each run is a fresh Python process (so "cold" means: nothing of namenorm
loaded yet; the operating system may still cache the file, as it would for a
user's second command). namenorm's modules are compiled to bytecode first,
as ``pip install`` does and as Python does on a first import: where
``PYTHONDONTWRITEBYTECODE`` is set (this machine sets it) an edited checkout
would otherwise compile every changed module on every import, a third of
the import's time. ``--from-source`` measures that case instead: every
module compiled from its source in each process. Within a run the script
measures, in order:

- ``import namenorm``;
- ``Gazetteer.default()`` the first time (cold) and again (cached: the same object);
- a reload after ``namenorm.reset_caches()`` (warm: the modules are loaded);
- ``Resolver(Gazetteer.default())``: the index over every name and the
  spellings generated from Cyrillic ones;

with the wall-clock time, the CPU time of the process (what the step costs
on a machine that others share) and the growth of the process's resident
memory. The figures printed are the medians over the runs, as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, os, sys, time

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

out = {}

def step(key, work):
    m, t, c = rss(), time.perf_counter(), time.process_time()
    value = work()
    out[key + "_s"], out[key + "_cpu"] = time.perf_counter() - t, time.process_time() - c
    out[key + "_mb"] = rss() - m
    return value

namenorm = step("import", lambda: __import__("namenorm"))
from namenorm import Gazetteer, reset_caches
gaz = step("cold", Gazetteer.default)
step("cached", Gazetteer.default)
reset_caches()
gaz = step("warm", Gazetteer.default)
out["entities"] = len(gaz)
out["names"] = sum(1 + len(e.aliases) for e in gaz)
if sys.argv[1] == "1":
    r = step("resolver", lambda: namenorm.Resolver(gaz))
    out["indexed"] = len(r.index)
print(json.dumps(out))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes to run (default 5)")
    parser.add_argument("--no-resolver", action="store_true", help="skip building the resolver (slow)")
    parser.add_argument("--from-source", action="store_true", help="no bytecode: every module compiled in each run")
    args = parser.parse_args()
    flags = ["-B"] if args.from_source else []
    if not args.from_source:
        import compileall

        for folder in _package_folders():
            compileall.compile_dir(folder, quiet=1)
    results = []
    for _ in range(args.runs):
        if args.from_source:  # no bytecode to read: every module of namenorm compiled anew
            _remove_bytecode()
        proc = subprocess.run(
            [sys.executable, *flags, "-c", CHILD, "0" if args.no_resolver else "1"],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(proc.stdout))

    def med(key: str) -> float:
        return statistics.median(r[key] for r in results)

    first = results[0]
    print(f"{first['entities']:,} entities, {first['names']:,} names; median of {args.runs} fresh processes\n")
    print("| step | wall | CPU | memory |")
    print("| --- | --- | --- | --- |")
    steps = [
        ("import", "`import namenorm`"),
        ("cold", "`Gazetteer.default()`, cold"),
        ("cached", "`Gazetteer.default()`, cached"),
        ("warm", "reload after `reset_caches()`, warm"),
    ]
    if not args.no_resolver:
        steps.append(("resolver", f"`Resolver(Gazetteer.default())`, {first['indexed']:,} indexed names"))
    for key, label in steps:
        print(f"| {label} | {med(key + '_s'):.3f} s | {med(key + '_cpu'):.3f} s | +{med(key + '_mb'):.0f} MB |")
    return 0


def _package_folders() -> list[str]:
    """The folders of the namenorm package the child processes import."""
    import importlib.util

    spec = importlib.util.find_spec("namenorm")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("namenorm is not installed")
    return list(spec.submodule_search_locations)


def _remove_bytecode() -> None:
    """Delete the compiled bytecode of namenorm's modules (``__pycache__``)."""
    import shutil
    from pathlib import Path

    for folder in _package_folders():
        for cache in Path(folder).rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
