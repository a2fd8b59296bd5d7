"""The reminder outbox: claim due rows, then mark them sent, released, failed or cancelled.

States: pending -> sending (claimed, with claimed_at) -> sent (with the message id).
A row left in `sending` by a crash goes back to `pending`, so it is sent again: at most
the dispatcher's window of sends in flight (4) are duplicated per crash, never a loss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.i18n import pick_language
from bot.orders.store import FIELDS, Order, moment, order_of_row, zone_for
from bot.storage import transaction
from bot.storage.conversation_log import LogEntry, log_messages
from flows.languages import DEFAULT_LANGUAGE

# Longer than any send with its 429 waits and retries; only a hung or crashed send exceeds it.
LEASE = timedelta(minutes=10)

# CROSS JOIN keeps the outbox index as the outer loop: rows come out in due order and
# the scan stops at the first users it needs, whatever the size of the table.
_DUE_USERS = (
    "SELECT r.user_id FROM reminders r CROSS JOIN users u ON u.id = r.user_id"
    " WHERE r.state = 'pending' AND r.due_at <= ? AND u.blocked_at IS NULL ORDER BY r.due_at"
)
_NEXT_DUE = (
    "SELECT r.due_at FROM reminders r CROSS JOIN users u ON u.id = r.user_id"
    " WHERE r.state = 'pending' AND u.blocked_at IS NULL ORDER BY r.due_at LIMIT 1"
)
# The order's columns come first, in the store's own FIELDS order, so the store builds the Order.
_DETAILS = (
    "SELECT " + ", ".join(f"o.{name}" for name in FIELDS) + ","
    " r.id, r.kind, r.due_at, r.attempts, u.lang, u.tg_lang, u.tz"
    " FROM reminders r JOIN orders o ON o.id = r.order_id JOIN users u ON u.id = r.user_id"
    " WHERE r.id IN ({marks}) ORDER BY r.user_id, o.deadline, r.order_id, r.due_at"
)


@dataclass(frozen=True)
class Recipient:
    """Who a reminder goes to: the user, the language to write in and the zone to date in."""

    user_id: int
    lang: str
    zone: ZoneInfo


@dataclass(frozen=True)
class Due:
    """One claimed reminder: its kind, due time and tries, the typed order and the recipient."""

    id: int
    kind: str
    due: datetime
    attempts: int
    order: Order
    recipient: Recipient

    @property
    def user_id(self) -> int:
        """The recipient's Telegram id (their private chat)."""
        return self.recipient.user_id


def _due(row: tuple[Any, ...], default_lang: str,
         recipients: dict[int, Recipient]) -> Due:
    """A claimed row as a Due; one Recipient per user, shared by their reminders."""
    order = order_of_row(row)
    rid, kind, due_at, attempts, lang, tg_lang, tz = row[len(FIELDS):]
    recipient = recipients.get(order.user_id)
    if recipient is None:
        recipient = recipients[order.user_id] = Recipient(
            order.user_id, pick_language(lang, tg_lang, default_lang), zone_for(tz, lang, tg_lang))
    return Due(rid, kind, moment(due_at), attempts, order, recipient)


@dataclass(frozen=True)
class Owned:
    """A reminder a user pressed a button of: its id, kind and order."""

    id: int
    kind: str
    order_id: int


def owned_reminder(db: sqlite_utils.Database, reminder_id: int, user_id: int) -> Owned | None:
    """The reminder with this id if it belongs to this user's order, else None."""
    row = db.execute(
        "SELECT r.id, r.kind, o.id FROM reminders r JOIN orders o ON o.id = r.order_id"
        " WHERE r.id = ? AND o.user_id = ?", [reminder_id, user_id]).fetchone()
    return Owned(*row) if row else None


def _marks(ids: Sequence[int]) -> str:
    """Placeholders for an IN list (the values themselves go in as parameters)."""
    return ", ".join("?" * len(ids))


def recover(db: sqlite_utils.Database) -> int:
    """At start-up: rows a previous process left in `sending` go back to `pending`."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE reminders SET state = 'pending', claimed_at = NULL WHERE state = 'sending'")
    return cursor.rowcount


def claim(db: sqlite_utils.Database, now: datetime, users: int = 30,
          lease: timedelta = LEASE, default_lang: str = DEFAULT_LANGUAGE) -> list[Due]:
    """Claim every due reminder of up to `users` users, oldest first, in one transaction."""
    with transaction(db):
        db.execute(
            "UPDATE reminders SET state = 'pending', claimed_at = NULL"
            " WHERE state = 'sending' AND claimed_at < ?", [iso(now - lease)])
        picked: list[int] = []
        for (user_id,) in db.execute(_DUE_USERS, [iso(now)]):
            if user_id not in picked:
                picked.append(user_id)
                if len(picked) == users:
                    break
        if not picked:
            return []
        # The unary + keeps SQLite on the users' orders, not on every due row of the backlog.
        claimed = db.execute(
            "UPDATE reminders SET state = 'sending', claimed_at = ?"
            " WHERE +state = 'pending' AND +due_at <= ? AND order_id IN"
            f" (SELECT id FROM orders WHERE user_id IN ({_marks(picked)})) RETURNING id",
            [iso(now), iso(now), *picked],
        ).fetchall()
        ids = [rid for (rid,) in claimed]
        rows = db.execute(_DETAILS.format(marks=_marks(ids)), ids).fetchall()
    recipients: dict[int, Recipient] = {}
    return [_due(row, default_lang, recipients) for row in rows]


def next_due(db: sqlite_utils.Database) -> str | None:
    """When the earliest pending reminder of a user who hasn't blocked the bot falls due."""
    row = db.execute(_NEXT_DUE).fetchone()
    return row[0] if row else None


def mark_sent(db: sqlite_utils.Database, ids: Sequence[int], message_id: int,
              now: datetime, entry: LogEntry) -> None:
    """Record delivery (unless the order changed meanwhile) and log the text for operators."""
    with transaction(db):
        db.execute(
            "UPDATE reminders SET state = 'sent', sent_at = ?, message_id = ?,"
            f" attempts = attempts + 1 WHERE state = 'sending' AND id IN ({_marks(ids)})",
            [iso(now), message_id, *ids])
        log_messages(db, [entry])


def release(db: sqlite_utils.Database, ids: Sequence[int], due_at: datetime | None = None,
            error: str | None = None) -> None:
    """Put claimed rows back to `pending` (later, if due_at is given), noting a failed try."""
    tried = 1 if error else 0
    with transaction(db):
        db.execute(
            "UPDATE reminders SET state = 'pending', claimed_at = NULL,"
            " due_at = COALESCE(?, due_at), attempts = attempts + ?,"
            " last_error = COALESCE(?, last_error)"
            f" WHERE state = 'sending' AND id IN ({_marks(ids)})",
            [iso(due_at) if due_at else None, tried, error, *ids])


def fail(db: sqlite_utils.Database, ids: Sequence[int], error: str) -> None:
    """Give up on rows Telegram refuses for good (e.g. a chat that does not exist)."""
    with transaction(db):
        db.execute(
            "UPDATE reminders SET state = 'failed', attempts = attempts + 1, last_error = ?"
            f" WHERE state = 'sending' AND id IN ({_marks(ids)})", [error, *ids])


def block_user(db: sqlite_utils.Database, user_id: int, ids: Sequence[int],
               now: datetime) -> None:
    """The user blocked the bot: remember it and hold their reminders until they return."""
    with transaction(db):
        db.execute("UPDATE users SET blocked_at = ? WHERE id = ?", [iso(now), user_id])
        db.execute(
            "UPDATE reminders SET state = 'pending', claimed_at = NULL, last_error = 'blocked'"
            f" WHERE state = 'sending' AND id IN ({_marks(ids)})", list(ids))
