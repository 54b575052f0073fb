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

The in-memory caches are here too, in one registry: every cache of namenorm
is registered under a name, with its size in `SIZES` (entries) or
`BUDGETS` (characters), and [`reset_caches`][namenorm.reset_caches] empties
them all. A `Resolver`'s own answers (``Options.cache_size``) belong to it
and go with it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from functools import _lru_cache_wrapper, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from . import _core

if TYPE_CHECKING:
    import hashlib

    from .gazetteer import Gazetteer

__all__ = [
    "BUDGETS",
    "KEEP",
    "MIN_ENTITIES",
    "SIZES",
    "SizedCache",
    "cache_dir",
    "cache_key",
    "cache_path",
    "cached",
    "code_digest",
    "gazetteer_digest",
    "load",
    "no_gc",
    "register",
    "registered",
    "reset_caches",
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

# -- the registry of in-memory caches -----------------------------------------

#: The size (most entries) of every cache of a function, by the cache's name.
#: Tables read once have one entry; caches of words and names are bounded so
#: that a stream of distinct values keeps memory flat.
SIZES: dict[str, int] = {
    # tables read once
    "mentions.function_words": 1,
    "mentions.stop_words": 1,
    "codes.codes": 1,
    "comparison.legal_forms": 1,
    "organisations.word_roles": 1,
    "default_resolver": 1,
    "gazetteer.default": 1,
    "index.code_digest": 1,
    "keys.decoders": 1,
    "languages.registry": 1,
    "translit.given_names": 1,
    "translit.table_codes": 1,
    # one entry per language or table
    "languages.inflects_names": 64,
    "languages.sections": 64,
    "translit.load_table": 64,
    # per word, name or pair of words
    "languages.hypotheses": 1 << 15,
    "translit.spellings": 1 << 16,
}

#: The size, in characters of the values kept, of caches whose entries may be
#: of any length (a cell of a CSV file, a value of a data frame): bounded by
#: what they hold, not by how many, so that 1,000 distinct 100 KB cells cost
#: what 100,000 short ones do.
BUDGETS: dict[str, int] = {
    "io.values": 32 << 20,
    "integrations.values": 32 << 20,
}

_REGISTRY: dict[str, Callable[[], None]] = {}
_R = TypeVar("_R")
_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


def cached(name: str) -> Callable[[Callable[..., _R]], _lru_cache_wrapper[_R]]:
    """``functools.lru_cache`` with the size `SIZES` gives ``name``, registered
    under that name so that `reset_caches` empties it.

    Examples:
        >>> @cached("mentions.function_words")
        ... def table() -> int:
        ...     return 42
        >>> table(), table.cache_info().maxsize, "mentions.function_words" in registered()
        (42, 1, True)
    """
    size = SIZES[name]

    def wrap(function: Callable[..., _R]) -> _lru_cache_wrapper[_R]:
        wrapper = lru_cache(maxsize=size)(function)
        _REGISTRY[name] = wrapper.cache_clear
        return wrapper

    return wrap


def register(name: str, clear: Callable[[], None]) -> None:
    """Register a store of another shape (a dictionary of resolvers, a
    `SizedCache`) under ``name``: `reset_caches` calls ``clear``."""
    _REGISTRY[name] = clear


def registered() -> tuple[str, ...]:
    """The names of every registered cache, sorted.

    Examples:
        >>> import namenorm
        >>> {"default_resolver", "gazetteer.default", "integrations.values"} <= set(registered())
        True
    """
    _import_all()
    return tuple(sorted(_REGISTRY))


def reset_caches() -> None:
    """Empty every cache of namenorm: the remembered tables, words, names and
    values, the loaded default gazetteer and the shared default resolver
    (both built again on first use). For benchmarks that must start cold,
    and after replacing a data file in development.

    Examples:
        >>> import namenorm
        >>> first = namenorm.default_resolver()
        >>> namenorm.reset_caches()
        >>> namenorm.default_resolver() is first
        False
    """
    _import_all()
    for clear in list(_REGISTRY.values()):
        clear()


def _import_all() -> None:
    """Import the modules that register caches, so that none is missed."""
    import importlib

    for module in (
        "comparison",
        "integrations",
        "io",
        "mentions",
        "organisations",
        "spark",
        "translit.names",
    ):
        importlib.import_module(f"namenorm.{module}")


class SizedCache(Generic[_K, _V]):
    """A least-recently-used mapping bounded by the total ``size`` of what it
    holds (``cost(key, value)``, by default the key's length plus one), not by
    the number of entries. Thread-safe.

    Examples:
        >>> cache = SizedCache[str, int](10)
        >>> cache.put("abcd", 1); cache.put("efgh", 2); cache.get("abcd")
        1
        >>> cache.put("ijkl", 3)  # 15 > 10: the least recently used ("efgh") goes
        >>> cache.get("efgh"), cache.get("abcd"), len(cache), cache.size
        (None, 1, 2, 10)
        >>> cache.put("x" * 50, 4); cache.get("x" * 50)  # larger than the whole budget: not kept
    """

    def __init__(self, budget: int, cost: Callable[[_K, _V], int] | None = None) -> None:
        self.budget = budget
        self.cost = cost or (lambda key, _value: len(key) + 1 if isinstance(key, str) else 1)
        self.size = 0
        self._items: OrderedDict[_K, tuple[_V, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def get(self, key: _K) -> _V | None:
        """The value of ``key``, or None; a hit makes it the most recently used."""
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            self._items.move_to_end(key)
            return found[0]

    def put(self, key: _K, value: _V) -> None:
        """Keep ``value`` under ``key``, forgetting the least recently used
        entries until the total fits; a value costing more than the whole
        budget is not kept."""
        cost = self.cost(key, value)
        if cost > self.budget:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= old[1]
            self._items[key] = (value, cost)
            self.size += cost
            while self.size > self.budget:
                _key, (_value, freed) = self._items.popitem(last=False)
                self.size -= freed

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._items.clear()
            self.size = 0


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


@cached("index.code_digest")
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
        >>> from namenorm import Gazetteer
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


def _prune(folder: Path) -> None:
    files = sorted(folder.glob(f"index-*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)
