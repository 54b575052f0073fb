"""Latvian: case endings of names, the gender endings foreign names gain, and
the consonant alternation of the second declension.

Sources: Cabinet Regulation No. 114 of 2004 (likumi.lv, doc 85209) on
writing foreign names: by pronunciation, with Latvian gender endings and
declension (Vladimirs **Putins**, Putina, Putinam, Putinu, Putinā; Džons
Smits); -o and -i names are indeclinable (Pikaso, Musolini). Nau, *Latvian*
(2011) and Mathiassen, *A Short Grammar of Latvian* (1997) for the six
noun declensions and the alternation before the genitive -a of the second
declension (Jānis : Jāņa, Miķelis : Miķeļa; none after -sk-, -tis and -dis
in personal names: Žirinovskis : Žirinovska, Valdis : Valda).

Every ending is undone twice where it can be: back to the Latvian
nominative (Rīgas -> Rīga, Putina -> Putins) and back to the bare foreign
stem (Putina -> Putin, the form a gazetteer of foreign names holds).
"""

from __future__ import annotations

from .base import Hypothesis, Suffix, SuffixLanguage

# One rule a line, longest first at run time. ``restore``: what the base form
# has in place of the ending; "" is the bare foreign stem. Weights rank the
# explanations of one ending: the commonest paradigm first.
ENDINGS: tuple[Suffix, ...] = (
    # -- nominative endings of adapted foreign names ---------------------------
    # -s: Putins -> Putin, Smits -> Smit
    Suffix("s", "nominative (adapted)", weight=0.85, min_stem=3, not_after="aeiouāēīū", example="Putins -> Putin"),
    # -is of names in -i/-y (2nd declension): Zelenskis -> Zelenski
    Suffix("is", "nominative (adapted)", ("i",), weight=0.75, min_stem=3, example="Zelenskis -> Zelenski"),
    # -- genitive ----------------------------------------------------------------
    # -a, 1st declension (-s, -š): Putina -> Putins / Putin, Rāviņa -> Rāviņš
    Suffix("a", "genitive", ("s",), weight=0.86, min_stem=2, example="Zatlera -> Zatlers"),
    Suffix("a", "genitive", ("š",), weight=0.84, min_stem=2, after="ņļķģčžš", example="Rāviņa -> Rāviņš"),
    Suffix("a", "genitive", ("",), weight=0.8, min_stem=3, example="Putina -> Putin"),
    # -a, 2nd declension (-is; the alternation is undone below): Andra -> Andris
    Suffix("a", "genitive", ("is",), weight=0.82, min_stem=2, example="Andra -> Andris, Jāņa -> Jānis"),
    Suffix("a", "genitive", ("i",), weight=0.7, min_stem=3, after="k", example="Zelenska -> Zelenski"),
    # -as, 4th declension (-a): Rīgas -> Rīga, Madonas -> Madona
    Suffix("as", "genitive", ("a",), weight=0.87, min_stem=2, example="Sibīrijas -> Sibīrija"),
    # -es, 5th declension (-e): Latgales -> Latgale
    Suffix("es", "genitive", ("e",), weight=0.87, min_stem=2, example="Latgales -> Latgale"),
    # -- dative ------------------------------------------------------------------
    # -am, 1st declension: Putinam -> Putins / Putin, Zatleram -> Zatlers
    Suffix("am", "dative", ("s",), weight=0.87, min_stem=2, example="Zatleram -> Zatlers"),
    Suffix("am", "dative", ("š",), weight=0.85, min_stem=2, after="ņļķģčžš", example="Putniņam -> Putniņš"),
    Suffix("am", "dative", ("",), weight=0.82, min_stem=3, example="Putinam -> Putin"),
    # -im, 2nd declension: Kārlim -> Kārlis, Uldim -> Uldis
    Suffix("im", "dative", ("is",), weight=0.86, min_stem=2, example="Kārlim -> Kārlis"),
    Suffix("im", "dative", ("i",), weight=0.75, min_stem=3, example="Zelenskim -> Zelenski"),
    # -um, 3rd declension: Ingum -> Ingus
    Suffix("um", "dative", ("us",), weight=0.85, min_stem=2, example="Ingum -> Ingus"),
    # -ai, 4th declension: Latvijai -> Latvija
    Suffix("ai", "dative", ("a",), weight=0.87, min_stem=2, example="Latvijai -> Latvija"),
    # -ei, 5th declension: Sabīnei -> Sabīne
    Suffix("ei", "dative", ("e",), weight=0.87, min_stem=2, example="Sabīnei -> Sabīne"),
    # -ij, 6th declension: Daugavpilij -> Daugavpils
    Suffix("ij", "dative", ("s",), weight=0.8, min_stem=2, example="Daugavpilij -> Daugavpils"),
    # -- accusative (= instrumental singular) ------------------------------------
    # -u, 1st and 4th declension: Putinu -> Putins / Putin, Latviju -> Latvija
    Suffix("u", "accusative", ("a",), weight=0.86, min_stem=2, example="Latviju -> Latvija"),
    Suffix("u", "accusative", ("s",), weight=0.85, min_stem=2, example="Augustu -> Augusts"),
    Suffix("u", "accusative", ("š",), weight=0.83, min_stem=2, after="ņļķģčžš", example="Putniņu -> Putniņš"),
    Suffix("u", "accusative", ("",), weight=0.8, min_stem=3, example="Putinu -> Putin"),
    Suffix("u", "accusative", ("us",), weight=0.7, min_stem=2, example="Ingu -> Ingus"),
    # -i, 2nd, 5th and 6th declension: Andri -> Andris, Kurzemi -> Kurzeme, Salaspili -> Salaspils
    Suffix("i", "accusative", ("is",), weight=0.84, min_stem=2, example="Andri -> Andris"),
    Suffix("i", "accusative", ("e",), weight=0.84, min_stem=2, example="Kurzemi -> Kurzeme"),
    Suffix("i", "accusative", ("s",), weight=0.76, min_stem=2, example="Salaspili -> Salaspils"),
    # -- locative ------------------------------------------------------------------
    # -ā, 1st and 4th declension: Rīgā -> Rīga, Tukumā -> Tukums, Putinā -> Putin
    Suffix("ā", "locative", ("a",), weight=0.87, min_stem=2, example="Rīgā -> Rīga"),
    Suffix("ā", "locative", ("s",), weight=0.85, min_stem=2, example="Tukumā -> Tukums"),
    Suffix("ā", "locative", ("š",), weight=0.83, min_stem=2, after="ņļķģčžš"),
    Suffix("ā", "locative", ("",), weight=0.8, min_stem=3, example="Putinā -> Putin"),
    # -ī, 2nd and 6th declension: Daugavpilī -> Daugavpils, Kārlī -> Kārlis
    Suffix("ī", "locative", ("s",), weight=0.85, min_stem=2, example="Daugavpilī -> Daugavpils"),
    Suffix("ī", "locative", ("is",), weight=0.84, min_stem=2, example="Jānī -> Jānis"),
    Suffix("ī", "locative", ("i",), weight=0.72, min_stem=3, example="Zelenskī -> Zelenski"),
    # -ē, 5th declension: Latgalē -> Latgale
    Suffix("ē", "locative", ("e",), weight=0.87, min_stem=2, example="Latgalē -> Latgale"),
    # -ū, 3rd declension: Ingū -> Ingus
    Suffix("ū", "locative", ("us",), weight=0.8, min_stem=2, example="Ingū -> Ingus"),
    # -- plural --------------------------------------------------------------------
    # masculine -i: gen -u, dat -iem, acc -us, loc -os (Strenči, Tīnūži)
    Suffix("iem", "dative plural", ("i",), weight=0.84, min_stem=2, example="Tīnūžiem -> Tīnūži"),
    Suffix("iem", "dative plural", ("š",), weight=0.76, min_stem=2, after="ņļķģčžš", example="Kalniņiem -> Kalniņš"),
    Suffix("iem", "dative plural", ("s",), weight=0.74, min_stem=2, example="Jēkabiem -> Jēkabs"),
    Suffix("iem", "dative plural", ("is",), weight=0.72, min_stem=2, example="Jāņiem -> Jānis"),
    Suffix("os", "locative plural", ("i",), weight=0.82, min_stem=2, example="Strenčos -> Strenči"),
    Suffix("us", "accusative plural", ("i",), weight=0.7, min_stem=2, example="Strenčus -> Strenči"),
    Suffix("u", "genitive plural", ("i",), weight=0.72, min_stem=2, example="Strenču -> Strenči"),
    Suffix("u", "genitive plural", ("is",), weight=0.68, min_stem=2, example="Cēsu -> Cēsis"),
    Suffix("u", "genitive plural", ("as",), weight=0.66, min_stem=2, example="Kalējsētu -> Kalējsētas"),
    Suffix("u", "genitive plural", ("es",), weight=0.64, min_stem=2, example="gen. pl. of -es plurals"),
    Suffix("i", "nominative plural", ("s",), weight=0.6, min_stem=3, example="Kasparoviči -> Kasparovičs"),
    Suffix("i", "nominative plural", ("š",), weight=0.6, min_stem=3, after="ņļķģčžš", example="Ezeriņi -> Ezeriņš"),
    # feminine -as / -es: dat -ām / -ēm, loc -ās / -ēs
    Suffix("ām", "dative plural", ("as",), weight=0.8, min_stem=2, example="Kalējsētām -> Kalējsētas"),
    Suffix("ām", "dative plural", ("a",), weight=0.7, min_stem=2),
    Suffix("ās", "locative plural", ("as",), weight=0.8, min_stem=2, example="Kalējsētās -> Kalējsētas"),
    Suffix("ās", "locative plural", ("a",), weight=0.7, min_stem=2),
    Suffix("ēm", "dative plural", ("es",), weight=0.8, min_stem=2, example="Dzelmēm -> Dzelmes"),
    Suffix("ēm", "dative plural", ("e",), weight=0.7, min_stem=2, example="Rozēm -> Roze"),
    Suffix("ēs", "locative plural", ("es",), weight=0.78, min_stem=2),
)

#: The 2nd declension alternation (and the masculine plural's), undone: a stem
#: before -a, -u, -i, -iem, -os, -us may end in the alternated consonant where
#: the nominative has the plain one. (alternated, plain, example)
ALTERNATIONS: tuple[tuple[str, str, str], ...] = (
    ("ņ", "n", "Jāņa -> Jānis"),
    ("ļ", "l", "Miķeļa -> Miķelis"),
    ("š", "s", "Anša -> Ansis"),
    ("š", "t", "Jumīšus -> Jumītis"),
    ("ž", "z", "vēža -> vēzis"),
    ("ž", "d", "brieža -> briedis"),
    ("č", "c", "Lāča -> Lācis"),
    ("dž", "dz", "dadža -> dadzis"),
    ("bj", "b", "Gulbja -> Gulbis"),
    ("pj", "p", "skapja -> skapis"),
    ("mj", "m", "kurmja -> kurmis"),
    ("vj", "v", "(v : vj, as b : bj)"),
)
_ALTERNATING_RESTORES = frozenset({"is", "i", "s"})
ALTERNATION_FACTOR = 0.95


class Latvian(SuffixLanguage):
    """Latvian endings, with the second declension's alternation undone."""

    def __init__(self) -> None:
        super().__init__("lv", "Latvian", ENDINGS)

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Latvian nominatives and bare foreign stems for ``word``.

        Examples:
            >>> [h.base for h in LANGUAGE.hypotheses("putinam")]
            ['putins', 'putin']
            >>> "jānis" in [h.base for h in LANGUAGE.hypotheses("jāņa")]
            True
        """
        out = super().hypotheses(word)
        for h in list(out):
            ending = h.ending.lstrip("'-")
            stem = word[: len(word) - len(ending)]
            tail = h.base[len(stem) :]
            if tail not in _ALTERNATING_RESTORES:
                continue
            for alternated, plain, _example in ALTERNATIONS:
                if stem.endswith(alternated) and len(stem) > len(alternated) + 1:
                    base = stem[: -len(alternated)] + plain + tail
                    out.append(
                        Hypothesis(
                            base,
                            h.ending,
                            h.case,
                            "lv",
                            h.weight * ALTERNATION_FACTOR,
                            f"{h.rule}, {plain} -> {alternated}",
                        )
                    )
        return out


LANGUAGE = Latvian()
