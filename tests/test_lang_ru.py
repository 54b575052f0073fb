"""Russian, Ukrainian and Belarusian in Cyrillic: the declension of names (real forms)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from namenorm import Gazetteer, Resolver, strip_inflection
from namenorm.languages import Language, get


def _language(code: str) -> Language:
    language = get(code)
    assert language is not None
    return language


# form, language, expected base, expected case. Forms from news text (the
# persons of the dev data) and from the SynTagRus/GSD treebanks (UD ru dev).
CASES = [
    ("Путина", "ru", "путин", "genitive"),
    ("Путину", "ru", "путин", "dative"),
    ("Путиным", "ru", "путин", "instrumental"),
    ("Путине", "ru", "путин", "locative"),
    ("Медведевым", "ru", "медведев", "instrumental"),
    ("Лаврову", "ru", "лавров", "dative"),
    ("Алиевым", "ru", "алиев", "instrumental"),
    ("Пашиняну", "ru", "пашинян", "dative"),
    ("Зеленскому", "ru", "зеленский", "dative (adjectival)"),
    ("Островского", "ru", "островский", "genitive (adjectival)"),
    ("Ковалевским", "ru", "ковалевский", "instrumental (adjectival)"),
    ("Тихановской", "ru", "тихановская", "genitive/dative/instrumental (adjectival)"),
    ("Тихановскую", "ru", "тихановская", "accusative (adjectival)"),
    ("Путиной", "ru", "путина", "genitive/dative/instrumental"),
    ("Москвы", "ru", "москва", "genitive"),
    ("Москве", "ru", "москва", "dative/locative"),
    ("Москву", "ru", "москва", "accusative"),
    ("Праги", "ru", "прага", "genitive"),
    ("России", "ru", "россия", "genitive/dative/locative"),
    ("Россией", "ru", "россия", "instrumental"),
    ("Чечне", "ru", "чечня", "dative/locative"),
    ("Сибири", "ru", "сибирь", "genitive"),
    ("Киеве", "ru", "киев", "locative"),
    ("Китае", "ru", "китай", "locative"),
    ("Чернобыле", "ru", "чернобыль", "locative"),
    ("Цезаря", "ru", "цезарь", "genitive"),
    ("Израилю", "ru", "израиль", "dative"),
    ("Сергея", "ru", "сергей", "genitive"),
    ("Сергеем", "ru", "сергей", "instrumental"),
    ("Григория", "ru", "григорий", "genitive"),
    ("Виталия", "ru", "виталий", "genitive"),
    ("Таланту", "ru", "талант", "dative"),
    ("Парижем", "ru", "париж", "instrumental"),
    ("Полесья", "ru", "полесье", "genitive"),
    ("Павла", "ru", "павел", "genitive"),
    ("Льва", "ru", "лев", "genitive"),
    ("Египта", "ru", "египет", "genitive"),
    ("Макаровца", "ru", "макаровец", "genitive"),
    ("Демидовых", "ru", "демидов", "genitive plural"),
    ("Афинам", "ru", "афины", "dative plural"),
    ("Балканах", "ru", "балканы", "locative plural"),
    ("Тюме\u0301нь", "ru", "тюмень", "stress mark removed"),
    ("Новотро\u0301ицка", "ru", "новотроицк", "genitive"),
    ("Лавровим", "uk", "лавров", "instrumental"),
    ("Лаврову", "uk", "лавров", "dative"),
    ("Лукашенка", "uk", "лукашенко", "genitive"),
    ("Лукашенку", "uk", "лукашенко", "dative"),
    ("Лукашенком", "uk", "лукашенко", "instrumental"),
    ("Лукашенкові", "uk", "лукашенко", "dative/locative"),
    ("Олександром", "uk", "олександр", "instrumental"),
    ("Ігорем", "uk", "ігор", "instrumental"),
    ("Додоном", "uk", "додон", "instrumental"),
    ("Києві", "uk", "київ", "locative"),
    ("Києва", "uk", "київ", "genitive"),
    ("Харкова", "uk", "харків", "genitive"),
    ("Росії", "uk", "росія", "genitive"),
    ("Тихановської", "uk", "тихановська", "genitive (adjectival)"),
    ("Сергія", "uk", "сергій", "genitive"),
    ("Лукашэнкі", "be", "лукашэнка", "genitive"),
    ("Лукашэнкам", "be", "лукашэнка", "instrumental"),
    ("Ціханоўскай", "be", "ціханоўская", "genitive/dative/instrumental (adjectival)"),
    ("Лаўрова", "be", "лаўроў", "genitive"),
    ("Масквы", "be", "масква", "genitive"),
]


@pytest.mark.parametrize(("form", "lang", "base", "case"), CASES)
def test_base_form_is_proposed(form: str, lang: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(form, lang=lang) if h.lang == lang]
    assert (base, case) in found, found


@pytest.mark.parametrize("form", ["Матвиенко", "Шойгу", "Саакашвили"])
def test_indeclinable_names_resolve_as_written(resolver: Resolver, form: str) -> None:
    match = resolver.resolve(form, lang="ru")
    assert match is not None and not any("ending" in step for step in match.steps)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    people = [
        ("putin", "Vladimir Putin", "Владимир Путин"),
        ("lavrov", "Sergey Lavrov", "Сергей Лавров"),
        ("mamytov", "Talant Mamytov", "Талант Мамытов"),
        ("tikhanovskaya", "Sviatlana Tsikhanouskaya", "Светлана Тихановская"),
        ("zelensky", "Volodymyr Zelensky", "Владимир Зеленский"),
        ("matviyenko", "Valentina Matviyenko", "Валентина Матвиенко"),
        ("shoigu", "Sergei Shoigu", "Сергей Шойгу"),
        ("saakashvili", "Mikheil Saakashvili", "Михаил Саакашвили"),
        ("rahmon", "Emomali Rahmon", "Эмомали Рахмон"),
    ]
    records = [{"id": i, "name": n, "type": "PER", "aliases": [native]} for i, n, native in people]
    records.append({"id": "moscow", "name": "Moscow", "type": "LOC", "aliases": ["Москва"]})
    records.append({"id": "kyiv", "name": "Kyiv", "type": "LOC", "aliases": ["Киев", "Київ"]})
    return Resolver(Gazetteer.from_records(records))


@pytest.mark.parametrize(
    ("form", "lang", "entity"),
    [
        ("Путина", "ru", "putin"),
        ("Лаврову", "uk", "lavrov"),
        ("Лавровим", "uk", "lavrov"),
        ("Сергея Лаврова", "ru", "lavrov"),
        ("Таланту Мамытову", "ru", "mamytov"),
        ("Светланой Тихановской", "ru", "tikhanovskaya"),
        ("Зеленскому", "ru", "zelensky"),
        ("Валентину Матвиенко", "ru", "matviyenko"),
        ("Сергея Шойгу", "ru", "shoigu"),
        ("Михаиле Саакашвили", "ru", "saakashvili"),
        ("Эмомали Рахмону", "ru", "rahmon"),
        ("Москвы", "ru", "moscow"),
        ("Москве", "ru", "moscow"),
        ("Киеве", "ru", "kyiv"),
        ("Києві", "uk", "kyiv"),
    ],
)
def test_resolves(resolver: Resolver, form: str, lang: str, entity: str) -> None:
    match = resolver.resolve(form, lang=lang)
    assert match is not None and match.entity.id == entity


@given(
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў\u0301", max_size=20), st.sampled_from(["ru", "uk", "be"])
)
def test_never_lengthens_or_empties(word: str, code: str) -> None:
    for h in _language(code).hypotheses(word):
        assert h.base and len(h.base) <= len(word) and 0 < h.weight <= 1


@pytest.mark.parametrize(("word", "base"), [("Святок", "святки"), ("Лужников", "лужники")])
def test_genitive_plural_of_plural_only_names(word: str, base: str) -> None:
    assert base in [h.base for h in strip_inflection(word, lang="ru")]
