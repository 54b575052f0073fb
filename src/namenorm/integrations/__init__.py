"""Helpers for data frames: `namenorm.integrations.pandas` and
`namenorm.integrations.polars` (optional extras ``namenorm[pandas]`` and
``namenorm[polars]``).

Both resolve each distinct value of a column once through
[`resolve_values`][namenorm.io.resolve_values] (in one batch, on every
core), the function ``namenorm clean`` and Spark call, remembered in one cache per resolver and scope
(bounded by the characters it holds, `namenorm.cache.BUDGETS`, and emptied
by [`reset_caches`][namenorm.reset_caches]). They give the same fields as
``namenorm clean``, prefixed alike (``who_canonical``, ``who_id``,
``who_score``, ``who_status``; statuses ``matched``, ``ambiguous``,
``unmatched``, ``empty``).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Sequence

from ..cache import BUDGETS, SizedCache, register
from ..codes import check_language
from ..io.rows import EMPTY, FIELDS, STATUSES, Resolution, resolve_values, text_of
from ..resolver import Resolver, Scope

__all__ = ["FIELDS", "STATUSES", "Resolution", "check_fields", "column_names", "resolve_unique"]

_Key = tuple[str | None, Scope]
_caches: weakref.WeakKeyDictionary[Resolver, dict[_Key, SizedCache[str, Resolution]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
register("integrations.values", _caches.clear)


def _cost(value: str, res: Resolution) -> int:
    return len(value) + len(res.canonical) + len(res.id) + sum(map(len, res.candidates)) + 64


def check_fields(fields: Sequence[str]) -> tuple[str, ...]:
    """``fields`` as a tuple, or a ValueError naming the fields to use.

    Examples:
        >>> check_fields(["id", "status"])
        ('id', 'status')
        >>> check_fields(["ident"])
        Traceback (most recent call last):
        ...
        ValueError: unknown field(s) ident; use canonical, id, score, status
    """
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; use {', '.join(FIELDS)}")
    return tuple(fields)


def column_names(prefix: str, fields: Sequence[str]) -> list[str]:
    """The names of the added columns: ``PREFIX_FIELD``, as ``namenorm clean`` names them.

    Examples:
        >>> column_names("who", ("canonical", "id"))
        ['who_canonical', 'who_id']
    """
    return [f"{prefix}_{f}" for f in fields]


def resolve_unique(
    values: Iterable[object],
    *,
    lang: str | None = None,
    resolver: Resolver | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> dict[object, Resolution]:
    """Resolve distinct values through the shared cache (``None``, NaN and
    blank strings are ``empty``; numbers are resolved as their ``str()``).

    Examples:
        >>> table = resolve_unique(["Atambajev", None, "Atambajev", "Georgia"], types={"PER"})
        >>> table["Atambajev"].canonical, table[None].status, table["Georgia"].status
        ('Almazbek Atambayev', 'empty', 'unmatched')
    """
    if resolver is None:
        from .. import default_resolver

        resolver = default_resolver()
    lang = check_language(lang)
    scope = Scope.of(types, countries)
    with _lock:
        cache = _caches.setdefault(resolver, {}).get((lang, scope))
        if cache is None:
            cache = _caches[resolver][lang, scope] = SizedCache(BUDGETS["integrations.values"], _cost)
    out: dict[object, Resolution] = {}
    new: dict[str, list[object]] = {}  # texts to resolve, and the values that are them
    for value in values:
        if value in out:
            continue
        text = text_of(value)
        if text is None:
            out[value] = EMPTY
            continue
        hit = cache.get(text)
        if hit is None:
            new.setdefault(text, []).append(value)
            out[value] = EMPTY  # a place, in order; filled below
        else:
            out[value] = hit
    if new:
        texts = list(new)
        for text, hit in zip(
            texts, resolve_values(resolver, texts, lang=lang, types=scope.types, countries=scope.countries), strict=True
        ):
            cache.put(text, hit)
            for value in new[text]:
                out[value] = hit
    return out
