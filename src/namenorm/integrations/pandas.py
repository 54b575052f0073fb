"""pandas helpers (``pip install namenorm[pandas]``): a Series of names in,
columns of canonical names, ids, scores and statuses out.

Examples:
    >>> import pandas as pd
    >>> from namenorm.integrations.pandas import resolve_series
    >>> people = pd.DataFrame({"who": ["Atambajev", "Žeenbekoville", None, "Atambajev"]})
    >>> out = people.join(resolve_series(people["who"]))
    >>> out["who_canonical"].tolist()
    ['Almazbek Atambayev', 'Sooronbay Jeenbekov', None, 'Almazbek Atambayev']
    >>> out["who_status"].tolist()
    ['matched', 'matched', 'empty', 'matched']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from ..resolver import Resolver
from . import FIELDS, check_fields, column_names, resolve_unique

__all__ = ["resolve_series"]


def resolve_series(
    series: pd.Series,
    *,
    lang: str | None = None,
    resolver: Resolver | None = None,
    fields: Sequence[str] = FIELDS,
    prefix: str | None = None,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Resolve every value of ``series``; each distinct value once.

    Args:
        series: the names (strings; None/NaN count as empty).
        lang: language hint (ISO 639-1).
        resolver: the resolver; the default gazetteer's by default.
        fields: the columns wanted, from ``canonical``, ``id``, ``score``, ``status``.
        prefix: the column names' prefix (``PREFIX_canonical``); the series'
            name by default, or ``name`` when it has none.
        types: only entities of these types answer (``{"PER"}``); None: any.
        countries: only entities of these countries answer (``{"KG"}``); None: any.

    Returns:
        A DataFrame with the series' index: strings (None where there is no
        answer) and ``score`` as floats (NaN where there is no answer), ready
        to ``join`` onto the frame the series came from.

    Raises:
        ValueError: a field that is not one of `FIELDS`.

    Examples:
        >>> import pandas as pd
        >>> who = pd.Series(["Atambajev", "Bishkekissä", None, "Nobody Atall"], name="who")
        >>> out = resolve_series(who, lang="fi")
        >>> list(out.columns)
        ['who_canonical', 'who_id', 'who_score', 'who_status']
        >>> out["who_canonical"].tolist(), out["who_status"].tolist()
        (['Almazbek Atambayev', 'Bishkek', None, None], ['matched', 'matched', 'empty', 'unmatched'])

        Only some fields, under another prefix:

        >>> resolve_series(who, fields=("status",), prefix="person").to_dict("list")
        {'person_status': ['matched', 'matched', 'empty', 'unmatched']}

        People only (a place that matches better never answers):

        >>> resolve_series(pd.Series(["Georgia", "Putin"]), types={"PER"}, fields=("status",))["name_status"].tolist()
        ['unmatched', 'matched']
    """
    fields = check_fields(fields)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    table = resolve_unique(list(uniques), lang=lang, resolver=resolver, types=types, countries=countries)
    results = [table[u] for u in uniques]
    base = prefix if prefix is not None else (str(series.name) if series.name is not None else "name")
    columns: dict[str, Any] = {}
    for f, name in zip(fields, column_names(base, fields), strict=True):
        if f == "score":
            values: list[Any] = [float("nan") if r.score is None else r.score for r in results] + [float("nan")]
            dtype = "float64"
        elif f == "status":
            values = [r.status for r in results] + ["empty"]
            dtype = "object"
        else:
            values = [getattr(r, f) or None for r in results] + [None]
            dtype = "object"
        column = pd.Series(values, dtype=dtype).take(codes)  # code -1 (a missing value) takes the last entry
        column.index = series.index
        columns[name] = column
    return pd.DataFrame(columns, index=series.index)
