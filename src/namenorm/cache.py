"""Persisted candidate indexes, so that a large gazetteer's index is built once.

Building the index of a gazetteer folds every name into its keys and expands
every Cyrillic name into its spellings under every convention: a second for
the embedded default, tens of seconds for a million aliases. The result
depends only on the gazetteer's names and on namenorm's own code and tables
(the compiled core among them), so it is saved to a file named by a digest
of both, and a later process that builds the same index maps the file
instead. A changed gazetteer, a changed source file, table or core, another
version of Python, unidecode or regex: another digest, hence a fresh build.

The file is the core's own (``rust/src/index/store.rs``): flat columns of
integers and one arena of strings, with the digest in its header and a
checksum at its end, mapped into memory and checked, never executed. It is
written atomically (a temporary file, then a rename), and any problem with
it (unreadable, truncated, damaged, of another format) only means a rebuild.

Where: the folder named by the ``NAMENORM_CACHE`` environment variable, else
``$XDG_CACHE_HOME/namenorm``, else ``~/.cache/namenorm``. ``NAMENORM_CACHE=off``
turns the cache off. Gazetteers of fewer than `MIN_ENTITIES` entities
are not cached (they build faster than a file is read), and only the
`KEEP` most recently used files are kept.
"""

from __future__ import annotations

import contextlib
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import _core
from .gazetteer import Gazetteer

if TYPE_CHECKING:
    import hashlib

__all__ = [
    "KEEP",
    "MIN_ENTITIES",
    "cache_dir",
    "cache_key",
    "cache_path",
    "code_digest",
    "gazetteer_digest",
    "load",
    "store",
]

#: Gazetteers with fewer entities are built, not cached.
MIN_ENTITIES = 2000
#: How many cache files to keep (the least recently used go first).
KEEP = 4
#: The layout of a cache file (the core's); a change of layout changes every file's name.
FORMAT: int = _core.INDEX_FORMAT
#: The cache files' suffix.
SUFFIX = ".nnindex"
_OFF = frozenset({"off", "0", "no", "false", ""})


def cache_dir() -> Path | None:
    """The folder of cache files, or None when caching is off.

    Examples:
        >>> saved = os.environ.get("NAMENORM_CACHE")
        >>> os.environ["NAMENORM_CACHE"] = "off"; cache_dir() is None
        True
        >>> os.environ["NAMENORM_CACHE"] = "/tmp/nn"; str(cache_dir())
        '/tmp/nn'
        >>> if saved is None: del os.environ["NAMENORM_CACHE"]
        ... else: os.environ["NAMENORM_CACHE"] = saved
    """
    chosen = os.environ.get("NAMENORM_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder (a service account): no cache
            return None
    return Path(base) / "namenorm"


def _sha256(data: bytes) -> hashlib._Hash:
    """A SHA-256 hash of ``data`` to update (hashlib here, not at import: its
    OpenSSL binding is a few milliseconds of ``import namenorm``)."""
    import hashlib

    return hashlib.sha256(data)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of everything the index depends on besides the gazetteer:
    every file of the namenorm package (code, tables, data) and the versions
    of Python, unidecode and regex."""
    from importlib import metadata  # here, not at import: ``import namenorm`` stays light

    h = _sha256(f"format {FORMAT}\n{sys.version}\n".encode())
    for dist in ("unidecode", "regex"):
        try:
            h.update(f"{dist} {metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError:  # pragma: no cover - a core dependency
            h.update(f"{dist} ?\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            h.update(str(path.relative_to(package)).encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


def gazetteer_digest(gazetteer: Gazetteer, expand_native: bool) -> str:
    """A digest of what the index reads from a gazetteer: each entity's type
    and names (text, kind, weak), in order.

    Examples:
        >>> a = Gazetteer.from_records([{"id": "1", "name": "Bishkek", "aliases": ["Frunze"]}])
        >>> b = Gazetteer.from_records([{"id": "1", "name": "Bishkek", "aliases": ["Frunze"], "weight": 2}])
        >>> c = Gazetteer.from_records([{"id": "1", "name": "Bishkek"}])
        >>> gazetteer_digest(a, True) == gazetteer_digest(b, True) != gazetteer_digest(c, True)
        True
    """
    h = _sha256(b"native\n" if expand_native else b"as written\n")
    for entity in gazetteer:
        parts = [entity.type, entity.name, *(f"{a.kind}{'!' if a.weak else ''}:{a.name}" for a in entity.aliases)]
        h.update("\x1f".join(parts).encode("utf-8", "surrogatepass") + b"\x1e")
    return h.hexdigest()


def cache_key(gazetteer: Gazetteer, expand_native: bool) -> str:
    """The digest that names the index of this gazetteer (and says, in its
    file's header, what the file holds): of the code and of the gazetteer."""
    return _sha256(f"{code_digest()}{gazetteer_digest(gazetteer, expand_native)}".encode()).hexdigest()


def cache_path(gazetteer: Gazetteer, expand_native: bool, key: str | None = None) -> Path | None:
    """The cache file of this gazetteer's index (None when caching is off);
    ``key``: its `cache_key`, if known."""
    folder = cache_dir()
    if folder is None:
        return None
    key = key or cache_key(gazetteer, expand_native)
    return folder / f"index-{key[:32]}{SUFFIX}"


def load(path: Path, key: str, entities: int) -> _core.Index | None:
    """The index saved in ``path`` for ``key`` (of ``entities`` entities),
    mapped; or None if there is none or it cannot be read."""
    index = _core.Index.load(str(path), key)
    if index is None or index.entities != entities:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used
    return index


def store(path: Path, index: _core.Index, key: str) -> None:
    """Save ``index`` to ``path`` atomically; then remove all but the `KEEP`
    most recently used files. Failures (a read-only or full disk) are
    ignored: the cache only saves time."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", dir=path.parent)
        os.close(fd)
        try:
            index.save(tmp, key)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent)
    except (OSError, ValueError):
        return


def _prune(folder: Path) -> None:
    files = sorted(folder.glob(f"index-*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)
