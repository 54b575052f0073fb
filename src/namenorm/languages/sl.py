"""Slovene: the case endings of names, in the singular, dual and plural.

Sources: Slovenski pravopis (SAZU/ZRC SAZU 2001), §§ 1012-1070 on the
declension of personal and place names and of foreign names (Putin :
Putina, Putinu, Putinom; names in -r take -j-: Hitler : Hitlerja; names in
a pronounced vowel take -j-: Berkeley : Berkeleyja; masculine -e names take
-t-: Tone : Toneta); Toporišič, "Slovenska slovnica", the noun patterns of
the first, second and fourth declension and the adjectival declension.

A masculine name adds its ending to the bare stem (Putin-a), after
c, č, š, ž, j with -em for -om (Černigojem); a feminine -a name replaces
its vowel (Ljubljan-e, Ljubljan-i, Ljubljan-o). Slovene has a dual:
nominative -a (as the genitive singular), genitive -ov, dative and
instrumental -ema, locative -ih. Place names in -sko/-ška are adjectives
(na Japonskem, Hrvaške). Bare stems may have lost a mobile e (Slovenec :
Slovenca, Koper : Kopra, Štrukelj : Štruklja), which `ALTERNATIONS`
restores.
"""

from __future__ import annotations

from .base import StemRule, Suffix
from .pl import SlavicLanguage

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: Slovene consonant letters (a mobile e drops only between consonants).
CONSONANTS = "bcčdfghjklmnpqrsštvwxzž"
#: After these the masculine instrumental and dative plural are -em, not -om.
SOFT = "cčšžj"

# Case endings; ``restore`` puts back the vowel an ending replaced.
ENDINGS: tuple[Suffix, ...] = (
    # --- masculine nouns (Putin, Hitler, Tone) and neuter places ----------
    Suffix("a", "genitive/accusative (and dual)", weight=0.9, example="Putina -> Putin"),
    Suffix("a", "genitive", ("o",), weight=0.86, not_after="v", example="Vinka -> Vinko"),
    Suffix("a", "genitive", ("e",), weight=0.86, example="Celja -> Celje"),
    Suffix("u", "dative/locative", weight=0.88, example="Putinu -> Putin; Mariboru -> Maribor"),
    Suffix("u", "dative/locative", ("o",), weight=0.86, not_after="v", example="Srečku -> Srečko"),
    Suffix("u", "dative/locative", ("e",), weight=0.86, example="Celju -> Celje"),
    Suffix("om", "instrumental", weight=0.92, not_after=SOFT, example="Putinom -> Putin"),
    Suffix("om", "instrumental", ("o",), weight=0.86, not_after="v", example="Natom -> Nato"),
    # neuter -vo places (Sarajevo) are rarer than -ov/-ev surnames (Medvedev)
    Suffix("a", "genitive (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosova -> Kosovo"),
    Suffix("u", "dative/locative (neuter -vo)", ("o",), weight=0.7, after="v", example="Sarajevu -> Sarajevo"),
    Suffix("om", "instrumental (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosovom -> Kosovo"),
    Suffix("em", "instrumental", weight=0.92, after=SOFT, example="Černigojem -> Černigoj; Brulcem -> Brulc"),
    Suffix("em", "instrumental", ("e",), weight=0.84, example="Celjem -> Celje"),
    # -r names and names ending in a pronounced vowel insert -j-
    Suffix("ja", "genitive/accusative (-j-)", weight=0.9, after="r", example="Hitlerja -> Hitler"),
    Suffix("ju", "dative/locative (-j-)", weight=0.9, after="r", example="Hitlerju -> Hitler"),
    Suffix("jem", "instrumental (-j-)", weight=0.9, after="r", example="Mlakarjem -> Mlakar"),
    # weaker after a vowel: Andreja, Jurija are far more often Andrej, Jurij
    Suffix("ja", "genitive/accusative (-j-)", weight=0.86, after="iy", example="Berkeleyja; Aganija -> Agani"),
    Suffix("ju", "dative/locative (-j-)", weight=0.86, after="iy", example="Maliju -> Mali"),
    Suffix("jem", "instrumental (-j-)", weight=0.86, after="iy", example="Bartolijem -> Bartoli"),
    Suffix("ja", "genitive/accusative (-j-)", weight=0.8, after="eoau", example="Roggeja -> Rogge"),
    Suffix("ju", "dative/locative (-j-)", weight=0.8, after="eoau", example="Jenneju -> Jenne"),
    Suffix("jem", "instrumental (-j-)", weight=0.8, after="eoau", example="Šojgujem -> Šojgu"),
    Suffix("jev", "genitive plural (-j-)", weight=0.84, after="r", example="Mlakarjev -> Mlakar"),
    Suffix("ji", "nominative plural (-j-)", weight=0.8, after="r", example="Mlakarji -> Mlakar"),
    # masculine -e names insert -t-
    Suffix("ta", "genitive/accusative (-t-)", weight=0.86, after="e", example="Toneta -> Tone"),
    Suffix("tu", "dative/locative (-t-)", weight=0.86, after="e", example="Jožetu -> Jože"),
    Suffix("tom", "instrumental (-t-)", weight=0.86, after="e", example="Tonetom -> Tone"),
    # --- feminine -a names (Ljubljana, Janša) --------------------------------
    Suffix("e", "genitive", ("a",), weight=0.9, example="Ljubljane -> Ljubljana; Janše -> Janša"),
    Suffix("i", "dative/locative", ("a",), weight=0.9, example="Ljubljani -> Ljubljana"),
    Suffix("o", "accusative/instrumental", ("a",), weight=0.9, example="Ljubljano -> Ljubljana"),
    Suffix("ama", "dual dative/instrumental", ("a",), weight=0.8, example="Ljubljanama -> Ljubljana"),
    # --- adjectival names (Hrvaška, na Japonskem, Novo mesto) --------------
    Suffix("em", "locative (adjectival)", ("o",), weight=0.9, after="k", example="Japonskem -> Japonsko"),
    Suffix("ega", "genitive/accusative (adjectival)", ("i", "o", ""), weight=0.9, example="Novega -> Novi"),
    Suffix("emu", "dative (adjectival)", ("i", "o", ""), weight=0.9, example="Novemu -> Novi"),
    Suffix("im", "instrumental (adjectival)", ("i", "o", ""), weight=0.84, example="Novim -> Novi"),
    # --- dual and plural: people (Slovenci) and plural places (Atene) ------
    Suffix("ema", "dual dative/instrumental", weight=0.84, example="Slovencema -> Slovenec"),
    Suffix("i", "nominative plural", weight=0.8, example="Slovenci -> Slovenec; Američani"),
    Suffix("e", "accusative plural", weight=0.78, example="Slovence -> Slovenec"),
    Suffix("e", "accusative plural", ("i",), weight=0.76, example="Pireneje -> Pireneji"),
    # below 0.75: Ivanov, Borisov are more often surnames than plurals of Ivan, Boris,
    # and the surname lookup after the key lookups must get its chance
    Suffix("ov", "genitive dual/plural", weight=0.74, not_after=SOFT, example="Američanov -> Američan"),
    # not after j: Sergejev, Tokajev are surnames, not plurals of Sergej, Tokaj
    Suffix("ev", "genitive dual/plural", weight=0.74, after="cčšž", example="Slovencev -> Slovenec"),
    Suffix("em", "dative plural", weight=0.8, after=SOFT, example="Britancem -> Britanec"),
    Suffix("ih", "locative dual/plural", ("i",), weight=0.84, example="Ardenih -> Ardeni"),
    Suffix("ih", "locative dual/plural", ("", "e"), weight=0.82, example="Moščancih -> Moščanec"),
    Suffix("ah", "locative plural", ("e",), weight=0.86, example="Atenah -> Atene; Prevaljah"),
    Suffix("", "genitive plural (no ending)", ("e",), weight=0.72, after="cjlnk", example="Jesenic -> Jesenice; Aten"),
    Suffix("ami", "instrumental plural", ("e", "a", "i"), weight=0.82, example="Atenami -> Atene"),
)

# Stem alternations of bare stems, after the ending is gone.
ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("c", "ec", "mobile e", 0.95, after=CONSONANTS, example="Slovenca -> Slovenec; Celovcu"),
    StemRule("k", "ek", "mobile e", 0.95, after=CONSONANTS, example="Gomiščka -> Gomišček"),
    StemRule("r", "er", "mobile e", 0.93, after=CONSONANTS, example="Kopra -> Koper; Šempetru -> Šempeter"),
    StemRule("l", "el", "mobile e", 0.93, after=CONSONANTS, example="Axla -> Axel; Baslu -> Basel"),
    StemRule("lj", "elj", "mobile e", 0.95, after=CONSONANTS, example="Štruklja -> Štrukelj"),
    StemRule("n", "en", "mobile e", 0.9, after=CONSONANTS, example="Ladnu -> Laden"),
)

LANGUAGE = SlavicLanguage("sl", "Slovene", ENDINGS, ALTERNATIONS)
