"""Updates stored long ago and never handled (a long outage, a restored backup) are settled
at start without an answer; recent ones are handled as after any crash."""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import iso
from bot.storage import open_database
from emulator.botapi import BotApiEmulator
from emulator.process import bot_process

pytestmark = pytest.mark.process

MENU = "What happened with your order?"
OLD, RECENT = 300, 301


def test_old_pending_updates_are_settled_without_an_answer(
        live_emulator: BotApiEmulator, tmp_path: Path) -> None:
    emu, db_path = live_emulator, tmp_path / "bot.sqlite3"
    now = datetime.now(UTC)
    db = open_database(db_path)
    for user, age in ((OLD, timedelta(hours=1)), (RECENT, timedelta(minutes=1))):
        update = emu.user_sends(user, "/start")  # stored by a run that died before handling
        db.execute("INSERT INTO inbox (update_id, user_id, payload, received_at)"
                   " VALUES (?, ?, ?, ?)", [update["update_id"], user, json.dumps(update),
                                            iso(now - age)])
    db.conn.close()
    with bot_process(emu, db_path) as proc:
        emu.wait_for_text(RECENT, MENU, timeout=30)
        emu.wait_until_polling(timeout=30)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        log = proc.stderr.read() if proc.stderr else ""
    assert emu.messages(OLD) == []
    assert "settled 1 updates stored more than 0:10:00 ago without handling them" in log
    db = open_database(db_path)
    assert db.execute("SELECT COUNT(*) FROM inbox WHERE done = 0 OR payload != ''"
                      ).fetchone() == (0,)
