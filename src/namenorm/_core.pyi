"""The compiled core (rust/, built by maturin): types of what it exports.

Written by hand: every function the Rust module registers (rust/src/python.rs)
is declared here, so that ``mypy --strict`` checks its callers.
"""

def exact_key(text: str) -> str: ...
