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
        # (twenty-sixth pass C: the time left when the dispute was opened is history, Label
        # audit 25's rule 3; this row expected the count before that rule)
        ("ru", "открыла спор, когда на защите было 20 часов", left(None, None)),
        ("ru", "не отправлен, а счётчик уже 11 дней", left("week", "264")),
        # (twenty-second pass D: «полсуток» is 12 hours, as the sets label "half a day"; these
        # two rows expected no count while the reader could not split the word)
        ("ru", "полсуток до конца защиты, что делать", left("hours", "12")),
        ("ru", "полдня на жалобу осталось", left("hours", "12")),
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
    # after the merge of the nineteenth and twentieth training sets: the time left told after
    # what it is for, or after a reminder; a timer the buyer asks about; time up in other words
    "the time left told after what it is for: protection": (
        ("en", "parcel stuck in Riga, 1 day 6 hours to open a dispute", left("hours", "30")),
        ("en", "5 days 3 hours to complain and still nothing", left("days", "123")),
        ("en", "3 days on the protection and the post office has no idea", left("days", "72")),
        ("en", "ping me 2 days before it ends, it currently shows 12 days", left("week", "288")),
        ("ru", "лежит на почте, 3 дня на защите", left("days", "72")),
        ("ru", "таймер у заказа 15 дней, трек в Минске", left("week", "360")),
        ("ru", "напомни за день до конца, у меня там сейчас 9 дней", left("week", "216")),
        ("ru", "сутки осталось на жалобу, что делать", left("hours", "24")),
        ("en", "aliexpress gives you 15 days to open a dispute after delivery", NO_PROTECTION),
        ("en", "the seller has 3 days to respond to my claim", NO_PROTECTION),
        ("ru", "у продавца 5 дней на ответ", NO_PROTECTION),
    ),
    "a timer the buyer asks about: no protection": (
        ("en", "not shipped, a countdown on my order shows 3 days, is that my protection",
         NO_PROTECTION),
        ("en", "theres a timer on my order at 4 days, is that how long i have?", NO_PROTECTION),
        ("ru", "не отправили, на заказе таймер 2 дня, это моя защита?", NO_PROTECTION),
        ("ru", "ожидает отправки и таймер 6 дней, это время защиты?", NO_PROTECTION),
        ("ru", "02:40:10 — это защита на заказе идёт", left("hours", "2")),
    ),
    "time up in other words: ended": (
        ("en", "the order closed itself and my window to complain is over", left("ended", None)),
        ("ru", "время на спор уже вышло, посылки нет", left("ended", None)),
        ("en", "if my window to complain is over, what then", NO_PROTECTION),
        ("en", "the window to return it is over", NO_PROTECTION),
    ),
    "the status in other words: flipped, long sent, later, closed by itself": (
        ("en", "the order flipped to shipped last night", status("shipped")),
        ("en", "status flipped to completed while i waited", status("completed")),
        ("en", "payment verifying since yesterday", status("verifying")),
        ("en", "marked received and closed, but the box was empty", status("completed")),
        ("en", "auto completed and the jacket never came", status("completed")),
        ("ru", "отправил уже давно, а трек пустой", status("shipped")),
        ("ru", "магазин пишет, что вышлет через пару дней", status("awaiting")),
        ("ru", "автоматически закрыт заказ, а коробки нет", status("completed")),
        ("ru", "не отправлен, номера для отслеживания нет", status("awaiting")),
        ("en", "the refund flipped to completed", NO_STATUS),
        ("ru", "продавец обещал вернуть деньги через неделю", NO_STATUS),
        ("ru", "давно не отправлял ему сообщений", NO_STATUS),
    ),
    # the three statuses as second-language and hurried buyers type them; «Отправлено» said bare
    "the status in second-language words: cancelled / completed / awaiting / shipped": (
        ("en", "order was cancel and the money not back yet", status("cancelled")),
        ("en", "order cancel, 23 usd, where is it", status("cancelled")),
        ("en", "8123456789012345 is cancelled, what about my coupon", status("cancelled")),
        ("en", "order shows cancelled but the seller still writes me", status("cancelled")),
        ("en", "my order just cancelled itself last night", status("cancelled")),
        ("en", "hello, cancelled by seller, no refund still", status("cancelled")),
        ("en", "order alredy completed and the bag is torn", status("completed")),
        ("en", "order of 4 items auto completed, only 3 came", status("completed")),
        ("en", "my order's completed, nothing in the mailbox", status("completed")),
        ("en", "still awating shipment after 10 days", status("awaiting")),
        ("en", "three things ordered, neither of them shipped", status("awaiting")),
        ("ru", "отправлено, а трек молчит неделю", status("shipped")),
        ("ru", "да, уже отправлено, но я передумала", status("shipped")),
        ("ru", "вроде отправлен, трек не работает", status("shipped")),
        ("ru", "отправлен вчера, когда придёт?", status("shipped")),
        ("en", "is the order cancel?", NO_STATUS),
        ("en", "the dispute is cancelled, the seller agreed to resend", NO_STATUS),
        ("en", "my sister's order auto completed, mine is somewhere on the road", NO_STATUS),
        ("en", "the refund is completed, the order was fine", NO_STATUS),
        ("ru", "сообщение отправлено продавцу, жду ответ", NO_STATUS),
        ("ru", "фото отправлено в поддержку", NO_STATUS),
        ("ru", "не отправлено до сих пор", status("awaiting")),
        ("ru", "отправлено ли уже?", NO_STATUS),
        ("ru", "мне отправлено уведомление о возврате", NO_STATUS),
        ("ru", "трек: покинуло место отправления вчера", NO_STATUS),
        ("ru", "магазин отменил, возврат уже одобрили", status("cancelled")),
        ("ru", "продавец сам отменил, спора я не открывала", status("cancelled")),
        ("ru", "продавец отменил возврат и молчит", NO_STATUS),
        ("ru", "ну вот, сутки до окончания защиты", left("hours", "24")),
        ("ru", "неделя до конца таймера, посылка в Омске", left("days", "168")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_state_in_everyday_words(lang: str, text: str, want: Want) -> None:
    """A buyer tells the order's status or the protection timer in everyday words: the value
    said, never another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
