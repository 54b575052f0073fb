"""One name in every script: a peer's fixture of 81 spellings of Vladimir Putin.

    python benchmarks/scripts_bench.py [--show] [--json out.json]

``benchmarks/data/putin_names.txt`` (opensanctions/nomenklatura's
``tests/fixtures/putin_names.txt``, MIT licence: see its header) holds 81
spellings of one name: Latin ones of many languages (with titles, inverted
order, patronymics in every convention), Cyrillic ones (Russian, Ukrainian,
Belarusian), and the name in Greek, Hebrew, Arabic, Persian, Urdu, Armenian,
Georgian, Korean, Japanese, Chinese and five Indic and Southeast Asian
scripts. Each is resolved against a gazetteer of one entity::

    {"name": "Vladimir Putin", "native": ["Владимир Путин"], "type": "PER"}

and counted *found* when namenorm answers that entity. The gazetteer has no
other entity to answer wrongly, so the same run resolves a few names of
other people written in the same scripts (`CONTROLS`, not from the
fixture): any answer to one of them is *wrong*.

The baseline runs in the same pass: rapidfuzz ``fuzz.ratio`` at cutoff 85
over the unidecode-folded, case-folded names of the entity (its canonical
and native name), after an exact lookup of the folded text.

Results are reported by script (the Unicode script of a spelling's first
letter), then the spellings namenorm misses, with their ASCII and match keys.
The last line, ``summary:``, gives found and wrong for namenorm and the
baseline.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz, process
from unidecode import unidecode

import namenorm
from namenorm.keys import ascii_key, match_key

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "data" / "putin_names.txt"

#: The one entity of the gazetteer.
RECORD = {"id": "putin", "name": "Vladimir Putin", "native": ["Владимир Путин"], "type": "PER"}

#: Other people's names in the fixture's scripts: any answer is wrong. Written
#: for this benchmark (the names as the press of each language spells them).
CONTROLS = (
    "Vladimir Potanin",
    "Vladimir Pozner",
    "Владимир Жириновский",
    "Владимир Познер",
    "Дмитрий Медведев",
    "Κυριάκος Μητσοτάκης",
    "Βλαντιμίρ Ζελένσκι",
    "Βολοντίμιρ Ζελένσκι",
    "בנימין נתניהו",
    "ולדימיר זלנסקי",
    "محمد بن سلمان",
    "فلاديمير زيلينسكي",
    "ولادیمیر زلنسکی",
    "مسعود پزشکیان",
    "شہباز شریف",
    "Նիկոլ Փաշինյան",
    "ირაკლი კობახიძე",
    "이재명",
    "블라디미르 젤렌스키",
    "ドナルド・トランプ",
    "ウラジーミル・ゼレンスキー",
    "唐纳德·特朗普",
    "习近平",
    "弗拉基米尔·泽连斯基",
)


def script_of(text: str) -> str:
    """The Unicode script of the first letter of ``text`` (its name's first word: LATIN, CYRILLIC, ...)."""
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            if name.startswith("CJK"):
                return "HAN"
            if name.startswith(("HIRAGANA", "KATAKANA")):
                return "KANA"
            return name.split(" ")[0] if name else "OTHER"
    return "OTHER"


def load(path: Path = FIXTURE) -> list[str]:
    """The spellings of the fixture, without its comment header."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def fold(text: str) -> str:
    return unidecode(text).casefold().strip()


class Baseline:
    """An exact lookup of the folded text, else rapidfuzz ``fuzz.ratio`` at ``cutoff``."""

    def __init__(self, names: list[str], cutoff: float = 85) -> None:
        self.keys = [fold(name) for name in names]
        self.cutoff = cutoff

    def found(self, text: str) -> bool:
        key = fold(text)
        if key in self.keys:
            return True
        return process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=self.cutoff) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="show every spelling, not only the misses")
    parser.add_argument("--json", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)

    resolver = namenorm.Resolver(namenorm.Gazetteer.from_records([RECORD]))
    baseline = Baseline([str(RECORD["name"]), *RECORD["native"]])
    spellings = load()
    rows = []
    for text in spellings:
        match = resolver.resolve(text)
        rows.append(
            {
                "text": text,
                "script": script_of(text),
                "found": match is not None and match.entity.id == RECORD["id"],
                "baseline": baseline.found(text),
                "score": None if match is None else round(match.score, 3),
            }
        )
    controls = []
    for text in CONTROLS:
        match = resolver.resolve(text)
        controls.append(
            {"text": text, "script": script_of(text), "wrong": match is not None, "baseline": baseline.found(text)}
        )

    by_script: dict[str, list[dict[str, object]]] = collections.defaultdict(list)
    for row in rows:
        by_script[str(row["script"])].append(row)
    print(f"{'script':12} {'spellings':>9} {'namenorm':>9} {'rapidfuzz':>9}")
    for script, group in sorted(by_script.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        found = sum(bool(r["found"]) for r in group)
        base = sum(bool(r["baseline"]) for r in group)
        print(f"{script:12} {len(group):9} {found:9} {base:9}")
    found = sum(bool(r["found"]) for r in rows)
    base = sum(bool(r["baseline"]) for r in rows)
    print(f"{'all':12} {len(rows):9} {found:9} {base:9}")
    wrong = sum(bool(c["wrong"]) for c in controls)
    base_wrong = sum(bool(c["baseline"]) for c in controls)
    print(f"{'controls':12} {len(controls):9} {wrong:9} {base_wrong:9}   (other people's names: answers are wrong)")
    print()
    shown = rows if args.show else [r for r in rows if not r["found"]]
    if shown:
        print("missed:" if not args.show else "spellings:")
        for row in shown:
            text = str(row["text"])
            mark = "ok  " if row["found"] else "MISS"
            print(f"  {mark} {row['script']:10} {text}  ascii={ascii_key(text)!r} match={match_key(text)!r}")
    for control in controls:
        if control["wrong"]:
            print(f"  WRONG {control['script']:10} {control['text']}  match={match_key(str(control['text']))!r}")
    if args.json:
        args.json.write_text(json.dumps({"spellings": rows, "controls": controls}, ensure_ascii=False, indent=1) + "\n")
    print(f"summary: namenorm {found} {wrong} rapidfuzz {base} {base_wrong} of {len(rows)} {len(controls)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
