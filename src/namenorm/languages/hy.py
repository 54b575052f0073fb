"""Armenian (Eastern): the case endings and the article of names, in the Armenian script.

Sources: J. Dum-Tragut, "Armenian: Modern Eastern Armenian" (2009), §2.1.2
(the definite article -ը/-ն), §2.1.3 (declension: the i-declension, the
glide -յ- after a vowel, the -ություն : -ության type, the plural -եր/-ներ);
Hayeren.am grammar tables of the noun cases.

Most names follow the i-declension: genitive and dative -ի (Փաշինյանի), the
definite dative -ին, ablative -ից, instrumental -ով, locative -ում; the
definite article is -ը after a consonant (Ալիևը) and -ն after a vowel
(Մոսկվան). After a final vowel a glide -յ- comes before -ի, -ից, -ով, -ում
(Մոսկվա : Մոսկվայի, Մոսկվայից). The plural is -եր after one syllable, -ներ
after more, with the same endings after it.
"""

from __future__ import annotations

from .base import Hypothesis, Suffix, SuffixLanguage

__all__ = ["CASES", "LANGUAGE", "Armenian"]

#: The vowel letters of the Armenian script (ու is written with ո).
VOWELS = "աեէըիոօ"
#: The Armenian letters (capitals, small letters and the ligature և).
_SCRIPT = ("\u0531", "\u058a")

# One rule a line: ending, case, what the base form has instead, weight,
# shortest stem, example. An ending with the glide -յ- after a vowel outranks
# the same ending read as following a stem in -յ (Մոսկվայից is Մոսկվա, not
# Մոսկվայ). Source: Dum-Tragut 2009 §2.1.2-§2.1.3.
CASES: tuple[Suffix, ...] = (
    # definite article: -ը after a consonant, -ն after a vowel
    Suffix("ը", "nominative, definite", ("",), 0.9, 2, "Ալիևը -> Ալիև", not_after=VOWELS),
    Suffix("ն", "nominative, definite", ("",), 0.7, 3, "Մոսկվան -> Մոսկվա", after=VOWELS),
    # genitive/dative -ի (after a vowel -յի), definite dative -ին
    Suffix("ի", "genitive/dative", ("",), 0.9, 2, "Փաշինյանի -> Փաշինյան", not_after=VOWELS),
    Suffix("յի", "genitive/dative", ("",), 0.92, 2, "Մոսկվայի -> Մոսկվա", after=VOWELS),
    Suffix("ին", "dative, definite", ("",), 0.85, 2, "Փաշինյանին -> Փաշինյան", not_after=VOWELS),
    Suffix("յին", "dative, definite", ("",), 0.87, 2, "Մոսկվային -> Մոսկվա", after=VOWELS),
    # ablative -ից
    Suffix("ից", "ablative", ("",), 0.93, 2, "Փաշինյանից -> Փաշինյան", not_after=VOWELS),
    Suffix("յից", "ablative", ("",), 0.95, 2, "Մոսկվայից -> Մոսկվա", after=VOWELS),
    # instrumental -ով
    Suffix("ով", "instrumental", ("",), 0.93, 2, "Փաշինյանով -> Փաշինյան", not_after=VOWELS),
    Suffix("յով", "instrumental", ("",), 0.95, 2, "Մոսկվայով -> Մոսկվա", after=VOWELS),
    # locative -ում
    Suffix("ում", "locative", ("",), 0.93, 2, "Երևանում -> Երևան", not_after=VOWELS),
    Suffix("յում", "locative", ("",), 0.95, 2, "Մոսկվայում -> Մոսկվա", after=VOWELS),
    # (-ություն : -ության is not undone: its base form is longer than the form,
    # and no hypothesis may be; the fuzzy stage finds such names)
    # the genitive -ու of a few native names
    Suffix("ու", "genitive (u-declension)", ("",), 0.5, 3, "Աթենքու", not_after=VOWELS),
    # plural -եր/-ներ, alone or with a case ending or the article
    *(
        Suffix(p + e, f"{case} plural", ("",), w, 2, example)
        for p in ("ներ", "եր")
        for e, case, w, example in (
            ("", "nominative", 0.6, "Ալիևներ -> Ալիև"),
            ("ը", "nominative", 0.6, "Ալիևները"),
            ("ի", "genitive/dative", 0.6, "Ալիևների"),
            ("ից", "ablative", 0.6, "Ալիևներից"),
            ("ով", "instrumental", 0.6, "Ալիևներով"),
            ("ում", "locative", 0.6, "Ալիևներում"),
        )
    ),
)


class Armenian(SuffixLanguage):
    """The Armenian ending table, for words in the Armenian script only.

    Examples:
        >>> [(h.base, h.case) for h in Armenian().hypotheses("փաշինյանի")]
        [('փաշինյան', 'genitive/dative')]
        >>> [(h.base, h.case) for h in Armenian().hypotheses("մոսկվայից")][0]
        ('մոսկվա', 'ablative')
    """

    def __init__(self) -> None:
        super().__init__("hy", "Armenian", CASES)

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Hypotheses for an Armenian-script word; none for any other word."""
        if not word or not _SCRIPT[0] <= word[-1] <= _SCRIPT[1]:
            return []
        return super().hypotheses(word)


LANGUAGE = Armenian()
