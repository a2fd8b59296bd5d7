"""Where the order stands and the money (twenty-fourth pass D): the seller's condition for
shipping as not shipped (label audit 24, rule 6); the buyer's guess that it never left beside the
app's "Shipped"; "shipped nothing"; a dispute over the order closed; a cancellation asked about
"an order" in general; "not sent by the seller"; shipped today or yesterday; money back "after
cancel"; in Russian a wish to cancel («я бы отменила»), the app's status now after the story, a
part of the order sent, receipt confirmed by the timer and someone's spoken «в пути»; a currency
name several countries use, read when the words point to one country (label audit 24, rule 1);
an order number marked with "#". Beside each kind, look-alikes that must stay silent or keep
their reading. No line here comes from a set."""

from __future__ import annotations

import pytest

from flows.inputs.orders import find_order_number
from tests.support.fact_rows import NO_STATUS, Want, kind_rows, read_as, status


def money(amount: str | None, currency: str | None) -> Want:
    """The amount and its currency (None: not to be read)."""
    return {"amount": amount, "currency": currency}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # label audit 24, rule 6: a condition for shipping says it has not shipped
    "a condition for shipping": (
        ("en", "the shop wants 7 dollars more or they won't ship my order", status("awaiting")),
        ("en", "he wont send it until I pay another $4 for packing", status("awaiting")),
        ("en", "the store asks for a 5 star review before they ship it", status("awaiting")),
        ("en", "seller says he will ship only if i pay the customs fee first",
         status("awaiting")),
        ("en", "pay 10 euro to his paypal and then he will send, he says", status("awaiting")),
        ("en", "they demand 3 dollars extra before sending, already opened a dispute",
         status("awaiting")),
        ("ru", "магазин просит ещё 400 рублей, иначе не вышлет", status("awaiting")),
        ("ru", "не отправят, пока не доплачу за упаковку", status("awaiting")),
        ("ru", "сказал: переведи 250 рублей на карту, тогда отправит", status("awaiting")),
        ("ru", "вышлют только после доплаты за доставку", status("awaiting")),
        # look-alikes: a replacement, a faster shipping sold, a threat to cancel, no shipping
        ("en", "close the dispute or he won't send a new one", NO_STATUS),
        ("en", "pay 5 dollars and he will send it faster, he says", NO_STATUS),
        ("en", "pay 5 dollars or he will cancel my order", NO_STATUS),
        ("en", "the seller wants a 5 star review for a coupon", NO_STATUS),
        ("ru", "закрой спор, иначе не вышлет замену", NO_STATUS),
        ("ru", "скинь 300 на карту и отправлю быстрее, пишет продавец", NO_STATUS),
    ),
    # the buyer's guess that it never left: the app's status stands
    "a guess beside the status": (
        ("en", 'app says "Shipped" since march, i guess they never shipped anything',
         status("shipped")),
        ("en", "marked shipped 20 days ago, probably he never sent it", status("shipped")),
        ("en", "status Shipped for a month, im pretty sure the seller didn't send it",
         status("shipped")),
        ("ru", "статус «Отправлен» две недели, думаю, продавец ничего не отправил",
         status("shipped")),
        ("ru", "в приложении «Отправлено», но, похоже, вообще не отправляли", status("shipped")),
        # look-alikes: not shipped told plainly
        ("en", "the seller never sent it, 12 days now", status("awaiting")),
        ("ru", "продавец так и не отправил, 12 дней", status("awaiting")),
    ),
    "shipped nothing": (
        ("en", "two things in my order and the seller shipped nothing yet", status("awaiting")),
        ("en", "they shipped nothing, 9 days since i paid", status("awaiting")),
        # look-alike: shipped
        ("en", "the seller shipped it yesterday", status("shipped")),
    ),
    # the dispute's end is not the order's
    "a dispute over the order closed": (
        ("en", "the dispute on my order got closed in the seller's favour", NO_STATUS),
        ("en", "my claim for order 8123 4567 8901 2345 was closed against me", NO_STATUS),
        ("en", "case about the order was closed in favor of the seller, can i reopen", NO_STATUS),
        # look-alikes: the order itself closed
        ("en", "my order was closed automatically and nothing came", status("completed")),
        ("en", "the order is closed and completed, the lamp is broken", status("completed")),
    ),
    "an order in general": (
        ("en", "if you cancel an order before the seller ships, is the coupon lost?", NO_STATUS),
        ("en", "generally, if i cancel an order before they ship, is the money back fast?",
         NO_STATUS),
        # look-alike: this order
        ("en", "if I cancel my order before it ships do I keep the coupon", status("awaiting")),
    ),
    "not sent by the seller": (
        ("en", "the parcel has not been sent by the seller yet", status("awaiting")),
        ("en", "my order was not shipped by the store, 2 weeks now", status("awaiting")),
    ),
    "shipped today": (
        ("en", "order 8123 4567 8901 2345, shipped yesterday", status("shipped")),
        ("en", "the package only shipped this morning, protection 30 days", status("shipped")),
        # look-alikes: a condition, a promise
        ("en", "if the package shipped today would it arrive by friday", NO_STATUS),
        ("en", "it will be shipped today they promise", NO_STATUS),
    ),
    "money back after cancel": (
        ("en", "my refund still has not arrived after cancel", status("cancelled")),
        ("en", "the money did not come back after cancellation", status("cancelled")),
        # look-alike: asked before
        ("en", "will my money come back after cancel?", NO_STATUS),
    ),
    "a wish to cancel": (
        ("ru", "я бы отменил заказ, его так и не отправили, но жалко купон",
         status("awaiting")),
        ("ru", "я бы отменила заказ, да поздно", NO_STATUS),
        # look-alike: cancelled
        ("ru", "я отменила заказ вчера, деньги не пришли", status("cancelled")),
    ),
    # the app's status now, after what happened
    "the status now": (
        ("ru", "я отменил, а продавец нажал отправку, и теперь там «Отправлено»",
         status("shipped")),
        ("ru", "заказ отменила, но теперь статус отправлен, как так", status("shipped")),
        # look-alike: sent back
        ("ru", "теперь там отправлено обратно продавцу", {"order_status": None}),
    ),
    # a part of the order sent and the rest not: no one status
    "a part sent": (
        ("ru", "из трёх вещей одну уже отправили, остальные нет", NO_STATUS),
        ("ru", "вторую посылку выслали отдельно, она стоит", NO_STATUS),
        ("ru", "часть заказа отправлена, часть ждёт", NO_STATUS),
        # look-alikes: none of them sent
        ("ru", "в заказе две вещи, ни одна не отправлена", status("awaiting")),
        ("ru", "ни одну вещь не отправили за 10 дней", status("awaiting")),
    ),
    "receipt confirmed by the timer": (
        ("ru", "заказ подтвердился автоматически, а товар сломан", status("completed")),
        ("ru", "получение подтвердилось автоматом, посылки нет", status("completed")),
        ("ru", "сработало автоподтверждение получения, а я ничего не получил",
         status("completed")),
        # look-alikes: the payment, a question ahead
        ("ru", "оплата подтвердилась автоматически, жду отправки", status("awaiting")),
        ("ru", "если заказ подтвердится автоматически, что делать", NO_STATUS),
    ),
    "a spoken word of the way": (
        ("ru", "у подруги продавец отклонил спор, говорит «едет», а трек стоит", NO_STATUS),
        ("ru", "продавец уверяет, что посылка в пути, а трек молчит", NO_STATUS),
        # look-alike: the app's word
        ("ru", "в приложении пишет «в пути», трек обновляется", status("shipped")),
    ),
    # label audit 24, rule 1: a name several countries use, pointed to one
    "a shared currency name pointed": (
        ("en", "paid 1,250 rupees through UPI, seller not shipping", money("1250", "INR")),
        ("en", "refund of Rs 900 to my HDFC card", money("900", "INR")),
        ("en", "420 pesos back to my gcash, not there", money("420", "PHP")),
        ("en", "1200 kr refund, paid with Swish", money("1200", "SEK")),
        ("en", "350 dirhams refund, I live in Dubai", money("350", "AED")),
        ("ru", "вернули 600 лей на карту MAIB, пусто", money("600", "MDL")),
        ("ru", "500 дирхамов не вернули, я в Дубае", money("500", "AED")),
        # look-alikes: nothing pointing, or two countries
        ("en", "paid 1,250 rupees, seller not shipping", money("1250", None)),
        ("en", "900 kr refund, my bank went bust", money("900", None)),
        ("en", "350 dirhams refund approved", money("350", None)),
        ("en", "500 rupees, I'm in India but the card is from Pakistan", money("500", None)),
        ("ru", "вернули 600 лей, а на карте пусто", money("600", None)),
        ("ru", "карта сгорела 5 лет назад", money(None, None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_status_time_p24(lang: str, text: str, want: Want) -> None:
    """Each message gives the status and the money its words state, and no other."""
    assert read_as(text, lang, want) == want


@pytest.mark.parametrize(("text", "want"), [
    # a card-shaped number marked "#" is the order's
    ("#5423-1007-4469-8214 not shipped, 20 days", "5423100744698214"),
    ("#5120 4455 7731 9065 cancel it", "5120445577319065"),
    # look-alikes: a card word before it, or no mark at all
    ("my card #5423-1007-4469-8214 expired", None),
    ("5423 1007 4469 8214 not shipped", None),
])
def test_hash_marked_order_number(text: str, want: str | None) -> None:
    """"#" before four groups of four marks the order's number, unless a card is named."""
    assert find_order_number(text) == want
