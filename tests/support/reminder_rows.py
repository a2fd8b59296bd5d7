"""Users, orders saved through the store, their reminder rows, and a dispatcher on a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils
from telegram import Bot

from bot.clock import iso
from bot.orders.store import NewOrder, order_by_id, save_order
from bot.orders.store import update_order as store_update
from bot.reminders.plan import plan_reminders
from bot.storage import transaction
from bot.telegram.rate_limit import RateLimiter
from bot.telegram.reminders.dispatch import Dispatcher
from flows.orders.lifecycle import Status
from tests.support.clock import FakeClock


def add_user(db: sqlite_utils.Database, user_id: int, *, lang: str | None = "en",
             tz: str | None = None, at: datetime | None = None) -> None:
    """A user as the dialogue would have stored them."""
    when = iso(at or datetime(2026, 1, 1).astimezone())
    db.execute("INSERT OR IGNORE INTO users (id, lang, tz, first_seen, last_seen)"
               " VALUES (?, ?, ?, ?, ?)", [user_id, lang, tz, when, when])


def add_order(db: sqlite_utils.Database, user_id: int, number: str, deadline: datetime,
              now: datetime, *, label: str = "", status: str = "open",
              deadline_kind: str = "date", shipped_on: str | None = None,
              payment_method: str | None = None, dispute_opened_at: str | None = None,
              dispute_day_known: bool = True, refund_decided_on: str | None = None,
              plan: bool = True, offsets: tuple[timedelta, ...] | None = None) -> int:
    """Save an order and plan its reminders in one transaction, through the store's own
    functions (save_order, update_order) as the orders feature does."""
    first = Status.DISPUTE if status == Status.DISPUTE else Status.OPEN
    new = NewOrder(number=number, label=label, deadline=iso(deadline), deadline_kind=deadline_kind,
                   shipped_on=shipped_on, payment_method=payment_method, status=first,
                   dispute_opened_at=dispute_opened_at, dispute_day_known=dispute_day_known)
    with transaction(db):
        order_id, _existed = save_order(db, user_id, new, iso(now))
        later = {name: value for name, value in (("status", status),
                                                 ("refund_decided_on", refund_decided_on))
                 if value is not None}
        order = order_by_id(db, order_id)
        assert order is not None
        store_update(db, order, iso(now), **later)
        if plan:
            plan_reminders(db, order_id, now, offsets=offsets)
    return order_id


def change_order(db: sqlite_utils.Database, order_id: int, now: datetime,
                 offsets: tuple[timedelta, ...] | None = None, **fields: str | None) -> None:
    """Change an order's fields through the store and re-plan, in one transaction."""
    with transaction(db):
        order = order_by_id(db, order_id)
        assert order is not None
        store_update(db, order, iso(now), **fields)
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
