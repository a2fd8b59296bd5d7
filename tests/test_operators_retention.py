"""Log retention by age with a fake clock, and the full-text index on an existing database."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from telegram.ext import Application

from bot.clock import iso
from bot.config import Settings
from bot.dialogue.assembly import build_service
from bot.operators import queries
from bot.operators.audit import AuditEntry, record
from bot.operators.retention import DAY, purge, retention_loop
from bot.storage import migrations, open_database
from bot.telegram.background import Loops
from bot.telegram.context import state_in
from tests.support.clock import FakeClock


def log(db: sqlite_utils.Database, text: str, at: str, user_id: int = 1) -> None:
    """One incoming message in the log."""
    db["messages"].insert({"at": at, "chat_id": user_id, "user_id": user_id, "direction": "in",
                           "kind": "text", "text": text, "state_before": "menu",
                           "state_after": "menu"})


def texts(db: sqlite_utils.Database) -> list[str]:
    """What the log still holds, oldest first."""
    return [r[0] for r in db.execute("SELECT text FROM messages ORDER BY id").fetchall()]


def test_purge_deletes_only_entries_older_than_the_retention(
        db: sqlite_utils.Database, clock: FakeClock) -> None:
    now = clock.now()
    for text, age in [("ancient kettle", timedelta(days=400)),
                      ("old kettle", timedelta(days=90, seconds=1)),
                      ("borderline kettle", timedelta(days=90)),
                      ("recent kettle", timedelta(days=3))]:
        log(db, text, iso(now - age))
        record(db, AuditEntry(iso(now - age), "tg:900", "telegram", "logs", text, True))
    assert purge(db, now, 90) == {"messages": 2, "audit": 2}
    assert texts(db) == ["borderline kettle", "recent kettle"]
    assert [r.text for r in queries.search_messages(db, "kettle")] == texts(db)
    assert [r[0] for r in db.execute("SELECT target FROM audit ORDER BY id")] == texts(db)
    assert purge(db, now, 90) == {"messages": 0, "audit": 0}


async def test_the_loop_purges_every_day_without_sleeping(
        db: sqlite_utils.Database, clock: FakeClock, db_path: Path) -> None:
    now = clock.now()
    log(db, "89 days and a bit", iso(now - timedelta(days=89, hours=1)))
    log(db, "88 days and a bit", iso(now - timedelta(days=88, hours=1)))
    log(db, "yesterday", iso(now - timedelta(days=1)))
    service = build_service(db, clock)
    settings = Settings(REFUNDBOT_DB=db_path, REFUNDBOT_LOG_RETENTION_DAYS=89,  # type: ignore[call-arg]
                        _env_file=None)
    seen: list[list[str]] = []

    async def one_day_passes(seconds: float) -> None:
        assert seconds == DAY
        seen.append(texts(db))
        if len(seen) == 3:
            raise asyncio.CancelledError
        clock.advance(seconds=seconds)

    with pytest.raises(asyncio.CancelledError):
        await retention_loop(service.db, service.clock, settings.log_retention_days,
                             sleep=one_day_passes)
    assert seen == [
        ["88 days and a bit", "yesterday"],
        ["yesterday"],
        ["yesterday"],
    ]


async def test_the_bot_runs_the_purge_loop(app: Application) -> None:
    assert "log-retention" in [name for name, _loop in state_in(app, Loops).registered]


def test_retention_setting_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import ConfigError, load_settings

    monkeypatch.setenv("REFUNDBOT_LOG_RETENTION_DAYS", "0")
    with pytest.raises(ConfigError, match=r"^REFUNDBOT_LOG_RETENTION_DAYS: "):
        load_settings(env_file=None)
    monkeypatch.setenv("REFUNDBOT_LOG_RETENTION_DAYS", "30")
    assert load_settings(env_file=None).log_retention_days == 30
    monkeypatch.delenv("REFUNDBOT_LOG_RETENTION_DAYS")
    assert load_settings(env_file=None).log_retention_days == 90


def test_search_covers_messages_logged_before_the_upgrade(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    path = tmp_path / "old.sqlite3"
    earlier = [m for m in migrations.MIGRATIONS if m[1] != "operators"]
    monkeypatch.setattr(migrations, "MIGRATIONS", earlier)
    old = open_database(path)
    assert "messages_fts" not in old.table_names()
    log(old, "Посылка потерялась, трек молчит", iso(clock.now()))
    log(old, "Parcel LOST, tracking is silent", iso(clock.now()), user_id=2)
    old.conn.close()
    monkeypatch.undo()
    upgraded = open_database(path)
    assert [r.user_id for r in queries.search_messages(upgraded, "посылка")] == [1]
    assert [r.user_id for r in queries.search_messages(upgraded, "lost parcel")] == [2]
    log(upgraded, "ещё одна посылка", iso(clock.now()), user_id=3)
    assert [r.user_id for r in queries.search_messages(upgraded, "посылк еще")] == [3]
    assert open_database(path).table_names() == upgraded.table_names()  # migrating again: no-op


def test_search_text_is_never_fts_syntax(db: sqlite_utils.Database) -> None:
    log(db, "NEAR the AND gate", "2026-03-01T00:00:00+00:00")
    for text in ['"', "NEAR(", "a OR", "*", "col:x", "^start", "NOT"]:
        try:
            queries.search_messages(db, text)
        except sqlite3.OperationalError as err:  # pragma: no cover - the failure we guard
            pytest.fail(f"{text!r} broke the query: {err}")
    assert [r.text for r in queries.search_messages(db, "and near")] == ["NEAR the AND gate"]
