"""Typed problems land in the right scenario; when unsure the bot asks with buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import sqlite_utils

from flows.understanding import Understanding, extract_facts
from tests.support.chat import Chat
from tests.support.orders import state_of

TWO_WAYS = "I'm not sure if it's this or that"


@pytest.fixture
def two_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """The understanding layer finds TWO_WAYS equally "cancel" and "notreceived"."""
    import bot.dialogue.service
    import flows.engine.turn
    real = flows.engine.turn.understand

    def understand(text: str, lang: str, today: date | None = None) -> Understanding:
        if text != TWO_WAYS:
            return real(text, lang, today)
        return Understanding(None, ("cancel", "notreceived"), extract_facts(text, lang, today))

    # The service understands typed messages off the loop; the turn when called alone.
    monkeypatch.setattr(flows.engine.turn, "understand", understand)
    monkeypatch.setattr(bot.dialogue.service, "understand", understand)


async def test_russian_text_opens_not_received(chat_with: Callable[..., Chat],
                                               db: sqlite_utils.Database) -> None:
    ru = chat_with(user_id=4004, language_code="ru")
    await ru.send("/start")
    await ru.send("Посылка НЕ пришла уже месяц")
    assert state_of(db, 4004) == "notreceived_tracking"
    assert "Похоже, это случай: 📦 Товар не пришёл" in ru.transcript()


async def test_scam_phrase_wins_even_mid_scenario(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.send("the seller wants me to close the dispute and he will refund by paypal")
    assert state_of(db, chat.user_id).startswith("scams")


async def test_a_first_message_opens_its_case_with_the_facts_it_gave(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("My left earbud is dead, I'd like my money back")
    assert state_of(db, chat.user_id).startswith("wrongitem")
    assert "Item arrived faulty or wrong" in chat.transcript()


async def test_two_possible_cases_offer_only_those_two(chat: Chat, db: sqlite_utils.Database,
                                                       two_ways: None) -> None:
    await chat.send("/start")
    await chat.send(TWO_WAYS)
    assert state_of(db, chat.user_id) == "clarify"
    assert "Which of these two is closer" in chat.last_text()
    offered = chat.buttons()
    assert any("Cancel a paid order" in b for b in offered)
    assert any("Item not received" in b for b in offered)
    assert not any("Before buying" in b for b in offered)
    await chat.click("Cancel a paid order")
    assert state_of(db, chat.user_id) == "cancel_status"


async def test_unrelated_text_changes_nothing(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("qwxz plomb vrrr")
    assert state_of(db, chat.user_id) == "menu"
    assert "I couldn't tell what happened" in chat.last_text()


async def test_candidate_press_from_an_old_clarify_screen_is_stale(
    chat: Chat, db: sqlite_utils.Database, two_ways: None
) -> None:
    await chat.send("/start")
    await chat.send(TWO_WAYS)
    clarify = chat.emu.messages(chat.user_id)[-1]
    await chat.send("/cancel")
    data = clarify["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await chat.press(clarify["message_id"], data)
    assert state_of(db, chat.user_id) == "menu"
    assert "earlier step" in chat.transcript()


@pytest.mark.parametrize(("lang", "rejected", "asked", "answers"), [
    ("en", "my complaint got rejected yesterday, what can i do now",
     "How did the dispute end?",
     ("AliExpress decided for the seller", "The seller rejected it, still open", "Not sure")),
    ("ru", "жалобу отклонили вчера, что теперь делать",
     "Чем закончился спор?",
     ("AliExpress решил в пользу продавца", "Продавец отклонил, спор ещё открыт", "Не знаю")),
])
async def test_a_rejection_naming_no_one_is_asked_about(
        chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str, rejected: str,
        asked: str, answers: tuple[str, ...]) -> None:
    """FACTS.md "Decided 2026-12-07" (2): the words do not say who rejected it, so the bot asks
    how the dispute stands instead of saying it was the seller (or AliExpress)."""
    buyer = chat_with(user_id=4105 if lang == "en" else 4106, language_code=lang)
    await buyer.send("/start")
    await buyer.send(rejected)
    assert extract_facts(rejected, lang).get("dispute") is None
    assert asked in buyer.last_text()
    assert all(any(answer in button for button in buyer.buttons()) for answer in answers)
    assert "You said" not in buyer.transcript() and "Вы написали" not in buyer.transcript()


@pytest.mark.parametrize(("lang", "rejected", "seller", "escalate"), [
    ("en", "my complaint was rejected, what can i do", "The seller rejected it, still open",
     "Escalate dispute"),
    ("ru", "жалобу отклонили, что теперь делать", "Продавец отклонил, спор ещё открыт",
     "Обострить спор"),
])
async def test_a_seller_rejection_told_by_the_button_leads_to_escalating(
        chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str, rejected: str,
        seller: str, escalate: str) -> None:
    """Asked how an unnamed rejection stands, a buyer whose seller rejected it is told the
    dispute is not over and how to escalate it, not that it is lost."""
    buyer = chat_with(user_id=4107 if lang == "en" else 4108, language_code=lang)
    await buyer.send("/start")
    await buyer.send(rejected)
    await buyer.click(seller)
    assert state_of(db, buyer.user_id) == "dispute_escalate"
    assert escalate in buyer.last_text()

