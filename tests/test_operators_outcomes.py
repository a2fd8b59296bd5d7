"""Every reply is logged with what it was; conversations get a derived status (stuck, asked for
a person, rated), the way operators find where the bot failed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils
from telegram.ext import Application

from bot.operators.status import inbox
from tests.support.chat import Chat

SINCE = "2026-03-01T00:00:00+00:00"


def outcomes(db: sqlite_utils.Database, user_id: int) -> list[str]:
    """The outcome of each outgoing message of a user, oldest first."""
    return [r[0] for r in db.execute("SELECT outcome FROM messages WHERE user_id = ?"
                                     " AND direction = 'out' ORDER BY id", [user_id])]


def status_of(db: sqlite_utils.Database, user_id: int, show: str = "") -> str | None:
    """The inbox status of a user's conversation (None when not listed)."""
    found = [c.status for c in inbox(db.conn, SINCE, show) if c.user_id == user_id]
    return found[0] if found else None


async def test_each_kind_of_reply_is_logged_with_its_kind(chat: Chat,
                                                          db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("/nosuchcommand")
    await chat.send_sticker()
    await chat.send("qwerty zxcv")
    await chat.click("Cancel a paid order")
    await chat.click("Awaiting shipment")
    await chat.send("/help")
    assert outcomes(db, chat.user_id) == [
        "question", "unknown_command", "unsupported", "not_understood", "question", "answer",
        "answer", "info"]  # the answer comes with its message for the seller


async def test_a_scam_warning_is_logged_as_one(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("the seller asks me to pay him directly by bank transfer outside aliexpress")
    assert outcomes(db, chat.user_id)[-1] == "scam_warning"


async def test_two_not_understood_in_a_row_is_stuck(chat_with: Callable[..., Chat],
                                                    db: sqlite_utils.Database) -> None:
    stuck, fine = chat_with(user_id=11), chat_with(user_id=12)
    await stuck.send("/start")
    await stuck.send("qwerty zxcv")
    await stuck.send("asdf asdf")
    await stuck.click("Cancel a paid order")
    await fine.send("/start")
    await fine.send("qwerty zxcv")
    await fine.click("Cancel a paid order")
    await fine.click("Awaiting shipment")
    assert status_of(db, 11) == "stuck" and status_of(db, 12) == "finished"
    assert [c.user_id for c in inbox(db.conn, SINCE, "stuck")] == [11]


async def test_leaving_right_after_a_not_understood_is_stuck(chat: Chat,
                                                             db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("qwerty zxcv")
    assert status_of(db, chat.user_id) == "stuck"
    await chat.click("Cancel a paid order")
    assert status_of(db, chat.user_id) == "open"


async def test_an_error_apology_is_logged_and_makes_the_conversation_stuck(
        chat: Chat, app: Application, db: sqlite_utils.Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    await chat.send("/start")

    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(type(app.bot_data["service"]), "handle", broken)
    await chat.send("hello?")
    assert "something went wrong" in chat.last_text()
    assert outcomes(db, chat.user_id)[-1] == "error"
    assert status_of(db, chat.user_id) == "stuck"


async def test_ratings_and_a_person_show_in_the_status(chat: Chat,
                                                       db: sqlite_utils.Database) -> None:
    await chat.walk("Cancel a paid order", "Awaiting shipment")
    await chat.click("This didn't help")
    assert status_of(db, chat.user_id) == "down"
    assert status_of(db, chat.user_id, "down") == "down"
    await chat.send("/human")
    assert status_of(db, chat.user_id, "person") == "person"
