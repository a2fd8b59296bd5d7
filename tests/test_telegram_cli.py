"""`refundbot logs ... | head` stops quietly when the reader has enough."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage import open_database
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.users import touch_user

pytestmark = pytest.mark.process


def test_logs_into_a_pipe_that_closes_end_quietly(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.sqlite3"
    db = open_database(db_path)
    touch_user(db, 7, "2026-03-01T10:00:00+00:00", "en", None)
    log_messages(db, [LogEntry("2026-03-01T10:00:00+00:00", 7, 7, "in", "text",
                               f"message number {n} " + "x" * 80, "menu", "menu")
                      for n in range(5000)])  # far more than a pipe buffers
    db.conn.close()
    env = {**os.environ, "REFUNDBOT_DB": str(db_path)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "logs", "--user", "7"], env=env,
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # `head -1`: read a line, then hang up
    proc.stdout.close()
    errors = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert first and errors == ""
