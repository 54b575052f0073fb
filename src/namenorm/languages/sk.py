"""Slovak: the case endings of names, feminine -ová surnames and possessives.

Sources: Jazykovedný ústav Ľ. Štúra SAV, "Pravidlá slovenského pravopisu"
(2013), the declension patterns chlap, hrdina, dub, stroj, žena, ulica,
dlaň, kosť, mesto, pekný, cudzí; its notes on foreign names (Putin :
Putina, Putinovi, Putinom; names in -i declined as adjectives:
Saakašviliho, Saakašvilimu; feminine surnames in -ová: Merkelová,
Merkelovej, Merkelovú, Merkelovou; possessive adjectives -ov/-ova/-ovo:
Medvedevov).

Slovak differs from Czech where it matters here: the instrumental is -om
(Putinom, not Putinem), the feminine adjectival oblique case is -ej
(Merkelovej), its accusative -ú, the locative plural -och/-iach/-ách
(Topoľčanoch, Košiciach), and the possessive is -ov (Medvedevov, not -ův).
Masculine -a names follow "hrdina": genitive and accusative in -u
(Lukašenku).
"""

from __future__ import annotations

from .base import StemRule, Suffix
from .pl import SlavicLanguage, slavic_possessive

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: Slovak consonant letters (a mobile vowel drops only between consonants).
CONSONANTS = "bcčdďfghjklĺľmnňpqrŕsštťvwxzž"


# Case endings; ``restore`` puts back the vowel an ending replaced.
ENDINGS: tuple[Suffix, ...] = (
    # --- masculine nouns (Putin, Lukašenko, Eliáš) and neuter -o places ----
    Suffix("ovi", "dative/locative", weight=0.95, example="Putinovi -> Putin"),
    Suffix("ovi", "dative/locative", ("a", "o"), weight=0.9, example="Lukašenkovi -> Lukašenko"),
    Suffix("om", "instrumental", weight=0.92, example="Putinom -> Putin"),
    Suffix("om", "instrumental/locative", ("o", "a"), weight=0.86, example="Lukašenkom -> Lukašenko"),
    Suffix("a", "genitive/accusative", weight=0.9, example="Putina -> Putin; Medvedeva -> Medvedev"),
    Suffix("a", "genitive/accusative", ("o",), weight=0.85, not_after="v", example="Lukašenka -> Lukašenko"),
    Suffix("a", "genitive/accusative (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosova -> Kosovo"),
    Suffix("u", "genitive/dative/locative", weight=0.86, example="Londýnu -> Londýn"),
    Suffix("u", "dative/locative", ("o",), weight=0.84, not_after="v", example="Slovensku -> Slovensko"),
    Suffix("u", "dative/locative (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosovu -> Kosovo"),
    Suffix("u", "genitive/accusative", ("a",), weight=0.88, example="Lukašenku -> Lukašenka; Bratislavu"),
    Suffix("e", "genitive/locative", weight=0.82, example="Londýne -> Londýn; Eliáše -> Eliáš"),
    Suffix("e", "locative", ("o",), weight=0.8, example="Meste -> Mesto"),
    Suffix("i", "dative/locative", weight=0.8, example="Mikuláši -> Mikuláš"),
    # --- feminine -a names (Bratislava, Lukašenka as a woman's name) --------
    Suffix("y", "genitive", ("a",), weight=0.9, example="Bratislavy -> Bratislava"),
    Suffix("e", "genitive/dative/locative", ("a",), weight=0.86, example="Bratislave -> Bratislava; Levoče"),
    Suffix("i", "dative/locative", ("a",), weight=0.84, example="Levoči -> Levoča"),
    Suffix("ou", "instrumental", ("a",), weight=0.92, example="Bratislavou -> Bratislava"),
    Suffix("o", "vocative", ("a",), weight=0.75, min_stem=3, example="Zuzko -> Zuzka"),
    # --- adjectival names: -ý, -í, -ová/-ská, and foreign names in -i/-y -----
    Suffix("ého", "genitive/accusative (adjectival)", ("ý", "é"), weight=0.93, example="Novotného -> Novotný"),
    Suffix("ému", "dative (adjectival)", ("ý", "é"), weight=0.93, example="Novotnému -> Novotný"),
    Suffix("om", "locative (adjectival)", ("ý", "é"), weight=0.84, example="Novotnom -> Novotný"),
    Suffix("ým", "instrumental (adjectival)", ("ý", "é"), weight=0.88, example="Novotným -> Novotný"),
    Suffix("ho", "genitive/accusative (adjectival)", weight=0.93, after="iíy", example="Saakašviliho"),
    Suffix("mu", "dative (adjectival)", weight=0.93, after="iíy", example="Saakašvilimu -> Saakašvili"),
    Suffix("m", "instrumental/locative (adjectival)", weight=0.85, after="iíy", example="Saakašvilim"),
    Suffix("ej", "genitive/dative/locative (adjectival)", ("á",), weight=0.92, example="Merkelovej -> Merkelová"),
    Suffix("ú", "accusative (adjectival)", ("á",), weight=0.92, example="Merkelovú -> Merkelová"),
    Suffix("ou", "instrumental (adjectival)", ("á",), weight=0.92, example="Merkelovou -> Merkelová"),
    # the feminine surname suffix, and its cases, linked to the surname itself
    Suffix("ová", "feminine surname", weight=0.8, example="Merkelová -> Merkel"),
    Suffix("ovej", "feminine surname (genitive/dative/locative)", weight=0.78, example="Merkelovej -> Merkel"),
    Suffix("ovú", "feminine surname (accusative)", weight=0.78, example="Merkelovú -> Merkel"),
    Suffix("ovou", "feminine surname (instrumental)", weight=0.78, example="Merkelovou -> Merkel"),
    # --- possessive adjectives: Medvedevov, Medvedevova, Medvedevovom --------
    # Forms a surname also has (Ivanov, Ivanova, Ivanovom) stay below 0.5: never
    # an answer alone (Romanov is not Roman's), a reading for the surname lookup only.
    Suffix("ov", "possessive", ("o",), weight=0.45, min_stem=4, after="k", example="Lukašenkov -> Lukašenko"),
    Suffix("ov", "possessive", ("a",), weight=0.45, min_stem=4, example="Kubov -> Kuba"),
    *slavic_possessive("ova", "possessive", 0.45, "Medvedevova -> Medvedev"),
    *slavic_possessive("ovo", "possessive", 0.45, "Medvedevovo -> Medvedev"),
    *slavic_possessive("ovej", "possessive (genitive/dative/locative)", 0.78, "Medvedevovej -> Medvedev"),
    *slavic_possessive("ovu", "possessive (accusative)", 0.74, "Medvedevovu -> Medvedev"),
    *slavic_possessive("ovom", "possessive (locative)", 0.45, "Medvedevovom -> Medvedev"),
    *slavic_possessive("ovho", "possessive (genitive)", 0.85, "Medvedevovho -> Medvedev"),
    *slavic_possessive("ovmu", "possessive (dative)", 0.85, "Medvedevovmu -> Medvedev"),
    *slavic_possessive("ových", "possessive (plural)", 0.85, "Medvedevových -> Medvedev"),
    *slavic_possessive("ovým", "possessive (instrumental)", 0.85, "Medvedevovým -> Medvedev"),
    Suffix("in", "possessive", ("a",), weight=0.45, example="Zuzkin -> Zuzka"),
    # --- plurals: people and plural place names (Košice, Topoľčany) ---------
    Suffix("ovia", "nominative plural", weight=0.85, example="Putinovia -> Putin"),
    # -ov is the nominative of Russian surnames too (Ivanov, Romanov): never an answer alone
    Suffix("ov", "genitive plural / possessive", weight=0.45, example="Putinov, Medvedevov -> Putin, Medvedev"),
    Suffix("och", "locative plural", ("y", ""), weight=0.86, example="Topoľčanoch -> Topoľčany"),
    Suffix("iach", "locative plural", ("e",), weight=0.88, example="Košiciach -> Košice"),
    Suffix("ách", "locative plural", ("y", "a"), weight=0.86, example="Tatrách -> Tatry"),
    Suffix("ami", "instrumental plural", ("y", "e"), weight=0.84, example="Tatrami -> Tatry"),
    Suffix("iam", "dative plural", ("e",), weight=0.84, example="Košiciam -> Košice"),
)

# Stem alternations of bare stems, after the ending is gone.
ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("k", "ek", "mobile e", 0.95, after=CONSONANTS, example="Sedliačka -> Sedliaček"),
    StemRule("c", "ec", "mobile e", 0.95, after=CONSONANTS, example="Zvolenca -> Zvolenec"),
    StemRule("l", "ol", "mobile o", 0.93, after=CONSONANTS, example="Pavla -> Pavol"),
    StemRule("l", "el", "mobile e", 0.9, after=CONSONANTS, example="Havla -> Havel"),
    StemRule("r", "er", "mobile e", 0.9, after=CONSONANTS, example="Alexandra -> Alexander"),
    StemRule("n", "eň", "mobile e", 0.9, after=CONSONANTS, example="Plzne -> Plzeň"),
)

LANGUAGE = SlavicLanguage("sk", "Slovak", ENDINGS, ALTERNATIONS)
