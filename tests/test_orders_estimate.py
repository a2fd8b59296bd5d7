"""An order added from its ship date has an estimated end; once the buyer types the date the
order page shows, every later reminder treats the end as known (issue 17, first bug).

The clock stands at Tuesday 10 March 2026, 12:00 UTC (15:00 in Moscow).
"""

from __future__ import annotations

import sqlite_utils
from telegram.ext import Application

from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.orders import EN, open_order, start_order
from tests.support.reminder_rows import fake_dispatcher

ESTIMATE = "This end date is my estimate"


async def add_from_ship_date(chat: Chat) -> None:
    """Add an order shipped on 5 March with a 20-day delivery promise: ends 25 March."""
    await start_order(chat)
    await chat.click("I only know the ship date")
    await chat.send("5.03")
    await chat.send("20")
    await chat.click(EN.card)
    await chat.click(EN.waiting)


async def week_before_reminder(chat: Chat, app: Application, db: sqlite_utils.Database,
                               clock: FakeClock, emulator: BotApiEmulator) -> str:
    """Move to the week-before reminder, deliver it, and return its text."""
    clock.advance(days=8)
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    return str(emulator.messages(chat.user_id)[-1]["text"])


async def test_an_estimated_end_says_so_in_the_reminders(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock,
        emulator: BotApiEmulator) -> None:
    await add_from_ship_date(chat)
    assert ESTIMATE in await week_before_reminder(chat, app, db, clock, emulator)


async def test_a_typed_end_after_an_estimate_is_no_longer_called_an_estimate(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock,
        emulator: BotApiEmulator) -> None:
    await add_from_ship_date(chat)
    await open_order(chat)
    await chat.click("Seller extended protection")
    await chat.send("26.03")
    assert "estimate" not in chat.last_text()
    text = await week_before_reminder(chat, app, db, clock, emulator)
    assert "Buyer protection ends on March 26, 2026" in text
    assert ESTIMATE not in text
