"""Snapshot the resolver's answers: the oracle the compiled resolution core is held to.

The resolution core (index, fuzzy candidates, scoring, the open-world gate,
ranking and the decision) moved from Python into ``rust/``. The migration
rule: the Python pipeline of the day before the port is the oracle, until
the core gives the same answers. This script wrote down that pipeline's
answers, over three gazetteers the repository holds:

- ``default``: the embedded default gazetteer;
- ``small``: ``tests/fixtures/small.jsonl``;
- ``synth``: the speed benchmark's generated gazetteer of 20,000 aliases
  (``benchmarks/synth.py``; its records are written beside the snapshot,
  ``tests/golden/core/synth.jsonl.gz``, so that the tests need neither
  GeoNames nor the benchmark);

for a few thousand queries: the golden files' queries, a sample of the
open-world dev set (``benchmarks/data/openworld_dev.tsv``, with its hint and
without), the synthetic benchmark's queries, and random variants of the
gazetteers' names drawn with a fixed seed (inflected in many languages,
transliterated under every convention, misspelled, reordered, initials,
titles, surnames alone), with and without a language hint, some with a
scope (types, countries). For each query it records the decision (status,
answer id and score to six places, its explanation, rivals) and the five
best candidates with their scores, names matched and explanation steps, one
JSON array a line, into ``tests/golden/core/resolver.jsonl.gz``;
``tests/test_core_resolver.py`` checks the core against it.

Run on the Python implementation before the port, it wrote the oracle; run
after it, ``--check`` is one more way to see that the core gives the
recorded answers. After a deliberate change of answers (or of the default
gazetteer, whose digest the snapshot's header holds), rewrite it and say
why in the commit. Kept out of the wheel.

    python scripts/snapshot_resolver.py          # write tests/golden/core/resolver.jsonl.gz (and synth.jsonl.gz)
    python scripts/snapshot_resolver.py --check  # exit 1 if an answer differs

Writing needs the benchmarks' dependencies (``pip install --group bench``:
GeoNames for the synthetic gazetteer); ``--check`` reads the written records.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import os
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import namenorm
from namenorm import translit

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "golden" / "core"
SNAPSHOT = TARGET / "resolver.jsonl.gz"
SYNTH = TARGET / "synth.jsonl.gz"
SMALL = ROOT / "tests" / "fixtures" / "small.jsonl"
SEED = 20261207
#: The layout of the snapshot's lines.
FORMAT = 1


#: Endings (as a language writes them) that the variants take, by language.
ENDINGS: dict[str, tuple[str, ...]] = {
    "fi": ("ssa", "sta", "lle", "n", "ksi", "lla", "in", "ssä", "stä"),
    "et": ("s", "st", "le", "ga", "i"),
    "de": ("s",),
    "en": ("'s",),
    "pl": ("a", "u", "em", "ie", "owi"),
    "cs": ("a", "u", "ovi", "em", "ě"),
    "hu": ("ban", "nak", "ról", "hoz", "ba"),
    "lt": ("o", "ui", "e", "as"),
    "lv": ("a", "am", "ā"),
    "tr": ("'da", "'ın", "'a", "'dan"),
    "hr": ("a", "u", "om"),
    "sv": (":s", "s"),
}
#: Cyrillic endings of Russian, Ukrainian and Bulgarian, for native names.
CYRILLIC_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("а", "у", "ом", "е", "ым", "ой"),
    "uk": ("а", "у", "ові", "ом"),
    "bg": ("а", "ът"),
}
TITLES = ("President", "Mr.", "Dr.", "presidentti", "Herr")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def default_digest() -> str:
    """A digest of the embedded default gazetteer (its records as the package holds them)."""
    return _digest((ROOT / "src" / "namenorm" / "data" / "default.jsonl.gz").read_bytes())


def small_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SMALL.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]


def read_synth() -> list[dict[str, Any]]:
    with gzip.open(SYNTH, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_synth() -> list[dict[str, Any]]:
    """The synthetic gazetteer of 20,000 aliases, written beside the snapshot (byte-stable)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    records = synth.gazetteer_records(20_000)
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
        f.write(lines.encode("utf-8"))
    SYNTH.write_bytes(buffer.getvalue())
    return records


def synth_queries(records: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    return [(q.text, q.lang) for q in synth.queries(records, 2000)]


# -- queries -----------------------------------------------------------------------


Query = tuple[str, str | None, tuple[str, ...] | None, tuple[str, ...] | None]


def golden_queries() -> Iterator[Query]:
    """The golden files' queries, each with its hint and without."""
    for name in ("resolve.tsv",):
        with open(ROOT / "tests" / "golden" / name, encoding="utf-8") as f:
            rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
            for r in rows:
                lang = None if r["lang"] in ("", "-") else r["lang"]
                yield r["query"], lang, None, None
                if lang:
                    yield r["query"], None, None, None
    with open(ROOT / "tests" / "fixtures" / "default_names.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 2 and cells[0] != "query":
                yield cells[0], cells[1] or None, None, None
                yield cells[0], None, None, None
    with open(ROOT / "tests" / "golden" / "seed_expected.tsv", encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or cells[0] == "surface":
                continue
            yield cells[0], None, None, None
            yield cells[0], "fi", None, None


def openworld_queries(step: int = 3) -> Iterator[Query]:
    """Every ``step``-th row of the open-world dev set, with its hint and without."""
    with open(ROOT / "benchmarks" / "data" / "openworld_dev.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    for r in rows[::step]:
        yield r["text"], r["lang"] or None, None, None
        yield r["text"], None, None, None


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    at = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:at] + text[at + 1 :]
    if kind == 1:
        return text[:at] + rng.choice("aeiouykszvnr") + text[at + 1 :]
    return text[: at - 1] + text[at] + text[at - 1] + text[at + 1 :]


def _inflect(rng: random.Random, text: str) -> tuple[str, str]:
    lang = rng.choice(sorted(ENDINGS))
    return text + rng.choice(ENDINGS[lang]), lang


def variants(entities: list[namenorm.Entity], count: int, seed: int) -> Iterator[Query]:
    """``count`` random variants of the entities' names (see the module docstring)."""
    rng = random.Random(seed)
    conventions = sorted(translit.conventions())
    made = 0
    while made < count:
        entity = rng.choice(entities)
        names = [entity.name, *(a.name for a in entity.aliases)]
        name = rng.choice(names)
        native = [a.name for a in entity.aliases if translit.has_cyrillic(a.name)]
        person = entity.type == "PER" and len(name.split()) >= 2
        lang: str | None = None
        kind = rng.randrange(9)
        if kind == 0:
            text = name
        elif kind == 1:
            text = _typo(rng, name)
        elif kind == 2:
            text, lang = _inflect(rng, name if not person else name.split()[-1])
        elif kind == 3 and native:
            text = translit.transliterate(rng.choice(native), to=rng.choice(conventions))
        elif kind == 4 and native:
            source = rng.choice(native)
            lang = rng.choice(sorted(CYRILLIC_ENDINGS))
            word = source.split()[-1]
            text = word + rng.choice(CYRILLIC_ENDINGS[lang])
        elif kind == 5 and person:
            words = name.split()
            text = f"{words[-1]}, {' '.join(words[:-1])}" if rng.random() < 0.5 else f"{words[0][0]}. {words[-1]}"
        elif kind == 6:
            text = f"{rng.choice(TITLES)} {name}"
        elif kind == 7:
            text = rng.choice([name.upper(), name.lower(), f"  {name}  "])
        else:
            text, lang = _inflect(rng, _typo(rng, name))
        if rng.random() < 0.3:
            lang = None if lang else rng.choice([*sorted(ENDINGS), "ru", "fr"])
        types: tuple[str, ...] | None = None
        countries: tuple[str, ...] | None = None
        if rng.random() < 0.15:
            types = (entity.type,) if rng.random() < 0.7 else ("PER",)
            if rng.random() < 0.5:
                countries = (entity.country,) if entity.country else ("KG",)
        made += 1
        yield text, lang, types, countries


# -- answers -----------------------------------------------------------------------


def answers(name: str, resolver: namenorm.Resolver, queries: Iterable[Query]) -> Iterator[list[Any]]:
    """One record a query: the set, the query, the decision and the five best candidates."""
    for text, lang, types, countries in queries:
        decision = resolver.decide(text, lang, types=types, countries=countries)
        m = decision.match
        cands = resolver.candidates(text, 5, lang=lang, types=types, countries=countries)
        yield [
            name,
            text,
            lang,
            list(types) if types else None,
            list(countries) if countries else None,
            decision.status,
            [m.entity.id, f"{m.score:.6f}", m.matched, list(m.steps)] if m else None,
            [[r.entity.id, f"{r.score:.6f}"] for r in decision.rivals],
            [[c.entity.id, f"{c.score:.6f}", c.matched, list(c.steps)] for c in cands],
        ]


def resolvers(synth: list[dict[str, Any]]) -> Iterator[tuple[str, namenorm.Resolver]]:
    yield "default", namenorm.Resolver.default()
    yield "small", namenorm.Resolver(namenorm.Gazetteer.from_records(small_records()))
    yield "synth", namenorm.Resolver(namenorm.Gazetteer.from_records(synth))


def queries_of(name: str, resolver: namenorm.Resolver, synth_asked: list[tuple[str, str | None]]) -> list[Query]:
    entities = list(resolver.gazetteer)
    if name == "default":
        return [
            *golden_queries(),
            *openworld_queries(),
            *variants(sorted(entities, key=lambda e: e.id), 1500, SEED),
        ]
    if name == "small":
        return list(variants(entities, 300, SEED + 1))
    return [*((t, lang, None, None) for t, lang in synth_asked), *variants(entities, 400, SEED + 2)]


def header() -> dict[str, Any]:
    return {"format": FORMAT, "default": default_digest(), "synth": _digest(SYNTH.read_bytes())}


def read_snapshot() -> tuple[dict[str, Any], list[list[Any]]]:
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


def replay(records: list[list[Any]], synth: list[dict[str, Any]]) -> Iterator[tuple[list[Any], list[Any]]]:
    """(recorded, now) for every recorded query."""
    by_set: dict[str, list[list[Any]]] = {}
    for r in records:
        by_set.setdefault(r[0], []).append(r)
    for name, resolver in resolvers(synth):
        recorded = by_set.get(name, [])
        asked = [(r[1], r[2], tuple(r[3]) if r[3] else None, tuple(r[4]) if r[4] else None) for r in recorded]
        yield from zip(recorded, answers(name, resolver, asked), strict=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the snapshot; exit 1 if an answer differs")
    args = parser.parse_args()
    os.environ.setdefault("NAMENORM_CACHE", "off")
    if args.check:
        head, records = read_snapshot()
        if head != header():
            sys.exit(f"the snapshot was written for other gazetteers: {head} != {header()}")
        differ = [(old, new) for old, new in replay(records, read_synth()) if old != new]
        for old, new in differ[:10]:
            print(json.dumps(old, ensure_ascii=False), "\n!=", json.dumps(new, ensure_ascii=False), file=sys.stderr)
        print(f"{len(records)} answers, {len(differ)} differ")
        sys.exit(1 if differ else 0)
    synth = write_synth()
    synth_asked = synth_queries(synth)
    lines = [json.dumps(header())]
    for name, resolver in resolvers(synth):
        for record in answers(name, resolver, queries_of(name, resolver, synth_asked)):
            lines.append(json.dumps(record))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("ascii"))
    SNAPSHOT.write_bytes(buffer.getvalue())
    print(f"{len(lines) - 1} answers written to {SNAPSHOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
