"""Memory of the resolver under a stream of distinct strings: it must stay bounded.

    python benchmarks/memory_bench.py [--count 1000000] [--default]

Resolves COUNT distinct random strings (letters, spaces, some Cyrillic) one by
one and prints the process's resident memory every tenth of the way. Every
cache on the path (the resolver's answers, keys, inflection hypotheses,
transliterations) has a size limit, so memory must level off rather than grow
with the number of strings. By default on a small gazetteer (the work per
string is what is measured, not the index); --default uses the embedded one.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--default", action="store_true", help="use the embedded default gazetteer")
    args = parser.parse_args()

    import namenorm
    from conftest import SMALL_RECORDS

    resolver = (
        namenorm.Resolver.default()
        if args.default
        else namenorm.Resolver(namenorm.Gazetteer.from_records(SMALL_RECORDS))
    )
    rng = random.Random(1)
    alphabet = "abcdefghijklmnopqrstuvwxyzäöüšžčабвгдежзийклмнопрстуфхцчшщыэюя"
    print(f"start: {rss_mb():.0f} MiB")
    start = time.perf_counter()
    step = max(1, args.count // 10)
    for i in range(1, args.count + 1):
        length = rng.randint(3, 18)
        text = "".join(rng.choice(alphabet) for _ in range(length)).capitalize() + str(i)
        if rng.random() < 0.3:
            text = text[: length // 2] + " " + text[length // 2 :]
        resolver.resolve(text, lang=rng.choice([None, "fi", "pl", "ru"]))
        if i % step == 0:
            print(f"{i:>9} strings  peak RSS {rss_mb():7.0f} MiB  {i / (time.perf_counter() - start):7.0f} strings/s")


if __name__ == "__main__":
    main()
