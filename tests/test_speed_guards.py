"""Structural guards for speed, checked by counting, never by timing: no
regular expression compiled per call, every cache bounded, nothing heavy
imported by ``import namenorm``, and no per-query work that grows with the
size of the gazetteer."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import namenorm
from namenorm import Gazetteer, Resolver, _core

from .conftest import SMALL_RECORDS

# Queries of every kind: alias hits, transliterations, inflected forms in
# several languages, fuzzy candidates, unknown names, noise.
WARM_UP = ["Atambajev", "Jeenbekov", "Asulbek Zhenbekovin", "Helsingissä", "Biškek", "nothing", "Å½eenbekov"]
QUERIES = [
    "Almazbek Atambajew",
    "Atambajevin",
    "Атамбаев",
    "Sooronbai Žeenbekoville",
    "Bishkekissä",
    "Frunzessa",
    "Helsingforsin",
    "Dscheenbekows",
    "Jeenbekovu",
    "Putinille",
    "Mr. Atambayev",
    "Zhenbekov, Asylbek",
    "Nobody Atall",
    "12345",
    "  !!  ",
]


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(namenorm.__path__, "namenorm."):
        if info.name.endswith(("__main__", ".spark")):
            continue
        yield importlib.import_module(info.name)


def test_no_regex_is_compiled_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    resolver = Resolver(Gazetteer.from_records(SMALL_RECORDS), cache_size=0)
    for q in WARM_UP:  # lazily built tables and patterns may compile once
        for lang in (None, "fi", "de", "pl", "tr"):
            resolver.candidates(q, 5, lang=lang)
    compiled: list[str] = []
    real_re, real_regex = re._compile, regex._main._compile  # type: ignore[attr-defined]

    def spy_re(pattern: Any, flags: Any) -> Any:
        compiled.append(f"re: {pattern!r}")
        return real_re(pattern, flags)

    def spy_regex(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
        compiled.append(f"regex: {pattern!r}")
        return real_regex(pattern, flags, ignore_unused, kwargs, cache_it)

    monkeypatch.setattr(re, "_compile", spy_re)
    monkeypatch.setattr(regex._main, "_compile", spy_regex)
    for q in QUERIES:
        for lang in (None, "fi", "de", "pl", "tr"):
            resolver.candidates(q, 5, lang=lang)
            resolver.resolve(q, lang=lang)
    assert compiled == []


def test_every_cache_is_bounded_and_registered() -> None:
    from namenorm import cache

    modules = list(_modules())  # imported first: each registers its caches as it is imported
    clearers = [getattr(clear, "__self__", None) for clear in cache._REGISTRY.values()]
    clearers = [c for c in clearers if hasattr(c, "cache_info")]
    found = set()
    for module in modules:
        for obj in vars(module).values():
            info = getattr(obj, "cache_info", None)
            if callable(info) and not isinstance(obj, type):
                found.add(f"{obj.__module__}.{obj.__qualname__}")
                assert info().maxsize is not None, f"{obj.__module__}.{obj.__qualname__} is unbounded"
                assert any(obj is c for c in clearers), (
                    f"{obj.__module__}.{obj.__qualname__} is not in namenorm.cache's registry"
                )
    # The Python caches left beside the core's: tables and words (compare's went into the core).
    assert len(found) >= 15 and set(cache.SIZES) <= set(cache.registered())
    assert namenorm.Options().cache_size > 0  # the answer cache is bounded too


def test_import_is_light() -> None:
    code = (
        "import sys, namenorm\n"
        "heavy = [m for m in ('pyspark', 'pandas', 'polars', 'pyarrow', 'matplotlib', 'numpy') if m in sys.modules]\n"
        "print(heavy, namenorm.default_resolver.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "0"]  # nothing heavy, and no index built on import


def _padding(n: int) -> list[dict[str, object]]:
    # Names that share no key, stem or block with the queries: digits only.
    return [{"id": f"pad{i}", "name": f"{i:07d}0", "type": "LOC"} for i in range(n)]


@pytest.mark.parametrize("query", ["Atambajevin", "Asulbek Zhenbekovin", "Bishkekissä", "Helsingforsille", "Nobody"])
def test_work_per_query_does_not_grow_with_the_gazetteer(query: str) -> None:
    reads = []
    for padding in (0, 3000):
        resolver = Resolver(Gazetteer.from_records([*SMALL_RECORDS, *_padding(padding)]), cache_size=0)
        before = _core.names_read()
        resolver.candidates(query, 5, lang="fi")
        reads.append(_core.names_read() - before)
    assert reads[0] == reads[1]


def test_no_public_function_shadows_a_module() -> None:
    import importlib.util

    for name in namenorm.__all__:
        assert importlib.util.find_spec(f"namenorm.{name}") is None or name in ("io",), name
    import namenorm.comparison as comparison
    import namenorm.mentions as mentions

    assert callable(namenorm.annotate) and mentions.annotate is namenorm.annotate
    assert callable(namenorm.compare) and comparison.compare is namenorm.compare
