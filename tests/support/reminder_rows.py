"""Orders and users written straight into SQLite, and a dispatcher on a fake clock, for tests."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils
from telegram import Bot

from bot.clock import iso
from bot.reminders.plan import plan_reminders
from bot.storage import transaction
from bot.telegram.rate_limit import RateLimiter
from bot.telegram.reminders.dispatch import Dispatcher
from tests.support.clock import FakeClock


def add_user(db: sqlite_utils.Database, user_id: int, *, lang: str | None = "en",
             tz: str | None = None, at: datetime | None = None) -> None:
    """A user as the dialogue would have stored them."""
    when = iso(at or datetime(2026, 1, 1).astimezone())
    db.execute("INSERT OR IGNORE INTO users (id, lang, tz, first_seen, last_seen)"
               " VALUES (?, ?, ?, ?, ?)", [user_id, lang, tz, when, when])


def add_order(db: sqlite_utils.Database, user_id: int, number: str, deadline: datetime,
              now: datetime, *, label: str = "", status: str = "open",
              shipped_on: str | None = None, payment_method: str | None = None,
              dispute_opened_at: str | None = None, refund_decided_on: str | None = None,
              plan: bool = True, offsets: tuple[timedelta, ...] | None = None) -> int:
    """Insert an order and plan its reminders in one transaction, as the orders feature does."""
    with transaction(db):
        row = db.execute(
            "INSERT INTO orders (user_id, number, label, deadline, deadline_kind, shipped_on,"
            " payment_method, status, dispute_opened_at, refund_decided_on, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 'date', ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [user_id, number, label, iso(deadline), shipped_on, payment_method, status,
             dispute_opened_at, refund_decided_on, iso(now), iso(now)]).fetchone()
        if plan:
            plan_reminders(db, row[0], now, offsets=offsets)
    return int(row[0])


def update_order(db: sqlite_utils.Database, order_id: int, now: datetime,
                 offsets: tuple[timedelta, ...] | None = None, **fields: str | None) -> None:
    """Change an order's fields and re-plan, in one transaction."""
    with transaction(db):
        for name, value in fields.items():
            assert name.isidentifier()
            db.execute(f"UPDATE orders SET {name} = ? WHERE id = ?", [value, order_id])
        plan_reminders(db, order_id, now, offsets=offsets)


def reminders(db: sqlite_utils.Database, order_id: int | None = None) -> dict[str, dict]:
    """kind -> row (as a dict) for one order, or for all orders keyed "order:kind"."""
    rows = db.execute(
        "SELECT * FROM reminders" + (" WHERE order_id = ?" if order_id else "") + " ORDER BY id",
        [order_id] if order_id else []).fetchall()
    cols = [c[0] for c in db.execute("SELECT * FROM reminders LIMIT 0").description]
    dicts = [dict(zip(cols, r, strict=True)) for r in rows]
    if order_id:
        return {d["kind"]: d for d in dicts}
    return {f"{d['order_id']}:{d['kind']}": d for d in dicts}


class FakeSleep:
    """A sleep that moves the fake clock instead of waiting, and remembers each nap."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.naps: list[float] = []

    async def __call__(self, seconds: float) -> None:
        """Advance time by `seconds` at once."""
        self.naps.append(seconds)
        self.clock.advance(seconds=seconds)


def fake_dispatcher(db: sqlite_utils.Database, bot: Bot, clock: FakeClock) -> Dispatcher:
    """A dispatcher whose waits (pacing, 429s, back-off) only move the fake clock."""
    sleep = FakeSleep(clock)
    limiter = RateLimiter(monotonic=lambda: clock.now().timestamp(), sleep=sleep)
    return Dispatcher(db, bot, clock, sleep=sleep, limiter=limiter)
