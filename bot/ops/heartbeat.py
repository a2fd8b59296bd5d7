"""The running bot's signs of life in its database, which `refundbot health` reads.

One row per sign, overwritten (a heartbeat, not a record; not a migration: a restore may
lose it): `start` when the process started, `poll` after each successful poll of Telegram,
`alive` every few seconds while the process can write. Each row carries the pid and host
that wrote it and how old it may get (`within`) before the bot is overdue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from bot.clock import iso

log = logging.getLogger("refundbot.heartbeat")
START, POLL, ALIVE = "start", "poll", "alive"
ALIVE_EVERY = 5.0  # seconds between `alive` beats; health allows three missed
_COLUMNS = ("name", "at", "pid", "host", "within")
_CREATE = ("CREATE TABLE heartbeat (name TEXT PRIMARY KEY, at TEXT NOT NULL, "
           "pid INTEGER NOT NULL, host TEXT NOT NULL, within REAL NOT NULL)")
_UPSERT = ("INSERT INTO heartbeat (name, at, pid, host, within) VALUES (?, ?, ?, ?, ?) "
           "ON CONFLICT (name) DO UPDATE SET at = excluded.at, pid = excluded.pid, "
           "host = excluded.host, within = excluded.within")


@dataclass(frozen=True)
class Beat:
    """One sign of life as stored."""

    at: datetime
    pid: int
    host: str
    within: timedelta


def _row(name: str, now: datetime, within: timedelta) -> list[object]:
    """The values of one heartbeat row written by this process."""
    return [name, iso(now), os.getpid(), socket.gethostname(), within.total_seconds()]


def record_start(db: sqlite_utils.Database, now: datetime, window: timedelta) -> None:
    """A new process: forget the last one's beats and note this start (raises when the
    database cannot be written: a full disk, a read-only file, a lock held too long)."""
    db.execute("DROP TABLE IF EXISTS heartbeat")
    db.execute(_CREATE)
    db.execute(_UPSERT, _row(START, now, window))


def record_poll(db: sqlite_utils.Database, now: datetime, window: timedelta) -> None:
    """A successful poll of Telegram."""
    db.execute(_UPSERT, _row(POLL, now, window))


class AliveWriter:
    """Writes the `alive` beat over a connection of its own (used from one worker thread at a
    time), so a locked database costs that thread its short timeout, never the event loop."""

    def __init__(self, path: Path, within: timedelta, busy_timeout: float) -> None:
        self.path, self.within, self.busy_timeout = path, within, busy_timeout
        self.conn: sqlite3.Connection | None = None

    def write(self, now: datetime) -> None:
        """Note that the process lives and can write; raises sqlite3.Error when it cannot."""
        if self.conn is None:
            self.conn = sqlite3.connect(str(self.path), timeout=self.busy_timeout,
                                        isolation_level=None, check_same_thread=False)
        self.conn.execute(_UPSERT, _row(ALIVE, now, self.within))

    def close(self) -> None:
        """Close the connection (at stop)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None


async def keep_alive(writer: AliveWriter, now: Callable[[], datetime], every: float) -> None:
    """Write the `alive` beat every `every` seconds until cancelled; log when writing stops
    working and when it works again (once each, not every beat)."""
    failing = False
    writing: asyncio.Future[None] | None = None
    try:
        while True:
            writing = asyncio.ensure_future(asyncio.to_thread(writer.write, now()))
            try:
                await asyncio.shield(writing)
            except sqlite3.Error as err:
                if not failing:
                    log.warning("cannot write the database (%s); health reports it", err)
                failing = True
            else:
                if failing:
                    log.info("the database can be written again")
                failing = False
            await asyncio.sleep(every)
    finally:
        if writing is not None:
            # Cancelling the await does not stop the write in its thread; closing the
            # connection under it crashed the process at stop (SIGSEGV inside sqlite).
            with contextlib.suppress(sqlite3.Error):
                await writing
        writer.close()


def beats(conn: sqlite3.Connection) -> dict[str, Beat]:
    """Every sign of life stored, by name (none from a bot older than this table)."""
    try:
        rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM heartbeat").fetchall()
    except sqlite3.OperationalError:  # no table yet, or the old two-column one
        return {}
    return {str(name): Beat(datetime.fromisoformat(at), int(pid), str(host),
                            timedelta(seconds=float(within)))
            for name, at, pid, host, within in rows}
