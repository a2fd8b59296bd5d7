"""An order counted short is no wrong item (twenty-ninth pass): "ordered ten, got eight",
«пришли трое вместо четырёх» tell items missing; another colour, a size or a broken one beside
the count is still read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flows.understanding import extract_facts

ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "i ordered twelve candles and got nine, where are the rest?", None),
    ("en", "bought 6 phone cables, they sent 4. what now", None),
    ("ru", "заказывала пять пар носков, пришло три. как вернуть деньги за остальные?", None),
    ("ru", "пришли четыре тарелки вместо шести, коробка целая", None),
    # another state of the things that came is still read
    ("en", "ordered 2 green lamps and got 2 white ones", "wrong_size"),
    ("en", "ordered 3 black shirts and got all white", "wrong_size"),
    ("en", "ordered 2 green lamps and got 2 green ones", None),
    ("ru", "заказала 3 белые футболки, а пришли 3 чёрные", "wrong_size"),
    ("ru", "пришли 2 кружки вместо 3, одна разбитая", "damaged"),
    # sizes are no counts
    ("ru", "кроссовки пришли 42 вместо 40, что делать", "wrong_size"),
)


@pytest.mark.parametrize(("lang", "text", "problem"), ROWS)
def test_a_count_short_is_no_wrong_item(lang: str, text: str, problem: str | None) -> None:
    assert extract_facts(text, lang).get("problem") == problem, text
