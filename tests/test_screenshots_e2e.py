"""A screenshot through the real `refundbot run` process and the emulator over HTTP: getFile,
the file download route, the answer, a clean stop, and logs without the read text."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from bot.screenshots.ocr import Reader
from emulator.botapi import BotApiEmulator
from emulator.process import bot_process

SCREEN = Path(__file__).parent / "data" / "screens" / "own_order_en_light.jpg"


@pytest.mark.process
@pytest.mark.skipif(not Reader().available, reason="tesseract-ocr-eng/-rus not installed")
def test_a_screenshot_is_read_by_the_running_bot(live_emulator: BotApiEmulator,
                                                 tmp_path: Path) -> None:
    with bot_process(live_emulator, tmp_path / "bot.sqlite3") as proc:
        live_emulator.wait_until_polling(timeout=30)
        live_emulator.user_sends_photo(21, SCREEN.read_bytes())
        live_emulator.wait_for_text(21, "Add this order to My orders", timeout=30)
        assert any("I read: status \"Awaiting delivery\"" in (m.get("text") or "")
                   for m in live_emulator.messages(21))
        assert live_emulator.calls_of("getFile")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        out, err = proc.communicate(timeout=15)
    assert "8187" not in out + err and "Awaiting delivery" not in out + err
