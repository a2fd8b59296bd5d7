"""/forget and settled updates leave the database files (db, -wal, -shm) of the real bot
process, even while another process holds a read transaction, and users are not kept
waiting meanwhile."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process
from tests.conftest import TOKEN

pytestmark = pytest.mark.process

MARKER = "Zebrafinch7731"
FIRST_NAME = "Quokka5519"
MENU = "What happened with your order?"
# Polls every 2 s (so the emulator re-checks what the test waits for), checkpoints every 2 s.
FAST = {"REFUNDBOT_HEALTH_WINDOW": "6", "REFUNDBOT_CHECKPOINT_EVERY": "2"}


def raw_bytes(db_path: Path) -> bytes:
    """Every byte SQLite keeps for the database: the file, its WAL and shared memory."""
    files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
    return b"".join(p.read_bytes() for p in files if p.exists())


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BotApiEmulator, Path]]:
    """One bot (polling and checkpointing fast) for the module: the tests talk to different
    users and look for different strings in the files, so one process serves both."""
    db_path = tmp_path_factory.mktemp("erase") / "bot.sqlite3"
    with BotApiEmulator(TOKEN) as emu, bot_process(emu, db_path, **FAST) as proc:
        yield emu, db_path
        assert proc.poll() is None, "the bot stopped while the module's tests ran"


def test_forget_is_byte_clean_once_a_concurrent_reader_lets_go(
        running: tuple[BotApiEmulator, Path]) -> None:
    emu, db_path = running
    emu.user_sends(4711, "/start")
    emu.wait_for_text(4711, MENU, timeout=30)
    for n in range(5):
        emu.user_sends(4711, f"where is my parcel {MARKER} number {n}")
    emu.user_sends(4711, "/forget")
    emu.wait_for(lambda c: c.ok and "delete everything" in str(c.params), timeout=30)
    assert MARKER.encode() in raw_bytes(db_path)  # the check can see the text
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM messages").fetchone()  # holds a read snapshot
    mark = emu.mark()
    emu.click_button(4711, "Yes, delete everything")
    emu.wait_for(lambda c: c.ok and c.params.get("chat_id") == 4711, timeout=30, since=mark)
    emu.user_sends(4712, "/start")  # another user is answered while the reader holds on
    emu.wait_for_text(4712, MENU, timeout=5)
    assert MARKER.encode() in raw_bytes(db_path)  # the reader's snapshot still needs it
    reader.execute("ROLLBACK")
    reader.close()
    emu.wait_for(lambda _c: MARKER.encode() not in raw_bytes(db_path), timeout=30)


def test_settled_raw_updates_leave_the_files_within_minutes(
        running: tuple[BotApiEmulator, Path]) -> None:
    emu, db_path = running
    emu.user_sends(4720, "/start", first_name=FIRST_NAME)
    emu.wait_for_text(4720, MENU, timeout=30)
    # The payload is emptied when the update is settled; the routine checkpoint then
    # takes the old page images out of the WAL.
    emu.wait_for(lambda _c: FIRST_NAME.encode() not in raw_bytes(db_path), timeout=30)
