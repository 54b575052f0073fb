"""Reading transliteration tables: plain text, one rule per line.

A table file ``tables/<code>.tsv`` describes one Latin convention::

    # name: Finnish (SFS 4900)
    # lang: fi
    # sample: ru Горбачёв = Gorbatšov
    # cyrillic<TAB>latin<TAB>when<TAB>sources     # comment
    ж	ž			# fi: Ž for Ж
    е	je	start,after-vowel,after-sign

``when`` lists context conditions that must all hold (empty: always);
``sources`` restricts a rule to source languages (empty: all). Rules are tried
longest Cyrillic sequence first, then in file order, so a context rule is
written before the plain rule for the same letter. Conditions:

- ``start`` / ``end``: the sequence starts / ends a word;
- ``after-vowel`` / ``after-consonant`` / ``after-sign``: the previous letter is
  a vowel / a consonant / ь or ъ;
- ``before-vowel``: the next letter is a vowel;
- ``after=жчшщ`` / ``before=еи``: the previous / next letter is one of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

__all__ = ["Rule", "Table", "TableError", "load_table", "table_codes"]

CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєөүұәӣӯ")
SIGNS = frozenset("ьъʼ'")
_KNOWN_CONDITIONS = frozenset(
    {"start", "end", "after-vowel", "after-consonant", "after-sign", "before-vowel", "not-start"}
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
    """A convention: its code, display name, rules by first letter, samples."""

    code: str
    name: str
    lang: str
    rules: dict[str, tuple[Rule, ...]]
    samples: tuple[tuple[str, str, str], ...] = ()
    longest: int = 1
    notes: tuple[str, ...] = field(default=())


def _parse(code: str, text: str) -> Table:
    name, lang = code, code
    samples: list[tuple[str, str, str]] = []
    by_first: dict[str, list[Rule]] = {}
    longest = 1
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{code}.tsv:{number}"
        if raw.startswith("#"):
            header = raw[1:].strip()
            key, _, value = header.partition(":")
            key, value = key.strip(), value.strip()
            if key == "name":
                name = value
            elif key == "lang":
                lang = value
            elif key == "sample":
                source, _, pair = value.partition(" ")
                cyr, sep, lat = pair.partition(" = ")
                if not sep:
                    raise TableError(f"{where}: a sample reads 'SOURCE Кириллица = Latin'")
                samples.append((source, cyr.strip(), lat.strip()))
            continue
        line = raw.split("#", 1)[0].rstrip()
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
        rule = Rule(cols[0], cols[1].strip(), when, sources, number)
        by_first.setdefault(cols[0][0], []).append(rule)
        longest = max(longest, len(cols[0]))
    rules = {
        first: tuple(sorted(group, key=lambda r: -len(r.cyrillic)))  # stable: file order within a length
        for first, group in by_first.items()
    }
    return Table(code, name, lang, rules, tuple(samples), longest)


@cache
def table_codes() -> tuple[str, ...]:
    """The codes of every convention shipped, sorted."""
    folder = resources.files("namenorm.translit").joinpath("tables")
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv")))


@cache
def load_table(code: str) -> Table:
    """Load (once) the table of a convention by its code.

    Raises:
        KeyError: no table has this code.
    """
    if code not in table_codes():
        raise KeyError(f"unknown transliteration convention {code!r}; known: {', '.join(table_codes())}")
    path = resources.files("namenorm.translit").joinpath("tables").joinpath(f"{code}.tsv")
    return _parse(code, path.read_text(encoding="utf-8"))
