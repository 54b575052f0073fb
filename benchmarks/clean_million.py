"""``namenorm clean`` on a large file: every row kept, memory bounded.

    python benchmarks/clean_million.py [--rows 1000000] [--distinct 400000] [--jobs 1] [--keep FILE]

Writes a CSV file of ``--rows`` rows (``id,name,note``) whose names are
``--distinct`` distinct values: names of the default gazetteer, some
inflected or respelled, and generated names it lacks, in a seeded random
order, every distinct value at least once. Then runs the installed command
on it, as a user would (``namenorm clean FILE --column name -o OUT``), and
checks that the output has every row, in order, with its cells unchanged;
prints the time, the rate, the peak resident memory of the command and its
summary line. Issue 22's first finding: with the value cache's eviction of
the time, 300,000 rows crashed after 82 s with a ``KeyError`` and no output.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import namenorm

GIVEN = ["Anna", "Jussi", "Olga", "Piotr", "Marta", "Timur", "Aigul", "Lars", "Ewa", "Nurlan", "Mirela", "Kenji"]
FAMILY = ["Korhonen", "Kowalska", "Sidorova", "Berg", "Abenov", "Novak", "Horvat", "Tanaka", "Ionescu", "Ozturk"]


def distinct_names(count: int, rng: random.Random) -> list[str]:
    """``count`` distinct values: gazetteer names and their variants first, then generated names."""
    known = [e.name for e in namenorm.Gazetteer.default()]
    variants = [*known, *(n + "in" for n in known), *(n.upper() for n in known), *(n.split()[-1] for n in known)]
    out = list(dict.fromkeys(variants))[: count // 5]
    seen = set(out)
    i = 0
    while len(out) < count:
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}-{i}"
        i += 1
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def write(path: Path, rows: int, distinct: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    names = distinct_names(distinct, rng)
    order = list(range(len(names))) + [rng.randrange(len(names)) for _ in range(rows - len(names))]
    rng.shuffle(order)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "name", "note"])
        for i, k in enumerate(order):
            writer.writerow([i, names[k], f"note {i % 97}"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--distinct", type=int, default=400_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", help="a folder to write the input and output to (default: a temporary one)")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="namenorm-million-"))
    folder.mkdir(parents=True, exist_ok=True)
    source, target = folder / "in.csv", folder / "out.csv"
    write(source, args.rows, args.distinct)
    print(f"{source}: {args.rows:,} rows, {args.distinct:,} distinct names, {source.stat().st_size / 1e6:.1f} MB")
    command = [sys.executable, "-m", "namenorm", "clean", str(source), "--column", "name", "-o", str(target)]
    command += ["--jobs", str(args.jobs), "--no-progress"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(done.stderr.strip())
    if done.returncode != 0:
        print(f"exit status {done.returncode}", file=sys.stderr)
        return 1
    with open(source, encoding="utf-8", newline="") as a, open(target, encoding="utf-8", newline="") as b:
        rows_in, rows_out = csv.reader(a), csv.reader(b)
        header = next(rows_out)
        next(rows_in)
        count = 0
        for before, after in zip(rows_in, rows_out, strict=True):
            assert after[:3] == before, (before, after)
            count += 1
    assert header == ["id", "name", "note", "name_canonical", "name_id", "name_score", "name_status"]
    print(
        f"{count:,} rows kept, in order, cells unchanged; {seconds:.1f} s ({count / seconds:,.0f} rows/s), "
        f"peak {peak:,.0f} MiB"
    )
    return 0 if count == args.rows else 1


if __name__ == "__main__":
    sys.exit(main())
