"""Consistent copies of the live database with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

PARTIAL_STALE = 600  # seconds without a write after which a `.partial` copy is abandoned


class BackupError(RuntimeError):
    """The backup could not be made; the message says why in one line."""


def stamp(now: datetime) -> str:
    """A UTC time for file names: 20261126T101500Z."""
    return now.strftime("%Y%m%dT%H%M%SZ")


def open_existing(path: Path) -> sqlite3.Connection:
    """Connect read-only to a database file that must already exist (never creates one).

    Without a `-wal` file no bot has the database open, so it is opened as immutable: that
    leaves no `-wal`/`-shm` behind that root (running `refundbot health` by hand) would own
    and the bot's own user could then not open.
    """
    if not path.is_file():
        raise BackupError(f"no database at {path}")
    idle = not path.with_name(f"{path.name}-wal").exists()
    flags = "mode=ro&immutable=1" if idle else "mode=ro"
    conn = sqlite3.connect(f"file:{path.resolve()}?{flags}", uri=True, timeout=30)
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete copies a killed backup or migration left half-written (`.NAME.partial`) that
    nothing has written to for `PARTIAL_STALE` seconds; return them."""
    removed = []
    cutoff = time.time() - PARTIAL_STALE
    for partial in folder.glob(".*.partial") if folder.is_dir() else ():
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
                removed.append(partial)
        except FileNotFoundError:  # another clean-up got there first
            continue
    return removed


def copy_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy in one step: one read snapshot, so the copy is consistent while writers go on.
    Written as `.NAME.partial` first, and removed if anything (SIGTERM too) stops it."""
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)  # pages=-1: one read transaction (WAL: no blocking)
            verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dest.close()
        if verdict != "ok":
            raise BackupError(f"the copy failed its integrity check: {verdict}")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def backup(db_path: Path, destination: Path, now: datetime) -> Path:
    """Back up the database to `destination` (a new file, or a folder for a dated name)."""
    target = destination / f"{db_path.stem}-{stamp(now)}.sqlite3" if destination.is_dir() \
        else destination
    if target.exists():
        raise BackupError(f"{target} already exists; give a new file name or a folder")
    if not target.parent.is_dir():
        raise BackupError(f"no folder {target.parent}")
    remove_stale_partials(target.parent)
    source = open_existing(db_path)
    try:
        copy_to(source, target)
    except sqlite3.Error as err:
        raise BackupError(f"cannot back up {db_path}: {err}") from None
    finally:
        source.close()
    return target


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection's main database, or None for an in-memory one."""
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def last_written(path: Path) -> float:
    """When the database (its file or a non-empty WAL) was last written."""
    wal = path.with_name(f"{path.name}-wal")
    times = [path.stat().st_mtime]
    if wal.exists() and wal.stat().st_size > 0:
        times.append(wal.stat().st_mtime)
    return max(times)


def backup_before_migration(conn: sqlite3.Connection, version: int, now: datetime) -> Path | None:
    """Keep the database as it was before migration `version`, beside it; None in memory."""
    path = database_file(conn)
    if path is None:
        return None
    remove_stale_partials(path.parent)
    # A complete copy from an attempt that was stopped before the migration committed is
    # the same database: keep it instead of writing another full copy.
    earlier = sorted(path.parent.glob(f"{path.stem}.before-v{version}-*{path.suffix}"))
    if earlier and earlier[-1].stat().st_mtime >= last_written(path):
        return earlier[-1]
    target = path.with_name(f"{path.stem}.before-v{version}-{stamp(now)}{path.suffix}")
    copy_to(conn, target)
    return target
