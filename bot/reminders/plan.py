"""Which reminders an order should have, written to the outbox in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.orders.store import Order, order_by_id, user_zone
from bot.reminders.kinds import ReminderKind, kinds_for, leads
from bot.storage import transaction
from flows.deadlines.maths import out_of_quiet_hours

LIVE = ("pending", "sending")


def wanted(order: Order, tz: ZoneInfo, kinds: Sequence[ReminderKind]) -> dict[str, datetime]:
    """Kind name -> due moment (aware UTC, out of quiet hours where they apply)."""
    due: dict[str, datetime] = {}
    for kind in kinds:
        when = kind.due(order, tz)
        if when is None:
            continue
        moved = out_of_quiet_hours(when, tz) if kind.quiet_hours else when
        # Never let the morning push a countdown past the end it counts down to.
        due[kind.name] = when if kind.protection and moved >= order.deadline else moved
    return due


def closest_past_only(due: dict[str, datetime], now: datetime) -> dict[str, datetime]:
    """Drop reminders already due at planning time, except the one closest to now."""
    past = [kind for kind, when in due.items() if when <= now]
    keep = max(past, key=lambda kind: due[kind], default=None)
    return {k: w for k, w in due.items() if not (k in past and k != keep)}


def plan_reminders(db: sqlite_utils.Database, order_id: int, now: datetime, *,
                   offsets: Sequence[timedelta] | None = None) -> None:
    """Bring the order's pending reminders in line with its current fields.

    Call inside the transaction that saves or changes the order: it upserts one row
    per (order, kind) and cancels pending rows the order no longer needs. `offsets` are
    the protection lead times from settings (the defaults when not given).
    """
    rows = db.execute(
        "SELECT kind, id, due_at, state FROM reminders WHERE order_id = ?", [order_id]
    ).fetchall()
    existing = {kind: (rid, due_at, state) for kind, rid, due_at, state in rows}
    order = order_by_id(db, order_id)
    due: dict[str, datetime] = {}
    if order is not None:
        tz = user_zone(db, order.user_id)
        due = closest_past_only(wanted(order, tz, kinds_for(leads(offsets))), now)
    at = iso(now)
    for kind, when in due.items():
        assert order is not None
        due_at = iso(when)
        if kind not in existing:
            db.execute(
                "INSERT INTO reminders (order_id, user_id, kind, due_at, created_at)"
                " VALUES (?, ?, ?, ?, ?)", [order_id, order.user_id, kind, due_at, at])
            continue
        rid, old_due, state = existing[kind]
        # A sent reminder comes back only for a new date still ahead (an extension).
        if state == "cancelled" or (old_due != due_at and (state != "sent" or when > now)):
            db.execute(
                "UPDATE reminders SET due_at = ?, state = 'pending', claimed_at = NULL,"
                " attempts = 0, last_error = NULL WHERE id = ?", [due_at, rid])
    for kind, (rid, _due, state) in existing.items():
        if kind not in due and state in LIVE:
            db.execute("UPDATE reminders SET state = 'cancelled' WHERE id = ?", [rid])


def replan_flagged(db: sqlite_utils.Database, now: datetime, *,
                   offsets: Sequence[timedelta] | None = None) -> int:
    """At start-up: re-plan the orders a migration flagged (`orders.replan` = 1); how many.

    Migrations are frozen and never call this live planning code; they only set the flag.
    """
    with transaction(db):
        ids = [oid for (oid,) in db.execute("SELECT id FROM orders WHERE replan = 1")]
        for order_id in ids:
            plan_reminders(db, order_id, now, offsets=offsets)
        db.execute("UPDATE orders SET replan = 0 WHERE replan = 1")
    return len(ids)


class Planner:
    """plan_reminders bound to the lead times from settings, for the orders feature."""

    def __init__(self, offsets: Sequence[timedelta] | None = None) -> None:
        self.offsets = leads(offsets)

    def __call__(self, db: sqlite_utils.Database, order_id: int, now: datetime) -> None:
        """Re-plan one order's reminders (a global looked up per call, so tests can record it)."""
        plan_reminders(db, order_id, now, offsets=self.offsets)
