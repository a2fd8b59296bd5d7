"""`refundbot health`: healthy only while the bot's process lives, polls Telegram and can write.

Another process (Docker's HEALTHCHECK, a monitoring script, a person) reads the signs of
life the bot leaves in its database (bot/ops/heartbeat.py) without changing anything:
the process that wrote them still exists (same host), its `alive` beat is fresh (it is not
frozen and its writes go through), and it polled Telegram within the window. A process that
has not polled yet is "starting" until the window has passed since its start.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bot.ops.backup import BackupError, open_existing
from bot.ops.heartbeat import ALIVE, POLL, START, Beat, beats
from bot.storage.migrations import CODE_VERSION, schema_version

DEFAULT_WINDOW = timedelta(seconds=90)  # no successful poll for this long: unhealthy, and exit
LOW_DISK = 1 << 20  # bytes free below which SQLite's next transaction may fail


@dataclass(frozen=True)
class Health:
    """The verdict and the one line that explains it."""

    ok: bool
    line: str


def process_lives(beat: Beat) -> bool | None:
    """Whether the process that wrote a beat still exists (None: another host, cannot tell)."""
    if beat.host != socket.gethostname():
        return None
    try:
        os.kill(beat.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user (DynamicUser=)
        return True
    return True


def disk_trouble(db_path: Path) -> str | None:
    """Why the bot cannot write its database's file system, if it cannot."""
    try:
        stats = os.statvfs(db_path.parent)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return f"the file system holding {db_path} is read-only"
    free = stats.f_bavail * stats.f_frsize
    if free < LOW_DISK:
        return f"the disk holding {db_path} is full ({free // 1024} KiB free)"
    return None


def seconds(delta: timedelta) -> int:
    """A duration in whole seconds, never negative."""
    return max(int(delta.total_seconds()), 0)


def judge(found: dict[str, Beat], now: datetime, window: timedelta | None,
          db_path: Path) -> Health:
    """The verdict from the stored signs of life (`window` overrides the bot's own)."""
    start = found.get(START)
    if start is None:
        return Health(False, "unhealthy: the bot has not started on this database")
    lives = process_lives(start)
    if lives is False:
        return Health(False, f"unhealthy: the bot is not running (process {start.pid} has ended)")
    limit = window or start.within
    poll = found.get(POLL)
    if poll is None or poll.at < start.at:
        since = seconds(now - start.at)
        if since <= limit.total_seconds():
            return Health(False, f"starting: process {start.pid} started {since} s ago "
                                 "and has not polled Telegram yet")
        return Health(False, f"unhealthy: started {since} s ago and has not reached Telegram "
                             f"(limit {seconds(limit)} s)")
    trouble = disk_trouble(db_path)
    if trouble is not None:
        return Health(False, f"unhealthy: {trouble}")
    alive = found.get(ALIVE)
    if alive is not None and now - alive.at > alive.within:
        return Health(False, f"unhealthy: the bot has not written its database for "
                             f"{seconds(now - alive.at)} s (locked by another process, a full "
                             "disk, or a frozen process)")
    age = seconds(now - poll.at)
    if age > limit.total_seconds():
        return Health(False, f"unhealthy: last successful poll {age} s ago "
                             f"(limit {seconds(limit)} s)")
    return Health(True, f"healthy: last successful poll {age} s ago")


def check(db_path: Path, now: datetime, window: timedelta | None = None) -> Health:
    """Judge the bot's health from its database without changing it."""
    try:
        conn = open_existing(db_path)
    except BackupError as err:
        return Health(False, f"unhealthy: {err}")
    try:
        version = schema_version(conn)
        found = beats(conn)
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
    verdict = judge(found, now, window, db_path)
    if verdict.ok:
        return Health(True, verdict.line.replace("healthy:", f"healthy: schema v{version},", 1))
    return verdict
