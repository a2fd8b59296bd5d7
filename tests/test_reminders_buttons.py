"""A reminder's buttons: the guide, "Seller extended protection", "I received it" -> "All fine?",
"Refund arrived"; each press is one event of the dialogue service; forged presses change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import sqlite_utils
from telegram.ext import Application

from bot.i18n import _, use_language
from emulator.botapi import BotApiEmulator
from flows.engine import machine as engine
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.reminder_rows import add_order, add_user, fake_dispatcher, reminders


async def remind(chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock,
                 lang: str = "en", status: str = "open", hours: int = 11,
                 **fields: str) -> int:
    """Give the chat's user an order ending in `hours` hours and deliver its reminder."""
    add_user(db, chat.user_id, lang=lang, tz="UTC")
    order = add_order(db, chat.user_id, "8100000000000001", clock.now() + timedelta(hours=hours),
                      clock.now(), label="headphones", status=status, **fields)
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    return order


def entry_text(flow: str, lang: str = "en") -> str:
    """The first paragraph of a scenario's first screen, as the user reads it."""
    with use_language(lang):
        return _(engine.SCREENS[engine.FLOW_BY_NAME[flow].entry].text[0])


def status_of(db: sqlite_utils.Database, order: int) -> str:
    """The order's status."""
    return str(db.execute("SELECT status FROM orders WHERE id = ?", [order]).fetchone()[0])


def log_since(db: sqlite_utils.Database, user_id: int, after: int) -> list[tuple[str, str]]:
    """(direction, text) of the user's conversation-log rows written after row id `after`."""
    return db.execute("SELECT direction, text FROM messages WHERE user_id = ? AND id > ?"
                      " ORDER BY id", [user_id, after]).fetchall()


def last_log_id(db: sqlite_utils.Database) -> int:
    """The newest conversation-log row id."""
    return int(db.execute("SELECT coalesce(max(id), 0) FROM messages").fetchone()[0])


async def test_the_guide_opens_the_scenario_for_that_lead_time(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")  # somewhere else in the dialogue
    await remind(chat, app, db, clock)
    await chat.click("How to open the dispute")
    assert entry_text("dispute") in chat.last_text()
    assert "Hi! I'm Refund Guide" not in chat.last_text()


async def test_received_and_all_fine_closes_the_order(
        chat: Chat, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    order = await remind(chat, app, db, clock, hours=24 * 5)
    other = add_order(db, chat.user_id, "8100000000000002", clock.now() + timedelta(days=20),
                      clock.now())
    await chat.click("I received it")
    assert "Is everything fine with it?" in chat.last_text()
    assert "headphones" in chat.last_text()  # which order the question is about
    assert status_of(db, order) == "open"  # a question changes nothing yet
    await chat.click("All fine, close the order")
    assert "✅ Closed. No more reminders for this order." in chat.last_text()
    assert status_of(db, order) == "closed"
    assert "pending" not in {r["state"] for r in reminders(db, order).values()}
    assert "pending" in {r["state"] for r in reminders(db, other).values()}
    clock.advance(days=30)
    before = len(emulator.calls_of("sendMessage"))
    await fake_dispatcher(db, app.bot, clock).run_once()
    sent = emulator.calls_of("sendMessage")[before:]
    assert sent and all("No. 8100000000000001" not in c.text for c in sent)


async def test_received_but_not_fine_asks_the_countdown_now_and_keeps_reminders(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    order = await remind(chat, app, db, clock, hours=24 * 5)
    pending = {k for k, r in reminders(db, order).items() if r["state"] == "pending"}
    await chat.click("I received it")
    await chat.click("Something is wrong with it")
    assert "AliExpress may cut the time left to about 5 days" in chat.last_text()
    assert status_of(db, order) == "problem"  # still counting down, with other advice
    assert {k for k, r in reminders(db, order).items() if r["state"] == "pending"} == pending
    await chat.click("Later: show me what to do")
    assert entry_text("wrongitem") in chat.last_text()
    clock.advance(days=2, hours=1)  # the next reminder still comes, about the fault
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    assert "You said the item arrived with a problem" in chat.last_text()
    assert "Message for the seller" not in chat.last_text()  # no extension request
    await chat.click("Item faulty: what to do")
    assert entry_text("wrongitem") in chat.last_text()
    clock.advance(days=2)
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    assert "Open the dispute about the problem now" in chat.last_text()
    assert "I didn't receive the item" not in chat.last_text()


async def test_seller_extended_asks_the_date_and_the_log_holds_what_was_sent(
        chat: Chat, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    order = await remind(chat, app, db, clock, hours=24 * 5)
    old_due = reminders(db, order)["before_1d"]["due_at"]
    after, sends = last_log_id(db), len(emulator.calls_of("sendMessage"))
    await chat.click("Seller extended protection")
    shown = [c.text for c in emulator.calls_of("sendMessage")[sends:]]
    assert len(shown) == 1 and "Send the new end of buyer protection" in shown[0]
    assert "headphones" in shown[0]
    logged = log_since(db, chat.user_id, after)
    assert [d for d, _t in logged] == ["in", "out"]
    assert [t for d, t in logged if d == "out"] == shown  # no screen the user never saw
    await chat.send("in 20 days")
    assert "✅ New date saved" in chat.last_text()
    assert reminders(db, order)["before_1d"]["due_at"] > old_due
    assert reminders(db, order)["before_1d"]["state"] == "pending"


async def test_the_buttons_speak_the_users_language(
        chat_with: Callable[..., Chat], app: Application, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    chat = chat_with(user_id=42, language_code="ru")
    await remind(chat, app, db, clock, lang="ru")
    assert "Заказ «headphones»" in chat.last_text()
    assert "через 11 часов" in chat.last_text()
    assert chat.buttons() == ["⚖️ Как открыть спор", "🔁 Продавец продлил защиту",
                              "📦 Заказ получен"]
    await chat.click("Заказ получен")
    assert "С товаром всё в порядке?" in chat.last_text()


async def test_refund_arrived_closes_an_order_waiting_for_its_refund(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, chat.user_id, tz="UTC")
    order = add_order(db, chat.user_id, "8100000000000001", clock.now() + timedelta(days=40),
                      clock.now(), status="cancelled", refund_decided_on="2026-01-20")
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    assert "so it is late" in chat.last_text()
    assert chat.buttons() == ["📖 Refund late: what to do", "✅ Refund arrived"]
    await chat.click("Refund arrived")
    await chat.click("Yes, close the order")
    assert status_of(db, order) == "closed"


async def test_a_button_from_before_the_question_still_asks_it(
        chat: Chat, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    order = await remind(chat, app, db, clock)
    message_id = emulator.messages(chat.user_id)[-1]["message_id"]
    await chat.press(message_id, f"r1:{reminders(db, order)['before_12h']['id']}:s")
    assert "Is everything fine with it?" in chat.last_text()
    assert status_of(db, order) == "open"


async def test_a_forged_reminder_id_changes_nothing(
        chat_with: Callable[..., Chat], app: Application, emulator: BotApiEmulator,
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    owner = chat_with(user_id=1)
    order = await remind(owner, app, db, clock)
    before = reminders(db, order)
    mallory = chat_with(user_id=666)
    await mallory.send("/start")
    message_id = emulator.messages(666)[-1]["message_id"]
    answers = len(emulator.calls_of("answerCallbackQuery"))
    for data in (f"r1:{before['before_12h']['id']}:r", "r1:999999:g", "r1:abc:x", "r1:1:zz"):
        await mallory.press(message_id, data)
    assert reminders(db, order) == before
    assert status_of(db, order) == "open"
    assert len(emulator.calls_of("answerCallbackQuery")) == answers + 4  # no spinner left
    assert "What happened with your order?" in mallory.last_text()  # dialogue untouched
    assert db.execute("SELECT count(*) FROM messages WHERE user_id = 666 AND direction = 'in'"
                      " AND kind = 'jump'").fetchone()[0] == 0


async def test_a_dispute_reminder_records_how_the_dispute_ended(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    add_user(db, chat.user_id, tz="UTC")
    order = add_order(db, chat.user_id, "8100000000000001", clock.now() + timedelta(days=40),
                      clock.now(), label="headphones", status="dispute",
                      dispute_opened_at=(clock.now() - timedelta(days=6)).isoformat())
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    assert chat.buttons() == ["⚖️ What happens in the dispute", "🏁 Dispute closed / decided",
                              "🔁 Seller extended protection"]
    await chat.click("Dispute closed / decided")
    assert "How did the dispute end?" in chat.last_text() and "headphones" in chat.last_text()
    await chat.click("Lost: AliExpress sided with the seller")
    assert status_of(db, order) == "dispute_lost"
    assert "pending" not in {r["state"] for r in reminders(db, order).values()}


async def test_an_old_button_that_no_longer_fits_opens_the_order_as_it_stands(
        chat: Chat, app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    order = await remind(chat, app, db, clock, hours=24 * 5)
    message_id = emulator.messages(chat.user_id)[-1]["message_id"]
    await chat.click("I received it")
    await chat.click("All fine, close the order")
    await chat.press(message_id, f"r1:{reminders(db, order)['before_7d']['id']}:x")
    assert "Closed: no more reminders for this order." in chat.last_text()
    assert "↩️ Reopen" in chat.buttons()
    assert status_of(db, order) == "closed"
