"""One reader for every data file shipped inside namenorm's packages.

The Python side reads five kinds of shipped data, all through this module,
with one format family and one error policy:

- **tables** (``*.tsv``): one row a line, cells separated by tabs; ``#``
  starts a comment (a whole line, or the rest of a line after a space);
  blank lines are skipped. `table` returns every row with its line number
  and checks the number of cells; a malformed row is a
  [`TableError`][namenorm.errors.TableError] naming ``file:line``.
- **word lists** (``*.txt``): words separated by white space, comments as
  above; ``[code]`` lines open a section (`sections`).
- **headers**: the ``# key: value`` lines before the first row (`header`).
- **bytes**: anything else (the compiled default gazetteer, `data`).

Files are read lazily, when first asked for, never at import; the callers
remember what they parsed (see `namenorm.cache`). ``importlib.resources``
and what it imports cost about a twentieth of ``import namenorm``, so it is
imported here, on the first read.

The tables the compiled core embeds (transliteration, inflection, titles,
homoglyphs) are read by the core at build time, not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import regex

from .errors import TableError

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc from Python 3.11

__all__ = ["Row", "data", "files", "header", "read_text", "sections", "table", "words"]

_META_LINE = regex.compile(r"^#\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")
_COMMENT = regex.compile(r"(?:^|\s)#.*$")


class Row(NamedTuple):
    """One row of a table: its line number (from 1) and its cells."""

    line: int
    cells: tuple[str, ...]


def files(package: str) -> Traversable:
    """The folder of a package of namenorm's, as ``importlib.resources.files`` gives it."""
    from importlib import resources

    return resources.files(package)


def data(package: str, name: str) -> bytes:
    """The bytes of the data file ``name`` of ``package``.

    Examples:
        >>> data("namenorm.data", "default.jsonl.gz")[:2]  # gzip
        b'\\x1f\\x8b'
    """
    return files(package).joinpath(name).read_bytes()


def read_text(package: str, name: str) -> str:
    """The UTF-8 text of the data file ``name`` of ``package``.

    Examples:
        >>> read_text("namenorm.data", "titles.txt").count("\\n") > 10
        True
    """
    try:
        return data(package, name).decode("utf-8")
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise TableError("not valid UTF-8; save the file as UTF-8", file=_where(package, name), line=line) from None


def _where(package: str, name: str) -> str:
    return f"{package.replace('.', '/')}/{name}"


def _lines(package: str, name: str) -> list[tuple[int, str]]:
    """The numbered lines of a file with their comments removed, blank ones left out."""
    out = []
    for number, raw in enumerate(read_text(package, name).splitlines(), 1):
        line = raw if "#" not in raw else _COMMENT.sub("", raw)
        if line.strip():
            out.append((number, line.rstrip()))
    return out


def table(package: str, name: str, columns: int | tuple[int, int] = 2) -> list[Row]:
    """The rows of a tab-separated table, each with ``columns`` cells (or a
    number of cells in the range ``(least, most)``).

    Raises:
        TableError: a row has the wrong number of cells (``file:line``).

    Examples:
        >>> rows = table("namenorm.translit", "legal_forms.tsv", (2, 3))
        >>> rows[0].cells[1], rows[0].line > 1
        ('limited', True)
        >>> table("namenorm.translit", "legal_forms.tsv", 5)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        namenorm.errors.TableError: namenorm/translit/legal_forms.tsv:...: 2 cells where 5 are expected; ...
    """
    least, most = (columns, columns) if isinstance(columns, int) else columns
    rows = []
    for number, line in _lines(package, name):
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if not least <= len(cells) <= most:
            expected = str(least) if least == most else f"{least} to {most}"
            raise TableError(
                f"{len(cells)} cells where {expected} are expected; separate the cells with one tab",
                file=_where(package, name),
                line=number,
            )
        rows.append(Row(number, cells))
    return rows


def words(package: str, name: str) -> list[str]:
    """Every word of a word list, in order.

    Examples:
        >>> "ov" in words("namenorm.data", "surname_suffixes.txt")
        True
    """
    return [word for _number, line in _lines(package, name) for word in line.split()]


def sections(package: str, name: str) -> dict[str, list[str]]:
    """The words of a word list by section (``[code]`` lines open one).

    Raises:
        TableError: words before the first section.

    Examples:
        >>> "the" in sections("namenorm.data", "function_words.txt")["en"]
        True
    """
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in _lines(package, name):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = out.setdefault(stripped[1:-1], [])
        elif current is None:
            raise TableError(
                "words before the first [section] line; start the file with one",
                file=_where(package, name),
                line=number,
            )
        else:
            current.extend(stripped.split())
    return out


def header(text: str) -> dict[str, str]:
    """The ``# key: value`` lines at the top of a data or gazetteer file
    (keys in lower case), up to the first line that is not a comment.

    Examples:
        >>> header("# source: GeoNames\\n# Licence: CC BY 4.0\\n{}\\n# later: no")
        {'source': 'GeoNames', 'licence': 'CC BY 4.0'}
    """
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        found = _META_LINE.match(line)
        if found:
            meta[found.group(1).lower()] = found.group(2)
    return meta
