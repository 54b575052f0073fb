"""Which legacy encoding a file that is not valid UTF-8 is probably in.

A file of names that is not valid UTF-8 is, almost always, in the Windows
code page (or the older ISO or KOI8 encoding) of the language it was
written in. `guess` reads the lines that held invalid bytes in each of
`CANDIDATES` and ranks the readings: every character outside ASCII that
reads as a letter of the same script as its word scores, one that reads as
a symbol, a control character or a letter of another script costs, and so
do a Latin word made mostly of letters beyond ASCII (Cyrillic read as
Windows-1252) and a capital after a small letter inside a word (KOI8-R read
as Windows-1251). The best reading's encoding is what ``namenorm clean`` names
for ``--encoding``.

Why not charset-normalizer, the well-kept detector: it is built for
documents, and on the few short lines of names that a CSV file's invalid
bytes come in it guessed ``cp874`` (Thai) for KOI8-R and ``cp1006`` (Urdu)
for Latin-1 in our trials; choosing among the handful of encodings names
are written in needs only the test above, and no new dependency.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["CANDIDATES", "guess"]

#: Encodings tried, most common first (ties go to the earlier): Western and
#: Central European, Cyrillic (Windows and KOI8), Baltic, Turkish, Greek.
CANDIDATES = ("cp1252", "cp1250", "cp1251", "koi8_r", "koi8_u", "cp1257", "cp1254", "cp1253", "mac_roman")


def _script(char: str) -> str:
    return unicodedata.name(char, "?").split(" ")[0]


def _score(text: str) -> float:
    score = 0.0
    for word in text.split():
        if word.isascii():
            continue
        ascii_letters = sum(1 for c in word if c.isascii() and c.isalpha())
        others = [c for c in word if not c.isascii()]
        scripts = {_script(c) for c in others if c.isalpha()}
        mixed = len(scripts | ({"LATIN"} if ascii_letters else set())) > 1
        # Latin words carry a few letters beyond ASCII, never only such letters.
        latin_plausible = ascii_letters >= len(others)
        previous = ""
        for char in word:
            if not char.isascii():
                if char.isalpha() and not mixed and (latin_plausible or _script(char) != "LATIN"):
                    score += 1.0
                else:
                    score -= 3.0
            if char.isupper() and previous.islower():
                score -= 1.0
            previous = char
    return score


def guess(samples: Iterable[bytes]) -> list[str]:
    """The candidate encodings that read every sample, best first (an empty
    list when none does or there is nothing to go by).

    Examples:
        >>> guess(["Jürgen Müller".encode("cp1252")])[0]
        'cp1252'
        >>> guess(["Путин".encode("cp1251"), "Атамбаев".encode("cp1251")])[0]
        'cp1251'
        >>> guess(["Путин Владимир".encode("koi8_r")])[0]
        'koi8_r'
        >>> guess(["Łukasz Wałęsa".encode("cp1250")])[0]
        'cp1250'

    """
    data = b"\n".join(samples)
    if data.isascii():
        return []
    ranked = []
    for rank, encoding in enumerate(CANDIDATES):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        ranked.append((-_score(text), rank, encoding))
    ranked.sort()
    return [encoding for score, _rank, encoding in ranked if score < 0]
