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


_INSERT = (
    "INSERT INTO messages (at, chat_id, user_id, direction, kind, text, state_before,"
    " state_after, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def log_messages(db: sqlite_utils.Database, entries: list[LogEntry]) -> None:
    """Append entries to the log (one prepared statement; sqlite-utils' insert_all costs
    ~1 ms a call in column introspection on the hot path)."""
    db.conn.executemany(_INSERT, [
        (e.at, e.chat_id, e.user_id, e.direction, e.kind, e.text, e.state_before,
         e.state_after, e.outcome) for e in entries])
