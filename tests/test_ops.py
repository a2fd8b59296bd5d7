"""Operating the bot: `refundbot backup` while it writes, `refundbot health`, and migrations
that copy the database first and refuse a schema newer than the code."""

from __future__ import annotations

import io
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils

from bot.cli import main, parser
from bot.config import Settings
from bot.ops.commands import run_ops_command
from bot.ops.heartbeat import record_poll, record_start
from bot.storage import open_database
from bot.storage.migrations import CODE_VERSION, MIGRATIONS
from bot.storage.users import touch_user
from tests.support.clock import FakeClock

WINDOW = timedelta(seconds=90)


def ops(command: list[str], db_path: Path, clock: FakeClock) -> tuple[int, str]:
    """Run `refundbot backup|health ...` against a database at the fake clock's time."""
    settings = Settings(REFUNDBOT_DB=db_path, _env_file=None)  # type: ignore[call-arg]
    out, err = io.StringIO(), io.StringIO()
    code = run_ops_command(parser().parse_args(command), settings, clock, out, err)
    return code, (out.getvalue() + err.getvalue()).strip()


def test_backup_while_the_bot_writes_is_consistent(db_path: Path, tmp_path: Path,
                                                   clock: FakeClock) -> None:
    open_database(db_path).conn.close()
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        db = open_database(db_path)
        while not stop.is_set():
            with db.conn:
                db.execute("BEGIN IMMEDIATE")
                db["messages"].insert({"at": "2026-03-10T12:00:00+00:00", "chat_id": 1,
                                       "user_id": 1, "direction": "in", "kind": "text",
                                       "text": "посылка не пришла " * 20})
            written[0] += 1
        db.conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 200:
            stop.wait(0.01)
        code, line = ops(["backup", str(tmp_path / "copy.sqlite3")], db_path, clock)
        during = written[0]
    finally:
        stop.set()
        thread.join()
    assert code == 0, line
    assert during > 200, "the writer must still be writing while the backup runs"
    copy = sqlite3.connect(tmp_path / "copy.sqlite3")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copied = copy.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    fts = copy.execute("SELECT COUNT(*) FROM messages_fts").fetchone()[0]
    assert 200 <= copied <= written[0] and fts == copied


def test_backup_into_a_folder_and_never_over_a_file(db: sqlite_utils.Database, db_path: Path,
                                                    tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    code, line = ops(["backup", str(folder)], db_path, clock)
    assert code == 0 and (folder / "refundbot-20260310T120000Z.sqlite3").is_file(), line
    code, line = ops(["backup", str(folder)], db_path, clock)
    assert code == 1 and "already exists" in line
    code, line = ops(["backup", str(folder)], tmp_path / "nothing.sqlite3", clock)
    assert code == 1 and "no database at" in line
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_a_newer_schema_is_refused(db: sqlite_utils.Database, db_path: Path, clock: FakeClock,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    record_start(db, clock.now(), WINDOW)
    record_poll(db, clock.now(), WINDOW)
    db["schema_migrations"].insert({"version": CODE_VERSION + 1, "name": "from the future",
                                    "applied_at": "2027-01-01T00:00:00+00:00"})
    code, line = ops(["health"], db_path, clock)
    assert code == 1 and f"schema v{CODE_VERSION + 1} is newer than this refundbot" in line
    monkeypatch.setenv("REFUNDBOT_DB", str(db_path))
    monkeypatch.chdir(db_path.parent)
    assert main(["console"]) == 2
    assert "newer than this refundbot" in capsys.readouterr().err


def test_a_migration_backs_up_the_database_first(db: sqlite_utils.Database,
                                                 db_path: Path) -> None:
    touch_user(db, 7, "2026-03-10T12:00:00+00:00", None, None)
    db.execute("DELETE FROM schema_migrations WHERE version = ?", [CODE_VERSION])
    db.conn.close()
    assert list(db_path.parent.glob("*.before-*")) == []
    open_database(db_path).conn.close()
    [kept] = db_path.parent.glob(f"refundbot.before-v{CODE_VERSION}-*.sqlite3")
    old = sqlite3.connect(kept)
    previous = max(version for version, _name, _step in MIGRATIONS if version != CODE_VERSION)
    assert old.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == previous
    assert old.execute("SELECT id FROM users").fetchall() == [(7,)]


def test_a_new_database_is_not_backed_up(db_path: Path) -> None:
    open_database(db_path).conn.close()
    assert list(db_path.parent.glob("*.before-*")) == []


def test_reading_an_idle_database_leaves_no_wal_files(db_path: Path, tmp_path: Path,
                                                      clock: FakeClock) -> None:
    db = open_database(db_path)
    record_start(db, clock.now(), WINDOW)
    record_poll(db, clock.now(), WINDOW)
    db.conn.close()
    ops(["health"], db_path, clock)
    ops(["backup", str(tmp_path / "copy.sqlite3")], db_path, clock)
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("refundbot")) \
        == ["refundbot.sqlite3"], "files root would own and the bot's user could not open"
