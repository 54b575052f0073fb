"""Helpers for data frames: `namenorm.integrations.pandas` and
`namenorm.integrations.polars` (optional extras ``namenorm[pandas]`` and
``namenorm[polars]``).

Both resolve each distinct value of a column once, through one bounded cache
of resolutions per resolver and language that they share (and that survives
between calls: cleaning the same names in a later batch costs nothing), and
give the same columns as ``namenorm clean``: ``canonical``, ``id``, ``score``
and ``status`` (``matched``, ``ambiguous``, ``unmatched``, ``empty``).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable

from ..csvclean import FIELDS, STATUSES, Resolution, resolve_value
from ..resolver import Resolver

__all__ = ["CACHE_SIZE", "FIELDS", "STATUSES", "Resolution", "clear_cache", "resolve_unique"]

#: Distinct values remembered per resolver and language.
CACHE_SIZE = 1 << 18

_EMPTY = Resolution("empty")
_caches: weakref.WeakKeyDictionary[Resolver, dict[str | None, OrderedDict[str, Resolution]]] = (
    weakref.WeakKeyDictionary()
)
_lock = threading.Lock()


def clear_cache() -> None:
    """Forget every cached resolution (after changing a resolver in place).

    The cache is keyed by resolver and language, not by what the resolver
    holds: a resolver changed in place (its options replaced) keeps giving
    the answers remembered from before until the cache is cleared.

    Examples:
        >>> import dataclasses, namenorm
        >>> records = [{"id": "Q1", "name": "Almazbek Atambayev", "type": "PER"}]
        >>> r = namenorm.Resolver(namenorm.Gazetteer.from_records(records))
        >>> resolve_unique(["Atambajev"], resolver=r)["Atambajev"].status
        'matched'
        >>> r.options = dataclasses.replace(r.options, threshold=0.99)
        >>> resolve_unique(["Atambajev"], resolver=r)["Atambajev"].status  # remembered
        'matched'
        >>> clear_cache()
        >>> resolve_unique(["Atambajev"], resolver=r)["Atambajev"].status
        'unmatched'
    """
    with _lock:
        _caches.clear()


def _default(resolver: Resolver | None) -> Resolver:
    if resolver is not None:
        return resolver
    from .. import default_resolver

    return default_resolver()


def resolve_unique(
    values: Iterable[object], *, lang: str | None = None, resolver: Resolver | None = None
) -> dict[object, Resolution]:
    """Resolve distinct values, through the shared cache.

    ``None``, NaN and blank strings are ``empty``; other non-string values
    (numbers) are resolved as their ``str()``.

    Examples:
        >>> table = resolve_unique(["Atambajev", None, "Atambajev"])
        >>> table["Atambajev"].canonical, table[None].status
        ('Almazbek Atambayev', 'empty')
    """
    resolver = _default(resolver)
    with _lock:
        cache = _caches.setdefault(resolver, {}).setdefault(lang, OrderedDict())
    out: dict[object, Resolution] = {}
    for value in values:
        if value in out:
            continue
        if value is None or (isinstance(value, float) and value != value):  # None or NaN
            out[value] = _EMPTY
            continue
        text = value if isinstance(value, str) else str(value)
        with _lock:
            hit = cache.get(text)
        if hit is None:
            hit = resolve_value(resolver, text, lang)
            with _lock:
                cache[text] = hit
                if len(cache) > CACHE_SIZE:
                    cache.popitem(last=False)
        out[value] = hit
    return out
