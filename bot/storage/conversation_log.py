"""The conversation log: every message in and out, for operators to check what was said."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class LogEntry:
    """One logged message."""

    at: str
    chat_id: int
    user_id: int | None
    direction: str
    kind: str
    text: str
    state_before: str | None
    state_after: str | None
    outcome: str | None = None  # what an outgoing message was (flows/engine/outcomes.py)
    delivered: int | None = None  # outgoing: 0 until Telegram accepted it, then 1


_INSERT = (
    "INSERT INTO messages (at, chat_id, user_id, direction, kind, text, state_before,"
    " state_after, outcome, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def log_messages(db: sqlite_utils.Database, entries: list[LogEntry]) -> tuple[int, ...]:
    """Append entries to the log (one prepared statement; sqlite-utils' insert_all costs
    ~1 ms a call in column introspection on the hot path); return the ids of the outgoing
    ones still to be delivered, in order."""
    before = db.execute("SELECT COALESCE(MAX(id), 0) FROM messages").fetchone()[0]
    db.conn.executemany(_INSERT, [
        (e.at, e.chat_id, e.user_id, e.direction, e.kind, e.text, e.state_before,
         e.state_after, e.outcome, e.delivered) for e in entries])
    if not any(e.delivered == 0 for e in entries):
        return ()
    rows = db.execute("SELECT id FROM messages WHERE id > ? AND delivered = 0 ORDER BY id",
                      [before]).fetchall()
    return tuple(int(r[0]) for r in rows)


def mark_delivered(db: sqlite_utils.Database, log_id: int) -> None:
    """Telegram accepted the message logged as `log_id`."""
    db.execute("UPDATE messages SET delivered = 1 WHERE id = ?", [log_id])
