"""The seller-didn't-ship scenario: automatic cancellation and refund, both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.chat import Chat
from tests.support.claims import forbidden_in


async def open_flow(chat: Chat) -> None:
    """From /start, open the not-shipped flow."""
    await chat.walk("Seller hasn't shipped")


async def test_time_ran_out_refund_is_automatic_with_timing(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("Time ran out")
    text = chat.last_text()
    assert "refund starts by itself" in text
    assert "don't need to open a dispute" in text
    assert "1 business day" in text and "10 business days" in text
    assert "up to 20 business days" in text
    assert "original purchase" in text
    assert "What to do now:" in text
    assert forbidden_in(text, "en") == []


async def test_time_left_means_wait_and_cancel_needs_seller(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("time left")
    text = chat.last_text()
    assert "still has time" in text
    assert "refund starts automatically" in text
    assert "seller has to confirm" in text
    await chat.click("rather cancel now")
    assert "seller has to confirm" in chat.texts()[-2]
    assert chat.last_text().startswith("Hello! I would like to cancel order No.")


async def test_fake_shipped_leads_to_the_dispute_route(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("tracking is dead")
    advice = chat.texts()[-2]
    assert "only" in advice and "dispute" in advice
    assert "5, 6, 10 or 11 days" in advice
    assert chat.last_text().startswith("Hello! My order No. [ORDER NUMBER] is marked \"Shipped\"")


async def test_not_sure_shows_where_to_look_then_asks_again(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("Not sure")
    assert "\"My Orders\"" in chat.last_text()
    assert chat.buttons()[:3] == [
        "\"Awaiting shipment\", time left", "Time ran out / order closed",
        "\"Shipped\", but tracking is dead"]
    await chat.click("Time ran out")
    assert "refund starts by itself" in chat.last_text()


async def test_refund_not_arrived_links_to_the_refund_delay_flow(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("Time ran out")
    await chat.click("Refund hasn't arrived")
    assert "how did you pay?" in chat.last_text()


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("время ещё есть", ["ещё есть время", "автоматически"]),
        ("Время вышло", ["возврат начинается сам", "10 рабочих дней", "1 рабочего дня",
                         "Что сделать сейчас:"]),
    ],
)
async def test_russian_walkthrough(
    chat_with: Callable[..., Chat], choice: str, expected: list[str]
) -> None:
    ru = chat_with(user_id=4004, language_code="ru")
    await ru.send("/start")
    await ru.click("Продавец не отправил")
    await ru.click(choice)
    text = ru.last_text()
    for phrase in expected:
        assert phrase in text, phrase
    assert "гарантир" not in text.lower() and "мгновенно" not in text
