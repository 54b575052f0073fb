"""Kazakh, Kyrgyz and Azerbaijani: the Turkish suffix-chain engine with their own tables.

Sources: Muhamedowa, *Kazakh: A Comprehensive Grammar* (2016), ch. 1-2
(suffix alternants after vowels, voiced and voiceless consonants; two-way
harmony); the Kazakh Latin alphabets of 2018 (acute letters: á, ǵ, ń, ó, ú)
and 2021 (ä, ğ, ñ, ö, ü, ū); Kasapoğlu Çengel, "Kırgız Türkçesi" in *Türk
Lehçeleri Grameri* (2007) (four-way harmony of low and high vowels);
Schönig, "Azerbaijanian" in *The Turkic Languages* (1998).

None of the three writes an apostrophe between a name and its suffixes, so
every chain is checked strictly, except that the loan names these
languages inflect most often break harmony or voicing
(Argembaevıchti, with a front -ti after a back ı), which only lowers a
reading's weight here. In Kazakh a final v of a Russian name counts as
voiceless (Назарбаевтың, Sarıevke); in Kyrgyz as voiced (Мамытовду).
"""

from __future__ import annotations

from .tr import CASE, DERIVATION, PLURAL, POSSESSIVE, TurkicLanguage, TurkicSuffix, suffix_forms

# -- Kazakh: Latin (2018 and 2021 letters) and Cyrillic, one table -----------
# ``after``: V = the n-form after a vowel.  Muhamedowa (2016), ch. 2.
KAZAKH: tuple[TurkicSuffix, ...] = (
    # genitive -nıñ/-dıñ/-tıñ: Sarıevtiń -> Sarıev, Назарбаевтың -> Назарбаев
    *suffix_forms("genitive", CASE, 0.88, "nıñ niñ nıń niń ның нің", "V", example="Astananıñ -> Astana"),
    *suffix_forms("genitive", CASE, 0.88, "dıñ diñ tıñ tiñ dıń diń tıń tiń дың дің тың тің", "C", example="Sarıevtiń"),
    # dative -ğa/-ge/-qa/-ke: Sarıevke -> Sarıev, Тоқаевқа -> Тоқаев
    *suffix_forms("dative", CASE, 0.86, "ğa ge ǵa ға ге", example="Astanağa -> Astana"),
    *suffix_forms("dative", CASE, 0.86, "qa ke қа ке", "C", example="Sarıevke -> Sarıev"),
    *suffix_forms("dative", CASE, 0.8, "na ne на не", "V", needs=POSSESSIVE),
    # accusative -nı/-dı/-tı: Argembaevıchti -> Argembaevıch
    *suffix_forms("accusative", CASE, 0.84, "nı ni ны ні", "V", example="Astananı -> Astana"),
    *suffix_forms("accusative", CASE, 0.84, "dı di tı ti ды ді ты ті", "C", example="Argembaevıchti -> Argembaevıch"),
    # locative -da/-ta, -nda after a possessive: Astanada -> Astana
    *suffix_forms("locative", CASE, 0.86, "da de ta te да де та те", example="Almatyda -> Almaty"),
    *suffix_forms("locative", CASE, 0.8, "nda nde нда нде", "V", needs=POSSESSIVE),
    # ablative -dan/-tan/-nan: Astanadan -> Astana
    *suffix_forms("ablative", CASE, 0.86, "dan den tan ten дан ден тан тен", example="Тоқаевтан -> Тоқаев"),
    *suffix_forms("ablative", CASE, 0.84, "nan nen нан нен", example="Qazaqstannan -> Qazaqstan"),
    # instrumental -men/-ben/-pen: Тоқаевпен -> Тоқаев
    *suffix_forms("instrumental", CASE, 0.86, "men ben pen мен бен пен", example="Тоқаевпен -> Тоқаев"),
    *suffix_forms("instrumental", CASE, 0.8, "menen benen penen менен бенен пенен"),
    # 3rd person possessive -ı/-sı: Qazaqstanı
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.8, "sı si сы сі", "V"),
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.75, "ı i ы і", "C"),
    # plural -lar/-dar/-tar: Назарбаевтар -> Назарбаев
    *suffix_forms("plural", PLURAL, 0.8, "lar ler dar der tar ter лар лер дар дер тар тер"),
)

#: Kazakh two-way harmony: front suffixes after front stems, back after back
#: (2018 acute letters, 2021 letters, Cyrillic). The Cyrillic е and и of
#: Russian names take either (Назарбаевтың, Тоқаевқа; Семейдің).
KAZAKH_HARMONY: dict[str, str] = {
    "a": "aoıuūý",
    "ı": "aoıuūý",
    "e": "eäöüiáóú",
    "i": "eäöüiáóú",
    "а": "аоұыуяюёеи",
    "ы": "аоұыуяюёеи",
    "е": "еәөүіиэ",
    "і": "еәөүіиэ",
}

# -- Kyrgyz (Cyrillic): four-way harmony for low and high vowels -------------
KYRGYZ: tuple[TurkicSuffix, ...] = (
    # genitive -нын/-дын/-тын: Мамытовдун -> Мамытов
    *suffix_forms("genitive", CASE, 0.88, "нын нин нун нүн", "V", example="Алматынын -> Алматы"),
    *suffix_forms("genitive", CASE, 0.88, "дын дин дун дүн тын тин тун түн", "C", example="Жапаровдун -> Жапаров"),
    # dative -га/-ка: Мамытовго -> Мамытов
    *suffix_forms("dative", CASE, 0.86, "га ге го гө", example="Мамытовго -> Мамытов"),
    *suffix_forms("dative", CASE, 0.86, "ка ке ко кө", "C", example="Бишкекке -> Бишкек"),
    *suffix_forms("dative", CASE, 0.8, "на не но нө а е о ө", "V", needs=POSSESSIVE),
    # accusative -ны/-ды/-ты: Мамытовду -> Мамытов
    *suffix_forms("accusative", CASE, 0.84, "ны ни ну нү", "V"),
    *suffix_forms("accusative", CASE, 0.84, "ды ди ду дү ты ти ту тү", "C", example="Мамытовду -> Мамытов"),
    # locative -да/-та: Бишкекте -> Бишкек
    *suffix_forms("locative", CASE, 0.86, "да де до дө та те то тө", example="Бишкекте -> Бишкек"),
    *suffix_forms("locative", CASE, 0.8, "нда нде ндо ндө", "V", needs=POSSESSIVE),
    # ablative -дан/-тан/-нан
    *suffix_forms("ablative", CASE, 0.86, "дан ден дон дөн тан тен тон төн", example="Бишкектен -> Бишкек"),
    *suffix_forms("ablative", CASE, 0.8, "нан нен нон нөн", "V", needs=POSSESSIVE),
    # instrumental -менен: Жапаров менен (also written together)
    *suffix_forms("instrumental", CASE, 0.8, "менен бенен пенен", example="Жапаровменен"),
    # 3rd person possessive -ы/-сы
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.8, "сы си су сү", "V"),
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.75, "ы и у ү", "C"),
    # plural -лар/-дар/-тар
    *suffix_forms("plural", PLURAL, 0.8, "лар лер лор лөр дар дер дор дөр тар тер тор төр"),
)

KYRGYZ_HARMONY: dict[str, str] = {
    "а": "аыяё",
    "ы": "аыяё",
    "о": "оуюё",
    "у": "оуюё",
    "е": "еиэ",
    "и": "еиэ",
    "ө": "өү",
    "ү": "өү",
}

# -- Azerbaijani (Latin) -------------------------------------------------------
AZERBAIJANI: tuple[TurkicSuffix, ...] = (
    # genitive -(n)ın: Əliyevin -> Əliyev, Bakının -> Bakı
    *suffix_forms("genitive", CASE, 0.88, "nın nin nun nün", "V", example="Bakının -> Bakı"),
    *suffix_forms("genitive", CASE, 0.86, "ın in un ün", "C", example="Əliyevin -> Əliyev"),
    # dative -(y)a/-ə: Əliyevə -> Əliyev, Bakıya -> Bakı
    *suffix_forms("dative", CASE, 0.86, "ya yə", "V", example="Bakıya -> Bakı"),
    *suffix_forms("dative", CASE, 0.8, "a ə", "C", example="Əliyevə -> Əliyev"),
    *suffix_forms("dative", CASE, 0.8, "na nə", "V", needs=POSSESSIVE),
    # accusative -(n)ı: Əliyevi -> Əliyev
    *suffix_forms("accusative", CASE, 0.84, "nı ni nu nü", "V", example="Bakını -> Bakı"),
    *suffix_forms("accusative", CASE, 0.76, "ı i u ü", "C", example="Əliyevi -> Əliyev"),
    # locative -da/-də, ablative -dan/-dən
    *suffix_forms("locative", CASE, 0.86, "da də", example="Bakıda -> Bakı"),
    *suffix_forms("locative", CASE, 0.8, "nda ndə", "V", needs=POSSESSIVE),
    *suffix_forms("ablative", CASE, 0.86, "dan dən", example="Bakıdan -> Bakı"),
    *suffix_forms("ablative", CASE, 0.8, "ndan ndən", "V", needs=POSSESSIVE),
    # instrumental -(y)la/-lə
    *suffix_forms("instrumental", CASE, 0.86, "yla ylə", "V"),
    *suffix_forms("instrumental", CASE, 0.84, "la lə", example="Əliyevlə -> Əliyev"),
    # 3rd person possessive -(s)ı
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.85, "sı si su sü", "V"),
    *suffix_forms("3rd person possessive", POSSESSIVE, 0.8, "ı i u ü", "C"),
    # plural -lar/-lər
    *suffix_forms("plural", PLURAL, 0.84, "lar lər", example="Əliyevlər -> Əliyev"),
    # derivation -lı "from": Bakılı -> Bakı
    *suffix_forms("derivation -lı", DERIVATION, 0.6, "lı li lu lü"),
)

AZERBAIJANI_HARMONY: dict[str, str] = {
    "a": "aıou",
    "ə": "eəiöü",
    "ı": "aı",
    "i": "eəi",
    "u": "ou",
    "ü": "öü",
}


class LenientTurkic(TurkicLanguage):
    """A Turkic language whose loan names break harmony often enough that a
    mismatch only lowers a reading's weight, even without an apostrophe."""

    def _fits(self, stem: str, s: TurkicSuffix, strict: bool) -> float:
        strict_penalty = super()._fits(stem, s, True)
        if strict_penalty:
            return strict_penalty
        return super()._fits(stem, s, False) * self.disharmony_factor


LANGUAGES = (
    LenientTurkic(
        "kk",
        "Kazakh",
        KAZAKH,
        harmony=KAZAKH_HARMONY,
        voiceless="pftkqsşhçvchпфтқкшсщхцчв",  # v: [f] in Russian names (Назарбаевтың)
        devoiced={"t": "d", "q": "ğ", "k": "g", "p": "b", "т": "д", "қ": "ғ", "к": "г", "п": "б"},
        softening={"b": "p", "g": "k", "ğ": "q", "б": "п", "г": "к", "ғ": "қ"},
        front="eäöüiáóúеәөүіиэ",
        apostrophes=False,
    ),
    LenientTurkic(
        "ky",
        "Kyrgyz",
        KYRGYZ,
        harmony=KYRGYZ_HARMONY,
        voiceless="пфткшсщхцч",
        devoiced={"т": "д", "к": "г", "п": "б"},
        softening={"б": "п", "г": "к"},
        front="еиэөү",
        apostrophes=False,
    ),
    TurkicLanguage(
        "az",
        "Azerbaijani",
        AZERBAIJANI,
        harmony=AZERBAIJANI_HARMONY,
        voiceless="çfhkpsştx",
        devoiced={},
        softening={"ğ": "q", "y": "k"},  # Yatağı -> yataq, çörəyi -> çörək
        front="eəiöü",
        apostrophes=False,
    ),
)
