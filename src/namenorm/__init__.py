"""namenorm: resolve the many ways a name is written to one canonical entity.

Transliterations from Cyrillic under a dozen national conventions and forms
that carry the case endings of inflecting languages are resolved against a
gazetteer::

    >>> import namenorm
    >>> namenorm.resolve("Žeenbekoville").entity.name
    'Sooronbay Jeenbekov'
    >>> namenorm.resolve("Atambajev").entity.name
    'Almazbek Atambayev'

The public API is what this module exports; everything else is internal.
"""

from __future__ import annotations

from collections.abc import Iterable

from .cache import cached, reset_caches
from .comparison import Comparison, compare
from .errors import GazetteerError, NamenormError, UnknownLanguageError
from .gazetteer import Alias, Entity, Gazetteer, GazetteerWarning
from .languages import Hypothesis, strip_inflection
from .mentions import Mention, annotate
from .resolver import Decision, Match, Options, Resolver, Scope
from .translit import transliterate

__all__ = [
    "Alias",
    "Comparison",
    "Decision",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "GazetteerWarning",
    "Hypothesis",
    "Match",
    "Mention",
    "NamenormError",
    "Options",
    "Resolver",
    "Scope",
    "UnknownLanguageError",
    "__version__",
    "annotate",
    "compare",
    "default_resolver",
    "reset_caches",
    "resolve",
    "strip_inflection",
    "transliterate",
]

__version__ = "0.1.0"


@cached("default_resolver")
def default_resolver() -> Resolver:
    """The shared resolver over the embedded default gazetteer (built on first
    use): the one every helper uses when it is given no resolver, and what
    ``Resolver.default()`` returns. [`reset_caches`][namenorm.reset_caches]
    forgets it.

    Examples:
        >>> default_resolver() is default_resolver()
        True
    """
    return Resolver(Gazetteer.default())


def resolve(
    text: str | None,
    lang: str | None = None,
    *,
    types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> Match | None:
    """Resolve ``text`` against the embedded default gazetteer (``types`` and
    ``countries``: see [`Resolver.resolve`][namenorm.Resolver.resolve]).

    Examples:
        >>> resolve("Dscheenbekows", lang="de").entity.id
        'sooronbay-jeenbekov'
        >>> resolve("Bishkek", types={"PER"}) is None
        True
    """
    return default_resolver().resolve(text, lang=lang, types=types, countries=countries)
