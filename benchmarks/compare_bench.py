"""Speed (and agreement) of namenorm.compare against rapidfuzz, in the same run.

Two sets of pairs, each timed on its own:

- people: typical names, built from the embedded default gazetteer's
  people: each person's canonical name against a spelling of their native
  name under a randomly chosen convention (one person, two spellings), and
  against another person's name (two people);
- long company names: the pairs of ``data/compare_org_dev.tsv`` in which a
  name has five words or more (``OBSHCHESTVO S OGRANICHENNOI
  OTVETSTVENNOSTYU ...``, ``Ural Bank for Reconstruction and Development``),
  one organisation or two.

Timed, for each set:

- ``namenorm.compare`` cold: every cache emptied, so each name is folded for
  the first time (a stream of unseen pairs);
- ``namenorm.compare`` warm: the same names in new pairs (each name met
  before, as when a list is deduplicated or screened against a fixed list:
  every name is compared with many others);
- ``rapidfuzz.fuzz.ratio`` and ``token_sort_ratio`` on unidecode-folded names
  (the obvious baseline), and the share of pairs each gets right at its
  cutoff (namenorm 0.8, rapidfuzz 85).

Wall time and process time (CPU time of this process) are both shown, each
the fastest of several runs: on a busy machine process time is the steadier.
The last column is each system's process time over token_sort_ratio's.

    python benchmarks/compare_bench.py [--pairs N] [--seed S] [--repeat R]
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz
from unidecode import unidecode

import namenorm
from namenorm import compare
from namenorm.translit import conventions, has_cyrillic, transliterate


def pairs_from_gazetteer(count: int, seed: int) -> list[tuple[str, str, bool]]:
    """(a, b, same person?) pairs: half one person under two spellings, half two people."""
    rng = random.Random(seed)
    people = [e for e in namenorm.Gazetteer.default() if e.type == "PER"]
    with_native = [(e, [a.name for a in e.aliases if a.kind == "native" and has_cyrillic(a.name)]) for e in people]
    with_native = [(e, natives) for e, natives in with_native if natives]
    codes = conventions()
    out: list[tuple[str, str, bool]] = []
    while len(out) < count:
        entity, natives = rng.choice(with_native)
        if len(out) % 2 == 0:
            spelling = transliterate(rng.choice(natives), rng.choice(codes))
            out.append((entity.name, spelling, True))
        else:
            other = rng.choice(people)
            if other.id != entity.id:
                out.append((entity.name, other.name, False))
    return out


def long_company_pairs(words: int = 5) -> list[tuple[str, str, bool]]:
    """(a, b, one organisation?) pairs of the organisations' dev set in which a name has ``words`` words or more."""
    path = Path(__file__).resolve().parent / "data" / "compare_org_dev.tsv"
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [
            (r["a"], r["b"], r["match"] == "1") for r in rows if max(len(r["a"].split()), len(r["b"].split())) >= words
        ]


def clear_caches() -> None:
    """Empty every cache of namenorm (``namenorm.reset_caches``), so that names are new to compare()."""
    import namenorm

    namenorm.reset_caches()


def timed(fn: Callable[[str, str], object], pairs: Sequence[tuple[str, str, bool]]) -> tuple[float, float]:
    """Microseconds per pair: wall time and process time."""
    gc.disable()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        for a, b, _same in pairs:
            fn(a, b)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        gc.enable()
    return wall / len(pairs) * 1e6, cpu / len(pairs) * 1e6


def right(decide: Callable[[str, str], bool], pairs: Sequence[tuple[str, str, bool]]) -> float:
    return sum(decide(a, b) == same for a, b, same in pairs) / len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement; the fastest counts")
    args = parser.parse_args()
    compare("warm up", "the tables")  # load tables and data once, outside the timing

    def folded_ratio(a: str, b: str) -> float:
        return fuzz.ratio(unidecode(a).casefold(), unidecode(b).casefold())

    def folded_token_sort(a: str, b: str) -> float:
        return fuzz.token_sort_ratio(unidecode(a).casefold(), unidecode(b).casefold())

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    people = pairs_from_gazetteer(args.pairs, args.seed)
    companies = long_company_pairs()
    print(f"fastest of {args.repeat} runs; load average {load:.1f}")
    for title, pairs in (
        (
            f"{len(people)} pairs of people's names from the default gazetteer (seed {args.seed})",
            people,
        ),
        (f"{len(companies)} pairs of company names of 5+ words (data/compare_org_dev.tsv)", companies),
    ):
        # Names met before, pairs new: each name against the next pair's partner.
        shifted = [(a, pairs[(i + 1) % len(pairs)][1], False) for i, (a, _b, _same) in enumerate(pairs)]
        runs: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": [], "ratio": [], "token_sort": []}
        for _ in range(args.repeat):  # the fastest of several runs: the least disturbed by other work
            clear_caches()
            runs["cold"].append(timed(compare, pairs))
            runs["warm"].append(timed(compare, shifted))
            runs["ratio"].append(timed(folded_ratio, pairs))
            runs["token_sort"].append(timed(folded_token_sort, pairs))
        cold, warm, ratio, token_sort = (
            min(runs[k], key=lambda t: t[1]) for k in ("cold", "warm", "ratio", "token_sort")
        )
        print()
        print(title)
        print(f"{'system':42}{'wall us/pair':>14}{'cpu us/pair':>13}{'right':>8}{'x tsr':>7}")
        rows = [
            ("namenorm.compare, cold caches", cold, right(lambda a, b: compare(a, b).is_match, pairs)),
            ("namenorm.compare, warm caches", warm, None),
            ("rapidfuzz ratio (unidecode), cutoff 85", ratio, right(lambda a, b: folded_ratio(a, b) >= 85, pairs)),
            (
                "rapidfuzz token_sort_ratio (unidecode), 85",
                token_sort,
                right(lambda a, b: folded_token_sort(a, b) >= 85, pairs),
            ),
        ]
        for label, (wall, cpu), share in rows:
            shown = f"{share:.3f}" if share is not None else "-"
            print(f"{label:42}{wall:>14.2f}{cpu:>13.2f}{shown:>8}{cpu / token_sort[1]:>7.1f}")


if __name__ == "__main__":
    main()
