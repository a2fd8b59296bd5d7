"""Without an operators' group, each operator gets the case in their private chat and answers
there by replying to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from emulator.botapi import BotApiEmulator
from tests.conftest import TOKEN
from tests.support.chat import Chat

ANN, BEN, BUYER = 900, 901, 1001


@pytest.fixture
def settings(db_path: Path) -> Settings:
    """Two operators, no group, no hours."""
    return Settings(TELEGRAM_BOT_TOKEN=TOKEN, REFUNDBOT_DB=db_path,  # type: ignore[call-arg]
                    REFUNDBOT_OPERATORS=f"{ANN},{BEN}", _env_file=None)


async def test_each_operator_gets_the_case_and_answers_privately(
        chat_with: Callable[..., Chat], app: Application, emulator: BotApiEmulator) -> None:
    buyer, ann, ben = (chat_with(user_id=BUYER), chat_with(user_id=ANN),
                       chat_with(user_id=BEN))
    await buyer.send("/human")
    assert "when they are available" in buyer.last_text()
    assert "asks for a person" in ann.last_text() and "asks for a person" in ben.last_text()
    post = emulator.messages(BEN)[-1]
    update = emulator.user_sends_message(BEN, text="Ben here, how can I help?",
                                         reply_to_message=post)
    await app.process_update(Update.de_json(update, app.bot))
    assert buyer.last_text() == "💬 Support team: Ben here, how can I help?"
    await buyer.send("thanks Ben")
    assert ann.last_text().endswith("thanks Ben") and ben.last_text().endswith("thanks Ben")
