"""Croatian, Serbian and Bosnian: the case endings of names, Latin and Cyrillic.

Sources: Institut za hrvatski jezik i jezikoslovlje, "Hrvatski pravopis"
(2013), on the declension of foreign names (Putin : Putina, Putinu,
Putinom; names in a pronounced -i/-y take -j-: Messi : Messija, Harry :
Harryja; abbreviations take a hyphen: UN-a, NATO-u); Barić et al.,
"Hrvatska gramatika" (noun and adjective declension, mobile a, sibilarisation
k/g/h -> c/z/s, possessive adjectives -ov/-ev/-in); Pravopis srpskoga jezika
(Matica srpska, 2010) for the same rules in Serbian, in either script.

One table serves the three standard languages: the endings are the same
(Serbian and Bosnian write -ije- where Croatian writes -ije- too, and the
differences are in the stems, not the endings). Serbian and Bosnian are also
written in Cyrillic; their Cyrillic table is the Latin one letter by letter
(``lj`` = ``љ``, ``nj`` = ``њ``, ``dž`` = ``џ``), so Сержа Саргасјана and
Александром Лукашенком follow the rules of Serža and Lukašenkom.

A masculine name adds its ending to the bare stem (Putin-a), with -em for
-om after a palatal (Josipovićem); a feminine -a name replaces its vowel
(Europ-i, Srbij-e); -ska names are adjectives (Hrvatskoj). Bare stems may
have lost a mobile a (Albanac : Albanca, Zadar : Zadru, Aleksandar :
Aleksandrom), which `ALTERNATIONS` restores.
"""

from __future__ import annotations

from .base import StemRule, Suffix
from .pl import SlavicLanguage, slavic_possessive

__all__ = ["ALTERNATIONS", "ENDINGS", "LANGUAGES", "to_cyrillic"]

#: Latin consonant letters (a mobile a drops only between consonants).
CONSONANTS = "bcčćdđfghjklmnpqrsštvwxzž"
#: After these the masculine instrumental is -em, not -om.
PALATAL = "cčćđjšž"


# Case endings; ``restore`` puts back the vowel an ending replaced.
ENDINGS: tuple[Suffix, ...] = (
    # --- masculine nouns (Putin, Josipović) and neuter places (Kosovo) ----
    Suffix("a", "genitive/accusative", weight=0.9, example="Putina -> Putin; UN-a -> UN"),
    Suffix("a", "genitive", ("o",), weight=0.86, not_after="v", example="Zdravka -> Zdravko"),
    Suffix("a", "genitive", ("e",), weight=0.86, example="Skoplja -> Skoplje"),
    Suffix("u", "dative/locative", weight=0.88, example="Putinu -> Putin; Zagrebu -> Zagreb"),
    Suffix("u", "dative/locative", ("o",), weight=0.86, not_after="v", example="Bugojnu -> Bugojno"),
    Suffix("u", "dative/locative", ("e",), weight=0.86, example="Primorju -> Primorje"),
    Suffix("om", "instrumental", weight=0.92, not_after=PALATAL, example="Putinom -> Putin"),
    Suffix("om", "instrumental", ("o",), weight=0.88, not_after="v", example="Lukašenkom -> Lukašenko"),
    # neuter -vo places (Kosovo) are rarer than -ov/-ev surnames (Medvedev)
    Suffix("a", "genitive (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosova -> Kosovo"),
    Suffix("u", "dative/locative (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosovu -> Kosovo"),
    Suffix("om", "instrumental (neuter -vo)", ("o",), weight=0.7, after="v", example="Kosovom -> Kosovo"),
    Suffix("em", "instrumental", weight=0.92, after=PALATAL, example="Josipovićem -> Josipović"),
    Suffix("e", "vocative / accusative plural", weight=0.78, example="Putine -> Putin; Albance -> Albanac"),
    # names ending in a pronounced vowel insert -j-: Messija, Harryju
    Suffix("ja", "genitive/accusative (-j-)", weight=0.88, after="iy", example="Messija -> Messi"),
    Suffix("ju", "dative/locative (-j-)", weight=0.88, after="iy", example="Harryju -> Harry"),
    Suffix("jem", "instrumental (-j-)", weight=0.88, after="iy", example="Messijem -> Messi"),
    # names in -io: the o gives way to j (Radio : Radija, Sergio : Sergija)
    Suffix("ija", "genitive/accusative (-io)", ("io",), weight=0.8, example="Radija -> Radio"),
    Suffix("iju", "dative/locative (-io)", ("io",), weight=0.78, example="Sergiju -> Sergio"),
    Suffix("ijem", "instrumental (-io)", ("io",), weight=0.8, example="Sergijem -> Sergio"),
    # --- feminine -a names, and masculine ones declined like them -----------
    Suffix("e", "genitive", ("a",), weight=0.9, example="Srbije -> Srbija; Europe -> Europa"),
    Suffix("i", "dative/locative", ("a",), weight=0.88, example="Europi -> Europa; Bosni -> Bosna"),
    Suffix("u", "accusative", ("a",), weight=0.9, example="Srbiju -> Srbija"),
    Suffix("om", "instrumental", ("a",), weight=0.9, example="Srbijom -> Srbija"),
    Suffix("o", "vocative", ("a",), weight=0.75, min_stem=3, example="Srbijo -> Srbija"),
    # sibilarisation before the dative/locative -i (place names: k -> c)
    # (-ci is also the plural of -ac, Albanci; -nka names keep k: Albanki)
    Suffix("ci", "dative/locative (k -> c)", ("ka",), weight=0.89, example="Africi -> Afrika; Luci -> Luka"),
    # --- adjectival names (Hrvatska, Novi Sad, -ski surnames) ---------------
    Suffix("oj", "dative/locative (adjectival)", ("a",), weight=0.92, example="Hrvatskoj -> Hrvatska"),
    Suffix("og", "genitive/accusative (adjectival)", ("i", "o", ""), weight=0.9, example="Novog -> Novi"),
    Suffix("oga", "genitive/accusative (adjectival)", ("i", "o", ""), weight=0.9, example="Novoga -> Novi"),
    Suffix("om", "dative/locative (adjectival)", ("i",), weight=0.86, example="Novom -> Novi"),
    Suffix("ome", "dative/locative (adjectival)", ("i", "o", ""), weight=0.88, example="Novome -> Novi"),
    Suffix("im", "instrumental (adjectival)", ("i", "o", ""), weight=0.85, example="Novim -> Novi"),
    # --- possessive adjectives: Prigožinov, Putinova, Josipovićev, Marijin --
    # Forms a surname also has (Ivanov, Ivanova, Ivanovu: Slavic surnames are old
    # possessives) stay below 0.5: never an answer alone (Romanov is not Roman's),
    # a reading for the surname lookup only.
    Suffix("ov", "possessive", weight=0.45, min_stem=4, example="Prigožinov -> Prigožin"),
    Suffix("ov", "possessive", ("o",), weight=0.45, min_stem=4, after="k", example="Lukašenkov -> Lukašenko"),
    Suffix("ev", "possessive", weight=0.45, min_stem=4, after=PALATAL, example="Josipovićev -> Josipović"),
    *slavic_possessive("ova", "possessive", 0.45, "Putinova -> Putin; Matvijenkova"),
    *slavic_possessive("ovo", "possessive", 0.45, "Putinovo -> Putin"),
    *slavic_possessive("ove", "possessive", 0.45, "Putinove -> Putin"),
    *slavic_possessive("ovi", "possessive / nominative plural", 0.45, "Putinovi -> Putin"),
    *slavic_possessive("ovu", "possessive", 0.45, "Putinovu -> Putin"),
    *slavic_possessive("ovog", "possessive", 0.86, "Putinovog -> Putin"),
    *slavic_possessive("ovom", "possessive", 0.45, "Putinovom -> Putin"),
    *slavic_possessive("ovoj", "possessive", 0.86, "Putinovoj -> Putin"),
    *slavic_possessive("ovih", "possessive (plural)", 0.45, "Putinovih -> Putin"),
    *slavic_possessive("ovim", "possessive (plural)", 0.45, "Putinovim -> Putin"),
    Suffix("eva", "possessive", weight=0.45, min_stem=4, after=PALATAL, example="Josipovićeva -> Josipović"),
    Suffix("in", "possessive", ("a",), weight=0.45, example="Marijin -> Marija"),
    Suffix("ina", "possessive", ("a",), weight=0.45, example="Marijina -> Marija"),
    Suffix("inog", "possessive", ("a",), weight=0.82, example="Marijinog -> Marija"),
    # --- plurals: people (Albanci, Srbi) and plural places (Bermudi) -------
    Suffix("i", "nominative plural", weight=0.8, example="Romi -> Rom; Albanci -> Albanac"),
    Suffix("ima", "dative/locative/instrumental plural", ("", "i"), weight=0.84, example="Bermudima -> Bermudi"),
    Suffix("ama", "dative/locative/instrumental plural", ("a", "e"), weight=0.84, example="Alpama -> Alpe"),
    Suffix("ci", "nominative plural (k -> c)", ("k",), weight=0.8, example="Grci -> Grk"),
    Suffix("ci", "nominative plural (mobile a)", ("ac",), weight=0.9, example="Albanci -> Albanac"),
    Suffix("cima", "dative/locative plural (k -> c)", ("k",), weight=0.8, example="Grcima -> Grk"),
    Suffix("i", "nominative plural (-in)", ("in",), weight=0.75, example="Srbi -> Srbin"),
    Suffix("a", "genitive plural (-in)", ("in",), weight=0.72, example="Srba -> Srbin"),
    Suffix("e", "accusative plural (-in)", ("in",), weight=0.72, example="Srbe -> Srbin"),
    Suffix("ima", "dative/locative/instrumental plural (-in)", ("in",), weight=0.75, example="Srbima -> Srbin"),
)

# Stem alternations of bare stems, after the ending is gone.
ALTERNATIONS: tuple[StemRule, ...] = (
    StemRule("c", "ac", "mobile a", 0.95, after=CONSONANTS, example="Albanca -> Albanac"),
    StemRule("k", "ak", "mobile a", 0.93, after=CONSONANTS, example="Siska -> Sisak"),
    StemRule("r", "ar", "mobile a", 0.93, after=CONSONANTS, example="Zadru -> Zadar; Aleksandrom"),
    StemRule("lj", "alj", "mobile a", 0.95, after=CONSONANTS, example="Pomišlja -> Pomišalj"),
    StemRule("l", "ao", "l -> o with mobile a", 0.93, after=CONSONANTS, example="Pavla -> Pavao"),
)

_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ",
    "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н",
    "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip


def to_cyrillic(text: str) -> str:
    """Serbian Latin to Serbian Cyrillic, letter by letter (the two are one-to-one).

    Letters outside the Serbian alphabet (q, w, x, y) are kept.

    Examples:
        >>> to_cyrillic("ljubljanom"), to_cyrillic("džudža")
        ('љубљаном', 'џуџа')
    """
    out = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _CYRILLIC:
            out.append(_CYRILLIC[pair])
            i += 2
        else:
            out.append(_CYRILLIC.get(text[i], text[i]))
            i += 1
    return "".join(out)


def _cyrillic_suffix(s: Suffix) -> Suffix:
    return Suffix(
        to_cyrillic(s.ending),
        s.case,
        tuple(to_cyrillic(r) for r in s.restore),
        s.weight,
        s.min_stem,
        s.example,
        to_cyrillic(s.after),
        to_cyrillic(s.not_after),
    )


def _cyrillic_alternation(a: StemRule) -> StemRule:
    return StemRule(
        to_cyrillic(a.stem),
        to_cyrillic(a.base),
        a.name,
        a.weight,
        to_cyrillic(a.after),
        to_cyrillic(a.not_after),
        a.min_stem,
        a.example,
    )


#: The Latin table in Cyrillic letters, for Serbian and Bosnian in Cyrillic.
CYRILLIC_ENDINGS: tuple[Suffix, ...] = tuple(_cyrillic_suffix(s) for s in ENDINGS if to_cyrillic(s.ending) != s.ending)
CYRILLIC_ALTERNATIONS: tuple[StemRule, ...] = tuple(_cyrillic_alternation(a) for a in ALTERNATIONS)

LANGUAGES = (
    SlavicLanguage("hr", "Croatian", ENDINGS, ALTERNATIONS),
    SlavicLanguage("sr", "Serbian", ENDINGS + CYRILLIC_ENDINGS, ALTERNATIONS + CYRILLIC_ALTERNATIONS),
    SlavicLanguage("bs", "Bosnian", ENDINGS + CYRILLIC_ENDINGS, ALTERNATIONS + CYRILLIC_ALTERNATIONS),
)
