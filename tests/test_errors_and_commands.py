"""The error handler apologises in the user's language and never logs the token;
command menus are published per language."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from telegram.ext import Application

from bot.telegram.card_and_menus import publish_commands
from bot.telegram.context import sender_in
from bot.telegram.errors import RedactToken
from emulator.botapi import BotApiEmulator
from tests.conftest import TOKEN
from tests.support.chat import Chat


async def test_handler_crash_gets_an_apology_in_russian(
    chat_with: Callable[..., Chat], app: Application, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ru = chat_with(user_id=3003, language_code="ru")
    await ru.send("/start")

    async def boom(*_: object) -> None:
        raise RuntimeError(f"exploded near {TOKEN}")

    monkeypatch.setattr(app.bot_data["service"], "handle", boom)
    with caplog.at_level(logging.ERROR):
        await ru.send("/help")
    assert ru.last_text().startswith("Извините, у меня что-то сломалось")
    assert any("exploded" in r.getMessage() or r.exc_info for r in caplog.records)


def test_redaction_scrubs_message_args_and_traceback() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url %s", (f"/bot{TOKEN}/x",),
                               None)
    try:
        raise ValueError(f"https://api.telegram.org/bot{TOKEN}/getMe")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    RedactToken(TOKEN).filter(record)
    rendered = logging.Formatter().format(record)
    assert TOKEN not in rendered
    assert "<TOKEN>" in rendered and "getMe" in rendered


def test_redaction_ignores_letter_case() -> None:
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "bad request: %s",
                               (f"/bot{TOKEN.lower()}/getme and {TOKEN.split(':')[1].upper()}",),
                               None)
    RedactToken(TOKEN).filter(record)
    rendered = record.getMessage()
    assert TOKEN.split(":")[1].lower() not in rendered.lower()
    assert rendered.count("<TOKEN>") == 2


async def test_command_menus_in_both_languages(app: Application, emulator: BotApiEmulator) -> None:
    await publish_commands(app.bot, sender_in(app))
    english = {c["command"]: c["description"] for c in emulator.my_commands()}
    russian = {c["command"]: c["description"] for c in emulator.my_commands(language_code="ru")}
    assert set(english) == set(russian) == {
        "start", "orders", "settings", "cancel", "language", "privacy", "forget", "help",
        "human"}
    assert english["cancel"] == "Stop and go back to the menu"
    assert russian["cancel"] == "Прервать и вернуться в меню"
