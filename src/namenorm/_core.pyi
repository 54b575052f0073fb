"""The compiled core (rust/, built by maturin): types of what it exports.

Written by hand: every function the Rust module registers (rust/src/python/)
is declared here, so that ``mypy --strict`` checks its callers. Text may hold
lone surrogates (``surrogateescape``): they cross and come back as they are.
"""

from collections.abc import Sequence
from typing import Any

#: ``namenorm.clean.MAX_NAME_LENGTH``.
MAX_NAME_LENGTH: int
#: ``namenorm.keys.KEY_LETTERS``, as a string.
KEY_LETTERS: str

# namenorm.keys
def exact_key(text: str) -> str: ...
def ascii_key(text: str) -> str: ...
def match_key(text: str, lang: str | None = None) -> str: ...
def skeleton(key: str) -> str: ...
def decode_rules() -> list[tuple[str, list[tuple[str, str]]]]: ...

# namenorm.translit
def has_cyrillic(text: str) -> bool: ...
def detect_source(text: str) -> str: ...
def conventions() -> list[str]: ...
def has_script(text: str) -> bool: ...
def detect_script_source(text: str) -> str | None: ...
def script_sources() -> list[tuple[str, list[tuple[str, str]]]]: ...
def transliterate(text: str, to: str, source: str | None = None, endings: bool = True) -> str: ...
def russian_form(native: str, source: str | None = None) -> str | None: ...
def expand(native: str, source: str | None = None, endings: bool = False) -> list[str]: ...

# namenorm.translit.tables: (cyrillic, latin, when, sources, line)
_Rule = tuple[str, str, list[str], list[str], int]
# (code, name, lang, langs, source, base, samples, rules by first letter, longest, own rules)
_Table = tuple[
    str,
    str,
    str,
    list[str],
    str,
    str | None,
    list[tuple[str, str, str]],
    list[tuple[str, list[_Rule]]],
    int,
    list[_Rule],
]

def translit_table(code: str) -> _Table: ...
def parse_table(code: str, text: str, base: str | None = None) -> _Table: ...

# namenorm.clean
def clean_name(text: str) -> tuple[str, tuple[str, ...]]: ...
def set_apart(text: str) -> tuple[str, tuple[str, ...]]: ...
def already_clean(text: str) -> bool: ...
def is_title(word: str) -> bool: ...
def normalise(text: str) -> str: ...
def fold_case(text: str) -> str: ...
def strip_titles(text: str) -> str: ...
def fix_invisible(text: str) -> str: ...
def fix_unicode_form(text: str) -> str: ...
def fix_punctuation(text: str) -> str: ...
def fix_spaces(text: str) -> str: ...
def fix_mojibake(text: str) -> str: ...
def fix_homoglyphs(text: str) -> str: ...
def fix_edges(text: str) -> str: ...
def fix_name_order(text: str) -> str: ...

# -- inflection (rust/src/languages/; namenorm.languages) ----------------------

#: How much a hypothesis from a language other than the hinted one is trusted.
FOREIGN_PRIOR: float
#: How much any language's hypothesis is trusted when there is no hint.
NO_HINT_PRIOR: float
#: Hypotheses kept per word (the best by weight).
MAX_HYPOTHESES: int

def hypotheses(word: str, lang: str | None, hinted_only: bool) -> list[tuple[str, str, str, str, float, str]]:
    """Ranked (base, ending, case, lang, weight, rule) of every language, or of the hinted one."""

def language_hypotheses(code: str, word: str) -> list[tuple[str, str, str, float, str]]:
    """One language's own (base, ending, case, weight, rule); none for an unknown code."""

def languages() -> list[tuple[str, str, str]]:
    """The registered languages in order: (code, name, table file)."""

def language_table(name: str) -> list[tuple[str, list[list[tuple[str, list[str]]]]]]:
    """A table file's sections as the core reads them: rows of (column, the cell's items)."""

def serbian_cyrillic(text: str) -> str:
    """Serbian Latin to Serbian Cyrillic, letter by letter."""

class SuffixRules:
    """An ending table given from Python, run by the core's engine."""

    def __init__(
        self,
        code: str,
        separators: str,
        suffixes: list[tuple[str, str, tuple[str, ...], float, int, str, str]],
        alternations: list[tuple[str, str, str, float, str, str, int]] | None = None,
    ) -> None: ...
    def hypotheses(self, word: str) -> list[tuple[str, str, str, float, str]]:
        """(base, ending, case, weight, rule) for one lower-case word."""

# -- the resolution core (rust/src/index/, fuzzy.rs, score.rs, evidence.rs, resolver/) --

#: A step record of an explanation: its kind, then its parameters (namenorm.explain renders it).
Step = tuple[Any, ...]
#: A ranked candidate: (entity number, score, the name that matched, steps, the reading that found it).
Candidate = tuple[int, float, str, list[Step], str]
#: A decision: (status, candidates, the match's place among them or None, the rivals' places, chosen as prominent).
Decided = tuple[str, list[Candidate], int | None, list[int], bool]

class Index:
    """The candidate index: built from flat lists of the entities' names, or mapped from a file."""

    def __init__(
        self,
        types: list[str],
        owners: Sequence[int],
        texts: list[str],
        kinds: list[str],
        weak: list[bool],
        expand_native: bool = True,
    ) -> None: ...
    @staticmethod
    def load(path: str, digest: str) -> Index | None:
        """The index saved at ``path`` for ``digest``, or None."""

    def save(self, path: str, digest: str) -> None:
        """Write the index to ``path``; OSError on failure."""

    def __len__(self) -> int: ...
    @property
    def entities(self) -> int:
        """The number of entities the index was built for."""

    def get(self, map: str, key: str) -> tuple[int, ...] | None:
        """The positions ``map`` files under ``key``."""

    def count(self, map: str) -> int:
        """The number of keys of ``map``."""

    def keys(self, map: str) -> list[str]:
        """Every key of ``map``."""

    def names(self, start: int, stop: int) -> list[tuple[int, str, str, bool, str, str | None]]:
        """(entity, text, kind, weak, match key, surname) of the names from ``start`` to ``stop``."""

    def stats(self) -> dict[str, int]:
        """Names, keys and positions per map, strings, bytes."""

class Resolver:
    """Resolves names to entities of an index."""

    def __init__(
        self,
        index: Index,
        ids: list[str],
        types: list[str],
        countries: list[str | None],
        weights: list[float],
        *,
        threshold: float,
        margin: float,
        prominence: float,
        fuzzy: bool,
        hypotheses_per_word: int,
        cache_size: int,
    ) -> None: ...
    def ranked(
        self,
        text: str,
        lang: str | None = None,
        types: list[str] | None = None,
        countries: list[str] | None = None,
        decisive: bool = False,
        k: int | None = None,
    ) -> list[Candidate]:
        """The candidates, best first (``decisive``: those a decision reads), at most ``k``."""

    def decide(
        self,
        text: str,
        lang: str | None = None,
        types: list[str] | None = None,
        countries: list[str] | None = None,
        decisive: bool = True,
    ) -> Decided:
        """The decision on ``text``."""

    def decide_many(
        self,
        texts: list[str | None],
        lang: str | None = None,
        types: list[str] | None = None,
        countries: list[str] | None = None,
    ) -> list[Decided]:
        """The decision on each text (None or blank: ``empty``), without the GIL, in parallel."""

    def cache_sizes(self) -> tuple[int, int]:
        """Answers remembered, and queries noted as asked once."""

    def fuzzy_hits(
        self, words: list[str], lang: str | None, floor: float, prune: bool = True
    ) -> list[tuple[int, float, list[Step]]]:
        """The fuzzy stage alone: (position, score, steps) of each hit above ``floor``."""

# namenorm.score
THRESHOLD: float
VOWEL_COST: float
CLASS_COST: float
ENDING_COST: float
TRANSPOSITION_COST: float
BUDGET_BASE: float
BUDGET_PER_LETTER: float
SURNAME_ALONE_FACTOR: float
SURNAME_SHARE: float
INITIAL_SCORE: float
GIVEN_MIN: float
SUFFIX_FACTOR: float
RUSSIAN_SUFFIXES: list[str]
PATRONYMIC_PARTICLES: list[str]
PATRONYMIC_ENDINGS: list[str]

def key_similarity(a: str, b: str) -> float: ...
def given_similarity(a: str, b: str) -> float: ...
def surname_similarity(word: str, surname: str) -> float: ...
def given_name_class(key: str) -> str | None: ...
def edit_cost(a: str, b: str) -> float: ...
def calibrate(cost: float, length: int) -> float: ...
def similarity_bound(a: str, b: str) -> float: ...
def bound_from_distance(a: str, b: str, distance: int) -> float: ...
def distance_cutoff(needed: float, length: int) -> int: ...
def distances_within(key: str, targets: list[str], cutoff: int) -> list[tuple[int, int]]: ...
def bounds_within(
    key: str, targets: list[str], cutoff: int, factor: float = 1.0, needed: float = -1.0
) -> list[tuple[int, float]]: ...
def given_bounds(words: list[str], givens: list[str], needed: float) -> list[tuple[str, float]]: ...
def surname_reach(words: list[str], surnames: list[str], needed: float) -> list[tuple[str, float, list[str]]]: ...
def alignment_ceiling(surname_score: float, given_score: float = 1.0, alone: bool = True) -> float: ...
def given_needed(floor: float) -> float: ...
def surname_needed(floor: float, given_score: float = 1.0, alone: bool = True) -> float: ...
def looks_like_patronymic(word: str) -> bool: ...
def align_person(
    query: list[str], name: list[str], surname_at: int | None = None
) -> tuple[float, float, float | None, list[Step]]:
    """(score, surname score, given score or None, note records)."""

# namenorm.comparison, namenorm.organisations (rust/src/compare/)
LEGAL_FORM_MISMATCH: float
LEGAL_FORM_MISSING: float
GENERATIONS_DIFFER: float
GENERATION_MISSING: float
NUMBERS_DIFFER: float
SURE: float
INITIAL_SIMILARITY: float
ACRONYM_SCORE: float
GENERIC_WEIGHT: float
BOTH_EXTRA: float
MIN_LETTERS: int
PAIR_FLOOR: float
JOIN_FLOOR: float
ACRONYM_SIMILARITY: float

def compare(a: str, b: str, lang: str | None, threshold: float) -> tuple[float, str]:
    """(score, method); the score rounded to 6 digits."""

def compare_steps(a: str, b: str, lang: str | None, threshold: float) -> tuple[float, str, list[Step]]:
    """(score, method, step records)."""

def legal_form_table() -> list[tuple[str, str, bool]]:
    """(key, kind, needs capitals) of every legal form."""

def legal_form(words: list[str]) -> tuple[list[tuple[int, int]], str | None]: ...
def org_word_roles() -> list[tuple[str, str]]: ...
def is_function_word(word: str) -> bool: ...
def marks_organisation(word: str) -> bool: ...
def organisation_similarity(a: list[str], b: list[str]) -> tuple[float, list[Step]]:
    """(score, note records)."""

# namenorm.evidence, namenorm.fuzzy, namenorm.index
CHANCE_FACTOR: float
BITS_PER_LETTER: float
EDIT_LETTERS: float
PROMINENCE_LETTERS: float
BASE_KEYS: int
REPORTED: float
PRIOR_SHARE: float
FUZZY_PRIOR_SHARE: float
COMPACT_FACTOR: float
WEAK_FACTOR: float
BLOCK_LIMIT: int
MAX_BLOCK: int
MAX_FUZZY_CANDIDATES: int
INDEX_FORMAT: int
KIND_FACTORS: list[tuple[str, float]]
MAPS: list[str]

def routes() -> list[tuple[str, int, bool, str]]:
    """The routes of the open-world gate: (name, letters, whether prominence counts, description)."""

def letters_needed(route: str, keys: int, weight: float = 1.0) -> float: ...
def names_read() -> int:
    """How many times this thread has read a name of an index (for the tests)."""
