"""MkDocs hook: write the CLI reference from the argparse parser itself.

A page containing the line ``<!-- cli-reference -->`` gets, in its place, the
``--help`` text of ``namenorm`` and of every subcommand, so the reference can
never drift from the code.
"""

from __future__ import annotations

import argparse
from typing import Any

MARKER = "<!-- cli-reference -->"


def _help(parser: argparse.ArgumentParser) -> str:
    formatter_width = 88
    parser.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=formatter_width)
    return parser.format_help()


def cli_reference() -> str:
    """Markdown: one section per command with its help text."""
    from namenorm.cli import build_parser

    parser = build_parser()
    parts = ["## namenorm", "", "```text", _help(parser).rstrip(), "```", ""]
    subactions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for action in subactions:
        for name, sub in sorted(action.choices.items()):
            parts += [f"## namenorm {name}", "", "```text", _help(sub).rstrip(), "```", ""]
            nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            for inner in nested:
                for inner_name, inner_sub in sorted(inner.choices.items()):
                    parts += [f"### namenorm {name} {inner_name}", "", "```text", _help(inner_sub).rstrip(), "```", ""]
    return "\n".join(parts)


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace the marker with the generated reference."""
    if MARKER in markdown:
        return markdown.replace(MARKER, cli_reference())
    return markdown
