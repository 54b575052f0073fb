"""The resolution core (index, fuzzy candidates, scoring, the open-world
gate, ranking, the decision: rust/src/) against the answers of the Python
implementation it replaced.

The oracle is the snapshot of that implementation's answers
(tests/golden/core/resolver.jsonl.gz, written by scripts/snapshot_resolver.py
before the port): some 9,000 queries over the default gazetteer, the small
one of the tests and the speed benchmark's 20,000 aliases (golden queries,
open-world dev rows with and without their hint, the benchmark's queries,
random inflected, transliterated, misspelt and reordered names, some with a
scope), each with its decision, its explanation and its five best
candidates with theirs. While the Python implementation was still there,
the core was also held to it on every dev set of the evaluations
(benchmarks/answers.py, with explanations)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _snapshot_script() -> ModuleType:
    """scripts/snapshot_resolver.py, for the snapshot's format and its replay."""
    spec = importlib.util.spec_from_file_location("snapshot_resolver", ROOT / "scripts" / "snapshot_resolver.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


snapshot = _snapshot_script()


@pytest.fixture(scope="module")
def recorded() -> tuple[dict[str, Any], list[list[Any]]]:
    return snapshot.read_snapshot()  # type: ignore[no-any-return]


def test_the_snapshot_is_of_these_gazetteers(recorded: tuple[dict[str, Any], list[list[Any]]]) -> None:
    head, records = recorded
    rewrite = "the default gazetteer changed: rewrite the snapshot (scripts/snapshot_resolver.py)"
    assert head == snapshot.header(), rewrite
    sets = Counter(r[0] for r in records)
    assert sets["default"] > 5000 and sets["small"] >= 300 and sets["synth"] >= 2000


def test_the_core_gives_the_recorded_answers(recorded: tuple[dict[str, Any], list[list[Any]]]) -> None:
    _head, records = recorded
    differ = [(old, new) for old, new in snapshot.replay(records, snapshot.read_synth()) if old != new]
    shown = "\n".join(f"{json.dumps(old)}\n!= {json.dumps(new)}" for old, new in differ[:5])
    assert not differ, f"{len(differ)} of {len(records)} answers differ:\n{shown}"
