"""Build the development sets of name pairs for ``compare`` from grouped names.

- ``benchmarks/data/compare_org_dev.tsv`` from ``compare_org_groups.tsv``:
  every two names of one group are a match; two names of different groups
  that look alike (they share a word, or the first five letters of a word,
  once folded to ASCII, legal forms and a few generic words aside) are not.
- ``benchmarks/data/compare_person_dev.tsv`` from the full-name renderings of
  ``shared/data/persons_dev.tsv`` (each against the person's canonical and
  native names: a match) and ``compare_person_groups.tsv`` (relatives,
  namesakes and colleagues of those people, against them: not a match).

Look-alikes are chosen by shared words so that the set asks the hard
question (Gazprom / Gazprom Neft); at most ``--per-pair`` pairs are taken for
two groups, so that large groups do not dominate. Each group is also paired
with its ``--near`` closest other groups (people: twice as many) by the
closest two names (difflib's ratio, a measure neither system uses). The output is sorted and
byte-stable; ``--check`` says whether the committed files are up to date.

    python benchmarks/compare_devset.py [--persons ../shared/data/persons_dev.tsv] [--check]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

from unidecode import unidecode

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
#: Words that say what an organisation is, not which one: they make no look-alike.
GENERIC = frozenset(
    [
        "llc",
        "ltd",
        "limited",
        "ooo",
        "oao",
        "zao",
        "pao",
        "jsc",
        "pjsc",
        "ojsc",
        "cjsc",
        "ao",
        "plc",
        "inc",
        "co",
        "corp",
        "company",
        "corporation",
        "gmbh",
        "ag",
        "sa",
        "oy",
        "oyj",
        "as",
        "asa",
        "ab",
        "bv",
        "nv",
        "spa",
        "srl",
        "sro",
        "kft",
        "doo",
        "tao",
        "public",
        "joint",
        "stock",
        "closed",
        "open",
        "liability",
        "obshchestvo",
        "ogranichennoi",
        "otvetstvennostyu",
        "aktsionernoe",
        "otkrytoe",
        "zakrytoe",
        "publichnoe",
        "the",
        "of",
        "and",
        "for",
        "bank",
        "group",
        "holding",
        "holdings",
        "international",
        "invest",
        "investments",
        "services",
        "trading",
    ]
)
HEADER = ["type", "a", "b", "match", "source"]


def words(name: str) -> set[str]:
    """Folded words of a name that can make two names look alike."""
    folded = unidecode(name).lower()
    return {w for w in re.findall(r"[a-z0-9]+", folded) if len(w) >= 3 and w not in GENERIC}


def look_alike(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if wa & wb:
        return True
    return bool({w[:5] for w in wa if len(w) >= 5} & {w[:5] for w in wb if len(w) >= 5})


def nearest(
    by_group: dict[str, list[tuple[str, str]]], count: int
) -> set[tuple[tuple[str, str, str], tuple[str, str, str]]]:
    """For each group, the closest name pair with each of its ``count`` closest
    other groups (difflib's ratio of ASCII-folded names; parts of one entity aside)."""
    folded = {g: [(unidecode(n).lower(), n, s) for n, s in names] for g, names in by_group.items()}
    chosen = set()
    for g in sorted(folded):
        best = []
        for h in sorted(folded):
            if g.split(":")[0] == h.split(":")[0]:
                continue
            ratio, a, b = max(
                (difflib.SequenceMatcher(None, x, y).ratio(), (g, n, s), (h, m, t))
                for x, n, s in folded[g]
                for y, m, t in folded[h]
            )
            best.append((ratio, h, a, b))
        for _ratio, _h, a, b in sorted(best, reverse=True)[:count]:
            chosen.add((a, b) if a[0] < b[0] else (b, a))
    return chosen


def read_groups(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            group, name, source = line.rstrip("\n").split("\t")
            rows.append((group, name, source))
    return rows


def pairs_of_groups(
    kind: str, rows: list[tuple[str, str, str]], per_pair: int, near: int
) -> list[tuple[str, str, str, int, str]]:
    """Matches within a group, look-alikes across groups (never across parts of one entity)."""
    out = []
    by_group: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for group, name, source in rows:
        by_group[group].append((name, source))
    for names in by_group.values():
        for (a, sa), (b, sb) in itertools.combinations(names, 2):
            out.append((kind, a, b, 1, f"{sa} | {sb}"))
    groups = sorted(by_group)
    for g, h in itertools.combinations(groups, 2):
        if g.split(":")[0] == h.split(":")[0]:
            continue  # parts of one entity (a former name, a translation): not asked
        taken = 0
        for (a, sa), (b, sb) in itertools.product(by_group[g], by_group[h]):
            if taken < per_pair and look_alike(a, b):
                out.append((kind, a, b, 0, f"{sa} | {sb}"))
                taken += 1
    for (_g, a, sa), (_h, b, sb) in sorted(nearest(by_group, near)):
        out.append((kind, a, b, 0, f"{sa} | {sb}"))
    return out


def person_pairs(persons: Path, per_pair: int, near: int) -> list[tuple[str, str, str, int, str]]:
    """Renderings of one person against the person's names, and look-alike people."""
    rows: list[tuple[str, str, str]] = []
    out = []
    with persons.open(encoding="utf-8") as f:
        people: dict[str, dict[str, str]] = {}
        renderings: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in csv.DictReader(f, delimiter="\t"):
            if row["kind"] != "full":
                continue
            people[row["entity_id"]] = row
            renderings[row["entity_id"]].append((row["rendering"], row["source"]))
    for entity, row in sorted(people.items()):
        canonical, native = row["canonical"], row["native"]
        seen = set()
        for rendering, source in renderings[entity]:
            for name in (canonical, native):
                if rendering != name and (rendering, name) not in seen:
                    seen.add((rendering, name))
                    out.append(("PER", name, rendering, 1, f"persons_dev.tsv ({entity}) | {source}"))
        rows.append((entity, canonical, "persons_dev.tsv canonical"))
        rows.extend((entity, r, s) for r, s in renderings[entity][:3])
    extra = read_groups(DATA / "compare_person_groups.tsv")
    by_extra: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for group, name, source in extra:
        by_extra[group].append((name, source))
    for names in by_extra.values():
        for (a, sa), (b, sb) in itertools.combinations(names, 2):
            out.append(("PER", a, b, 1, f"{sa} | {sb}"))
    every = rows + extra
    by_group: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for group, name, source in every:
        by_group[group].append((name, source))
    for g, h in itertools.combinations(sorted(by_group), 2):
        taken = 0
        for (a, sa), (b, sb) in itertools.product(by_group[g], by_group[h]):
            if taken < per_pair and look_alike(a, b):
                out.append(("PER", a, b, 0, f"{sa} | {sb}"))
                taken += 1
    for (_g, a, sa), (_h, b, sb) in sorted(nearest(by_group, near)):
        out.append(("PER", a, b, 0, f"{sa} | {sb}"))
    return out


def render(pairs: list[tuple[str, str, str, int, str]], header: str) -> str:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines.append("\t".join(HEADER))
    seen = set()
    for kind, a, b, match, source in sorted(set(pairs)):
        key = (kind, *sorted((a, b)))
        if key in seen:
            continue
        seen.add(key)
        lines.append("\t".join([kind, a, b, str(match), source]))
    return "\n".join(lines) + "\n"


ORG_HEADER = """Organisation name pairs for namenorm.compare: match 1 = one entity, 0 = two.
Written by benchmarks/compare_devset.py from compare_org_groups.tsv (sources there, and
per pair in the last column): pairs of one group match; look-alikes of two groups do not."""
PERSON_HEADER = """Person name pairs for namenorm.compare: match 1 = one person, 0 = two.
Written by benchmarks/compare_devset.py from the full-name renderings of
shared/data/persons_dev.tsv (each with its source URL) and compare_person_groups.tsv."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=Path, default=HERE.parent.parent / "shared" / "data" / "persons_dev.tsv")
    parser.add_argument("--per-pair", type=int, default=2, help="look-alikes taken for two groups at most")
    parser.add_argument("--near", type=int, default=3, help="closest other groups each group is paired with")
    parser.add_argument("--check", action="store_true", help="say whether the committed files are up to date")
    args = parser.parse_args()
    outputs = {
        DATA / "compare_org_dev.tsv": render(
            pairs_of_groups("ORG", read_groups(DATA / "compare_org_groups.tsv"), args.per_pair, args.near), ORG_HEADER
        ),
    }
    if args.persons.exists():
        outputs[DATA / "compare_person_dev.tsv"] = render(
            person_pairs(args.persons, args.per_pair, 2 * args.near), PERSON_HEADER
        )
    else:
        print(f"{args.persons} not found: the person set is not rebuilt", file=sys.stderr)
    stale = []
    for path, text in outputs.items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            matches = sum(line.endswith("\t1") or "\t1\t" in line for line in text.splitlines())
            total = sum(1 for line in text.splitlines() if not line.startswith("#")) - 1
            print(f"{path.name}: {total} pairs, {matches} matches")
    if stale:
        sys.exit(f"out of date: {', '.join(stale)}; run python benchmarks/compare_devset.py")


if __name__ == "__main__":
    main()
