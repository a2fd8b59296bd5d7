"""The bot's card (description, short description) and menus, as Telegram gets them at
start-up: per language, and the operators' commands only in each operator's own chat."""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram.ext import Application

from bot.telegram.app import on_start, on_stop, publish_when_polling
from bot.telegram.card_and_menus import publish_commands, publish_operator_commands
from bot.telegram.context import sender_in
from bot.telegram.formatting import seller_block
from emulator.botapi import BotApiEmulator
from flows.languages import LANGUAGES

OPERATOR_ONLY = {"logs", "find", "stats"}


async def test_the_card_is_set_in_english_and_russian(app: Application,
                                                      emulator: BotApiEmulator) -> None:
    await publish_commands(app.bot, sender_in(app))
    english, russian = emulator.card("description", "en"), emulator.card("description", "ru")
    assert english is not None and english.startswith("I help AliExpress buyers")
    assert russian is not None and russian.startswith("Помогаю покупателям AliExpress")
    assert "«Запустить»" in russian
    assert emulator.card("description") == english, "the default card is the English one"
    short_ru = emulator.card("short_description", "ru")
    assert short_ru is not None and short_ru.startswith("Возврат денег")
    assert emulator.card("short_description", "en") == emulator.card("short_description")


async def test_operators_get_their_commands_in_their_own_menu(
        app: Application, emulator: BotApiEmulator) -> None:
    await publish_commands(app.bot, sender_in(app), operators=(4242, 4343))
    for operator in (4242, 4343):
        scope = {"type": "chat", "chat_id": operator}
        english = {c["command"]: c["description"] for c in emulator.my_commands(scope)}
        russian = {c["command"]: c["description"]
                   for c in emulator.my_commands(scope, language_code="ru")}
        assert set(english) >= OPERATOR_ONLY and {"start", "orders", "help"} <= set(english)
        assert english["find"] == "Operators: search every conversation"
        assert russian["find"] == "Операторам: поиск по всем перепискам"
    for language in ("", *LANGUAGES):
        buyers = {c["command"] for c in emulator.my_commands(language_code=language)}
        assert buyers and not buyers & OPERATOR_ONLY


async def test_an_operator_who_never_started_the_bot_does_not_stop_start_up(
        app: Application, emulator: BotApiEmulator, caplog: pytest.LogCaptureFixture) -> None:
    emulator.fail_next("setMyCommands", 400, "Bad Request: chat not found")
    with caplog.at_level(logging.WARNING):
        await publish_operator_commands(app.bot, sender_in(app), (5151, 6161))
    later = {c["command"] for c in emulator.my_commands({"type": "chat", "chat_id": 6161})}
    assert later >= OPERATOR_ONLY
    assert "not set for 1 operator(s)" in caplog.text and "5151" not in caplog.text


def test_seller_text_is_a_copyable_block_with_html_escaped() -> None:
    text, mode = seller_block('Hello, order 8123 <not "received"> & no tracking')
    assert mode == "HTML"
    assert text == '<pre>Hello, order 8123 &lt;not "received"&gt; &amp; no tracking</pre>'


async def test_start_up_publishes_the_card_in_both_languages_once_polling_runs(
        app: Application, emulator: BotApiEmulator) -> None:
    polled = asyncio.Event()
    publishing = asyncio.create_task(publish_when_polling(app, polled))
    await on_start(app)
    try:
        for _ in range(5):
            await asyncio.sleep(0)
        assert not emulator.calls_of("setMyDescription"), "published before the first poll"
        polled.set()
        await publishing
        published = {(c.method, c.params.get("language_code")) for c in emulator.calls}
    finally:
        await on_stop(app)
    for method in ("setMyDescription", "setMyShortDescription"):
        assert {(method, None), (method, "en"), (method, "ru")} <= published
