"""Operators read the logs from Telegram: /logs with paging, /find in both languages, /stats;
everyone else (and everyone in a group) gets the usual answer, and the attempt is audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Settings
from bot.operators.audit import entries
from tests.conftest import TOKEN
from tests.support.chat import Chat
from tests.support.group import Group

OPERATOR = 900
BUYER = 1001


@pytest.fixture
def settings(db_path: Path) -> Settings:
    """The bot's settings with one operator."""
    return Settings(TELEGRAM_BOT_TOKEN=TOKEN, REFUNDBOT_DB=db_path,  # type: ignore[call-arg]
                    REFUNDBOT_OPERATORS=str(OPERATOR), _env_file=None)


@pytest.fixture
def operator(chat_with: Callable[..., Chat]) -> Chat:
    """The operator's private chat with the bot."""
    return chat_with(user_id=OPERATOR, username="boss")


@pytest.fixture
async def buyer(chat_with: Callable[..., Chat]) -> Chat:
    """A buyer who opened the cancel scenario, pressed a button and typed something."""
    chat = chat_with(user_id=BUYER, username="alice")
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.click("Awaiting shipment")
    await chat.send("thanks, I will wait for my kettle")  # small talk: keeps the screen
    return chat


async def test_logs_shows_a_readable_transcript(operator: Chat, buyer: Chat) -> None:
    await operator.send(f"/logs {BUYER}")
    page = operator.last_text()
    assert page.startswith("Transcript of 1001 (@alice), page 1 of 1. Times in UTC.")
    assert "🕒 2026-03-10 12:00 · menu → cancel_status" in page
    assert "👤 [button] ❌ Cancel a paid order" in page
    assert "👤 [button] Awaiting shipment" in page
    assert "🤖 [for the seller] Hello! I would like to cancel" in page
    assert "👤 thanks, I will wait for my kettle" in page
    assert page.index("/start") < page.index("Awaiting shipment") < page.index("kettle")


async def test_logs_by_username_and_in_the_operators_language(
        chat_with: Callable[..., Chat], buyer: Chat) -> None:
    ru_operator = chat_with(user_id=OPERATOR, language_code="ru")
    await ru_operator.send("/logs @ALICE 2")
    page = ru_operator.last_text()
    assert page.startswith("Переписка с 1001 (@alice), страница 1 из 1. Время: UTC.")
    assert "👤 [кнопка] Awaiting shipment" in page
    assert "Cancel a paid order" not in page  # only the last 2 exchanges


async def test_logs_pages_back_and_forth_in_place(operator: Chat,
                                                  chat_with: Callable[..., Chat]) -> None:
    talker = chat_with(user_id=BUYER)
    for n in range(1, 13):
        await talker.send(f"message number {n:02d}")
    await operator.send(f"/logs {BUYER} 12")
    first = operator.last_text()
    assert "page 1 of 3" in first
    assert "message number 08" in first and "message number 12" in first
    assert "message number 07" not in first
    assert operator.buttons() == ["⬅️ Older"]
    await operator.click("Older")
    assert len(operator.texts()) == 1, "the page is edited in place"
    second = operator.last_text()
    assert "page 2 of 3" in second and "message number 03" in second
    assert "message number 08" not in second
    assert operator.buttons() == ["⬅️ Older", "Newer ➡️"]
    await operator.click("Older")
    assert "page 3 of 3" in operator.last_text()
    assert "message number 01" in operator.last_text()
    assert operator.buttons() == ["Newer ➡️"]
    await operator.click("Newer")
    assert "page 2 of 3" in operator.last_text()


async def test_logs_explains_bad_input(operator: Chat, buyer: Chat) -> None:
    await operator.send("/logs")
    assert operator.last_text().startswith("Usage: /logs <user id or @username>")
    await operator.send("/logs 1001 many")
    assert operator.last_text().startswith("Usage: /logs")
    await operator.send("/logs @nobody")
    assert operator.last_text() == "I have no user @nobody in the logs."


async def test_find_searches_english_and_russian(operator: Chat, buyer: Chat,
                                                 chat_with: Callable[..., Chat]) -> None:
    russian = chat_with(user_id=2002, language_code="ru", username="boris")
    await russian.send("/start")
    await russian.send("Мой Чайник так и не пришёл")
    await operator.send("/find KETTLE")
    found = operator.last_text()
    assert "1001 (@alice) — matches: 1" in found and "boris" not in found
    assert "«kettle»" in found
    await operator.send("/find чайник пришел")  # lower case, and е for ё
    found = operator.last_text()
    assert "2002 (@boris) — matches: 1" in found and "alice" not in found
    assert operator.buttons() == ["📜 2002 (@boris)"]
    await operator.click("2002")
    assert operator.last_text().startswith("Transcript of 2002 (@boris), page 1 of 1.")
    assert "Мой Чайник так и не пришёл" in operator.last_text()


async def test_find_with_no_match_or_only_symbols(operator: Chat, buyer: Chat) -> None:
    await operator.send('/find "teapot" OR NEAR(')
    assert operator.last_text() == 'Nothing found for ""teapot" OR NEAR(".'
    await operator.send("/find ***")
    assert operator.last_text() == "Usage: /find <words to look for>"


async def test_stats_for_the_operator(operator: Chat, buyer: Chat) -> None:
    await operator.send("/stats")
    text = operator.last_text()
    assert text.startswith("📊 Statistics\nUsers: 1 (active in the last 7 days: 1,")  # buyer
    assert "Scenarios entered: 1, finished: 1" in text  # "Awaiting shipment" is an answer
    assert "  • ❌ Cancel a paid order: 1 / 1" in text
    assert "Reminders sent: 0, failed: 0" in text
    assert "Groups: 0" in text


@pytest.mark.parametrize("command", ["/logs 1001", "/find kettle", "/stats"])
async def test_others_get_the_unknown_command_answer_and_are_audited(
        chat_with: Callable[..., Chat], buyer: Chat, db: sqlite_utils.Database,
        command: str) -> None:
    await buyer.send("/nonsense")
    unknown = buyer.last_text()
    await buyer.send(command)
    assert buyer.last_text() == unknown
    assert "Transcript" not in buyer.transcript() and "Statistics" not in buyer.transcript()
    last = entries(db)[-1]
    assert (last.actor, last.channel, last.action, last.allowed) == (
        "tg:1001", "telegram", command.split()[0][1:], False)
    assert last.target == " ".join(command.split()[1:])


async def test_operator_in_a_group_is_refused_and_audited(
        group: Group, operator: Chat, buyer: Chat, db: sqlite_utils.Database) -> None:
    await group.add_bot(by=OPERATOR)

    async def answers_to(text: str) -> list[str]:
        seen = len(group.emu.messages(group.id))
        await group.send(OPERATOR, text)
        return [m.get("text", "") for m in group.emu.messages(group.id)[seen:]]

    normal = await answers_to("/nonsense@refund_guide_test_bot")
    assert await answers_to("/logs@refund_guide_test_bot 1001") == normal
    assert not any("Transcript" in m.get("text", "") for m in operator.emu.messages(OPERATOR))
    last = entries(db)[-1]
    assert (last.actor, last.action, last.target, last.allowed) == (
        "tg:900", "logs", "1001", False)


async def test_operator_reads_are_audited(operator: Chat, buyer: Chat,
                                          db: sqlite_utils.Database) -> None:
    await operator.send("/logs @alice 3")
    await operator.send("/find kettle")
    await operator.click("1001")
    await operator.send("/stats")
    assert [(e.actor, e.action, e.target, e.allowed) for e in entries(db)] == [
        ("tg:900", "logs", "@alice 3", True),
        ("tg:900", "find", "kettle", True),
        ("tg:900", "logs", "1001 page 1", True),
        ("tg:900", "stats", "", True),
    ]
    assert all(e.at == "2026-03-10T12:00:00+00:00" for e in entries(db))


async def test_a_forged_paging_button_from_a_buyer_changes_nothing(
        operator: Chat, buyer: Chat, db: sqlite_utils.Database) -> None:
    await operator.send(f"/logs {BUYER}")
    message_id = buyer.emu.messages(BUYER)[-1]["message_id"]
    assert "That button is from an earlier step." not in buyer.transcript()
    await buyer.press(message_id, f"op:l:{OPERATOR}:10:1")
    assert "That button is from an earlier step." in buyer.transcript()
    assert "Transcript" not in buyer.transcript()
    last = entries(db)[-1]
    assert (last.actor, last.target, last.allowed) == ("tg:1001", "op:l:900:10:1", False)


async def test_logs_use_the_operators_time_zone_unless_the_operator_set_one(
        chat_with: Callable[..., Chat], settings: Settings,
        db: sqlite_utils.Database) -> None:
    settings.operators_tz = "Europe/Moscow"
    buyer = chat_with(user_id=BUYER)
    await buyer.send("/start")
    operator = chat_with(user_id=OPERATOR)
    await operator.send("/start")
    await operator.send(f"/logs {BUYER}")
    page = operator.last_text()
    assert "Times in Europe/Moscow." in page and "🕒 2026-03-10 15:00" in page
    db.execute("UPDATE users SET tz = 'Asia/Tokyo' WHERE id = ?", [OPERATOR])
    db.conn.commit()
    await operator.send(f"/logs {BUYER}")
    assert "Times in Asia/Tokyo." in operator.last_text()
