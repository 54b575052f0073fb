"""Turkish: suffix chains on names, with vowel harmony, buffer consonants and softening.

Sources: TDK Yazım Kılavuzu, "Kesme işareti" (case and possessive endings on
proper names follow an apostrophe: Putin'in, Putin'e, Putin'i, Putin'de,
Putin'den, Putin'le, Şoygu'nun, Paşinyan'ı; plural and derivational
suffixes take none: Türkler, Konyalı; names of institutions take none:
Türkiye Büyük Millet Meclisine); Göksel & Kerslake, *Turkish: A
Comprehensive Grammar* (2005), ch. 2 (vowel harmony, buffer n/y/s, d/t
alternation) and ch. 8 (noun suffix order: plural, possessive, case, -ki).

Turkish suffixes come in a fixed order after the stem: derivation (-li),
plural (-ler), possessive (-(s)i), case (-(n)in, -(y)i, -(y)e, -de, -den,
-(y)le), and the relative -ki (İstanbul'daki). The engine here peels them
from the right in that order. After an apostrophe the name ends exactly
there, so whatever chain follows it is removed at once and harmony is only
a hint (foreign names harmonise with their pronunciation: Clinton'ın,
Google'la); without an apostrophe (common-noun-like names: Ajansı,
Kemallerin) harmony and buffers are enforced, and a stem left by a
vowel-initial suffix may have softened its final consonant (Müdürlüğü ->
müdürlük, Kulübü -> kulüp).

The same engine serves the other Turkic languages (`turkic`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from .base import Hypothesis

__all__ = ["LANGUAGE", "TurkicLanguage", "TurkicSuffix", "suffix_forms"]

#: Suffix slots, outermost first: a chain is peeled from the right in this order.
RELATIVE, CASE, POSSESSIVE, PLURAL, DERIVATION = range(5)


@dataclass(frozen=True, slots=True)
class TurkicSuffix:
    """One surface form of a suffix in a harmonising, agglutinating language.

    Attributes:
        ending: the form as written, lower case (``"nın"``).
        case: what it marks (``"genitive"``).
        slot: its position class (`CASE`, `POSSESSIVE` ...).
        weight: its prior in (0, 1] when it stands alone.
        after: ``"V"`` when it follows only a vowel (a buffer form: ``-nın``),
            ``"C"`` when only a consonant, ``""`` either.
        needs: a slot that must come right before it (the pronominal ``n`` of
            ``-na``, ``-nda`` follows a possessive; ``-ki`` follows a case).
        example: a worked example.
    """

    ending: str
    case: str
    slot: int
    weight: float = 0.8
    after: str = ""
    needs: int = -1
    example: str = ""


@dataclass(frozen=True, slots=True)
class _Peeled:
    stem: str
    ending: str
    cases: tuple[str, ...]  # outermost first
    weight: float  # the product of the suffixes' weights and the penalties
    inner: int  # the slot of the innermost suffix removed
    penalty: float = 1.0  # the product of the mismatch and chain factors alone
    need: int = -1  # the slot the innermost suffix needs inside it (-1: none)
    softened: str = ""


class TurkicLanguage:
    """A Turkic language described by its suffix table and its sound rules.

    Args:
        code: ISO 639-1 code.
        name: English name.
        suffixes: every surface form of every suffix, with its slot.
        harmony: for each suffix vowel, the stem vowels it may follow.
        voiceless: consonants after which a suffix starts with its voiceless
            variant (``-te`` after ``s``: Salamis'teki).
        devoiced: suffix-initial consonant -> its voiced partner, for the
            voicing check (``"t": "d"``).
        softening: stem-final consonant -> the dictionary form's consonant,
            undone after a vowel-initial suffix (``"ğ": "k"``).
        front: the front vowels (a back stem ending in a palatal ``l`` may
            take front suffixes: Kemal'i).
        apostrophes: whether the language writes an apostrophe between a
            proper name and its suffixes.
    """

    #: A stem must be at least this long without an apostrophe.
    min_stem = 2
    #: Weight of a name before an apostrophe whose suffix chain parses.
    apostrophe_weight = 0.95
    #: Weight of a name before an apostrophe whose suffix chain does not parse.
    apostrophe_unparsed = 0.5
    #: Factor per suffix beyond the first in one chain.
    chain_factor = 0.97
    #: Factor for a harmony mismatch after an apostrophe.
    disharmony_factor = 0.85
    #: Factor for a voicing mismatch (Ocak'da for Ocak'ta).
    voicing_factor = 0.8
    #: Factor for a suffix removed from the name before an apostrophe (Ordusu'nun).
    head_factor = 0.85
    #: Factor for an undone softening (müdürlüğ -> müdürlük).
    softening_factor = 0.95
    #: Factor for a case ending without an apostrophe: proper names take their
    #: case endings after one, so a bare final vowel is more often the
    #: possessive of a compound name (Topkapı Sarayı) than a case (Sara-yı).
    bare_case_factor = 0.9
    #: Factor for front suffixes after a back stem ending in l (Kemaller,
    #: Kemal'in: the palatal l of Arabic loans); 0 would forbid them.
    palatal_l_factor = 0.95

    def __init__(
        self,
        code: str,
        name: str,
        suffixes: Sequence[TurkicSuffix],
        *,
        harmony: Mapping[str, str],
        voiceless: str,
        devoiced: Mapping[str, str],
        softening: Mapping[str, str],
        front: str,
        apostrophes: bool = True,
    ) -> None:
        self.code = code
        self.name = name
        self.suffixes = tuple(sorted(suffixes, key=lambda s: (s.slot, -len(s.ending))))
        self.harmony = dict(harmony)
        self.vowels = frozenset("".join(harmony.values()) + "".join(harmony))
        self.front = frozenset(front)
        self.voiceless = voiceless
        self.devoiced = dict(devoiced)
        self.softening = dict(softening)
        self.apostrophes = apostrophes
        # suffixes by their last letter, in slot order: a cheap pre-filter
        self._by_last: dict[str, tuple[TurkicSuffix, ...]] = {}
        for s in self.suffixes:
            self._by_last[s.ending[-1]] = (*self._by_last.get(s.ending[-1], ()), s)

    def __repr__(self) -> str:
        return f"<Language {self.code}: {self.name}, {len(self.suffixes)} suffix forms>"

    # -- the interface --------------------------------------------------------

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base forms of ``word`` (lower case): the name before an apostrophe,
        and the stems a harmonic suffix chain leaves.

        Examples:
            >>> [(h.base, h.case) for h in LANGUAGE.hypotheses("paşinyan'ı")][:1]
            [('paşinyan', 'accusative')]
            >>> sorted(h.base for h in LANGUAGE.hypotheses("başkadılığı'na"))
            ['başkadılık', 'başkadılığ', 'başkadılığı']
        """
        out: list[Hypothesis] = []
        head, apostrophe, tail = word.rpartition("'")
        if self.apostrophes and apostrophe and head and tail and head[-1].isalnum():
            out.extend(self._after_apostrophe(head, tail))
        else:
            for p in self._peel(word, RELATIVE, strict=True):
                out.extend(self._emit(p, word, 1.0))
        return out

    # -- the engine -----------------------------------------------------------

    def _after_apostrophe(self, head: str, tail: str) -> Iterator[Hypothesis]:
        chains = [p for p in self._peel(head + tail, RELATIVE, strict=False, stop=len(head)) if p.stem == head]
        if chains:
            # The best-fitting parse; among equals, the one with fewer suffixes
            # and the likelier ones (a case before a possessive: Paşinyan'ı).
            best = max(chains, key=lambda p: (p.penalty, -len(p.cases), -p.inner, p.weight))
            weight = self.apostrophe_weight * best.penalty
            case = " + ".join(reversed(best.cases))
        else:
            weight = self.apostrophe_weight * self.apostrophe_unparsed
            case = "suffix after apostrophe"
        yield Hypothesis(head, "'" + tail, case, self.code, weight, f"{self.code}:{case} -'{tail}")
        # The name itself may carry a possessive or plural (Ordusu'nun,
        # Üniversitesi'nde, Kuvvetler'e): peel those, strictly, too.
        for p in self._peel(head, POSSESSIVE, strict=True):
            # Rank by fit, and among equal fits by the suffixes' weights.
            inner = _Peeled(
                p.stem,
                p.ending + "'" + tail,
                (case, *p.cases),
                p.penalty * (0.9 + 0.1 * p.weight),
                p.inner,
                softened=p.softened,
            )
            yield from self._emit(inner, head, weight * self.head_factor)

    def _emit(self, p: _Peeled, word: str, prior: float) -> Iterator[Hypothesis]:
        if p.stem == word or not p.cases:
            return
        case = " + ".join(reversed(p.cases))
        rule = f"{self.code}:{case} -{p.ending}"
        yield Hypothesis(p.stem, p.ending, case, self.code, prior * p.weight, rule)
        if p.softened:
            base = p.stem[:-1] + p.softened
            yield Hypothesis(
                base,
                p.ending,
                case,
                self.code,
                prior * p.weight * self.softening_factor,
                f"{rule}, softened {p.softened} -> {p.stem[-1]}",
            )

    def _peel(self, word: str, slot: int, *, strict: bool, stop: int = 0) -> Iterator[_Peeled]:
        """Every way to remove a chain of suffixes from the end of ``word``,
        outermost first, slots in order; ``stop`` is the shortest stem. A
        strict chain must satisfy every suffix's ``needs``; after an
        apostrophe the needed suffix may be inside the name (Başkadılığı'na)."""
        shortest = stop or self.min_stem
        stack = [_Peeled(word, "", (), 1.0, slot - 1)]
        while stack:
            p = stack.pop()
            if p.cases and (p.need < 0 or not strict):
                yield p
            for s in self._candidates(p.stem, p.inner + 1):
                if p.need >= 0 and s.slot != p.need:
                    continue
                stem = p.stem[: len(p.stem) - len(s.ending)]
                if len(stem) < shortest:
                    continue
                penalty = self._fits(stem, s, strict)
                if penalty == 0.0:
                    continue
                if p.cases:
                    penalty *= self.chain_factor
                bare_case = self.apostrophes and strict and stop == 0 and s.slot == CASE and not p.cases
                # The outermost suffix counts in full; each inner one, already
                # supported by the suffix outside it, counts half.
                weight = 0.5 + 0.5 * s.weight if p.cases else s.weight
                softened = ""
                if s.ending[0] in self.vowels and stem[-1] in self.softening:
                    softened = self.softening[stem[-1]]
                stack.append(
                    _Peeled(
                        stem,
                        s.ending + p.ending,
                        (*p.cases, s.case),
                        p.weight * weight * penalty * (self.bare_case_factor if bare_case else 1.0),
                        s.slot,
                        p.penalty * penalty,
                        s.needs,
                        softened,
                    )
                )

    def _candidates(self, stem: str, slot: int) -> Iterator[TurkicSuffix]:
        for s in self._by_last.get(stem[-1:], ()):
            if s.slot >= slot and stem.endswith(s.ending):
                yield s

    def _fits(self, stem: str, s: TurkicSuffix, strict: bool) -> float:
        """The penalty for ``s`` after ``stem``: 1 when it fits, 0 when it cannot follow it.

        Strictly, a buffer form must follow the right kind of sound and the
        suffix vowel must harmonise; after an apostrophe either mismatch only
        lowers the weight. A voicing mismatch always only lowers it.
        """
        weight = 1.0
        last = stem[-1]
        if not strict and (not last.isalpha() or self._abbreviation(stem)):
            return weight  # 1996'da, ABD'nin, AB'ye: read aloud, not as spelt
        vowel_final = last in self.vowels
        if (s.after == "V" and not vowel_final) or (s.after == "C" and vowel_final):
            if strict:
                return 0.0
            weight *= self.disharmony_factor
        suffix_vowel = next((c for c in s.ending if c in self.harmony), "")
        stem_vowel = next((c for c in reversed(stem) if c in self.vowels), "")
        if suffix_vowel and stem_vowel and stem_vowel not in self.harmony[suffix_vowel]:
            if last == "l" and self.palatal_l_factor and suffix_vowel in self.front:
                weight *= self.palatal_l_factor
            elif strict:
                return 0.0
            else:
                weight *= self.disharmony_factor
        first = s.ending[0]
        voicing = first in self.devoiced or first in self.devoiced.values()
        if voicing and not vowel_final and (first in self.devoiced) != (last in self.voiceless):
            weight *= self.voicing_factor
        return weight

    def _abbreviation(self, stem: str) -> bool:
        """Whether a name before an apostrophe looks like an abbreviation, whose
        suffixes follow the letters' names (AB'ye, ABD'nin, CHP'li)."""
        return len(stem) <= 3 or (len(stem) <= 5 and not any(c in self.vowels for c in stem[-2:]))


def suffix_forms(
    case: str, slot: int, weight: float, forms: str, after: str = "", needs: int = -1, example: str = ""
) -> tuple[TurkicSuffix, ...]:
    """Rules for the space-separated surface forms of one suffix.

    Examples:
        >>> [s.ending for s in suffix_forms("plural", PLURAL, 0.85, "ler lar")]
        ['ler', 'lar']
    """
    return tuple(TurkicSuffix(f, case, slot, weight, after, needs, example) for f in forms.split())


# Turkish suffix forms, one suffix a line (Göksel & Kerslake 2005, ch. 2 and 8;
# TDK Yazım Kılavuzu). ``after``: V = buffer form after a vowel, C = after a
# consonant.  Weights: long, distinctive forms high, one-vowel forms low.
TURKISH: tuple[TurkicSuffix, ...] = (
    # relative -ki after a locative or genitive: İstanbul'daki -> İstanbul
    *suffix_forms("relative -ki", RELATIVE, 0.95, "ki", needs=CASE, example="Salamis'teki -> Salamis"),
    # copula -dir: İstanbul'dur
    *suffix_forms("copula", RELATIVE, 0.6, "dir dır dur dür tir tır tur tür", example="Ankara'dır -> Ankara"),
    # genitive -(n)in: Putin'in, Şoygu'nun, Türklerin
    *suffix_forms("genitive", CASE, 0.85, "nin nın nun nün", "V", example="Şoygu'nun -> Şoygu"),
    *suffix_forms("genitive", CASE, 0.85, "in ın un ün", "C", example="Putin'in -> Putin"),
    # accusative -(y)i, -ni after a possessive: Paşinyan'ı, Şoygu'yu
    *suffix_forms("accusative", CASE, 0.8, "yi yı yu yü", "V", example="Şoygu'yu -> Şoygu"),
    *suffix_forms("accusative", CASE, 0.75, "i ı u ü", "C", example="Paşinyan'ı -> Paşinyan"),
    *suffix_forms("accusative", CASE, 0.8, "ni nı nu nü", "V", needs=POSSESSIVE, example="Ordusunu -> Ordu"),
    # dative -(y)e, -ne after a possessive: Putin'e, İstanbul'a, Ergani'ye
    *suffix_forms("dative", CASE, 0.85, "ye ya", "V", example="Ergani'ye -> Ergani"),
    *suffix_forms("dative", CASE, 0.75, "e a", "C", example="İstanbul'a -> İstanbul"),
    *suffix_forms("dative", CASE, 0.85, "ne na", "V", needs=POSSESSIVE, example="Müdürlüğü'ne -> müdürlük"),
    # locative -de/-te, -nde after a possessive: Putin'de, Mars'ta
    *suffix_forms("locative", CASE, 0.85, "de da te ta", example="Eskişehir'de -> Eskişehir"),
    *suffix_forms("locative", CASE, 0.85, "nde nda", "V", needs=POSSESSIVE, example="Üniversitesi'nde -> üniversite"),
    # ablative -den/-ten, -nden after a possessive: Putin'den, Hamlet'ten
    *suffix_forms("ablative", CASE, 0.85, "den dan ten tan", example="Mashadov'dan -> Mashadov"),
    *suffix_forms("ablative", CASE, 0.85, "nden ndan", "V", needs=POSSESSIVE),
    # instrumental -(y)le: Putin'le, Türkçe'yle
    *suffix_forms("instrumental", CASE, 0.85, "yle yla", "V", example="Türkçe'yle -> Türkçe"),
    *suffix_forms("instrumental", CASE, 0.8, "le la", example="Google'la -> Google"),
    # equative -ce: Putin'ce
    *suffix_forms("equative", CASE, 0.6, "ce ca çe ça", example="Putin'ce -> Putin"),
    *suffix_forms("equative", CASE, 0.6, "nce nca", "V", needs=POSSESSIVE),
    # 3rd person possessive -(s)i: Ajansı -> ajans, Üyesi -> üye
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.88, "si sı su sü", "V", example="Üyesi -> üye"),
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.85, "i ı u ü", "C", example="Sarayı -> saray"),
    *suffix_forms("3rd person plural possessive", POSSESSIVE, 0.75, "leri ları", example="Hastalıkları -> hastalık"),
    # 1st person possessive -(ı)m: Allahım -> Allah, Mahir'im
    *suffix_forms("1st person possessive", POSSESSIVE, 0.6, "m", "V", example="Hocam -> hoca"),
    *suffix_forms("1st person possessive", POSSESSIVE, 0.65, "im ım um üm", "C", example="Mahir'im -> Mahir"),
    # 1st and 2nd person plural possessive: Türkiye'miz -> Türkiye
    *suffix_forms("1st person plural possessive", POSSESSIVE, 0.75, "miz mız muz müz", "V", example="Türkiye'miz"),
    *suffix_forms("1st person plural possessive", POSSESSIVE, 0.7, "imiz ımız umuz ümüz", "C", example="Ülkemiz"),
    *suffix_forms("2nd person plural possessive", POSSESSIVE, 0.65, "niz nız nuz nüz", "V"),
    *suffix_forms("2nd person plural possessive", POSSESSIVE, 0.6, "iniz ınız unuz ünüz", "C"),
    # plural -ler: Türklerin -> Türk, Kemallerin -> Kemal
    *suffix_forms("plural", PLURAL, 0.85, "ler lar", example="Almanlar -> Alman"),
    # derivation -li "from, with": CHP'li -> CHP, Pakdemirli -> Pakdemir
    *suffix_forms("derivation -li", DERIVATION, 0.6, "li lı lu lü", example="CHP'li -> CHP"),
)

#: Turkish vowel harmony: for each suffix vowel, the last stem vowels it follows
#: (two-way for a/e, four-way for the high vowels).
TURKISH_HARMONY: dict[str, str] = {
    "a": "aıouâû",
    "e": "eiöüî",
    "ı": "aıâ",
    "i": "eiî",
    "u": "ouû",
    "ü": "öü",
}

LANGUAGE = TurkicLanguage(
    "tr",
    "Turkish",
    TURKISH,
    harmony=TURKISH_HARMONY,
    voiceless="çfhkpsşt",  # "fıstıkçı şahap"
    devoiced={"t": "d", "ç": "c"},
    # Müdürlüğü -> müdürlük, Kulübü -> kulüp, Rengi -> renk
    softening={"ğ": "k", "b": "p", "c": "ç", "d": "t", "g": "k"},
    front="eiöüî",
)
