"""Estonian: the case endings of names, and the stem changes of native names.

Sources: EKI keeleabi, "Võõrnimede käänamine" (https://keeleabi.eki.ee/?leht=8&id=290)
and EKI keelenõuvakk "Millal kaanatakse nime ülakomaga"; Eesti keele
käsiraamat (EKK, 2007) §"Käänded" and §"Astmevaheldus"; Erelt, Erelt &
Ross, "Eesti keele käsiraamat" (the 14 cases).

An Estonian case form is ``genitive stem + ending``: the genitive itself has
no ending (Putini), and every other case but the nominative and the
partitive is built on it (Putini-s, Putini-st, Putini-sse, Putini-le,
Putini-ga). This module removes the ending (`CASES`, or a plural
marker -de-/-te- with one, `PLURAL_MARKERS`), which leaves the genitive
stem, and then turns that stem into the nominative (`STEM_RULES`):

- a consonant-final name takes the stem vowel -i, or -a, -e, -u in native
  names: Putin : Putini, Tallinn : Tallinna, Keel : Keele, Tartu : Tartu;
- native names alternate: the weak grade of the genitive goes back to the
  strong grade of the nominative (`GRADATION`: Liit : Liidu, Luup :
  Luubi, Iraak : Iraagi, Kask : Kase, Täht : Tähe, Sepp : Sepa), a vowel that
  fell out comes back (Teater : Teatri, Rüütel : Rüütli), -ne names have a
  -se- stem (Ruitlane : Ruitlase);
- names whose spelling and pronunciation disagree at the end take the
  ending after an apostrophe (Silverstone'i, Bordeaux'sse, Dumas'd), and
  abbreviations after a hyphen (VKKF-i, X-le) or directly (USAs, ETVd).

Every rule only proposes; the gazetteer confirms one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .base import Hypothesis, StemRule, Suffix, split_separator

__all__ = ["CASES", "CLITICS", "GRADATION", "LANGUAGE", "PLURAL_MARKERS", "STEM_RULES", "Estonian"]

#: Letters that are vowels in an Estonian stem (õ ä ö ü, and those of foreign names).
VOWELS = frozenset("aeiouõäöüyéèáàíóúâêîôû")
#: How much an ending directly on a consonant is trusted (abbreviations: USAs, TVMKs).
_CONSONANT_STEM = 0.65
#: How much a native stem that keeps a geminate before its stem vowel is read as
#: ending in that geminate (Mätta-: the genitive of Ott is Oti, so Mätta- is Mätas).
_GEMINATE_STEM = 0.8
#: How much a vowel-final stem before the partitive plural -id is read as the nominative.
_VOWEL_FINAL_PLURAL = 0.85
#: Letters of scripts other than Latin: a word with one of these is not Estonian.
_OTHER_SCRIPTS = ("\u0370", "\u1fff")

# Case endings on the genitive stem, one rule a line; the genitive has none
# (see `GENITIVE`). Weights: how surely the ending marks a case on a
# name (one-letter endings are also the last letter of many nominatives).
# Source: EKK "Käänded"; EKI keeleabi "Võõrnimede käänamine".
CASES: tuple[Suffix, ...] = (
    Suffix("s", "inessive", weight=0.9, min_stem=2, example="Putinis -> Putin"),
    Suffix("st", "elative", weight=0.95, min_stem=2, example="Putinist -> Putin"),
    Suffix("sse", "illative", weight=0.97, min_stem=2, example="Putinisse -> Putin"),
    Suffix("l", "adessive", weight=0.88, min_stem=2, example="Otsmanil -> Otsman"),
    Suffix("lt", "ablative", weight=0.95, min_stem=2, example="Islandilt -> Island"),
    Suffix("le", "allative", weight=0.95, min_stem=2, example="Putinile -> Putin"),
    Suffix("ks", "translative", weight=0.9, min_stem=2, example="Francoks -> Franco"),
    Suffix("ni", "terminative", weight=0.85, min_stem=3, example="Põhja-Tartumaani -> Põhja-Tartumaa"),
    Suffix("na", "essive", weight=0.8, min_stem=3, example="Liibanonina -> Liibanon"),
    Suffix("ta", "abessive", weight=0.75, min_stem=3, example="Putinita -> Putin"),
    Suffix("ga", "comitative", weight=0.95, min_stem=2, example="Putiniga -> Putin"),
    # the partitive: -t after most stems, -d after a long vowel or a diphthong
    Suffix("t", "partitive", weight=0.85, min_stem=2, example="Putinit -> Putin"),
    Suffix("d", "partitive", weight=0.85, min_stem=2, example="Sallamaad -> Sallamaa"),
    # the nominative plural -d, and the partitive plural -id
    Suffix("d", "nominative plural", weight=0.6, min_stem=3, example="Vabadusristid -> Vabadusrist"),
    Suffix("id", "partitive plural", weight=0.7, min_stem=3, example="Oravaid -> Orav"),
)

#: The genitive singular: the stem itself, without an ending (Putini, Tallinna).
GENITIVE = Suffix("", "genitive", weight=0.95, min_stem=2, example="Putini -> Putin")

# The plural marker between the genitive stem and a case ending (-de after a
# vowel or a sonorant, -te after other consonants); the genitive plural is
# the marker alone (Merede, Ööde, Filmitöösturite). Source: EKK "Mitmus".
PLURAL_MARKERS: tuple[Suffix, ...] = (
    Suffix("de", "plural", weight=0.87, min_stem=2, example="Merede -> Meri"),
    Suffix("te", "plural", weight=0.85, min_stem=3, example="Pimedate -> Pime"),
)

# Endings after an apostrophe or a hyphen: the stem is the part before it,
# as written; a stem vowel may stand between (Silverstone'i, Online'ile,
# Stas-i, VKKF-i, X-le, Dumas'd). Source: EKI keelenõuvakk.
SEPARATED_VOWELS = ("", "i", "e", "a", "u")
SEPARATED_ENDINGS: tuple[Suffix, ...] = (GENITIVE, *CASES)

# Clitics end a word after its case ending (EKK "Liited").
CLITICS: tuple[Suffix, ...] = (
    Suffix("gi", "clitic -gi", weight=0.7, min_stem=3, example="Putinigi -> Putini"),
    Suffix("ki", "clitic -ki", weight=0.7, min_stem=3, example="Eestiski -> Eestis"),
)

# From the genitive stem to the nominative, one rule a line: the stem ends in
# ``stem``, the nominative has ``base``. Source: EKK "Käändsõnade tüübid";
# EKI keeleabi (the stem vowel -i of foreign consonant-final names).
_C = "bcdfghjklmnpqrsšzžtvwxyz"
STEM_RULES: tuple[StemRule, ...] = (
    StemRule("i", "", "stem vowel -i", 0.97, after=_C, example="Putini -> Putin"),
    StemRule("a", "", "stem vowel -a", 0.95, after=_C, example="Tallinna -> Tallinn"),
    StemRule("e", "", "stem vowel -e", 0.95, after=_C, example="Keele -> Keel"),
    StemRule("u", "", "stem vowel -u", 0.95, after=_C, example="Liidu -> Liid-"),
    StemRule("se", "ne", "-ne name, -se- stem", 0.88, min_stem=4, example="Ruitlase -> Ruitlane"),
    StemRule("se", "", "-e name, -se- stem", 0.75, min_stem=4, example="Päikese -> Päike"),
    StemRule("e", "i", "-i name, -e- stem", 0.85, after=_C, example="Vahemere -> Vahemeri"),
    StemRule("e", "gi", "-gi name, gradation g:0", 0.8, after="äõoaeu", example="Emajõe -> Emajõgi"),
    StemRule("a", "as", "-as name, -a- stem", 0.8, after=_C, example="Rahva -> Rahvas"),
    StemRule("da", "", "-e name, -da- stem", 0.75, after="e", example="Pimeda -> Pime"),
    StemRule("tta", "tas", "-as name, strong stem", 0.85, example="Mättaga -> Mätas, Ratta -> Ratas"),
    StemRule("kka", "kas", "-as name, strong stem", 0.8, example="Rikkaga -> Rikas"),
    StemRule("mba", "mmas", "-as name, strong stem", 0.7, example="Hamba -> Hammas"),
)


@dataclass(frozen=True, slots=True)
class Gradation:
    """A weak grade at the end of a consonant-final stem, and the strong grade it stands for.

    Attributes:
        weak: how the stem ends (``"d"`` of ``Liid-``).
        strong: what the nominative has instead (``"t"``: Liit).
        name: cited by ``Match.explain()``.
        weight: the factor a hypothesis's prior is multiplied by.
        after: if set, the letter before ``weak`` must be one of these.
        example: a worked example.
    """

    weak: str
    strong: str
    name: str
    weight: float = 0.85
    after: str = ""
    example: str = ""


# One pair a line, weak -> strong (EKK "Astmevaheldus"). Applied to the stem
# that is left once the stem vowel is gone.
_V = "".join(sorted(VOWELS))
GRADATION: tuple[Gradation, ...] = (
    Gradation("d", "t", "gradation t:d", 0.92, after=_V + "lnrh", example="Liidu -> Liit"),
    Gradation("b", "p", "gradation p:b", 0.92, after=_V + "lmr", example="Luubi -> Luup"),
    Gradation("g", "k", "gradation k:g", 0.92, after=_V + "lnr", example="Iraagi -> Iraak"),
    Gradation("p", "pp", "gradation pp:p", 0.85, after=_V, example="Sepa -> Sepp"),
    Gradation("t", "tt", "gradation tt:t", 0.85, after=_V, example="Oti -> Ott"),
    Gradation("k", "kk", "gradation kk:k", 0.85, after=_V, example="Kuke -> Kukk"),
    Gradation("nn", "nd", "gradation nd:nn", 0.85, example="Vennaskonna -> Vennaskond"),
    Gradation("ll", "ld", "gradation ld:ll", 0.8, example="Kulla -> Kuld"),
    Gradation("mm", "mb", "gradation mb:mm", 0.8, example="Kumma -> Kumb"),
    Gradation("s", "sk", "gradation sk:s", 0.8, after=_V, example="Kase -> Kask"),
    Gradation("h", "ht", "gradation ht:h", 0.85, after=_V, example="Õhtutähe -> Õhtutäht"),
    Gradation("h", "ks", "gradation ks:h", 0.75, after=_V, example="Igaühe -> Igaüks"),
    Gradation("j", "g", "gradation g:j", 0.85, after="lr", example="Särje -> Särg"),
    Gradation("r", "rg", "gradation g:0", 0.85, after=_V, example="Kadrioru -> Kadriorg"),
    # the overlong grade of a loan's final t, written tt in the short illative and
    # the partitive (internet : interneti : internetti)
    Gradation("tt", "t", "overlong t", 0.85, example="Internetti, Pinochetti -> Internet, Pinochet"),
)


class Estonian:
    """Estonian: clitics, case endings, plural markers, genitive stems and gradation.

    Examples:
        >>> et = Estonian()
        >>> [(h.base, h.case) for h in et.hypotheses("putinile")][:2]
        [('putini', 'allative'), ('putin', 'allative')]
        >>> next(h.rule for h in et.hypotheses("luubile") if h.base == "luup")
        'et:allative -le, stem vowel -i, gradation p:b'

    """

    code = "et"
    name = "Estonian"

    def __repr__(self) -> str:
        return f"<Language et: Estonian, {len(CASES)} case endings, {len(STEM_RULES)} stem rules>"

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for one lower-case word, best first, one per base form."""
        if not word or any(_OTHER_SCRIPTS[0] <= c <= _OTHER_SCRIPTS[1] for c in word):
            return []
        best: dict[str, Hypothesis] = {}
        for h in self._analyse(word):
            if h.base and h.base != word and len(h.base) <= len(word):
                old = best.get(h.base)
                if old is None or h.weight > old.weight:
                    best[h.base] = h
        return sorted(best.values(), key=lambda h: (-h.weight, len(h.ending), h.base))

    def _analyse(self, word: str) -> Iterator[Hypothesis]:
        yield from self._cases(word, "", 1.0, "")
        for c in CLITICS:
            if word.endswith(c.ending) and len(word) - len(c.ending) >= c.min_stem:
                rest = word[: len(word) - len(c.ending)]
                yield _hypothesis(rest, c.ending, "nominative", c.weight, f"et:{c.case}")
                yield from self._cases(rest, c.ending, c.weight, f"et:{c.case}")

    def _cases(self, word: str, after: str, weight: float, rule: str) -> Iterator[Hypothesis]:
        split = split_separator(word, "'-")
        if split is not None:
            yield from self._separated(*split, after, weight, rule)
        for s in (GENITIVE, *CASES):
            if not word.endswith(s.ending):
                continue
            stem = word[: len(word) - len(s.ending)]
            if len(stem) < s.min_stem or stem[-1] in "'-":
                continue
            ending = s.ending + after
            w = weight * s.weight
            name = _join(f"et:{s.case} -{s.ending}" if s.ending else f"et:{s.case}", rule)
            yield from self._stems(stem, ending, s.case, w, name)
            for p in PLURAL_MARKERS:
                if stem.endswith(p.ending) and len(stem) - len(p.ending) >= p.min_stem and s.case != "partitive":
                    case = "genitive plural" if not s.ending else f"{s.case} plural"
                    yield from self._stems(
                        stem[: len(stem) - len(p.ending)],
                        p.ending + ending,
                        case,
                        w * p.weight,
                        _join(f"et:{case} -{p.ending}{s.ending}", rule),
                    )

    def _separated(self, stem: str, sep: str, tail: str, after: str, weight: float, rule: str) -> Iterator[Hypothesis]:
        """Endings after an apostrophe or a hyphen: the stem as written."""
        for vowel in SEPARATED_VOWELS:
            if not tail.startswith(vowel):
                continue
            rest = tail[len(vowel) :]
            for s in SEPARATED_ENDINGS:
                if rest == s.ending and (vowel or s.ending):
                    yield _hypothesis(
                        stem,
                        sep + tail + after,
                        s.case,
                        weight * min(1.0, s.weight + 0.05),
                        _join(f"et:{s.case} {sep}{tail}", rule),
                    )

    def _stems(self, stem: str, ending: str, case: str, weight: float, rule: str) -> Iterator[Hypothesis]:
        """Nominatives of one genitive stem."""
        if stem[-1] in VOWELS:
            # (the partitive plural -id follows the stem vowel of a consonant-final
            # name: Orav : Oravaid, Putin : Putineid)
            factor = _VOWEL_FINAL_PLURAL if case == "partitive plural" else 1.0
            yield _hypothesis(stem, ending, case, weight * factor, rule)
        elif case != "genitive":
            # an abbreviation takes the ending directly (USAs, TVMKs, ETVd)
            # (the partitive -t of an -s name is on the nominative: Juudas : Juudast)
            factor = 1.0 if case == "partitive" and stem[-1] == "s" else _CONSONANT_STEM
            yield _hypothesis(stem, ending, case, weight * factor, f"{rule}, consonant stem")
        for r in STEM_RULES:
            base = r.apply(stem)
            if not base:
                continue
            w = weight * r.weight
            if not r.base and r.stem in "aeu" and len(base) > 2 and base[-1] == base[-2] and base[-1] in "kpt":
                w *= _GEMINATE_STEM
            name = f"{rule}, {r.name}"
            yield _hypothesis(base, r.stem + ending if not r.base else ending, case, w, name)
            if r.base or base[-1] in VOWELS:
                continue
            for g in GRADATION:
                if base.endswith(g.weak) and len(base) > len(g.weak):
                    before = base[len(base) - len(g.weak) - 1]
                    if g.after and before not in g.after:
                        continue
                    changed = base[: len(base) - len(g.weak)] + g.strong
                    yield _hypothesis(changed, r.stem + ending, case, w * g.weight, f"{name}, {g.name}")
            restored = _syncope(base)
            if restored:
                yield _hypothesis(restored, r.stem + ending, case, w * 0.85, f"{name}, vowel restored")


def _syncope(stem: str) -> str | None:
    """The nominative of a stem that lost an e before its last l, r, m or n (Teatri- -> Teater)."""
    if len(stem) < 4 or stem[-1] not in "lrmn" or stem[-2] in VOWELS or stem[-2] == stem[-1]:
        return None
    return stem[:-1] + "e" + stem[-1]


def _hypothesis(base: str, ending: str, case: str, weight: float, rule: str) -> Hypothesis:
    return Hypothesis(base, ending, case, "et", round(min(1.0, weight), 6), rule)


def _join(first: str, rest: str) -> str:
    return f"{first}, {rest}" if rest else first


LANGUAGE = Estonian()
