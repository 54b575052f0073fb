"""Generate src/namenorm/data/languages.tsv: the ISO 639-1 language codes.

    python scripts/build_language_codes.py [--check]

Build-time only (``pip install --group build``): the two-letter codes, their
three-letter ISO 639-2/3 codes and English names come from ``pycountry``.
namenorm accepts a language hint only when it is one of these codes, and
names the two-letter code when it is given a three-letter one (``fin``).
The output is sorted and byte-stable; ``--check`` (run in CI) proves the
committed file is what this script gives.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "namenorm" / "data" / "languages.tsv"


def build() -> str:
    import pycountry

    lines = [
        "# ISO 639-1 language codes: the language hints namenorm accepts.",
        "# source: ISO 639-1, -2 and -3 as pycountry ships them (LGPL-2.1-or-later)",
        "# generated-by: python scripts/build_language_codes.py (do not edit by hand)",
        "# code<TAB>ISO 639-2/3 codes (space-separated)<TAB>English name",
    ]
    rows = []
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if not code:
            continue
        longer = {language.alpha_3}
        bibliographic = getattr(language, "bibliographic", None)
        if bibliographic:
            longer.add(bibliographic)
        rows.append(f"{code}\t{' '.join(sorted(longer))}\t{language.name}")
    lines.extend(sorted(rows))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file; write nothing")
    args = parser.parse_args()
    text = build()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is not what the script gives: run it and commit", file=sys.stderr)
            return 1
        print(f"{TARGET.relative_to(ROOT)}: current")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
