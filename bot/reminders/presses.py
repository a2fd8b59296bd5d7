"""The reminder button a user pressed last: the screens it opens act on that order.

A reminder button jumps into a dialogue screen through the dialogue service like any other
event; the service carries no argument on a jump, so the press is remembered here first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from bot.clock import iso
from bot.orders.store import Order, owned_order


@dataclass(frozen=True)
class Owned:
    """A reminder a user pressed a button of, with its order."""

    id: int
    kind: str
    order_id: int


def owned_reminder(db: sqlite_utils.Database, reminder_id: int, user_id: int) -> Owned | None:
    """The reminder with this id if it belongs to this user's order, else None."""
    row = db.execute(
        "SELECT r.id, r.kind, o.id FROM reminders r JOIN orders o ON o.id = r.order_id"
        " WHERE r.id = ? AND o.user_id = ?", [reminder_id, user_id]).fetchone()
    return Owned(*row) if row else None


def record_press(db: sqlite_utils.Database, user_id: int, found: Owned, action: str,
                 now: datetime) -> None:
    """Remember which reminder (and so which order) the user's next reminder screen is about."""
    db.execute(
        "INSERT INTO reminder_presses (user_id, reminder_id, order_id, action, at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
        " reminder_id = excluded.reminder_id, order_id = excluded.order_id,"
        " action = excluded.action, at = excluded.at",
        [user_id, found.id, found.order_id, action, iso(now)])


def pressed_order(db: sqlite_utils.Database, user_id: int) -> Order | None:
    """The user's order whose reminder button they pressed last (None once it is gone)."""
    row = db.execute("SELECT order_id FROM reminder_presses WHERE user_id = ?",
                     [user_id]).fetchone()
    return owned_order(db, user_id, str(row[0])) if row else None
