"""Russian, Ukrainian and Belarusian in Cyrillic: the declension of names.

Sources: Zaliznyak, *Grammatical Dictionary of Russian* (1977), the noun and
adjective declension types; Rosenthal, *Справочник по правописанию и
литературной правке* §§ on the declension of surnames (-ов/-ин surnames
take -ым in the instrumental: Путиным; -ко/-енко surnames, -аго/-ых and
vowel-final foreign surnames are indeclinable in Russian: Матвиенко,
Шойгу, Саакашвили); Pravopys 2019 (Ukrainian), §§ 84-87 (-ов/-ін surnames
take -им: Лавровим; -ко surnames decline: Лукашенка, Лукашенкові,
Лукашенком; і alternates with о/е in closed syllables: Київ : Києва,
Харків : Харкова); Belarusian orthography rules of 2008, and the
declension tables of Беларуская граматыка (1985): Лаўроў : Лаўрова,
Лукашэнка : Лукашэнкі, Ціханоўская : Ціханоўскай.

One module, three languages: most rules are shared, and each language has
the rules its spelling needs. A masculine stem left by -а/-у/-ом/-е may
have lost a fleeting vowel (Павла -> Павел, Египта -> Египет, Льва ->
Лев, Макаровца -> Макаровец): those stems are offered with the vowel put
back, at a lower weight.
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import Hypothesis, Suffix, SuffixLanguage

_HUSHING = "жшчщц"  # after these the instrumental is -ем: Парижем
_VELAR_HUSHING = "гкхжшчщ"  # after these the genitive of -а nouns is -и: Праги, Польши

# Rules all three languages share (the spelling of these endings is the same).
# One rule a line; ``restore``: what the base form has in place of the ending.
COMMON: tuple[Suffix, ...] = (
    # genitive/accusative -а of hard masculine nouns: Путина -> Путин, Лаврова -> Лавров
    Suffix("а", "genitive", weight=0.87, min_stem=2, example="Путина -> Путин"),
    # dative -у: Путину -> Путин, Лаврову -> Лавров
    Suffix("у", "dative", weight=0.86, min_stem=2, example="Таланту -> Талант"),
    # accusative -у of -а nouns: Москву -> Москва, Валентину -> Валентина
    Suffix("у", "accusative", ("а",), weight=0.87, min_stem=2, example="Москву -> Москва"),
    # instrumental -ом: Киевом -> Киев, Лукашенком -> Лукашенко (uk)
    Suffix("ом", "instrumental", weight=0.87, min_stem=2, example="Киевом -> Киев"),
    # accusative -ю of -я nouns: Россию -> Россия
    Suffix("ю", "accusative", ("я",), weight=0.86, min_stem=2, example="Россию -> Россия"),
    # dative -ю of soft masculine nouns: Израилю -> Израиль, Сергею -> Сергей
    Suffix("ю", "dative", ("ь",), weight=0.84, min_stem=2, example="Израилю -> Израиль"),
    Suffix("ю", "dative", ("й",), weight=0.84, min_stem=2, after="аеиоуыэюяєії", example="Сергею -> Сергей"),
    # genitive -я of soft masculine nouns: Цезаря -> Цезарь, Сергея -> Сергей
    Suffix("я", "genitive", ("ь",), weight=0.86, min_stem=2, example="Цезаря -> Цезарь"),
    Suffix("я", "genitive", ("й",), weight=0.86, min_stem=2, after="аеиоуыэюяєії", example="Сергея -> Сергей"),
    Suffix("я", "genitive", ("е",), weight=0.78, min_stem=2, example="Полесья -> Полесье"),
    # instrumental -ем of soft and hushing-final masculine nouns
    Suffix("ем", "instrumental", ("ь",), weight=0.85, min_stem=2, example="Каролем -> Кароль"),
    Suffix("ем", "instrumental", ("й",), weight=0.86, min_stem=2, after="аеиоуыэюяєії", example="Сергеем -> Сергей"),
    Suffix("ем", "instrumental", weight=0.85, min_stem=2, after=_HUSHING, example="Парижем -> Париж"),
    # genitive -ого/-его, dative -ому/-ему of adjectival surnames
    Suffix("ого", "genitive (adjectival)", ("ий",), weight=0.88, min_stem=2, example="Островского -> Островский"),
    Suffix("ого", "genitive (adjectival)", ("ой",), weight=0.82, min_stem=2, example="Толстого -> Толстой"),
    Suffix("ого", "genitive (adjectival)", ("ый",), weight=0.8, min_stem=2, example="Белого -> Белый"),
    Suffix("ому", "dative (adjectival)", ("ий",), weight=0.88, min_stem=2, example="Зеленскому -> Зеленский"),
    Suffix("ому", "dative (adjectival)", ("ой",), weight=0.82, min_stem=2, example="Толстому -> Толстой"),
    Suffix("ому", "dative (adjectival)", ("ый",), weight=0.8, min_stem=2),
    Suffix("его", "genitive (adjectival)", ("ий",), weight=0.84, min_stem=2, example="Синего -> Синий"),
    Suffix("ему", "dative (adjectival)", ("ий",), weight=0.84, min_stem=2),
    # accusative -ую of feminine adjectival surnames: Тихановскую -> Тихановская
    Suffix("ую", "accusative (adjectival)", ("ая",), weight=0.88, min_stem=2, example="Тихановскую -> Тихановская"),
    # plural forms of place names: Афинам -> Афины, Балканах -> Балканы
    Suffix("ам", "dative plural", ("ы",), weight=0.72, min_stem=3, example="Афинам -> Афины"),
    Suffix("ах", "locative plural", ("ы",), weight=0.72, min_stem=3, example="Балканах -> Балканы"),
    Suffix("ам", "dative plural", ("и",), weight=0.7, min_stem=3, after=_VELAR_HUSHING),
    Suffix("ах", "locative plural", ("и",), weight=0.7, min_stem=3, after=_VELAR_HUSHING, example="Святках"),
    Suffix("ами", "instrumental plural", ("ы",), weight=0.7, min_stem=3, example="Афинами -> Афины"),
)

RUSSIAN: tuple[Suffix, ...] = (
    *COMMON,
    # instrumental -ым of -ов/-ин surnames: Путиным -> Путин, Медведевым -> Медведев
    Suffix("ым", "instrumental", weight=0.88, min_stem=3, example="Медведевым -> Медведев"),
    Suffix("ым", "instrumental (adjectival)", ("ый",), weight=0.78, min_stem=2, example="Белым -> Белый"),
    # -им of adjectival surnames: Ковалевским -> Ковалевский
    Suffix("им", "instrumental (adjectival)", ("ий",), weight=0.87, min_stem=2, example="Ковалевским -> Ковалевский"),
    # locative -е of masculine nouns: Киеве -> Киев, Лондоне -> Лондон
    Suffix("е", "locative", weight=0.85, min_stem=2, example="Киеве -> Киев"),
    # dative/locative -е of -а nouns: Москве -> Москва, Африке -> Африка
    Suffix("е", "dative/locative", ("а",), weight=0.85, min_stem=2, example="Москве -> Москва"),
    Suffix("е", "dative/locative", ("я",), weight=0.8, min_stem=2, example="Чечне -> Чечня"),
    # locative -е of soft masculine nouns: Чернобыле -> Чернобыль, Китае -> Китай
    Suffix("е", "locative", ("ь",), weight=0.82, min_stem=2, example="Чернобыле -> Чернобыль"),
    Suffix("е", "locative", ("й",), weight=0.83, min_stem=2, after="аеиоуыэюя", example="Китае -> Китай"),
    # genitive -ы of -а nouns: Москвы -> Москва
    Suffix("ы", "genitive", ("а",), weight=0.87, min_stem=2, example="Москвы -> Москва"),
    # genitive -и of -а nouns after a velar or hushing consonant: Праги -> Прага
    Suffix("и", "genitive", ("а",), weight=0.86, min_stem=2, after=_VELAR_HUSHING, example="Праги -> Прага"),
    # genitive/dative/locative -и of -я and -ь nouns: Софьи -> Софья, Сибири -> Сибирь
    Suffix("и", "genitive", ("я",), weight=0.84, min_stem=2, example="Софьи -> Софья, Чечни -> Чечня"),
    Suffix("и", "genitive", ("ь",), weight=0.83, min_stem=2, example="Сибири -> Сибирь"),
    # -ии of -ия nouns: России -> Россия, Сергии -> Сергий
    Suffix("ии", "genitive/dative/locative", ("ия",), weight=0.9, min_stem=2, example="России -> Россия"),
    Suffix("ии", "locative", ("ий",), weight=0.72, min_stem=2, example="Григории -> Григорий"),
    # genitive -ия, instrumental -ием of -ий names: Григория -> Григорий
    Suffix("ия", "genitive", ("ий",), weight=0.88, min_stem=2, example="Григория -> Григорий"),
    Suffix("ием", "instrumental", ("ий",), weight=0.87, min_stem=2, example="Григорием -> Григорий"),
    Suffix("ию", "dative", ("ий",), weight=0.84, min_stem=2, example="Григорию -> Григорий"),
    # instrumental -ей/-ией of -я/-ия nouns: Россией -> Россия, Софьей -> Софья
    Suffix("ией", "instrumental", ("ия",), weight=0.88, min_stem=2, example="Россией -> Россия"),
    Suffix("ей", "instrumental", ("я",), weight=0.8, min_stem=2, example="Софьей -> Софья"),
    # -ой of -а nouns and of feminine surnames: Москвой -> Москва, Путиной -> Путина
    Suffix("ой", "genitive/dative/instrumental", ("а",), weight=0.85, min_stem=2, example="Реджиной -> Реджина"),
    Suffix("ой", "genitive/dative/instrumental (adjectival)", ("ая",), weight=0.87, min_stem=2, example="Тихановской"),
    Suffix("ою", "instrumental", ("а",), weight=0.6, min_stem=2, example="Москвою -> Москва"),
    # locative -ом of adjectival surnames: (о) Ковалевском -> Ковалевский
    Suffix("ом", "locative (adjectival)", ("ий",), weight=0.72, min_stem=3, example="Ковалевском -> Ковалевский"),
    # plural of surnames: Демидовых -> Демидов, Телакуровых -> Телакуров
    Suffix("ых", "genitive plural", weight=0.75, min_stem=3, example="Демидовых -> Демидов"),
    Suffix("ыми", "instrumental plural", weight=0.72, min_stem=3, example="Демидовыми -> Демидов"),
    Suffix("ы", "plural", weight=0.6, min_stem=3, example="Демидовы -> Демидов"),
    # genitive plural -ев/-ов of -и/-ы place names: Гималаев -> Гималаи
    Suffix("ев", "genitive plural", ("и",), weight=0.6, min_stem=3, after="аеиоуыэюя", example="Гималаев -> Гималаи"),
    # genitive plural of plural-only names in -ки, with the mobile vowel: Святок -> Святки, Лужников -> Лужники
    Suffix("ок", "genitive plural (mobile o)", ("ки",), weight=0.6, min_stem=2, example="Святок -> Святки"),
    Suffix("ков", "genitive plural", ("ки",), weight=0.6, min_stem=2, example="Лужников -> Лужники"),
)

UKRAINIAN: tuple[Suffix, ...] = (
    *COMMON,
    # instrumental -им of -ов/-ін surnames: Лавровим -> Лавров, Путіним -> Путін
    Suffix("им", "instrumental", weight=0.88, min_stem=3, example="Лавровим -> Лавров"),
    Suffix("им", "instrumental (adjectival)", ("ий",), weight=0.86, min_stem=2, example="Зеленським -> Зеленський"),
    # -о surnames decline: Лукашенка -> Лукашенко, Лукашенку, Лукашенком, Лукашенкові
    Suffix("а", "genitive", ("о",), weight=0.86, min_stem=3, after="кнлрт", example="Лукашенка -> Лукашенко"),
    Suffix("у", "dative", ("о",), weight=0.84, min_stem=3, after="кнлрт", example="Лукашенку -> Лукашенко"),
    Suffix("ом", "instrumental", ("о",), weight=0.86, min_stem=3, after="кнлрт", example="Лукашенком -> Лукашенко"),
    Suffix("ові", "dative/locative", ("о",), weight=0.85, min_stem=3, example="Лукашенкові -> Лукашенко"),
    # dative/locative -ові/-еві: Лаврову / Лаврові, Путінові -> Путін
    Suffix("ові", "dative/locative", weight=0.87, min_stem=2, example="Путінові -> Путін"),
    Suffix("еві", "dative/locative", ("ь", "й"), weight=0.84, min_stem=2, example="Ігореві -> Ігор"),
    Suffix("еві", "dative/locative", weight=0.84, min_stem=2, example="Ігореві -> Ігор"),
    # soft r (Ігор : Ігоря, Ігорем) and other soft stems without a soft sign
    Suffix("я", "genitive", weight=0.8, min_stem=2, after="р", example="Ігоря -> Ігор"),
    Suffix("ем", "instrumental", weight=0.84, min_stem=2, after="р", example="Ігорем -> Ігор"),
    # locative -і: Києві -> Київ (with the alternation below), Лондоні -> Лондон
    Suffix("і", "locative", weight=0.85, min_stem=2, example="Лондоні -> Лондон"),
    # -а nouns: gen -и, dat/loc -і, ins -ою; -я nouns: gen -і/-ї, ins -єю
    Suffix("и", "genitive", ("а",), weight=0.87, min_stem=2, example="Москви -> Москва"),
    Suffix("і", "dative/locative", ("а",), weight=0.85, min_stem=2, example="Москві -> Москва"),
    Suffix("ою", "instrumental", ("а",), weight=0.87, min_stem=2, example="Москвою -> Москва"),
    Suffix("ії", "genitive", ("ія",), weight=0.9, min_stem=2, example="Росії -> Росія"),
    Suffix("ії", "dative/locative", ("ія",), weight=0.88, min_stem=2, example="Росії -> Росія"),
    Suffix("єю", "instrumental", ("я",), weight=0.86, min_stem=2, example="Росією -> Росія"),
    Suffix("і", "genitive", ("я",), weight=0.8, min_stem=2, example="Землі -> Земля"),
    Suffix("і", "genitive", ("ь",), weight=0.8, min_stem=2, example="Січі -> Січ"),
    # genitive -ія of -ій names: Сергія -> Сергій, Віталія -> Віталій
    Suffix("ія", "genitive", ("ій",), weight=0.88, min_stem=2, example="Сергія -> Сергій"),
    Suffix("ієм", "instrumental", ("ій",), weight=0.87, min_stem=2, example="Сергієм -> Сергій"),
    Suffix("ію", "dative", ("ій",), weight=0.84, min_stem=2, example="Сергію -> Сергій"),
    # feminine adjectival surnames -ська: Тихановської, Тихановській, Тихановською
    Suffix("ої", "genitive (adjectival)", ("а",), weight=0.87, min_stem=2, example="Тихановської -> Тихановська"),
    Suffix("ій", "dative/locative (adjectival)", ("а",), weight=0.85, min_stem=2, example="Тихановській"),
    Suffix("ою", "instrumental (adjectival)", ("а",), weight=0.86, min_stem=2, example="Тихановською"),
    # locative -ому / -ім of adjectival surnames
    Suffix("ім", "locative (adjectival)", ("ий",), weight=0.78, min_stem=2, example="Зеленськім -> Зеленський"),
    # plural of surnames: Лаврових -> Лавров
    Suffix("их", "genitive plural", weight=0.72, min_stem=3, example="Лаврових -> Лавров"),
)

BELARUSIAN: tuple[Suffix, ...] = (
    *COMMON,
    # instrumental -ым of -оў/-ін surnames (ў alternates, see below): Лаўровым -> Лаўроў
    Suffix("ым", "instrumental", weight=0.88, min_stem=3, example="Лаўровым -> Лаўроў"),
    Suffix("ім", "instrumental", weight=0.86, min_stem=3, example="Пуціным -> Пуцін"),
    # locative -е: (у) Лондане -> Лондан
    Suffix("е", "locative", weight=0.84, min_stem=2, example="Лондане -> Лондан"),
    Suffix("е", "dative/locative", ("а",), weight=0.84, min_stem=2, example="Маскве -> Масква"),
    # -а nouns (also masculine Лукашэнка): gen -ы/-і, ins -ай/-ой, acc -у
    Suffix("ы", "genitive", ("а",), weight=0.87, min_stem=2, example="Масквы -> Масква"),
    Suffix("і", "genitive", ("а",), weight=0.86, min_stem=2, after=_VELAR_HUSHING, example="Лукашэнкі -> Лукашэнка"),
    Suffix("ам", "instrumental", ("а",), weight=0.86, min_stem=2, example="Лукашэнкам -> Лукашэнка"),
    Suffix("ай", "instrumental", ("а",), weight=0.85, min_stem=2, example="Украінай -> Украіна"),
    Suffix("ой", "instrumental", ("а",), weight=0.84, min_stem=2, example="Масквой -> Масква"),
    # -ія nouns: Расіі -> Расія, Расіяй -> Расія
    Suffix("іі", "genitive/dative/locative", ("ія",), weight=0.9, min_stem=2, example="Расіі -> Расія"),
    Suffix("іяй", "instrumental", ("ія",), weight=0.88, min_stem=2, example="Расіяй -> Расія"),
    # feminine adjectival surnames -ская: Ціханоўскай -> Ціханоўская
    Suffix("ай", "genitive/dative/instrumental (adjectival)", ("ая",), weight=0.87, min_stem=2, example="Ціханоўскай"),
    # masculine adjectival surnames -скі: Ціханоўскага -> Ціханоўскі
    Suffix("ага", "genitive (adjectival)", ("і",), weight=0.87, min_stem=2, example="Ціханоўскага -> Ціханоўскі"),
    Suffix("аму", "dative (adjectival)", ("і",), weight=0.87, min_stem=2, example="Ціханоўскаму -> Ціханоўскі"),
    Suffix("ім", "instrumental (adjectival)", ("і",), weight=0.84, min_stem=2, example="Ціханоўскім -> Ціханоўскі"),
    # genitive -ія of -ій names: Сергія -> Сергій
    Suffix("ія", "genitive", ("ій",), weight=0.88, min_stem=2, example="Віталія -> Віталій"),
)

_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"
#: Masculine endings after which a stem may have lost a fleeting vowel.
_FLEETING_AFTER = frozenset({"а", "у", "ом", "е", "ем", "ым", "им", "ові", "і", "я", "ю"})
#: A fleeting vowel put back between the last two consonants of a bare
#: masculine stem (Zaliznyak's "беглая гласная"): Павла -> Павел, Египта ->
#: Египет, Лужка -> Лужок; after a soft sign the vowel is е: Льва -> Лев,
#: Стрельца -> Стрелец. (vowel, factor)
FLEETING: tuple[tuple[str, float], ...] = (("е", 1.0), ("о", 0.9))
FLEETING_FACTOR = 0.9


#: Combining acute and grave accents, written over a vowel to mark stress.
_NO_STRESS = str.maketrans("", "", "\u0301\u0300")
#: The weight of a word with its stress marks removed.
STRESS_WEIGHT = 0.99


def _times(h: Hypothesis, factor: float) -> Hypothesis:
    return Hypothesis(h.base, h.ending, h.case, h.lang, h.weight * factor, h.rule)


class EastSlavic(SuffixLanguage):
    """A Cyrillic East Slavic language: its ending table and its stem repairs.

    Args:
        code: ISO 639-1 code.
        name: English name.
        suffixes: the ending table.
        alternations: (stem end, base end, name) pairs undone on masculine
            stems (Ukrainian Києв- -> Київ; Belarusian Лаўров- -> Лаўроў).
    """

    def __init__(
        self, code: str, name: str, suffixes: Sequence[Suffix], alternations: Sequence[tuple[str, str, str]] = ()
    ) -> None:
        super().__init__(code, name, suffixes)
        self.alternations = tuple(alternations)

    def hypotheses(self, word: str) -> list[Hypothesis]:
        """Base forms of ``word``, with fleeting vowels and alternations undone.

        Examples:
            >>> [h.base for h in LANGUAGES[0].hypotheses("путина")][:1]
            ['путин']
            >>> "павел" in [h.base for h in LANGUAGES[0].hypotheses("павла")]
            True
            >>> "київ" in [h.base for h in LANGUAGES[1].hypotheses("києві")]
            True
            >>> [h.base for h in LANGUAGES[0].hypotheses("тюме\u0301нь")][:1]
            ['тюмень']
        """
        plain = word.translate(_NO_STRESS)
        if plain != word and plain:
            # Stress marks (Аделаи́ды, Тюме́нь) are not part of the spelling.
            stressless = Hypothesis(plain, "", "stress mark removed", self.code, STRESS_WEIGHT, f"{self.code}:stress")
            return [stressless, *(_times(h, STRESS_WEIGHT) for h in self.hypotheses(plain))]
        out = super().hypotheses(word)
        for h in list(out):
            ending = h.ending
            stem = word[: len(word) - len(ending)]
            if h.base != stem or ending not in _FLEETING_AFTER:
                continue  # only bare masculine stems (restore "")
            for base, factor, rule in self._repairs(stem):
                out.append(Hypothesis(base, ending, h.case, self.code, h.weight * factor, f"{h.rule}, {rule}"))
        return out

    def _repairs(self, stem: str) -> list[tuple[str, float, str]]:
        """Base forms of a bare masculine stem with a fleeting vowel put back
        or an alternation undone, each with its factor and its name."""
        out = []
        if len(stem) >= 3 and stem[-1] in _CONSONANTS and stem[-1] != "й":
            if stem[-2] == "ь":
                out.append((stem[:-2] + "е" + stem[-1], FLEETING_FACTOR, "fleeting е after ь"))
            elif stem[-2] in _CONSONANTS and stem[-2] != "й":
                for vowel, factor in FLEETING:
                    out.append((stem[:-1] + vowel + stem[-1], FLEETING_FACTOR * factor, f"fleeting {vowel}"))
        for stem_end, base_end, name in self.alternations:
            if stem.endswith(stem_end) and len(stem) > len(stem_end) + 1:
                out.append((stem[: len(stem) - len(stem_end)] + base_end, FLEETING_FACTOR, name))
        return out


LANGUAGES = (
    EastSlavic("ru", "Russian", RUSSIAN),
    EastSlavic(
        "uk",
        "Ukrainian",
        UKRAINIAN,
        # і alternates with о/е in a closed final syllable (Pravopys 2019 § 13)
        (("ов", "ів", "о : і (Харкова -> Харків)"), ("єв", "їв", "є : ї (Києва -> Київ)"), ("ев", "ів", "е : і")),
    ),
    EastSlavic(
        "be",
        "Belarusian",
        BELARUSIAN,
        # ў for в at the end of a syllable: Лаўроў : Лаўрова
        (("ов", "оў", "ў : в (Лаўрова -> Лаўроў)"), ("ев", "еў", "ў : в"), ("ёв", "ёў", "ў : в")),
    ),
)
