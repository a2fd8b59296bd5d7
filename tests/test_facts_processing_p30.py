"""The seller's time to ship run out, in more everyday words (thirtieth pass): a seller who
didn't ship in time, an order still unshipped after the shipping deadline, a listing's
"dispatch within 48 hours" and five days waited; not a seller's own promise in the chat, not a
fear, not a cancellation reason picked from a list. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts
from tests.support.chat import Chat

TODAY = date(2026, 12, 7)

ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "the seller never shipped it in time and it still says awaiting shipment", "yes"),
    ("en", "still not sent, and we are well past the shipping deadline", "yes"),
    ("en", "the shop went way past its 7 days to ship, nothing sent", "yes"),
    ("en", "the 5 day processing is long over and it hasn't shipped", "yes"),
    ("en", "the product page said dispatch within 48 hours, i paid 4 days ago and it's still "
           "awaiting shipment", "yes"),
    ("en", "it was supposed to ship within 3 days, it's been 7 and not shipped", "yes"),
    ("ru", "продавец не отправил вовремя, заказ так и висит в ожидании отправки", "yes"),
    ("ru", "обработка заказа уже давно закончилась, а он не отправлен", "yes"),
    ("ru", "на отправку было 4 дня, прошло 9, ничего не отправлено", "yes"),
    ("ru", "на странице товара отправка за 3 дня, уже неделя прошла, не отправлен", "yes"),
    # the seller's own promise, a fear, a reason from the app's list, a late seller who shipped
    ("en", "the seller wrote 'we ship in 5 days', it's been 9 and still not shipped", None),
    ("en", "which cancel reason do i pick, seller didn't ship in time or changed my mind?", None),
    ("en", "he didn't ship on time, but it finally shipped yesterday", None),
    ("ru", "если продавец не отправит вовремя, что делать?", None),
    ("ru", "продавец не отправил вовремя, но потом всё-таки отправил", None),
)


@pytest.mark.parametrize(("lang", "text", "over"), ROWS)
def test_the_sellers_time_to_ship_run_out_in_everyday_words(lang: str, text: str,
                                                            over: str | None) -> None:
    assert extract_facts(text, lang, TODAY).get("processing_over") == over, text


async def test_time_to_ship_run_out_skips_the_processing_question(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("the listing said dispatch within 48 hours, i paid 6 days ago and it is "
                    "still awaiting shipment. what can i do?")
    said = chat.transcript()
    assert "What does the order page show now?" not in said
    assert "Time ran out" in said


async def test_time_run_out_and_still_unshipped_can_be_cancelled_from_the_answer(
        chat: Chat) -> None:
    """The countdown over and the order still "Awaiting shipment": the answer offers the
    cancellation, with its reason that doesn't blame the seller, one tap away."""
    await chat.send("/start")
    await chat.send("the seller's processing time ran out yesterday and the order still says "
                    "awaiting shipment")
    assert "you can cancel it yourself now" in chat.last_text()
    await chat.click("I'd rather cancel now")
    assert "Pick a reason that doesn't blame the seller" in chat.transcript()
