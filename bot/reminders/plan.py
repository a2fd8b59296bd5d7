"""Which reminders an order should have, written to the outbox in the caller's transaction."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils


def plan_reminders(db: sqlite_utils.Database, order_id: int, now: datetime) -> None:
    """Bring the order's pending reminders in line with its current fields.

    Call inside the transaction that saves or changes the order: it upserts one row
    per (order, kind) and cancels pending rows the order no longer needs.
    """
    raise NotImplementedError("written with the reminders outbox (issue 4)")
