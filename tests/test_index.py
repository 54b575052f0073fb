"""The candidate index: what it files under which key, its lean layout, and its cache file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from namenorm import Gazetteer, Resolver, cache, fuzzy
from namenorm.index import BLOCK_LIMIT, MAPS, Index, names_of
from namenorm.keys import ascii_key, exact_key, match_key, skeleton

from .conftest import SMALL_RECORDS


@pytest.fixture(scope="module")
def small_index() -> Index:
    return Index(Gazetteer.from_records(SMALL_RECORDS), cache=False)


def _compact(text: str) -> str:
    return match_key(text).replace(" ", "")


@pytest.mark.parametrize(
    ("table", "key", "entity"),
    [
        ("exact", exact_key("Almazbek Atambayev"), "Q1"),
        ("exact", exact_key("Алмазбек Атамбаев"), "Q1"),
        ("exact", exact_key("Helsingfors"), "Q5"),
        ("ascii", ascii_key("Almazbek Atambayev"), "Q1"),
        ("match", match_key("Almazbek Atambayev"), "Q1"),
        ("compact", _compact("Almazbek Atambayev"), "Q1"),
        ("surname", match_key("Atambayev"), "Q1"),
        ("surname", match_key("Jeenbekov"), "Q2"),
        ("surname", match_key("Jeenbekov"), "Q3"),
        ("stems", exact_key("Helsinki")[:-2], "Q5"),
        ("stems", exact_key("Bishkek")[:-1], "Q4"),
        ("blocks", skeleton(match_key("Atambayev")), "Q1"),  # the surname's skeleton
        ("blocks", skeleton(match_key("Atambayev"))[1:], "Q1"),  # one of its deletions
        ("blocks", skeleton(_compact("Bishkek")), "Q4"),
    ],
)
def test_keys_find_their_entities(small_index: Index, table: str, key: str, entity: str) -> None:
    positions = getattr(small_index, table)[key]
    assert entity in {small_index.entities[small_index.names[p].entity].id for p in positions}


def test_generated_spellings_are_indexed(small_index: Index) -> None:
    texts = {n.text for n in small_index.names if n.kind == "generated"}
    assert {"Dscheenbekow", "Žeenbekov"} <= {t.split()[-1] for t in texts}


def test_values_are_increasing_tuples_of_valid_positions(small_index: Index) -> None:
    for _name, table in small_index.maps():
        assert len(table) == len(list(table)) > 0
        for positions in table.values():
            assert isinstance(positions, tuple) and positions
            assert list(positions) == sorted(set(positions))
            assert all(0 <= p < len(small_index.names) for p in positions)


def test_the_maps_read_as_mappings(small_index: Index) -> None:
    key = exact_key("Bishkek")
    assert key in small_index.exact and small_index.exact.get(key) == small_index.exact[key]
    assert "no such key" not in small_index.exact and small_index.exact.get("no such key") is None
    with pytest.raises(KeyError):
        small_index.exact["no such key"]
    assert small_index.names[-1] == list(small_index.names)[-1] == small_index.names[len(small_index) - 1]
    with pytest.raises(IndexError):
        small_index.names[len(small_index)]


def test_a_common_block_keeps_only_enough_to_say_so() -> None:
    # 400 places whose skeletons all contain "klm": the block "klm" is over the limit.
    records = [{"id": str(i), "name": f"Kalam{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}"} for i in range(400)]
    index = Index(Gazetteer.from_records(records), cache=False)
    assert len(index.blocks["klm"]) == BLOCK_LIMIT + 1
    assert all(len(v) <= BLOCK_LIMIT + 1 for v in index.blocks.values())
    assert len(index.stems["kalam"]) == 400  # other maps are never cut


def test_the_fuzzy_stage_skips_every_block_the_index_cuts() -> None:
    # A cut block must still look too common to the reader, or answers would change.
    assert fuzzy.MAX_BLOCK <= BLOCK_LIMIT


def test_each_text_is_indexed_once_per_entity() -> None:
    gaz = Gazetteer.from_records([{"id": "1", "name": "Бишкек", "aliases": ["Bishkek", "Бишкек"], "type": "LOC"}])
    texts = [t for t, _kind, _weak in names_of(next(iter(gaz)))]
    assert texts == ["Бишкек", "Bishkek"]
    indexed = [n.text for n in Index(gaz, cache=False).names]
    assert len(indexed) == len(set(indexed)) and indexed[:2] == texts  # the generated spellings after them


# -- the cache file ---------------------------------------------------------


def _records(n: int) -> list[dict[str, object]]:
    return [
        {"id": f"p{i}", "name": f"Person{i} Surname{i % 97}", "type": "PER", "native": [f"Персона{i}"]}
        for i in range(n)
    ]


def test_cached_index_equals_built_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMENORM_CACHE", str(tmp_path))
    gaz = Gazetteer.from_records(_records(50))
    built = Index(gaz, cache=True)
    assert not built.from_cache and len(list(tmp_path.glob(f"index-*{cache.SUFFIX}"))) == 1
    loaded = Index(gaz, cache=True)
    fresh = Index(gaz, cache=False)
    assert loaded.from_cache and not fresh.from_cache
    assert list(loaded.names) == list(fresh.names)
    for name in MAPS:
        assert dict(getattr(loaded, name)) == dict(getattr(fresh, name))
    assert Resolver(gaz).resolve("Person7 Surname7") is not None


def test_another_gazetteer_or_option_is_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMENORM_CACHE", str(tmp_path))
    gaz = Gazetteer.from_records(_records(20))
    other = Gazetteer.from_records(_records(21))
    assert cache.cache_path(gaz, True) != cache.cache_path(other, True)
    assert cache.cache_path(gaz, True) != cache.cache_path(gaz, False)
    Index(gaz, cache=True)
    assert not Index(other, cache=True).from_cache
    assert not Index(gaz, expand_native=False, cache=True).from_cache


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9"])
def test_a_damaged_cache_file_means_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    monkeypatch.setenv("NAMENORM_CACHE", str(tmp_path))
    gaz = Gazetteer.from_records(_records(10))
    path = cache.cache_path(gaz, True)
    assert path is not None
    path.write_bytes(content)
    index = Index(gaz, cache=True)
    assert not index.from_cache and list(index.names) == list(Index(gaz, cache=False).names)
    assert Index(gaz, cache=True).from_cache  # the rebuild replaced the damaged file


def test_cache_off_small_gazetteers_and_pruning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMENORM_CACHE", "off")
    assert cache.cache_dir() is None and not Index(Gazetteer.from_records(_records(5)), cache=True).from_cache
    monkeypatch.setenv("NAMENORM_CACHE", str(tmp_path))
    Index(Gazetteer.from_records(_records(5)))  # fewer than MIN_ENTITIES: not cached
    assert not list(tmp_path.iterdir())
    for n in range(cache.KEEP + 2):
        Index(Gazetteer.from_records(_records(n + 1)), cache=True)
    assert len(list(tmp_path.glob(f"index-*{cache.SUFFIX}"))) == cache.KEEP


def test_an_unwritable_cache_folder_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NAMENORM_CACHE", str(blocker / "cache"))
    gaz = Gazetteer.from_records(_records(5))
    assert list(Index(gaz, cache=True).names) == list(Index(gaz, cache=False).names)


# -- one index, many threads ----------------------------------------------------


def test_threads_agree_on_every_candidate() -> None:
    """The same candidates, scores and explanations from 4 threads as from one,
    with the answer cache off so that every thread runs the whole pipeline."""
    gaz = Gazetteer.from_records(SMALL_RECORDS)
    queries = ["Atambajev", "Jeenbekov", "Asulbek Zhenbekovin", "Helsingissä", "Biškek", "Frunzessa", "nothing"] * 10
    alone = Resolver(gaz, cache_size=0)
    expected = [[(m.entity.id, m.score, m.steps) for m in alone.candidates(q, 5)] for q in queries]
    shared = Resolver(gaz, cache_size=0)
    results: list[list[list[tuple[str, float, tuple[str, ...]]]]] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        barrier.wait()
        results.append([[(m.entity.id, m.score, m.steps) for m in shared.candidates(q, 5)] for q in queries])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == expected for r in results)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Atambajev", "Jeenbekov", "Bishkekissä", "x", "", None]), max_size=30))
def test_resolve_many_equals_resolve(values: list[str | None]) -> None:
    resolver = Resolver(Gazetteer.from_records(SMALL_RECORDS))
    assert resolver.resolve_many(values) == [resolver.resolve(v) for v in values]
