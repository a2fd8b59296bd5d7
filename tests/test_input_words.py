"""Each language's input words live in its own file; the parsers hold none of their own."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from flows.inputs import words as words_module
from flows.inputs.words import InputWords, words
from flows.languages import LANGUAGES
from flows.understanding.text import tokens

INPUTS_DIR = Path(words_module.__file__).parent
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_its_words_file(lang: str) -> None:
    found = words(lang)
    assert isinstance(found, InputWords)
    assert sorted(found.months) == list(range(1, 13))
    assert found.zone_buttons and found.day_units and found.order


def test_english_words_are_english_and_russian_words_russian() -> None:
    for field in fields(InputWords):
        value = getattr(words("en"), field.name)
        assert not CYRILLIC.search(repr(value)), field.name
    assert all(CYRILLIC.search(n) for names in words("ru").months.values() for n in names)


@pytest.mark.parametrize("module", ["dateinput.py", "orders.py", "timezones.py"])
def test_parsers_hold_no_russian_words_of_their_own(module: str) -> None:
    code = "\n".join(line for line in (INPUTS_DIR / module).read_text(encoding="utf-8")
                     .splitlines() if not line.lstrip().startswith("#"))
    no_docstrings = re.sub(r'"""(?:.|\n)*?"""', "", code)
    assert not CYRILLIC.search(no_docstrings), module


def test_the_tokeniser_keeps_other_alphabets() -> None:
    assert tokens("Посилка ще їде, ґанок є") == ("посилка", "ще", "їде", "ґанок", "є")
    assert tokens("Paket über Zoll") == ("paket", "über", "zoll")
