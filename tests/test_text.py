"""Text as understanding reads it: one alphabet for words, the same in tokens and normalise."""

from __future__ import annotations

import pytest

from flows.understanding.text import MAX_CHARS, ascii_digits, normalise, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Didn't arrive", ("did", "not", "arrive")), ("didnt", ("did", "not")),
     ("can't won't", ("can", "not", "will", "not")), ("Ёлка ПРИШЛА", ("елка", "пришла")),
     ("пoсылкa", ("посылка",)), ("it's I'm we've", ("it", "is", "i", "am", "we", "have"))],
    # Latin "o" and "a" inside a Russian word
)
def test_tokens_normalise(text: str, expected: tuple[str, ...]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [("Їжак", ("їжак",)), ("über den Zoll", ("über", "den", "zoll")),
     ("Посилка ще їде", ("посилка", "ще", "їде")), ("café señor", ("café", "señor")),
     ("ґанок є", ("ґанок", "є")), ("Σπίτι", ("σπίτι",)), ("שלום", ("שלום",))],
)
def test_every_letter_of_every_script_survives_in_both(text: str, words: tuple[str, ...]) -> None:
    assert tokens(text) == words
    assert normalise(text) == " ".join(words)


def test_a_letter_typed_with_a_combining_mark_is_one_letter() -> None:
    decomposed = "u\u0308ber \u0456\u0308жак"  # "ü" and "ї" as a letter and a combining mark
    assert tokens(decomposed) == ("über", "їжак")
    assert normalise(decomposed) == "über їжак"


def test_normalise_keeps_numbers_and_signs_that_tokens_split() -> None:
    assert normalise("Paid $12.50 at 05:30, 10% off: ₴300!") == "paid $12.50 at 05:30 10% off ₴300"
    assert tokens("Paid $12.50") == ("paid", "12", "50")


def test_digits_of_any_script_read_as_ascii() -> None:
    assert ascii_digits("８１２３ ٣٤") == "8123 34"
    assert normalise("заказ ８１２３") == "заказ 8123"


def test_emoji_and_symbols_separate_words() -> None:
    assert tokens("parcel😡lost ✈️ again_now") == ("parcel", "lost", "again", "now")


def test_only_the_first_characters_are_read() -> None:
    text = "a " * MAX_CHARS + "tail"
    assert "tail" not in tokens(text)
    assert len(normalise("x" * (MAX_CHARS * 5))) == MAX_CHARS
