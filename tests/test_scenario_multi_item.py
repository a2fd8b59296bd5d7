"""Several items in one order: one dispute per item, never confirm the whole order early."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.chat import Chat
from tests.support.claims import forbidden_in


async def open_flow(chat: Chat) -> None:
    """From /start, open the multi-item flow."""
    await chat.walk("Several items in one order")


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("haven't arrived", ["separate parcels", "one per missing item",
                             "Don't press \"Confirm receipt\"", "15 more days"]),
        ("faulty or wrong", ["one dispute per faulty or wrong item", "photos or video",
                             "partial", "15 more days"]),
        ("confirm receipt", ["Don't.", "scam", "about 15 days"]),
    ],
)
async def test_each_problem_gets_its_advice(chat: Chat, choice: str, expected: list[str]) -> None:
    await open_flow(chat)
    await chat.click(choice)
    shown = chat.screen()
    for phrase in expected:
        assert phrase in shown, phrase
    assert "What to do now:" in shown
    assert forbidden_in(shown, "en") == []


async def test_missing_item_links_to_not_received_guide(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("haven't arrived")
    await chat.click("Item-not-received guide")
    assert "what does the tracking show?" in chat.last_text()


async def test_confirm_request_gets_a_polite_refusal_for_the_seller(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("confirm receipt")
    assert chat.last_text().startswith("Hello! Thank you for your message. Not all items")
    assert "[ORDER NUMBER]" in chat.last_text()
    await chat.click("Other seller tricks")
    assert "What is the seller asking you to do?" in chat.last_text()


async def test_not_sure_explains_items_count_separately(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("Not sure")
    assert "each item in it counts separately" in chat.last_text()
    assert chat.buttons()[:4] == [
        "Some items haven't arrived", "Some items are faulty or wrong",
        "One missing, another faulty", "Seller asks me to confirm receipt"]


async def test_russian_walkthrough(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=5005, language_code="ru")
    await ru.send("/start")
    await ru.click("Несколько товаров в одном заказе")
    await ru.click("не пришла")
    text = ru.last_text()
    assert "по одному на каждый недостающий товар" in text
    assert "«Подтвердить получение»" in text and "Что сделать сейчас:" in text
    await ru.send("/start")
    await ru.click("Несколько товаров в одном заказе")
    await ru.click("подтвердить получение")
    assert "мошенничества" in ru.texts()[-2]
    assert ru.last_text().startswith("Hello! Thank you for your message.")


async def test_faulty_items_link_to_the_faulty_item_guide(chat: Chat) -> None:
    await open_flow(chat)
    await chat.click("faulty or wrong")
    await chat.click("Faulty or wrong item guide")
    assert "What is wrong with the item?" in chat.last_text()
