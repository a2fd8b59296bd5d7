"""Which reminders an order should have, written to the outbox in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.reminders.kinds import (
    DISPUTE_BUTTON,
    REFUND_OVERDUE,
    SELLER_REPLY,
    is_protection,
    quiet_exempt,
    user_zone,
)
from flows.deadlines import (
    DEFAULT_REFUND_METHOD,
    DEFAULT_REMINDER_OFFSETS,
    deadline_from_date,
    dispute_button_window,
    out_of_quiet_hours,
    refund_expected,
    reminder_schedule,
    seller_reply_due,
)

ORDER_QUERY = (
    "SELECT o.user_id, o.deadline, o.shipped_on, o.payment_method, o.status,"
    " o.dispute_opened_at, o.refund_decided_on, u.tz, u.lang, u.tg_lang"
    " FROM orders o JOIN users u ON u.id = o.user_id WHERE o.id = ?"
)
LIVE = ("pending", "sending")
_offsets: tuple[timedelta, ...] = DEFAULT_REMINDER_OFFSETS


def use_offsets(offsets: Sequence[timedelta]) -> None:
    """Set the lead times before the protection end (REFUNDBOT_REMINDER_OFFSETS), at start-up."""
    global _offsets
    _offsets = tuple(offsets)


def moment(text: str | None, tz: ZoneInfo) -> datetime | None:
    """A stored time as aware UTC: a bare date means its start in the user's zone."""
    if not text:
        return None
    if len(text) == 10:
        return deadline_from_date(date.fromisoformat(text), tz)
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def day_of(text: str, tz: ZoneInfo) -> date:
    """The calendar day of a stored date or time, in the user's zone."""
    when = moment(text, tz)
    assert when is not None
    return when.astimezone(tz).date()


def wanted(order: Mapping[str, Any], tz: ZoneInfo,
           offsets: Sequence[timedelta]) -> dict[str, datetime]:
    """Kind -> due moment (aware UTC, out of quiet hours) for every reminder the order needs."""
    status = order["status"]
    deadline = moment(order["deadline"], tz)
    assert deadline is not None
    due: dict[str, datetime] = {}
    if status == "open":
        due.update(reminder_schedule(deadline, offsets))
        shipped = moment(order["shipped_on"], tz)
        if shipped is not None and dispute_button_window(shipped)[0] < deadline:
            due[DISPUTE_BUTTON] = dispute_button_window(shipped)[0]
    elif status == "dispute" and order["dispute_opened_at"]:
        opened = moment(order["dispute_opened_at"], tz)
        assert opened is not None
        due[SELLER_REPLY] = seller_reply_due(opened)
    elif status == "refund_promised" and order["refund_decided_on"]:
        method = order["payment_method"] or DEFAULT_REFUND_METHOD
        typical, _latest = refund_expected(day_of(order["refund_decided_on"], tz), method)
        due[REFUND_OVERDUE] = deadline_from_date(typical + timedelta(days=1), tz)
    for kind, when in due.items():
        moved = when if quiet_exempt(kind) else out_of_quiet_hours(when, tz)
        # Never let the morning push a countdown past the end it counts down to.
        due[kind] = when if is_protection(kind) and moved >= deadline else moved
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
    per (order, kind) and cancels pending rows the order no longer needs.
    """
    rows = db.execute(
        "SELECT kind, id, due_at, state FROM reminders WHERE order_id = ?", [order_id]
    ).fetchall()
    existing = {kind: (rid, due_at, state) for kind, rid, due_at, state in rows}
    cursor = db.execute(ORDER_QUERY, [order_id])
    found = cursor.fetchone()
    due: dict[str, datetime] = {}
    if found is not None:
        order = dict(zip([c[0] for c in cursor.description], found, strict=True))
        tz = user_zone(order["tz"], order["lang"], order["tg_lang"])
        due = closest_past_only(wanted(order, tz, offsets or _offsets), now)
    at = iso(now)
    for kind, when in due.items():
        due_at = iso(when)
        if kind not in existing:
            db.execute(
                "INSERT INTO reminders (order_id, user_id, kind, due_at, created_at)"
                " VALUES (?, ?, ?, ?, ?)", [order_id, order["user_id"], kind, due_at, at])
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
