"""Accuracy of namenorm.compare on the development sets of name pairs, against rapidfuzz.

Reads ``benchmarks/data/compare_org_dev.tsv`` and ``compare_person_dev.tsv``
(built by ``benchmarks/compare_devset.py``; sources in them) and, with
``--sets``, ``compare_person_hard.tsv`` (built by ``benchmarks/compare_hardset.py``:
relatives, namesakes, scripts and conventions from public sources), and prints
precision, recall and F1 of "one entity" for each class (PER, ORG) and both:

- ``namenorm.compare`` at its documented default threshold
  (``namenorm.comparison.DEFAULT_THRESHOLD``), no language hint;
- rapidfuzz ``token_sort_ratio`` on unidecode-folded, case-folded names, at
  the one cutoff (0-100) that gives it the best F1 over all pairs of these
  same sets: an optimistic baseline, tuned on what it is measured on.

Then the CPU time of a pair for each (namenorm with its caches emptied first,
so that every name is new to it), and namenorm's misses, each with its score:
false matches and missed matches.

    python benchmarks/compare_eval.py [--misses N] [--only ORG|PER] [--sets org,person,person-hard]
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz
from unidecode import unidecode

import namenorm
from namenorm import compare
from namenorm.comparison import DEFAULT_THRESHOLD

DATA = Path(__file__).resolve().parent / "data"
#: The sets by name: their class and file. The default is the first two (the dev sets).
SETS = {
    "org": ("ORG", DATA / "compare_org_dev.tsv"),
    "person": ("PER", DATA / "compare_person_dev.tsv"),
    "person-hard": ("PER", DATA / "compare_person_hard.tsv"),
}
DEFAULT_SETS = ("org", "person")


class Pair(NamedTuple):
    kind: str
    a: str
    b: str
    match: bool


def read_pairs(only: str | None = None, sets: Sequence[str] = DEFAULT_SETS) -> list[Pair]:
    pairs: list[Pair] = []
    for name in sets:
        kind, path = SETS[name]
        if only and kind != only:
            continue
        with path.open(encoding="utf-8") as f:
            rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
            pairs.extend(Pair(r["type"], r["a"], r["b"], r["match"] == "1") for r in rows)
    return pairs


def prf(pairs: Sequence[Pair], said: Sequence[bool]) -> tuple[float, float, float, int]:
    tp = sum(p.match and s for p, s in zip(pairs, said, strict=True))
    fp = sum(not p.match and s for p, s in zip(pairs, said, strict=True))
    fn = sum(p.match and not s for p, s in zip(pairs, said, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(pairs)


def folded_token_sort(a: str, b: str) -> float:
    return float(fuzz.token_sort_ratio(unidecode(a).casefold(), unidecode(b).casefold()))


def best_cutoff(pairs: Sequence[Pair], scores: Sequence[float]) -> int:
    return max(range(101), key=lambda cut: (prf(pairs, [s >= cut for s in scores])[2], -cut))


def table(name: str, pairs: Sequence[Pair], decide: Callable[[int], bool]) -> None:
    for kind in ("PER", "ORG", "all"):
        idx = [i for i, p in enumerate(pairs) if kind in ("all", p.kind)]
        if not idx:
            continue
        p, r, f, n = prf([pairs[i] for i in idx], [decide(i) for i in idx])
        print(f"{name:44}{kind:>5}{n:>6}{p:>11.3f}{r:>8.3f}{f:>8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=60, help="misses shown at most (0: none)")
    parser.add_argument("--only", choices=["ORG", "PER"], help="one class only")
    parser.add_argument(
        "--sets",
        default=",".join(DEFAULT_SETS),
        help=f"comma-separated sets to read, of {', '.join(SETS)} (default: %(default)s)",
    )
    args = parser.parse_args()
    sets = [name.strip() for name in args.sets.split(",") if name.strip()]
    unknown = sorted(set(sets) - set(SETS))
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(SETS)}")
    pairs = read_pairs(args.only, sets)
    compare("warm up", "the tables")  # load the tables once, outside the timing
    namenorm.reset_caches()
    started = time.process_time()
    results = [compare(p.a, p.b) for p in pairs]
    namenorm_us = (time.process_time() - started) / len(pairs) * 1e6
    started = time.process_time()
    rf = [folded_token_sort(p.a, p.b) for p in pairs]
    rapidfuzz_us = (time.process_time() - started) / len(pairs) * 1e6
    cut = best_cutoff(pairs, rf)
    print(f"{len(pairs)} pairs of {', '.join(sets)}; namenorm at its default threshold {DEFAULT_THRESHOLD}")
    print(f"{'system':44}{'class':>5}{'pairs':>6}{'precision':>11}{'recall':>8}{'F1':>8}")
    table("namenorm.compare", pairs, lambda i: results[i].is_match)
    table(f"rapidfuzz token_sort_ratio, best cutoff {cut}", pairs, lambda i: rf[i] >= cut)
    timing = f"namenorm.compare {namenorm_us:.1f} us (names new to it), rapidfuzz {rapidfuzz_us:.1f} us"
    print(f"\nCPU time a pair: {timing}")
    misses = [(p, c) for p, c in zip(pairs, results, strict=True) if c.is_match != p.match]
    if args.misses and misses:
        print(f"\nnamenorm misses ({len(misses)}):")
        for p, c in sorted(misses, key=lambda m: (m[0].kind, m[0].match, -m[1].score))[: args.misses]:
            what = "missed match" if p.match else "false match "
            print(f"  {p.kind} {what} {c.score:.3f} {c.method:8} {p.a!r} ~ {p.b!r}")


if __name__ == "__main__":
    main()
