"""Scam requests (twenty-eighth cycle): a dispute AliExpress decided, the buyer's own tap or
closing, a real courier's code or a real customs duty are no request; a card paid to on the
seller's word is a payout, the card's number with its expiry is phishing. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from flows.understanding import extract_facts

ROWS: tuple[tuple[str, str, str | None], ...] = (
    # look-alikes: nothing is asked of the buyer
    ("ru", "спор закрыли в пользу продавца, а я просила вернуть все деньги", None),
    ("ru", "открыла спор, платила через пейпал, а банк, к которому он привязан, закрылся", None),
    ("ru", "хотела отменить заказ, продавец не подтверждает, может просто не забирать посылку?",
     None),
    ("ru", "случайно ткнул «подтвердить получение», а посылки ещё нет", None),
    ("ru", "закрыла спор сама, без всяких просьб, товар всё-таки пришёл", None),
    ("en", "the delivery man rang and wants the code from my aliexpress app", None),
    ("en", "customs charges 30 euros before they release the parcel, is that normal?", None),
    # requests
    ("ru", "продавец пишет: переведи 700 рублей на карту, и я отправлю", "payout"),
    ("ru", "продавец просит номер карты и срок действия, деньги вернёт сам", "phishing"),
    ("ru", "продавец просит закрыть спор и обещает вернуть деньги на карту", "close"),
    ("en", "the seller says pay 10 dollars more for customs or he won't ship", "payout"),
)


@pytest.mark.parametrize(("lang", "text", "asked"), ROWS)
def test_what_the_seller_or_a_fake_support_asks(lang: str, text: str, asked: str | None) -> None:
    assert extract_facts(text, lang).get("scam_request") == asked, text
