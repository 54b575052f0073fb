"""The compiled core's boundary: its hand-written stub declares what it
exports, and text crosses it as it is, lone surrogates included. (What the
core computes is held to the Python implementation's answers by
tests/test_core_text.py.)"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from namenorm import _core, keys, translit

clean = importlib.import_module("namenorm.clean")  # the package exports a function of this name


def test_the_stub_declares_what_the_core_exports() -> None:
    """_core.pyi, written by hand, declares every name the module has, and no other."""
    stub = ast.parse((Path(_core.__file__).parent / "_core.pyi").read_text(encoding="utf-8"))
    declared = {node.name for node in stub.body if isinstance(node, ast.FunctionDef | ast.ClassDef)}
    declared |= {
        node.target.id for node in stub.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    exported = {name for name in dir(_core) if not name.startswith("__")}
    assert declared == exported


def test_lone_surrogates_cross_and_come_back() -> None:
    # surrogateescape leaves invalid bytes as U+DC80..U+DCFF: they are no
    # letter, no space, invisible, and pass through what keeps text as it is.
    assert keys.exact_key("Ž\udcffEENBEKOV") == "ž\udcffeenbekov"
    assert keys.ascii_key("Ž\udcffeenbekov") == "zheenbekov"
    assert keys.match_key("Zh\udc80eenbekov") == "ženbekov"
    assert translit.transliterate("Жэ\udc80эн", "en") == "Zhe\udc80en"
    assert translit.transliterate("\udc80е", "en") == "\udc80ye"  # е after no letter is at the start
    assert clean.clean("A\udc80kayev, Askar") == "Askar Akayev"
    assert clean.fix_punctuation("\ud800’\udfff") == "\ud800'\udfff"
    # Several surrogates, and code points of the planes the core borrows stand-ins from.
    text = "\udc80\U0010fffd\udcff\U000f0000\udc80\U00040000"
    assert keys.exact_key(text) == text
    assert clean.fix_spaces(f" {text} ") == text
    assert clean.fix_invisible(text) == ""
