"""Buyers in both languages telling where the order stands and how much buyer protection is left
in everyday words (twentieth pass A): the seller's own clock to ship (awaiting, never
protection), the app's "Shipped" as second-language buyers type it, a cancellation or a closed
order told in a word or two, not shipped in plain words, and the order's timer told as "the
counter", «на жалобу», «до конца», «полсуток». Beside each kind, look-alikes that must stay
silent or keep their value: a question, a wish, the seller's or a sale's clock, a complaint
cancelled rather than the order, someone else's order. No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, kind_rows, left, read_as, status

AWAITING_ONLY: Want = {"order_status": "awaiting", "protection_left": None,
                       "protection_hours": None}
"""The seller's clock to ship: not shipped yet, and no protection time."""

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # the shop's clock to ship, running or run out, named in plain words: not shipped yet
    "the seller's clock to ship: awaiting, never protection": (
        ("en", "the store's timer says 2 days 6 hours to ship, can i still cancel", AWAITING_ONLY),
        ("en", "dispatch countdown shows 3 days and nothing moves", AWAITING_ONLY),
        ("en", "the shops 5 day handling timer ran out this morning", AWAITING_ONLY),
        ("en", "the time the seller has to ship it is almost gone", AWAITING_ONLY),
        ("en", "timer for shipping is at 1 day 2 hours, a bit worried", AWAITING_ONLY),
        ("ru", "таймер на отправку показывает 2 дня, можно ли отменить", AWAITING_ONLY),
        ("ru", "время на обработку у магазина закончилось, а посылки нет", AWAITING_ONLY),
        ("ru", "у магазина счётчик 3 дня 4 часа на отправку", AWAITING_ONLY),
        ("ru", "отсчёт у продавца идёт, пишет 5 дней", AWAITING_ONLY),
        ("en", "what is the shipping countdown on my order page?", NO_STATUS),
        ("ru", "что значит таймер на отправку в заказе?", NO_STATUS),
        ("ru", "у продавца таймер отправки 10 дней, это нормально вообще?", NO_STATUS),
    ),
    # the app's "Shipped" in a second-language buyer's words
    "the app's Shipped in a second-language buyer's words: shipped": (
        ("en", "app show shipped but nothing on tracking for 2 weeks", status("shipped")),
        ("en", "my order with 5 socks says shipped, nothing came", status("shipped")),
        ("en", "the courier lost it i think. still shipped in the app", status("shipped")),
        ("en", "order of two mugs shipped, tracking sleeps since monday", status("shipped")),
        ("en", "status say in transit from 10 days", status("shipped")),
        ("en", "mine shows shipped, my friend got hers", status("shipped")),
        ("en", "the order has not shipped yet and its been 9 days", status("awaiting")),
        ("en", "my order should be shipped next week", NO_STATUS),
        ("en", "if the order shipped already can i still cancel it", NO_STATUS),
        ("en", "has my order shipped?", NO_STATUS),
    ),
    # the cancellation, or the order's end, in a word or two
    "cancelled or closed, told short: cancelled / completed": (
        ("ru", "отмена, 2300 руб так и не пришли", status("cancelled")),
        ("ru", "отмена была позавчера, деньги где?", status("cancelled")),
        ("ru", "отмена заказа на 940 р, вернули на кошелёк", status("cancelled")),
        ("ru", "у меня автоотмена, а продавец пишет что отправил", status("cancelled")),
        ("en", "the order with the 3 lamps got cancelled and no refund yet",
         status("cancelled")),
        ("en", "still waiting for the money from a cancelled order, 12 days",
         status("cancelled")),
        ("en", "parcel never came, order closed by itself. too late?", status("completed")),
        ("en", "it got delivered to a stranger, order closed, what now", status("completed")),
        ("en", "finished, and the second item never came", status("completed")),
        ("en", "i withdrew the dispute and then the order auto completed",
         status("completed")),
        ("ru", "отмена заказа, пожалуйста", NO_STATUS),
        ("ru", "если продавец не отправит, будет автоотмена?", NO_STATUS),
        ("ru", "я отменила жалобу, продавец обещал вернуть деньги", NO_STATUS),
        ("ru", "по этому заказу вчера отменила претензию", NO_STATUS),
        ("en", "the dispute closed and the refund completed", NO_STATUS),
        ("en", "my order of 4 cups was cancelled only for one item", NO_STATUS),
    ),
    # not shipped in plain words, never read across another verb
    "not shipped in plain words: awaiting": (
        ("en", "they have not shipped in 3 weeks, i will complain", status("awaiting")),
        ("en", "my order is still waiting to be dispatched", status("awaiting")),
        ("ru", "магазин так и не отправил, подала жалобу вчера", status("awaiting")),
        ("ru", "не отправили до сих пор, на счётчике 9 дней", status("awaiting")),
        ("ru", "продавец не отправил, написала претензию", status("awaiting")),
        ("en", "they shipped it in the original box, all fine", {"order_status": "shipped"}),
        ("ru", "продавец отправил мне фото упаковки", NO_STATUS),
        ("en", "the refund is still waiting to be sent to my card", NO_STATUS),
    ),
    # the order's timer in Russian everyday words
    "the timer in everyday words (ru): protection": (
        ("ru", "на жалобу 2 дня 5 часов, посылка на почте", left("days", "53")),
        ("ru", "на защиту трое суток, трек стоит", left("days", "72")),
        ("ru", "два с половиной дня на защиту осталось", left("days", "60")),
        ("ru", "трек пустой, до конца защиты 40 часов", left("hours", "40")),
        ("ru", "открыла спор, когда на защите было 20 часов", left("hours", "20")),
        ("ru", "не отправлен, а счётчик уже 11 дней", left("week", "264")),
        ("ru", "полсуток до конца защиты, что делать", left("hours", None)),
        ("ru", "полдня на жалобу осталось", left("hours", None)),
        ("ru", "защиты больше месяца, а трек молчит", left("week", None)),
        ("ru", "сегодня последний день защиты", left("hours", None)),
        ("ru", "оплатила картой сбера, защиты 6 дней", left("days", "144")),
        ("ru", "в посылке были обе вещи, защита 3 дня", left("days", "72")),
        ("ru", "защиты 4 дня 2 часа, а карта у меня истекла", left("days", "98")),
        ("ru", "счётчик на отправку 3 дня", NO_PROTECTION),
        ("ru", "у продавца счётчик 2 дня", NO_PROTECTION),
        ("ru", "до конца распродажи 2 дня, брать?", NO_PROTECTION),
        ("ru", "если на защите будет 3 дня, открою спор", NO_PROTECTION),
        ("ru", "у купона до конца 5 дней", NO_PROTECTION),
    ),
    # the order's timer in English everyday words
    "the timer in everyday words (en): protection": (
        ("en", "not sent yet, counter shows 18 days", left("week", "432")),
        ("en", "seller still hasnt shipped and the counter is at 4 days", left("days", "96")),
        ("en", "the clock on my order is down to 30 hours", left("hours", "30")),
        ("en", "protection on the app shows 3 days, parcel at customs", left("days", "72")),
        ("en", "time to complain is over a week still", left("week", None)),
        ("en", "1.5 days protection on an order of socks", left("hours", "36")),
        ("en", "the shipping counter shows 3 days", NO_PROTECTION),
        ("en", "the seller's counter says 2 days", NO_PROTECTION),
        ("en", "my coupon expires in 3 days, protection is fine", NO_PROTECTION),
        ("en", "delivery estimate is 5 days, then i will see", NO_PROTECTION),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_state_in_everyday_words(lang: str, text: str, want: Want) -> None:
    """A buyer tells the order's status or the protection timer in everyday words: the value
    said, never another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
