"""The fast string tools the keys are built with do exactly what the plain ones do."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from namenorm.charmap import literal_alternation, translation
from namenorm.keys import _SEQUENCES

# Tables of every kind str.maketrans makes: one letter to several, to one, deleted.
_TABLES = [
    str.maketrans({"ž": "zh", "x": "ks", "'": "", "-": " "}),
    str.maketrans("yjw", "iiv", "'`"),
    str.maketrans("szšžčcĥhgkdtbpvf", "SSSSSSSKKKTTPPFF", "ž"),
]
_LETTERS = "abcdehijkorstuvwxyzčšžĥ'-` Жж\u0301é"


@given(st.text(alphabet=_LETTERS, max_size=30) | st.text(max_size=30), st.sampled_from(_TABLES))
def test_a_completed_table_translates_as_the_table(text: str, table: dict[int, str | int | None]) -> None:
    assert text.translate(translation(table)) == text.translate(table)


def _flat(literals: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, literals), key=len, reverse=True)))


@given(st.text(alphabet="schtzdžšk ou", max_size=40))
def test_the_grouped_alternation_finds_what_the_flat_one_finds(text: str) -> None:
    literals = list(_SEQUENCES)
    assert literal_alternation(literals).findall(text) == _flat(literals).findall(text)


@given(st.lists(st.text(alphabet="abc", min_size=1, max_size=4), min_size=1, max_size=8), st.text(alphabet="abc"))
def test_the_longest_literal_at_a_position_wins(literals: list[str], text: str) -> None:
    assert literal_alternation(literals).findall(text) == _flat(list(set(literals))).findall(text)
