"""The item-not-received scenario: tracking x protection time left, both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.chat import Chat
from tests.support.claims import forbidden_in


async def open_flow(chat: Chat, tracking: str) -> None:
    """From /start, open the not-received flow and answer the tracking question."""
    await chat.walk("Item not received", tracking)


def assert_clean(text: str) -> None:
    assert forbidden_in(text, "en") == []
    if "45 days" in text:
        assert "outdated" in text


@pytest.mark.parametrize(
    ("tracking", "left", "expected"),
    [
        ("Moving", "More than a week", ["best thing is to wait", "5–7 days", "delivery estimate"]),
        ("Moving", "A few days", ["Only the seller can extend", "2 days are left"]),
        ("Stuck", "More than a week", ["new tracking number", "more than 15 days",
                                       "even if the seller asks you not to"]),
        ("Stuck", "A few days", ["Only the seller can extend"]),
        ("No updates", "More than a week", ["more than 15 days", "dispute now",
                                            "even if the seller asks you to wait"]),
        ("No updates", "A few days", ["dispute now", "refund you in full"]),
        ("Moving", "2 days or less", ["2 days (48 hours) or less", "open the dispute now"]),
        ("No updates", "2 days or less", ["2 days (48 hours) or less",
                                          "don't wait for the seller"]),
        ("Stuck", "Already ended", ["\"Completed\"", "button gone?"]),
    ],
)
async def test_tracking_and_time_left_pick_the_advice(
    chat: Chat, tracking: str, left: str, expected: list[str]
) -> None:
    await open_flow(chat, tracking)
    assert "countdown" in chat.last_text() and "outdated" in chat.last_text()
    await chat.click(left)
    shown = chat.screen()
    for phrase in expected:
        assert phrase in shown, phrase
    assert_clean(shown)


async def test_extension_request_text_for_the_seller(chat: Chat) -> None:
    await open_flow(chat, "Moving")
    await chat.click("A few days")
    advice = chat.texts()[-2]
    assert "What to do now:" in advice and "order page" in advice
    seller = chat.last_text()
    assert seller.startswith("Hello! My order No. [ORDER NUMBER] has not arrived yet.")
    assert "extend the buyer protection by [NUMBER] days" in seller
    await chat.click("Open a dispute instead")
    assert "dispute now" in chat.texts()[-2]


async def test_stalled_then_fifteen_days_leads_to_dispute_with_notice(chat: Chat) -> None:
    await open_flow(chat, "Stuck")
    await chat.click("More than a week")
    assert chat.last_text().startswith("Hello! I have not received my order No. [ORDER NUMBER].")
    await chat.click("15+ days now")
    assert "more than 15 days" in chat.texts()[-2]
    assert "[TRACKING NUMBER]" in chat.last_text()


async def test_delivered_but_missing_warns_about_five_days(chat: Chat) -> None:
    await open_flow(chat, "Delivered")
    advice = chat.texts()[-2]
    assert "about 5 days" in advice
    assert "Don't press \"Confirm receipt\"" in advice
    assert_clean(advice)
    await chat.click("What to write")
    form = chat.texts()[-2]
    assert "\"Refund only\"" in form and "about 5 days" in form
    assert "day 3" in form and "15 days" in form
    assert chat.last_text().startswith("I have not received this order.")


async def test_no_button_explains_when_it_appears(chat: Chat) -> None:
    await open_flow(chat, "No updates")
    await chat.click("A few days")
    await chat.click("no dispute button")
    text = chat.last_text()
    assert "about a week" in text and "5, 6, 10 or 11 days" in text
    assert "delivery deadline" in text
    await chat.click("Protection has already ended")
    assert "Completed" in chat.last_text()


async def test_protection_over_gives_goodwill_message(chat: Chat) -> None:
    await open_flow(chat, "Moving")
    await chat.click("Already ended")
    await chat.click("Yes: completed, no button")
    advice = chat.texts()[-2]
    assert "no longer possible" in advice and "goodwill" in advice
    assert chat.last_text().startswith("Hello! My order No. [ORDER NUMBER] never arrived")


async def test_button_still_there_means_open_now(chat: Chat) -> None:
    await open_flow(chat, "Moving")
    await chat.click("Already ended")
    await chat.click("Not sure")
    assert "Just press it" in chat.last_text()
    assert chat.buttons()[:2] == ["Yes: completed, no button", "The button is still there"]
    await chat.click("still there")
    assert "countdown gone but the dispute button still there" in chat.texts()[-1]
    assert "open the dispute now" in chat.texts()[-1]


async def test_not_sure_about_tracking_explains_and_asks_again(chat: Chat) -> None:
    await open_flow(chat, "Not sure")
    text = chat.last_text()
    assert "tracking number often changes" in text
    assert chat.buttons()[:4] == [
        "Moving or in my country", "Stuck for less than 15 days",
        "No updates for 15+ days / dead number", "\"Delivered\", but I don't have it"]
    await chat.click("Moving")
    assert "How much time is left?" in chat.last_text()


async def test_not_sure_about_time_warns_of_delivered_trap_and_keeps_facts(chat: Chat) -> None:
    await open_flow(chat, "Moving")
    await chat.click("Not sure")
    text = chat.last_text()
    assert "about 5 days" in text and "\"Completed\"" in text
    assert "Not sure" not in chat.buttons()
    await chat.click("More than a week")
    assert "Usually the best thing is to wait" in chat.last_text()


async def test_dead_tracking_and_no_idea_of_the_time_left_means_dispute_now(chat: Chat) -> None:
    await open_flow(chat, "No updates")
    await chat.click("Not sure")
    assert "open a \"not received\" dispute now" in chat.texts()[-2]


async def test_tracking_answer_of_a_new_walk_replaces_the_old_one(chat: Chat) -> None:
    await open_flow(chat, "No updates")
    await chat.click("More than a week")
    await chat.send("/start")
    await chat.click("Item not received")
    await chat.click("Moving")
    await chat.click("More than a week")
    assert "best thing is to wait" in chat.last_text()


@pytest.mark.parametrize(
    ("tracking", "left", "expected"),
    [
        ("Движется", "Больше недели", ["лучше всего подождать", "5–7"]),
        ("Стоит на месте", "Несколько дней", ["Продлить защиту может только продавец"]),
        ("Нет отметок", "Больше недели", ["15 дней без новых отметок", "прямо сейчас"]),
        ("Движется", "2 дня или меньше", ["не больше 2 дней (48 часов)", "«Открыть спор»",
                                          "продления"]),
    ],
)
async def test_russian_walkthrough(
    chat_with: Callable[..., Chat], tracking: str, left: str, expected: list[str]
) -> None:
    ru = chat_with(user_id=3003, language_code="ru")
    await ru.send("/start")
    await ru.click("Товар не пришёл")
    await ru.click(tracking)
    assert "устарела" in ru.last_text()
    await ru.click(left)
    shown = ru.screen()
    for phrase in expected:
        assert phrase in shown, phrase
    assert "Что сделать сейчас:" in shown
    assert forbidden_in(shown, "ru") == []


async def test_russian_delivered_trap_and_english_seller_text(
    chat_with: Callable[..., Chat],
) -> None:
    ru = chat_with(user_id=3004, language_code="ru")
    await ru.send("/start")
    await ru.click("Товар не пришёл")
    await ru.click("Доставлено")
    assert "примерно до 5 дней" in ru.texts()[-2]
    assert "«Подтвердить получение»" in ru.texts()[-2]
    assert ru.last_text().startswith("Hello! I have not received my order")
    await ru.click("Что написать в споре")
    form = ru.texts()[-2]
    assert "«Только возврат денег»" in form and "примерно за 5 дней" in form


async def test_write_screen_links_to_dispute_follow_up_and_scam_advice(chat: Chat) -> None:
    await open_flow(chat, "No updates")
    await chat.click("More than a week")
    await chat.click("What to write")
    await chat.click("After the dispute is open")
    assert "Where are you with the dispute?" in chat.last_text()
    await chat.send("/start")
    await chat.click("Item not received")
    await chat.click("Delivered")
    await chat.click("What to write")
    await chat.click("side deal")
    assert "What is the seller asking you to do?" in chat.last_text()
