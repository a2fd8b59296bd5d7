"""The "before buying" scenario: buyer protection, delivery times, checking a store."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows import engine
from tests.support.chat import Chat
from tests.support.claims import OUTDATED_RULE, claims_in

ENTRY = {"en": "Before buying", "ru": "Перед покупкой"}

PATHS = [
    ("en", ["How buyer protection works"],
     ["doesn't go to the seller straight away", "countdown on the order page",
      "45-day figure in some guides is outdated", "15 more days", '"Open dispute"',
      '"Return/refund request"', '"Completed"', "seller decides", "What to do now:"]),
    ("en", ["How long delivery takes"],
     ["at checkout", "order page", "2 to 8 weeks", "15 days to a month", "2–3 months",
      "not promises", "real deadline", "What to do now:"]),
    ("en", ["How to check a store"],
     ["rating", "reviews", "tracking", "red flag", "What to do now:"]),
    ("ru", ["Как работает защита"],
     ["Цифра «45 дней» из старых статей устарела", "ещё 15 дней", "«Открыть спор»",
      "«Завершён»", "Что сделать сейчас:"]),
    ("ru", ["Сколько идёт доставка"],
     ["от 2 до 8 недель", "от 15 дней до месяца", "2–3 месяца", "Что сделать сейчас:"]),
    ("ru", ["Как проверить магазин"],
     ["рейтинг", "отзывы", "отслеживанием", "Что сделать сейчас:"]),
]


@pytest.mark.parametrize(("lang", "clicks", "expected"), PATHS,
                         ids=[f"{p[0]}-{p[1][0]}" for p in PATHS])
async def test_topic_advice(chat_with: Callable[..., Chat], lang: str, clicks: list[str],
                            expected: list[str]) -> None:
    user = chat_with(user_id=5001, language_code=lang)
    await user.walk(ENTRY[lang], *clicks)
    text = user.last_text()
    for fact in expected:
        assert fact in text, (fact, text)
    assert claims_in(user.transcript(), also=OUTDATED_RULE) == []


async def test_not_sure_summarises_and_offers_topics(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Before buying")
    await chat.click("Not sure")
    text = chat.last_text()
    assert "countdown on your order page always wins" in text
    assert "never pay outside AliExpress" in text
    assert chat.buttons()[:3] == ["How buyer protection works", "How long delivery takes",
                                  "How to check a store"]
    await chat.click("How long delivery takes")
    assert "2 to 8 weeks" in chat.last_text()


@pytest.mark.parametrize("start", ["basics_topic", "basics_store"])
def test_links_to_the_scam_warnings(start: str) -> None:
    step = engine.advance(start, "scams", {})
    assert step is not None and step.state == "scams_what"


async def test_store_advice_leads_to_scam_warnings_in_russian(
        chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=5002, language_code="ru")
    await ru.send("/start")
    await ru.click("Перед покупкой")
    await ru.click("Как проверить магазин")
    await ru.click("Уловки продавцов")
    assert "деньги ходят только через AliExpress" in ru.last_text()


def test_delivery_figures_are_never_given_as_a_promise() -> None:
    text = " ".join(engine.SCREENS["basics_delivery"].text)
    assert "order page" in text and "not promises" in text
