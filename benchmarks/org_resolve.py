"""Organisations through the resolver: a company's names find its entry, and none one it does not hold.

    python benchmarks/org_resolve.py [--held-out 0.25] [--seed 1] [--show 20]

``compare_eval.py`` measures ``namenorm.compare`` on pairs of organisations'
names; this measures ``namenorm.Resolver`` on the same names
(``benchmarks/data/compare_org_groups.tsv``, with their sources). A share
(``--held-out``) of the groups, drawn with a fixed seed, is left out of the
gazetteer; every other group is one ``ORG`` entity whose name is the group's
first name. Each other name of a gazetteer group is a query that should find
its group (right, wrong or no answer); each name of a held-out group is a
query that should find nothing (open world: every answer is false). Groups
that keep a name apart (``entity:part``) are one entity here.

The baseline runs in the same pass: an exact lookup of the folded name
(``unidecode``, case-folded), else ``rapidfuzz.process.extractOne`` with
``fuzz.token_sort_ratio`` at cutoff 85 over every folded entity name.
Dev data only.
"""

from __future__ import annotations

import argparse
import collections
import random
from pathlib import Path

import namenorm

GROUPS = Path(__file__).resolve().parent / "data" / "compare_org_groups.tsv"


def read_groups() -> dict[str, list[str]]:
    """Names by group (``entity:part`` groups joined into their entity), in file order."""
    groups: dict[str, list[str]] = collections.defaultdict(list)
    with GROUPS.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            group, name, _source = line.rstrip("\n").split("\t")
            groups[group.split(":")[0]].append(name)
    return dict(groups)


class Baseline:
    """An exact lookup of the folded name, else rapidfuzz's closest entity name."""

    def __init__(self, records: list[dict[str, str]]) -> None:
        from unidecode import unidecode

        self.fold = lambda text: unidecode(text).casefold()
        self.names = [self.fold(r["name"]) for r in records]
        self.ids = [r["id"] for r in records]
        self.exact = dict(zip(self.names, self.ids, strict=True))

    def resolve(self, text: str) -> str | None:
        from rapidfuzz import fuzz, process

        folded = self.fold(text)
        if folded in self.exact:
            return self.exact[folded]
        found = process.extractOne(folded, self.names, scorer=fuzz.token_sort_ratio, score_cutoff=85)
        return None if found is None else self.ids[found[2]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", type=float, default=0.25, help="share of the groups left out of the gazetteer")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=20, help="namenorm's misses shown at most")
    args = parser.parse_args()
    groups = read_groups()
    keys = sorted(groups)
    held = set(random.Random(args.seed).sample(keys, round(len(keys) * args.held_out)))
    records = [{"id": g, "name": groups[g][0], "type": "ORG"} for g in keys if g not in held]
    queries = [(name, None if g in held else g) for g in keys for name in groups[g][0 if g in held else 1 :]]
    resolver = namenorm.Resolver(namenorm.Gazetteer.from_records(records))
    systems = {
        "namenorm": lambda q: m.entity.id if (m := resolver.resolve(q)) else None,
        "baseline": Baseline(records).resolve,
    }
    print(f"{len(records)} organisations in the gazetteer, {len(held)} held out; {len(queries)} queries")
    print(f"{'system':10}{'held':>6}{'right':>8}{'wrong':>8}{'none':>8}{'open':>6}{'answered':>10}")
    for name, resolve in systems.items():
        counts: collections.Counter[str] = collections.Counter()
        misses = []
        for query, expected in queries:
            got = resolve(query)
            if expected is None:
                counts["open"] += 1
                counts["answered"] += got is not None
                if got is not None:
                    misses.append(f"  open world answered {query!r} -> {got}")
            else:
                verdict = "none" if got is None else "right" if got == expected else "wrong"
                counts[verdict] += 1
                if verdict != "right":
                    misses.append(f"  {verdict:5} {query!r} -> {got} (is {expected}: {groups[expected][0]!r})")
        held_in = counts["right"] + counts["wrong"] + counts["none"]
        share = [counts[v] / held_in for v in ("right", "wrong", "none")]
        print(
            f"{name:10}{held_in:>6}{share[0]:>8.3f}{share[1]:>8.3f}{share[2]:>8.3f}{counts['open']:>6}"
            f"{counts['answered'] / counts['open']:>10.3f}"
        )
        if name == "namenorm" and args.show:
            print("\n".join(misses[: args.show]))


if __name__ == "__main__":
    main()
