"""Snapshot the inflection hypotheses: tests/golden/core/hypotheses.tsv.gz.

The ranked output of ``namenorm.languages.hypotheses(word, lang,
hinted_only=...)`` for a large list of words, written so that a change of
implementation (the Rust core) can be checked against it hypothesis by
hypothesis (tests/test_core_languages.py). Not shipped.

The words:

- every word of every name of the default gazetteer, as the resolver sees
  it (``exact_key(name).split(" ")``);
- those words inflected by the languages' own tables: a name word plus each
  ending of each table (with the vowel the rule restores replaced: ``praha``
  -> ``prahy``), after a separator (``eu:n``, ``putin'in``, ``shaw-val``),
  with each stem change applied backwards (``helsinki`` -> ``helsingissä``),
  and Turkic suffix chains;
- the words of the golden files and of the per-language test tables;
- seeded random words in the letters of every table, and a few long ones.

The queries (``--new``): every word without a hint; with ``hinted_only=True`` for the
language(s) that made the form and two more; with ``hinted_only=False``
for one more language (all seeded). A coverage check then looks for every
rule of every table in the output (by the name the rule gives a
hypothesis) and lists the rules no hypothesis shows.

    python scripts/snapshot_languages.py --new      # new words: write a new snapshot, report coverage
    python scripts/snapshot_languages.py            # the snapshot's queries asked again: rewrite it
    python scripts/snapshot_languages.py --check    # compare with the committed snapshot (exit 1 if it differs)

A deliberate change of behaviour rewrites the snapshot (the second form)
in the commit that makes it, so that the diff of the snapshot shows what
changed; ``--new`` is for a new list of words (new tables, new names).
"""

from __future__ import annotations

import argparse
import ast
import gzip
import random
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "golden" / "core" / "hypotheses.tsv.gz"
SEED = 20261101
#: Forms made per rule (and per restore string) from name words.
PER_RULE = 4
#: Random words.
RANDOM_WORDS = 3000
#: Languages tried with hinted_only=True beside the one that made a form, and with hinted_only=False.
HINTED_EXTRA, UNHINTED_EXTRA = 2, 1

# The letters of the tables, by script, for random words and synthetic stems.
LATIN = "abcdefghijklmnopqrstuvwxyzäöüõåéáíóúýčćďěňřšťžůąęłńśźżőűâîşğıçəğñǵńóúūāēīūļķģņ" + "ǵ"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґўјљњџћђѓќѕәөүұқғңһ"
GEORGIAN = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ"
ARMENIAN = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև"


def _script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            for script in ("CYRILLIC", "GEORGIAN", "ARMENIAN"):
                if name.startswith(script):
                    return script
            return "LATIN"
    return "LATIN"


# -- the rules, read from the tables (src/namenorm/languages/tables/) ----------------


def _engine_order(rules: Iterable[Any]) -> tuple[Any, ...]:
    """An ending table as the engine tries it: longest ending first (in table order for one length)."""
    return tuple(sorted(rules, key=lambda s: -len(s.ending)))


def _with_cyrillic(rules: tuple[Any, ...], stem: bool = False) -> tuple[Any, ...]:
    """The Latin rules of hr.tsv and their Serbian Cyrillic twins (for sr and bs)."""
    from dataclasses import replace

    from namenorm.languages.hr import to_cyrillic as cyr

    if stem:
        return rules + tuple(
            replace(a, stem=cyr(a.stem), base=cyr(a.base), after=cyr(a.after), not_after=cyr(a.not_after))
            for a in rules
        )
    twins = tuple(
        replace(
            s,
            ending=cyr(s.ending),
            restore=tuple(cyr(r) for r in s.restore),
            after=cyr(s.after),
            not_after=cyr(s.not_after),
        )
        for s in rules
        if cyr(s.ending) != s.ending
    )
    return rules + twins


def suffix_tables() -> list[tuple[tuple[str, ...], str, tuple[Any, ...]]]:
    """(language codes, table name, Suffix rules) for every ending table, in the order the
    snapshot was first made in (rules in the order the engine tries them where it sorts them)."""
    from namenorm.languages._tables import suffixes

    out: list[tuple[tuple[str, ...], str, tuple[Any, ...]]] = []
    for code in ("en", "de", "nl", "sv", "da", "no"):
        out.append(((code,), "endings", _engine_order(suffixes("germanic", "endings", code))))
    for name in ("cases", "plural cases", "separated", "clitics", "possessives"):
        out.append((("fi",), name, suffixes("fi", name)))
    et_cases = suffixes("et", "cases")
    out.append((("et",), "cases", et_cases[1:]))
    for name in ("plural markers", "clitics"):
        out.append((("et",), name, suffixes("et", name)))
    out.append((("et",), "genitive", et_cases[:1]))
    out.append((("hu",), "cases", suffixes("hu", "cases")))
    out.append((("hu",), "inner", suffixes("hu", "inner")))
    for code in ("pl", "cs", "sk", "sl", "bg", "mk"):
        out.append(((code,), "endings", _engine_order(suffixes(code, "endings"))))
    latin = suffixes("hr", "endings")
    out.append((("hr",), "endings", _engine_order(latin)))
    for code in ("sr", "bs"):
        out.append(((code,), "endings", _engine_order(_with_cyrillic(latin))))
    out.append((("lt",), "endings", suffixes("lt", "endings")))
    out.append((("lv",), "endings", suffixes("lv", "endings")))
    for code in ("ru", "uk", "be"):
        out.append(((code,), "endings", _engine_order(suffixes("ru", "endings", code))))
    out.append((("ka",), "endings", suffixes("ka", "endings")))
    out.append((("hy",), "endings", suffixes("hy", "endings")))
    return out


def stem_tables() -> list[tuple[tuple[str, ...], str, tuple[Any, ...]]]:
    """(language codes, table name, StemRule rules) for every table of stem changes."""
    from namenorm.languages._tables import stem_rules

    out: list[tuple[tuple[str, ...], str, tuple[Any, ...]]] = [
        (("fi",), "stem types", stem_rules("fi", "stem types")),
        (("fi",), "plural stems", stem_rules("fi", "plural stems")),
        (("fi",), "plural j stems", stem_rules("fi", "plural j stems")),
        (("et",), "stem rules", stem_rules("et", "stem rules")),
    ]
    for code in ("pl", "cs", "sk", "sl", "bg", "mk"):
        out.append(((code,), "alternations", stem_rules(code, "alternations")))
    latin = stem_rules("hr", "alternations")
    out.append((("hr",), "alternations", latin))
    for code in ("sr", "bs"):
        out.append(((code,), "alternations", _with_cyrillic(latin, stem=True)))
    return out


POSSESSIVE = 2  # the possessive slot (rust/src/languages/turkic.rs SLOTS)
SLOTS = ["relative", "case", "possessive", "plural", "derivation"]


def turkic_languages() -> list[Any]:
    """Each Turkic language: its code, its suffix forms in the order the engine tries them
    (slot, then the longer form), its harmony, softening and whether it writes apostrophes."""
    from types import SimpleNamespace

    from namenorm.languages._tables import rows

    out = []
    for table, code in (("tr", "tr"), ("turkic", "kk"), ("turkic", "ky"), ("turkic", "az")):
        forms = [
            SimpleNamespace(
                ending=form,
                case=r.case,
                slot=SLOTS.index(r.slot),
                weight=r.weight,
                after=r.after,
                needs=SLOTS.index(r.needs) if r.needs else -1,
                example=r.example,
            )
            for r in rows(table, "suffixes", code)
            for form in r.forms
        ]
        parameters = {r.name: "".join(r.value) for r in rows(table, "parameters", code)}
        out.append(
            SimpleNamespace(
                code=code,
                suffixes=tuple(sorted(forms, key=lambda s: (s.slot, -len(s.ending)))),
                harmony={r.vowel: r.follows for r in rows(table, "harmony", code)},
                softening={r.stem: r.base for r in rows(table, "softening", code)},
                apostrophes=parameters.get("apostrophes") == "yes",
            )
        )
    return out


# -- the words -------------------------------------------------------------------


def gazetteer_words() -> list[str]:
    import namenorm
    from namenorm.keys import exact_key

    words: set[str] = set()
    for entity in namenorm.Gazetteer.default():
        for alias in entity.aliases:
            words.update(w for w in exact_key(alias.name).split(" ") if w)
    return sorted(words)


def test_words() -> list[str]:
    """The words of the golden files and of the language tests' string constants."""
    from namenorm.keys import exact_key

    texts: list[str] = []
    for path in sorted((ROOT / "tests").glob("test_lang*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    for path in sorted((ROOT / "tests" / "golden").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                texts += line.split("\t")[:2]
    words: set[str] = set()
    for text in texts:
        if len(text) <= 80:
            words.update(w for w in exact_key(text).split(" ") if w)
            words.update(w for w in text.casefold().split() if w)
    return sorted(words)


def _condition(stem: str, after: str, not_after: str) -> bool:
    if not stem:
        return False
    return (not after or stem[-1] in after) and (not not_after or stem[-1] not in not_after)


class Forms:
    """Inflected forms, each with the languages whose rules made it."""

    def __init__(self, pool: list[str], rng: random.Random) -> None:
        self.by_script: dict[str, list[str]] = defaultdict(list)
        for w in pool:
            if w.isalpha() and 3 <= len(w) <= 14:
                self.by_script[_script(w)].append(w)
        self.rng = rng
        self.made: dict[str, set[str]] = defaultdict(set)

    def add(self, form: str, lang: str) -> None:
        if form and "\t" not in form and "\n" not in form:
            self.made[form].add(lang)

    def bases(self, script: str, ending: str = "", n: int = PER_RULE * 3) -> list[str]:
        pool = self.by_script.get(script) or self.by_script["LATIN"]
        if ending:
            fitting = [w for w in pool if w.endswith(ending) and len(w) > len(ending) + 1]
            if fitting:
                return self.rng.sample(fitting, min(n, len(fitting)))
        return self.rng.sample(pool, min(n, len(pool)))

    def suffix(self, lang: str, s: Any) -> None:
        """Forms of one Suffix rule: a stem that fits its conditions + the ending."""
        letters = {"CYRILLIC": CYRILLIC, "GEORGIAN": GEORGIAN, "ARMENIAN": ARMENIAN}.get(
            _script(s.ending + "".join(s.restore) + s.after), LATIN
        )
        script = _script(s.ending + "".join(s.restore) + s.after + s.not_after)
        for tail in s.restore:
            made = 0
            for word in self.bases(script, tail):
                stem = word[: len(word) - len(tail)] if tail and word.endswith(tail) else word
                if not _condition(stem, s.after, s.not_after):
                    if s.after:
                        stem = stem + self.rng.choice(s.after)
                    else:
                        continue
                if len(stem) < s.min_stem or not _condition(stem, s.after, s.not_after):
                    continue
                self.add(stem + s.ending, lang)
                made += 1
                if made >= PER_RULE:
                    break
            if made == 0:  # a synthetic stem
                stem = "".join(self.rng.choice(letters) for _ in range(4))
                stem += self.rng.choice(s.after) if s.after else ""
                self.add(stem + s.ending, lang)

    def stem_rule(self, lang: str, r: Any, endings: list[str]) -> None:
        """Forms that need a stem change undone: a base in ``r.base``, its stem in ``r.stem``, + an ending."""
        script = _script(r.stem + r.base + "a")
        for word in self.bases(script, r.base, PER_RULE):
            stem = word[: len(word) - len(r.base)] + r.stem if r.base else word + r.stem
            for ending in self.rng.sample(endings, min(3, len(endings))):
                self.add(stem + ending, lang)


def inflected_forms(pool: list[str], rng: random.Random) -> dict[str, set[str]]:
    from namenorm.languages import et, fi, hu, lt, lv, ru
    from namenorm.languages._tables import rows

    # the stem vowels an Estonian ending after a separator may start with
    separated_vowels = next(r.value for r in rows("et", "parameters") if r.name == "separated_vowels")
    forms = Forms(pool, rng)
    endings_of: dict[str, list[str]] = defaultdict(list)
    for codes, _name, table in suffix_tables():
        for code in codes:
            for s in table:
                forms.suffix(code, s)
                if s.ending and "".join(s.restore) == "":
                    endings_of[code].append(s.ending)
    for codes, _name, table in stem_tables():
        for code in codes:
            for r in table:
                forms.stem_rule(code, r, endings_of[code] or ["a"])
    # Finnish: strong grades made weak before a vowel and a weak-grade ending,
    # plural stems, possessives and clitics on case forms, hyphenated and closed compounds.
    weak_endings = [s.ending for s in fi.CASES if s.tag == "weak"]
    for g in fi.GRADATION:
        found = [w for v in "aiuy" for w in forms.bases("LATIN", g.strong + v, PER_RULE) if w.endswith(g.strong + v)]
        for word in found + [f"pa{g.strong}{v}" for v in "aiuyä"]:
            if word.endswith(g.strong + word[-1]) and word[-1] in "aeiouyäö":
                head = word[: len(word) - len(g.strong) - 1]
                for ending in rng.sample(weak_endings, 3):
                    vowel = "e" if word[-1] == "i" else word[-1]
                    forms.add(head + g.weak + vowel + ending, "fi")
        # and the strong grade written in a stem type that weakens (Tehdas : Tehtaan)
        forms.add("teh" + g.strong + "aan", "fi")
    for word in forms.bases("LATIN", "i", 10):  # plural j of i: Pelle-Hermanneja
        forms.add(word[:-1] + "eja", "fi")
        forms.add(word[:-1] + "ejen", "fi")
    for s in fi.PLURAL_CASES:
        for word in forms.bases("LATIN", "", PER_RULE):
            forms.add(word + "i" + s.ending, "fi")
            forms.add(word + "oi" + s.ending, "fi")
    case_forms = [w + s.ending for s in fi.CASES for w in forms.bases("LATIN", "", 2)]
    for p in fi.POSSESSIVES:
        for form in rng.sample(case_forms, PER_RULE * 2):
            forms.add(form + p.ending, "fi")
    for c in fi.CLITICS:
        for form in rng.sample(case_forms, PER_RULE):
            forms.add(form + c.ending, "fi")
    for first, second in zip(rng.sample(case_forms, 40), rng.sample(case_forms, 40), strict=True):
        forms.add(first + "-" + second, "fi")
    for word in forms.bases("LATIN", "", 20):
        for s in ("ssa", "sta", "lla", "lta", "lle", "ksi", "tta"):
            forms.add(word + s + word[::-1] + s, "fi")
    # Estonian: separated endings, plural markers, stem rules with gradation, clitics
    for word in forms.bases("LATIN", "", 12):
        for vowel in separated_vowels:
            for s in et.CASES:  # the genitive (the zero ending) first
                if vowel or s.ending:
                    forms.add(f"{word}'{vowel}{s.ending}", "et")
                    forms.add(f"{word}-{vowel}{s.ending}", "et")
    for g in et.GRADATION:
        for word in forms.bases("LATIN", g.strong, PER_RULE):
            stem = word[: len(word) - len(g.strong)] + g.weak
            for vowel in "iaeu":
                forms.add(stem + vowel + rng.choice(["le", "s", "st", ""]), "et")
    for word in forms.bases("LATIN", "", 20):
        for p in et.PLURAL_MARKERS:
            forms.add(word + "i" + p.ending + rng.choice(["s", "le", "ga", "st", "d"]), "et")
        for c in et.CLITICS:
            forms.add(word + "ile" + c.ending, "et")
    for word in forms.bases("LATIN", "", 20):  # syncope: Teater : Teatri
        forms.add(word + "tri", "et")
        forms.add(word + "tlile", "et")
    # Hungarian: lengthened vowels, inner suffixes before a case, hyphen forms
    for row in hu.LENGTHENED:
        for word in forms.bases("LATIN", row.short, PER_RULE):
            for s in rng.sample(hu.CASES[:40], 3):
                forms.add(word[:-1] + row.long + s.ending, "hu")
    for inner in hu.INNER:
        for word in forms.bases("LATIN", "", PER_RULE):
            forms.add(word + inner.ending + rng.choice(["nak", "ban", "t", "val", "hoz"]), "hu")
    for s in hu.CASES:
        for word in forms.bases("LATIN", "", 2):
            forms.add(f"{word}-{s.ending}", "hu")
    # Baltic alternations, East Slavic fleeting vowels and alternations
    for soft, hard in ((r.soft, r.hard) for r in lt.SOFTENED):
        for word in forms.bases("LATIN", hard + "is", PER_RULE):
            for ending in ("io", "iui", "iu", "ių"):
                forms.add(word[:-3] + soft + ending, "lt")
    for alternated, plain in ((r.alternated, r.plain) for r in lv.ALTERNATIONS):
        synthetic = [f"ka{plain}is", f"bri{plain}is"]
        for word in forms.bases("LATIN", plain + "is", PER_RULE) + forms.bases("LATIN", plain + "s", 2) + synthetic:
            if plain not in word:
                continue
            cut = word[: word.rindex(plain)]
            for ending in ("a", "i", "u", "iem", "os", "us"):
                forms.add(cut + alternated + ending, "lv")
    for lang in ru.LANGUAGES:
        for stem_end, base_end in ((r.stem, r.base) for r in ru.ALTERNATIONS if lang.code in r.languages):
            for word in forms.bases("CYRILLIC", base_end, PER_RULE):
                for ending in ("а", "у", "ом", "і", "е"):
                    forms.add(word[: len(word) - len(base_end)] + stem_end + ending, lang.code)
        for word in forms.bases("CYRILLIC", "", 30):
            if len(word) > 4 and word[-1] in "бвгджзклмнпрстфхцчшщ" and word[-2] in "еоь":
                forms.add(word[:-2] + word[-1] + rng.choice(["а", "у", "ом"]), lang.code)
        for word in forms.bases("CYRILLIC", "", 6):
            forms.add(word[:2] + "\u0301" + word[2:] + "а", lang.code)
    # Turkic: single suffixes, chains in slot order, apostrophes, softened stems
    for lang in turkic_languages():
        by_slot: dict[int, list[Any]] = defaultdict(list)
        for s in lang.suffixes:
            by_slot[s.slot].append(s)
        script = _script("".join(s.ending for s in lang.suffixes[:3]))
        for s in lang.suffixes:
            for word in forms.bases(script, "", 3):
                forms.add(word + s.ending, lang.code)
                if lang.apostrophes:
                    forms.add(f"{word}'{s.ending}", lang.code)
        for _ in range(150):
            word = rng.choice(forms.bases(script, "", 5))
            chain = ""
            for slot in sorted(by_slot, reverse=True):
                if rng.random() < 0.5:
                    chain += rng.choice(by_slot[slot]).ending
            if chain:
                forms.add(word + chain, lang.code)
                if lang.apostrophes:
                    cut = rng.randrange(len(chain) + 1)
                    forms.add(f"{word}{chain[:cut]}'{chain[cut:]}", lang.code)
        # stems that fit a suffix's harmony and buffer: every stem vowel, consonant- and vowel-final
        stem_vowels = sorted(set("".join(lang.harmony.values())))
        consonants = "ртсп" if script == "CYRILLIC" else "rtsp"
        stems = [f"{c}{v}{k}" for v in stem_vowels for c, k in zip(consonants, consonants[::-1], strict=True)]
        stems += [f"{consonants[0]}{v}{consonants[1]}{v}" for v in stem_vowels]
        possessives = [s for s in lang.suffixes if s.slot == POSSESSIVE]
        for s in lang.suffixes:
            for stem in rng.sample(stems, min(12, len(stems))):
                forms.add(stem + s.ending, lang.code)
            if s.needs == POSSESSIVE:
                for _ in range(40):
                    forms.add(rng.choice(stems) + rng.choice(possessives).ending + s.ending, lang.code)
        for hard, soft in ((k, v) for v, k in lang.softening.items()):
            for word in forms.bases(script, hard, PER_RULE):
                forms.add(
                    word[:-1]
                    + soft
                    + rng.choice([s.ending for s in lang.suffixes if s.ending[0] in "aeıiouüöə"] or ["ı"]),
                    lang.code,
                )
    # separators
    for word in forms.bases("LATIN", "", 20):
        for s in fi.SEPARATED:
            forms.add(f"{word}:{s.ending}", "fi")
            forms.add(f"{word}'{s.ending}", "fi")
        forms.add(f"{word}'in", "tr")
        forms.add(f"{word}-val", "hu")
    return dict(forms.made)


def random_words(rng: random.Random) -> list[str]:
    alphabets = [LATIN * 3 + ":'-", CYRILLIC * 2 + "'-\u0301", GEORGIAN, ARMENIAN, "aeiouyäökpthngsmlrvjd:'-"]
    out = set()
    while len(out) < RANDOM_WORDS:
        letters = rng.choice(alphabets)
        out.add("".join(rng.choice(letters) for _ in range(rng.randint(1, 14))))
    long_ones = ["a-" * 20 + "ssa", "'" * 30, ":" * 30 + "n", "-" * 30, "ä" * 60 + "llä", "ი" * 40 + "ის"]
    return sorted(out) + long_ones


# -- the queries and the snapshot ------------------------------------------------

Query = tuple[str, str | None, bool]


def queries(words: dict[str, set[str]], codes: list[str], rng: random.Random) -> list[Query]:
    out: list[Query] = []
    for word in sorted(words):
        out.append((word, None, False))
        others = [c for c in codes if c not in words[word]]
        hinted = sorted(words[word]) + rng.sample(others, HINTED_EXTRA)
        out += [(word, lang, True) for lang in hinted]
        out += [(word, lang, False) for lang in rng.sample(codes, UNHINTED_EXTRA)]
    return out


def run(qs: Iterable[Query]) -> Iterator[tuple[Query, tuple[Any, ...]]]:
    from namenorm import languages

    for word, lang, hinted_only in qs:
        yield (word, lang, hinted_only), languages.hypotheses(word, lang, hinted_only=hinted_only)


def write(results: list[tuple[Query, tuple[Any, ...]]]) -> bytes:
    lines = [
        "# namenorm.languages.hypotheses(word, lang, hinted_only=...) for the words of scripts/snapshot_languages.py.",
        "# Q word lang(* for none) hinted_only(0/1), then one H line per hypothesis, ranked:",
        "# H base ending case lang weight(repr) rule",
    ]
    for (word, lang, hinted_only), hs in results:
        lines.append(f"Q\t{word}\t{lang or '*'}\t{int(hinted_only)}")
        for h in hs:
            lines.append(f"H\t{h.base}\t{h.ending}\t{h.case}\t{h.lang}\t{h.weight!r}\t{h.rule}")
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def read(path: Path = OUT) -> list[tuple[Query, list[tuple[str, str, str, str, float, str]]]]:
    """The snapshot: every query with its ranked hypotheses (base, ending, case, lang, weight, rule)."""
    out: list[tuple[Query, list[tuple[str, str, str, str, float, str]]]] = []
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        if line.startswith("Q\t"):
            _, word, lang, hinted = line.split("\t")
            out.append(((word, None if lang == "*" else lang, hinted == "1"), []))
        elif line.startswith("H\t"):
            _, base, ending, case, hlang, weight, rule = line.split("\t")
            out[-1][1].append((base, ending, case, hlang, float(weight), rule))
    return out


# -- coverage ----------------------------------------------------------------------


def coverage(results: list[tuple[Query, tuple[Any, ...]]]) -> list[str]:
    """The rules of the tables that no hypothesis in ``results`` shows."""
    from namenorm.languages import et, fi, hu, lt, lv, ru

    seen: dict[str, dict[str, list[tuple[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for (word, _lang, _hinted), hs in results:
        for h in hs:
            seen[h.lang][h.rule].append((word, h))

    def shown(code: str, fragment: str, test: Callable[[str, Any], bool] | None = None) -> bool:
        for rule, examples in seen[code].items():
            if fragment in rule and (test is None or any(test(w, h) for w, h in examples)):
                return True
        return False

    missing: list[str] = []
    for codes, name, table in suffix_tables():
        for code in codes:
            for s in table:
                for tail in s.restore:
                    if code == "fi":
                        fragment = f"fi:{s.case}" + ("" if name == "clitics" else f" -{s.ending}")
                        if name == "separated":
                            fragment = f"fi:{s.case} :{s.ending}"
                            if not shown(code, fragment):
                                fragment = f"fi:{s.case} '{s.ending}"
                    elif code == "et":
                        fragment = f"et:{s.case}" + (f" -{s.ending}" if s.ending and name != "clitics" else "")
                        if name == "plural markers":
                            fragment = f" -{s.ending}"
                        if s.case == "nominative plural" and not shown(code, fragment):
                            fragment = "et:nominative plural plural -"
                            if not shown(code, fragment):
                                fragment = "et:nominative plural -ded"
                    elif code == "hu" and name == "inner":
                        fragment = f"hu:{s.case} -{s.ending} + "
                    else:
                        fragment = f"{code}:{s.case} -{s.ending}" + (f" (+{tail})" if tail else "")

                    def fits(word: str, h: Any, s: Any = s, tail: str = tail, code: str = code) -> bool:
                        if not (s.after or s.not_after) or code in ("fi", "et", "hu"):
                            return True
                        stem = h.base[: len(h.base) - len(tail)] if tail else h.base
                        return _condition(stem, s.after, s.not_after)

                    if not shown(code, fragment, fits):
                        missing.append(f"{code} {name}: {s.ending!r} {s.case} (+{tail}) {s.after or ''}")
    for codes, name, table in stem_tables():
        for code in codes:
            for r in table:
                if code in ("fi", "et"):
                    # a name several rules share: the base shows which one
                    shared = sum(other.name == r.name for other in table) > 1

                    def ends(word: str, h: Any, r: Any = r, shared: bool = shared) -> bool:
                        return not shared or h.base.endswith(r.base)

                    ok = shown(code, r.name, ends) or (r.name == "vowel stem" and bool(seen["fi"]))
                else:

                    def undone(word: str, h: Any, r: Any = r) -> bool:
                        stem = word[: len(word) - len(h.ending)] if h.ending else word
                        return h.base == stem[: len(stem) - len(r.stem)] + r.base and stem.endswith(r.stem)

                    ok = shown(code, f", {r.name}", undone)
                if not ok:
                    missing.append(f"{code} {name}: {r.stem!r} -> {r.base!r} {r.name}")
    for g in fi.GRADATION:
        if not shown("fi", g.name):
            missing.append(f"fi GRADATION: {g.name}")
    for g in et.GRADATION:
        if not shown("et", g.name, lambda w, h, g=g: h.base.endswith(g.strong)):
            missing.append(f"et GRADATION: {g.name} {g.weak}->{g.strong}")
    for row in hu.LENGTHENED:
        if not shown("hu", f"lengthened {row.short} -> {row.long}"):
            missing.append(f"hu LENGTHENED {row.long}")
    if not shown("hu", "(hyphen)"):
        missing.append("hu hyphen")
    for soft, hard in ((r.soft, r.hard) for r in lt.SOFTENED):
        if not shown("lt", f"{hard} -> {soft}"):
            missing.append(f"lt SOFTENED {soft}")
    for alternated, plain in ((r.alternated, r.plain) for r in lv.ALTERNATIONS):
        if not shown("lv", f"{plain} -> {alternated}"):
            missing.append(f"lv ALTERNATIONS {alternated}->{plain}")
    for lang in ru.LANGUAGES:
        for name in (r.name for r in ru.ALTERNATIONS if lang.code in r.languages):
            if not shown(lang.code, name):
                missing.append(f"{lang.code} alternation {name}")
        for fragment in ("fleeting е", "fleeting о", "fleeting е after ь", f"{lang.code}:stress"):
            if not shown(lang.code, fragment):
                missing.append(f"{lang.code} {fragment}")
    for lang in turkic_languages():
        for s in lang.suffixes:

            def has(word: str, h: Any, s: Any = s) -> bool:
                return s.ending in h.ending and s.case in h.case

            if not shown(lang.code, "", has):
                missing.append(f"{lang.code} suffix {s.ending} {s.case}")
        for soft in lang.softening:
            if not shown(lang.code, f"-> {soft}"):
                missing.append(f"{lang.code} softening {soft}")
    for fragment in ("plural name", "first part", ", connecting i"):
        if not shown("fi", fragment):
            missing.append(f"fi {fragment}")
    for code in ("pl", "cs", "hr"):
        if not any(" + " in rule for rule in seen[code]):
            missing.append(f"{code} hyphenated parts")
    return missing


def new_queries() -> tuple[list[Query], dict[str, set[str]]]:
    """The queries of a new snapshot, and each word with the languages whose rules made it."""
    from namenorm.languages import registry

    rng = random.Random(SEED)
    codes = list(registry())
    pool = gazetteer_words()
    words: dict[str, set[str]] = {w: set() for w in pool}
    for form, langs in inflected_forms(pool, rng).items():
        words.setdefault(form, set()).update(langs)
    for word in test_words():
        words.setdefault(word, set())
    for word in random_words(rng):
        words.setdefault(word, set())
    return queries(words, codes, rng), words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="compare with the committed snapshot")
    group.add_argument("--new", action="store_true", help="new words (from the tables, tests and gazetteer)")
    args = parser.parse_args()
    from namenorm.languages import registry

    if args.new:
        qs, words = new_queries()
    else:  # the committed snapshot's queries, asked again
        qs = [query for query, _rows in read()]
        words = defaultdict(set)
        for word, lang, hinted_only in qs:
            if lang is not None and hinted_only:
                words[word].add(lang)
    started = time.perf_counter()
    results = list(run(qs))
    elapsed = time.perf_counter() - started
    data = write(results)
    count = sum(len(hs) for _, hs in results)
    print(f"{len(words)} words, {len(qs)} queries, {count} hypotheses, {len(data) / 1e6:.1f} MB, {elapsed:.1f} s")
    if args.check:
        if OUT.read_bytes() != data:
            print(f"{OUT.relative_to(ROOT)} differs from what the implementation gives", file=sys.stderr)
            return 1
        return 0
    missing = coverage(results)
    if missing:
        # A rule the ranked output never shows may be shadowed: another rule
        # of its language proposes the same base at a weight as high or higher.
        own = [((w, c, True), tuple(registry()[c].hypotheses(w))) for w, langs in words.items() for c in langs]
        unseen = set(coverage(own))
        for line in missing:
            print("not covered:" if line in unseen else "shadowed (in the language's own output only):", line)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
