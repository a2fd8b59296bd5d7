"""A person to talk to: a buyer asks (EN and RU), the operators' chat gets the case, replies go
both ways until /close or "Back to the bot"; strangers, limits and /forget are respected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.operators.audit import entries
from emulator.botapi import BotApiEmulator
from tests.conftest import TOKEN
from tests.support.chat import Chat
from tests.support.clock import FakeClock

OPERATOR, STRANGER, BUYER, RU_BUYER = 900, 950, 1001, 2002
OPS_CHAT = -1009999


@pytest.fixture
def settings(db_path: Path) -> Settings:
    """One operator, an operators' group, working hours and two requests a day."""
    return Settings(TELEGRAM_BOT_TOKEN=TOKEN, REFUNDBOT_DB=db_path,  # type: ignore[call-arg]
                    REFUNDBOT_OPERATORS=str(OPERATOR), REFUNDBOT_OPERATORS_CHAT=str(OPS_CHAT),
                    REFUNDBOT_OPERATORS_HOURS="Mon-Fri 09:00-18:00",
                    REFUNDBOT_OPERATORS_TZ="Europe/Moscow", REFUNDBOT_HANDOVER_PER_DAY="2",
                    _env_file=None)


class OpsChat:
    """The operators' group: read the bot's posts, reply to them as someone."""

    def __init__(self, app: Application, emulator: BotApiEmulator) -> None:
        self.app, self.emu = app, emulator

    def posts(self) -> list[dict[str, Any]]:
        """Every message in the group, oldest first."""
        return self.emu.messages(OPS_CHAT)

    def texts(self) -> list[str]:
        """The texts of the bot's posts."""
        return [m.get("text", "") for m in self.posts()
                if m.get("from", {}).get("id") == self.emu.bot_id]

    async def reply(self, who: int, text: str, to: dict[str, Any] | None = None) -> None:
        """`who` replies to a post (the newest by default) in the group."""
        post = to or [m for m in self.posts() if m.get("from", {}).get("id") == self.emu.bot_id][-1]
        update = self.emu.user_sends_message(who, chat_id=OPS_CHAT, chat_type="supergroup",
                                             text=text, reply_to_message=post)
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def send(self, who: int, text: str) -> None:
        """`who` writes a command or text in the group."""
        update = self.emu.user_sends(who, text, chat_id=OPS_CHAT, chat_type="supergroup")
        await self.app.process_update(Update.de_json(update, self.app.bot))


@pytest.fixture
def ops(app: Application, emulator: BotApiEmulator) -> OpsChat:
    """The operators' group chat."""
    return OpsChat(app, emulator)


@pytest.fixture
def buyer(chat_with: Callable[..., Chat]) -> Chat:
    """An English-speaking buyer with a username."""
    return chat_with(user_id=BUYER, username="alice")


async def test_a_buyer_asks_in_words_and_the_conversation_goes_both_ways(
        buyer: Chat, ops: OpsChat, db: sqlite_utils.Database) -> None:
    await buyer.walk("Cancel a paid order", "Awaiting shipment")
    await buyer.send("can I talk to a human?")
    told = buyer.last_text()
    assert "not AliExpress staff" in told and "Mon-Fri 09:00-18:00 (Europe/Moscow)" in told
    assert buyer.buttons() == ["🤖 Back to the bot"]
    [case] = ops.texts()
    assert case.startswith("🙋 1001 (@alice) asks for a person (case 1).")
    assert "Scenario: ❌ Cancel a paid order" in case and "/logs 1001" in case
    assert "Hello! I would like to cancel" in case  # the bot's last answers

    await ops.reply(OPERATOR, "Hi Alice, which order is it?")
    assert buyer.last_text() == "💬 Support team: Hi Alice, which order is it?"
    assert ops.texts()[-1] == "✅ Sent to 1001 (@alice)."

    await buyer.send("Order 8123456789, the kettle")
    assert ops.texts()[-1] == "💬 1001 (@alice) (case 1): Order 8123456789, the kettle"
    assert buyer.last_text() == "✉️ Passed on to the support team."

    await ops.send(OPERATOR, "/close 1001")
    assert "closed this conversation" in buyer.last_text()
    assert ops.texts()[-1] == "Case 1 of 1001 (@alice) is closed."
    await buyer.send("/start")
    assert "Cancel a paid order" in buyer.buttons()[0] or len(buyer.buttons()) > 3
    kinds = [r[0] for r in db.execute(
        "SELECT outcome FROM messages WHERE user_id = ? AND direction = 'out'"
        " AND outcome = 'handover'", [BUYER]).fetchall()]
    assert len(kinds) == 4  # opened, passed on, the operator's reply, closed
    actions = [(e.action, e.allowed) for e in entries(db) if e.action in ("reply", "close")]
    assert actions == [("reply", True), ("close", True)]


async def test_a_russian_buyer_asks_by_command_and_presses_back(
        chat_with: Callable[..., Chat], ops: OpsChat) -> None:
    ru = chat_with(user_id=RU_BUYER, language_code="ru")
    await ru.send("дай мне оператора")
    assert "не сотрудники AliExpress" in ru.last_text()
    assert len(ops.texts()) == 1
    await ops.reply(OPERATOR, "Здравствуйте! Чем помочь?")
    assert ru.last_text() == "💬 Служба поддержки: Здравствуйте! Чем помочь?"
    await ru.click("Вернуться к боту")
    assert "Вы снова с ботом" in ru.last_text()
    assert "went back to the bot; case 1 is closed" in ops.texts()[-1]
    await ru.send("посылка не пришла")
    assert len(ops.texts()) == 3, "after Back, text goes to the bot again"


async def test_a_strangers_reply_to_the_post_does_nothing(buyer: Chat, ops: OpsChat,
                                                           db: sqlite_utils.Database) -> None:
    await buyer.send("/human")
    before = buyer.texts()
    await ops.reply(STRANGER, "I am not an operator")
    await ops.send(STRANGER, "/reply 1001 hello from a stranger")
    assert buyer.texts() == before
    assert [e.allowed for e in entries(db) if e.action in ("reply",)] == [False, False]


async def test_the_daily_limit_holds_and_then_resets(buyer: Chat, ops: OpsChat,
                                                     clock: FakeClock) -> None:
    for _round in range(2):
        await buyer.send("/human")
        await buyer.click("Back to the bot")
    await buyer.send("/human")
    assert "2 times today" in buyer.last_text() and "Contact now" in buyer.last_text()
    assert sum("asks for a person" in t for t in ops.texts()) == 2
    clock.advance(days=1)
    await buyer.send("/human")
    assert sum("asks for a person" in t for t in ops.texts()) == 3


async def test_forget_erases_the_case(buyer: Chat, ops: OpsChat,
                                      db: sqlite_utils.Database) -> None:
    await buyer.send("/human")
    await ops.reply(OPERATOR, "Hello")
    await buyer.send("/forget")
    await buyer.click("Yes")
    for table in ("handovers", "handover_posts", "messages"):
        assert db.execute(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?",
                          [BUYER]).fetchone()[0] == 0, table
    await ops.reply(OPERATOR, "Are you there?")
    assert not any("Are you there" in t for t in buyer.texts())


async def test_reply_command_and_closing_a_case_that_is_not_open(buyer: Chat,
                                                                  ops: OpsChat) -> None:
    await buyer.send("/human")
    await ops.send(OPERATOR, "/reply @alice We are looking into it")
    assert buyer.last_text() == "💬 Support team: We are looking into it"
    await ops.send(OPERATOR, "/close @alice")
    await ops.send(OPERATOR, "/close @alice")
    assert ops.texts()[-1] == "1001 (@alice) has no open case."
    await ops.send(OPERATOR, "/reply 42 hello")
    assert ops.texts()[-1] == "I have no user 42."


async def test_closed_cases_and_ratings_age_out_with_the_log(
        buyer: Chat, ops: OpsChat, db: sqlite_utils.Database, clock: FakeClock) -> None:
    from bot.operators.retention import purge

    await buyer.walk("Cancel a paid order", "Awaiting shipment")
    await buyer.click("This didn't help")
    await buyer.send("/human")
    await ops.send(OPERATOR, "/close 1001")
    purge(db, clock.now() + timedelta(days=91), 90)
    for table in ("ratings", "handovers", "handover_posts"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
