"""Where a query's time goes: the fuzzy stage against everything before it.

    python benchmarks/query_stages.py [--aliases 10000] [--queries 2000] [--runs 3]

Builds the speed benchmark's gazetteer of ``--aliases`` aliases and its
unique queries (``benchmarks/synth.py``: exact, transliterated, inflected
and unknown names, a quarter each) and resolves them twice, timing each
query: with the fuzzy stage (the search of the blocks for names no key
matched) and without it (``Options(fuzzy=False)``), whose time is the
rest: cleaning, the readings of every word (the inflection hypotheses of
every language when no language is given), the key lookups and the
decision. The difference is the fuzzy stage. Prints CPU microseconds a
query, by kind of query.

The rest does not grow with the gazetteer: at a small size it is the floor
under any gazetteer's time per query. Each run resolves the queries with
new resolvers (answer caches off), the fastest run per kind is shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aliases", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["NAMENORM_CACHE"] = "off"

    import synth

    import namenorm

    records = synth.gazetteer_records(args.aliases)
    asked = synth.queries(records, args.queries)
    gazetteer = namenorm.Gazetteer.from_records(records)
    best: dict[str, tuple[float, float]] = {}
    for _ in range(args.runs):
        timings: dict[str, list[float]] = {}
        for fuzzy in (True, False):
            resolver = namenorm.Resolver(gazetteer, cache_size=0, fuzzy=fuzzy)
            resolver.resolve("warm up the language registry", lang="fi")
            for q in asked:
                start = time.process_time()
                resolver.resolve(q.text, lang=q.lang)
                total = timings.setdefault(q.kind, [0.0, 0.0, 0.0])
                total[0 if fuzzy else 1] += time.process_time() - start
                total[2] += 0.5
        for kind, (spent, rest, count) in timings.items():
            run = (spent / count * 1e6, (spent - rest) / count * 1e6)
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
