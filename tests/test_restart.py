"""Stopping the bot mid-dialogue and starting it again resumes at the same step."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.dialogue.assembly import build_service
from bot.storage import open_database
from bot.telegram.app import build_application
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.offline import OfflineRequest


async def test_dialogue_resumes_after_restart(settings: Settings, db_path: Path) -> None:
    emulator = BotApiEmulator(settings.token.get_secret_value() if settings.token else "")
    first = build_application(settings, build_service(open_database(db_path), FakeClock()),
                              OfflineRequest(emulator))
    await first.initialize()
    chat = Chat(first, emulator)
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await first.shutdown()
    first.bot_data["service"].db.conn.close()

    second = build_application(settings, build_service(open_database(db_path), FakeClock()),
                               OfflineRequest(emulator))
    await second.initialize()
    chat.app = second
    await chat.click("Awaiting shipment")
    assert "seller has to confirm" in chat.transcript()
    await second.shutdown()
