"""👍 / 👎 under answers: one tap, changeable, a reason after 👎 (typed for "other"), never on
questions, never someone else's answer; /stats lists the weakest answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Settings
from emulator.botapi import BotApiEmulator
from flows.engine.callbacks import RateAnswer
from tests.conftest import TOKEN
from tests.support.chat import Chat

OPERATOR = 900


@pytest.fixture
def settings(db_path: Path) -> Settings:
    """One operator, who reads /stats."""
    return Settings(TELEGRAM_BOT_TOKEN=TOKEN, REFUNDBOT_DB=db_path,  # type: ignore[call-arg]
                    REFUNDBOT_OPERATORS=str(OPERATOR), _env_file=None)


def rating(db: sqlite_utils.Database, user_id: int) -> tuple[str | None, ...]:
    """(screen, value, reason, note) of the user's newest rated answer."""
    return tuple(db.execute("SELECT screen, value, reason, note FROM ratings WHERE user_id = ?"
                            " AND value IS NOT NULL ORDER BY step DESC", [user_id]).fetchone()
                 or ())


async def test_answers_have_ratings_and_questions_do_not(chat: Chat) -> None:
    await chat.walk("Cancel a paid order")
    assert not any("👍" in b for b in chat.buttons())
    await chat.click("Awaiting shipment")
    assert chat.buttons()[-4:] == ["👍 This helped", "👎 This didn't help", "↩️ Back",
                                   "⬅️ Main menu"]


async def test_a_thumbs_up_is_one_tap_and_can_change(chat: Chat,
                                                     db: sqlite_utils.Database) -> None:
    await chat.walk("Cancel a paid order", "Awaiting shipment")
    await chat.click("This helped")
    assert rating(db, chat.user_id) == ("cancel_awaiting", "up", None, None)
    await chat.click("This didn't help")
    assert chat.last_text() == "Sorry this answer didn't help. What was wrong?"
    assert chat.buttons() == ["It doesn't fit my case", "It's unclear", "It's wrong",
                              "Something else: I'll type it", "🙋 Talk to a person"]
    await chat.click("It's unclear")
    assert rating(db, chat.user_id) == ("cancel_awaiting", "down", "unclear", None)


async def test_other_takes_the_next_text_as_the_note(chat: Chat,
                                                     db: sqlite_utils.Database) -> None:
    await chat.walk("Cancel a paid order", "Awaiting shipment")
    await chat.click("This didn't help")
    await chat.click("Something else")
    assert "write in one message" in chat.last_text()
    note = "My order is already shipped, the page says so"
    await chat.send(note)
    assert "passed it on" in chat.last_text()
    assert rating(db, chat.user_id)[2:] == ("other", note)
    await chat.send("my parcel never arrived")
    assert "passed it on" not in chat.last_text(), "only one text is taken as the note"


async def test_russian_buyer_rates(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.click("Отменить")
    await ru.click("Ожидает отправки")
    assert ru.buttons()[-4:-2] == ["👍 Помогло", "👎 Не помогло"]
    await ru.click("Не помогло")
    assert ru.last_text() == "Жаль, что ответ не помог. Что было не так?"


async def test_a_forged_rating_changes_nothing(chat_with: Callable[..., Chat],
                                               emulator: BotApiEmulator,
                                               db: sqlite_utils.Database) -> None:
    alice, mallory = chat_with(user_id=1), chat_with(user_id=2)
    await alice.walk("Cancel a paid order", "Awaiting shipment")
    await mallory.send("/start")
    message_id = emulator.messages(2)[-1]["message_id"]
    await mallory.press(message_id, RateAnswer(2, "down").pack())
    assert db.execute("SELECT COUNT(*) FROM ratings WHERE value IS NOT NULL").fetchone()[0] == 0


async def test_stats_list_the_weakest_answers(chat_with: Callable[..., Chat]) -> None:
    for user_id, verdict in ((1, "This didn't help"), (2, "This didn't help"), (3, "This helped")):
        buyer = chat_with(user_id=user_id)
        await buyer.walk("Cancel a paid order", "Awaiting shipment")
        await buyer.click(verdict)
    operator = chat_with(user_id=OPERATOR)
    await operator.send("/stats")
    assert "Ratings per answer (👍 / 👎), weakest first:\n  • cancel_awaiting: 1 / 2" in (
        operator.last_text())
