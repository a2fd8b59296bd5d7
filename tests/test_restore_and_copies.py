"""Restores and copies: `refundbot restore` settles what the copy had pending, refuses while
the bot runs; half-written copies are removed; a complete pre-migration copy is reused; a
SIGTERM during start-up work leaves nothing half done."""

from __future__ import annotations

import io
import os
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils

from bot import cli
from bot.cli import parser
from bot.config import Settings
from bot.ops.backup import copy_to
from bot.ops.commands import run_ops_command
from bot.ops.heartbeat import record_start
from bot.storage import open_database
from bot.storage.migrations import CODE_VERSION
from bot.storage.users import touch_user
from tests.support.clock import FakeClock

AT = "2026-03-10T12:00:00+00:00"


def ops(command: list[str], db_path: Path, clock: FakeClock) -> tuple[int, str]:
    """Run `refundbot backup|restore ...` against a database at the fake clock's time."""
    settings = Settings(REFUNDBOT_DB=db_path, _env_file=None)  # type: ignore[call-arg]
    out, err = io.StringIO(), io.StringIO()
    code = run_ops_command(parser().parse_args(command), settings, clock, out, err)
    return code, (out.getvalue() + err.getvalue()).strip()


def pending_work(db: sqlite_utils.Database) -> None:
    """An update stored but not handled, and a screen saved but not delivered."""
    touch_user(db, 7, AT, None, None)
    db.execute("INSERT INTO inbox (update_id, user_id, payload, received_at)"
               " VALUES (1, 7, '{\"message\": {}}', ?)", [AT])
    db.execute("INSERT INTO dialogues (user_id, state, step, facts, updated_at, shown)"
               " VALUES (7, 'menu', 1, '{}', ?, 0)", [AT])


def test_restore_settles_what_the_copy_had_pending(db: sqlite_utils.Database, db_path: Path,
                                                   tmp_path: Path, clock: FakeClock) -> None:
    pending_work(db)
    db.conn.close()
    assert ops(["backup", str(tmp_path / "copy.sqlite3")], db_path, clock)[0] == 0
    db_path.with_name(db_path.name + "-wal").write_bytes(b"stale wal of the old file")
    code, said = ops(["restore", str(tmp_path / "copy.sqlite3")], db_path, clock)
    assert code == 0
    assert said.endswith("marked done: 1 pending updates, 1 undelivered screens")
    assert not db_path.with_name(db_path.name + "-wal").exists()
    restored = open_database(db_path)
    assert restored.execute("SELECT done, payload FROM inbox").fetchall() == [(1, "")]
    assert restored.execute("SELECT shown FROM dialogues").fetchall() == [(1,)]


def test_restore_refuses_while_the_bot_runs(db: sqlite_utils.Database, db_path: Path,
                                            tmp_path: Path, clock: FakeClock) -> None:
    assert ops(["backup", str(tmp_path / "copy.sqlite3")], db_path, clock)[0] == 0
    record_start(db, clock.now(), timedelta(seconds=90))  # this process: alive
    code, said = ops(["restore", str(tmp_path / "copy.sqlite3")], db_path, clock)
    assert (code, said) == (1, "refundbot: restore failed: the bot is running; stop it first "
                               "(systemctl stop, docker compose stop)")


def test_backup_help_says_what_a_restore_may_resend(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["backup", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "`refundbot restore FILE`" in said
    assert "reminders due since the copy was taken may be sent again" in said


def test_stale_partial_copies_are_removed_before_a_backup(db: sqlite_utils.Database,
                                                          db_path: Path, tmp_path: Path,
                                                          clock: FakeClock) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stale, fresh = folder / ".old.sqlite3.partial", folder / ".running.sqlite3.partial"
    for partial in (stale, fresh):
        partial.write_bytes(b"x" * 1000)
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    assert ops(["backup", str(folder)], db_path, clock)[0] == 0
    assert not stale.exists() and fresh.exists()  # another backup may still write that one


def test_a_complete_pre_migration_copy_is_reused(db: sqlite_utils.Database,
                                                 db_path: Path) -> None:
    touch_user(db, 7, AT, None, None)
    db.execute("DELETE FROM schema_migrations WHERE version = ?", [CODE_VERSION])
    db.conn.close()
    earlier = db_path.with_name(f"refundbot.before-v{CODE_VERSION}-20260101T000000Z.sqlite3")
    copy_to(sqlite3.connect(db_path), earlier)  # a start killed after its copy was complete
    leftover = db_path.with_name(f".refundbot.before-v{CODE_VERSION}-x.sqlite3.partial")
    leftover.write_bytes(b"x" * 1000)
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    open_database(db_path).conn.close()
    assert list(db_path.parent.glob("*.before-*")) == [earlier]
    assert not leftover.exists()


class Stop(BaseException):
    """What the start-up SIGTERM handler raises."""


class Interrupted:
    """A source whose copy is cut short by a signal."""

    def backup(self, target: sqlite3.Connection) -> None:
        """Write a page, then be interrupted."""
        target.execute("CREATE TABLE t (x)")
        raise Stop


def test_a_copy_stopped_half_way_leaves_no_partial_file(tmp_path: Path) -> None:
    with pytest.raises(Stop):
        copy_to(Interrupted(), tmp_path / "copy.sqlite3")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_sigterm_during_start_up_ends_cleanly(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def terminated() -> None:
        cli.stop_at_start(15, None)

    monkeypatch.setattr(cli, "load_settings", terminated)
    assert cli.main(["run"]) == 0
    assert capsys.readouterr().err == ("refundbot: stopped by SIGTERM; nothing was left half "
                                       "done\n")


def test_a_stale_partial_beside_the_database_is_removed_at_start(db_path: Path) -> None:
    open_database(db_path).conn.close()
    leftover = db_path.with_name(".refundbot-20260101T000000Z.sqlite3.partial")
    leftover.write_bytes(b"x" * 1000)
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    open_database(db_path).conn.close()
    assert not leftover.exists()
