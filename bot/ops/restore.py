"""`refundbot restore PATH`: put a backup in place of the database, safely.

A backup holds work that was pending when it was taken (updates not yet handled, screens
not yet delivered). On a restored copy that work is old, and its users already had their
answers, so it is marked settled here instead of being done again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.ops.backup import BackupError, copy_to, open_existing, remove_stale_partials
from bot.ops.health import process_lives
from bot.ops.heartbeat import beats

# What a restore marks done: (what it is, the statement).
SETTLE = (
    ("updates", "UPDATE inbox SET done = 1, payload = '' WHERE done = 0"),
    ("screens", "UPDATE dialogues SET shown = 1 WHERE shown = 0"),
)


@dataclass(frozen=True)
class Restored:
    """What the restore did: the file it put in place and what it marked settled."""

    target: Path
    settled: dict[str, int]


def bot_running(db_path: Path, now: datetime) -> bool:
    """Whether a bot process has the database open (its recent sign of life, its pid)."""
    if not db_path.is_file():
        return False
    conn = open_existing(db_path)
    try:
        found = beats(conn)
    finally:
        conn.close()
    for beat in found.values():
        lives = process_lives(beat)
        if lives or (lives is None and now - beat.at <= beat.within):
            return True
    return False


def settle_pending(db_path: Path) -> dict[str, int]:
    """Mark the copy's pending updates and undelivered screens as done."""
    counts: dict[str, int] = {}
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        for what, sql in SETTLE:
            try:
                counts[what] = conn.execute(sql).rowcount
            except sqlite3.OperationalError:  # a copy older than that table
                counts[what] = 0
    finally:
        conn.close()
    return counts


def restore(source: Path, db_path: Path, now: datetime) -> Restored:
    """Replace `db_path` with a checked copy of `source`; refuse while the bot runs."""
    if bot_running(db_path, now):
        raise BackupError("the bot is running; stop it first (systemctl stop, docker compose "
                          "stop)")
    src = open_existing(source)
    try:
        remove_stale_partials(db_path.parent)
        # A WAL left beside the old file would be replayed into the restored one.
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        copy_to(src, db_path)
    except sqlite3.Error as err:
        raise BackupError(f"cannot restore {source}: {err}") from None
    finally:
        src.close()
    return Restored(db_path, settle_pending(db_path))
