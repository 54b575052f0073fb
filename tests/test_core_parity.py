"""The compiled core (namenorm._core) against the Python implementation it
replaces: the same output for the same input, on hypothesis' strings and on
every name of the default gazetteer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from namenorm import Gazetteer, _core
from namenorm import keys as python_keys

#: Text as names come: any character, the letters of names above all.
NAMES = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("aAžŽšŠčČ’'`´ʼ–-_ .ßẞİıΣσςЖжЭэЁё\u0301\u0308\u00a0\x1c\u200b"),
    ),
    max_size=40,
)


@pytest.fixture(scope="module")
def default_names() -> list[str]:
    return sorted({alias.name for entity in Gazetteer.default() for alias in entity.aliases})


@settings(max_examples=2000, deadline=None)
@given(NAMES)
def test_exact_key(text: str) -> None:
    assert _core.exact_key(text) == python_keys._exact_key(text)


def test_exact_key_of_every_default_name(default_names: list[str]) -> None:
    assert [_core.exact_key(n) for n in default_names] == [python_keys._exact_key(n) for n in default_names]


def test_the_stub_declares_what_the_core_exports() -> None:
    """_core.pyi, written by hand, declares every name the module has, and no other."""
    stub = ast.parse((Path(_core.__file__).parent / "_core.pyi").read_text(encoding="utf-8"))
    declared = {node.name for node in stub.body if isinstance(node, ast.FunctionDef)}
    declared |= {
        node.target.id for node in stub.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    exported = {name for name in dir(_core) if not name.startswith("__")}
    assert declared == exported
