"""Orders in SQLite: typed rows and the few queries the orders feature needs.

Every query that takes an order id also takes the user id, so a forged id finds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from flows.deadlines.maths import DEFAULT_REFUND_METHOD

FIELDS = ("id", "user_id", "number", "label", "deadline", "deadline_kind", "shipped_on",
          "payment_method", "status", "dispute_opened_at", "refund_decided_on")
COLUMNS = ", ".join(FIELDS)
MAX_LISTED = 30


def moment(text: str) -> datetime:
    """A stored time as aware UTC (stored times are UTC ISO; a bare one is read as UTC)."""
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Order:
    """One order, read once from SQLite: times are aware UTC, days are dates."""

    id: int
    user_id: int
    number: str
    label: str
    deadline: datetime
    deadline_kind: str
    shipped_on: date | None
    payment_method: str | None
    status: str
    dispute_opened_at: datetime | None
    refund_decided_on: date | None

    @property
    def name(self) -> str:
        """The label, or the order number when the user gave none."""
        return self.label or self.number

    @property
    def estimated(self) -> bool:
        """Whether the end date was estimated from the ship date, not read off the order page."""
        return self.deadline_kind == "shipping"

    @property
    def method(self) -> str:
        """The payment method that sets the refund time; the widest range when unknown."""
        return (self.payment_method or DEFAULT_REFUND_METHOD).lower()

    @classmethod
    def parse(cls, fields: Mapping[str, Any]) -> Order:
        """The order from stored fields (a row, or a claimed reminder's copy of them)."""
        def day(name: str) -> date | None:
            return date.fromisoformat(fields[name][:10]) if fields.get(name) else None

        opened = fields.get("dispute_opened_at")
        kind = fields.get("deadline_kind") or ("shipping" if fields.get("shipped_on") else "date")
        return cls(
            id=int(fields["id"]), user_id=int(fields["user_id"]), number=str(fields["number"]),
            label=fields.get("label") or "", deadline=moment(fields["deadline"]),
            deadline_kind=kind, shipped_on=day("shipped_on"),
            payment_method=fields.get("payment_method"), status=fields["status"],
            dispute_opened_at=moment(opened) if opened else None,
            refund_decided_on=day("refund_decided_on"),
        )


@dataclass(frozen=True)
class NewOrder:
    """What the add-order dialogue gathered."""

    number: str
    label: str
    deadline: str
    deadline_kind: str
    shipped_on: str | None
    payment_method: str | None
    status: str
    dispute_opened_at: str | None = None


def _order(row: tuple[Any, ...]) -> Order:
    """Build an Order from a row selected with COLUMNS."""
    return Order.parse(dict(zip(FIELDS, row, strict=True)))


def order_by_id(db: sqlite_utils.Database, order_id: int) -> Order | None:
    """An order by id, for code that already knows whose it is (the reminder planner)."""
    row = db.execute(f"SELECT {COLUMNS} FROM orders WHERE id = ?", [order_id]).fetchone()
    return _order(row) if row else None


def owned_order(db: sqlite_utils.Database, user_id: int, order_id: str | None) -> Order | None:
    """The user's order with this id (as it came in a button), or None."""
    if not order_id or not order_id.isdigit():
        return None
    row = db.execute(f"SELECT {COLUMNS} FROM orders WHERE id = ? AND user_id = ?",
                     [int(order_id), user_id]).fetchone()
    return _order(row) if row else None


def user_orders(db: sqlite_utils.Database, user_id: int) -> tuple[list[Order], int]:
    """The user's orders to list (open ones by deadline, then closed) and how many in all."""
    rows = db.execute(
        f"SELECT {COLUMNS} FROM orders WHERE user_id = ? "
        "ORDER BY status = 'closed', deadline LIMIT ?", [user_id, MAX_LISTED]).fetchall()
    total = db.execute("SELECT count(*) FROM orders WHERE user_id = ?", [user_id]).fetchone()[0]
    return [_order(r) for r in rows], total


def save_order(
    db: sqlite_utils.Database, user_id: int, new: NewOrder, now: str
) -> tuple[int, bool]:
    """Insert the order, or refresh the user's order with the same number; (id, existed)."""
    existed = db.execute("SELECT 1 FROM orders WHERE user_id = ? AND number = ?",
                         [user_id, new.number]).fetchone() is not None
    dispute_at = new.dispute_opened_at if new.status == "dispute" else None
    row = db.execute(
        "INSERT INTO orders (user_id, number, label, deadline, deadline_kind, shipped_on, "
        "payment_method, status, dispute_opened_at, refund_decided_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?) "
        "ON CONFLICT (user_id, number) DO UPDATE SET "
        "label = COALESCE(NULLIF(excluded.label, ''), orders.label), "
        "deadline = excluded.deadline, deadline_kind = excluded.deadline_kind, "
        "shipped_on = excluded.shipped_on, "
        "payment_method = COALESCE(excluded.payment_method, orders.payment_method), "
        "status = excluded.status, dispute_opened_at = excluded.dispute_opened_at, "
        "refund_decided_on = NULL, updated_at = excluded.updated_at RETURNING id",
        [user_id, new.number, new.label, new.deadline, new.deadline_kind, new.shipped_on,
         new.payment_method, new.status, dispute_at, now, now],
    ).fetchone()
    return int(row[0]), existed


def update_order(db: sqlite_utils.Database, order: Order, now: str, **fields: str | None) -> None:
    """Change some fields of an order (names come from code, values are parameters)."""
    allowed = {"deadline", "deadline_kind", "payment_method", "status", "dispute_opened_at",
               "refund_decided_on"}
    assert set(fields) <= allowed, set(fields) - allowed
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(f"UPDATE orders SET {assignments}, updated_at = ? WHERE id = ?",
               [*fields.values(), now, order.id])


def delete_order(db: sqlite_utils.Database, order: Order) -> None:
    """Delete an order; its reminders go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM orders WHERE id = ?", [order.id])


def open_order_ids(db: sqlite_utils.Database, user_id: int) -> list[int]:
    """Ids of the user's orders that still have reminders to plan."""
    rows = db.execute("SELECT id FROM orders WHERE user_id = ? AND status != 'closed'", [user_id])
    return [row[0] for row in rows]


def user_zone(db: sqlite_utils.Database, user_id: int) -> str | None:
    """The user's stored time zone (IANA name), if they have chosen one."""
    row = db.execute("SELECT tz FROM users WHERE id = ?", [user_id]).fetchone()
    return row[0] if row and row[0] else None


def set_user_zone(db: sqlite_utils.Database, user_id: int, name: str) -> None:
    """Store the user's time zone."""
    db.execute("UPDATE users SET tz = ? WHERE id = ?", [name, user_id])
