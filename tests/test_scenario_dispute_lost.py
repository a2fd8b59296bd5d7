"""The "dispute lost or closed" scenario: honest, low-odds options only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.engine import machine as engine
from tests.support.chat import Chat

TITLE = "Dispute lost or closed"


async def open_flow(chat: Chat, *clicks: str) -> None:
    """From /start, open the disputelost flow and press the given buttons in order."""
    await chat.walk(TITLE, *clicks)


async def test_decided_for_seller_is_final_and_odds_are_low(chat: Chat) -> None:
    await open_flow(chat, "AliExpress decided for the seller")
    text = chat.last_text()
    assert "The arbitration decision is final" in text
    assert "dispute number" in text
    assert "the chances are low" in text
    assert "%" not in text
    assert chat.buttons()[:2] == ["Ask the seller for goodwill", "Ask my bank"]


async def test_closed_myself_warns_and_offers_a_second_look(chat: Chat) -> None:
    await open_flow(chat, "I closed or cancelled it myself")
    text = chat.last_text()
    assert "one dispute per item" in text
    assert "countdown is still on" in text
    await chat.click("The button is there")
    assert '"Open dispute"' in chat.texts()[-2]


def test_closed_on_an_outside_payment_promise_goes_to_scam_advice() -> None:
    step = engine.advance("disputelost_closed", "promised", {})
    assert step is not None and step.state == "scams_closed"


async def test_expired_explains_money_went_to_seller(chat: Chat) -> None:
    await open_flow(chat, "Time ran out")
    text = chat.last_text()
    assert '"Completed" or "Finished"' in text
    assert "money has gone to the seller" in text
    assert "the seller decides" in text


async def test_goodwill_stays_on_aliexpress_and_gives_a_message(chat: Chat) -> None:
    await open_flow(chat, "AliExpress decided", "Ask the seller for goodwill")
    advice, seller = chat.texts()[-2], chat.last_text()
    assert "doesn't have to help" in advice
    assert "payments outside AliExpress aren't protected" in advice
    assert seller.startswith("Hello! About order No. [ORDER NUMBER]")
    assert "through AliExpress" in seller


@pytest.mark.parametrize("path", [("AliExpress decided", "Ask my bank"),
                                  ("Time ran out", "Ask my bank")])
async def test_bank_is_the_users_own_process_without_promises(chat: Chat,
                                                             path: tuple[str, ...]) -> None:
    await open_flow(chat, *path)
    text = chat.last_text()
    assert "chargeback" in text
    assert "your bank's own process" in text
    assert "depend on your bank and card" in text
    assert "Nothing is certain." in text
    for promise in ("will get your money", "guarantee", "always"):
        assert promise not in text


async def test_not_sure_explains_where_to_see_the_result(chat: Chat) -> None:
    await open_flow(chat, "Not sure")
    assert "where it stands" in chat.last_text()
    assert "rejected by the seller but still open" in chat.last_text()
    assert "The seller rejected it, still open" in chat.buttons()
    assert "Not sure" not in chat.buttons()
    assert chat.buttons()[0] == "AliExpress decided for the seller"


async def test_russian_lost_walk(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3301, language_code="ru")
    await ru.send("/start")
    await ru.click("Спор проигран или закрыт")
    await ru.click("AliExpress решил в пользу продавца")
    text = ru.last_text()
    assert "Решение арбитража окончательное" in text
    assert "номер спора" in text and "шансы невелики" in text
    await ru.click("Обратиться в свой банк")
    text = ru.last_text()
    assert "«чарджбэк»" in text
    assert "зависит от банка и карты" in text
    assert "Что сделать сейчас:" in text


async def test_a_lost_dispute_over_a_parcel_that_never_came_is_explained_by_delivery_proof(
        chat: Chat) -> None:
    await chat.send("aliexpress decided for the seller, the parcel never came but tracking "
                    "says delivered")
    text = chat.texts()[-1] if "final" in chat.texts()[-1] else chat.texts()[-2]
    assert "proof of delivery for a parcel that didn't come" in text
    assert "a note from your post office that nothing was delivered" in text
