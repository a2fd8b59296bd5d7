"""The real `refundbot run` process wires what the features provide: the heartbeat that
`refundbot health` reads, the operators' own menus, and seller texts as copyable blocks.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BotApiEmulator, Path]]:
    """One polling bot (with an operator) for the module: each test talks to its own user, so
    they need not start and stop a process each."""
    db_path = tmp_path_factory.mktemp("wiring") / "bot.sqlite3"
    with BotApiEmulator(TOKEN) as live, bot_process(live, db_path,
                                                   REFUNDBOT_OPERATORS=str(OPERATOR)) as proc:
        live.wait_until_polling(timeout=30)
        yield live, db_path
        assert proc.poll() is None, "the bot stopped while the module's tests ran"


def test_a_polling_bot_is_healthy_and_operators_get_their_menu(
        running: tuple[BotApiEmulator, Path]) -> None:
    live, db_path = running
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


def test_a_seller_text_arrives_as_a_copyable_block(
        running: tuple[BotApiEmulator, Path]) -> None:
    live, _db_path = running
    mark = live.mark()
    live.user_sends(8, "/start")
    live.wait_for_text(8, "What happened with your order?", timeout=15, since=mark)
    live.click_button(8, "Cancel a paid order")
    live.wait_for_text(8, "What status does the order show?", timeout=15, since=mark)
    live.click_button(8, "Awaiting shipment")
    block = live.wait_for(lambda c: c.method == "sendMessage" and c.ok
                          and c.params.get("chat_id") == 8 and c.text.startswith("<pre>"),
                          timeout=15, since=mark)
    assert block.params.get("parse_mode") == "HTML"
    assert "Hello!" in block.text and block.text.endswith("</pre>")
