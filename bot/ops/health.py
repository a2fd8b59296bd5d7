"""`refundbot health`: the database opens, its schema is current, the bot polled recently.

The polling loop calls `record_poll` after each successful getUpdates; the health check
(another process: Docker's HEALTHCHECK, a monitoring script) reads it from the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from bot.clock import iso
from bot.ops.backup import BackupError, open_existing
from bot.storage.migrations import CODE_VERSION, schema_version

DEFAULT_MAX_AGE = timedelta(minutes=3)
_UPSERT = ("INSERT INTO heartbeat (name, at) VALUES ('poll', ?) "
           "ON CONFLICT (name) DO UPDATE SET at = excluded.at")


@dataclass(frozen=True)
class Health:
    """The verdict and the one line that explains it."""

    ok: bool
    line: str


def record_poll(db: sqlite_utils.Database, now: datetime) -> None:
    """Note a successful poll of Telegram (one row, overwritten: a heartbeat, not a record)."""
    try:
        db.execute(_UPSERT, [iso(now)])
    except sqlite3.OperationalError:
        # Not a migration: it holds no records and a restore may safely lose it.
        db.execute("CREATE TABLE IF NOT EXISTS heartbeat (name TEXT PRIMARY KEY, at TEXT NOT NULL)")
        db.execute(_UPSERT, [iso(now)])


def last_poll(conn: sqlite3.Connection) -> datetime | None:
    """When the bot last polled successfully, or None if it never did."""
    try:
        row = conn.execute("SELECT at FROM heartbeat WHERE name = 'poll'").fetchone()
    except sqlite3.OperationalError:
        return None
    return datetime.fromisoformat(row[0]) if row else None


def check(db_path: Path, now: datetime, max_age: timedelta = DEFAULT_MAX_AGE) -> Health:
    """Judge the bot's health from its database without changing it."""
    try:
        conn = open_existing(db_path)
    except BackupError as err:
        return Health(False, f"unhealthy: {err}")
    try:
        version = schema_version(conn)
        polled = last_poll(conn)
    except sqlite3.Error as err:
        return Health(False, f"unhealthy: cannot read {db_path}: {err}")
    finally:
        conn.close()
    if version > CODE_VERSION:
        return Health(False, f"unhealthy: database schema v{version} is newer than this "
                             f"refundbot (v{CODE_VERSION}); upgrade refundbot")
    if version < CODE_VERSION:
        return Health(False, f"unhealthy: database schema v{version}, this refundbot needs "
                             f"v{CODE_VERSION}; restart the bot to migrate")
    if polled is None:
        return Health(False, "unhealthy: the bot has not polled Telegram yet")
    age = int((now - polled).total_seconds())
    if age > max_age.total_seconds():
        return Health(False, f"unhealthy: last successful poll {age} s ago "
                             f"(limit {int(max_age.total_seconds())} s)")
    return Health(True, f"healthy: schema v{version}, last successful poll {max(age, 0)} s ago")
