"""`refundbot health` tells the truth: "starting" until the first poll, healthy only while the
process that polls lives, writes its database and polled within the window."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlite_utils

from bot.cli import parser
from bot.config import Settings
from bot.ops import health
from bot.ops.commands import run_ops_command
from bot.ops.heartbeat import AliveWriter, record_poll, record_start
from bot.storage.migrations import CODE_VERSION
from tests.support.clock import FakeClock

WINDOW = timedelta(seconds=90)


def ops(db_path: Path, clock: FakeClock, *args: str) -> tuple[int, str]:
    """Run `refundbot health ARGS` against a database at the fake clock's time."""
    settings = Settings(REFUNDBOT_DB=db_path, _env_file=None)  # type: ignore[call-arg]
    out, err = io.StringIO(), io.StringIO()
    code = run_ops_command(parser().parse_args(["health", *args]), settings, clock, out, err)
    return code, (out.getvalue() + err.getvalue()).strip()


def ended_pid() -> int:
    """The pid of a process that has already ended."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_a_database_no_bot_ran_on_is_unhealthy(db: sqlite_utils.Database, db_path: Path,
                                               clock: FakeClock) -> None:
    assert ops(db_path, clock) == (1, "unhealthy: the bot has not started on this database")
    code, line = ops(db_path.with_name("missing.sqlite3"), clock)
    assert code == 1 and "no database at" in line
    assert not db_path.with_name("missing.sqlite3").exists(), "health must not create a file"


def test_starting_until_the_first_poll_then_healthy(db: sqlite_utils.Database, db_path: Path,
                                                    clock: FakeClock) -> None:
    record_start(db, clock.now(), WINDOW)
    clock.advance(seconds=5)
    assert ops(db_path, clock) == (
        1, f"starting: process {os.getpid()} started 5 s ago and has not polled Telegram yet")
    record_poll(db, clock.now(), WINDOW)
    clock.advance(seconds=30)
    assert ops(db_path, clock) == (
        0, f"healthy: schema v{CODE_VERSION}, last successful poll 30 s ago")


def test_a_start_that_never_reaches_telegram_turns_unhealthy(db: sqlite_utils.Database,
                                                             db_path: Path,
                                                             clock: FakeClock) -> None:
    record_start(db, clock.now(), WINDOW)
    clock.advance(seconds=91)
    assert ops(db_path, clock) == (
        1, "unhealthy: started 91 s ago and has not reached Telegram (limit 90 s)")


def test_polls_older_than_the_window_are_unhealthy(db: sqlite_utils.Database, db_path: Path,
                                                   clock: FakeClock) -> None:
    record_start(db, clock.now(), WINDOW)
    record_poll(db, clock.now(), WINDOW)
    clock.advance(seconds=60)
    assert ops(db_path, clock)[0] == 0
    assert ops(db_path, clock, "--max-age", "30") == (
        1, "unhealthy: last successful poll 60 s ago (limit 30 s)")
    clock.advance(seconds=40)
    assert ops(db_path, clock) == (1, "unhealthy: last successful poll 100 s ago (limit 90 s)")


@pytest.mark.process
def test_a_bot_whose_process_ended_is_unhealthy_at_once(db: sqlite_utils.Database,
                                                        db_path: Path, clock: FakeClock) -> None:
    record_start(db, clock.now(), WINDOW)
    record_poll(db, clock.now(), WINDOW)
    dead = ended_pid()
    db.execute("UPDATE heartbeat SET pid = ?", [dead])  # as the ended process wrote them
    assert ops(db_path, clock) == (
        1, f"unhealthy: the bot is not running (process {dead} has ended)")


def test_a_bot_that_stopped_writing_is_unhealthy(db: sqlite_utils.Database, db_path: Path,
                                                 clock: FakeClock) -> None:
    record_start(db, clock.now(), WINDOW)
    record_poll(db, clock.now(), WINDOW)
    AliveWriter(db_path, timedelta(seconds=15), 1.0).write(clock.now())
    clock.advance(seconds=10)
    assert ops(db_path, clock)[0] == 0
    clock.advance(seconds=10)
    assert ops(db_path, clock) == (
        1, "unhealthy: the bot has not written its database for 20 s (locked by another "
           "process, a full disk, or a frozen process)")


@pytest.mark.parametrize(("flag", "free", "expected"), [
    (os.ST_RDONLY, 10 << 20, "is read-only"),
    (0, 4096, "is full (4 KiB free)"),
])
def test_a_disk_the_bot_cannot_write_is_unhealthy(db: sqlite_utils.Database, db_path: Path,
                                                  clock: FakeClock,
                                                  monkeypatch: pytest.MonkeyPatch, flag: int,
                                                  free: int, expected: str) -> None:
    record_start(db, clock.now(), WINDOW)
    record_poll(db, clock.now(), WINDOW)
    stats = SimpleNamespace(f_flag=flag, f_bavail=free // 512, f_frsize=512)
    monkeypatch.setattr(health.os, "statvfs", lambda path: stats)
    code, line = ops(db_path, clock)
    assert code == 1 and line.startswith("unhealthy: ") and line.endswith(expected), line
