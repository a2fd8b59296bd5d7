"""The real bot process against the local Bot API emulator, talked to as a user would."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process
from tests.conftest import TOKEN

pytestmark = pytest.mark.process


USER = 5005


def test_cancel_scenario_end_to_end(live_emulator: BotApiEmulator, tmp_path: Path) -> None:
    emu = live_emulator
    with bot_process(emu, tmp_path / "bot.sqlite3") as proc:
        emu.wait_for(
            lambda c: c.method == "setMyCommands" and c.params.get("language_code") == "ru",
            timeout=30,
        )
        emu.wait_until_polling(timeout=30)
        emu.user_sends(USER, "/start", language_code="ru")
        emu.wait_for_text(USER, "Что случилось с заказом?", timeout=15)
        emu.click_button(USER, "Отменить оплаченный заказ")
        emu.wait_for_text(USER, "Какой статус у заказа?", timeout=15)
        emu.click_button(USER, "Проверка платежа")
        emu.wait_for_text(USER, "возврат начнётся сразу", timeout=15)
        assert emu.calls_of("answerCallbackQuery")
        assert any(c.method == "editMessageText" for c in emu.calls)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        _, stderr = proc.communicate()
    assert "stopped cleanly" in stderr
    assert TOKEN not in stderr
    assert "Что случилось" not in stderr  # message texts stay out of the logs


def test_restarted_process_resumes_the_dialogue(live_emulator: BotApiEmulator,
                                                tmp_path: Path) -> None:
    emu = live_emulator
    db_path = tmp_path / "bot.sqlite3"
    with bot_process(emu, db_path):
        emu.wait_until_polling(timeout=30)
        emu.user_sends(USER, "/start")
        emu.wait_for_text(USER, "What happened with your order?", timeout=15)
        emu.click_button(USER, "Cancel a paid order")
        emu.wait_for_text(USER, "What status does the order show?", timeout=15)
    with bot_process(emu, db_path):
        emu.wait_until_polling(timeout=30)
        emu.click_button(USER, "Shipped")
        emu.wait_for_text(USER, "can no longer be cancelled", timeout=15)
