"""One family of exceptions for everything namenorm refuses.

Every error namenorm raises on purpose is a [`NamenormError`][namenorm.NamenormError],
itself a ``ValueError`` (bad input is a bad value), so one ``except
namenorm.NamenormError`` catches them all and code written for ``ValueError``
keeps working. An error about a place in a file carries that place
(``file``, ``line``) and starts its message with ``file:line:``; every message
ends with what to do about it. Python's own ``TypeError`` is kept for a value
of the wrong type (``resolve(5)``), as the standard library does.

Examples:
    >>> import namenorm
    >>> try:
    ...     namenorm.resolve("Putin", lang="klingon")
    ... except namenorm.NamenormError as exc:
    ...     print(type(exc).__name__, "-", exc)
    UnknownLanguageError - unknown language code 'klingon': give an ISO 639-1 code such as 'fi' or 'pl', or no language
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CleanError",
    "GazetteerError",
    "GazetteerNotFoundError",
    "InputLimitError",
    "NamenormError",
    "TableError",
    "UnknownConventionError",
    "UnknownLanguageError",
    "UsageError",
]


class NamenormError(ValueError):
    """Something namenorm cannot accept, with what to do about it.

    Attributes:
        file: the file the problem is in, if any.
        line: its line number (from 1), if known.

    Examples:
        >>> error = NamenormError("not a gazetteer record: give a JSON object", file="people.jsonl", line=3)
        >>> str(error), error.file, error.line
        ('people.jsonl:3: not a gazetteer record: give a JSON object', 'people.jsonl', 3)
        >>> isinstance(error, ValueError)
        True
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.message = message
        if file is None:
            where = "" if line is None else f"line {line}: "
        else:
            where = f"{file}: " if line is None else f"{file}:{line}: "
        super().__init__(where + message)


class GazetteerError(NamenormError):
    """A gazetteer record or file is invalid. The message starts with ``file:line:``
    when the record came from a file; ``errors`` lists every problem found.

    Examples:
        >>> import namenorm
        >>> try:
        ...     namenorm.Gazetteer.from_records([{"id": "a"}, {"id": "a", "name": "A"}])
        ... except GazetteerError as exc:
        ...     for problem in exc.errors:
        ...         print(problem)
        <records>:1: entity 'a': missing 'name'; give every record a "name"
    """

    def __init__(
        self,
        message: str,
        errors: Sequence[str] = (),
        *,
        file: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message, file=file, line=line)
        self.errors: tuple[str, ...] = tuple(errors) or (str(self),)


class GazetteerNotFoundError(GazetteerError, FileNotFoundError):
    """A gazetteer file or folder that does not exist (also a ``FileNotFoundError``).

    Examples:
        >>> import namenorm
        >>> try:
        ...     namenorm.Gazetteer.load("no/such/people.jsonl")
        ... except FileNotFoundError as exc:
        ...     print(exc)
        no/such/people.jsonl: no such file or folder; give the path of a .jsonl file or of a folder of them
    """


class TableError(NamenormError):
    """A shipped or given data table is malformed (the message names file:line).

    Examples:
        >>> print(TableError("expected 'form<TAB>kind'; fix the line", file="legal_forms.tsv", line=4))
        legal_forms.tsv:4: expected 'form<TAB>kind'; fix the line
    """


class UnknownLanguageError(NamenormError):
    """A language code that is not ISO 639-1 (``fin``, ``klingon``).

    Examples:
        >>> import namenorm
        >>> namenorm.resolve("Putinin", lang="fin")
        Traceback (most recent call last):
        ...
        namenorm.errors.UnknownLanguageError: unknown language code 'fin': use its ISO 639-1 code 'fi' (Finnish)
    """


class UnknownConventionError(NamenormError, KeyError):
    """A transliteration convention no table has (also a ``KeyError``, as it was).

    Examples:
        >>> import namenorm
        >>> namenorm.transliterate("Путин", to="klingon")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        namenorm.errors.UnknownConventionError: unknown transliteration convention 'klingon': use one of ..., de, ...
    """

    def __str__(self) -> str:  # KeyError would quote the message
        return ValueError.__str__(self)


class InputLimitError(NamenormError):
    """An input beyond a documented limit, where cutting it short would change
    the answer silently (the limit and how to stay within it in the message)."""


class CleanError(NamenormError):
    """A problem with the input or the options that stops cleaning a CSV file
    (the CLI reports it as one line and exits with status 2). Nothing is left
    in place of the output when it is raised.

    Examples:
        >>> print(CleanError("bytes that are not valid utf-8; give --encoding cp1252", file="people.csv", line=4))
        people.csv:4: bytes that are not valid utf-8; give --encoding cp1252
    """


class UsageError(NamenormError):
    """A problem with how the command line was used: one line on stderr, exit status 2.

    Examples:
        >>> print(UsageError("--top must be 1 or more; leave it out for one answer"))
        --top must be 1 or more; leave it out for one answer
    """
