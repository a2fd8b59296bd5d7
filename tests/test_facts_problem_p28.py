"""A fault imagined or the box battered with the thing inside fine is no problem with the item
(twenty-eighth cycle); the item's own fault beside them is still read. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from flows.understanding import extract_facts

ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "what if the watch turns out fake, do i get my money back?", None),
    ("en", "if the shoes don't fit when they arrive, can i send them back?", None),
    ("en", "the shipping box was crushed but the lamp inside is perfect", None),
    ("en", "the outer box has a huge dent but the kettle is fine", None),
    ("en", "box squashed, the plates inside not even scratched", None),
    ("ru", "коробка помята, но сама ваза целая", None),
    ("ru", "на упаковке вмятина, чайник в порядке", None),
    # the item's own fault is still read
    ("en", "the box was crushed and the lamp inside is cracked", "damaged"),
    ("en", "the watch is fake, what if the seller refuses a refund?", "fake"),
    ("ru", "коробка помята, и ваза внутри разбита", "damaged"),
)


@pytest.mark.parametrize(("lang", "text", "problem"), ROWS)
def test_a_fault_imagined_or_of_the_box_alone_is_none(
        lang: str, text: str, problem: str | None) -> None:
    assert extract_facts(text, lang).get("problem") == problem, text
