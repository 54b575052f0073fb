"""Polish: the case endings of names, and the stem alternations they cause.

Sources: SJP PWN, "Zasady pisowni i interpunkcji" 76.B and the PWN advice
pages (declension of foreign names: Putin : Putina, Putinowi, Putinem,
Putinie; -ski/-cki names as adjectives, ``Chomsky'ego`` with an apostrophe;
``-o`` names after k/g declined like ``-a`` ones: Łukaszenko : Łukaszenki);
"Nowy słownik poprawnej polszczyzny" PWN (Szewczenko, Matejko); the standard
grammar of Polish declension (Nagórko, "Zarys gramatyki polskiej").

Polish names decline like common nouns. A masculine name adds its ending to
the bare stem (Putin-a); a feminine ``-a`` name, or a masculine one in
``-a``/``-o``, replaces its final vowel (Warszaw-y, Matejk-i); -ski names and
most names in ``-y``/``-i`` take adjectival endings (Kowalski-ego, Jerz-ego).
Two kinds of change touch the stem and are undone here:

- the locative and dative soften the last consonant: Kanada : Kanadzie,
  Sopot : Sopocie, Polska : Polsce; those are whole endings in the table;
- removing an ending from a bare stem can leave a stem that lost a vowel
  (the mobile e: Marek : Marka, Niemiec : Niemca, Paweł : Pawła), a soft
  consonant spelled with ``i`` (Poznań : Poznaniu) or an ``o`` that is ``ó``
  in the base form (Kraków : Krakowa); those are `ALTERNATIONS`,
  tried on every bare stem by `SlavicLanguage`, which the other Slavic
  modules share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from .base import Hypothesis, StemRule, Suffix, SuffixLanguage, apply_stem_rules

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE", "SlavicLanguage", "slavic_possessive"]


def slavic_possessive(ending: str, case: str, weight: float, example: str) -> tuple[Suffix, Suffix]:
    """The rules of one possessive-adjective ending of the Czech, Slovak and
    Croatian/Serbian/Bosnian tables (-ova, -ovo, -ovej, -ovog...): on a
    consonant-final name, and on a name in -ko (Lukašenko), whose -o the
    possessive replaces. Possessives are made of people's names, rarely
    shorter than four letters; the limit keeps Kosova (genitive of Kosovo)
    from reading as a possessive of Kos.

    Examples:
        >>> [(s.ending, s.restore, s.weight) for s in slavic_possessive("ova", "possessive", 0.45, "Putinova")]
        [('ova', ('',), 0.45), ('ova', ('o',), 0.41)]
    """
    return (
        Suffix(ending, case, weight=weight, min_stem=4, example=example),
        Suffix(ending, case, ("o",), weight=round(weight - 0.04, 2), min_stem=4, after="k", example="Lukašenko"),
    )


class SlavicLanguage(SuffixLanguage):
    """An ending table plus the stem alternations of bare stems.

    A hypothesis whose base is the bare stem (the word minus the ending,
    nothing restored) is kept, and each alternation (a
    `StemRule`) that fits its end adds one
    more hypothesis with the alternation undone, at a lower prior. A base
    whose vowel was restored (``Łukaszenk-i`` -> ``Łukaszenka``) already is
    a dictionary form and is left alone.

    Examples:
        >>> lang = SlavicLanguage("xx", "Example", [Suffix("a", "genitive"), Suffix("i", "genitive", ("a",))],
        ...                       [StemRule("k", "ek", "mobile e", after="rz")])
        >>> [(h.base, h.rule) for h in lang.hypotheses("marka")]
        [('mark', 'xx:genitive -a'), ('marek', 'xx:genitive -a, mobile e')]
        >>> [h.base for h in lang.hypotheses("marki")]
        ['marka']
    """

    def __init__(self, code: str, name: str, suffixes: Sequence[Suffix], alternations: Sequence[StemRule] = ()) -> None:
        super().__init__(code, name, suffixes)
        self.alternations = tuple(alternations)
        # Rules by their exact ending, and alternations by their last letter:
        # a word is only compared with the rules that can fit it.
        self._by_ending: dict[str, tuple[Suffix, ...]] = {}
        for s in self.suffixes:
            self._by_ending[s.ending] = (*self._by_ending.get(s.ending, ()), s)
        self._lengths = sorted({len(e) for e in self._by_ending}, reverse=True)
        self._by_stem_end: dict[str, tuple[StemRule, ...]] = {}
        for a in self.alternations:
            self._by_stem_end[a.stem[-1:]] = (*self._by_stem_end.get(a.stem[-1:], ()), a)
        self._cached: Callable[[str], tuple[Hypothesis, ...]] = lru_cache(maxsize=1 << 14)(self._hypotheses)

    def suffixes_for(self, word: str) -> tuple[Suffix, ...]:
        """The rules whose ending ends ``word``, longest first (a zero ending last)."""
        found: tuple[Suffix, ...] = ()
        size = len(word)
        by_ending = self._by_ending
        for length in self._lengths:
            if length <= size:
                rules = by_ending.get(word[size - length :])
                if rules:
                    found = found + rules if found else rules
        return found

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for ``word`` (lower case), alternations after their bare stem.

        A hyphenated name declines in both parts (Kasym-Żomart :
        Kasymowi-Żomartowi, Bielsko-Biała : Bielsku-Białej); each part is
        stripped on its own and the best readings are paired.
        """
        return list(self._cached(word))

    def _hypotheses(self, word: str) -> tuple[Hypothesis, ...]:
        out = self._word_hypotheses(word)
        left, hyphen, right = word.rpartition("-")
        if hyphen and len(left) >= _PART and len(right) >= _PART and "-" not in left:
            out.extend(self._both_parts(left, right))
        return tuple(out)

    def _both_parts(self, left: str, right: str) -> list[Hypothesis]:
        """Readings of a hyphenated name with an ending on either part or both."""
        lefts = [None, *sorted(self._word_hypotheses(left), key=lambda h: -h.weight)[:_PAIRED]]
        rights = [None, *sorted(self._word_hypotheses(right), key=lambda h: -h.weight)[:_PAIRED]]
        out = []
        for lh in lefts:
            for rh in rights:
                if lh is None or rh is None:
                    continue  # one part stripped alone: the other part's ending would be left on
                out.append(
                    Hypothesis(
                        base=f"{lh.base}-{rh.base}",
                        ending=f"{lh.ending}-{rh.ending}",
                        case=rh.case,
                        lang=self.code,
                        weight=round(lh.weight * rh.weight, 4),
                        rule=f"{lh.rule} + {rh.rule}",
                    )
                )
        return out

    def _word_hypotheses(self, word: str) -> list[Hypothesis]:
        out: list[Hypothesis] = []
        for h in super().hypotheses(word):
            out.append(h)
            if h.base != word[: len(word) - len(h.ending)]:
                continue  # a vowel was restored: the base is not a bare stem
            for base, alt in apply_stem_rules(h.base, self._by_stem_end.get(h.base[-1:], ())):
                out.append(
                    Hypothesis(
                        base=base,
                        ending=h.ending,
                        case=h.case,
                        lang=h.lang,
                        weight=round(h.weight * alt.weight, 4),
                        rule=f"{h.rule}, {alt.name}",
                    )
                )
        return out


#: Both parts of a hyphenated name are stripped when each has at least this
#: many letters; the best this many readings of each part are paired.
_PART = 3
_PAIRED = 4

#: Polish consonant letters (a mobile vowel drops only between consonants).
CONSONANTS = "bcćdfghjklłmnńpqrsśtvwxzźż"

# Case endings. ``restore`` puts back the vowel the ending replaced: "" for a
# masculine consonant stem, "a"/"o" for names declined like feminine nouns,
# "o"/"e" for neuter place names. Weights: long, unambiguous endings high;
# one-letter endings and plural readings lower.
ENDINGS: tuple[Suffix, ...] = (
    # --- masculine and neuter nouns (Putin, Kraków, Leszno) --------------
    Suffix("owi", "dative", weight=0.95, example="Putinowi -> Putin"),
    Suffix("iem", "instrumental", weight=0.92, after="kg", example="Gierkiem -> Gierek (mobile e)"),
    Suffix("em", "instrumental", weight=0.92, example="Putinem -> Putin"),
    Suffix("em", "instrumental", ("o", "e"), weight=0.82, example="Morzem -> Morze"),
    Suffix("a", "genitive/accusative", weight=0.9, example="Putina -> Putin"),
    Suffix("a", "genitive", ("o",), weight=0.82, not_after="vw", example="Nakła -> Nakło"),
    Suffix("a", "genitive", ("e",), weight=0.82, example="Podhala -> Podhale"),
    # neuter -wo places (Grajewo) are rarer than -ow/-ew surnames (Tokajewa -> Tokajew)
    Suffix("a", "genitive (neuter -wo)", ("o",), weight=0.7, after="vw", example="Grajewa -> Grajewo"),
    Suffix("u", "genitive/locative", weight=0.88, example="Mińsku -> Mińsk; Rzymu -> Rzym"),
    Suffix("u", "locative", ("o",), weight=0.82, example="Świecku -> Świecko"),
    # foreign -o names add -n- (Bruno : Brunona, Otto : Ottona)
    Suffix("na", "genitive/accusative (-o + n)", weight=0.82, after="o", example="Brunona -> Bruno"),
    Suffix("nowi", "dative (-o + n)", weight=0.82, after="o", example="Ottonowi -> Otto"),
    Suffix("nem", "instrumental (-o + n)", weight=0.82, after="o", example="Brunonem -> Bruno"),
    # the locative/dative in -e softens the consonant before it
    Suffix("ie", "locative", weight=0.88, after="bfmnpswzł", example="Putinie -> Putin; Tczewie -> Tczew"),
    Suffix("ie", "locative/dative", ("a",), weight=0.88, after="bfmnpswz", example="Warszawie -> Warszawa"),
    Suffix("ie", "locative", ("o",), weight=0.82, after="bfmnpswz", example="Lesznie -> Leszno"),
    Suffix("cie", "locative/dative (t -> ci)", ("t", "ta"), weight=0.88, example="Sopocie -> Sopot; Marcie -> Marta"),
    Suffix("cie", "locative (t -> ci)", ("to",), weight=0.82, example="Dłucie -> Dłuto"),
    Suffix("ście", "locative (st -> ści)", ("st", "sta", "sto"), weight=0.88, example="Coście -> Costa"),
    Suffix("dzie", "locative/dative (d -> dzi)", ("d", "da"), weight=0.9, example="Starogardzie; Kanadzie -> Kanada"),
    Suffix("dzie", "locative (d -> dzi)", ("do",), weight=0.82, example="Stadzie -> Stado"),
    Suffix("ździe", "locative (zd -> ździ)", ("zd", "zda", "zdo"), weight=0.88, example="Gwieździe -> Gwiazda"),
    Suffix("rze", "locative/dative/vocative (r -> rz)", ("r", "ra"), weight=0.88, example="Agorze -> Agora"),
    Suffix("rze", "locative (r -> rz)", ("ro",), weight=0.82, example="Jeziorze -> Jezioro"),
    Suffix("le", "locative (ł -> l)", ("ł", "eł", "ła", "ło"), weight=0.8, example="Pawle -> Paweł; Mohyle -> Mohyła"),
    Suffix("śle", "locative (sł -> śl)", ("sł", "sła", "sło"), weight=0.88, example="Wiśle -> Wisła"),
    Suffix("śnie", "locative (sn -> śn)", ("sn", "sna", "sno"), weight=0.88, example="Krośnie -> Krosno"),
    Suffix("źnie", "locative (zn -> źn)", ("zn", "zna", "zno"), weight=0.88, example="Gnieźnie -> Gniezno"),
    Suffix("ce", "dative/locative (k -> c)", ("ka",), weight=0.9, example="Łukaszence -> Łukaszenka"),
    Suffix("ce", "dative/locative (k -> c)", ("ko",), weight=0.86, example="Matejce -> Matejko"),
    Suffix("dze", "dative/locative (g -> dz)", ("ga", "go"), weight=0.88, example="Pradze -> Praga"),
    Suffix("sze", "dative/locative (ch -> sz)", ("cha", "cho"), weight=0.8, example="Musze -> Mucha"),
    # --- feminine -a names, and masculine -a/-o names declined like them --
    Suffix("y", "genitive", ("a",), weight=0.88, example="Warszawy -> Warszawa"),
    Suffix("y", "genitive", ("o",), weight=0.84, example="Fredry -> Fredro"),
    Suffix("i", "genitive/dative/locative", ("a",), weight=0.88, example="Łukaszenki -> Łukaszenka; Marii"),
    Suffix("i", "genitive/dative/locative", ("o",), weight=0.84, example="Matejki -> Matejko"),
    Suffix("ę", "accusative", ("a",), weight=0.92, example="Łukaszenkę -> Łukaszenka"),
    Suffix("ę", "accusative", ("o",), weight=0.88, example="Fredrę -> Fredro"),
    Suffix("ą", "instrumental", ("a",), weight=0.92, example="Łukaszenką -> Łukaszenka"),
    Suffix("ą", "instrumental", ("o",), weight=0.88, example="Kłyczką -> Kłyczko"),
    Suffix("o", "vocative", ("a",), weight=0.75, min_stem=3, example="Teresko -> Tereska"),
    # soft feminine nouns: the -i of the oblique cases spells the soft consonant
    Suffix("si", "genitive/dative/locative (soft)", ("ś",), weight=0.85, example="Białorusi -> Białoruś"),
    Suffix("ni", "genitive/dative/locative (soft)", ("ń",), weight=0.8, example="Dłoni -> Dłoń"),
    Suffix("ci", "genitive/dative/locative (soft)", ("ć",), weight=0.8, example="Kości -> Kość"),
    # soft -ia names: the -i of the oblique cases replaces -ia (one letter longer)
    Suffix("i", "oblique cases (soft -ia)", ("ia",), weight=0.76, after="nsczmbpw", example="Gdyni -> Gdynia"),
    # --- adjectival names (Zełenski, Dostojewski, Jerzy, Polska's -ska) ----
    Suffix("ego", "genitive/accusative (adjectival)", weight=0.95, after="iy", example="Zełenskiego -> Zełenski"),
    Suffix("ego", "genitive/accusative (adjectival)", ("y", "i"), weight=0.93, example="Jerzego -> Jerzy"),
    Suffix("ego", "genitive/accusative (adjectival)", ("e",), weight=0.85, after="i", example="Erniego -> Ernie"),
    Suffix("emu", "dative (adjectival)", weight=0.95, after="iy", example="Zełenskiemu -> Zełenski"),
    Suffix("emu", "dative (adjectival)", ("y", "i"), weight=0.93, example="Jerzemu -> Jerzy"),
    Suffix("m", "instrumental/locative (adjectival)", weight=0.88, after="iy", example="Zełenskim -> Zełenski"),
    Suffix("iej", "genitive/dative/locative (adjectival)", ("a",), weight=0.93, example="Borowskiej -> Borowska"),
    Suffix("ej", "genitive/dative/locative (adjectival)", ("a",), weight=0.9, example="Białej -> Biała"),
    Suffix("scy", "nominative plural (adjectival)", ("ski",), weight=0.85, example="Chrzanowscy -> Chrzanowski"),
    Suffix("ccy", "nominative plural (adjectival)", ("cki",), weight=0.85, example="Kaczyńccy -> Kaczyński"),
    Suffix("ich", "genitive/locative plural (adjectival)", ("i",), weight=0.8, example="Kornackich -> Kornacki"),
    Suffix("ych", "genitive/locative plural (adjectival)", ("y",), weight=0.8, example="Konstantych -> Konstanty"),
    # --- plurals: people (Baskowie) and plural place names (Stany, Niemcy) -
    Suffix("owie", "nominative plural", weight=0.88, example="Baskowie -> Bask; Putinowie -> Putin"),
    Suffix("anie", "nominative plural", ("anin",), weight=0.85, example="Amerykanie -> Amerykanin"),
    Suffix("ów", "genitive plural", weight=0.85, example="Polaków -> Polak"),
    Suffix("ów", "genitive plural", ("y", "i"), weight=0.78, example="Stanów -> Stany"),
    Suffix("ek", "genitive plural (mobile e)", ("ki",), weight=0.8, example="Powązek -> Powązki"),
    Suffix("", "genitive plural (no ending)", ("e",), weight=0.75, after="c", example="Katowic -> Katowice; Kielc"),
    Suffix("ach", "locative plural", ("y", "i", "e"), weight=0.85, example="Kajmanach -> Kajmany"),
    Suffix("ami", "instrumental plural", ("y", "i", "e"), weight=0.85, example="Stanami -> Stany"),
    Suffix("om", "dative plural", ("y", "i", "e"), weight=0.78, example="Kresom -> Kresy"),
    Suffix("czech", "locative plural (c -> cz)", ("cy",), weight=0.88, example="Niemczech -> Niemcy"),
    Suffix("rzech", "locative plural (r -> rz)", ("ry",), weight=0.88, example="Węgrzech -> Węgry"),
    Suffix("szech", "locative plural (ch -> sz)", ("chy",), weight=0.88, example="Włoszech -> Włochy"),
    Suffix("cy", "nominative plural (k -> c)", ("k",), weight=0.8, example="Polacy -> Polak"),
    Suffix("i", "nominative plural", weight=0.78, example="Francuzi -> Francuz"),
)

# Stem alternations of bare stems, after the ending is gone.
ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("k", "ek", "mobile e", 0.95, after=CONSONANTS, example="Marka -> Marek; Wujka -> Wujek"),
    StemRule("c", "ec", "mobile e", 0.95, after=CONSONANTS, example="Koziorożcu -> Koziorożec"),
    StemRule("c", "iec", "mobile e", 0.93, after=CONSONANTS, example="Niemca -> Niemiec; Połowców"),
    StemRule("ł", "eł", "mobile e", 0.95, after=CONSONANTS, example="Pawła -> Paweł"),
    StemRule("l", "el", "mobile e", 0.95, after=CONSONANTS, example="Nobla -> Nobel; Heglu -> Hegel"),
    StemRule("r", "er", "mobile e", 0.93, after=CONSONANTS, example="Kacpra -> Kacper"),
    StemRule("ow", "ów", "o -> ó", 0.97, example="Krakowa -> Kraków; Popielowie -> Popielów"),
    StemRule("og", "óg", "o -> ó", 0.95, example="Boga -> Bóg"),
    StemRule("ni", "ń", "soft n", 0.97, example="Poznaniu -> Poznań; Katyniem -> Katyń"),
    StemRule("si", "ś", "soft s", 0.97, example="Jędrusiowie -> Jędruś"),
    StemRule("ci", "ć", "soft c", 0.97, example="Kościa -> Kość"),
    StemRule("zi", "ź", "soft z", 0.97, example="Kozia -> Koź"),
)

LANGUAGE = SlavicLanguage("pl", "Polish", ENDINGS, ALTERNATIONS)
