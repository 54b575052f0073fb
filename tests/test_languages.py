"""Inflection: per-language tables of real forms, and properties of stripping."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from namenorm import _core, languages, strip_inflection
from namenorm.languages import get, registry

# word, lang, expected base, expected case
CASES = [
    ("Žeenbekoville", "fi", "žeenbekov", "allative"),
    ("Putinin", "fi", "putin", "genitive"),
    ("Putinille", "fi", "putin", "allative"),
    ("Putiniin", "fi", "putin", "illative"),
    ("Putinista", "fi", "putin", "elative"),
    ("Medvedevissä", "fi", "medvedev", "inessive"),
    ("Lukašenkan", "fi", "lukašenka", "genitive"),
    ("Lukašenkalle", "fi", "lukašenka", "allative"),
    ("Lukašenkaan", "fi", "lukašenka", "illative"),
    ("EU:n", "fi", "eu", "genitive"),
    ("THL:ssä", "fi", "thl", "inessive"),
    ("Helsingissä", "fi", "helsinki", "inessive"),
    ("Turun", "fi", "turku", "genitive"),
    ("Mintulla", "fi", "minttu", "adessive"),
    ("Putinillekin", "fi", "putin", "allative"),
    ("Suvanalijevin", "fi", "suvanalijev", "genitive"),
    ("Žeenbekov's", "en", "žeenbekov", "genitive"),
    ("Putins", "de", "putin", "genitive"),
    ("Marx'", "de", "marx", "genitive"),
    ("FN:s", "sv", "fn", "genitive"),
    ("Putinile", "et", "putin", "allative"),
    ("Tallinnas", "et", "tallinn", "inessive"),
    ("ლუკაშენკომ", "ka", "ლუკაშენკო", "ergative"),
    ("Փաշինյանի", "hy", "փաշինյան", "genitive/dative"),
]


@pytest.mark.parametrize(("word", "lang", "base", "case"), CASES)
def test_base_form_is_proposed(word: str, lang: str, base: str, case: str) -> None:
    found = [(h.base, h.case) for h in strip_inflection(word, lang=lang)]
    assert (base, case) in found, found


def test_the_word_itself_comes_first() -> None:
    first = strip_inflection("Helsinki", lang="fi")[0]
    assert (first.base, first.ending, first.weight) == ("helsinki", "", 1.0)


def test_hint_prefers_its_language() -> None:
    hinted = strip_inflection("Putins", lang="de")[1]
    assert hinted.lang == "de" and hinted.base == "putin"
    for word, lang in (("Putinissa", "fi"), ("Putinis", "et")):
        assert strip_inflection(word, lang=lang)[1].lang == lang


def test_without_a_hint_every_language_is_tried() -> None:
    for word, lang in (("Helsingissä", "fi"), ("Putinisse", "et"), ("ლუკაშენკომ", "ka"), ("Փաշինյանից", "hy")):
        assert lang in {h.lang for h in strip_inflection(word)[1:]}


@given(st.text(max_size=30))
def test_the_word_itself_is_first_and_never_repeated(word: str) -> None:
    hypotheses = strip_inflection(word)
    bases = [h.base for h in hypotheses]
    assert len(bases) == len(set(bases))
    if hypotheses:
        assert hypotheses[0].case == "as written" and hypotheses[0].weight == 1.0


def test_registry() -> None:
    assert {"fi", "et", "ka", "hy", "en", "de", "sv"} <= set(registry())
    assert get("fi") is registry()["fi"]
    assert get("xx") is None and get(None) is None


@given(st.text(max_size=40), st.sampled_from([None, *sorted(registry())]))
def test_stripping_never_lengthens_or_empties(word: str, lang: str | None) -> None:
    hypotheses = strip_inflection(word, lang=lang)
    if hypotheses:
        itself = hypotheses[0].base
        for h in hypotheses[1:]:
            assert h.base
            assert len(h.base) <= len(itself) + 1
            assert 0 < h.weight <= 1


@settings(max_examples=1500)
@given(st.text(max_size=30), st.sampled_from(sorted(registry())))
def test_every_language_proposes_other_words_with_weights_and_its_own_code(word: str, code: str) -> None:
    """Each language module on its own (without the registry's filtering):
    a base form is never empty nor the word itself, a weight is in (0, 1],
    and the hypothesis names its language."""
    language = get(code)
    assert language is not None
    lowered = word.lower()
    for h in language.hypotheses(lowered):
        assert h.base and h.base != lowered
        assert 0 < h.weight <= 1
        assert h.lang == code


@pytest.mark.parametrize(
    "word", ["a-" * 3000 + "ssa", "'" * 2000, ":" * 2000 + "n", "-" * 2000, "ä" * 5000 + "llä", "ი" * 3000 + "ის"]
)
def test_pathological_words(word: str) -> None:
    for lang in (None, "fi", "et", "ka", "hy"):
        for h in strip_inflection(word, lang=lang)[1:]:
            assert h.base and len(h.base) <= len(word) + 1


def test_every_table_file_is_read_by_the_core() -> None:
    """Adding a language is adding a table file and its line in rust/src/languages/table.rs."""
    tables = Path(languages.__file__).parent / "tables"
    assert {path.stem for path in tables.glob("*.tsv")} == {table for _code, _name, table in _core.languages()}


def test_the_table_attributes_are_the_tables_rules() -> None:
    from namenorm.languages import fi, hr, pl

    assert (fi.CASES[0].ending, fi.CASES[0].case, fi.CASES[0].tag) == ("n", "genitive", "weak")
    assert fi.STEM_TYPES[0].rule.name == "vowel stem" and fi.GRADATION[0].name == "gradation nk:ng"
    assert {lang.code for lang in hr.LANGUAGES} == {"hr", "sr", "bs"}
    polish = pl.SlavicLanguage("pl", "Polish", pl.ENDINGS, pl.ALTERNATIONS)
    for word in ("krakowa", "marka", "kasymowi-żomartowi", "putina", "warszawie"):
        assert polish.hypotheses(word) == pl.LANGUAGE.hypotheses(word)
