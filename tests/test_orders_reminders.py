"""Orders saved through the dialogue with the real reminder plan (bot/reminders/plan.py)."""

from __future__ import annotations

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
    await chat.click("Received, all fine")
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
    assert pending_kinds(db, order_id) == {"seller_reply"}
