"""English, German, Dutch and the Nordic languages: the genitive -s is the only
case ending names take; German adds -n to names and nouns in -e (weak
declension and plural: des Russen, die Grünen).

Sources: Duden K16 (German genitive -s without apostrophe; apostrophe alone
after s, ss, ß, tz, z, x: ``Marx'``); Duden grammar, weak declension
(der Russe, des/dem/den Russen) and adjectival names (die Grünen); TT-språket (Swedish -s, colon before s
in abbreviations: ``FN:s``); English possessive ``'s`` and ``s'``.
"""

from __future__ import annotations

from .base import Suffix, SuffixLanguage

_APOSTROPHE_S = Suffix("'s", "genitive", weight=0.97, min_stem=2, example="Žeenbekov's -> Žeenbekov")
_APOSTROPHE = Suffix("'", "genitive", weight=0.9, min_stem=2, after="sxzß", example="Marx' -> Marx")
_COLON_S = Suffix(":s", "genitive", weight=0.95, min_stem=1, example="FN:s -> FN")
_BARE_S = Suffix("s", "genitive", weight=0.8, min_stem=3, not_after="s'", example="Putins -> Putin")

LANGUAGES = (
    SuffixLanguage("en", "English", (_APOSTROPHE_S, _APOSTROPHE), closed=True),
    SuffixLanguage(
        "de",
        "German",
        (
            _APOSTROPHE_S,
            _APOSTROPHE,
            _BARE_S,
            Suffix("ens", "genitive (archaic)", weight=0.4, min_stem=3),
            Suffix("n", "weak declension or plural", weight=0.7, min_stem=3, after="e", example="Russen -> Russe"),
            Suffix("en", "adjectival", weight=0.6, min_stem=3, example="Weißen -> Weiß"),
        ),
        closed=True,
    ),
    SuffixLanguage("nl", "Dutch", (_APOSTROPHE_S, _APOSTROPHE, _BARE_S), closed=True),
    SuffixLanguage("sv", "Swedish", (_COLON_S, _APOSTROPHE, _BARE_S), closed=True),
    SuffixLanguage("da", "Danish", (_COLON_S, _APOSTROPHE_S, _APOSTROPHE, _BARE_S), closed=True),
    SuffixLanguage("no", "Norwegian", (_COLON_S, _APOSTROPHE_S, _APOSTROPHE, _BARE_S), closed=True),
)
