"""Reading transliteration tables: plain text, one rule per line.

A table file ``tables/<code>.tsv`` describes one Latin convention::

    # name: Finnish (SFS 4900)
    # lang: fi
    # source: where the rules come from
    # base: another table whose rules apply after this one's (optional)
    # sample: ru Горбачёв = Gorbatšov
    # cyrillic<TAB>latin<TAB>when<TAB>sources     # comment
    ж	ž			# fi: Ž for Ж
    е	je	start,after-vowel,after-sign

``when`` lists context conditions that must all hold (empty: always);
``sources`` restricts a rule to source languages (empty: all). Rules are tried
longest Cyrillic sequence first, then in file order, so a context rule is
written before the plain rule for the same letter. A table with a ``base``
inherits every rule of that table, after its own: a rule of its own shadows
the base's rules for the same sequence. ``lang`` lists the languages whose
writers use the convention (``hr, sl, sr``). Conditions:

- ``start`` / ``end``: the sequence starts / ends a word;
- ``after-vowel`` / ``after-consonant`` / ``after-sign``: the previous letter is
  a vowel / a consonant / ь or ъ;
- ``before-vowel`` / ``before-consonant``: the next letter is a vowel / a consonant;
- ``after=жчшщ`` / ``before=еи``: the previous / next letter is one of these;
- ``ending``: the rule adds a grammatical ending (Lithuanian -as), applied
  only when endings are asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..packaged import files, read_text

__all__ = ["Rule", "Table", "TableError", "load_table", "table_codes"]

CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєөүұәӣӯ")
SIGNS = frozenset("ьъʼ'")
_KNOWN_CONDITIONS = frozenset(
    {
        "start",
        "end",
        "after-vowel",
        "after-consonant",
        "after-sign",
        "before-vowel",
        "before-consonant",
        "not-start",
        "ending",
    }
)


class TableError(ValueError):
    """A transliteration table file is malformed (the message names file:line)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a Cyrillic sequence, its Latin rendering, and when it applies."""

    cyrillic: str
    latin: str
    when: tuple[str, ...] = ()
    sources: frozenset[str] = frozenset()
    line: int = 0

    def applies(self, word: str, start: int, end: int, source: str) -> bool:
        """Whether the rule applies to ``word[start:end]`` for this source language."""
        if self.sources and source not in self.sources:
            return False
        prev = word[start - 1] if start > 0 else ""
        nxt = word[end] if end < len(word) else ""
        for cond in self.when:
            if cond == "start":
                ok = start == 0 or not prev.isalpha()
            elif cond == "not-start":
                ok = start > 0 and prev.isalpha()
            elif cond == "end":
                ok = not nxt.isalpha()
            elif cond == "after-vowel":
                ok = prev in CYRILLIC_VOWELS
            elif cond == "after-consonant":
                ok = prev.isalpha() and prev not in CYRILLIC_VOWELS and prev not in SIGNS
            elif cond == "after-sign":
                ok = prev in SIGNS
            elif cond == "before-vowel":
                ok = nxt in CYRILLIC_VOWELS
            elif cond == "before-consonant":
                ok = nxt.isalpha() and nxt not in CYRILLIC_VOWELS and nxt not in SIGNS
            elif cond == "ending":
                ok = True  # filtered out beforehand when endings are not wanted
            elif cond.startswith("after="):
                ok = prev != "" and prev in cond[6:]
            elif cond.startswith("before="):
                ok = nxt != "" and nxt in cond[7:]
            else:  # pragma: no cover - rejected when the table is read
                ok = False
            if not ok:
                return False
        return True


@dataclass(frozen=True)
class Table:
    """A convention: its code, display name, rules by first letter, samples.

    Attributes:
        code: the file name without ``.tsv`` (``"fi"``, ``"en-icao"``).
        name: a display name.
        lang: the first of ``langs``.
        rules: every rule (the base table's included), by the first letter of
            its Cyrillic sequence, in the order they are tried.
        samples: golden ``(source, cyrillic, latin)`` triples.
        longest: the longest Cyrillic sequence of any rule.
        langs: the languages whose writers use the convention.
        source: where the rules come from.
        base: the code of the table this one extends, if any.
        own: this table's own rules, in file order (for documentation).
    """

    code: str
    name: str
    lang: str
    rules: dict[str, tuple[Rule, ...]]
    samples: tuple[tuple[str, str, str], ...] = ()
    longest: int = 1
    langs: tuple[str, ...] = ()
    source: str = ""
    base: str | None = None
    own: tuple[Rule, ...] = field(default=())


def _parse(code: str, text: str, base: Table | None = None) -> Table:
    """Parse a table file; ``base`` is the parsed table named by its ``base:`` header."""
    name, origin, base_code = code, "", None
    langs: tuple[str, ...] = (code,)
    samples: list[tuple[str, str, str]] = []
    own: list[Rule] = []
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{code}.tsv:{number}"
        if raw.startswith("#"):
            header = raw[1:].strip()
            key, _, value = header.partition(":")
            key, value = key.strip(), value.strip()
            if key == "name":
                name = value
            elif key == "lang":
                langs = tuple(v.strip() for v in value.split(",") if v.strip())
            elif key == "source":
                origin = value
            elif key == "base":
                base_code = value
            elif key == "sample":
                source, _, pair = value.partition(" ")
                cyr, sep, lat = pair.partition(" = ")
                if not sep:
                    raise TableError(f"{where}: a sample reads 'SOURCE Кириллица = Latin'")
                samples.append((source, cyr.strip(), lat.strip()))
            continue
        line, _, _comment = raw.partition("#")
        line = line.rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        if not cols[0] or not cols[0][0].isalpha() or cols[0] != cols[0].strip():
            raise TableError(f"{where}: expected 'cyrillic<TAB>latin[<TAB>when[<TAB>sources]]'")
        if len(cols) == 1:  # a letter with no Latin rendering (ь, ъ)
            cols.append("")
        when = tuple(c.strip() for c in cols[2].split(",") if c.strip()) if len(cols) > 2 else ()
        for cond in when:
            if cond not in _KNOWN_CONDITIONS and not cond.startswith(("after=", "before=")):
                raise TableError(f"{where}: unknown condition {cond!r}")
        sources = frozenset(s.strip() for s in cols[3].split(",") if s.strip()) if len(cols) > 3 else frozenset()
        own.append(Rule(cols[0].lower(), cols[1].strip(), when, sources, number))
    if base_code is not None and (base is None or base.code != base_code):
        raise TableError(f"{code}.tsv: its base {base_code!r} was not given")
    by_first: dict[str, list[Rule]] = {}
    for rule in (*own, *(r for group in (base.rules.values() if base else ()) for r in group)):
        by_first.setdefault(rule.cyrillic[0], []).append(rule)
    rules = {
        first: tuple(sorted(group, key=lambda r: -len(r.cyrillic)))  # stable: own rules first within a length
        for first, group in by_first.items()
    }
    longest = max((len(r.cyrillic) for group in rules.values() for r in group), default=1)
    return Table(
        code, name, langs[0] if langs else code, rules, tuple(samples), longest, langs, origin, base_code, tuple(own)
    )


@cache
def table_codes() -> tuple[str, ...]:
    """The codes of every convention shipped, sorted."""
    folder = files("namenorm.translit").joinpath("tables")
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv")))


_BASE_HEADER = "# base:"


@cache
def load_table(code: str) -> Table:
    """Load (once) the table of a convention by its code, with its base table.

    Raises:
        KeyError: no table has this code.
        TableError: the file is malformed, or its bases form a cycle.
    """
    return _load(code, ())


def _load(code: str, chain: tuple[str, ...]) -> Table:
    if code not in table_codes():
        raise KeyError(f"unknown transliteration convention {code!r}; known: {', '.join(table_codes())}")
    if code in chain:
        raise TableError(f"{code}.tsv: its bases form a cycle ({' -> '.join((*chain, code))})")
    text = read_text("namenorm.translit", f"tables/{code}.tsv")
    base = None
    for line in text.splitlines():
        if line.startswith(_BASE_HEADER):
            base = _load(line[len(_BASE_HEADER) :].strip(), (*chain, code))
            break
    return _parse(code, text, base)
