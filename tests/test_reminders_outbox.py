"""The outbox and its dispatcher: sent once, never lost, paced, and patient with Telegram."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlite_utils
from telegram import Bot, Message
from telegram.ext import Application

from bot.reminders import outbox
from bot.telegram.rate_limit import RateLimiter
from bot.telegram.reminders.dispatch import MAX_TRIES, Dispatcher
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.reminder_rows import (
    FakeSleep,
    add_order,
    add_user,
    fake_dispatcher,
    reminders,
)


def sent_to(emulator: BotApiEmulator, user_id: int) -> list[str]:
    """Texts of the messages Telegram accepted for a user."""
    return [c.text for c in emulator.calls_of("sendMessage")
            if c.ok and c.params.get("chat_id") == user_id]


def states(db: sqlite_utils.Database) -> dict[str, str]:
    """order:kind -> state of every reminder."""
    return {key: row["state"] for key, row in reminders(db).items()}


def soon_order(db: sqlite_utils.Database, user_id: int, clock: FakeClock, n: int = 1,
               label: str = "") -> int:
    """An order whose protection ends in 11 hours: its 12-hour reminder is due at once."""
    add_user(db, user_id, tz="UTC")
    return add_order(db, user_id, f"81000000000000{n:02d}", clock.now() + timedelta(hours=11),
                     clock.now(), label=label)


async def test_a_due_reminder_is_sent_once(app: Application, emulator: BotApiEmulator,
                                           db: sqlite_utils.Database, clock: FakeClock) -> None:
    order = soon_order(db, 7, clock, label="headphones")
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 1
    assert await dispatcher.run_once() == 0
    [text] = sent_to(emulator, 7)
    assert 'Order "headphones" (No. 8100000000000001)' in text
    assert "in 11 hours" in text and "March 10, 2026 at 23:00" in text
    row = reminders(db, order)["before_12h"]
    assert row["state"] == "sent"
    assert row["message_id"] == emulator.messages(7)[-1]["message_id"]
    logged = db.execute("SELECT kind, text FROM messages WHERE user_id = 7").fetchall()
    assert logged == [("reminder", text)]  # operators see what the bot told the user


async def test_future_reminders_wait_for_their_time(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    add_user(db, 7, tz="UTC")
    add_order(db, 7, "8100000000000001", clock.now() + timedelta(days=10), clock.now())
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 0
    assert dispatcher.seconds_to_next() == dispatcher.idle  # nothing due soon: a short nap
    clock.advance(days=3)  # 7 days left
    assert await dispatcher.run_once() == 1
    assert "in 7 days" in sent_to(emulator, 7)[0]


class Killed(Exception):
    """Stands for kill -9 (a BaseException would escape the event loop, not the test)."""


async def test_a_crash_between_send_and_mark_gives_at_most_a_window_of_duplicates(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    for user in (1, 2, 3):
        soon_order(db, user, clock, n=user)
    real_mark = outbox.mark_sent
    marks = 0

    def crash_on_second(*args: object, **kw: object) -> None:
        nonlocal marks
        marks += 1
        if marks == 2:
            raise Killed  # the process dies after Telegram took message 2
        real_mark(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(outbox, "mark_sent", crash_on_second)
    with pytest.raises(Killed):
        await fake_dispatcher(db, app.bot, clock).run_once()
    monkeypatch.setattr(outbox, "mark_sent", real_mark)
    left = list(states(db).values())
    assert left[:2] == ["sent", "sending"]  # message 2 went out but is not marked

    restarted = fake_dispatcher(db, app.bot, clock)
    assert restarted.recover() == left.count("sending")
    await restarted.run_once()
    counts = [len(sent_to(emulator, u)) for u in (1, 2, 3)]
    assert counts[0] == 1 and counts[1] == 2 and counts[2] >= 1  # nothing lost
    assert sum(counts) - 3 <= restarted.window  # duplicates: at most the sends in flight
    assert set(states(db).values()) == {"sent"}


async def test_rows_stuck_in_sending_come_back_after_the_lease(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    soon_order(db, 7, clock)
    assert len(outbox.claim(db, clock.now())) == 1  # claimed, then the send hung forever
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 0
    clock.advance(minutes=11)
    assert await dispatcher.run_once() == 1
    assert len(sent_to(emulator, 7)) == 1


async def test_429_waits_retry_after_and_resends(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    soon_order(db, 7, clock)
    emulator.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 1
    assert isinstance(dispatcher.sleep, FakeSleep) and 7.0 in dispatcher.sleep.naps
    assert dispatcher.stats.retry_after == 1
    assert len(sent_to(emulator, 7)) == 1
    assert set(states(db).values()) == {"sent"}


async def test_403_marks_the_user_blocked_until_they_come_back(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock, chat_with: object) -> None:
    soon_order(db, 7, clock)
    emulator.block_user(7)
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 0
    assert db.execute("SELECT blocked_at FROM users WHERE id = 7").fetchone()[0] is not None
    assert set(states(db).values()) == {"pending"}  # held, not lost
    calls = emulator.mark()
    clock.advance(hours=1)
    assert await dispatcher.run_once() == 0
    assert emulator.calls[calls:] == []  # no more tries while blocked

    emulator.unblock_user(7)
    chat: Chat = chat_with(user_id=7)  # type: ignore[operator]
    await chat.send("/start")  # the user is back
    assert db.execute("SELECT blocked_at FROM users WHERE id = 7").fetchone()[0] is None
    assert await dispatcher.run_once() == 1
    assert any("buyer protection ends" in t for t in sent_to(emulator, 7))


async def test_network_errors_are_retried_with_backoff(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    soon_order(db, 7, clock)
    emulator.fail_next("sendMessage", 502, "Bad Gateway", times=2)
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 1
    assert isinstance(dispatcher.sleep, FakeSleep) and dispatcher.sleep.naps[:2] == [1.0, 2.0]
    assert dispatcher.stats.network_errors == 2
    assert len(sent_to(emulator, 7)) == 1


async def test_a_long_outage_puts_the_reminder_back_for_later(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    order = soon_order(db, 7, clock)
    emulator.fail_next("sendMessage", 502, "Bad Gateway", times=MAX_TRIES)
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 0
    row = reminders(db, order)["before_12h"]
    assert (row["state"], row["last_error"]) == ("pending", "network: Bad Gateway")
    clock.advance(minutes=1)
    assert await dispatcher.run_once() == 1


async def test_several_due_reminders_of_one_user_go_as_one_message(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    add_user(db, 7, tz="UTC")
    now = clock.now()
    add_order(db, 7, "8100000000000001", now + timedelta(hours=11), now, label="headphones")
    add_order(db, 7, "8100000000000002", now + timedelta(days=2), now, label="case")
    add_order(db, 7, "8100000000000003", now + timedelta(days=40), now, label="lamp",
              status="dispute", dispute_opened_at=(now - timedelta(days=6)).isoformat())
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 1
    [text] = sent_to(emulator, 7)
    assert all(f'"{name}"' in text for name in ("headphones", "case", "lamp"))
    assert "reply time (about 5 days) ended" in text
    labels = [b["text"] for row in emulator.messages(7)[-1]["reply_markup"]["inline_keyboard"]
              for b in row]
    assert "📦 I received it · headphones" in labels
    assert "🔁 Seller extended protection · case" in labels
    assert "⚖️ What happens in the dispute · lamp" in labels  # the guide for its status


async def test_after_downtime_an_ended_protection_is_not_a_countdown(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    add_user(db, 7, tz="UTC")
    add_order(db, 7, "8100000000000001", clock.now() + timedelta(days=2), clock.now())
    clock.advance(days=3, hours=10)  # the bot was down through the end
    dispatcher = fake_dispatcher(db, app.bot, clock)
    assert await dispatcher.run_once() == 1
    [text] = sent_to(emulator, 7)
    assert "Buyer protection has ended" in text and "What you can still do" in text
    assert " left" not in text and "in 1 day" not in text
    assert set(states(db).values()) == {"sent"}  # three kinds, one message


async def test_quiet_hours_hold_a_late_reminder_until_morning(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database) -> None:
    clock = FakeClock(datetime(2026, 3, 10, 12, tzinfo=UTC))  # 15:00 in Moscow
    add_user(db, 7, tz="Europe/Moscow")
    add_order(db, 7, "8100000000000001", clock.now() + timedelta(days=5), clock.now())
    add_user(db, 8, tz="Europe/Moscow")
    add_order(db, 8, "8100000000000002", datetime(2026, 3, 13, 3, tzinfo=UTC), clock.now())
    clock.moment = datetime(2026, 3, 12, 21, tzinfo=UTC)  # back at midnight Moscow time
    dispatcher = fake_dispatcher(db, app.bot, clock)
    await dispatcher.run_once()
    assert sent_to(emulator, 7) == []  # the 3-day reminder waits for the morning
    assert len(sent_to(emulator, 8)) == 1  # the 12-hour one may wake the user
    clock.moment = datetime(2026, 3, 13, 5, tzinfo=UTC)  # 08:00 in Moscow
    await dispatcher.run_once()
    assert len(sent_to(emulator, 7)) == 1


async def test_pacing_at_most_30_a_second_and_one_per_chat(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    for user in range(1, 41):
        soon_order(db, user, clock, n=user)
    add_user(db, 99, tz="UTC")
    for n in range(6):  # more orders than fit in one message: two messages to one chat
        add_order(db, 99, f"82000000000000{n:02d}", clock.now() + timedelta(hours=11),
                  clock.now())
    dispatcher = fake_dispatcher(db, app.bot, clock)
    sent = 0
    while batch := await dispatcher.run_once():
        sent += batch
    assert sent == 42 and len(sent_to(emulator, 99)) == 2
    assert isinstance(dispatcher.sleep, FakeSleep)
    assert dispatcher.sleep.naps and all(0 < nap <= 1.0 for nap in dispatcher.sleep.naps)
    assert clock.now() >= datetime(2026, 3, 10, 12, 0, 1, tzinfo=UTC)  # 42 > 30: waited


class HeldBot:
    """The bot, but each send waits at a gate (Telegram still answering) once it has begun."""

    def __init__(self, bot: Bot) -> None:
        self.bot, self.begun, self.gate = bot, asyncio.Event(), asyncio.Event()

    async def send_message(self, *args: Any, **kw: Any) -> Message:
        """Begin the send, wait for the gate, then let Telegram take it."""
        self.begun.set()
        await self.gate.wait()
        return await self.bot.send_message(*args, **kw)


async def test_a_clean_stop_finishes_the_send_in_flight_and_puts_the_rest_back(
        app: Application, emulator: BotApiEmulator, db: sqlite_utils.Database,
        clock: FakeClock) -> None:
    for user in (1, 2, 3):
        soon_order(db, user, clock, n=user)
    held = HeldBot(app.bot)
    sleep = FakeSleep(clock)
    dispatcher = Dispatcher(db, held, clock, sleep=sleep, window=1,  # type: ignore[arg-type]
                            limiter=RateLimiter(monotonic=lambda: clock.now().timestamp(),
                                                sleep=sleep))
    loop = asyncio.create_task(dispatcher.run_forever())
    await held.begun.wait()  # user 1's message is on its way; users 2 and 3 wait their turn
    loop.cancel()  # SIGTERM: the background loops are cancelled
    held.gate.set()  # Telegram answers the send in flight
    with pytest.raises(asyncio.CancelledError):
        await loop
    assert len(sent_to(emulator, 1)) == 1
    assert sent_to(emulator, 2) == sent_to(emulator, 3) == []
    assert sorted(states(db).values()) == ["pending", "pending", "sent"]  # none left "sending"
    restarted = fake_dispatcher(db, app.bot, clock)
    assert restarted.recover() == 0
    assert await restarted.run_once() == 2
    assert [len(sent_to(emulator, u)) for u in (1, 2, 3)] == [1, 1, 1]  # nothing twice
