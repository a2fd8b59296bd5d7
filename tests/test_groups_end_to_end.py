"""The real bot process in a group: added by an admin, a member's command, the step to private."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process
from tests.support.group import GROUP_ID, Group

ADMIN, MEMBER = 8001, 8002


pytestmark = pytest.mark.process


def test_group_command_gets_the_public_answer(live_emulator: BotApiEmulator,
                                              tmp_path: Path) -> None:
    emu = live_emulator
    group = Group(None, emu, forum=True)
    group.set_admins(ADMIN)
    with bot_process(emu, tmp_path / "bot.sqlite3"):
        emu.wait_until_polling(timeout=30)
        mark = emu.mark()
        asyncio.run(group.add_bot(by=ADMIN, language_code="ru"))
        emu.wait_for_text(GROUP_ID, "Refund Guide", timeout=15, since=mark)
        mark = emu.mark()
        asyncio.run(group.send(MEMBER, f"/refund@{emu.username}", thread=5))
        answer = emu.wait_for_text(GROUP_ID, "личном чате", timeout=15, since=mark)
        assert answer.params["message_thread_id"] == 5
        url = answer.params["reply_markup"]["inline_keyboard"][0][0]["url"]
        payload = parse_qs(urlsplit(url).query)["start"][0]
        assert payload == f"g_menu_{GROUP_ID}"
        emu.user_sends(MEMBER, f"/start {payload}", language_code="en")
        emu.wait_for_text(MEMBER, "What happened with your order?", timeout=15)
        # The menus are published in the background once polling runs.
        emu.wait_for(lambda c: c.method == "setMyCommands" and c.params.get("language_code") == "ru"
                     and (c.params.get("scope") or {}).get("type") == "all_chat_administrators",
                     timeout=15)
    assert emu.my_commands({"type": "all_chat_administrators"}, "ru")
