"""Coverage-guided fuzzing of the public API with atheris.

    pip install atheris && pip install -e .
    python fuzz/fuzz_namenorm.py -max_total_time=600 -max_len=512 fuzz/corpus

Every input is decoded with ``surrogateescape`` (as Python decodes file names
and arguments it cannot read) and fed to cleaning, inflection stripping,
transliteration, the resolver (with and without a language hint), the
candidate list, ``compare`` (the input cut in two; the score in [0, 1],
symmetric, and 1 for a name with itself) and, where the input parses as
JSON, gazetteer records. Any
exception other than the documented ``TypeError``/``GazetteerError`` is a
finding: fix it and add the input to ``tests/test_reliability.py``.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import namenorm
    from namenorm import Gazetteer, GazetteerError, Resolver

RESOLVER = Resolver(Gazetteer.load(Path(__file__).parent.parent / "tests" / "fixtures" / "small.jsonl"), cache_size=0)
LANGS = [None, "fi", "et", "pl", "cs", "hu", "tr", "lt", "lv", "ru", "de", "en", "xx"]
CONVENTIONS = namenorm.translit.conventions()


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 255)
    text = fdp.ConsumeBytes(fdp.remaining_bytes()).decode("utf-8", errors="surrogateescape")
    lang = LANGS[choice % len(LANGS)]
    namenorm.clean.clean(text)
    for word in text.split()[:4] or [text]:
        namenorm.strip_inflection(word, lang=lang)
    namenorm.transliterate(text, to=CONVENTIONS[choice % len(CONVENTIONS)])
    match = RESOLVER.resolve(text, lang=lang)
    if match is not None:
        assert 0.0 <= match.score <= 1.0
        match.explain()
    RESOLVER.candidates(text, k=3, lang=lang)
    # Pairwise: the input cut in two at a place the first byte chooses.
    cut = choice * len(text) // 255
    a, b = text[:cut], text[cut:]
    comparison = namenorm.compare(a, b, lang=lang)
    assert 0.0 <= comparison.score <= 1.0
    assert namenorm.compare(b, a, lang=lang).score == comparison.score
    assert namenorm.compare(a, a, lang=lang).score == 1.0
    comparison.explain()
    if text[:1] in "[{":
        try:
            records = json.loads(text)
        except (ValueError, RecursionError):
            return
        if isinstance(records, dict):
            records = [records]
        if isinstance(records, list):
            with contextlib.suppress(GazetteerError):
                Gazetteer.from_records(records)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
