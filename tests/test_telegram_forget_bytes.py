"""/forget leaves no trace in the database file itself: not in the log, the full-text index,
the audit, the inbox, freed pages or the write-ahead log."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from bot.clock import iso
from bot.operators.audit import AuditEntry, record
from tests.support.chat import Chat
from tests.support.clock import FakeClock

MARKER = "Zebrafinch7731"


def raw_bytes(db_path: Path) -> bytes:
    """Every byte SQLite keeps for the database: the file, its WAL and shared memory."""
    files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
    return b"".join(p.read_bytes() for p in files if p.exists())


async def test_forget_leaves_no_byte_of_the_users_text(
        chat_with: object, db: sqlite_utils.Database, db_path: Path, clock: FakeClock) -> None:
    user = chat_with(user_id=4711, username=f"user{MARKER}")  # type: ignore[operator]
    other = chat_with(user_id=4712)  # type: ignore[operator]
    assert isinstance(user, Chat) and isinstance(other, Chat)
    await other.send("/start")
    await other.send("my parcel never came")
    await user.send("/start")
    for n in range(30):  # enough text for the index to span several segments
        await user.send(f"where is my parcel {MARKER} number {n}")
    record(db, AuditEntry(iso(clock.now()), "tg:9", "telegram", "logs", f"4711 {MARKER}", True))
    db.execute("INSERT INTO chats (id, type, added_by, updated_at) VALUES (-100, 'group', 4711,"
               " ?)", [iso(clock.now())])
    assert MARKER.encode() in raw_bytes(db_path)  # the check can see the text

    await user.send("/forget")
    await user.click("Yes, delete everything")

    assert MARKER.encode() not in raw_bytes(db_path)
    assert b"4711" not in b"".join(
        str(r).encode() for r in db.execute("SELECT actor, target FROM audit"))
    assert db.execute("SELECT added_by FROM chats WHERE id = -100").fetchone() == (None,)
    hits = db.execute("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'parcel'")
    assert hits.fetchone()[0] == 1  # the other user's words are still searchable


async def test_forget_blanks_audit_rows_the_user_wrote_and_searches_quoting_them(
        chat_with: object, db: sqlite_utils.Database, db_path: Path, clock: FakeClock) -> None:
    user = chat_with(user_id=4713)  # type: ignore[operator]
    assert isinstance(user, Chat)
    await user.send("/start")
    await user.send(f"my parcel {MARKER} is lost")
    await user.send(f"/logs 99 {MARKER}Quail")  # looks like an operator's command: audited
    record(db, AuditEntry(iso(clock.now()), "tg:9", "telegram", "find", f"parcel {MARKER}",
                          True))
    record(db, AuditEntry(iso(clock.now()), "tg:9", "telegram", "find", "refund", True))
    assert db.execute("SELECT COUNT(*) FROM audit WHERE instr(target, ?) > 0",
                      [MARKER]).fetchone()[0] == 2

    await user.send("/forget")
    await user.click("Yes, delete everything")

    assert MARKER.encode() not in raw_bytes(db_path)
    targets = [r[0] for r in db.execute("SELECT target FROM audit ORDER BY id")]
    assert targets.count("refund") == 1  # a search that quotes nobody stays as it was
