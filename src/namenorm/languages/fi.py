"""Finnish: case endings of names, foreign and native.

Sources: Kotus "Vieraskielisten erisnimien taivutus"; EU Interinstitutional
Style Guide (fi) 10.10; Kielitoimiston ohjepankki on abbreviations (EU:n) and
on foreign names (no consonant gradation: Snellmanin, Rigoletton).

Foreign consonant-final names take a connecting ``-i-`` (Putin : Putinille);
vowel-final names take the ending directly (Lukašenka : Lukašenkalle); both
vowel-harmony sets are accepted, whatever the stem, because harmony follows
pronunciation. Native names also alternate their stems (Helsinki :
Helsingissä, Turku : Turun); those alternations are stem repairs applied
after a case ending is removed.
"""

from __future__ import annotations

from .base import Hypothesis, Suffix, SuffixLanguage

# Case endings, longest first at run time. ``restore`` puts back what the
# ending replaced. Weights: the connecting-i forms of foreign names are the
# most common in news text about foreigners; short endings are weaker.
ENDINGS: tuple[Suffix, ...] = (
    # genitive
    Suffix("in", "genitive", weight=0.9, min_stem=2, example="Putinin -> Putin"),  # connecting i
    Suffix("n", "genitive", weight=0.85, min_stem=2, example="Lukašenkan -> Lukašenka"),
    Suffix("en", "genitive", ("",), weight=0.6, min_stem=3, example="Tampereen -> Tampere (e-stem)"),
    Suffix("ien", "genitive plural", weight=0.5, min_stem=3, example="Putinien -> Putin"),
    Suffix("in", "genitive plural", ("a", "ä"), weight=0.4, min_stem=3, example="Yhdysvaltain -> Yhdysvalta-"),
    # partitive
    Suffix("ia", "partitive", weight=0.85, example="Putinia -> Putin"),
    Suffix("iä", "partitive", weight=0.85, example="Medvedeviä -> Medvedev"),
    Suffix("a", "partitive", weight=0.6, min_stem=3, example="Lukašenkaa -> Lukašenka", after="aeiouyäö"),
    Suffix("ä", "partitive", weight=0.6, min_stem=3, example="Sydneytä"),
    Suffix("ta", "partitive", weight=0.75, example="EU:ta -> EU"),
    Suffix("tä", "partitive", weight=0.75, example="Sydneytä -> Sydney"),
    # essive
    Suffix("ina", "essive", weight=0.8, example="Putinina -> Putin"),
    Suffix("inä", "essive", weight=0.8, example="Medvedevinä -> Medvedev"),
    Suffix("na", "essive", weight=0.6, min_stem=3, example="Lukašenkana -> Lukašenka"),
    Suffix("nä", "essive", weight=0.6, min_stem=3, example="Kiovänä"),
    # translative
    Suffix("iksi", "translative", weight=0.85, example="Putiniksi -> Putin"),
    Suffix("ksi", "translative", weight=0.8, example="Lukašenkaksi -> Lukašenka"),
    # inessive
    Suffix("issa", "inessive", weight=0.9, example="Putinissa -> Putin"),
    Suffix("issä", "inessive", weight=0.9, example="Medvedevissä -> Medvedev"),
    Suffix("ssa", "inessive", weight=0.85, example="Moskovassa -> Moskova"),
    Suffix("ssä", "inessive", weight=0.85, example="Helsingissä -> Helsingi- (gradation below)"),
    # elative
    Suffix("ista", "elative", weight=0.9, example="Putinista -> Putin"),
    Suffix("istä", "elative", weight=0.9, example="Medvedevistä -> Medvedev"),
    Suffix("sta", "elative", weight=0.85, example="Moskovasta -> Moskova"),
    Suffix("stä", "elative", weight=0.85, example="Kiovästä"),
    # illative
    Suffix("iin", "illative", weight=0.85, example="Putiniin -> Putin"),
    Suffix("aan", "illative", ("a",), weight=0.8, example="Lukašenkaan -> Lukašenka"),
    Suffix("ään", "illative", ("ä",), weight=0.8, example="Kiovään"),
    Suffix("een", "illative", ("e",), weight=0.75, example="Tampereeseen / Toulouseen -> Toulouse"),
    Suffix("oon", "illative", ("o",), weight=0.8, example="Oslooon -> Oslo"),
    Suffix("uun", "illative", ("u",), weight=0.8, example="Turkuun -> Turku"),
    Suffix("yyn", "illative", ("y",), weight=0.8, example="Sydneyyn -> Sydney"),
    Suffix("öön", "illative", ("ö",), weight=0.8),
    Suffix("iin", "illative", ("i",), weight=0.75, example="Helsinkiin -> Helsinki"),
    Suffix("seen", "illative", weight=0.75, example="Tampereeseen -> Tamperee- (e-stem)"),
    Suffix("hin", "illative", weight=0.7, example="Shaw'hin -> Shaw"),
    Suffix("hon", "illative", weight=0.7, example="Bordeaux'hon -> Bordeaux"),
    Suffix("hun", "illative", weight=0.7, example="EU:hun -> EU"),
    Suffix("hen", "illative", weight=0.7, example="Linnéhen -> Linné"),
    # adessive
    Suffix("illa", "adessive", weight=0.9, example="Putinilla -> Putin"),
    Suffix("illä", "adessive", weight=0.9, example="Medvedevillä -> Medvedev"),
    Suffix("lla", "adessive", weight=0.85, example="Lukašenkalla -> Lukašenka"),
    Suffix("llä", "adessive", weight=0.85, example="Mintulla"),
    # ablative
    Suffix("ilta", "ablative", weight=0.9, example="Putinilta -> Putin"),
    Suffix("iltä", "ablative", weight=0.9, example="Medvedeviltä -> Medvedev"),
    Suffix("lta", "ablative", weight=0.85, example="Lukašenkalta -> Lukašenka"),
    Suffix("ltä", "ablative", weight=0.85, example="Kiovältä"),
    # allative
    Suffix("ille", "allative", weight=0.9, example="Žeenbekoville -> Žeenbekov"),
    Suffix("lle", "allative", weight=0.85, example="Lukašenkalle -> Lukašenka"),
    # abessive
    Suffix("itta", "abessive", weight=0.7, example="Putinitta -> Putin"),
    Suffix("ittä", "abessive", weight=0.7),
    Suffix("tta", "abessive", weight=0.6, min_stem=3, example="Lukašenkatta -> Lukašenka"),
    Suffix("ttä", "abessive", weight=0.6, min_stem=3),
    # comitative
    Suffix("ineen", "comitative", weight=0.7, example="Putineineen -> Putin"),
    # plural nominative
    Suffix("it", "nominative plural", weight=0.5, min_stem=3, example="Putinit -> Putin"),
    Suffix("t", "nominative plural", weight=0.45, min_stem=3, after="aeiouyäö", example="Virtaset"),
)

# Clitics and possessive suffixes come after the case ending: Putinillekin.
CLITICS: tuple[Suffix, ...] = (
    Suffix("kin", "clitic -kin", weight=0.95, min_stem=3, example="Putinillekin -> Putinille"),
    Suffix("kaan", "clitic -kaan", weight=0.95, min_stem=3, example="Putinillekaan -> Putinille"),
    Suffix("kään", "clitic -kään", weight=0.95, min_stem=3),
    Suffix("han", "clitic -han", weight=0.9, min_stem=3, example="Putinhan -> Putin"),
    Suffix("hän", "clitic -hän", weight=0.9, min_stem=3),
    Suffix("nsa", "possessive 3rd person", weight=0.9, min_stem=3, example="Putinillansa"),
    Suffix("nsä", "possessive 3rd person", weight=0.9, min_stem=3),
)

# Stem repairs for native names, applied to the stem left by a case ending:
# the weak grade back to the strong one, and the inflection stem back to the
# dictionary form.  (stem ending, replacement, name, example)
STEM_REPAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("ngi", "nki", "gradation ng:nk", "Helsingi- -> Helsinki"),
    ("nge", "nki", "gradation ng:nk, e-stem", "Hangen -> Hanki"),
    ("ngo", "nko", "gradation ng:nk", "Hangossa -> Hanko"),
    ("nnu", "ntu", "gradation nn:nt", ""),
    ("llo", "lto", "gradation ll:lt", "Aallon -> Aalto"),
    ("lle", "lti", "gradation ll:lt, e-stem", ""),
    ("rro", "rto", "gradation rr:rt", ""),
    ("mmi", "mpi", "gradation mm:mp", ""),
    ("de", "ti", "gradation d:t, e-stem", "Lahden -> Lahti"),
    ("ru", "rku", "gradation k:0", "Turun -> Turku"),
    ("tu", "ttu", "gradation t:tt", "Mintulla -> Minttu"),
    ("ka", "kka", "gradation k:kk", "Pekasta -> Pekka"),
    ("pa", "ppa", "gradation p:pp", "Upassa -> Uppa"),
    ("ta", "tta", "gradation t:tt", "Matilla"),
    ("se", "nen", "-nen surname", "Virtasen -> Virtanen"),
    ("e", "i", "e-stem of i-final name", "Kiven -> Kivi"),
    ("ee", "e", "long e-stem", "Tampereen -> Tampere"),
    ("valla", "vallat", "plural stem", "Yhdysvalloissa -> Yhdysvallat"),
    ("valloi", "vallat", "plural stem", "Yhdysvalloissa -> Yhdysvallat"),
)


class Finnish(SuffixLanguage):
    """Finnish endings, with clitics stripped first and native stem repairs after."""

    def __init__(self) -> None:
        super().__init__("fi", "Finnish", ENDINGS)
        self.clitics = SuffixLanguage("fi", "Finnish clitics", CLITICS)

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Case hypotheses for the word and for the word without a clitic."""
        found = self._case_hypotheses(word, 1.0, "")
        for clitic in self.clitics.hypotheses(word):
            found.append(clitic)
            found.extend(self._case_hypotheses(clitic.base, clitic.weight, clitic.ending))
        return found

    def _case_hypotheses(self, word: str, prior: float, clitic: str) -> list[Hypothesis]:
        out = []
        for h in super().hypotheses(word):
            h = _with(h, prior, clitic)
            out.append(h)
            for tail, repair, name, _example in STEM_REPAIRS:
                if h.base.endswith(tail) and len(h.base) > len(tail) + 1:
                    out.append(
                        Hypothesis(
                            base=h.base[: -len(tail)] + repair,
                            ending=h.ending,
                            case=h.case,
                            lang="fi",
                            weight=h.weight * 0.85,
                            rule=f"{h.rule}, {name}",
                        )
                    )
        return out


def _with(h: Hypothesis, prior: float, clitic: str) -> Hypothesis:
    if prior == 1.0:
        return h
    return Hypothesis(h.base, h.ending + clitic, h.case, h.lang, h.weight * prior, f"{h.rule} +{clitic}")


LANGUAGE = Finnish()
