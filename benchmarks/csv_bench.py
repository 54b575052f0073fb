"""CSV cleaning at scale: ``namenorm clean`` against a plain pandas + rapidfuzz script.

    python benchmarks/csv_bench.py [--rows 1000000] [--distinct 3000] [--unknown 0.2] [--small 100000] [--jobs 1]

Generates a CSV file with one name column (and three other columns) whose
values repeat as names do in real data: a few thousand distinct spellings
drawn with Zipf-like frequencies from the default gazetteer's people and
places (canonical names, aliases, transliterations, Finnish case endings,
lower case) plus unknown names. Then, each in its own process so that peak
memory is its own:

- **namenorm**: ``namenorm.io.clean_csv`` (what ``namenorm clean``
  runs), streaming;
- **baseline**: ``pandas.read_csv`` the whole file, ``rapidfuzz``
  ``process.extractOne`` (cutoff 85) for each distinct value against every
  name of the same gazetteer, ``map`` back, ``to_csv``.

Reports rows/s of the cleaning (the gazetteer index build apart, and in
total), split into resolving the distinct values (values/s) and everything
else (reading, looking up, writing: rows/s), peak resident memory, and
checks that no row was lost. namenorm also
runs on the ``--small`` file, to show its peak memory does not grow with the
file. Needs pandas and rapidfuzz (``pip install -e ".[test]"``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMN = "name"


def _variants(rng: random.Random) -> list[str]:
    """Spellings of the default gazetteer's people and places, as data has them."""
    import namenorm

    out: list[str] = []
    for entity in namenorm.Gazetteer.default():
        if entity.type not in ("PER", "LOC"):
            continue
        names = [entity.name, *(a.name for a in entity.aliases if a.kind == "alias" and a.name.isascii())]
        for name in names[:3]:
            out.append(name)
            if entity.type == "PER":
                surname = name.split()[-1]
                out.append(surname)
                ending = "ille" if surname[-1] not in "aeiouy" else "lle"
                out.append(name.rsplit(" ", 1)[0] + " " + surname + ending)
            if rng.random() < 0.2:
                out.append(name.lower())
    return sorted(set(out))


def _unknown(rng: random.Random, n: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "tos", "vi", "dra", "bek", "ul", "sen", "ma", "gor"]
    out = set()
    while len(out) < n:
        given = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
        family = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        out.add(f"{given} {family}")
    return sorted(out)


def generate(path: Path, rows: int, distinct: int, unknown: float = 0.2, seed: int = 7) -> None:
    """Write the benchmark CSV: id, name, amount, note; ``unknown``: the
    share of the distinct values that are names the gazetteer does not hold."""
    rng = random.Random(seed)
    known = _variants(rng)
    rng.shuffle(known)
    wanted = min(len(known), round(distinct * (1.0 - unknown)))
    pool = known[:wanted] + _unknown(rng, distinct - wanted)
    rng.shuffle(pool)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", COLUMN, "amount", "note"])
        batch = 10_000
        for start in range(0, rows, batch):
            names = rng.choices(pool, weights, k=min(batch, rows - start))
            writer.writerows(
                [start + i, n, f"{rng.random() * 1000:.2f}", "" if i % 3 else "paid, in full"]
                for i, n in enumerate(names)
            )


def run_namenorm(source: str, target: str, jobs: int) -> dict[str, float]:
    import namenorm
    from namenorm.io import CleanOptions, clean_csv

    started = time.perf_counter()
    resolver = namenorm.default_resolver()
    built = time.perf_counter()
    summary = clean_csv(source, target, [COLUMN], resolver=resolver, options=CleanOptions(jobs=jobs))
    done = time.perf_counter()
    return {
        "build": built - started,
        "clean": done - built,
        "rows": summary.rows,
        "matched": summary.matched,
        "distinct": summary.distinct,
        "resolve": summary.resolve_seconds,
    }


def run_baseline(source: str, target: str) -> dict[str, float]:
    import pandas as pd
    from rapidfuzz import fuzz, process
    from unidecode import unidecode

    import namenorm

    def fold(s: str) -> str:
        return str(unidecode(s)).casefold().strip()

    started = time.perf_counter()
    keys, entities = [], []
    for entity in namenorm.Gazetteer.default():
        for name in [entity.name, *entity.alias_names]:
            keys.append(fold(name))
            entities.append(entity)
    built = time.perf_counter()
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    answers = {}
    resolving = time.perf_counter()
    for value in frame[COLUMN].unique():
        hit = process.extractOne(fold(value), keys, scorer=fuzz.ratio, score_cutoff=85) if value.strip() else None
        answers[value] = (entities[hit[2]].name, entities[hit[2]].id, hit[1] / 100) if hit else ("", "", None)
    resolved = time.perf_counter() - resolving
    mapped = frame[COLUMN].map(answers)
    frame[f"{COLUMN}_canonical"] = [a[0] for a in mapped]
    frame[f"{COLUMN}_id"] = [a[1] for a in mapped]
    frame[f"{COLUMN}_score"] = [a[2] for a in mapped]
    frame.to_csv(target, index=False)
    done = time.perf_counter()
    return {
        "build": built - started,
        "clean": done - built,
        "rows": len(frame),
        "matched": int(sum(1 for a in mapped if a[1])),
        "distinct": len(answers),
        "resolve": resolved,
    }


def measure(system: str, source: Path, target: Path, jobs: int) -> dict[str, float]:
    """Run one system in a child process; its timings and its peak memory."""
    command = [sys.executable, __file__, "--child", system, str(source), str(target), "--jobs", str(jobs)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{system} failed with status {child.returncode}")
    result: dict[str, float] = json.loads(output)
    result["wall"] = time.perf_counter() - started
    result["peak_mib"] = usage.ru_maxrss / 1024  # Linux: KiB
    with open(target, encoding="utf-8", newline="") as f:
        result["rows_out"] = sum(1 for _ in csv.reader(f)) - 1
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000, help="a smaller file, for namenorm's memory")
    parser.add_argument("--distinct", type=int, default=3000)
    parser.add_argument("--unknown", type=float, default=0.2, help="the share of distinct values no entity holds")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("SYSTEM", "IN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        system, source, target = args.child
        result = run_namenorm(source, target, args.jobs) if system == "namenorm" else run_baseline(source, target)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as folder:
        big, small = Path(folder) / "big.csv", Path(folder) / "small.csv"
        t = time.perf_counter()
        generate(big, args.rows, args.distinct, args.unknown)
        generate(small, args.small, args.distinct, args.unknown)
        print(f"generated {args.rows:,} + {args.small:,} rows in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        results = [
            ("namenorm", args.rows, measure("namenorm", big, Path(folder) / "nn.csv", args.jobs)),
            ("namenorm", args.small, measure("namenorm", small, Path(folder) / "nn-small.csv", args.jobs)),
            ("pandas + rapidfuzz", args.rows, measure("baseline", big, Path(folder) / "rf.csv", 1)),
        ]
    print(
        f"{platform.python_version()} on {os.cpu_count()} cores; jobs={args.jobs}; "
        f"distinct values {args.distinct}, {args.unknown:.0%} of them unknown"
    )
    print(
        "| system | rows | rows/s (cleaning) | rows/s (total) | distinct values/s "
        "| index build s | peak MiB | rows lost | matched |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, rows, r in results:
        lost = rows - r["rows_out"]
        print(
            f"| {name} | {rows:,} | {rows / r['clean']:,.0f} | {rows / r['wall']:,.0f} "
            f"| {r['distinct'] / r['resolve']:,.0f} | {r['build']:.1f} "
            f"| {r['peak_mib']:.0f} | {lost} | {r['matched'] / rows:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
