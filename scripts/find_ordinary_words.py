"""List generated names that are ordinary English words, for scripts/data/not_names.txt.

    python scripts/find_ordinary_words.py [--words /usr/share/dict/words]

Reads ``gazetteer/countries.jsonl`` and ``gazetteer/cities.jsonl`` and prints,
for every alias whose ASCII fold (``build_countries.fold``) is a lower-case
word of the word list and not yet in ``not_names.txt``, a line to paste into
that file after review: keep out the real English exonyms (Cologne, Mecca,
Canton). The word list is a development aid only (Debian's ``wamerican``);
the generators read ``not_names.txt``, so that CI needs no word list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_countries import fold, not_names  # noqa: E402

#: Ordinary words that are also the English name of a place, kept on purpose.
ENGLISH_EXONYMS = frozenset({"archangel", "canton", "cologne", "hull", "madras", "mecca", "turkey", "valence"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", default="/usr/share/dict/words", help="a word list, one word a line")
    args = parser.parse_args()
    try:
        text = Path(args.words).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"{args.words}: {exc.strerror} (apt-get install wamerican)", file=sys.stderr)
        return 2
    words = {w.strip() for w in text.splitlines() if w.strip().islower()}
    known = not_names()
    found: dict[str, str] = {}
    for name in ("countries.jsonl", "cities.jsonl"):
        for line in (ROOT / "gazetteer" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            record = json.loads(line)
            for item in record.get("aliases", []):
                alias = item if isinstance(item, str) else item["name"]
                key = fold(alias)
                if key in words and key not in known and key not in ENGLISH_EXONYMS:
                    found.setdefault(key, f"{alias} ({record['name']})")
    for key in sorted(found):
        print(f"{key}  # {found[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
