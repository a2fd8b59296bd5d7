"""Keep erased and settled bytes out of the write-ahead log, without ever blocking users.

A `wal_checkpoint(TRUNCATE)` copies the WAL into the database file and empties it; while
another process (the console, `refundbot logs`, a backup) holds a read transaction it cannot
finish, and with the usual busy timeout it would wait on the event loop. So each attempt
here waits for nothing (busy timeout 0): an erase asks for one at once and, when a reader is
in the way, the background loop retries every `RETRY` seconds until the WAL is truncated; on
top of that a checkpoint every `EVERY` seconds keeps raw updates (first names, edited texts)
from outliving their emptied inbox row by more than that.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from dataclasses import dataclass

import sqlite_utils

from bot.storage.database import BUSY_TIMEOUT

log = logging.getLogger("refundbot.checkpoint")

RETRY = 1.0      # seconds between attempts while an erase waits for its checkpoint
EVERY = 120.0    # seconds between routine checkpoints
# Bytes the WAL file keeps after a checkpoint that could not truncate it (SQLite's own
# journal_size_limit): the next routine checkpoint truncates it to nothing.
JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024


def truncate_now(db: sqlite_utils.Database, busy_ms: int) -> bool:
    """One TRUNCATE checkpoint waiting at most `busy_ms` for others; True if the WAL is empty."""
    try:
        db.execute(f"PRAGMA busy_timeout={busy_ms}")
        busy, _frames, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as err:  # a writer from another process: next time
        log.info("checkpoint postponed (%s)", err)
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    return int(busy) == 0


@dataclass
class Checkpoints:
    """Whether an erase still waits for its checkpoint, and the attempts that settle it."""

    db: sqlite_utils.Database
    wanted: bool = False

    def after_erase(self) -> None:
        """An erase just committed: truncate now if nobody reads, else leave it to `run`."""
        self.wanted = not truncate_now(self.db, 0)
        if self.wanted:
            log.info("a reader holds the database: the erase's checkpoint will be retried")

    def tick(self, routine: bool) -> None:
        """One attempt, when an erase waits for it or a routine checkpoint is due."""
        if self.wanted or routine:
            done = truncate_now(self.db, 0)
            if self.wanted and done:
                log.info("the erased rows are out of the write-ahead log")
            self.wanted = self.wanted and not done

    async def run(self, every: float = EVERY, retry: float = RETRY) -> None:
        """Retry a waiting erase every `retry` seconds, and checkpoint every `every`."""
        waited = 0.0
        while True:
            await asyncio.sleep(retry)
            waited += retry
            routine = waited >= every
            if routine:
                waited = 0.0
            self.tick(routine)
