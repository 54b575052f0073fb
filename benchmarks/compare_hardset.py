"""Build a harder development set of person-name pairs for ``compare`` from sourced names.

``benchmarks/data/compare_person_hard_groups.tsv`` holds people's names as public
sources write them (one source URL per name), grouped by person, and the groups
by family of look-alikes (relatives, namesakes, and organisations or places named
after a person). ``benchmarks/data/compare_person_hard.tsv`` is written from it:

- matches: pairs of names of one person, at most ``--matches`` a person, spread
  evenly over the person's pairs ordered from least to most alike (difflib's ratio
  of ASCII-folded names, a measure neither compared system uses), so that easy
  and hard renderings both count;
- hard non-matches: pairs across the groups of one family (father and son, sisters,
  the person and the airport named after him), at most ``--per-pair`` for two
  groups, the most alike first (an organisation or place only where it shares a
  word with the person's name);
- other non-matches: each person against the ``--near`` most alike people of other
  families, one pair each.

Two names that fold to the same ASCII text are never asked as a non-match: names
alone cannot tell such namesakes apart. The output is sorted and byte-stable;
``--check`` says whether the committed file is up to date.

    python benchmarks/compare_hardset.py [--check]
"""

from __future__ import annotations

import argparse
import difflib
import functools
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

from compare_devset import render  # one layout for every pair set
from unidecode import unidecode

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
GROUPS = DATA / "compare_person_hard_groups.tsv"
OUTPUT = DATA / "compare_person_hard.tsv"
TITLE = """Harder person name pairs for namenorm.compare: match 1 = one person, 0 = two.
Written by benchmarks/compare_hardset.py from compare_person_hard_groups.tsv: names of
one person as public sources write them (scripts, conventions, patronymics, maiden and
married names, nicknames, reversed order), against each other, against relatives and
namesakes, and against organisations and places named after them; each name's source
URL is in the last column."""

Name = tuple[str, str]  # (name, source)
Pair = tuple[str, str, str, int, str]  # (type, a, b, match, source)


@functools.cache
def fold(name: str) -> str:
    """ASCII letters and digits of a name, lower case, one space apart."""
    return " ".join(re.findall(r"[a-z0-9]+", unidecode(name).lower()))


@functools.cache
def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()


def read_groups(path: Path) -> dict[str, list[Name]]:
    """Groups of names in file order; a name in two groups is an error."""
    groups: dict[str, list[Name]] = defaultdict(list)
    seen: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            group, name, source = line.rstrip("\n").split("\t")
            if seen.setdefault(name, group) != group:
                sys.exit(f"{path.name}:{number}: {name!r} is in {seen[name]} and {group}")
            groups[group].append((name, source))
    return groups


def family(group: str) -> str:
    return group.split(":")[0]


def is_person(group: str) -> bool:
    return "@" not in group


def spread(items: list[tuple[Name, Name]], count: int) -> list[tuple[Name, Name]]:
    """At most ``count`` of the name pairs, evenly spaced from least to most alike."""
    ranked = sorted(items, key=lambda p: (ratio(p[0][0], p[1][0]), p[0][0], p[1][0]))
    if len(ranked) <= count:
        return ranked
    step = (len(ranked) - 1) / (count - 1) if count > 1 else 0.0
    return [ranked[round(i * step)] for i in range(count)]


def shares_word(a: str, b: str) -> bool:
    return bool({w for w in fold(a).split() if len(w) >= 3} & {w for w in fold(b).split() if len(w) >= 3})


def closest(g: list[Name], h: list[Name], count: int, *, word: bool = False) -> list[tuple[Name, Name]]:
    """The ``count`` most alike name pairs of two groups, identical folded names aside
    (and, with ``word``, only pairs that share a word)."""
    candidates = [
        (a, b) for a, b in itertools.product(g, h) if fold(a[0]) != fold(b[0]) and (not word or shares_word(a[0], b[0]))
    ]
    candidates.sort(key=lambda p: (-ratio(p[0][0], p[1][0]), p[0][0], p[1][0]))
    return candidates[:count]


def pair(a: Name, b: Name, match: int) -> Pair:
    return ("PER", a[0], b[0], match, f"{a[1]} | {b[1]}")


def build(groups: dict[str, list[Name]], matches: int, per_pair: int, near: int) -> list[Pair]:
    out: list[Pair] = []
    people = sorted(g for g in groups if is_person(g))
    for g in people:
        out.extend(pair(a, b, 1) for a, b in spread(list(itertools.combinations(groups[g], 2)), matches))
    for g, h in itertools.combinations(sorted(groups), 2):
        if family(g) == family(h) and (is_person(g) or is_person(h)):
            thing = not (is_person(g) and is_person(h))
            out.extend(pair(a, b, 0) for a, b in closest(groups[g], groups[h], per_pair, word=thing))
    for g in people:
        others = [h for h in people if family(h) != family(g)]
        best = [(closest(groups[g], groups[h], 1), h) for h in others]
        ranked = sorted(
            ((ratio(c[0][0][0], c[0][1][0]), h, c[0]) for c, h in best if c),
            key=lambda r: (-r[0], r[1]),
        )
        out.extend(pair(a, b, 0) for _r, _h, (a, b) in ranked[:near])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matches", type=int, default=8, help="pairs of one person's names at most")
    parser.add_argument("--per-pair", type=int, default=1, help="non-matches for two groups of one family at most")
    parser.add_argument("--near", type=int, default=1, help="most alike people of other families, per person")
    parser.add_argument("--check", action="store_true", help="say whether the committed file is up to date")
    args = parser.parse_args()
    text = render(build(read_groups(GROUPS), args.matches, args.per_pair, args.near), TITLE)
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            sys.exit(f"out of date: {OUTPUT.name}; run python benchmarks/compare_hardset.py")
        return
    OUTPUT.write_text(text, encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")][1:]
    print(f"{OUTPUT.name}: {len(rows)} pairs, {sum(r[3] == '1' for r in rows)} matches")


if __name__ == "__main__":
    main()
