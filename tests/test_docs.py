"""Every example in the documentation runs as written.

Python blocks of a page run in order in one namespace; in shell blocks,
every line that starts with ``namenorm`` runs through the installed command
(lines that install things, ``pip ...``, are set-up steps and are not run).
A block preceded by ``<!-- no-test -->`` is shown, not run: used for
examples that need a cluster or a file the reader supplies.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import shlex
import shutil
import subprocess
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(r"(<!-- no-test -->\s*)?^```(\w+)[^\n]*\n(.*?)^```", re.S | re.M)


def blocks(page: Path, language: str) -> list[str]:
    return [
        body for skip, lang, body in FENCE.findall(page.read_text(encoding="utf-8")) if lang == language and not skip
    ]


def _id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p, "python")], ids=_id)
def test_python_examples_run(page: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, body in enumerate(blocks(page, "python"), 1):
        try:
            exec(compile(body, f"{_id(page)} python block {number}", "exec"), namespace)
        except Exception as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{_id(page)}, python block {number}: {type(exc).__name__}: {exc}\n{body}")


def _commands(page: Path) -> list[str]:
    out = []
    for body in blocks(page, "sh"):
        for line in body.splitlines():
            line = line.split(" # ")[0].strip()
            if line.startswith("namenorm "):
                out.append(line)
    return out


@pytest.mark.parametrize("page", [p for p in PAGES if _commands(p)], ids=_id)
def test_shell_examples_run(page: Path, tmp_path: Path) -> None:
    command = shutil.which("namenorm")
    assert command is not None
    for line in _commands(page):
        if "|" in line or "<" in line or ">" in line:
            result = subprocess.run(line, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=300)
        else:
            result = subprocess.run(shlex.split(line), cwd=ROOT, capture_output=True, text=True, timeout=300)
        # 1 means "some name did not resolve": a documented outcome, not a failure.
        assert result.returncode in (0, 1), f"{_id(page)}: {line!r} exited {result.returncode}: {result.stderr}"
        assert "Traceback" not in result.stderr, f"{_id(page)}: {line!r}: {result.stderr}"


# -- every documented object has an example that runs ----------------------------
#
# The public API (``namenorm.__all__``) and every object the API reference
# renders (``::: dotted.path`` in docs/reference/api.md) show how they are used
# in a ``>>>`` example; pytest runs those as doctests (``--doctest-modules``).

API_PAGE = ROOT / "docs" / "reference" / "api.md"
DIRECTIVE = re.compile(r"^:::\s+([\w.]+)\s*$", re.M)


def _import(dotted: str) -> object:
    """The object a ``:::`` entry renders. As in mkdocstrings, a module comes
    before an attribute of the same name (the package exports no function
    named as one of its modules: ``namenorm.annotate`` is a function, its
    module ``namenorm.mentions``)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        module = ".".join(parts[:cut])
        try:
            obj: object = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:  # a module that is there but needs a missing one
                raise
            continue
        for attribute in parts[cut:]:
            obj = getattr(obj, attribute)
        return obj
    raise ImportError(dotted)


def _public(module: types.ModuleType) -> list[str]:
    """The names a module entry renders: its ``__all__``, else what it defines."""
    if hasattr(module, "__all__"):
        return list(module.__all__)
    return [
        name
        for name, obj in vars(module).items()
        if not name.startswith("_") and getattr(obj, "__module__", None) == module.__name__
    ]


def _is_api(obj: object) -> bool:
    """A class or a function (cached ones too), not a constant or a type alias."""
    return inspect.isclass(obj) or inspect.isroutine(obj)


def _members(cls: type, name: str) -> dict[str, object]:
    """The public methods, class and static methods and properties of ``cls``,
    as ``Class.member`` (those of its namenorm base classes too)."""
    out: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("namenorm"):
            continue
        for member, raw in vars(klass).items():
            if member.startswith("_"):
                continue
            if isinstance(raw, property | functools.cached_property):
                out[f"{name}.{member}"] = raw
            elif isinstance(raw, classmethod | staticmethod) or inspect.isfunction(raw):
                out[f"{name}.{member}"] = getattr(cls, member)
    return out


def _documented() -> dict[str, object]:
    """Every object that must have an example, by dotted name."""
    import namenorm

    roots: dict[str, object] = {}
    for name in namenorm.__all__:
        obj = getattr(namenorm, name)
        if _is_api(obj):
            roots[f"namenorm.{name}"] = obj
    for dotted in DIRECTIVE.findall(API_PAGE.read_text(encoding="utf-8")):
        obj = _import(dotted)
        if isinstance(obj, types.ModuleType):  # a module entry renders the module and its members
            roots[dotted] = obj
            for name in _public(obj):
                member = getattr(obj, name)
                if _is_api(member):
                    roots[f"{dotted}.{name}"] = member
        else:
            roots[dotted] = obj
    out = dict(roots)
    for dotted, obj in roots.items():
        if inspect.isclass(obj):
            out.update(_members(obj, dotted))
    return out


DOCUMENTED = _documented()


def test_every_api_reference_entry_is_read() -> None:
    text = API_PAGE.read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if line.lstrip().startswith(":::")]
    assert entries, "no ::: entries in docs/reference/api.md"
    assert len(DIRECTIVE.findall(text)) == len(entries), "a ::: entry this test does not understand"


@pytest.mark.parametrize("name", sorted(DOCUMENTED))
def test_every_documented_object_has_an_example(name: str) -> None:
    doc = inspect.getdoc(DOCUMENTED[name]) or ""
    assert ">>>" in doc, f"{name}: no '>>>' example in its docstring"
