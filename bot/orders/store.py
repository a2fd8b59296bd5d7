"""Orders in SQLite: typed rows and the few queries the orders feature needs.

Every query that takes an order id also takes the user id, so a forged id finds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.i18n import pick_language
from flows.deadlines.maths import DEFAULT_REFUND_METHOD
from flows.inputs.timezones import likely_zone, zone
from flows.languages import DEFAULT_LANGUAGE
from flows.orders.lifecycle import STATUSES, Status

FIELDS = ("id", "user_id", "number", "label", "deadline", "deadline_kind", "shipped_on",
          "payment_method", "status", "dispute_opened_at", "dispute_day_known",
          "refund_decided_on")
# Deadline kinds that are the bot's estimate, not what the order page showed.
ESTIMATED_KINDS = frozenset({"shipping", "delivered_cut"})
# Statuses listed last: nothing more will happen to them.
_SETTLED = tuple(s.value for s, row in STATUSES.items() if not row.reminders)
_SETTLED_MARKS = ", ".join("?" * len(_SETTLED))
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
    status: Status
    dispute_opened_at: datetime | None
    dispute_day_known: bool
    refund_decided_on: date | None

    @property
    def name(self) -> str:
        """The label, or the order number when the user gave none."""
        return self.label or self.number

    @property
    def estimated(self) -> bool:
        """Whether the end date is the bot's estimate, not read off the order page."""
        return self.deadline_kind in ESTIMATED_KINDS

    @property
    def method(self) -> str:
        """The payment method that sets the refund time; the widest range when unknown."""
        return (self.payment_method or DEFAULT_REFUND_METHOD).lower()

    @classmethod
    def parse(cls, fields: Mapping[str, Any]) -> Order:
        """The order from its stored fields (every one of FIELDS)."""
        def day(name: str) -> date | None:
            return date.fromisoformat(fields[name][:10]) if fields.get(name) else None

        opened = fields.get("dispute_opened_at")
        return cls(
            id=int(fields["id"]), user_id=int(fields["user_id"]), number=str(fields["number"]),
            label=fields.get("label") or "", deadline=moment(fields["deadline"]),
            deadline_kind=str(fields["deadline_kind"]), shipped_on=day("shipped_on"),
            payment_method=fields.get("payment_method"), status=Status(fields["status"]),
            dispute_opened_at=moment(opened) if opened else None,
            dispute_day_known=bool(fields["dispute_day_known"]),
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
    status: Status
    dispute_opened_at: str | None = None
    dispute_day_known: bool = True


def order_of_row(row: tuple[Any, ...]) -> Order:
    """Build an Order from the first len(FIELDS) values of a row selected with COLUMNS."""
    return Order.parse(dict(zip(FIELDS, row[:len(FIELDS)], strict=True)))


_order = order_of_row


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
        f"ORDER BY status IN ({_SETTLED_MARKS}), deadline LIMIT ?",
        [user_id, *_SETTLED, MAX_LISTED]).fetchall()
    total = db.execute("SELECT count(*) FROM orders WHERE user_id = ?", [user_id]).fetchone()[0]
    return [_order(r) for r in rows], total


def save_order(
    db: sqlite_utils.Database, user_id: int, new: NewOrder, now: str
) -> tuple[int, bool]:
    """Insert the order, or refresh the user's order with the same number; (id, existed)."""
    existed = db.execute("SELECT 1 FROM orders WHERE user_id = ? AND number = ?",
                         [user_id, new.number]).fetchone() is not None
    dispute_at = new.dispute_opened_at if new.status is Status.DISPUTE else None
    row = db.execute(
        "INSERT INTO orders (user_id, number, label, deadline, deadline_kind, shipped_on, "
        "payment_method, status, dispute_opened_at, dispute_day_known, refund_decided_on, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?) "
        "ON CONFLICT (user_id, number) DO UPDATE SET "
        "label = COALESCE(NULLIF(excluded.label, ''), orders.label), "
        "deadline = excluded.deadline, deadline_kind = excluded.deadline_kind, "
        "shipped_on = excluded.shipped_on, "
        "payment_method = COALESCE(excluded.payment_method, orders.payment_method), "
        "status = excluded.status, dispute_opened_at = excluded.dispute_opened_at, "
        "dispute_day_known = excluded.dispute_day_known, "
        "refund_decided_on = NULL, updated_at = excluded.updated_at RETURNING id",
        [user_id, new.number, new.label, new.deadline, new.deadline_kind, new.shipped_on,
         new.payment_method, new.status.value, dispute_at, int(new.dispute_day_known), now,
         now],
    ).fetchone()
    return int(row[0]), existed


def update_order(db: sqlite_utils.Database, order: Order, now: str,
                 **fields: str | int | None) -> None:
    """Change some fields of an order (names come from code, values are parameters)."""
    allowed = {"deadline", "deadline_kind", "payment_method", "status", "dispute_opened_at",
               "dispute_day_known", "refund_decided_on"}
    assert set(fields) <= allowed, set(fields) - allowed
    assignments = "".join(f"{name} = ?, " for name in fields)
    db.execute(f"UPDATE orders SET {assignments}updated_at = ? WHERE id = ?",
               [*fields.values(), now, order.id])


def delete_order(db: sqlite_utils.Database, order: Order) -> None:
    """Delete an order; its reminders go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM orders WHERE id = ?", [order.id])


def open_order_ids(db: sqlite_utils.Database, user_id: int) -> list[int]:
    """Ids of the user's orders that still have reminders to plan."""
    rows = db.execute(f"SELECT id FROM orders WHERE user_id = ? AND status NOT IN "
                      f"({_SETTLED_MARKS})", [user_id, *_SETTLED])
    return [row[0] for row in rows]


def zone_for(tz: str | None, lang: str | None, tg_lang: str | None = None) -> ZoneInfo:
    """The user's zone: the stored one, else the likely one for their language (Moscow for ru).

    The one place a user's zone is decided; `user_zone` and the reminder queue both use it.
    """
    return zone(tz or likely_zone(pick_language(lang, tg_lang, DEFAULT_LANGUAGE)))


def user_zone(db: sqlite_utils.Database, user_id: int) -> ZoneInfo:
    """The zone the user's dates are read and shown in (see zone_for)."""
    row = db.execute("SELECT tz, lang, tg_lang FROM users WHERE id = ?", [user_id]).fetchone()
    return zone_for(*row) if row else zone_for(None, None)


def chosen_zone(db: sqlite_utils.Database, user_id: int) -> str | None:
    """The time zone the user picked (IANA name), None until they pick one."""
    row = db.execute("SELECT tz FROM users WHERE id = ?", [user_id]).fetchone()
    return row[0] if row and row[0] else None


def set_user_zone(db: sqlite_utils.Database, user_id: int, name: str) -> None:
    """Store the user's time zone."""
    db.execute("UPDATE users SET tz = ? WHERE id = ?", [name, user_id])
