"""A message longer than the reading limit: the reply says only its beginning was read,
when that beginning was understood; a long message nobody understood gets no such line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils

from flows.understanding.text import MAX_CHARS
from tests.support.chat import Chat
from tests.support.orders import state_of

CUT_LINE = {"en": "I read only its beginning", "ru": "читаю только начало"}
STORY = {
    "en": ("My parcel has not arrived, the tracking shows no updates for 20 days. ",
           "It was meant as a gift and I am getting worried about it. "),
    "ru": ("Посылка не пришла, отслеживание не обновляется уже 20 дней. ",
           "Посылки до сих пор нет, а трек так и стоит на месте. "),
}
NOISE = {"en": "Blah blah, nothing in particular to say here at all. ",
         "ru": "Бла-бла, тут совсем ничего особенного не сказано вообще. "}


def padded(start: str, filler: str) -> str:
    """`start` followed by `filler` repeated past the reading limit."""
    return start + filler * (MAX_CHARS // len(filler) + 2)


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_a_long_message_understood_from_its_start_says_the_rest_was_not_read(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str
) -> None:
    chat = chat_with(user_id=4200, language_code=lang)
    await chat.send("/start")
    start, filler = STORY[lang]
    await chat.send(padded(start, filler))
    assert state_of(db, chat.user_id).startswith("notreceived")
    assert CUT_LINE[lang] in chat.transcript()


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_the_same_story_within_the_limit_says_nothing_about_reading(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str
) -> None:
    chat = chat_with(user_id=4201, language_code=lang)
    await chat.send("/start")
    start, filler = STORY[lang]
    await chat.send(start + filler)
    assert state_of(db, chat.user_id).startswith("notreceived")
    assert CUT_LINE[lang] not in chat.transcript()


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_a_long_message_nobody_understood_says_nothing_about_reading(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str
) -> None:
    chat = chat_with(user_id=4202, language_code=lang)
    await chat.send("/start")
    await chat.send(padded(NOISE[lang], NOISE[lang]))
    assert state_of(db, chat.user_id) == "menu"
    assert CUT_LINE[lang] not in chat.last_text()
