"""Orders saved through the dialogue with the real reminder plan (bot/reminders/plan.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import sqlite_utils

from tests.support.chat import Chat
from tests.support.orders import add_order, orders_of


def pending_kinds(db: sqlite_utils.Database, order_id: int) -> set[str]:
    """The kinds of the order's reminders still to be sent."""
    return {r["kind"] for r in db.query(
        "SELECT kind FROM reminders WHERE order_id = ? AND state = 'pending'", [order_id])}


async def test_saving_plans_real_reminders_and_delete_removes_them(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await add_order(chat, "25.03")
    order_id = orders_of(db, chat.user_id)[0]["id"]
    assert {"before_7d", "before_3d", "before_1d", "before_12h"} <= pending_kinds(db, order_id)
    await chat.send("/orders")
    await chat.click("📦 headphones")
    await chat.click("I received it")
    await chat.click("All fine, close the order")
    assert pending_kinds(db, order_id) == set()
    await chat.click("🗑 Delete")
    await chat.click("Yes, delete")
    assert db.execute("SELECT count(*) FROM reminders WHERE order_id = ?",
                      [order_id]).fetchone()[0] == 0


async def test_extension_moves_the_reminders_and_a_dispute_starts_the_reply_clock(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await add_order(chat, "25.03")
    order_id = orders_of(db, chat.user_id)[0]["id"]

    def due(kind: str) -> str:
        return str(db.execute("SELECT due_at FROM reminders WHERE order_id = ? AND kind = ?",
                              [order_id, kind]).fetchone()[0])

    before = due("before_7d")
    await chat.send("/orders")
    await chat.click("📦 headphones")
    await chat.click("Seller extended protection")
    await chat.send("20.04")
    assert due("before_7d") > before
    await chat.click("I opened a dispute")
    await chat.click("Today")
    # The countdown keeps running in a dispute: escalate before it ends.
    assert pending_kinds(db, order_id) == {
        "seller_reply", "before_7d", "before_3d", "before_1d", "before_12h"}


async def test_changing_the_time_zone_replans_quiet_hours(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await add_order(chat, "25.03")  # Moscow: the 7-day reminder falls at midnight, moved to 08:00
    order_id = orders_of(db, chat.user_id)[0]["id"]

    def local_hours(zone: str) -> dict[str, int]:
        rows = db.execute("SELECT kind, due_at FROM reminders WHERE order_id = ? "
                          "AND state = 'pending'", [order_id]).fetchall()
        return {k: datetime.fromisoformat(d).astimezone(ZoneInfo(zone)).hour for k, d in rows}

    assert local_hours("Europe/Moscow")["before_7d"] == 8
    await chat.send("/settings")
    await chat.click("Change time zone")
    await chat.click("New York")
    hours = local_hours("America/New_York")
    assert hours["before_7d"] == 17  # no longer shifted: 17:00 in New York is not night
    assert all(8 <= h < 23 for kind, h in hours.items() if kind != "before_12h")
