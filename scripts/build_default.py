"""Compile the curated gazetteer sources into the embedded default gazetteer.

    python scripts/build_default.py [--check]

Reads every ``gazetteer/*.jsonl`` file (the human-edited sources and the
generated ``countries.jsonl`` and ``cities.jsonl``), validates them strictly
with the library's own loader (every error, file:line), sorts the records by
id and writes ``src/namenorm/data/default.jsonl.gz`` byte-stably (gzip
without a timestamp), so that regenerating gives exactly what is committed.
The compiled file starts with ``#`` lines naming each source file, its
source and licence (GeoNames asks for attribution). ``--check`` only
compares and exits 1 when the committed file is stale.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "gazetteer"
TARGET = ROOT / "src" / "namenorm" / "data" / "default.jsonl.gz"


def build() -> bytes:
    """The compiled default gazetteer, as bytes."""
    sys.path.insert(0, str(ROOT / "src"))
    from namenorm.gazetteer import Gazetteer

    files = sorted(SOURCES.glob("*.jsonl"))
    gazetteer = Gazetteer.load(*files, strict=True)
    header = ["# namenorm default gazetteer: compiled by scripts/build_default.py from gazetteer/, do not edit"]
    for source in gazetteer.sources:
        name = Path(source.path).stem
        for field in ("source", "licence"):
            value = source.meta.get(field, "the namenorm developers, hand-curated" if field == "source" else "")
            header.append(f"# {field}-{name}: {value or 'GPL-3.0-or-later (as namenorm)'}")
    records = sorted(gazetteer.records(), key=lambda r: r["id"])
    lines = header + [json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in records]
    text = ("\n".join(lines) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(text)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file; write nothing")
    args = parser.parse_args()
    data = build()
    if args.check:
        current = TARGET.read_bytes() if TARGET.exists() else b""
        if current != data:
            print(f"{TARGET.relative_to(ROOT)} is stale: run python scripts/build_default.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
