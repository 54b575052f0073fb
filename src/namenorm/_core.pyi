"""The compiled core (rust/, built by maturin): types of what it exports.

Written by hand: every function the Rust module registers (rust/src/python.rs)
is declared here, so that ``mypy --strict`` checks its callers.
"""

def exact_key(text: str) -> str: ...

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
