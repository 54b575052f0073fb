"""The compiled core (rust/, built by maturin): types of what it exports.

Written by hand: every function the Rust module registers (rust/src/python.rs)
is declared here, so that ``mypy --strict`` checks its callers. Text may hold
lone surrogates (``surrogateescape``): they cross and come back as they are.
"""

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
