"""Where a query's time goes: the fuzzy stage against everything before it.

    python benchmarks/query_stages.py [--aliases 10000] [--queries 2000] [--runs 3]

Builds the speed benchmark's gazetteer of ``--aliases`` aliases and its
unique queries (``benchmarks/synth.py``: exact, transliterated, inflected
and unknown names, a quarter each) and resolves them, timing each query and,
inside it, the fuzzy stage (``namenorm.fuzzy.fuzzy_candidates``, the search
of the blocks for names no key matched). Prints, by kind of query, the CPU
microseconds a query spends in the fuzzy stage and in the rest: cleaning,
the readings of every word (the inflection hypotheses of every language when
no language is given), the key lookups and the decision.

The rest does not grow with the gazetteer: at a small size it is the floor
under any gazetteer's time per query. Each run resolves the queries with a
new resolver and emptied caches, the fastest run per kind is shown.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aliases", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["NAMENORM_CACHE"] = "off"

    import synth
    from compare_bench import clear_caches

    import namenorm

    resolver_module = importlib.import_module("namenorm.resolver")
    records = synth.gazetteer_records(args.aliases)
    asked = synth.queries(records, args.queries)
    gazetteer = namenorm.Gazetteer.from_records(records)

    fuzzy: Callable[..., Any] = resolver_module.fuzzy_candidates
    in_fuzzy = [0.0]

    def timed_fuzzy(*a: Any, **k: Any) -> Any:
        start = time.process_time()
        try:
            return fuzzy(*a, **k)
        finally:
            in_fuzzy[0] += time.process_time() - start

    resolver_module.fuzzy_candidates = timed_fuzzy
    best: dict[str, tuple[float, float]] = {}
    for _ in range(args.runs):
        clear_caches()
        resolver = namenorm.Resolver(gazetteer, cache_size=0)
        resolver.resolve("warm up the language registry", lang="fi")
        totals: dict[str, list[float]] = {}
        for q in asked:
            in_fuzzy[0] = 0.0
            start = time.process_time()
            resolver.resolve(q.text, lang=q.lang)
            spent = time.process_time() - start
            total = totals.setdefault(q.kind, [0.0, 0.0, 0.0])
            total[0] += spent
            total[1] += in_fuzzy[0]
            total[2] += 1
        for kind, (spent, fuzzy_spent, count) in totals.items():
            run = (spent / count * 1e6, fuzzy_spent / count * 1e6)
            if kind not in best or run[0] < best[kind][0]:
                best[kind] = run
    print(f"{args.aliases:,} aliases, {len(asked):,} queries, fastest of {args.runs} runs (CPU µs a query)")
    print(f"{'kind':12} {'total':>9} {'fuzzy':>9} {'rest':>9}")
    for kind, (total, fuzzy_part) in best.items():
        print(f"{kind:12} {total:9.0f} {fuzzy_part:9.0f} {total - fuzzy_part:9.0f}")
    per_four = sum(total for total, _ in best.values())
    floor = sum(total - part for total, part in best.values())
    print(f"one query of each kind: {per_four:.0f} µs ({4e6 / per_four:,.0f} names/s)")
    print(f"the same without the fuzzy stage: {floor:.0f} µs ({4e6 / floor:,.0f} names/s at most)")


if __name__ == "__main__":
    main()
