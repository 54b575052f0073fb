"""The data files shipped inside namenorm's packages (tables, word lists, the
default gazetteer), found through ``importlib.resources``.

``importlib.resources`` and what it imports (``tempfile``, ``zipfile`` and
more) cost about a twentieth of ``import namenorm``, and no module needs them
until it reads its first file: so they are imported then, here, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc from Python 3.11

__all__ = ["files", "read_text"]


def files(package: str) -> Traversable:
    """The folder of a package of namenorm's, as ``importlib.resources.files`` gives it."""
    from importlib import resources

    return resources.files(package)


def read_text(package: str, name: str) -> str:
    """The UTF-8 text of the data file ``name`` of ``package``.

    Examples:
        >>> read_text("namenorm.data", "titles.txt").count("\\n") > 10
        True
    """
    text: str = files(package).joinpath(name).read_text(encoding="utf-8")
    return text
