"""Reminders from the real bot process: delivered on time, and never lost to kill -9."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage import open_database
from bot.telegram.reminders.dispatch import WINDOW
from emulator.botapi import BotApiEmulator
from emulator.process import bot_process
from tests.support.reminder_rows import add_order, add_user

pytestmark = pytest.mark.process


USER = 5005
CROWD = range(6001, 6091)  # 90 users: three seconds of sending at Telegram's pace


def reminders_per_user(emu: BotApiEmulator) -> Counter[int]:
    """How many reminder messages Telegram accepted for each user."""
    return Counter(c.params["chat_id"] for c in emu.calls_of("sendMessage")
                   if c.ok and "⏰ Order" in c.text)


def wait_until(emu: BotApiEmulator, done: object, timeout: float = 60) -> None:
    """Block until `done()` holds, re-checking on every call the bot makes."""
    emu.wait_for(lambda _call: done(), timeout)  # type: ignore[operator]


def test_an_order_ending_within_12_hours_gets_its_reminder(
        live_emulator: BotApiEmulator, tmp_path: Path) -> None:
    emu, db_path = live_emulator, tmp_path / "bot.sqlite3"
    db = open_database(db_path)
    now = datetime.now(UTC)
    add_user(db, USER, tz="UTC")
    order = add_order(db, USER, "8100000000000001", now + timedelta(hours=11), now,
                      label="headphones")
    db.conn.close()
    with bot_process(emu, db_path):
        emu.wait_for_text(USER, 'Order "headphones" (No. 8100000000000001)', timeout=60)
        assert "in 10 hours" in emu.last_text(USER) or "in 11 hours" in emu.last_text(USER)
        emu.click_button(USER, "I received it")
        emu.wait_for_text(USER, "Is everything fine with it?", timeout=30)
        emu.click_button(USER, "All fine, close the order")
        emu.wait_for_text(USER, "Closed. No more reminders for this order.", timeout=30)
    db = open_database(db_path)
    row = db.execute("SELECT state, message_id FROM reminders WHERE order_id = ?",
                     [order]).fetchone()
    status = db.execute("SELECT status FROM orders WHERE id = ?", [order]).fetchone()[0]
    assert row == ("sent", emu.messages(USER)[0]["message_id"]) and status == "closed"


def test_kill_9_during_a_batch_loses_nothing(live_emulator: BotApiEmulator,
                                             tmp_path: Path) -> None:
    emu, db_path = live_emulator, tmp_path / "bot.sqlite3"
    db = open_database(db_path)
    now = datetime.now(UTC)
    for user in CROWD:
        add_user(db, user, tz="UTC")
        add_order(db, user, f"8100000000{user}", now + timedelta(hours=11), now)
    db.conn.close()

    kills = 0
    for killed_after in (20, 50):
        with bot_process(emu, db_path) as proc:
            wait_until(emu, lambda n=killed_after: sum(reminders_per_user(emu).values()) >= n)
            proc.kill()  # SIGKILL: no clean-up, mid-batch
            proc.wait(timeout=30)
            kills += 1
    with bot_process(emu, db_path):
        wait_until(emu, lambda: set(reminders_per_user(emu)) >= set(CROWD))

    counts = reminders_per_user(emu)
    duplicates = sum(n - 1 for n in counts.values())
    assert set(counts) == set(CROWD)  # no loss
    # At most the sends in flight per kill (the dispatcher's window).
    assert duplicates <= kills * WINDOW, counts.most_common(3)
    db = open_database(db_path)
    assert db.execute("SELECT state, count(*) FROM reminders GROUP BY state").fetchall() == [
        ("sent", len(CROWD))]
