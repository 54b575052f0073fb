"""Speed and scale: namenorm against the obvious rapidfuzz baseline, by gazetteer size.

    python benchmarks/speed_bench.py [--sizes 10000,100000,1000000] [--queries 2000]
        [--baseline-queries 300] [--out benchmarks/results/speed.json] [--plot docs/img/throughput.png]
    python benchmarks/speed_bench.py --plot-only      # redraw the plot from the saved results
    python benchmarks/speed_bench.py --profile 100000 # where the query time goes (pyinstrument)

For each gazetteer size (in aliases: canonical names, aliases and native
names, the strings the baseline searches; see ``benchmarks/synth.py`` for
what they are), in a fresh process:

- builds the gazetteer and namenorm's index (with the index cache off, so
  the build is measured), recording CPU and wall time (the core builds in
  parallel) and the growth of the process's resident memory;
- saves the index to a cache file and loads it back as a new resolver
  would (the digest of the gazetteer and the code, the file mapped and
  checked), measured as the load alone;
- resolves unique queries (exact, transliterated, inflected, unknown: a
  quarter each) one by one, and reports unique names per second of CPU;
- builds the baseline, the closest alias by ``rapidfuzz.process.extractOne``
  over every alias after unidecode (``../shared/eval/adapter.py``, as the
  evaluations run it, exact folded hits first), and resolves every n-th
  query of the same list (``--baseline-queries`` of them) the same way;
- at the middle size, ``resolve_many`` on a batch of 100,000 names with
  repeats (Zipf-like, from the unique queries).

Times are CPU seconds of the process (``time.process_time``): on a machine
that several people share, wall-clock time measures the neighbours. Results
go to a JSON file and a PNG plot of throughput against gazetteer size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EVAL))

BATCH = 100_000


def rss_mb() -> float:
    """Resident memory of this process, in MiB (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """Peak resident memory of this process, in MiB (Linux)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one(size: int, queries: int, baseline_queries: int, batch: bool) -> dict[str, Any]:
    """Every measurement at one gazetteer size (run in a fresh process)."""
    import gc

    import synth

    import namenorm
    from namenorm.index import Index

    out: dict[str, Any] = {"size": size}
    records = synth.gazetteer_records(size)
    asked = synth.queries(records, queries)
    out["aliases"] = synth.alias_count(records)
    out["entities"] = len(records)
    gc.collect()
    m0 = rss_mb()
    t = time.process_time()
    gazetteer = namenorm.Gazetteer.from_records(records)
    out["gazetteer_s"] = time.process_time() - t
    gc.collect()
    m1 = rss_mb()
    t, wall = time.process_time(), time.perf_counter()
    resolver = namenorm.Resolver(gazetteer)  # NAMENORM_CACHE=off: a real build
    out["build_s"] = time.process_time() - t
    out["build_wall_s"] = time.perf_counter() - wall
    gc.collect()
    m2 = rss_mb()
    out["gazetteer_mb"] = m1 - m0
    out["index_mb"] = m2 - m1
    out["rss_mb"] = m2
    out["peak_mb"] = peak_mb()
    out.update({f"index_{k}": v for k, v in resolver.index.stats().items()})

    with tempfile.TemporaryDirectory() as folder:
        os.environ["NAMENORM_CACHE"] = folder
        from namenorm import cache

        key = cache.cache_key(gazetteer, True)
        path = cache.cache_path(gazetteer, True, key)
        assert path is not None
        t = time.process_time()
        cache.store(path, resolver.index.core, key)
        out["cache_store_s"] = time.process_time() - t
        out["cache_file_mb"] = path.stat().st_size / 2**20
        t, wall = time.process_time(), time.perf_counter()
        loaded = Index(gazetteer, cache=True)
        out["cache_load_s"] = time.process_time() - t
        out["cache_load_wall_s"] = time.perf_counter() - wall
        assert loaded.from_cache and len(loaded.names) == len(resolver.index.names)
        del loaded
        os.environ["NAMENORM_CACHE"] = "off"
    gc.collect()

    by_kind: dict[str, list[float]] = {}
    answered = 0
    t0 = time.process_time()
    for q in asked:
        t = time.process_time()
        answered += resolver.resolve(q.text, lang=q.lang) is not None
        by_kind.setdefault(q.kind, []).append(time.process_time() - t)
    total = time.process_time() - t0
    out["queries"] = len(asked)
    out["namenorm_qps"] = len(asked) / total
    out["namenorm_answered"] = answered / len(asked)
    out["namenorm_qps_by_kind"] = {k: len(v) / sum(v) for k, v in by_kind.items()}

    import adapter

    baseline_records = [
        {"id": r["id"], "name": r["name"], "aliases": [*r.get("aliases", ()), *r.get("native", ())]} for r in records
    ]
    t = time.process_time()
    baseline = adapter.RapidFuzz(baseline_records)
    out["baseline_build_s"] = time.process_time() - t
    step = max(1, len(asked) // baseline_queries)
    sample = asked[::step]
    t = time.process_time()
    for q in sample:
        baseline.resolve(q.text, lang=q.lang)
    out["baseline_queries"] = len(sample)
    out["baseline_qps"] = len(sample) / (time.process_time() - t)
    out["ratio"] = out["namenorm_qps"] / out["baseline_qps"]

    if batch:
        rng = random.Random(5)
        weights = [1 / (rank + 1) for rank in range(len(asked))]
        names = [q.text for q in rng.choices(asked, weights=weights, k=BATCH)]
        fresh = namenorm.Resolver(gazetteer)
        t = time.process_time()
        fresh.resolve_many(names)
        out["batch_rows"] = BATCH
        out["batch_unique"] = len(set(names))
        out["batch_rows_per_s"] = BATCH / (time.process_time() - t)
        head = names[:baseline_queries]
        t = time.process_time()
        for name in head:
            baseline.resolve(name)
        out["baseline_batch_rows_per_s"] = len(head) / (time.process_time() - t)
    return out


def profile(size: int, queries: int) -> None:
    """Print a pyinstrument profile of resolving the unique queries at one size."""
    import synth
    from pyinstrument import Profiler

    import namenorm

    records = synth.gazetteer_records(size)
    asked = synth.queries(records, queries)
    resolver = namenorm.Resolver(namenorm.Gazetteer.from_records(records))
    resolver.resolve("warm up the language registry", lang="fi")
    profiler = Profiler(interval=0.0005)
    with profiler:
        for q in asked:
            resolver.resolve(q.text, lang=q.lang)
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def plot(results: list[dict[str, Any]], path: Path) -> None:
    """Unique names per second against gazetteer size, both systems, log-log."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["aliases"] for r in results]
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=120)
    ax.plot(sizes, [r["namenorm_qps"] for r in results], "o-", label="namenorm")
    ax.plot(sizes, [r["baseline_qps"] for r in results], "s--", label="rapidfuzz extractOne (baseline)")
    for r in results:
        ax.annotate(f"{r['ratio']:.2g}×", (r["aliases"], r["namenorm_qps"]), textcoords="offset points", xytext=(4, 6))
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("gazetteer size (aliases)")
    ax.set_ylabel("unique names resolved per CPU second")
    ax.set_title("Throughput against gazetteer size (one core)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=2000, help="unique namenorm queries per size")
    parser.add_argument("--baseline-queries", type=int, default=300, help="of which the baseline resolves this many")
    parser.add_argument("--out", default=str(HERE / "results" / "speed.json"))
    parser.add_argument("--plot", default=str(ROOT / "docs" / "img" / "throughput.png"))
    parser.add_argument("--plot-only", action="store_true")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile the queries at this size, and stop")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--batch", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        os.environ["NAMENORM_CACHE"] = "off"
        print(json.dumps(one(args.one, args.queries, args.baseline_queries, args.batch)))
        return
    if args.profile:
        os.environ["NAMENORM_CACHE"] = "off"
        profile(args.profile, args.queries)
        return
    out = Path(args.out)
    if args.plot_only:
        plot(json.loads(out.read_text())["sizes"], Path(args.plot))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for i, size in enumerate(sizes):
        command = [sys.executable, __file__, "--one", str(size), "--queries", str(args.queries)]
        command += ["--baseline-queries", str(args.baseline_queries)]
        if i == len(sizes) // 2:
            command.append("--batch")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            sys.exit(f"size {size} failed:\n{done.stderr}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{result['aliases']:>9,} aliases ({result['index_names']:,} index names): "
            f"namenorm {result['namenorm_qps']:,.0f}/s, baseline {result['baseline_qps']:,.0f}/s "
            f"({result['ratio']:.0f}x); build {result['build_s']:.1f}s, index {result['index_mb']:,.0f} MiB, "
            f"peak {result['peak_mb']:,.0f} MiB; cache load {result['cache_load_s']:.1f}s",
            flush=True,
        )
    meta = {
        "date": time.strftime("%Y-%m-%d"),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"meta": meta, "sizes": results}, indent=1) + "\n")
    plot(results, Path(args.plot))


if __name__ == "__main__":
    main()
