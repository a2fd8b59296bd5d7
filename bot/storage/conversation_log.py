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


def log_messages(db: sqlite_utils.Database, entries: list[LogEntry]) -> None:
    """Append entries to the log."""
    db.table("messages").insert_all(
        [e.__dict__ for e in entries], alter=False
    )
