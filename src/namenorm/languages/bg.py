"""Bulgarian: the few endings a name takes — vocative, old object forms, article.

Sources: "Официален правописен речник на българския език" (БАН, 2012) and
its grammar notes; Пашов, "Практическа българска граматика" (the
vocative: Иване, Петре, Марийо; the old accusative/dative of masculine
personal names: Ивана, Петра; the definite article: full -ът/-ят, short
-а/-я, feminine -та, neuter -то, plural -те; possessive adjectives in
-ов/-ев/-ин).

Bulgarian lost its noun cases, so a name is mostly written as it is. What
remains: the vocative of given names, the old object forms of masculine
names in older or colloquial text, the definite article on rivers,
mountains and regions (Дунавът, Марицата, Балканите, Родопите), and
possessive adjectives (Путинов, Путиновата). A bare stem may have lost the
mobile ъ of -ър or the e of -ел (Петър : Петре, Павел : Павле), which
`ALTERNATIONS` restores.
"""

from __future__ import annotations

from .base import StemRule, Suffix
from .pl import SlavicLanguage

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGE"]

#: Bulgarian consonant letters (the mobile ъ drops only between consonants).
CONSONANTS = "бвгджзйклмнпрстфхцчшщ"

ENDINGS: tuple[Suffix, ...] = (
    # --- the definite article (rivers, mountains, regions) -----------------
    Suffix("ът", "definite article (full)", weight=0.9, example="Дунавът -> Дунав"),
    Suffix("ят", "definite article (full)", ("й", ""), weight=0.88, example="Китаят -> Китай"),
    Suffix("та", "definite article (feminine)", weight=0.9, after="аяь", example="Марицата -> Марица"),
    Suffix("то", "definite article (neuter)", weight=0.88, after="оеиу", example="Косовото -> Косово"),
    Suffix("те", "definite article (plural)", weight=0.9, after="иеа", example="Балканите -> Балкани"),
    # --- the vocative, and the old object forms of masculine names ---------
    Suffix("е", "vocative", weight=0.8, example="Иване -> Иван; Петре -> Петър"),
    Suffix("о", "vocative", ("а",), weight=0.8, min_stem=3, example="Радо -> Рада"),
    Suffix("йо", "vocative", ("я",), weight=0.82, example="Марийо -> Мария"),
    Suffix("а", "accusative/dative (old) or short article", weight=0.82, example="Ивана -> Иван; Дунава"),
    Suffix("я", "accusative/dative (old) or short article", ("й", "", "и"), weight=0.8, example="Китая -> Китай"),
    Suffix("у", "dative (old)", weight=0.7, example="Ивану -> Иван"),
    # --- possessive adjectives, with or without the article -----------------
    # Without the article they are surnames too (Петров, Петрова): below 0.5,
    # never an answer alone.
    Suffix("ов", "possessive", weight=0.45, example="Путинов -> Путин"),
    Suffix("ова", "possessive", ("", "о"), weight=0.45, example="Путинова -> Путин"),
    Suffix("ово", "possessive", ("", "о"), weight=0.45, example="Путиново -> Путин"),
    Suffix("ови", "possessive / plural", ("", "о"), weight=0.45, example="Путинови -> Путин"),
    Suffix("овия", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновия -> Путин"),
    Suffix("овият", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновият -> Путин"),
    Suffix("овата", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновата -> Путин"),
    Suffix("овото", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновото -> Путин"),
    Suffix("овите", "possessive (with article)", ("", "о"), weight=0.85, example="Путиновите -> Путин"),
    Suffix("ев", "possessive", ("й", ""), weight=0.45, example="Андреев -> Андрей"),
    Suffix("ин", "possessive", ("а",), weight=0.45, example="Радин -> Рада"),
)

ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("р", "ър", "mobile ъ", 0.93, after=CONSONANTS, example="Петре -> Петър; Александра"),
    StemRule("л", "ел", "mobile e", 0.9, after=CONSONANTS, example="Павле -> Павел"),
)

LANGUAGE = SlavicLanguage("bg", "Bulgarian", ENDINGS, ALTERNATIONS)
