"""English, German, Dutch and the Nordic languages: the genitive -s is the only
ending names take.

Sources: Duden K16 (German genitive -s without apostrophe; apostrophe alone
after s, ss, ß, tz, z, x: ``Marx'``); TT-språket (Swedish -s, colon before s
in abbreviations: ``FN:s``); English possessive ``'s`` and ``s'``.
"""

from __future__ import annotations

from .base import Suffix, SuffixLanguage

_APOSTROPHE_S = Suffix("'s", "genitive", weight=0.97, min_stem=2, example="Žeenbekov's -> Žeenbekov")
_APOSTROPHE = Suffix("'", "genitive", weight=0.9, min_stem=2, after="sxzß", example="Marx' -> Marx")
_COLON_S = Suffix(":s", "genitive", weight=0.95, min_stem=1, example="FN:s -> FN")
_BARE_S = Suffix("s", "genitive", weight=0.8, min_stem=3, not_after="s'", example="Putins -> Putin")

LANGUAGES = (
    SuffixLanguage("en", "English", (_APOSTROPHE_S, _APOSTROPHE)),
    SuffixLanguage(
        "de",
        "German",
        (_APOSTROPHE_S, _APOSTROPHE, _BARE_S, Suffix("ens", "genitive (archaic)", weight=0.4, min_stem=3)),
    ),
    SuffixLanguage("nl", "Dutch", (_APOSTROPHE_S, _APOSTROPHE, _BARE_S)),
    SuffixLanguage("sv", "Swedish", (_COLON_S, _APOSTROPHE, _BARE_S)),
    SuffixLanguage("da", "Danish", (_COLON_S, _APOSTROPHE_S, _APOSTROPHE, _BARE_S)),
    SuffixLanguage("no", "Norwegian", (_COLON_S, _APOSTROPHE_S, _APOSTROPHE, _BARE_S)),
)
