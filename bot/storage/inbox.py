"""The inbox: every update is stored before Telegram is told it arrived, and settled once.

The Telegram handlers put the id of the update they handle in the event they give the
dialogue service, which settles it inside its own transaction: the state change and "this
update is done" commit together, and a redelivered or replayed update is skipped instead of
acted on twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot.storage.database import transaction
from bot.storage.handling import CURRENT, SETTLE_SQL

# Handled rows kept (without payload) to recognise a redelivery; older ones are pruned.
KEEP_DONE = 5000


@dataclass(frozen=True)
class Stored:
    """An update waiting to be handled: its id and raw JSON (and the parsed dict when it was
    just fetched, so it is not parsed twice)."""

    update_id: int
    payload: str
    raw: dict[str, Any] | None = None


def sender_of(raw: dict[str, Any]) -> int | None:
    """The user id in a raw update (message.from, callback_query.from, ...), if any."""
    for key, value in raw.items():
        if key != "update_id" and isinstance(value, dict):
            sender = value.get("from") or value.get("user")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                return int(sender["id"])
    return None


def store(db: sqlite_utils.Database, updates: Sequence[dict[str, Any]], at: str) -> list[Stored]:
    """Write fetched updates in one transaction; return those not seen before, in order."""
    fresh: list[Stored] = []
    with transaction(db):
        for raw in updates:
            update_id = int(raw["update_id"])
            payload = json.dumps(raw, ensure_ascii=False)
            cursor = db.execute(
                "INSERT OR IGNORE INTO inbox (update_id, user_id, payload, received_at)"
                " VALUES (?, ?, ?, ?)", [update_id, sender_of(raw), payload, at])
            if cursor.rowcount:
                fresh.append(Stored(update_id, payload, raw))
    return fresh


def pending(db: sqlite_utils.Database) -> list[Stored]:
    """Updates stored by an earlier run but never settled (a crash), oldest first."""
    rows = db.execute(
        "SELECT update_id, payload FROM inbox WHERE done = 0 ORDER BY update_id").fetchall()
    return [Stored(int(r[0]), str(r[1])) for r in rows]


def settle_stale(db: sqlite_utils.Database, before: str) -> int:
    """Settle, unhandled, the pending updates received before `before`; return how many."""
    with transaction(db):
        return int(db.execute("UPDATE inbox SET done = 1, payload = '' WHERE done = 0"
                              " AND received_at < ?", [before]).rowcount)


def next_offset(db: sqlite_utils.Database) -> int:
    """The getUpdates offset that confirms everything already stored."""
    row = db.execute("SELECT MAX(update_id) FROM inbox").fetchone()
    return int(row[0]) + 1 if row and row[0] is not None else 0


def is_done(db: sqlite_utils.Database, update_id: int) -> bool:
    """Whether this update was already handled (its effects committed)."""
    row = db.execute("SELECT done FROM inbox WHERE update_id = ?", [update_id]).fetchone()
    return bool(row and row[0])


def polled_update_id() -> int | None:
    """The id of the update the poller is handling in this task (None outside the poller)."""
    handling = CURRENT.get()
    return handling.update_id if handling is not None else None


def settle_one(db: sqlite_utils.Database, update_id: int) -> None:
    """Mark one update done (call inside the transaction that commits its effects)."""
    db.execute(SETTLE_SQL, [update_id])


def settle(db: sqlite_utils.Database, update_ids: Iterable[int]) -> None:
    """Mark updates done in one transaction and prune old handled rows."""
    ids = list(update_ids)
    if not ids:
        return
    with transaction(db):
        db.conn.executemany(SETTLE_SQL, [(i,) for i in ids])
        db.execute("DELETE FROM inbox WHERE done = 1 AND update_id < ?",
                   [max(ids) - KEEP_DONE])
