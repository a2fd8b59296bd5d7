"""A reminder's buttons: open the guide, I extended it, I received it / stop; forged presses."""

from __future__ import annotations

from datetime import timedelta

import sqlite_utils
from telegram.ext import Application

from bot.i18n import _, use_language
from flows import engine
from tests.support.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.reminder_rows import add_order, add_user, fake_dispatcher, reminders


async def remind(chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock,
                 lang: str = "en", status: str = "open") -> int:
    """Give the chat's user an order ending in 11 hours and deliver its reminder."""
    add_user(db, chat.user_id, lang=lang, tz="UTC")
    order = add_order(db, chat.user_id, "8100000000000001", clock.now() + timedelta(hours=11),
                      clock.now(), label="headphones", status=status,
                      shipped_on="2026-02-20")
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    return order


def entry_text(flow: str, lang: str = "en") -> str:
    """The first paragraph of a scenario's first screen, as the user reads it."""
    with use_language(lang):
        return _(engine.SCREENS[engine.FLOW_BY_NAME[flow].entry].text[0])


async def test_open_the_guide_jumps_into_the_scenario(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")  # somewhere else in the dialogue
    await remind(chat, app, db, clock)
    await chat.click("Open the guide")
    assert entry_text("notreceived") in chat.last_text()
    assert "Hi! I'm Refund Guide" not in chat.last_text()


async def test_received_stops_the_reminders(
        chat: Chat, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    order = await remind(chat, app, db, clock)
    add_order(db, chat.user_id, "8100000000000002", clock.now() + timedelta(days=20),
              clock.now())
    await chat.click("I received it / stop")
    assert "no more reminders for order No. 8100000000000001" in chat.last_text()
    assert db.execute("SELECT status FROM orders WHERE id = ?", [order]).fetchone() == ("closed",)
    assert {r["state"] for r in reminders(db, order).values()} == {"sent"}
    assert "reply_markup" not in emulator.messages(chat.user_id)[0]  # its buttons are gone
    assert emulator.calls_of("answerCallbackQuery")[-1].ok
    clock.advance(days=30)
    before = len(emulator.calls_of("sendMessage"))
    await fake_dispatcher(db, app.bot, clock).run_once()
    sent = emulator.calls_of("sendMessage")[before:]
    assert sent and all("No. 8100000000000001" not in c.text for c in sent)


async def test_extended_asks_for_the_new_date(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    await remind(chat, app, db, clock)
    await chat.click("I extended it")
    assert "Send the new end of buyer protection" in chat.transcript()


async def test_buttons_speak_the_users_language(
        chat_with: object, app: Application, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    chat: Chat = chat_with(user_id=42, language_code="ru")  # type: ignore[operator]
    await remind(chat, app, db, clock, lang="ru")
    assert "Заказ «headphones»" in chat.last_text()
    assert "через 11 часов" in chat.last_text()
    await chat.click("Открыть")
    assert entry_text("notreceived", "ru") in chat.last_text()


async def test_a_forged_reminder_id_changes_nothing(
        chat_with: object, app: Application, emulator: BotApiEmulator,
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    owner: Chat = chat_with(user_id=1)  # type: ignore[operator]
    order = await remind(owner, app, db, clock)
    before = reminders(db, order)
    mallory: Chat = chat_with(user_id=666)  # type: ignore[operator]
    await mallory.send("/start")
    message_id = emulator.messages(666)[-1]["message_id"]
    answers = len(emulator.calls_of("answerCallbackQuery"))
    for data in (f"r1:{before['before_12h']['id']}:s", "r1:999999:g", "r1:abc:s", "r1:1:zz"):
        await mallory.press(message_id, data)
    assert reminders(db, order) == before
    assert db.execute("SELECT status FROM orders WHERE id = ?", [order]).fetchone() == ("open",)
    assert len(emulator.calls_of("answerCallbackQuery")) == answers + 4  # no spinner left
    assert "What happened with your order?" in mallory.last_text()  # dialogue untouched
