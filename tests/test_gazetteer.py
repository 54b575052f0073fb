"""Gazetteers: records, files, validation with file:line, merging, the default."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from namenorm import Entity, Gazetteer, GazetteerError


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_from_records_builds_entities() -> None:
    gaz = Gazetteer.from_records(
        [
            {
                "id": "Q1",
                "name": "Sooronbay Jeenbekov",
                "type": "PER",
                "aliases": ["Zheenbekov", {"name": "Žeenbekov", "lang": "fi", "weak": True}],
                "native": ["Сооронбай Жээнбеков"],
                "weight": 3,
            }
        ]
    )
    assert len(gaz) == 1
    entity = next(iter(gaz))
    assert isinstance(entity, Entity)
    assert (entity.id, entity.name, entity.type, entity.weight) == ("Q1", "Sooronbay Jeenbekov", "PER", 3.0)
    assert entity.alias_names == ("Zheenbekov", "Žeenbekov", "Сооронбай Жээнбеков")
    assert entity.native == ("Сооронбай Жээнбеков",)
    assert entity.aliases[1].lang == "fi" and entity.aliases[1].weak
    assert "Q1" in gaz and gaz["Q1"] is entity


def test_type_defaults_to_misc() -> None:
    assert next(iter(Gazetteer.from_records([{"id": "x", "name": "X"}]))).type == "MISC"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"name": "X"}, "missing 'id'"),
        ({"id": "x"}, "missing 'name'"),
        ({"id": "x", "name": "  "}, "'name' is empty"),
        ({"id": "x", "name": "X", "type": "PERSON"}, "unknown type 'PERSON'"),
        ({"id": "x", "name": "X", "aliases": "Y"}, "'aliases' must be a list"),
        ({"id": "x", "name": "X", "weight": -1}, "'weight' must be a positive number"),
        ({"id": "x", "name": 5}, "'name' must be a string"),
    ],
)
def test_invalid_records_are_reported(record: dict[str, object], message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.from_records([record])


def test_errors_name_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "people.jsonl",
        [
            "# a comment",
            '{"id": "a", "name": "A"}',
            '{"id": "a", "name": "B"}',
            "{not json",
            '{"id": "c"}',
        ],
    )
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(path)
    text = str(info.value)
    assert f"{path}:4: invalid JSON" in text


def test_every_record_error_is_collected(tmp_path: Path) -> None:
    path = write(tmp_path / "people.jsonl", ['{"id": "a", "name": "A"}', '{"id": "a", "name": "B"}', '{"id": "c"}'])
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(path)
    assert info.value.errors == (
        f"{path}:2: duplicate id 'a' (first at {path}:1)",
        f"{path}:3: entity 'c': missing 'name'",
    )


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "name": "A"}\n{"id": "b", "name": "\xff"}\n')
    with pytest.raises(GazetteerError, match=r"bad.jsonl:2: not valid utf-8"):
        Gazetteer.load(path)


def test_load_folder_and_gzip(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", ['{"id": "a", "name": "A"}'])
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"id": "b", "name": "B"}\n'))
    gaz = Gazetteer.load(tmp_path)
    assert [e.id for e in gaz] == ["a", "b"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load(tmp_path / "nope.jsonl")


def test_merge_layers_later_on_top() -> None:
    base = Gazetteer.from_records([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])
    mine = Gazetteer.from_records([{"id": "b", "name": "Bee"}, {"id": "c", "name": "C"}])
    merged = base.merge(mine)
    assert [(e.id, e.name) for e in merged] == [("a", "A"), ("b", "Bee"), ("c", "C")]


def test_records_round_trip() -> None:
    records = [
        {
            "id": "Q1",
            "name": "A B",
            "type": "PER",
            "aliases": ["C", {"name": "D", "lang": "fi"}],
            "native": ["А Б"],
            "country": "KG",
            "weight": 2.0,
            "description": "x",
        }
    ]
    gaz = Gazetteer.from_records(records)
    assert list(gaz.records()) == records
    assert list(Gazetteer.from_records(gaz.records()).records()) == records


def test_default_is_valid_and_covers_the_seed() -> None:
    gaz = Gazetteer.default()
    names = {e.name for e in gaz}
    assert {"Sooronbay Jeenbekov", "Asylbek Jeenbekov", "Federal Security Service", "Kyrgyzstan"} <= names
    assert Gazetteer.default() is gaz  # loaded once


def test_default_matches_its_sources() -> None:
    """The shipped default is exactly what scripts/build_default.py builds from gazetteer/."""
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_default", root / "scripts" / "build_default.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (root / "src" / "namenorm" / "data" / "default.jsonl.gz").read_bytes()
    lines = [line for line in gzip.decompress(module.build()).decode().splitlines() if not line.startswith("#")]
    assert [json.loads(line)["id"] for line in lines] == sorted(json.loads(line)["id"] for line in lines)
