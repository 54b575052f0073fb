"""Macedonian: the few endings a name takes — vocative, old object forms, article.

Sources: Конески, "Граматика на македонскиот литературен јазик"; Friedman,
"Macedonian" (SEELRC reference grammar), on the vocative (Петре, Весно),
the old accusative of masculine personal names (Петра, Марка), the
three-way definite article (-от/-ов/-он, -та/-ва/-на, -то/-во/-но,
-те/-ве/-не) and possessive adjectives in -ов/-ев/-ин.

Like Bulgarian, Macedonian lost its noun cases. The article shows up on
rivers, mountains and regions (Вардарот, Балканот); the vocative on given
names; possessives on people's names
(Путиновата). A bare stem may have lost the mobile a of -ар (Петар :
Петре, Александар : Александра), which `ALTERNATIONS` restores.
"""

from __future__ import annotations

from .base import StemRule, Suffix
from .pl import SlavicLanguage

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: Macedonian consonant letters (the mobile a drops only between consonants).
CONSONANTS = "бвгдѓжзѕјклљмнњпрстќфхцчџш"

ENDINGS: tuple[Suffix, ...] = (
    # --- the definite article: unmarked, proximal (-в-), distal (-н-) -------
    # (-ов and -он also end surnames and given names: Иванов, Антон)
    Suffix("от", "definite article", weight=0.9, example="Вардарот -> Вардар"),
    Suffix("ов", "definite article (proximal)", weight=0.45, example="Вардаров -> Вардар"),
    Suffix("он", "definite article (distal)", weight=0.45, example="Вардарон -> Вардар"),
    Suffix("та", "definite article (feminine)", weight=0.88, after="а", example="Струмата -> Струма"),
    Suffix("то", "definite article (neuter)", weight=0.86, after="оеу", example="Косовото -> Косово"),
    Suffix("те", "definite article (plural)", weight=0.9, after="иа", example="Балканите -> Балкани"),
    # --- the vocative, and the old object forms of masculine names ---------
    Suffix("е", "vocative", weight=0.8, example="Петре -> Петар; Иване -> Иван"),
    Suffix("о", "vocative", ("а",), weight=0.8, min_stem=3, example="Весно -> Весна"),
    Suffix("а", "accusative (old)", weight=0.8, example="Петра -> Петар; Марка -> Марко"),
    Suffix("а", "accusative (old)", ("о",), weight=0.78, example="Марка -> Марко"),
    # --- possessive adjectives ----------------------------------------------
    # Without the article they are surnames too (Петров, Петрова): below 0.5,
    # never an answer alone.
    Suffix("ов", "possessive", ("", "о"), weight=0.45, example="Путинов -> Путин"),
    Suffix("ова", "possessive", ("", "о"), weight=0.45, example="Путинова -> Путин"),
    Suffix("ово", "possessive", ("", "о"), weight=0.45, example="Путиново -> Путин"),
    Suffix("ови", "possessive / plural", ("", "о"), weight=0.45, example="Путинови -> Путин"),
    Suffix("овата", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновата -> Путин"),
    Suffix("овиот", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновиот -> Путин"),
    Suffix("овото", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновото -> Путин"),
    Suffix("овите", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновите -> Путин"),
    Suffix("ин", "possessive", ("а",), weight=0.45, example="Веснин -> Весна"),
)

ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("р", "ар", "mobile a", 0.93, after=CONSONANTS, example="Петре -> Петар; Александра"),
)

LANGUAGE = SlavicLanguage("mk", "Macedonian", ENDINGS, ALTERNATIONS)
