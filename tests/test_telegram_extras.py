"""Answering a press is an extra: when Telegram refuses it ("query is too old"), the reply to
a reminder's, an operator's or a group admin's press still arrives. A failed reply is retried.
An edited message in a group is not a new command: nothing happens."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.groups.store import get_chat
from bot.telegram.context import sender_in
from emulator.botapi import BotApiEmulator
from tests.conftest import TOKEN
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.group import GROUP_ID, Group
from tests.support.reminder_rows import add_order, add_user, fake_dispatcher

OPERATOR, BUYER, ADMIN, MEMBER = 900, 1001, 501, 601
TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


@pytest.fixture
def settings(db_path: Path) -> Settings:
    """The bot's settings with one operator."""
    return Settings(TELEGRAM_BOT_TOKEN=TOKEN, REFUNDBOT_DB=db_path,  # type: ignore[call-arg]
                    REFUNDBOT_OPERATORS=str(OPERATOR), _env_file=None)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch, app: Application) -> list[float]:
    """The back-off waits of retried calls, recorded instead of slept."""
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(sender_in(app), "sleep", sleep)
    return slept


async def test_a_reminder_press_opens_its_screen_when_the_answer_fails(
        chat: Chat, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    add_user(db, chat.user_id, lang="en", tz="UTC")
    add_order(db, chat.user_id, "8100000000000001", clock.now() + timedelta(days=5),
              clock.now(), label="headphones")
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    emulator.fail_next("answerCallbackQuery", 400, TOO_OLD)
    await chat.click("I received it")
    assert "Is everything fine with it?" in chat.last_text()
    assert "Sorry, something went wrong" not in chat.transcript()
    assert db.execute("SELECT state FROM dialogues").fetchone()[0] == "orders_received"


async def test_an_operators_page_turns_when_the_answer_fails(
        chat_with: Callable[..., Chat], emulator: BotApiEmulator) -> None:
    talker, operator = chat_with(user_id=BUYER), chat_with(user_id=OPERATOR)
    for n in range(1, 8):
        await talker.send(f"message number {n:02d}")
    await operator.send(f"/logs {BUYER}")
    assert "page 1 of 2" in operator.last_text()
    emulator.fail_next("answerCallbackQuery", 400, TOO_OLD)
    await operator.click("Older")
    assert "page 2 of 2" in operator.last_text()
    assert len(operator.texts()) == 1, "the page is still edited in place"


async def test_an_operators_answer_is_retried_after_a_bad_gateway(
        chat_with: Callable[..., Chat], emulator: BotApiEmulator, waits: list[float]) -> None:
    operator = chat_with(user_id=OPERATOR)
    emulator.fail_next("sendMessage", 502, "Bad Gateway", chat_id=OPERATOR)
    await operator.send("/stats")
    assert len(operator.texts()) == 1 and waits, "sent once, after one back-off"


async def test_a_settings_press_applies_when_the_answer_fails(
        group: Group, emulator: BotApiEmulator, db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN)
    await group.send(ADMIN, "/settings")
    emulator.fail_next("answerCallbackQuery", 400, TOO_OLD)
    await group.click(ADMIN, "Русский")
    assert "Язык: Русский" in group.last_text()
    stored = get_chat(db, GROUP_ID)
    assert stored is not None and stored.lang == "ru"


def edited(emulator: BotApiEmulator, message: dict[str, Any], text: str) -> dict[str, Any]:
    """An edited_message update: the member changed an earlier message to `text`."""
    command = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return emulator.push_update({"edited_message": {
        **message, "text": text, "edit_date": int(time.time()),
        **({"entities": command} if text.startswith("/") else {})}})


@pytest.mark.parametrize("edit", ["/refund", "/settings", "/deadlines"])
async def test_an_edited_group_message_changes_nothing(
        group: Group, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        edit: str) -> None:
    await group.joined(ADMIN)
    typed = emulator.user_sends(ADMIN, "hello everyone", chat_id=GROUP_ID, chat_type=group.kind)
    await app.process_update(Update.de_json(typed, app.bot))
    before, logged = group.texts(), db.execute("SELECT count(*) FROM messages").fetchone()
    update = edited(emulator, typed["message"], edit)
    await app.process_update(Update.de_json(update, app.bot))
    assert group.texts() == before
    assert db.execute("SELECT count(*) FROM messages").fetchone() == logged
    assert emulator.messages(ADMIN) == []  # nothing in private either
