"""Lithuanian: case endings of names, and the nominative endings foreign names gain.

Sources: VLKK rules on foreign personal names, as summarised by
arslibri.lt ("Adaptuotų asmenvardžių ir vietovardžių galūnių rašymas") and
salcininkai.lt ("Nelietuviškų asmenvardžių linksniavimas"); Ambrazas et al.,
*Lithuanian Grammar* (1997), the noun declensions.

Consonant-final foreign names gain a Lithuanian ending even in the
nominative: Vladimiras **Putinas**, Sergejus Lavrovas, Nazarbajevas; the
other cases follow (Putino, Putinui, Putiną, Putinu, Putine). So every
ending is undone twice: back to the Lithuanian nominative (Kauno ->
Kaunas, the form of native names) and back to the bare foreign stem
(Putino -> Putin, the form a gazetteer of foreign names holds).
Vowel-final foreign names other than -a stay undeclined (Goethe, Verdi);
-a names decline (Lukašenka : Lukašenkos, Lukašenką). Feminine surnames in
-ienė/-aitė/-ytė/-ūtė decline like any -ė noun (Žakaitienė :
Žakaitienei); they name a woman, never her husband or father, so they are
never turned into the masculine surname.
"""

from __future__ import annotations

from .base import Hypothesis, Suffix, SuffixLanguage

# One rule a line, longest first at run time.  ``restore``: what the base
# form has in place of the ending; "" is the bare foreign stem.  Weights
# rank the explanations of one ending: the native nominative first, the
# foreign stem next, rarer paradigms below.
ENDINGS: tuple[Suffix, ...] = (
    # -- nominative endings of adapted foreign names -----------------------
    # -as: Putinas -> Putin, Lavrovas -> Lavrov, Pašinianas -> Pašinian
    Suffix("as", "nominative (adapted)", weight=0.85, min_stem=3, example="Putinas -> Putin"),
    # -us after j: Sergejus -> Sergej, Jevgenijus -> Jevgenij
    Suffix("us", "nominative (adapted)", weight=0.75, min_stem=3, after="j", example="Sergejus -> Sergej"),
    # -is: Deividis -> Deivid; -skis for -sky: Zelenskis -> Zelenski
    Suffix("is", "nominative (adapted)", weight=0.7, min_stem=3, example="Deividis -> Deivid"),
    Suffix("is", "nominative (adapted)", ("i",), weight=0.75, min_stem=3, example="Zelenskis -> Zelenski"),
    # -ys: the rare third adapted ending, after a soft consonant
    Suffix("ys", "nominative (adapted)", weight=0.6, min_stem=3),
    # -- genitive ----------------------------------------------------------
    # -o of -as nouns: Kauno -> Kaunas, Putino -> Putin
    Suffix("o", "genitive", ("as",), weight=0.86, min_stem=3, example="Kauno -> Kaunas"),
    Suffix("o", "genitive", ("",), weight=0.8, min_stem=3, example="Putino -> Putin, Sargsiano -> Sargsian"),
    # -io of -is/-ys/-ias nouns: Stulginskio -> Stulginskis, Urbšio -> Urbšys
    Suffix("io", "genitive", ("is",), weight=0.84, min_stem=3, example="Stulginskio -> Stulginskis"),
    Suffix("io", "genitive", ("ys",), weight=0.82, min_stem=3, example="Urbšio -> Urbšys"),
    Suffix("io", "genitive", ("ias",), weight=0.78, min_stem=3, example="Svečio -> Svečias (an -ias noun)"),
    Suffix("io", "genitive", ("i",), weight=0.74, min_stem=3, example="Zelenskio -> Zelenski"),
    # -os of -a nouns: Lietuvos -> Lietuva, Lukašenkos -> Lukašenka
    Suffix("os", "genitive", ("a",), weight=0.86, min_stem=2, example="Lukašenkos -> Lukašenka"),
    # -ės of -ė nouns: Krėvės -> Krėvė, Mažutytės -> Mažutytė
    Suffix("ės", "genitive", ("ė",), weight=0.86, min_stem=2, example="Mažutytės -> Mažutytė"),
    # -aus of -us nouns: Adamkaus -> Adamkus, Vilniaus -> Vilnius
    Suffix("aus", "genitive", ("us",), weight=0.86, min_stem=2, example="Vilniaus -> Vilnius"),
    # -ies of feminine -is nouns: Pilies -> Pilis
    Suffix("ies", "genitive", ("is",), weight=0.6, min_stem=3, example="Pilies -> Pilis"),
    # -ų: genitive plural of -ai/-os/-ės, accusative of -us
    Suffix("ų", "genitive plural", ("ai",), weight=0.8, min_stem=2, example="Babtų -> Babtai"),
    Suffix("ų", "accusative", ("us",), weight=0.78, min_stem=2, example="Mockų -> Mockus"),
    Suffix("ų", "genitive plural", ("os",), weight=0.6, min_stem=2, example="Tauragų"),
    Suffix("ių", "genitive plural", ("iai",), weight=0.82, min_stem=2, example="Šiaulių -> Šiauliai"),
    Suffix("ių", "genitive plural", ("ės",), weight=0.8, min_stem=2, example="Karoliniškių -> Karoliniškės"),
    Suffix("ių", "accusative", ("ius",), weight=0.78, min_stem=2, example="Ambrazevičių -> Ambrazevičius"),
    # -- dative ------------------------------------------------------------
    # -ui of -as/-us nouns: Kaunui -> Kaunas, Adamkui -> Adamkus, Putinui -> Putin
    Suffix("ui", "dative", ("as",), weight=0.86, min_stem=2, example="Kaunui -> Kaunas"),
    Suffix("ui", "dative", ("us",), weight=0.84, min_stem=2, example="Adamkui -> Adamkus"),
    Suffix("ui", "dative", ("",), weight=0.8, min_stem=3, example="Putinui -> Putin"),
    # -iui of -is/-ys/-ius nouns: Stulginskiui -> Stulginskis
    Suffix("iui", "dative", ("is",), weight=0.85, min_stem=2, example="Stulginskiui -> Stulginskis"),
    Suffix("iui", "dative", ("ys",), weight=0.83, min_stem=2, example="Urbšiui -> Urbšys"),
    Suffix("iui", "dative", ("ius",), weight=0.82, min_stem=2, example="Ambrazevičiui -> Ambrazevičius"),
    Suffix("iui", "dative", ("i",), weight=0.72, min_stem=3, example="Zelenskiui -> Zelenski"),
    # -ai of -a nouns: Lietuvai -> Lietuva
    Suffix("ai", "dative", ("a",), weight=0.85, min_stem=2, example="Lietuvai -> Lietuva"),
    # -ei of -ė nouns: Žakaitienei -> Žakaitienė
    Suffix("ei", "dative", ("ė",), weight=0.85, min_stem=2, example="Žakaitienei -> Žakaitienė"),
    # -ams/-iams, dative plural: Šiauliams -> Šiauliai
    Suffix("ams", "dative plural", ("ai",), weight=0.75, min_stem=2, example="Šiauliams -> Šiauliai"),
    # -- accusative ---------------------------------------------------------
    # -ą of -as/-a nouns: Glavecką -> Glaveckas, Lietuvą -> Lietuva, Putiną -> Putin
    Suffix("ą", "accusative", ("as",), weight=0.86, min_stem=2, example="Glavecką -> Glaveckas"),
    Suffix("ą", "accusative", ("a",), weight=0.85, min_stem=2, example="Lukašenką -> Lukašenka"),
    Suffix("ą", "accusative", ("",), weight=0.8, min_stem=3, example="Putiną -> Putin"),
    # -į of -is/-ys nouns: Stulginskį -> Stulginskis
    Suffix("į", "accusative", ("is",), weight=0.84, min_stem=2, example="Stulginskį -> Stulginskis"),
    Suffix("į", "accusative", ("ys",), weight=0.82, min_stem=2, example="Urbšį -> Urbšys"),
    Suffix("į", "accusative", ("i",), weight=0.7, min_stem=3, example="Zelenskį -> Zelenski"),
    # -ę of -ė nouns: Žakaitienę -> Žakaitienė
    Suffix("ę", "accusative", ("ė",), weight=0.85, min_stem=2, example="Krėvę -> Krėvė"),
    # -us, accusative plural of -ai: Šiaulius -> Šiauliai
    Suffix("us", "accusative plural", ("ai",), weight=0.6, min_stem=3, example="Šiaulius -> Šiauliai"),
    # -- instrumental ---------------------------------------------------------
    # -u of -as nouns: Glavecku -> Glaveckas, Putinu -> Putin
    Suffix("u", "instrumental", ("as",), weight=0.84, min_stem=3, example="Glavecku -> Glaveckas"),
    Suffix("u", "instrumental", ("",), weight=0.78, min_stem=3, example="Putinu -> Putin"),
    # -iu of -is/-ys nouns: Stulginskiu -> Stulginskis
    Suffix("iu", "instrumental", ("is",), weight=0.82, min_stem=2, example="Stulginskiu -> Stulginskis"),
    Suffix("iu", "instrumental", ("ys",), weight=0.8, min_stem=2),
    Suffix("iu", "instrumental", ("i",), weight=0.7, min_stem=3, example="Zelenskiu -> Zelenski"),
    # -umi of -us nouns: Adamkumi -> Adamkus
    Suffix("umi", "instrumental", ("us",), weight=0.85, min_stem=2, example="Adamkumi -> Adamkus"),
    # -ais, instrumental plural of -ai: Šiauliais -> Šiauliai
    Suffix("ais", "instrumental plural", ("ai",), weight=0.7, min_stem=2),
    # -- locative -------------------------------------------------------------
    # -e of -as nouns: Kaune -> Kaunas, Putine -> Putin; also the -ė instrumental
    Suffix("e", "locative", ("as",), weight=0.86, min_stem=3, example="Kaune -> Kaunas"),
    Suffix("e", "locative", ("",), weight=0.78, min_stem=3, example="Putine -> Putin"),
    Suffix("e", "instrumental", ("ė",), weight=0.76, min_stem=3, example="Krėve -> Krėvė"),
    # -yje of -is/-ys nouns: Ažubalyje -> Ažubalis
    Suffix("yje", "locative", ("is",), weight=0.84, min_stem=2, example="Kęstutyje -> Kęstutis"),
    Suffix("yje", "locative", ("ys",), weight=0.83, min_stem=2, example="Panevėžyje -> Panevėžys"),
    Suffix("yje", "locative", ("i",), weight=0.68, min_stem=3, example="Zelenskyje -> Zelenski"),
    # -uje of -us nouns: Vilniuje -> Vilnius
    Suffix("uje", "locative", ("us",), weight=0.87, min_stem=2, example="Vilniuje -> Vilnius"),
    # -oje of -a nouns: Lietuvoje -> Lietuva
    Suffix("oje", "locative", ("a",), weight=0.87, min_stem=2, example="Lietuvoje -> Lietuva"),
    # -ėje of -ė nouns: Vilijampolėje -> Vilijampolė
    Suffix("ėje", "locative", ("ė",), weight=0.87, min_stem=2, example="Vilijampolėje -> Vilijampolė"),
    # -uose, locative plural of -ai: Kėdainiuose -> Kėdainiai
    Suffix("uose", "locative plural", ("ai",), weight=0.85, min_stem=2, example="Kėdainiuose -> Kėdainiai"),
    # -ose/-ėse, locative plural of -os/-ės: Maximose -> Maxima (a chain's stores)
    Suffix("ose", "locative plural", ("os", "a"), weight=0.7, min_stem=2, example="Maximose -> Maxima"),
    Suffix("ėse", "locative plural", ("ės",), weight=0.7, min_stem=2, example="Karoliniškėse -> Karoliniškės"),
)

#: Consonants that soften before -io, -iui, -iu, -ių (Ambrazas 1997): a stem
#: left by those endings may end in č or dž where the nominative has t or d.
SOFTENED: tuple[tuple[str, str, str], ...] = (
    ("č", "t", "Kęstučio -> Kęstutis"),
    ("dž", "d", "Rimgaudžio -> Rimgaudis"),
)
_SOFTENING_ENDINGS = frozenset({"io", "iui", "iu", "ių"})
SOFTENED_FACTOR = 0.9


class Lithuanian(SuffixLanguage):
    """Lithuanian endings, with the č/dž of -io stems undone."""

    def __init__(self) -> None:
        super().__init__("lt", "Lithuanian", ENDINGS)

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Native nominatives and bare foreign stems for ``word``.

        Examples:
            >>> [h.base for h in LANGUAGE.hypotheses("putinas")]
            ['putin']
            >>> [h.base for h in LANGUAGE.hypotheses("kauno")]
            ['kaunas', 'kaun']
            >>> "kęstutis" in [h.base for h in LANGUAGE.hypotheses("kęstučio")]
            True
        """
        out = super().hypotheses(word)
        for h in list(out):
            if h.ending.lstrip("'") not in _SOFTENING_ENDINGS:
                continue
            stem = word[: len(word) - len(h.ending)]
            for soft, hard, _example in SOFTENED:
                if stem.endswith(soft) and len(stem) > len(soft) + 1:
                    base = stem[: -len(soft)] + hard + h.base[len(stem) :]
                    out.append(
                        Hypothesis(
                            base, h.ending, h.case, "lt", h.weight * SOFTENED_FACTOR, f"{h.rule}, {hard} -> {soft}"
                        )
                    )
        return out


LANGUAGE = Lithuanian()
