"""The audit trail: every operator read (and every refused attempt) as one row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import sqlite_utils

Channel = Literal["telegram", "cli", "console"]


@dataclass(frozen=True)
class AuditEntry:
    """Who read what, when, through which channel, and whether it was allowed."""

    at: str
    actor: str
    channel: Channel
    action: str
    target: str
    allowed: bool


def record(db: sqlite_utils.Database, entry: AuditEntry) -> None:
    """Append one entry to the audit table."""
    db.execute(
        "INSERT INTO audit (at, actor, channel, action, target, allowed) VALUES (?, ?, ?, ?, ?, ?)",
        [entry.at, entry.actor, entry.channel, entry.action, entry.target[:500],
         int(entry.allowed)],
    )


def entries(db: sqlite_utils.Database) -> list[AuditEntry]:
    """Every audit entry, oldest first."""
    rows = db.execute(
        "SELECT at, actor, channel, action, target, allowed FROM audit ORDER BY id"
    ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]
