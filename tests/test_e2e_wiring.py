"""The real `refundbot run` process wires what the features provide: the heartbeat that
`refundbot health` reads, the operators' own menus, and seller texts as copyable blocks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process
from tests.conftest import TOKEN

pytestmark = pytest.mark.process


OPERATOR = 4242


def health(db_path: Path) -> subprocess.CompletedProcess[str]:
    """`refundbot health` run from outside, as a container's HEALTHCHECK would."""
    return subprocess.run([sys.executable, "-m", "bot", "health"], capture_output=True,
                          text=True, timeout=60, cwd=db_path.parent,
                          env={"REFUNDBOT_DB": str(db_path), "PATH": "/usr/bin:/bin"})


def test_a_polling_bot_is_healthy_and_operators_get_their_menu(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.sqlite3"
    with BotApiEmulator(TOKEN) as live, bot_process(live, db_path,
                                                   REFUNDBOT_OPERATORS=str(OPERATOR)):
        live.wait_until_polling(timeout=30)
        live.user_sends(7, "/start")
        live.wait_for_text(7, "What happened with your order?", timeout=15)
        checked = health(db_path)
        # Published in the background once polling runs; the operator's menu comes last.
        live.wait_for(lambda c: c.method == "setMyCommands"
                      and (c.params.get("scope") or {}).get("chat_id") == OPERATOR, timeout=15)
        scoped = [c for c in live.calls_of("setMyCommands")
                  if (c.params.get("scope") or {}).get("chat_id") == OPERATOR]
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert scoped, "the operator's own command menu was not set at start-up"
    assert any("logs" in str(c.params.get("commands")) for c in scoped)


def test_a_seller_text_arrives_as_a_copyable_block(tmp_path: Path) -> None:
    with BotApiEmulator(TOKEN) as live, bot_process(live, tmp_path / "bot.sqlite3"):
        live.wait_until_polling(timeout=30)
        live.user_sends(8, "/start")
        live.wait_for_text(8, "What happened with your order?", timeout=15)
        live.click_button(8, "Cancel a paid order")
        live.wait_for_text(8, "What status does the order show?", timeout=15)
        live.click_button(8, "Awaiting shipment")
        block = live.wait_for(lambda c: c.method == "sendMessage" and c.ok
                              and c.text.startswith("<pre>"), timeout=15)
    assert block.params.get("parse_mode") == "HTML"
    assert "Hello!" in block.text and block.text.endswith("</pre>")
