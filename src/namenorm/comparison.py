"""Pairwise comparison of two names, for deduplication and screening.

[`compare`][namenorm.compare] says how alike two names are, with no gazetteer: both are
folded into transliteration-neutral match keys (`namenorm.keys`), their
words aligned (`namenorm.score`), and the result calibrated so that
`DEFAULT_THRESHOLD` means the same for short and long names.

What it absorbs:

- transliteration and diacritics: ``Žeenbekov`` / ``Dscheenbekow`` /
  ``Жээнбеков``; with ``lang``, the letters of that language's orthography
  (``Szergej Sojgu``, ``lang="hu"``);
- word order (``Medvedev Dmitry``), initials (``D. Medvedev``), a patronymic
  or middle name present on one side only, given-name forms (``Aleksandr`` /
  ``Oleksandr`` / ``Aliaksandr``);
- companies' legal forms, abbreviated or written out, in any script and
  anywhere in the name (``ООО «Ромашка»`` / ``Romashka LLC`` /
  ``Obshchestvo s ogranichennoi otvetstvennostyu Romashka``, table
  ``translit/legal_forms.tsv``): set aside from both names and compared
  apart, by kind (limited, stock, partnership, sole, state): two kinds weaken
  the score (`LEGAL_FORM_MISMATCH`), a form on one side only costs nothing;
- organisations' words (`namenorm.organisations`): a name with a legal form,
  or a word people's names lack (``Bank``, ``Company``, ``of``), is read as
  an organisation's; its words are paired in any order, words for a kind of
  organisation and places weigh little (``VTB Bank`` / ``ВТБ``, ``Sberbank of
  Russia`` / ``Сбербанк``), a distinctive word one name lacks weighs fully
  (``Gazprom Neft`` is not ``Gazprom``), and an abbreviation stands for the
  words whose initials it spells (``PKN Orlen`` / ``Polski Koncern Naftowy
  Orlen``);
- acronyms of a whole name (``IBM`` / ``International Business Machines``);
- titles (``President``), mixed-script letters and mojibake, as the resolver's
  cleaning does.

The score is symmetric, in [0, 1], and 1.0 for a name compared with itself.

Input limit: a name is read up to its first `MAX_WORDS` words and
`MAX_NAME_LENGTH` characters (no name is longer; the words of two names are
paired with each other, so this bounds the time of a comparison: two 10 KB
strings compare in well under 50 ms).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from rapidfuzz.distance import OSA
from unidecode import unidecode

from .cache import cached
from .charmap import translation
from .clean import MAX_NAME_LENGTH, fix_homoglyphs, fix_mojibake, is_title, strip_titles
from .codes import check_language
from .errors import TableError
from .keys import match_key
from .organisations import is_function_word, marks_organisation, organisation_similarity
from .resources import Row, table
from .score import (
    BUDGET_BASE,
    BUDGET_PER_LETTER,
    ENDING_COST,
    RUSSIAN_SUFFIXES,
    SUFFIX_FACTOR,
    SURNAME_ALONE_FACTOR,
    SURNAME_SHARE,
    THRESHOLD,
    VOWEL_COST,
    align_person,
    calibrate,
    edit_cost,
    given_similarity,
    similarity_bound,
)
from .translit.names import given_name_class

__all__ = [
    "DEFAULT_THRESHOLD",
    "LEGAL_FORM_MISMATCH",
    "MAX_NAME_LENGTH",
    "MAX_WORDS",
    "Comparison",
    "compare",
    "legal_forms",
]

#: At most this many words of a name are compared (with `MAX_NAME_LENGTH` characters).
MAX_WORDS = 24

#: The score at and above which two names are taken to name one entity: the
#: threshold every score of namenorm is calibrated for.
DEFAULT_THRESHOLD = THRESHOLD
#: The factor for two company names whose legal forms are of different kinds
#: (a limited company and a joint-stock company of one name may be two).
LEGAL_FORM_MISMATCH = 0.85
#: The factor when only one of two company names carries a legal form: none
#: (registries and lists often leave the form out).
LEGAL_FORM_MISSING = 1.0
#: Names this alike as single strings are not aligned word by word.
SURE = 0.9
#: How alike an initial and a word that starts with it are, as words.
INITIAL_SIMILARITY = 0.9
#: The score of a name written as the initials of the other (IBM).
ACRONYM_SCORE = 0.9

_NOT_FORM = re.compile(r"[^\w/]|_")
_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = translation({c: " " for c in "«»\"“”„‟‹›'’`"})


class _Prepared(NamedTuple):
    """One side of a comparison: the text, its key words and its legal form
    (a named tuple: made for every new name, and cheap to make)."""

    text: str
    words: tuple[str, ...]
    legal: str | None  # the legal form as written
    kind: str | None  # its kind (limited, stock, ...)
    whole: str  # the key without spaces
    suffixed: bool  # a word ends in a Russian surname suffix (-ov, -ev, ...)
    stems: tuple[str | None, ...]  # each word without that suffix (None: it has none)
    org: bool  # an organisation's name: a legal form, or a word such as Bank or Company


class Comparison(NamedTuple):
    """How alike two names are (an immutable record; cheap to make).

    Attributes:
        a: the first name, as given.
        b: the second name, as given.
        score: similarity in [0, 1]; 1.0 for identical names.
        threshold: the score at which [`is_match`][namenorm.Comparison.is_match] turns true.
        method: which reading gave the score: ``"identical"``, ``"person"``
            (name parts aligned), ``"words"`` (words paired in any order; for
            organisations, weighed by their role), ``"whole"`` (the names as
            single strings) or ``"acronym"``.
        lang: the language hint the names were read with.

    Examples:
        >>> c = compare("Dmitri Anatolyevich Medvedev", "Dmitry Medvedev")
        >>> c.is_match, c.score > 0.9, c.method
        (True, True, 'person')
    """

    a: str
    b: str
    score: float
    threshold: float = DEFAULT_THRESHOLD
    method: str = ""
    lang: str | None = None

    @property
    def is_match(self) -> bool:
        """Whether the score reaches the threshold.

        Examples:
            >>> compare("Lavrov", "Lvov").is_match
            False
        """
        return self.score >= self.threshold

    def explain(self) -> str:
        """The steps of the comparison, one per line, and the verdict (worked
        out again on demand: comparing stays cheap).

        Examples:
            >>> print(compare("Aliaksandr Lukashenka", "Alexander Lukashenko").explain())  # doctest: +ELLIPSIS
            'Aliaksandr Lukashenka' vs 'Alexander Lukashenko'
            keys 'aliaksandr lukašenka' vs 'aleksander lukašenko'
            ...
            -> score 0.9..., a match (threshold 0.80)
        """
        steps: list[str] = []
        if self.a == self.b:
            steps.append("the same text")
        else:
            a, b = _bounded(self.a), _bounded(self.b)
            if (a, b) != (self.a, self.b):
                steps.append(f"read up to {MAX_WORDS} words and {MAX_NAME_LENGTH} characters of each name")
            _score(_prepare(a, self.lang), _prepare(b, self.lang), self.threshold, steps)
        lines = [f"{self.a!r} vs {self.b!r}", *steps]
        verdict = "a match" if self.is_match else "not a match"
        lines.append(f"-> score {self.score:.3f}, {verdict} (threshold {self.threshold:.2f})")
        return "\n".join(lines)


@cached("comparison.legal_forms")
def legal_forms() -> dict[str, tuple[str, bool]]:
    """The legal forms of ``translit/legal_forms.tsv``: the form (lower case,
    dots and spaces dropped) -> its kind and whether it needs capitals."""
    forms: dict[str, tuple[str, bool]] = {}
    for row in _legal_form_rows():
        cols = row.cells
        if len(cols) == 3 and cols[2] != "caps":
            raise TableError(
                "the third cell may only be 'caps'; write form<TAB>kind[<TAB>caps]",
                file="namenorm/translit/legal_forms.tsv",
                line=row.line,
            )
        key = _form_key(cols[0])
        # S.A. and SA share a key: the form needs capitals if any spelling says so.
        forms[key] = (cols[1], len(cols) == 3 or forms.get(key, ("", False))[1])
    return forms


@cached("comparison.legal_form_rows")
def _legal_form_rows() -> list[Row]:
    """The rows of ``translit/legal_forms.tsv``, read once for both tables made of it."""
    return table("namenorm.translit", "legal_forms.tsv", (2, 3))


def _form_key(text: str) -> str:
    if text.isalnum():  # nothing for the pattern to remove: the usual case, a plain word
        return text.casefold()
    return _NOT_FORM.sub("", text.casefold())


@cached("comparison.form_ends")
def _form_prefixes() -> frozenset[str]:
    """Every beginning of a legal form's key (``j``, ``jo``, ... ``jointstockcompany``):
    a name's words are read on as one form only while they spell one."""
    return frozenset(key[:end] for key in legal_forms() for end in range(1, len(key) + 1))


@cached("comparison.form_tails")
def _longest_form() -> int:
    """The most letters of a legal form's key (``obshchestvosogranichennoiotvetstvennostyu``)."""
    return max(map(len, legal_forms()))


def _legal_form(words: list[str]) -> tuple[list[tuple[int, int]], str | None]:
    """The legal forms among a name's words, anywhere, the longest first from
    the left: their (start, stop) spans and the kind of the first. A form that
    is also a word or a name (marked caps) counts only at either end, in
    capitals or with dots; at least one word is left to the name."""
    if len(words) < 2:
        return [], None
    prefixes = _form_prefixes()
    keys = [_form_key(w) for w in words]
    if not any(k in prefixes for k in keys):
        return [], None  # no word begins a form: most names
    forms = legal_forms()
    longest = _longest_form()
    spans: list[tuple[int, int]] = []
    kind = None
    n = len(words)
    i = 0
    while i < n:
        key, found = "", None
        for stop in range(i + 1, n + 1):
            key += keys[stop - 1]
            if key not in prefixes or len(key) > longest:
                break
            form = forms.get(key)
            if form is None:
                continue
            form_kind, caps = form
            if caps:
                written = " ".join(words[i:stop])
                if (i > 0 and stop < n) or not (written.isupper() or "." in written):
                    continue
            found = (stop, form_kind)
        if found is None:
            i += 1
            continue
        spans.append((i, found[0]))
        kind = kind or found[1]
        i = found[0]
    if spans and sum(stop - start for start, stop in spans) == n:
        spans.pop()  # the name is all forms (Limited Liability Company): the last one is its name
        kind = None if not spans else kind
    return spans, kind


@cached("comparison.prepare")
def _prepare(text: str, lang: str | None) -> _Prepared:
    if not text.isascii():  # mojibake, mixed scripts and composition need non-ASCII letters
        text = fix_homoglyphs(fix_mojibake(unicodedata.normalize("NFC", text))).translate(_QUOTES)
    elif '"' in text or "'" in text or "`" in text:
        text = text.translate(_QUOTES)
    words = text.split()
    if len(words) > 1 and is_title(words[0]):  # (strip_titles joins and splits: only when it has work)
        words = strip_titles(" ".join(words)).split()
    text = " ".join(words)
    if "," in text or ";" in text:
        words = [w for w in (w.strip(",;") for w in words) if w]
    legal = None
    spans, kind = _legal_form(words)
    if spans:
        legal = " / ".join(" ".join(words[start:stop]) for start, stop in spans)
        inside = {i for start, stop in spans for i in range(start, stop)}
        words = [w for i, w in enumerate(words) if i not in inside]
    key = match_key(" ".join(words), lang)
    words_key = tuple(key.split())
    stems = tuple(map(_stem, words_key))
    whole = key.replace(" ", "")
    suffixed = stems.count(None) < len(stems)
    org = kind is not None or any(map(marks_organisation, words_key))
    return _Prepared(text, words_key, legal, kind, whole, suffixed, stems, org)


def _pair_words(a: tuple[str, ...], b: tuple[str, ...], notes: list[str] | None) -> float:
    """Pair the words of two names in any order, best pairs first; unpaired
    words count as nothing. The score weighs each pair by its letters, and
    squares pair scores so that one poor pair sinks it (a soft minimum)."""
    total = sum(map(len, a)) + sum(map(len, b))
    if len(a) == 1 and len(b) == 1:
        s = _word_similarity(a[0], b[0])
        if notes is not None:
            notes.append(f"words paired: {a[0]!r} ~ {b[0]!r} {s:.2f}")
        return s * s
    # Ties are broken by the words themselves, never by their positions, so
    # that pairing a with b and b with a gives one result.
    scored = sorted(
        (
            (_word_similarity(x, y), len(x) + len(y), min(x, y), max(x, y), i, j)
            for i, x in enumerate(a)
            for j, y in enumerate(b)
        ),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    earned = 0.0
    pairs = []
    for s, length, _low, _high, i, j in scored:
        if i in used_a or j in used_b or s <= 0.0:
            continue
        used_a.add(i)
        used_b.add(j)
        earned += s * s * length
        if notes is not None:
            pairs.append(f"{a[i]!r} ~ {b[j]!r} {s:.2f}")
    if notes is not None:
        notes.append("words paired: " + (", ".join(pairs) or "none"))
    return earned / total if total else 0.0


def _word_similarity(x: str, y: str) -> float:
    if len(x) == 1 or len(y) == 1:  # an initial
        return INITIAL_SIMILARITY if x[0] == y[0] else 0.0
    return given_similarity(x, y)


def _person(a: tuple[str, ...], b: tuple[str, ...], notes: list[str] | None) -> float:
    """Align the two names as people's, each in turn taken as the full name."""
    best, best_notes = 0.0, ()  # type: tuple[float, tuple[str, ...]]
    for query, name in ((a, b), (b, a)):
        if len(name) < 2:
            continue
        alignment = align_person(query, name)
        if alignment.score > best:
            best, best_notes = alignment.score, alignment.notes
    if notes is not None:
        notes.extend(best_notes or ("name parts aligned",))
    return best


def _acronym(pa: _Prepared, pb: _Prepared) -> bool:
    """Whether one name is written as the initials of the other's words
    (``IBM``, ``International Business Machines``): every word, or function
    words aside (``IRISL``, ``Islamic Republic of Iran Shipping Lines``), or
    words for a kind of organisation at its end aside too (``... Group``); the words
    of its legal form included (``UAC``, ``United Aircraft Corporation``) or
    not."""
    for short, long in ((pa, pb), (pb, pa)):
        if len(short.words) != 1 or not 2 <= len(short.words[0]) <= 8:
            continue
        written = [w for w in short.text.split() if w.isupper() and w.isalpha()]
        if not written:
            continue
        acronym = unidecode(written[0]).casefold()
        # The words' initials as written (a key folds Ch and Sh into one letter),
        # and as their keys are (a transliterated acronym: ВТБ, VTB).
        spelled = [w for w in _WORD.findall(long.text) if w.isalpha()]
        readings = [
            (long.words, [w[0] for w in long.words]),
            (tuple(match_key(w, None) or w for w in spelled), [unidecode(w[0]).casefold() for w in spelled]),
        ]
        for keys, initials in readings:
            if len(keys) < 2:
                continue
            every = "".join(initials)
            content = "".join(i for k, i in zip(keys, initials, strict=True) if not is_function_word(k))
            end = len(keys)
            while end > 1 and marks_organisation(keys[end - 1]):
                end -= 1  # a word for a kind of organisation after the name (Group)
            core = "".join(i for k, i in zip(keys[:end], initials[:end], strict=True) if not is_function_word(k))
            if short.words[0] in (every, content, core) or acronym in (every, content, core):
                return True
    return False


@cached("comparison.stem")
def _stem(word: str) -> str | None:
    """The word without a Russian surname suffix (-ov, -ev, -ova, -eva), if it has one."""
    for suffix in RUSSIAN_SUFFIXES:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return None


@cached("comparison.bound")
def _bound(x: str, y: str, surname: bool) -> float:
    """An upper bound, from optimal-string-alignment distances, of how alike
    two key words can score: as words of a name (initials and given-name
    forms included) or, with ``surname``, as a query word against a surname
    (a Russian suffix on one side included)."""
    if x == y:
        return 1.0
    if not surname:
        if len(x) == 1 or len(y) == 1:
            return INITIAL_SIMILARITY if x[0] == y[0] else 0.0
        cx = given_name_class(x)
        if cx is not None and cx == given_name_class(y):
            return 1.0
        return similarity_bound(x, y)
    best = similarity_bound(x, y)
    for longer, shorter in ((x, y), (y, x)):
        stem = _stem(longer)
        if stem:
            best = max(best, SUFFIX_FACTOR * similarity_bound(stem, shorter))
    return best


def _ceiling(a: tuple[str, ...], b: tuple[str, ...], people: bool, need: float) -> float:
    """An upper bound of the person-alignment and word-pairing readings, or
    any value of at least ``need`` as soon as one reading may reach it."""
    ceiling = 0.0
    if people:
        for query, name in ((a, b), (b, a)):
            if len(name) < 2:
                continue
            surname = name[-1]
            best = max(_bound(w, surname, True) if w < surname else _bound(surname, w, True) for w in query)
            person = best * SURNAME_ALONE_FACTOR if len(query) == 1 else SURNAME_SHARE * best + (1 - SURNAME_SHARE)
            if person >= need:
                return person
            ceiling = max(ceiling, person)
    if _pairs_words(a, b, people):
        # Each word pairs at most once, so the best pair of each word of either
        # name bounds what the pairing earns: the lower of the two bounds, the
        # same whichever name comes first.
        # (The bound of a pair is symmetric: each is worked out once.)
        total = sum(map(len, a)) + sum(map(len, b))
        bounds = [[_pair_bound(x, y) for y in b] for x in a]
        earned = min(sum(map(max, bounds)), sum(map(max, zip(*bounds, strict=True))))
        ceiling = max(ceiling, earned / total)
    return ceiling


def _pair_bound(x: str, y: str) -> float:
    """What pairing the words ``x`` and ``y`` can earn at most (see `_pair_words`)."""
    return (_bound(x, y, False) if x < y else _bound(y, x, False)) ** 2 * (len(x) + len(y))


def _may_align(pa: _Prepared, pb: _Prepared, people: bool, need: float) -> bool:
    """Whether `_ceiling` reaches ``need``, decided the cheap way for
    people's names: a surname bound reaches ``need`` only if one distance is
    small enough, which one optimal-string-alignment call with a cutoff says
    (`_within`), for each word of one name against the other's surname
    and, when a Russian suffix is about, their stems."""
    a, b = pa.words, pb.words
    if not people or _pairs_words(a, b, people):
        return _ceiling(a, b, people, need) >= need
    suffixed = pa.suffixed or pb.suffixed
    first_floor = None
    for query, name in ((pa, pb), (pb, pa)):
        if len(name.words) < 2:
            continue
        floor = need / SURNAME_ALONE_FACTOR if len(query.words) == 1 else (need - (1.0 - SURNAME_SHARE)) / SURNAME_SHARE
        if floor <= 0.0:
            return True
        surname, surname_stem = name.words[-1], name.stems[-1]
        words = query.words
        if query is pb and floor == first_floor:
            words = words[:-1]  # the two last words were checked from the other side
        first_floor = floor
        stem_floor = floor / SUFFIX_FACTOR
        for i, word in enumerate(words):
            if _within(word, surname, floor):
                return True
            if suffixed:
                stem = query.stems[i]
                if stem is not None and _within(stem, surname, stem_floor):
                    return True
                if surname_stem is not None and _within(surname_stem, word, stem_floor):
                    return True
    return False


def _within(x: str, y: str, floor: float) -> bool:
    """Whether the bound of `similarity_bound` reaches ``floor``, with one
    optimal-string-alignment call that stops at the largest distance allowed."""
    nx, ny = len(x), len(y)
    edits = _edits_allowed(floor, nx if nx > ny else ny, x[-1:] != y[-1:])
    if edits < 0 or (nx - ny if nx > ny else ny - nx) > edits:  # every letter of difference is an edit
        return False
    distance: int = OSA.distance(x, y, score_cutoff=edits)
    return distance <= edits


@cached("comparison.edits_allowed")
def _edits_allowed(floor: float, length: int, ending: bool) -> int:
    """The most edits (each at least a vowel's) that keep `similarity_bound`
    of two words of at most ``length`` letters at ``floor`` or above, with the
    ending's cost when their last letters differ; -1 if none does:
    calibrate(cost, n) >= floor  <=>  cost <= (1 - floor) * budget(n) / (1 - THRESHOLD)."""
    allowed = (1.0 - floor) * (BUDGET_BASE + BUDGET_PER_LETTER * length) / (1.0 - THRESHOLD)
    if ending:
        allowed -= ENDING_COST
    if allowed < 0.0:
        return -1
    return int(allowed / VOWEL_COST + 1e-9)


def _pairs_words(a: tuple[str, ...], b: tuple[str, ...], people: bool) -> bool:
    """Whether pairing words in any order is a reading of these names: for
    companies, and for people's names of three words or more (several given
    names); two people's names of two words are aligned as people only (one
    long given name shared must not make ``Aleksandr Li`` ``Aleksandr Lu``)."""
    return len(a) + len(b) > 2 and (not people or max(len(a), len(b)) > 2)


def _score(pa: _Prepared, pb: _Prepared, threshold: float, steps: list[str] | None = None) -> tuple[float, str]:
    """The score of two prepared names and the reading that gave it; with
    ``steps``, what was done is appended to it.

    The names as single strings are always compared; when they match so
    surely (`SURE`), that is the score. Otherwise their words are aligned (as people's, or
    paired in any order) when an upper bound of the alignment, from cheap
    edit distances, reaches the threshold. A score is the best of the
    readings worked out: below the threshold, and above it, it may be a
    little lower than the best of all readings; the verdict is the same.
    """
    if steps is not None:
        steps.append(f"keys {' '.join(pa.words)!r} vs {' '.join(pb.words)!r}")
        if pa.legal or pb.legal:
            steps.append(
                f"legal forms {pa.legal or '-'} ({pa.kind or 'none'}) vs {pb.legal or '-'} ({pb.kind or 'none'})"
            )
    if not pa.words or not pb.words:
        return (1.0 if pa.words == pb.words and pa.kind == pb.kind else 0.0), "whole"
    people = not (pa.org or pb.org)
    if pa.whole == pb.whole:
        score, method = 1.0, "whole"
    else:
        # The names as single strings are new pairs, mostly: not cached.
        whole = calibrate(edit_cost(pa.whole, pb.whole), max(len(pa.whole), len(pb.whole)))
        score, method = whole, "whole"
        need = max(whole, threshold)
        # Names that match well as single strings match: their words are not
        # aligned (it could only raise a score that is already a sure match).
        sure = whole >= max(threshold, SURE)
        words = person = 0.0
        if not sure and len(pa.words) == 1 and len(pb.words) == 1:
            # One word each: perhaps forms of one given name (Dmitry, Dymitr).
            words = given_similarity(pa.words[0], pb.words[0]) if min(len(pa.whole), len(pb.whole)) > 1 else 0.0
            if words > whole:
                score, method = words, "words"
                if steps is not None:
                    steps.append(f"words paired: {pa.words[0]!r} ~ {pb.words[0]!r} {words:.2f}")
        elif not sure and not people:
            org_notes: list[str] | None = [] if steps is not None else None
            words = organisation_similarity(pa.words, pb.words, org_notes)
            if words > whole:
                score, method = words, "words"
                if steps is not None and org_notes:
                    steps.extend(org_notes)
        elif not sure and _may_align(pa, pb, people, need):
            word_notes: list[str] | None = [] if steps is not None else None
            person_notes: list[str] | None = [] if steps is not None else None
            person = _person(pa.words, pb.words, person_notes) if people else 0.0
            # Pairing words in any order is for what alignment as people cannot
            # explain (companies, names of several given names); once the people
            # match it would not change the verdict, and is skipped.
            if _pairs_words(pa.words, pb.words, people) and person < threshold:
                words = _pair_words(pa.words, pb.words, word_notes)
            score, method = max((whole, "whole"), (words, "words"), (person, "person"))
            if steps is not None:
                if method == "words" and word_notes:
                    steps.extend(word_notes)
                elif method == "person" and person_notes:
                    steps.extend(person_notes)
        elif steps is not None:
            if sure:
                steps.append("the names match as single strings: words not aligned")
            else:
                ceiling = _ceiling(pa.words, pb.words, people, 1.0)
                steps.append(f"the words cannot align better than {ceiling:.3f}: not aligned")
        if score < ACRONYM_SCORE and (len(pa.words) == 1 or len(pb.words) == 1) and _acronym(pa, pb):
            score, method = ACRONYM_SCORE, "acronym"
            if steps is not None:
                steps.append("one name is the initials of the other's words")
        if steps is not None:
            steps.append(f"whole {whole:.3f}, words {words:.3f}, person {person:.3f}")
    if pa.kind != pb.kind:
        factor = LEGAL_FORM_MISSING if (pa.kind is None or pb.kind is None) else LEGAL_FORM_MISMATCH
        score *= factor
        if steps is not None and factor != 1.0:
            steps.append(f"legal forms differ: x{factor}")
    return score, method


def compare(a: str, b: str, lang: str | None = None, *, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    """How alike two names are (people's or companies'), with no gazetteer.

    Args:
        a: a name.
        b: another name.
        lang: the language of the names' orthography, if known (ISO 639-1):
            its letters are read first (Hungarian ``s`` is ш, French ``j`` ж).
        threshold: the score at which [`Comparison.is_match`][namenorm.Comparison.is_match] is true;
            `DEFAULT_THRESHOLD` (0.8) by default.

    Returns:
        A [`Comparison`][namenorm.Comparison]; its score is symmetric in ``a`` and ``b``.

    Raises:
        TypeError: ``a`` or ``b`` is not a ``str``.
        UnknownLanguageError: ``lang`` is not an ISO 639-1 code.

    Examples:
        >>> compare("Žeenbekov", "Dscheenbekow").score
        1.0
        >>> compare("Sergei Shoigu", "Szergej Sojgu", lang="hu").is_match
        True
        >>> compare("Medvedev Dmitry", "D. Medvedev").is_match, compare("Dmitry Medvedev", "Sergei Medvedev").is_match
        (True, False)
        >>> compare("ООО «Ромашка»", "Romashka LLC").is_match, compare("Romashka LLC", "Romashka JSC").score < 0.9
        (True, True)
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError(f"names must be str, not {type(a).__name__} and {type(b).__name__}")
    lang = check_language(lang)
    if a == b:
        return Comparison(a, b, 1.0, threshold, "identical", lang)
    score, method = _score(_prepare(_bounded(a), lang), _prepare(_bounded(b), lang), threshold)
    return Comparison(a, b, round(score, 6), threshold, method, lang)  # rounded: symmetric to the last digit


def _bounded(name: str) -> str:
    """The part of a name that is compared: its first `MAX_WORDS` words and
    `MAX_NAME_LENGTH` characters (see the module docstring).

    Examples:
        >>> _bounded("Putin"), len(_bounded("x " * 10_000).split())
        ('Putin', 24)
    """
    if len(name) <= MAX_WORDS:  # the usual case: nothing to cut
        return name
    name = name[:MAX_NAME_LENGTH]
    words = name.split(maxsplit=MAX_WORDS)
    return name if len(words) <= MAX_WORDS else " ".join(words[:MAX_WORDS])
