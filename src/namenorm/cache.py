"""Persisted candidate indexes, so that a large gazetteer's index is built once.

Building the index of a gazetteer folds every name into its keys and expands
every Cyrillic name into its spellings under every convention: seconds for
the embedded default, minutes for a million aliases. The result depends only
on the gazetteer's names and on namenorm's own code and tables, so it is
saved to a file named by a digest of both, and a later process that builds
the same index loads the file instead. A changed gazetteer, a changed source
file or table, another version of Python, unidecode or regex: another digest,
hence a fresh build. The file is written atomically (a temporary file, then
a rename), read with `marshal` (plain tuples, strings and integers,
nothing executable), and any problem with it (unreadable, truncated, from
another format) only means a rebuild.

Where: the folder named by the ``NAMENORM_CACHE`` environment variable, else
``$XDG_CACHE_HOME/namenorm``, else ``~/.cache/namenorm``. ``NAMENORM_CACHE=off``
turns the cache off. Gazetteers of fewer than `MIN_ENTITIES` entities
are not cached (they build faster than a file is read), and only the
`KEEP` most recently used files are kept.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .gazetteer import Gazetteer

if TYPE_CHECKING:
    import hashlib

__all__ = [
    "KEEP",
    "MIN_ENTITIES",
    "cache_dir",
    "cache_path",
    "code_digest",
    "gazetteer_digest",
    "load",
    "no_gc",
    "settle",
    "store",
]

#: Gazetteers with fewer entities are built, not cached.
MIN_ENTITIES = 2000
#: How many cache files to keep (the least recently used go first).
KEEP = 4
#: The layout of a cache file; a change of layout changes every file's name.
FORMAT = 3
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


def cache_path(gazetteer: Gazetteer, expand_native: bool) -> Path | None:
    """The cache file of this gazetteer's index (None when caching is off)."""
    folder = cache_dir()
    if folder is None:
        return None
    digest = _sha256(f"{code_digest()}{gazetteer_digest(gazetteer, expand_native)}".encode()).hexdigest()
    return folder / f"index-{digest[:32]}.marshal"


def load(path: Path) -> Any | None:
    """The state saved in ``path``, or None if there is none or it cannot be read."""
    try:
        data = path.read_bytes()  # whole: marshal.load reads a file object in small pieces, several times slower
        with no_gc():
            state = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, tuple) or not state or state[0] != FORMAT:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used
    return state


def store(path: Path, state: Any) -> None:
    """Save ``state`` (marshal-able, starting with `FORMAT`) to ``path``
    atomically; then remove all but the `KEEP` most recently used files.
    Failures (a read-only or full disk) are ignored: the cache only saves time."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(state))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent)
    except (OSError, ValueError):
        return


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small containers
    are made (none of them in a cycle): otherwise it runs over and over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle() -> None:
    """Run one full collection after the millions of objects of a large index
    were made with the collector paused (`no_gc`). They were all young:
    left so, the collector would move them up generation by generation while
    the first queries run, and then traverse all of them in a full
    collection, at the cost of hundreds of queries. Collected once now, they
    are old, and the collector's own rule (a full collection only when the
    objects made since the last one are a quarter of the old ones) keeps it
    away from them afterwards."""
    gc.collect()


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("index-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)
