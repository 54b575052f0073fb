"""Czech: the case endings of names, feminine -ová surnames and possessives.

Sources: Ústav pro jazyk český AV ČR, Internetová jazyková příručka
(declension of foreign names: Putin : Putina, Putinovi, Putinem;
Lukašenko after "pán": gen. Lukašenka, Lukašenka after "předseda": gen.
Lukašenky; names in -i declined as adjectives: Saakašviliho, Saakašvilimu;
feminine surnames in -ová: Merkelová, Merkelové, Merkelovou; possessive
adjectives -ův/-ova/-ovo: Medvěděvův, Medvěděvově); the standard declension
patterns pán, hrad, muž, předseda, žena, růže, kost, město, mladý, jarní.

A masculine name adds its ending to the bare stem (Putin-ovi); a name in
``-a``/``-o`` replaces the vowel (Lukašenk-y, Lukašenk-ovi); -ý/-í names and
foreign names in -i/-y take adjectival endings. Bare stems may have lost a
mobile e (Sedláček : Sedláčka, Karel : Karla), which `ALTERNATIONS`
restores. The feminine -ová of a surname is itself an ending here
(Merkelová -> Merkel), weaker than a case ending: the gazetteer often holds
the bearer's own name, not the Czech feminine form.
"""

from __future__ import annotations

from .base import StemRule, Suffix
from .pl import SlavicLanguage, slavic_possessive

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: Czech consonant letters (a mobile e drops only between consonants).
CONSONANTS = "bcčdďfghjklmnňpqrřsštťvwxzž"


# Case endings; ``restore`` puts back the vowel an ending replaced.
ENDINGS: tuple[Suffix, ...] = (
    # --- masculine nouns (Putin, Lukašenko, Eliáš) and neuter -o places ----
    Suffix("ovi", "dative/locative", weight=0.95, example="Putinovi -> Putin"),
    Suffix("ovi", "dative/locative", ("a", "o"), weight=0.9, example="Lukašenkovi -> Lukašenka, Lukašenko"),
    Suffix("em", "instrumental", weight=0.92, example="Putinem -> Putin; Oldřichem -> Oldřich"),
    Suffix("em", "instrumental", ("o",), weight=0.85, example="Lukašenkem -> Lukašenko; Brnem -> Brno"),
    Suffix("a", "genitive/accusative", weight=0.9, example="Putina -> Putin"),
    Suffix("a", "genitive", ("o",), weight=0.85, not_after="v", example="Lukašenka -> Lukašenko; Československa"),
    Suffix("a", "genitive (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosova -> Kosovo"),
    Suffix("u", "genitive/dative/locative", weight=0.86, example="Minsku -> Minsk; KRBu -> KRB"),
    Suffix("u", "dative/locative", ("o",), weight=0.84, not_after="v", example="Československu -> Československo"),
    Suffix("u", "dative/locative (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosovu -> Kosovo"),
    Suffix("u", "accusative", ("a",), weight=0.88, example="Zelenku -> Zelenka"),
    Suffix("e", "genitive/accusative/vocative", weight=0.82, example="Eliáše -> Eliáš; Bezruče -> Bezruč"),
    Suffix("i", "dative/locative", weight=0.8, example="Olomouci -> Olomouc; Zbraslavi -> Zbraslav"),
    Suffix("ě", "locative", weight=0.88, example="Brodě -> Brod; Římě -> Řím"),
    Suffix("ě", "dative/locative", ("a",), weight=0.88, example="Lhotě -> Lhota; Moravě -> Morava"),
    Suffix("ě", "locative", ("o",), weight=0.84, example="Brně -> Brno"),
    Suffix("ře", "vocative/dative/locative (r -> ř)", ("r", "ra"), weight=0.84, example="Petře -> Petr; Sáře"),
    # --- feminine and masculine -a names (Praha, Lukašenka, Honza) ----------
    Suffix("y", "genitive", ("a",), weight=0.9, example="Prahy -> Praha; Lukašenky -> Lukašenka"),
    Suffix("ou", "instrumental", ("a",), weight=0.92, example="Honzou -> Honza; Prahou -> Praha"),
    Suffix("e", "dative/locative", ("a",), weight=0.84, example="Dukle -> Dukla"),
    Suffix("i", "genitive/dative/locative", ("a",), weight=0.84, example="Saši -> Saša"),
    Suffix("o", "vocative", ("a",), weight=0.75, min_stem=3, example="Honzo -> Honza"),
    Suffix("ze", "dative/locative (h -> z)", ("ha",), weight=0.9, example="Praze -> Praha"),
    Suffix("ze", "dative/locative (g -> z)", ("ga",), weight=0.86, example="Rize -> Riga; Olze -> Olga"),
    Suffix("ce", "dative/locative (k -> c)", ("ka",), weight=0.9, example="Americe -> Amerika"),
    Suffix("še", "dative/locative (ch -> š)", ("cha",), weight=0.84, example="Muše -> Mucha"),
    # soft feminine -e nouns (Jugoslávie, Orlice)
    Suffix("í", "instrumental", ("e",), weight=0.88, example="Jugoslávií -> Jugoslávie; Orlicí -> Orlice"),
    Suffix("i", "dative/locative/accusative", ("e",), weight=0.84, example="Okrouhlici -> Okrouhlice"),
    # --- adjectival names: -ý, -í, -ová/-ská, and foreign names in -i/-y -----
    Suffix("ého", "genitive/accusative (adjectival)", ("ý", "é"), weight=0.93, example="Lichého -> Lichý"),
    Suffix("ému", "dative (adjectival)", ("ý", "é"), weight=0.93, example="Lichému -> Lichý"),
    Suffix("ém", "locative (adjectival)", ("ý", "é"), weight=0.88, example="Jílovém -> Jílové"),
    Suffix("ým", "instrumental (adjectival)", ("ý", "é"), weight=0.88, example="Lichým -> Lichý"),
    Suffix("ho", "genitive/accusative (adjectival)", weight=0.93, after="iíy", example="Saakašviliho; Jiřího"),
    Suffix("mu", "dative (adjectival)", weight=0.93, after="iíy", example="Saakašvilimu -> Saakašvili"),
    Suffix("m", "instrumental/locative (adjectival)", weight=0.85, after="iíy", example="Jiřím -> Jiří"),
    Suffix("é", "genitive/dative/locative (adjectival)", ("á",), weight=0.9, example="Merkelové -> Merkelová"),
    Suffix("ou", "accusative/instrumental (adjectival)", ("á",), weight=0.92, example="Tománkovou -> Tománková"),
    # the feminine surname suffix, and its cases, linked to the surname itself
    Suffix("ová", "feminine surname", weight=0.8, example="Merkelová -> Merkel"),
    Suffix("ové", "feminine surname (genitive/dative/locative)", weight=0.78, example="Merkelové -> Merkel"),
    Suffix("ovou", "feminine surname (accusative/instrumental)", weight=0.78, example="Merkelovou -> Merkel"),
    # --- possessive adjectives: Medvěděvův, Medvěděvova, Medvěděvově -------
    # Forms a surname or place also has (Ivanova, Ivanovo, Putin-a) stay below 0.5:
    # never an answer alone, a reading for the surname lookup only.
    Suffix("ův", "possessive", weight=0.9, min_stem=4, example="Medvěděvův -> Medvěděv"),
    Suffix("ův", "possessive", ("o",), weight=0.86, min_stem=4, after="k", example="Lukašenkův -> Lukašenko"),
    Suffix("ův", "possessive", ("a",), weight=0.82, min_stem=4, example="Honzův -> Honza"),
    *slavic_possessive("ova", "possessive", 0.45, "Medvěděvova -> Medvěděv"),
    *slavic_possessive("ovo", "possessive", 0.45, "Medvěděvovo -> Medvěděv"),
    *slavic_possessive("ovy", "possessive", 0.8, "Medvěděvovy -> Medvěděv"),
    *slavic_possessive("ově", "possessive (locative)", 0.74, "Medvěděvově -> Medvěděv"),
    *slavic_possessive("ovu", "possessive (dative)", 0.74, "Medvěděvovu -> Medvěděv"),
    *slavic_possessive("ových", "possessive (plural)", 0.85, "Medvěděvových -> Medvěděv"),
    *slavic_possessive("ovým", "possessive (instrumental)", 0.85, "Medvěděvovým -> Medvěděv"),
    Suffix("ina", "possessive", ("a",), weight=0.45, example="Honzina -> Honza"),
    Suffix("in", "possessive", ("a",), weight=0.45, example="Honzin -> Honza"),
    # --- plurals: people (Putinové) and plural place names (Lidice, Helsinky) --
    Suffix("ové", "nominative plural", weight=0.82, example="Putinové -> Putin"),
    Suffix("ů", "genitive plural", weight=0.82, example="Putinů -> Putin"),
    Suffix("ům", "dative plural", ("", "y", "e"), weight=0.84, example="Poděbradům -> Poděbrady"),
    Suffix("ích", "locative plural", ("e", "y"), weight=0.88, example="Lidicích -> Lidice"),
    Suffix("ách", "locative plural", ("y", "a"), weight=0.88, example="Helsinkách -> Helsinky"),
    Suffix("ech", "locative plural", ("y", ""), weight=0.86, example="Poděbradech -> Poděbrady"),
    Suffix("ami", "instrumental plural", ("y",), weight=0.84, example="Poděbradami -> Poděbrady"),
    Suffix("ek", "genitive plural (mobile e)", ("ky",), weight=0.8, example="Benátek -> Benátky"),
    Suffix("", "genitive plural (no ending)", ("e",), weight=0.75, after="c", example="Pardubic -> Pardubice"),
    Suffix("emi", "instrumental plural", ("e",), weight=0.8, example="Lidicemi -> Lidice"),
)

# Stem alternations of bare stems, after the ending is gone.
ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("k", "ek", "mobile e", 0.95, after=CONSONANTS, example="Sedláčka -> Sedláček; Hálkem -> Hálek"),
    StemRule("c", "ec", "mobile e", 0.95, after=CONSONANTS, example="Borovce -> Borovec"),
    StemRule("l", "el", "mobile e", 0.93, after=CONSONANTS, example="Karla -> Karel; Pavla -> Pavel"),
    StemRule("r", "er", "mobile e", 0.9, after=CONSONANTS, example="Alexandra -> Alexander"),
    StemRule("n", "eň", "mobile e", 0.9, after=CONSONANTS, example="Plzně -> Plzeň"),
)

LANGUAGE = SlavicLanguage("cs", "Czech", ENDINGS, ALTERNATIONS)
