"""The dispute scenario: opening it, the two clocks, offers, escalation and the decision."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.engine import machine as engine
from tests.support.chat import Chat

TITLE = "Open or follow a dispute"


async def open_flow(chat: Chat, *clicks: str) -> None:
    """From /start, open the dispute flow and press the given buttons in order."""
    await chat.walk(TITLE, *clicks)


async def test_how_to_open_names_both_buttons_and_the_deadline(chat: Chat) -> None:
    await open_flow(chat, "Not opened yet")
    advice = chat.texts()[-2]
    assert '"My Orders" → the order → "Open dispute"' in advice
    assert '"Return/refund request"' in advice
    assert '"Refund only" or "Return & refund"' in advice
    assert "separate dispute for each item" in advice
    assert "one dispute per item" in advice and "Don't close a dispute on a seller's promise" in (
        advice)
    assert "countdown on the order page" in advice and "15 more days" in advice
    assert "only you and the seller see it" in advice
    assert chat.last_text().startswith("Order No. [ORDER NUMBER].\nOrdered:")


async def test_waiting_explains_two_clocks_without_promising(chat: Chat) -> None:
    await open_flow(chat, "Opened, waiting for the seller")
    text = chat.last_text()
    assert "about 5 days for the seller's first reply" in text
    assert "up to about 15 days for the whole negotiation" in text
    assert "usually resolves in your favour automatically" in text
    assert "exact timer" in text
    assert "will be refunded" not in text


async def test_escalation_is_from_day_3_not_only_3_days(chat: Chat) -> None:
    await open_flow(chat, "Seller refuses")
    text = chat.last_text()
    assert "from about day 3 after opening" in text
    assert "escalated automatically (older rules say after 15 days)" in text
    assert "does not expire after 3 days" in text
    assert '"Escalate dispute"' in text and "order details / dispute page" in text
    assert "the decision is final" in text
    assert "%" not in text  # no win rates
    await chat.click("Escalated, AliExpress is deciding")
    assert "few days to several weeks" in chat.last_text()


async def test_decision_gives_time_ranges_and_next_steps(chat: Chat) -> None:
    await open_flow(chat, "AliExpress is deciding")
    text = chat.last_text()
    assert "up to 2 months" in text
    assert "1 business day" in text and "10 business days" in text
    assert "The decision is final." in text
    assert chat.buttons()[:2] == ["Won, but no money yet", "Lost or closed"]
    await chat.click("Lost or closed")
    assert "How did the dispute end?" in chat.last_text()


@pytest.mark.parametrize(
    ("offer", "advice", "reply"),
    [
        ("Part of the money", "A coupon isn't cash", "Thank you for your offer."),
        ("To send a new one", "Keep the dispute open until the new item",
         "I can accept a replacement."),
        ("To close the dispute first", "Don't close a dispute on a seller's promise",
         "I will keep the dispute open"),
    ],
)
async def test_offers_get_advice_and_a_reply(chat: Chat, offer: str, advice: str,
                                            reply: str) -> None:
    await open_flow(chat, "replied with an offer", offer)
    assert advice in chat.texts()[-2]
    assert reply in chat.last_text()
    assert "Seller won't agree" in chat.buttons()


async def test_take_back_offer_leads_to_return_advice(chat: Chat) -> None:
    await open_flow(chat, "replied with an offer", "To take the item back")
    assert '"Return & refund"' in chat.last_text()


@pytest.mark.parametrize(
    ("state", "trigger", "dest"),
    [("dispute_closeask", "scam", "scams_close"),
     ("dispute_decision", "won", "moneylate_method"),
     ("dispute_stage", "lost", "disputelost_how"),
     ("dispute_offer", "takeback", "wrongitem_return"),
     ("dispute_nobutton", "gone", "disputelost_expired")],
)
def test_links_to_other_scenarios(state: str, trigger: str, dest: str) -> None:
    step = engine.advance(state, trigger, {})
    assert step is not None and step.state == dest


async def test_offer_not_sure_lists_typical_offers(chat: Chat) -> None:
    await open_flow(chat, "replied with an offer", "Not sure")
    assert "Typical offers" in chat.last_text()
    assert "Not sure" not in chat.buttons()
    assert "To send a new one" in chat.buttons()


async def test_stage_not_sure_explains_where_to_look(chat: Chat) -> None:
    await open_flow(chat, "Not sure")
    assert '"My Orders"' in chat.last_text()
    assert "Not sure" not in chat.buttons()
    assert chat.buttons()[0] == "Not opened yet"


async def test_missing_button_gives_the_range_and_the_expired_case(chat: Chat) -> None:
    await open_flow(chat, "Not opened yet", "I don't see the button")
    text = chat.last_text()
    assert "about a week (some rules say 5, 6, 10 or 11 days)" in text
    assert '"Completed" or "Finished"' in text
    await chat.click("Order completed, button gone")
    assert "A dispute is no longer possible." in chat.last_text()


async def test_open_links_to_the_per_problem_texts(chat: Chat) -> None:
    await open_flow(chat, "Not opened yet", "Texts for a faulty or wrong item")
    assert "What is wrong with the item?" in chat.last_text()


async def test_russian_dispute_walk(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3201, language_code="ru")
    await ru.send("/start")
    await ru.click("Открыть спор или следить за ним")
    await ru.click("Ещё не открыт")
    advice = ru.texts()[-2]
    assert "«Открыть спор»" in advice and "«Вернуть деньги»" in advice
    assert "«Оформить возврат»" in advice
    assert "15 дней" in advice
    assert ru.last_text().startswith("Order No. [ORDER NUMBER].")
    await ru.click("Спор открыт. Что дальше?")
    text = ru.last_text()
    assert "около 5 дней на первый ответ продавца" in text
    assert "примерно до 15 дней" in text
    await ru.click("Продавец отказывает")
    text = ru.last_text()
    assert "примерно с 3-го дня" in text
    assert "Три дня — это самый ранний срок, а не крайний." in text
    assert "«Обострить спор»" in text


@pytest.mark.parametrize(
    ("label", "dest"),
    [("The item never arrived", "notreceived_tracking"),
     ("Several items in one order", "multiitem_problem")],
)
def test_how_to_open_links_to_the_neighbouring_guides(label: str, dest: str) -> None:
    choice = next(c for c in engine.choices("dispute_open") if c.label == label)
    assert choice.dest == dest and dest in engine.SCREENS


async def test_an_offer_before_any_dispute_is_the_buyers_call_made_inside_the_dispute(
        chat: Chat) -> None:
    await chat.send("seller offered me 5 dollars back for the broken lamp, i havent opened a "
                    "dispute yet")
    advice = chat.texts()[-2]
    assert "Your decision, and there may be no more later" in advice
    assert "never by PayPal or a transfer" in advice
    assert "open it even if asked not to" in advice


async def test_russian_offer_before_any_dispute(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3202, language_code="ru")
    await ru.send("/start")
    await ru.click("Открыть спор или следить за ним")
    await ru.click("Ещё не открыт")
    advice = ru.texts()[-2]
    assert "Решать вам, и больше может не быть" in advice
    assert "даже если просят не открывать" in advice
