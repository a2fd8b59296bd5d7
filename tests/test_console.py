"""A scripted session through `refundbot console` as a real subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

pytestmark = pytest.mark.process


def run_console(tmp_path: Path, script: str, *args: str) -> str:
    """Run the console with `script` on stdin (not a terminal) and return its output."""
    env = {**os.environ, "REFUNDBOT_DB": str(tmp_path / "console.sqlite3")}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    exe = shutil.which("refundbot", path=str(Path(sys.executable).parent))
    command = [exe] if exe else [sys.executable, "-m", "bot"]
    result = subprocess.run([*command, "console", *args], input=script, env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def test_english_walkthrough_by_number_and_label(tmp_path: Path) -> None:
    out = run_console(tmp_path, "1\n❌ cancel a paid order\n2\n/quit\n")
    assert "Choose your language" in out
    assert "[1] ❌ Cancel a paid order" in out
    assert 'Status "Awaiting shipment"' in out
    assert "----- copy for the seller -----" in out
    assert "Hello! I would like to cancel order No. [ORDER NUMBER]" in out


def test_the_copy_for_the_seller_is_framed_in_the_buyers_language(tmp_path: Path) -> None:
    out = run_console(tmp_path, "1\n2\n/quit\n", "--lang", "ru")
    assert "----- текст для продавца -----" in out
    assert "copy for the seller" not in out
    assert "Hello! I would like to cancel order No. [ORDER NUMBER]" in out  # sellers read English


def test_russian_with_lang_flag_and_eof(tmp_path: Path) -> None:
    out = run_console(tmp_path, "1\n3\n", "--lang", "ru")
    assert "Choose your language" not in out
    assert "Что случилось с заказом?" in out
    assert "отменить заказ уже нельзя" in out


def test_console_shares_the_database_and_resumes(tmp_path: Path) -> None:
    run_console(tmp_path, "1\n", "--lang", "en", "--user", "42")
    out = run_console(tmp_path, "2\n", "--lang", "en", "--user", "42")
    assert out.startswith("What status does the order show?")  # resumed at the saved step
    assert 'Status "Awaiting shipment"' in out
    db = sqlite_utils.Database(tmp_path / "console.sqlite3")
    assert db.execute("SELECT count(*) FROM messages WHERE user_id = 42").fetchone()[0] >= 6
