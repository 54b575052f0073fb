"""Finnish: the case endings of names, foreign and native, and the stem changes they cause.

Sources: Kotus, "Vieraskielisten erisnimien taivutus"; the EU
Interinstitutional Style Guide (fi) 10.10, "Päätteiden liittäminen
vierasperäisiin nimiin"; Kielitoimiston ohjepankki, "Lyhenteet:
taivutuspäätteen muoto" (EU:n, THL:ssä) and "Kirjoitus- ja ääntöasu:
Snellmanin, Rigoletton" (no gradation in foreign names); Kielikello, "Pari
perusasiaa nimien taivuttamisesta" (native names gradate like common nouns);
Iso suomen kielioppi (VISK) §41-§80 (consonant gradation, stem types),
§83-§89 (plural stems), §1277-§1278 (possessive suffixes), §829-§841 (clitics).

A Finnish noun form is ``stem + (plural i) + case ending + (possessive) +
(clitic)``. This module undoes it from the right, in that order:

1. a clitic (`CLITICS`: Putinillekin) and a possessive suffix
   (`POSSESSIVES`: Euroopassamme) are removed, or not;
2. a case ending (`CASES`) is removed, leaving the inflection stem; the
   ending says which consonant grade the stem shows (``weak`` before the
   closed-syllable endings -n, -ssa, -lla, ...; ``strong`` before -a, -na,
   the illative); a plural ending (`PLURAL_CASES`) leaves a plural stem,
   which `PLURAL_STEMS` turn back into a singular one;
3. the stem is turned into a dictionary form by its stem type
   (`STEM_TYPES`: ``Putini-`` -> Putin, connecting i of a foreign
   consonant-final name; ``Suome-`` -> Suomi; ``Virtase-`` -> Virtanen;
   ``Kalymnokse-`` -> Kalymnos; ``Tamperee-`` -> Tampere), and a weak grade
   is taken back to the strong one (`GRADATION`: ``Helsingi-`` ->
   Helsinki, ``Turu-`` -> Turku, ``Euroopa-`` -> Eurooppa).

Endings after a colon or an apostrophe (EU:n, THL:ssä, H&M:lle,
Bordeaux'hon, Show'ssa) leave the stem as written: the separator marks where
it ends. Both vowel-harmony sets are accepted whatever the stem: harmony
follows pronunciation, which spelling does not show (Birminghamissa).

Every rule only *proposes*; the gazetteer confirms. Weights rank the
explanations the gazetteer confirms: a rule that fits the shape of the stem
(a weak-grade ``ng`` or ``hd`` before the last vowel, a single stop after a
long vowel) outranks the reading that leaves that shape unexplained.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from .base import EndingIndex, Hypothesis, StemRule, Suffix, split_separator

__all__ = [
    "CASES",
    "CLITICS",
    "GRADATION",
    "LANGUAGE",
    "PLURAL_CASES",
    "PLURAL_STEMS",
    "POSSESSIVES",
    "SEPARATED",
    "STEM_TYPES",
    "Finnish",
    "Gradation",
]

#: Letters that are vowels in a Finnish stem (accented ones of foreign names too: Linné).
VOWELS = frozenset("aeiouyäöåéèêëáàâíìîóòôúùûüý")
# Vowel pairs that make one syllable (long vowels and diphthongs, VISK §12-§16);
# between two vowels that do not, a k has gone (joki : joen, mäki : mäen).
_ONE_SYLLABLE = frozenset(
    {"aa", "ee", "ii", "oo", "uu", "yy", "ää", "öö", "ai", "ei", "oi", "ui", "yi", "äi", "öi"}
    | {"au", "eu", "iu", "ou", "ey", "iy", "äy", "öy", "ie", "uo", "yö"}
)
#: Letters of scripts other than Latin: a word with one of these is not Finnish.
_OTHER_SCRIPTS = ("\u0370", "\u1fff")  # Greek, Cyrillic, Armenian, Hebrew, Arabic, ..., Georgian

# --- Case endings -------------------------------------------------------------
# Endings on the singular inflection stem, one rule a line. ``tag`` is the
# consonant grade the stem shows before the ending (VISK §43): weak before
# a closed syllable, strong before an open one. Weights: how often the ending
# ends a name in running text, long endings above short ones. Source: VISK
# §1229-§1265 (the case system); Kotus, "Vieraskielisten erisnimien taivutus".
CASES: tuple[Suffix, ...] = (
    Suffix("n", "genitive", weight=0.97, min_stem=2, tag="weak", example="Turun -> Turku"),
    Suffix("a", "partitive", weight=0.85, min_stem=2, tag="strong", example="Putinia -> Putin"),
    Suffix("ä", "partitive", weight=0.85, min_stem=2, tag="strong", example="Medvedeviä -> Medvedev"),
    Suffix("ta", "partitive", weight=0.9, min_stem=2, tag="strong", example="Kekkosta -> Kekkonen"),
    Suffix("tä", "partitive", weight=0.9, min_stem=2, tag="strong", example="Sydneytä -> Sydney"),
    Suffix("na", "essive", weight=0.9, min_stem=2, tag="strong", example="Putinina -> Putin"),
    Suffix("nä", "essive", weight=0.9, min_stem=2, tag="strong", example="Medvedevinä -> Medvedev"),
    Suffix("ksi", "translative", weight=0.92, min_stem=2, tag="weak", example="Muumipeikoksi -> Muumipeikko"),
    Suffix("ssa", "inessive", weight=0.95, min_stem=2, tag="weak", example="Helsingissä -> Helsinki"),
    Suffix("ssä", "inessive", weight=0.95, min_stem=2, tag="weak", example="Medvedevissä -> Medvedev"),
    Suffix("sta", "elative", weight=0.95, min_stem=2, tag="weak", example="Putinista -> Putin"),
    Suffix("stä", "elative", weight=0.95, min_stem=2, tag="weak", example="Jyväskylästä -> Jyväskylä"),
    Suffix("lla", "adessive", weight=0.95, min_stem=2, tag="weak", example="Mintulla -> Minttu"),
    Suffix("llä", "adessive", weight=0.95, min_stem=2, tag="weak", example="Rovaniemellä -> Rovaniemi"),
    Suffix("lta", "ablative", weight=0.93, min_stem=2, tag="weak", example="Luhdalta -> Luhta"),
    Suffix("ltä", "ablative", weight=0.93, min_stem=2, tag="weak", example="Medvedeviltä -> Medvedev"),
    Suffix("lle", "allative", weight=0.95, min_stem=2, tag="weak", example="Žeenbekoville -> Žeenbekov"),
    Suffix("tta", "abessive", weight=0.8, min_stem=2, tag="weak", example="Putinitta -> Putin"),
    Suffix("ttä", "abessive", weight=0.8, min_stem=2, tag="weak", example="Medvedevittä -> Medvedev"),
    # illative: the stem's last vowel repeated + n (Turkuun, Putiniin, Suomeen); -seen
    # after a long vowel (Tampereeseen, Kainuuseen); -hVn after a long vowel or a
    # vowel-final foreign name (Linnéhen, Glasgow'hun)
    *(
        Suffix(v + "n", "illative", weight=0.95, min_stem=2, tag="strong", after=v, example="Turkuun -> Turku")
        for v in "aiouyäö"
    ),
    # (-een is more often the genitive of a long e-stem: Tampereen)
    Suffix("en", "illative", weight=0.85, min_stem=2, tag="strong", after="e", example="Suomeen -> Suomi"),
    Suffix("seen", "illative", weight=0.93, min_stem=2, tag="strong", example="Tampereeseen -> Tampere"),
    *(
        Suffix("h" + v + "n", "illative", weight=0.88, min_stem=2, tag="strong", example="Linnéhen -> Linné")
        for v in "aeiouyäö"
    ),
    Suffix("t", "nominative plural", weight=0.75, min_stem=2, tag="weak", example="Virtaset -> Virtanen"),
    # the old genitive plural -in on the singular stem, kept in a few names (VISK §85)
    Suffix("in", "genitive plural", weight=0.75, min_stem=3, tag="strong", after="aä", example="Yhdysvaltain"),
)

# Endings on the plural stem (which ends in the plural i, or j between vowels).
# Source: VISK §83-§89 (plural stems and the plural case endings).
PLURAL_CASES: tuple[Suffix, ...] = (
    Suffix("en", "genitive plural", weight=0.85, tag="strong", after="i", example="Kärppien -> Kärpät"),
    Suffix("den", "genitive plural", weight=0.85, tag="strong", after="i", example="Alankomaiden -> Alankomaat"),
    Suffix("tten", "genitive plural", weight=0.75, tag="strong", after="i", example="Alankomaitten"),
    Suffix("jen", "genitive plural", weight=0.85, tag="strong", example="Mersujen -> Mersu"),
    Suffix("a", "partitive plural", weight=0.75, tag="strong", after="i", example="Virtasia -> Virtanen"),
    Suffix("ä", "partitive plural", weight=0.75, tag="strong", after="i", example="Nieminiä -> Nieminen"),
    Suffix("ta", "partitive plural", weight=0.85, tag="strong", after="i", example="Wikipedioita -> Wikipedia"),
    Suffix("tä", "partitive plural", weight=0.85, tag="strong", after="i", example="Kiinteistöitä"),
    Suffix("ja", "partitive plural", weight=0.85, tag="strong", example="Euroviisuja -> Euroviisut"),
    Suffix("jä", "partitive plural", weight=0.85, tag="strong", example="Kiinteistöjä -> Kiinteistöt"),
    Suffix("na", "essive plural", weight=0.8, tag="strong", after="i", example="Putineina -> Putin"),
    Suffix("nä", "essive plural", weight=0.8, tag="strong", after="i", example="Medvedeveinä -> Medvedev"),
    Suffix("ksi", "translative plural", weight=0.85, tag="weak", after="i", example="Virtasiksi -> Virtanen"),
    Suffix("ssa", "inessive plural", weight=0.9, tag="weak", after="i", example="Yhdysvalloissa -> Yhdysvallat"),
    Suffix("ssä", "inessive plural", weight=0.9, tag="weak", after="i", example="Filippiineissä -> Filippiinit"),
    Suffix("sta", "elative plural", weight=0.9, tag="weak", after="i", example="Yhdysvalloista -> Yhdysvallat"),
    Suffix("stä", "elative plural", weight=0.9, tag="weak", after="i", example="Kärpistä -> Kärpät"),
    Suffix("hin", "illative plural", weight=0.85, tag="strong", after="i", example="Alankomaihin -> Alankomaat"),
    Suffix("in", "illative plural", weight=0.7, tag="strong", after="i", example="Virtasiin -> Virtanen"),
    Suffix("siin", "illative plural", weight=0.75, tag="strong", after="i", example="Tampereisiin -> Tampere"),
    Suffix("lla", "adessive plural", weight=0.9, tag="weak", after="i", example="Filippiineillä -> Filippiinit"),
    Suffix("llä", "adessive plural", weight=0.9, tag="weak", after="i", example="Filippiineillä"),
    Suffix("lta", "ablative plural", weight=0.9, tag="weak", after="i", example="Yhdysvalloilta -> Yhdysvallat"),
    Suffix("ltä", "ablative plural", weight=0.9, tag="weak", after="i", example="Seychelleiltä -> Seychellit"),
    Suffix("lle", "allative plural", weight=0.9, tag="weak", after="i", example="Komoreille -> Komorit"),
    Suffix("tta", "abessive plural", weight=0.7, tag="weak", after="i", example="Yhdysvalloitta -> Yhdysvallat"),
    Suffix("ttä", "abessive plural", weight=0.7, tag="weak", after="i", example="Kärpittä -> Kärpät"),
    # comitative: plural stem + -ne (+ a possessive suffix, removed before): Putineineen
    Suffix("ne", "comitative", weight=0.8, tag="strong", after="i", example="Putineineen -> Putin"),
    # instructive: plural stem + -n (omin silmin; rare with names)
    Suffix("n", "instructive", weight=0.5, tag="weak", after="i", example="Helsingein"),
)

# Endings written after a colon (abbreviations read letter by letter) or an
# apostrophe (a written consonant pronounced as a vowel, or the reverse):
# the stem is the part before the separator, as written. The illative takes
# the vowel the abbreviation ends in when spoken (EU:hun, THL:ään, SDP:hen).
# Sources: Kielitoimiston ohjepankki, "Lyhenteet: taivutuspäätteen muoto";
# EU Style Guide (fi) 10.10 (Bordeaux'hon, Calais'ssa, Camus'n).
SEPARATED: tuple[Suffix, ...] = (
    Suffix("n", "genitive", weight=0.97, min_stem=1, example="EU:n -> EU"),
    Suffix("a", "partitive", weight=0.9, min_stem=1, example="Kenttäurheilijat-58:a"),
    Suffix("ä", "partitive", weight=0.9, min_stem=1, example="the front variant of 58:a"),
    Suffix("aa", "partitive", weight=0.9, min_stem=1, example="HKL:aa -> HKL"),
    Suffix("ää", "partitive", weight=0.9, min_stem=1, example="THL:ää -> THL"),
    Suffix("ta", "partitive", weight=0.95, min_stem=1, example="EU:ta -> EU"),
    Suffix("tä", "partitive", weight=0.95, min_stem=1, example="THL:tä -> THL"),
    Suffix("na", "essive", weight=0.95, min_stem=1, example="EU:na -> EU"),
    Suffix("nä", "essive", weight=0.95, min_stem=1, example="THL:nä -> THL"),
    Suffix("ksi", "translative", weight=0.95, min_stem=1, example="EU:ksi -> EU"),
    Suffix("ssa", "inessive", weight=0.97, min_stem=1, example="YK:ssa -> YK"),
    Suffix("ssä", "inessive", weight=0.97, min_stem=1, example="THL:ssä -> THL"),
    Suffix("sta", "elative", weight=0.97, min_stem=1, example="EU:sta -> EU"),
    Suffix("stä", "elative", weight=0.97, min_stem=1, example="THL:stä -> THL"),
    Suffix("lla", "adessive", weight=0.97, min_stem=1, example="EU:lla -> EU"),
    Suffix("llä", "adessive", weight=0.97, min_stem=1, example="THL:llä -> THL"),
    Suffix("lta", "ablative", weight=0.97, min_stem=1, example="MTV3:lta -> MTV3"),
    Suffix("ltä", "ablative", weight=0.97, min_stem=1, example="TVN:ltä -> TVN"),
    Suffix("lle", "allative", weight=0.97, min_stem=1, example="H&M:lle -> H&M"),
    Suffix("tta", "abessive", weight=0.9, min_stem=1, example="EU:tta -> EU"),
    Suffix("ttä", "abessive", weight=0.9, min_stem=1, example="THL:ttä -> THL"),
    *(Suffix(v + "n", "illative", weight=0.95, min_stem=1, example="NATO:on") for v in "aeiouyäö"),
    *(Suffix(v + v + "n", "illative", weight=0.95, min_stem=1, example="THL:ään -> THL") for v in "aeiouyäö"),
    *(Suffix("h" + v + "n", "illative", weight=0.95, min_stem=1, example="Bordeaux'hon") for v in "aeiouyäö"),
    Suffix("t", "nominative plural", weight=0.8, min_stem=1, example="PC:t -> PC"),
)

# Clitics end a word, after everything else (VISK §829-§841); the colloquial
# -kii of -kin occurs in transcribed speech.
CLITICS: tuple[Suffix, ...] = (
    Suffix("kin", "clitic -kin", weight=0.85, min_stem=2, example="Putinillekin -> Putinille"),
    Suffix("kii", "clitic -kin (colloquial)", weight=0.65, min_stem=3, example="Suomessakii -> Suomessa"),
    Suffix("kkii", "clitic -kin (colloquial)", weight=0.65, min_stem=3, example="Annillakkii -> Annilla"),
    Suffix("kaan", "clitic -kaan", weight=0.88, min_stem=2, example="Putinillekaan -> Putinille"),
    Suffix("kään", "clitic -kään", weight=0.88, min_stem=2, example="Helsingissäkään -> Helsingissä"),
    Suffix("han", "clitic -han", weight=0.75, min_stem=3, example="Putinhan -> Putin"),
    Suffix("hän", "clitic -hän", weight=0.75, min_stem=3, example="Helsinkihän -> Helsinki"),
    Suffix("pa", "clitic -pa", weight=0.6, min_stem=3, example="Putinpa -> Putin"),
    Suffix("pä", "clitic -pä", weight=0.6, min_stem=3, example="Helsinkipä -> Helsinki"),
    Suffix("ko", "clitic -ko", weight=0.6, min_stem=3, example="Putinko -> Putin"),
    Suffix("kö", "clitic -kö", weight=0.6, min_stem=3, example="Helsingissäkö -> Helsingissä"),
)

# Possessive suffixes come after the case ending and before a clitic; the
# genitive -n and the nominative plural -t drop before them (VISK §1277-§1278).
# The 3rd person -Vn lengthens the vowel of a case ending (Putinistaan).
POSSESSIVES: tuple[Suffix, ...] = (
    Suffix("nsa", "possessive 3rd person", weight=0.88, min_stem=3, example="Putininsa -> Putini-"),
    Suffix("nsä", "possessive 3rd person", weight=0.88, min_stem=3, example="Medvedevinsä"),
    Suffix("mme", "possessive 1st person plural", weight=0.85, min_stem=3, example="Eurooppamme -> Eurooppa"),
    Suffix("nne", "possessive 2nd person plural", weight=0.8, min_stem=3, example="Suomenne"),
    Suffix("ni", "possessive 1st person", weight=0.6, min_stem=3, example="Helsinkini -> Helsinki"),
    Suffix("si", "possessive 2nd person", weight=0.6, min_stem=3, example="Lassesi -> Lasse"),
    *(
        Suffix(v + "n", "possessive 3rd person", weight=0.85, min_stem=3, after=v, example="McLarenistaan")
        for v in "aeiouyäö"
    ),
)
# Case endings a 3rd-person -Vn may follow (the translative -ksi becomes -kse-).
_VN_HOSTS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "kse", "na", "nä", "tta", "ttä", "ne")


# --- Stem types ---------------------------------------------------------------
# How an inflection stem (the word minus its case ending) becomes the
# dictionary form, one rule a line: the stem ends in ``stem``, the dictionary
# form has ``base`` instead. Source: VISK §41-§80 (noun stem types, following
# the Kotus inflection classes named in the comments); Kotus "Vieraskielisten
# erisnimien taivutus" (the connecting i). Weights: how likely each type is
# for a name, given that the gazetteer confirms it.
@dataclass(frozen=True, slots=True)
class StemType:
    """A stem type: how a stem ending in ``rule.stem`` becomes a dictionary form.

    Attributes:
        rule: the change itself.
        grade: ``"strengthen"`` if a weak grade in the stem goes back to the
            strong one (native vowel stems: Turu- -> Turku), ``"weaken"`` if the
            dictionary form has the weak grade (Tehtaa- -> Tehdas), ``""`` if
            the type does not alternate (foreign names, -nen names).
        consonant_stem: the type reads a consonant-final stem (only the
            partitive -ta/-tä and the separated endings leave one).
    """

    rule: StemRule
    grade: str = ""
    consonant_stem: bool = False


STEM_TYPES: tuple[StemType, ...] = (
    # a vowel stem is the dictionary form (Kotus 1-18): Oulu-n, Puola-n, Lasse-n
    StemType(StemRule("", "", "vowel stem", 1.0, min_stem=2, example="Oulun -> Oulu"), grade="strengthen"),
    # the connecting i of a consonant-final foreign name (Kotus 5): Putini-n
    StemType(
        StemRule("i", "", "connecting i", 0.95, not_after="".join(VOWELS), min_stem=3, example="Putinin -> Putin")
    ),
    # the e-stem of a name in -i (Kotus 7, 23-27): Suome-n, Lahde-n, Joe-n
    StemType(
        StemRule("e", "i", "e-stem of a name in -i", 0.95, not_after="e", min_stem=3, example="Suomen -> Suomi"),
        "strengthen",
    ),
    # -nen names (Kotus 38): Virtase-n, Koivuse-lle; consonant stem Kekkos-ta
    StemType(StemRule("se", "nen", "-nen name", 0.97, min_stem=4, example="Virtasen -> Virtanen")),
    StemType(StemRule("s", "nen", "-nen name", 0.9, min_stem=4, example="Kekkosta -> Kekkonen"), consonant_stem=True),
    # -s names with a -kse- stem (Kotus 39): Kalymnokse-n, Metsähallitukse-n
    StemType(StemRule("kse", "s", "-s name, -kse- stem", 0.97, min_stem=4, example="Kalymnoksen -> Kalymnos")),
    # a consonant stem before the partitive -ta is the dictionary form: Tacitus-ta
    StemType(StemRule("", "", "consonant stem", 0.95, min_stem=2, example="Tacitusta -> Tacitus"), consonant_stem=True),
    # e-final names lengthen the e (Kotus 48), the dictionary form in the weak
    # grade: Tamperee-n, Hämee-n, Seläntee-n -> Selänne
    StemType(StemRule("ee", "e", "long e-stem", 0.95, min_stem=3, example="Tampereen -> Tampere"), "weaken"),
    # Greek -es names (Kotus 48): Simonidee-n, Philokratee-lla
    StemType(StemRule("ee", "es", "-es name, long e-stem", 0.7, min_stem=3, example="Simonideen -> Simonides")),
    # -as/-is/-us names with a long vowel stem, the weak grade in the dictionary form (Kotus 41)
    StemType(StemRule("aa", "as", "-as name", 0.7, min_stem=3, example="Tehtaan -> Tehdas"), "weaken"),
    StemType(StemRule("ää", "äs", "-äs name", 0.7, min_stem=3, example="Kirveen"), "weaken"),
    StemType(StemRule("ii", "is", "-is name", 0.65, min_stem=3, example="Kauniin -> Kaunis"), "weaken"),
    StemType(StemRule("uu", "us", "-us name", 0.65, min_stem=3, example="Kunnaan"), "weaken"),
    # -in/-un names (Kotus 33): Punkalaitume-lle -> Punkalaidun
    StemType(StemRule("ime", "in", "-in name", 0.7, min_stem=4, example="Avaimen -> Avain"), "weaken"),
    StemType(StemRule("ume", "un", "-un name", 0.7, min_stem=4, example="Punkalaitumelle -> Punkalaidun"), "weaken"),
    # -si names with a -de- stem (Kotus 27): Oriveden -> Orivesi
    StemType(StemRule("de", "si", "-si name, -de- stem", 0.8, min_stem=3, example="Oriveden -> Orivesi")),
)


# --- Consonant gradation --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Gradation:
    """One pair of consonant grades (VISK §41-§43), read from the weak side.

    Attributes:
        strong: the strong grade (``"nk"``).
        weak: the weak grade (``"ng"``); ``""`` for a k that vanished.
        name: cited by ``Match.explain()``.
        weight: the factor a hypothesis's prior is multiplied by.
        before: the consonants allowed before the weak grade (``"-"``: none).
        vowel: if set, the stem's last vowel must be one of these.
        signature: whether the weak grade, where a weak grade is due, shows
            that the stem alternates: then the reading without the change is
            the less likely one (``Helsingi-`` is the weak grade of Helsinki).
        example: a worked example.
    """

    strong: str
    weak: str
    name: str
    weight: float
    before: tuple[str, ...] = ("",)
    vowel: str = ""
    signature: bool = False
    example: str = ""


# One pair a line, weak -> strong. Source: VISK §41-§43 (the gradation
# pairs); Kielikello, "Pari perusasiaa nimien taivuttamisesta" (Hanko :
# Hangossa, Antti : Antin, Juuka : Juuassa).
GRADATION: tuple[Gradation, ...] = (
    Gradation("nk", "ng", "gradation nk:ng", 1.0, signature=True, example="Helsingissä -> Helsinki"),
    Gradation("ht", "hd", "gradation ht:hd", 1.0, signature=True, example="Lahden -> Lahti"),
    Gradation("kk", "k", "gradation kk:k", 0.85, ("", "l", "r", "n", "h", "s"), example="Pekan -> Pekka"),
    Gradation("pp", "p", "gradation pp:p", 0.85, ("", "l", "r", "m", "s"), example="Euroopan -> Eurooppa"),
    Gradation("tt", "t", "gradation tt:t", 0.85, ("", "l", "r", "n", "s"), example="Mintulla -> Minttu"),
    Gradation("mp", "mm", "gradation mp:mm", 0.9, example="Sammon -> Sampo"),
    Gradation("nt", "nn", "gradation nt:nn", 0.9, example="Irlannin -> Irlanti"),
    Gradation("lt", "ll", "gradation lt:ll", 0.9, example="Aallon -> Aalto"),
    Gradation("rt", "rr", "gradation rt:rr", 0.85, example="Parran -> Parta"),
    Gradation("t", "d", "gradation t:d", 0.85, example="Tehtaankadulla -> Tehtaankatu"),
    Gradation("k", "", "gradation k:0", 0.88, ("-", "l", "r", "h"), example="Turun -> Turku"),
    Gradation("k", "j", "gradation k:j", 0.85, ("l", "r", "h"), vowel="e", example="Kurjen -> Kurki"),
    Gradation("ik", "j", "gradation ik:j", 0.75, vowel="aäe", example="Pallo-Pojille -> Pallo-Poika"),
    Gradation("p", "v", "gradation p:v", 0.75, example="Luvan -> Lupa"),
    Gradation("k", "v", "gradation k:v", 0.7, vowel="uy", example="Puvun -> Puku"),
)


# --- Plural stems ---------------------------------------------------------------
# How a plural stem (ending in the plural i, or in a vowel before j) goes back
# to the singular stem, one rule a line. Source: VISK §83-§89.
PLURAL_STEMS: tuple[StemRule, ...] = (
    StemRule("oi", "a", "plural oi of a", 0.95, example="Wikipedioille -> Wikipedia"),
    StemRule("oi", "o", "plural oi of o", 0.9, example="Arduinoihin -> Arduino"),
    StemRule("öi", "ä", "plural öi of ä", 0.8, example="Jyväskylöissä -> Jyväskylä"),
    StemRule("öi", "ö", "plural öi of ö", 0.9, example="Kiinteistöihin -> Kiinteistö-"),
    StemRule("ui", "u", "plural ui of u", 0.9, example="Euroviisuihin -> Euroviisu-"),
    StemRule("yi", "y", "plural yi of y", 0.9, example="Sydneyille -> Sydney"),
    StemRule("ei", "i", "plural ei of i", 0.9, example="Komoreille -> Komori-"),
    StemRule("ei", "e", "plural ei of e", 0.85, example="Lasseille -> Lasse"),
    StemRule("ei", "ee", "plural ei of ee", 0.8, example="Tampereilla -> Tamperee-"),
    StemRule("ai", "aa", "plural ai of aa", 0.9, example="Alankomaiden -> Alankomaa-"),
    StemRule("äi", "ää", "plural äi of ää", 0.9, example="Sillanpäille -> Sillanpää"),
    StemRule("i", "a", "plural i of a", 0.9, not_after="".join(VOWELS), example="Sanomille -> Sanoma"),
    StemRule("i", "ä", "plural i of ä", 0.9, not_after="".join(VOWELS), example="Kärppien -> Kärppä"),
    StemRule("i", "e", "plural i of e", 0.7, not_after="".join(VOWELS), example="Ranskalaisille -> Ranskalaise-"),
    StemRule("i", "i", "plural of i", 0.85, not_after="".join(VOWELS), example="Nereidien -> Nereidi"),
)
# Plural stems before -j- (-jen, -ja): the stem vowel stays, an i-final stem shows e.
PLURAL_J_STEMS: tuple[StemRule, ...] = (
    StemRule("", "", "plural j", 1.0, example="Mersujen -> Mersu"),
    StemRule("e", "i", "plural j of i", 0.85, example="Pelle-Hermanneja -> Pelle-Hermanni"),
    StemRule("o", "a", "plural oj of a", 0.8, example="Kirjoja -> Kirja"),
)

# Factors applied to whole analyses.
_CASES_BY_ENDING = EndingIndex(CASES)
_PLURAL_CASES_BY_ENDING = EndingIndex(PLURAL_CASES)
# The stem types by the stem their rule changes: a stem is only tried with the
# types whose stem it ends in.
_STEM_TYPES_BY_STEM = EndingIndex(STEM_TYPES, ending=lambda t: t.rule.stem)

_PLURAL = 0.9  # a singular name read from a plural form (Virtasille -> Virtanen)
_PLURAL_NAME = 0.95  # a plural name (Yhdysvallat, Alankomaat) read from a plural form
_HYPHEN_AGREEMENT = 0.95  # both parts of a hyphenated name inflected (Ison-Britannian)
_MIN_BASE = 1


@dataclass(frozen=True, slots=True)
class _Reading:
    """One analysis of the word's tail: what is left, and how it was read."""

    stem: str  # what the case ending left (a singular inflection stem)
    ending: str  # everything removed from the word so far
    case: str
    grade: str  # "weak", "strong" or "" (as written)
    weight: float
    rule: str
    plural: bool = False


class Finnish:
    """Finnish: clitics, possessives, case endings, plural stems, stem types and gradation.

    Examples:
        >>> fi = Finnish()
        >>> [(h.base, h.case) for h in fi.hypotheses("helsingissä")][:2]
        [('helsinki', 'inessive'), ('helsingi', 'inessive')]
    """

    code = "fi"
    name = "Finnish"

    def __repr__(self) -> str:
        return f"<Language fi: Finnish, {len(CASES)} case endings, {len(STEM_TYPES)} stem types>"

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base-form hypotheses for one lower-case word, best first, one per base form."""
        if not word or any(_OTHER_SCRIPTS[0] <= c <= _OTHER_SCRIPTS[1] for c in word):
            return []
        best: dict[str, Hypothesis] = {}
        found = self._analyse(word)
        if "-" in word:
            found = itertools.chain(found, self._agreeing(word))
        elif len(word) >= 2 * _MIN_PART + 3:
            found = itertools.chain(found, self._closed_compound(word))
        for h in found:
            if len(h.base) >= _MIN_BASE and h.base != word and len(h.base) <= len(word):
                old = best.get(h.base)
                if old is None or h.weight > old.weight:
                    best[h.base] = h
        return sorted(best.values(), key=lambda h: (-h.weight, len(h.ending), h.base))

    # -- the layers, right to left ----------------------------------------------

    def _analyse(self, word: str) -> Iterator[Hypothesis]:
        for rest, clitic, weight, rule in _peel(word, CLITICS):
            if clitic:
                # the word without its clitic may itself be the base form (Salolainenkin)
                yield _hypothesis(rest, clitic, "nominative", weight, rule)
            for stem_word, possessive, pweight, prule in self._possessives(rest):
                ending = possessive + clitic
                w = weight * pweight
                r = ", ".join(x for x in (prule, rule) if x)
                if possessive:
                    # nominative or genitive + possessive: the strong stem itself (Eurooppamme)
                    yield from self._stems(_Reading(stem_word, ending, "nominative/genitive", "strong", w, r))
                for reading in self._case_readings(stem_word, ending, w, r):
                    yield from self._stems(reading)

    def _possessives(self, word: str) -> Iterator[tuple[str, str, float, str]]:
        yield word, "", 1.0, ""
        for s in POSSESSIVES:
            if not word.endswith(s.ending) or len(word) - len(s.ending) < s.min_stem:
                continue
            rest = word[: len(word) - len(s.ending)]
            if s.after:  # 3rd person -Vn: only after a case ending in that vowel
                if not rest.endswith(_VN_HOSTS) or rest[-1] != s.after:
                    continue
                if rest.endswith("kse"):
                    rest = rest[:-1] + "i"  # translative -ksi before -Vn: Putinikseen
            elif rest[-1] not in VOWELS:
                continue
            yield rest, s.ending, s.weight, f"fi:{s.case} -{s.ending}"

    def _case_readings(self, word: str, after: str, weight: float, rule: str) -> Iterator[_Reading]:
        """Every way to remove one case ending: separated, singular or plural."""
        split = split_separator(word)
        if split is not None:
            stem, sep, ending = split
            matched = False
            for s in SEPARATED:
                if ending == s.ending and len(stem) >= s.min_stem:
                    matched = True
                    yield _Reading(
                        stem,
                        sep + ending + after,
                        s.case,
                        "",
                        weight * s.weight,
                        _join(f"fi:{s.case} {sep}{ending}", rule),
                    )
            if matched:
                return
        for s in _CASES_BY_ENDING.matching(word):
            stem = word[: len(word) - len(s.ending)]
            if len(stem) < s.min_stem or (s.after and stem[-1] not in s.after):
                continue
            yield _Reading(
                stem,
                s.ending + after,
                s.case,
                s.tag,
                weight * s.weight,
                _join(f"fi:{s.case} -{s.ending}", rule),
                plural="plural" in s.case,
            )
        for s in _PLURAL_CASES_BY_ENDING.matching(word):
            plural_stem = word[: len(word) - len(s.ending)]
            if len(plural_stem) < 3 or (s.after and plural_stem[-1] not in s.after):
                continue
            if s.ending.startswith("j"):
                if plural_stem[-1] not in VOWELS:
                    continue
                rules = PLURAL_J_STEMS
            else:
                rules = PLURAL_STEMS
            for r in rules:
                singular = r.apply(plural_stem) if r.stem else plural_stem + r.base
                if not singular or len(singular) < 2:
                    continue
                yield _Reading(
                    singular,
                    s.ending + after,
                    s.case,
                    s.tag,
                    weight * s.weight * r.weight,
                    _join(f"fi:{s.case} -{s.ending}, {r.name}", rule),
                    plural=True,
                )

    def _stems(self, reading: _Reading) -> Iterator[Hypothesis]:
        """Dictionary forms of one inflection stem, by stem type and gradation."""
        stem = reading.stem
        if not reading.grade:  # separated: the stem as written
            yield _hypothesis(stem, reading.ending, reading.case, reading.weight, reading.rule)
            return
        consonant_final = stem[-1] not in VOWELS
        if consonant_final and not (reading.case == "partitive" and reading.ending.startswith("t")):
            return  # only the partitive -ta/-tä follows a consonant stem (Tacitus-ta)
        strong: list[tuple[str, Gradation, float]] = []
        unexplained = 1.0
        if reading.grade == "weak":
            for changed, g in _strengthen(stem):
                if g.signature or _is_signature(stem, g):
                    strong.append((changed, g, max(g.weight, _EXPLAINED)))
                    unexplained = _UNEXPLAINED  # a reading that keeps the weak grade leaves it unexplained
                else:
                    strong.append((changed, g, g.weight))
        for t in _STEM_TYPES_BY_STEM.matching(stem):
            if t.consonant_stem != consonant_final:
                continue
            base = t.rule.apply(stem) if t.rule.stem else stem
            if not base:
                continue
            weight = reading.weight * t.rule.weight * (_PLURAL if reading.plural else 1.0)
            rule = reading.rule if t.rule.name == "vowel stem" else f"{reading.rule}, {t.rule.name}"
            ending = "i" + reading.ending if t.rule.name == "connecting i" else reading.ending
            if t.grade == "strengthen" and not (t.rule.name == "vowel stem" and stem[-1] == "e"):
                # (an e-final name that alternates has a long e-stem instead: Tampere : Tampereen)
                for changed, g, factor in strong:
                    changed_base = t.rule.apply(changed) if t.rule.stem else changed
                    if changed_base:
                        yield _hypothesis(changed_base, ending, reading.case, weight * factor, f"{rule}, {g.name}")
            elif t.grade == "weaken":
                head = stem[: len(stem) - len(t.rule.stem)]
                for weak, g in _weaken(head):
                    yield _hypothesis(weak + t.rule.base, ending, reading.case, weight, f"{rule}, {g.name}")
                    weight *= _UNEXPLAINED
            yield _hypothesis(base, ending, reading.case, weight * unexplained, rule)
        if reading.plural and not consonant_final:
            # a plural name (Yhdysvallat, Alankomaat): the weak singular stem + -t
            weight = reading.weight * _PLURAL_NAME
            rule = f"{reading.rule}, plural name"
            yield _hypothesis(stem + "t", reading.ending, reading.case, weight, rule)
            for weak, g in _weaken(stem[:-1]):
                yield _hypothesis(weak + stem[-1] + "t", reading.ending, reading.case, weight, f"{rule}, {g.name}")

    def _agreeing(self, word: str) -> Iterator[Hypothesis]:
        """A hyphenated name whose parts both inflect (Ison-Britannian -> Iso-Britannia)."""
        head, _, tail = word.rpartition("-")
        if len(head) < 2 or len(tail) < 2:
            return
        prefix = head.rpartition("-")[0]
        yield from self._agree(prefix + "-" if prefix else "", head.rpartition("-")[2], "-", tail)

    def _closed_compound(self, word: str) -> Iterator[Hypothesis]:
        """A compound written as one word whose first part inflects too, in the
        same case (Uudestakaupungista -> Uusikaupunki, Isostakyröstä -> Isokyrö):
        the word splits after an earlier occurrence of its own case ending."""
        for group in _COMPOUND_ENDINGS:
            if not word.endswith(group):
                continue
            for s in group:  # the first part may take the other vowel-harmony variant
                at = word.find(s, _MIN_PART - len(s), len(word) - len(s) - _MIN_PART)
                while at >= 0:
                    cut = at + len(s)
                    yield from self._agree("", word[:cut], "", word[cut:])
                    at = word.find(s, at + 1, len(word) - len(s) - _MIN_PART)

    def _agree(self, prefix: str, head: str, joint: str, tail: str) -> Iterator[Hypothesis]:
        """Both parts read in the same case, joined back into one base form."""
        heads: dict[str, list[Hypothesis]] = {}
        for h in sorted(self._analyse(head), key=lambda h: -h.weight):
            heads.setdefault(h.case, []).append(h)
        for t in self._analyse(tail):
            for h in heads.get(t.case, ())[:_AGREEING_HEADS]:
                yield Hypothesis(
                    f"{prefix}{h.base}{joint}{t.base}",
                    t.ending,
                    t.case,
                    "fi",
                    t.weight * _HYPHEN_AGREEMENT * (1.0 if joint else _CLOSED_COMPOUND),
                    f"{t.rule}; first part {h.rule}",
                )


#: Case endings long enough to show where the inflected first part of a closed
#: compound ends (a one-letter ending would split almost any word).
_COMPOUND_ENDINGS = (
    ("ssa", "ssä"),
    ("sta", "stä"),
    ("lla", "llä"),
    ("lta", "ltä"),
    ("lle",),
    ("ksi",),
    ("tta", "ttä"),
)
#: The shortest part of a closed compound.
_MIN_PART = 3
#: How many readings of a first part are tried against the last part's case.
_AGREEING_HEADS = 5
#: How much a closed compound whose both parts inflect is trusted, beside a hyphenated one.
_CLOSED_COMPOUND = 0.9


#: How much a vowel stem's own reading is trusted when its last consonant
#: looks like a weak grade (Helsingi-, Euroopa-) that a rule explains.
_UNEXPLAINED = 0.85
#: How much the reading that undoes such a weak grade is trusted.
_EXPLAINED = 0.97


def _split_last_syllable(stem: str) -> tuple[str, str, str] | None:
    """``stem`` as (head ending in a vowel, consonant cluster, last vowel), or None."""
    if len(stem) < 2 or stem[-1] not in VOWELS:
        return None
    i = len(stem) - 1
    j = i
    while j > 0 and stem[j - 1] not in VOWELS:
        j -= 1
    head = stem[:j]
    if not head or head[-1] not in VOWELS:
        return None
    return head, stem[j:i], stem[-1]


def _strengthen(stem: str) -> Iterator[tuple[str, Gradation]]:
    """Stems with the weak grade before the last vowel taken back to the strong one."""
    parts = _split_last_syllable(stem)
    if parts is None:
        return
    head, cluster, vowel = parts
    for g in GRADATION:
        if g.vowel and vowel not in g.vowel:
            continue
        if not cluster.endswith(g.weak):
            continue
        rest = cluster[: len(cluster) - len(g.weak)]
        if g.weak == "" and not cluster:
            # a vanished k between two vowels that do not make one syllable (joki : joen)
            if "-" not in g.before or head[-1] + vowel in _ONE_SYLLABLE:
                continue
        elif rest not in g.before:
            continue
        if g.weak and rest.endswith(g.weak[-1]):
            continue  # already a geminate
        yield head + rest + g.strong + vowel, g


def _weaken(stem: str) -> Iterator[tuple[str, Gradation]]:
    """Stems whose last consonant cluster is taken from the strong grade to the weak one."""
    j = len(stem)
    while j > 0 and stem[j - 1] not in VOWELS:
        j -= 1
    head, cluster = stem[:j], stem[j:]
    if not head or not cluster:
        return
    for g in GRADATION:
        if g.weak == "" or g.vowel or not cluster.endswith(g.strong):
            continue
        rest = cluster[: len(cluster) - len(g.strong)]
        if rest not in g.before:
            continue
        yield head + rest + g.weak, g


def _is_signature(head: str, g: Gradation) -> bool:
    """Whether a single stop after a long vowel, a diphthong or a consonant marks a weak grade."""
    if g.strong not in ("kk", "pp", "tt"):
        return False
    parts = _split_last_syllable(head)
    if parts is None:
        return False
    before, cluster, _vowel = parts
    return len(cluster) > 1 or before[-2:] in _ONE_SYLLABLE


def _peel(word: str, suffixes: tuple[Suffix, ...]) -> Iterator[tuple[str, str, float, str]]:
    """The word as it is, and the word without each suffix that ends it."""
    yield word, "", 1.0, ""
    for s in suffixes:
        if word.endswith(s.ending) and len(word) - len(s.ending) >= s.min_stem:
            yield word[: len(word) - len(s.ending)], s.ending, s.weight, f"fi:{s.case}"


def _hypothesis(base: str, ending: str, case: str, weight: float, rule: str) -> Hypothesis:
    return Hypothesis(base, ending, case, "fi", round(min(1.0, weight), 6), rule or f"fi:{case}")


def _join(first: str, rest: str) -> str:
    return f"{first}, {rest}" if rest else first


LANGUAGE = Finnish()
