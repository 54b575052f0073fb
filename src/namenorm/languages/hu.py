"""Hungarian: case endings of names, with vowel harmony, assimilation and lengthening.

Sources: A magyar helyesírás szabályai (AkH., 11th ed.) §215-217 and
e-nyelv.hu "Idegen szavak és nevek toldalékolása" (2015): suffixes attach
directly with vowel harmony (Putyinnak, Putyinról, Putyinhoz, Putyinban;
Medvegyevnek); the ``v`` of -val/-vel and -vá/-vé assimilates to the last
pronounced consonant (Putyinnal, Balzackal, Bachhal, Marxszal, Kováccsal);
a final a/e/o/ö lengthens before a suffix (Oslo : Oslóban, Goethe :
Goethének, Lukasenko : Lukasenkónak); a hyphen is written when the final
letter is silent, the name ends in an unusual digraph, or a doubled final
letter meets a suffix that starts with it (Shaw-val, Glasgow-ig,
Mann-nal, NATO-t).

Hungarian stacks suffixes: a case ending may follow the possessive -é
(Versenyhivatalét), the 3rd-person possessive -a/-e/-ja/-je
(Cigánybárójának) or a plural (Orbánékat). Case endings are removed first,
then one inner suffix; each stem is offered as written and with its
lengthened final vowel shortened. Vowel harmony is not enforced (foreign
names follow their pronunciation, not their spelling), but a harmony
mismatch lowers a rule's weight.
"""

from __future__ import annotations

from .base import Hypothesis, Suffix, SuffixLanguage

_VOWELS = "aáeéiíoóöőuúüű"
#: Consonant letters a suffix -val/-vel can assimilate to (the doubled letter).
_ASSIMILATING = "bcdfghjklmnprstvz"

#: The instrumental -val/-vel and translative -vá/-vé with the v assimilated
#: to (doubling) the final consonant: Putyin -> Putyinnal, Antal -> Antallal,
#: Bach -> Bachhal, Horn -> Hornnal, Mann -> Mann-nal (AkH. §215).
_DOUBLED: tuple[Suffix, ...] = tuple(
    Suffix(c + tail, case, weight=weight, after=c, example=f"-{c}{tail} after {c}")
    for c in _ASSIMILATING
    for tail, case, weight in (
        ("al", "instrumental (assimilated)", 0.9),
        ("el", "instrumental (assimilated)", 0.9),
        ("á", "translative (assimilated)", 0.8),
        ("é", "translative (assimilated)", 0.8),
    )
)

# Case endings, one rule a line, longest first at run time.  The weights rank
# competing explanations: long, unambiguous endings high; one-letter endings
# (-t, -n, -k) low.  Sources: AkH. §215-217; e-nyelv.hu (2015).
CASES: tuple[Suffix, ...] = (
    # dative / genitive -nak/-nek: Putyinnak -> Putyin, Péternek -> Péter
    Suffix("nak", "dative", weight=0.9, example="Putyinnak -> Putyin"),
    Suffix("nek", "dative", weight=0.9, example="Péternek -> Péter"),
    # inessive -ban/-ben: Kandahárban -> Kandahár
    Suffix("ban", "inessive", weight=0.9, example="Kandahárban -> Kandahár"),
    Suffix("ben", "inessive", weight=0.9, example="Energiaügynökségben -> Energiaügynökség"),
    # illative -ba/-be: Hivatalba -> Hivatal
    Suffix("ba", "illative", weight=0.82, example="Hivatalba -> Hivatal"),
    Suffix("be", "illative", weight=0.82, example="Brüsszelbe -> Brüsszel"),
    # elative -ból/-ből: Oroszországból -> Oroszország
    Suffix("ból", "elative", weight=0.9, example="Oroszországból -> Oroszország"),
    Suffix("ből", "elative", weight=0.9, example="Berlinből -> Berlin"),
    # delative -ról/-ről: Putyinról -> Putyin
    Suffix("ról", "delative", weight=0.9, example="Putyinról -> Putyin"),
    Suffix("ről", "delative", weight=0.9, example="Medvegyevről -> Medvegyev"),
    # sublative -ra/-re: Putyinra -> Putyin
    Suffix("ra", "sublative", weight=0.82, example="Putyinra -> Putyin"),
    Suffix("re", "sublative", weight=0.82, example="Medvegyevre -> Medvegyev"),
    # superessive -on/-en/-ön after a consonant, -n after a vowel
    Suffix("on", "superessive", weight=0.8, not_after=_VOWELS, example="Magyarországon -> Magyarország"),
    Suffix("en", "superessive", weight=0.8, not_after=_VOWELS, example="Budapesten -> Budapest"),
    Suffix("ön", "superessive", weight=0.8, not_after=_VOWELS, example="Győrön -> Győr"),
    Suffix("an", "superessive", weight=0.55, not_after=_VOWELS, example="Balatonan (rare, a-stem)"),
    Suffix("n", "superessive", weight=0.78, after=_VOWELS, example="Kerekegyházán -> Kerekegyháza"),
    # adessive -nál/-nél: Putyinnál -> Putyin
    Suffix("nál", "adessive", weight=0.9, example="Putyinnál -> Putyin"),
    Suffix("nél", "adessive", weight=0.9, example="Amiens-nél -> Amiens"),
    # ablative -tól/-től: Maglódtól -> Maglód
    Suffix("tól", "ablative", weight=0.9, example="Maglódtól -> Maglód"),
    Suffix("től", "ablative", weight=0.9, example="Szegedtől -> Szeged"),
    # allative -hoz/-hez/-höz: Pálhoz -> Pál
    Suffix("hoz", "allative", weight=0.9, example="Pálhoz -> Pál"),
    Suffix("hez", "allative", weight=0.9, example="Skopjéhez -> Skopje"),
    Suffix("höz", "allative", weight=0.9, example="Györgyhöz -> György"),
    # terminative -ig: Glasgow-ig -> Glasgow
    Suffix("ig", "terminative", weight=0.8, example="pályaudvarig -> pályaudvar"),
    # essive-formal -ként: Moraleseként -> Morales (after the possessive -é)
    Suffix("ként", "essive-formal", weight=0.9, example="elnökként -> elnök"),
    # causal-final -ért: Putyinért -> Putyin
    Suffix("ért", "causal-final", weight=0.85, example="Putyinért -> Putyin"),
    # temporal -kor: Karácsonykor -> Karácsony
    Suffix("kor", "temporal", weight=0.6, example="Karácsonykor -> Karácsony"),
    # sociative -stul/-stül: Putyinostul (rare)
    Suffix("ostul", "sociative", weight=0.6, example="családostul -> család"),
    Suffix("estül", "sociative", weight=0.6, example="gyerekestül -> gyerek"),
    Suffix("stul", "sociative", weight=0.6, example="kutyástul -> kutyás"),
    Suffix("stül", "sociative", weight=0.6),
    # instrumental -val/-vel after a vowel (and v): Anitával -> Anita
    Suffix("val", "instrumental", weight=0.9, after=_VOWELS + "v", example="NATO-val -> NATO"),
    Suffix("vel", "instrumental", weight=0.9, after=_VOWELS + "v", example="Medvegyevvel -> Medvegyev"),
    # translative -vá/-vé after a vowel (and v)
    Suffix("vá", "translative", weight=0.8, after=_VOWELS + "v", example="Európává -> Európa"),
    Suffix("vé", "translative", weight=0.8, after=_VOWELS + "v", example="Medvegyevvé -> Medvegyev"),
    # instrumental, v assimilated to a digraph whose first letter doubles:
    # Kovács -> Kováccsal, Nagy -> Naggyal (cs sz zs gy ny ly ty)
    Suffix("csal", "instrumental (assimilated)", ("s",), weight=0.88, after="c", example="Kováccsal -> Kovács"),
    Suffix("csel", "instrumental (assimilated)", ("s",), weight=0.88, after="c", example="Bencsel"),
    Suffix("szal", "instrumental (assimilated)", ("z",), weight=0.88, after="s", example="Kovásszal -> Kovász"),
    Suffix("szel", "instrumental (assimilated)", ("z",), weight=0.88, after="s", example="Rákosszel"),
    Suffix("zsal", "instrumental (assimilated)", ("s",), weight=0.88, after="z", example="Balázzsal"),
    Suffix("zsel", "instrumental (assimilated)", ("s",), weight=0.88, after="z"),
    Suffix("gyal", "instrumental (assimilated)", ("y",), weight=0.88, after="g", example="Naggyal -> Nagy"),
    Suffix("gyel", "instrumental (assimilated)", ("y",), weight=0.88, after="g", example="Egeggyel"),
    Suffix("nyal", "instrumental (assimilated)", ("y",), weight=0.88, after="n", example="Kunnyal"),
    Suffix("nyel", "instrumental (assimilated)", ("y",), weight=0.88, after="n"),
    Suffix("lyal", "instrumental (assimilated)", ("y",), weight=0.88, after="l", example="Királlyal -> Király"),
    Suffix("lyel", "instrumental (assimilated)", ("y",), weight=0.88, after="l"),
    Suffix("tyal", "instrumental (assimilated)", ("y",), weight=0.88, after="t", example="Hattyal"),
    Suffix("tyel", "instrumental (assimilated)", ("y",), weight=0.88, after="t"),
    # v assimilated to a pronounced consonant other than the written one:
    # Marx [ks] -> Marxszal, Balzac [k] -> Balzackal
    Suffix("szal", "instrumental (assimilated)", weight=0.85, after="x", example="Marxszal -> Marx"),
    Suffix("szel", "instrumental (assimilated)", weight=0.85, after="x", example="Félixszel -> Félix"),
    Suffix("kal", "instrumental (assimilated)", weight=0.85, after="c", example="Balzackal -> Balzac"),
    Suffix("kel", "instrumental (assimilated)", weight=0.85, after="c", example="Mercedeskel"),
    # accusative -t after a vowel or a continuant, -ot/-et/-öt/-at otherwise
    Suffix("ot", "accusative", weight=0.8, not_after=_VOWELS, example="Kovácsot -> Kovács"),
    Suffix("et", "accusative", weight=0.8, not_after=_VOWELS, example="Budapestet -> Budapest"),
    Suffix("öt", "accusative", weight=0.8, not_after=_VOWELS, example="Györgyöt -> György"),
    Suffix("at", "accusative", weight=0.7, not_after=_VOWELS, example="Államokat -> Államok"),
    Suffix("t", "accusative", weight=0.85, example="Iránt -> Irán, Matvijenkót -> Matvijenko"),
    # possessive -é, -éi (Gyuláé "Gyula's"): Gyuláé -> Gyula
    Suffix("é", "possessive -é", weight=0.7, min_stem=3, example="Gyuláé -> Gyula"),
    Suffix("éi", "possessive -éi", weight=0.6, min_stem=3, example="Petőfiéi -> Petőfi"),
    # family plural -ék: Orbánék -> Orbán
    Suffix("ék", "family plural -ék", weight=0.75, min_stem=3, example="Orbánék -> Orbán"),
    # plural -k after a vowel, -ok/-ek/-ök/-ak after a consonant
    Suffix("ok", "plural", weight=0.6, not_after=_VOWELS, min_stem=3, example="Kovácsok -> Kovács"),
    Suffix("ek", "plural", weight=0.6, not_after=_VOWELS, min_stem=3, example="Németek -> Német"),
    Suffix("ök", "plural", weight=0.6, not_after=_VOWELS, min_stem=3),
    Suffix("ak", "plural", weight=0.55, not_after=_VOWELS, min_stem=3),
    Suffix("k", "plural", weight=0.6, after=_VOWELS, min_stem=3, example="Habsburgok"),
    # instrumental and translative with v assimilated to a doubled consonant
    *_DOUBLED,
)

# Suffixes between the stem and a case ending (or ending the word): the 3rd
# person possessive and the possessive -é.  Lemmas of proper nouns in the
# possessive (Minisztériuma) stay lemmas: these are tried as well as, not
# instead of, the bare case stem.
INNER: tuple[Suffix, ...] = (
    # possessive -ja/-je after a vowel: Cigánybárójának -> Cigánybáró
    Suffix("ja", "3rd person possessive", weight=0.8, min_stem=3, example="Cigánybárójának -> Cigánybáró"),
    Suffix("je", "3rd person possessive", weight=0.8, min_stem=3, example="Skopjéje"),
    Suffix("já", "3rd person possessive", weight=0.8, min_stem=3, example="Híradóját -> Híradó"),
    Suffix("jé", "3rd person possessive", weight=0.8, min_stem=3, example="tuttéjének -> tutte"),
    # possessive -a/-e after a consonant: Tanácsa, Szövetsége
    Suffix("a", "3rd person possessive", weight=0.7, not_after=_VOWELS, min_stem=3, example="Tanácsa -> Tanács"),
    Suffix("e", "3rd person possessive", weight=0.7, not_after=_VOWELS, min_stem=3, example="Szövetsége"),
    Suffix("á", "3rd person possessive", weight=0.7, not_after=_VOWELS, min_stem=3, example="Tanácsához"),
    # the possessive -é before a case ending: Versenyhivatalét -> Versenyhivatal
    Suffix("é", "possessive -é", weight=0.75, min_stem=3, example="Versenyhivatalét -> Versenyhivatal"),
    # plural before a case ending: Orbánékat -> Orbán
    Suffix("ék", "family plural -ék", weight=0.75, min_stem=3, example="Orbánékat -> Orbán"),
    Suffix("ok", "plural", weight=0.7, not_after=_VOWELS, min_stem=3, example="Kovácsokat -> Kovács"),
    Suffix("ek", "plural", weight=0.7, not_after=_VOWELS, min_stem=3, example="Németeket -> Német"),
    Suffix("ök", "plural", weight=0.7, not_after=_VOWELS, min_stem=3),
    Suffix("k", "plural", weight=0.7, after=_VOWELS, min_stem=3, example="Habsburgoknak"),
)

#: A final a/e/o/ö lengthens before a suffix (AkH. §215): the long vowel a stem
#: ends in may be short in the dictionary form.  (long, short)
LENGTHENED: tuple[tuple[str, str], ...] = (
    ("á", "a"),  # Európában -> Európa
    ("é", "e"),  # Skopjéhez -> Skopje
    ("ó", "o"),  # Oslóban -> Oslo, Lukasenkónak -> Lukasenko
    ("ő", "ö"),  # (native ö-final words are rare; kept for symmetry)
)
#: How much the shortened reading is trusted beside the stem as written.
SHORTENED_FACTOR = 0.97
#: How much an ending written after a hyphen (Shaw-val, NATO-t) is trusted:
#: the hyphen marks exactly where the name ends.
HYPHEN_WEIGHT = 0.95
#: How much a vowel-harmony mismatch between stem and ending lowers it.
DISHARMONY_FACTOR = 0.8

_BACK = set("aáoóuú")
_FRONT_ROUNDED = set("öőüű")
_FRONT = set("eéiíöőüű")


#: Endings with one form for every stem: no harmony to check.
INVARIANT = frozenset({"é", "éi", "ék", "ig", "ért", "ként", "kor"})


def _harmony(stem: str, ending: str) -> bool:
    """Whether an ending's vowel agrees with the stem's last vowel.

    Neutral i/í/e/é stems take front endings, but mixed words ending in them
    may take back ones (Mária -> Máriának), so only a clear contrast counts.

    Examples:
        >>> _harmony("putyin", "nak"), _harmony("kandahár", "ben"), _harmony("orbán", "ék")
        (True, False, True)
    """
    if ending in INVARIANT:
        return True
    ending_vowels = [c for c in ending if c in _VOWELS]
    stem_vowels = [c for c in stem if c in _VOWELS]
    if not ending_vowels or not stem_vowels:
        return True
    suffix_back = ending_vowels[0] in _BACK
    if suffix_back:
        return any(v in _BACK for v in stem_vowels)
    last = stem_vowels[-1]
    if ending_vowels[0] in _FRONT_ROUNDED and ending_vowels[0] in "öő" and last in _BACK:
        return False
    return last not in _BACK


class Hungarian(SuffixLanguage):
    """Hungarian case endings, then one inner suffix, then vowel shortening."""

    def __init__(self) -> None:
        super().__init__("hu", "Hungarian", CASES)
        self.inner = SuffixLanguage("hu", "Hungarian inner suffixes", INNER)
        self.after_hyphen = {s.ending: s for s in reversed(self.suffixes)}

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base forms of ``word``: case stems, inner stems, shortened vowels.

        Examples:
            >>> [h.base for h in LANGUAGE.hypotheses("oslóban")][:2]
            ['osló', 'oslo']
            >>> "putyin" in [h.base for h in LANGUAGE.hypotheses("putyinnal")]
            True
            >>> [(h.base, h.case) for h in LANGUAGE.hypotheses("shaw-val")][0]
            ('shaw', 'instrumental')
        """
        out: list[Hypothesis] = []
        head, hyphen, tail = word.rpartition("-")
        if hyphen and head and tail in self.after_hyphen:
            # Shaw-val, Mann-nal, NATO-t, LRI-nek: the hyphen marks where the
            # name ends, whatever it ends in.
            s = self.after_hyphen[tail]
            out.append(Hypothesis(head, "-" + tail, s.case, "hu", HYPHEN_WEIGHT, f"hu:{s.case} -{tail} (hyphen)"))
        for h in super().hypotheses(word):
            if "-" in h.ending:
                continue  # handled above
            h = _harmonised(h)
            out.extend(_shortened(h))
            for inner in self.inner.hypotheses(h.base):
                combined = Hypothesis(
                    inner.base,
                    inner.ending + h.ending,
                    f"{inner.case} + {h.case}",
                    "hu",
                    # the outer ending counts in full, the inner one (already
                    # supported by the ending outside it) half
                    h.weight * (0.5 + 0.5 * inner.weight),
                    f"{inner.rule} + {h.rule}",
                )
                out.extend(_shortened(combined))
        return out


def _harmonised(h: Hypothesis) -> Hypothesis:
    if _harmony(h.base, h.ending):
        return h
    return Hypothesis(h.base, h.ending, h.case, h.lang, h.weight * DISHARMONY_FACTOR, h.rule + " (disharmonic)")


def _shortened(h: Hypothesis) -> list[Hypothesis]:
    """The hypothesis, and its base with a lengthened final vowel made short."""
    for long, short in LENGTHENED:
        if h.base.endswith(long) and len(h.base) > 2:
            return [
                h,
                Hypothesis(
                    h.base[:-1] + short,
                    h.ending,
                    h.case,
                    h.lang,
                    h.weight * SHORTENED_FACTOR,
                    f"{h.rule}, lengthened {short} -> {long}",
                ),
            ]
    return [h]


LANGUAGE = Hungarian()
