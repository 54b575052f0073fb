"""Time against input length: annotate, compare, transliterate and clean,
from 10 KB to 10 MB, to show that each is linear (or reads a documented
limit of its input and is then constant).

    python benchmarks/linearity.py [--sizes 10000,100000,1000000,10000000] [--json out.json]

For each function and size it prints the seconds and the seconds per MB,
of wall-clock time and of CPU time (the process's own: on a shared
machine, wall-clock time also counts the others' work); linear work keeps
the per-MB figures level as the size grows tenfold (a quadratic one grows
tenfold with them). The inputs are generated, seeded:

- annotate: news-like English text (``news_text``): sentences of ordinary
  words around names of the default gazetteer, with surnames alone, Finnish
  and English endings, names the gazetteer lacks, and sentence starts;
- compare: two strings of names of the given size each (compare reads the
  first ``namenorm.comparison.MAX_WORDS`` words and ``MAX_NAME_LENGTH``
  characters of each: constant time beyond them);
- transliterate: Cyrillic names and words;
- clean: a CSV file of ``id,name`` rows, a third of the names distinct.

Each measurement starts from ``namenorm.reset_caches()`` and a warm-up, and
the default resolver is built before any clock starts.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import time
from collections.abc import Callable

import namenorm
from namenorm.io import clean_csv

FILLER = [
    "the",
    "government",
    "said",
    "on",
    "tuesday",
    "that",
    "talks",
    "with",
    "officials",
    "would",
    "continue",
    "after",
    "a",
    "meeting",
    "in",
    "the",
    "capital",
    "where",
    "ministers",
    "and",
    "the",
    "opposition",
    "discussed",
    "the",
    "budget",
    "elections",
    "reform",
    "and",
    "the",
    "economy",
    "of",
    "the",
    "region",
    "according",
    "to",
    "a",
    "statement",
    "the",
    "president",
    "and",
    "his",
    "advisers",
    "were",
    "expected",
    "to",
    "travel",
    "next",
    "week",
    "while",
    "protests",
    "continued",
    "in",
    "several",
    "cities",
    "reporters",
    "were",
    "told",
    "by",
    "a",
    "spokesman",
    "who",
    "declined",
    "to",
    "give",
    "details",
]
UNKNOWN = ["Halvorsen", "Kowalczyk", "Oyelaran", "Bergström", "Nakamura", "Dubois", "Okafor", "Lindqvist", "Moreau"]


def news_text(size: int, seed: int = 7) -> str:
    """About ``size`` characters of news-like text naming entities of the default gazetteer."""
    rng = random.Random(seed)
    gazetteer = namenorm.Gazetteer.default()
    people = [e.name for e in gazetteer if e.type == "PER" and " " in e.name]
    places = [e.name for e in gazetteer if e.type == "LOC" and " " not in e.name]
    parts: list[str] = []
    length = 0
    while length < size:
        words = [rng.choice(FILLER) for _ in range(rng.randint(8, 20))]
        person = rng.choice(people)
        surname = person.split()[-1]
        kind = rng.random()
        if kind < 0.3:
            words.insert(rng.randint(0, len(words)), person)
        elif kind < 0.5:
            words.insert(rng.randint(1, len(words)), surname + rng.choice(["", "'s", "in", "ille"]))
        elif kind < 0.8:
            words.insert(rng.randint(1, len(words)), rng.choice(places))
        else:
            words.insert(rng.randint(1, len(words)), rng.choice(UNKNOWN))
        if rng.random() < 0.2:
            words.insert(0, surname)  # a surname alone at a sentence start
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + ". "
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)[:size]


def names_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    names = [e.name for e in namenorm.Gazetteer.default()]
    out: list[str] = []
    length = 0
    while length < size:
        out.append(rng.choice(names))
        length += len(out[-1]) + 1
    return " ".join(out)[:size]


def cyrillic_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    natives = [a.name for e in namenorm.Gazetteer.default() for a in e.aliases if a.script == "Cyrl"]
    out: list[str] = []
    length = 0
    while length < size:
        out.append(rng.choice(natives))
        length += len(out[-1]) + 1
    return " ".join(out)[:size]


def csv_bytes(size: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    names = [e.name for e in namenorm.Gazetteer.default()]
    rows = ["id,name"]
    length = 8
    i = 0
    while length < size:
        name = rng.choice(names) if rng.random() < 0.66 else f"{rng.choice(UNKNOWN)} {i}"
        rows.append(f"{i},{name}")
        length += len(rows[-1]) + 1
        i += 1
    return ("\n".join(rows) + "\n").encode()


def _annotate(size: int) -> Callable[[], object]:
    text = news_text(size)
    return lambda: namenorm.annotate(text)


def _compare(size: int) -> Callable[[], object]:
    a, b = names_text(size, 1), names_text(size, 2)
    return lambda: namenorm.compare(a, b)


def _transliterate(size: int) -> Callable[[], object]:
    text = cyrillic_text(size)
    return lambda: namenorm.transliterate(text, to="fi")


def _clean(size: int) -> Callable[[], object]:
    data = csv_bytes(size)
    return lambda: clean_csv(io.BytesIO(data), io.BytesIO(), ["name"])


def timed(work: Callable[[], object]) -> tuple[float, float]:
    namenorm.reset_caches()
    resolver = namenorm.default_resolver()
    resolver.resolve("warm up")
    namenorm.annotate("Putin met Zhenbekov in Bishkek.")
    namenorm.compare("warm", "up")
    started, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,10000000")
    parser.add_argument("--only", help="comma-separated: annotate,compare,transliterate,clean")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = set((args.only or "annotate,compare,transliterate,clean").split(","))
    jobs: dict[str, Callable[[int], Callable[[], object]]] = {
        "annotate": _annotate,
        "compare": _compare,
        "transliterate": _transliterate,
        "clean": _clean,
    }
    results: list[dict[str, object]] = []
    print(f"{'function':<14}{'size':>12}{'seconds':>10}{'s per MB':>10}{'CPU s':>10}{'CPU/MB':>10}")
    for name, make in jobs.items():
        if name not in chosen:
            continue
        for size in sizes:
            seconds, cpu = timed(make(size))
            per_mb, cpu_mb = seconds / (size / 1e6), cpu / (size / 1e6)
            results.append(
                {"function": name, "bytes": size, "seconds": round(seconds, 4), "cpu_seconds": round(cpu, 4)}
            )
            print(f"{name:<14}{size:>12,}{seconds:>10.3f}{per_mb:>10.3f}{cpu:>10.3f}{cpu_mb:>10.3f}", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"python": sys.version.split()[0], "results": results}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
