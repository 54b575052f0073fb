"""The fast translation tables do exactly what the plain ones do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from namenorm.charmap import translation

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
