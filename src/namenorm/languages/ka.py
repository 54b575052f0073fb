"""Georgian: the case endings and postpositions of names, in the Georgian script.

Sources: B. G. Hewitt, "Georgian: A Structural Reference Grammar" (1995),
§1 (the noun: cases, stem types, truncation); H. Aronson, "Georgian: A
Reading Grammar" (1990), lessons 1-6 (case endings, postpositions fused with
the dative, genitive and instrumental).

A consonant-final stem takes ``-ი`` in the nominative (სააკაშვილი); the other
cases replace it (სააკაშვილ-ის genitive, -მა ergative, -ს dative, -ით
instrumental, -ად adverbial). A stem in ``-ო``, ``-უ`` or ``-ე`` keeps its
vowel and takes the short endings (ლუკაშენკო-მ, -ს, -თი, -დ); a stem in
``-ა`` (and most in ``-ე``) drops it before the genitive and the instrumental
(ამერიკა : ამერიკ-ის). Postpositions are written as one word with their
host case: -ში, -ზე, -თან with the dative (სააკაშვილ-ში, ლუკაშენკო-ში),
-თვის, -კენ, -გან with the genitive (სააკაშვილ-ისთვის, ლუკაშენკო-სთვის),
-დან with the instrumental (თბილის-იდან), -მდე with the adverbial
(თბილის-ამდე). The plural inserts ``-ებ-`` (ზურაბიშვილ-ებ-ის).

Each ending is listed once per stem type it follows: ``restore`` says what
the nominative has in its place (``ი`` after a consonant stem, nothing after
a vowel stem, ``ა``/``ე`` where a truncated vowel comes back).
"""

from __future__ import annotations

from .base import Hypothesis, Suffix, SuffixLanguage

__all__ = ["CASES", "LANGUAGE", "Georgian"]

#: The vowel letters of the Georgian script.
VOWELS = "აეიოუ"
#: The Georgian (Mkhedruli and Mtavruli) letters.
_SCRIPT = ("\u10a0", "\u10ff")
_C = "ბგდვზთკლმნპჟრსტფქღყშჩცძწჭხჯჰ"  # consonant letters

# One rule a line: ending, case, what the nominative has instead, weight,
# shortest stem, example; ``not_after=VOWELS`` marks a consonant stem,
# ``after=VOWELS`` a vowel stem. Source: Hewitt 1995 §1.1; Aronson 1990.
CASES: tuple[Suffix, ...] = (
    # genitive -ის: სააკაშვილის -> სააკაშვილი; ამერიკის -> ამერიკა; vowel stems -ს
    Suffix("ის", "genitive", ("ი",), 0.95, 2, "სააკაშვილის -> სააკაშვილი", not_after=VOWELS),
    Suffix("ის", "genitive", ("ა",), 0.85, 2, "ამერიკის -> ამერიკა", not_after=VOWELS),
    Suffix("ის", "genitive", ("ე",), 0.7, 2, "სალომის -> სალომე", not_after=VOWELS),
    # ergative -მა (consonant stems), -მ (vowel stems): ლუკაშენკომ -> ლუკაშენკო
    Suffix("მა", "ergative", ("ი",), 0.95, 2, "სააკაშვილმა -> სააკაშვილი", not_after=VOWELS),
    Suffix("მ", "ergative", ("",), 0.9, 2, "ლუკაშენკომ -> ლუკაშენკო", after=VOWELS),
    # dative -ს (the genitive of vowel stems too): სააკაშვილს, ლუკაშენკოს
    Suffix("ს", "dative", ("ი",), 0.85, 2, "სააკაშვილს -> სააკაშვილი", not_after=VOWELS),
    Suffix("ს", "dative/genitive", ("",), 0.9, 2, "ლუკაშენკოს -> ლუკაშენკო", after=VOWELS),
    # instrumental -ით, -თი: სააკაშვილით, ლუკაშენკოთი
    Suffix("ით", "instrumental", ("ი",), 0.9, 2, "სააკაშვილით -> სააკაშვილი", not_after=VOWELS),
    Suffix("ით", "instrumental", ("ა",), 0.8, 2, "ამერიკით -> ამერიკა", not_after=VOWELS),
    Suffix("თი", "instrumental", ("",), 0.85, 2, "ლუკაშენკოთი -> ლუკაშენკო", after=VOWELS),
    # adverbial -ად, -დ: პრეზიდენტად, ლუკაშენკოდ
    Suffix("ად", "adverbial", ("ი",), 0.85, 2, "სააკაშვილად -> სააკაშვილი", not_after=VOWELS),
    Suffix("დ", "adverbial", ("",), 0.7, 2, "ლუკაშენკოდ -> ლუკაშენკო", after=VOWELS),
    # vocative -ო (consonant stems only)
    Suffix("ო", "vocative", ("ი",), 0.5, 3, "მიხეილო -> მიხეილი", not_after=VOWELS),
    # postpositions on the dative: -ში 'in', -ზე 'on', -თან 'at, with'
    Suffix("ში", "inessive (-ში)", ("ი",), 0.9, 2, "თბილისში -> თბილისი", not_after=VOWELS),
    Suffix("ში", "inessive (-ში)", ("",), 0.9, 2, "ამერიკაში -> ამერიკა", after=VOWELS),
    Suffix("ზე", "superessive (-ზე)", ("ი",), 0.9, 2, "სააკაშვილზე -> სააკაშვილი", not_after=VOWELS),
    Suffix("ზე", "superessive (-ზე)", ("",), 0.9, 2, "ლუკაშენკოზე -> ლუკაშენკო", after=VOWELS),
    Suffix("თან", "adessive (-თან)", ("ი",), 0.9, 2, "ზურაბიშვილთან -> ზურაბიშვილი", not_after=VOWELS),
    Suffix("თან", "adessive (-თან)", ("",), 0.9, 2, "პუტინთან", after=VOWELS),
    # postpositions on the genitive: -თვის 'for', -კენ 'towards', -გან 'from (a person)'
    Suffix("ისთვის", "benefactive (-თვის)", ("ი",), 0.95, 2, "სააკაშვილისთვის", not_after=VOWELS),
    Suffix("ისთვის", "benefactive (-თვის)", ("ა",), 0.85, 2, "ამერიკისთვის -> ამერიკა", not_after=VOWELS),
    Suffix("სთვის", "benefactive (-თვის)", ("",), 0.95, 2, "ლუკაშენკოსთვის", after=VOWELS),
    Suffix("ისკენ", "directive (-კენ)", ("ი",), 0.9, 2, "თბილისისკენ -> თბილისი", not_after=VOWELS),
    Suffix("ისკენ", "directive (-კენ)", ("ა",), 0.85, 2, "ამერიკისკენ -> ამერიკა", not_after=VOWELS),
    Suffix("სკენ", "directive (-კენ)", ("",), 0.9, 2, "მოსკოვისკენ", after=VOWELS),
    Suffix("ისგან", "ablative (-გან)", ("ი",), 0.9, 2, "სააკაშვილისგან", not_after=VOWELS),
    Suffix("სგან", "ablative (-გან)", ("",), 0.9, 2, "ლუკაშენკოსგან", after=VOWELS),
    # postposition on the instrumental: -დან 'from'
    Suffix("იდან", "elative (-დან)", ("ი",), 0.9, 2, "თბილისიდან -> თბილისი", not_after=VOWELS),
    Suffix("იდან", "elative (-დან)", ("ა",), 0.8, 2, "ამერიკიდან -> ამერიკა", not_after=VOWELS),
    Suffix("დან", "elative (-დან)", ("",), 0.9, 2, "ბაქოდან -> ბაქო", after=VOWELS),
    # postposition on the adverbial: -მდე 'up to'
    Suffix("ამდე", "terminative (-მდე)", ("ი",), 0.85, 2, "თბილისამდე -> თბილისი", not_after=VOWELS),
    Suffix("მდე", "terminative (-მდე)", ("",), 0.85, 2, "ბაქომდე -> ბაქო", after=VOWELS),
    # 'like' -ივით / -ვით on the nominative
    Suffix("ივით", "similative (-ვით)", ("ი",), 0.8, 2, "სააკაშვილივით", not_after=VOWELS),
    Suffix("ვით", "similative (-ვით)", ("",), 0.8, 2, "ლუკაშენკოვით", after=VOWELS),
    # the plural -ებ- with a case ending
    Suffix("ები", "nominative plural", ("ი",), 0.6, 2, "ზურაბიშვილები -> ზურაბიშვილი", not_after=VOWELS),
    Suffix("ების", "genitive plural", ("ი",), 0.65, 2, "ზურაბიშვილების", not_after=VOWELS),
    Suffix("ებს", "dative plural", ("ი",), 0.6, 2, "ზურაბიშვილებს", not_after=VOWELS),
    Suffix("ებმა", "ergative plural", ("ი",), 0.6, 2, "ზურაბიშვილებმა", not_after=VOWELS),
    Suffix("ებით", "instrumental plural", ("ი",), 0.6, 2, "ზურაბიშვილებით", not_after=VOWELS),
    Suffix("ებში", "inessive plural (-ში)", ("ი",), 0.6, 2, "ალპებში -> ალპი", not_after=VOWELS),
)


class Georgian(SuffixLanguage):
    """The Georgian ending table, for words in the Georgian script only.

    Examples:
        >>> [(h.base, h.case) for h in Georgian().hypotheses("ლუკაშენკომ")]
        [('ლუკაშენკო', 'ergative')]
        >>> [(h.base, h.case) for h in Georgian().hypotheses("ზურაბიშვილის")][0]
        ('ზურაბიშვილი', 'genitive')
    """

    def __init__(self) -> None:
        super().__init__("ka", "Georgian", CASES)

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Hypotheses for a Georgian-script word; none for any other word."""
        if not word or not _SCRIPT[0] <= word[-1] <= _SCRIPT[1]:
            return []
        return super().hypotheses(word)


LANGUAGE = Georgian()
