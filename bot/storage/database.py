"""Open the one SQLite file with the pragmas the bot relies on, and migrate it."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from bot.ops.backup import remove_stale_partials
from bot.storage.handling import SETTLE_SQL, unsettled
from bot.storage.migrations import migrate

# Seconds a statement waits for another process's write lock. Short, because the bot's
# statements run on the event loop: a lock held longer fails the statement, and the poll
# loop backs off and tries again instead of every user waiting.
BUSY_TIMEOUT = 2.0


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the database in WAL mode and apply pending migrations."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(Path(path).parent)  # left by a killed copy
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                           timeout=BUSY_TIMEOUT)
    # No sqlite-utils plugins: the bot installs none, and looking for them reads every
    # installed package's metadata at each start (~10 ms of CPU).
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    # Deleted and emptied rows (erased users, settled updates) are overwritten in place, and
    # a checkpointed WAL does not keep more than this (bot.storage.checkpoint empties it).
    db.execute("PRAGMA secure_delete=ON")
    db.execute("PRAGMA journal_size_limit=4194304")
    migrate(db)
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error.

    While a Telegram update is being handled, its first transaction also settles it, so the
    effect and "this update is done" commit together, whichever handler wrote.
    """
    handling = unsettled()
    db.execute("BEGIN IMMEDIATE")
    try:
        if handling is not None:
            db.execute(SETTLE_SQL, [handling.update_id])
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    if handling is not None:
        handling.settled = True


def storage_trouble(err: BaseException) -> str | None:
    """What keeps the database from being written, when it is a passing condition of the
    machine (a full disk, a read-only file or file system, a lock) rather than a setting."""
    code = getattr(err, "errno", None)
    if code == errno.ENOSPC:
        return "the disk is full"
    if code == errno.EROFS:
        return "the file system is read-only"
    text = str(err).lower()
    if isinstance(err, sqlite3.Error):
        if "disk is full" in text or "disk i/o error" in text:
            return "the disk is full or failing"
        if "readonly" in text or "read-only" in text:
            return "the database file is read-only"
        if "locked" in text or "busy" in text:
            return "another process holds the database locked"
    return None
