"""The order's status and the protection timer told in words nobody tuned to (twenty-first pass,
issue 16): the parcel's silence or how long an item lasted never taken for the time left, the
order's «часики» and its time up in plain Russian, a countdown's minutes, a cancellation asked
about an order described as unshipped, a seller who sent nothing or will not ship, an order
told as on its way, the payment still being checked, the seller's quoted defence that it
shipped, and a bound below ("less than 2 days"). Beside each kind, look-alikes that must stay
silent or keep their value. No line here comes from a fact set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, kind_rows, left, read_as, status

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # contradicting: a duration right after «осталось» that is the parcel's silence belongs to the
    # parcel, so the count before «осталось» is the time left
    "the parcel's silence after the time left: not the time left": (
        ("ru", "4 часа осталось, неделю посылка стоит на месте", left("hours", "4")),
        ("ru", "осталось двое суток!! 10 дней трек молчит", left("hours", "48")),
        ("ru", "защиты 3 дня осталось а две недели трек висит", left("days", "72")),
        ("ru", "19 часов осталось, 5 дней без движения", left("hours", "19")),
        ("ru", "защиты осталось неделю, трек обновляется", left("days", "168")),
        ("ru", "защита 90 дней, осталось 30", NO_PROTECTION),
    ),
    # contradicting: how long the item lasted («сломался через неделю») is not the time left
    "how long the item lasted: not the time left": (
        ("ru", "фен сгорел через неделю, защиты 3 дня 4 часа осталось", left("days", "76")),
        ("ru", "наушники сломались через 2 дня, а защиты ещё 9 дней", left("week", "216")),
        ("ru", "часы перестали идти спустя неделю, защита 20 часов", left("hours", "20")),
        ("ru", "кроссовки порвались через неделю", NO_PROTECTION),
        ("ru", "защита через неделю закончится", left("days", "168")),
    ),
    # wrong: a bound below is no count; a bucket only when all it allows lies in one ("less than
    # 2 days" is under 48 hours; "less than 3 days" may be hours or days)
    "a bound below: no count": (
        ("ru", "посылка на почте лежит, а защита кончится меньше чем через сутки",
         left("hours", None)),
        ("ru", "защиты осталось меньше 2 дней", left("hours", None)),
        ("ru", "защита закончится менее чем через 10 часов", left("hours", None)),
        ("ru", "осталось менее 5 дней защиты", NO_PROTECTION),
        ("en", "less than 2 days of protection left", left("hours", None)),
        ("en", "protection: less than 30 hours left", left("hours", None)),
        ("en", "less than 4 days left on protection", NO_PROTECTION),
        ("en", "protection has more than 10 days", left("week", None)),
    ),
    # recall: the order's «часики» (the buyer's word for its timer), and its time up in plain
    # words; a watch bought, the seller's clock or the time to answer stay silent
    "the order's «часики» and its time up": (
        ("ru", "трек ползёт, а часики на заказе показывают 2 дня 3 часа", left("days", "51")),
        ("ru", "на часиках 5 дней, посылка в нашем городе", left("days", "120")),
        ("ru", "часики у заказа пишут 20 часов", left("hours", "20")),
        ("ru", "часы на заказе показывают 11 дней", left("week", "264")),
        ("ru", "часики на заказе дошли до нуля, посылки нет", left("ended", None)),
        ("ru", "а время на заказе закончилось позавчера", left("ended", None)),
        ("ru", "трек мёртвый, жалобу не подала и время уже вышло", left("ended", None)),
        ("ru", "заказала часики, пришли через 4 дня с трещиной", NO_PROTECTION),
        ("ru", "часики на руке показывают 9 часов", NO_PROTECTION),
        ("ru", "часики продавца на отправку 3 дня", NO_PROTECTION),
        ("ru", "продавец молчит, время на ответ вышло", NO_PROTECTION),
    ),
    # recall: a countdown typed with its minutes; «всегда было» about the tracking does not make
    # the next count a rule
    "a countdown with its minutes, a past «было» before the count": (
        ("ru", "3 дня 2 часа 40 минут защиты", left("days", "74")),
        ("ru", "осталось 1 день 5 часов 12 минут", left("hours", "29")),
        ("ru", "трек пустой всегда был, защиты 2 дня 8 часов", left("days", "56")),
        ("ru", "обычно защиты 75 дней", NO_PROTECTION),
        ("ru", "защита как правило 60 дней", NO_PROTECTION),
    ),
    # recall: a cancellation asked about an order the buyer describes as unshipped: the
    # description is the status; a condition about shipping stays silent
    "a cancellation asked about an unshipped order: awaiting": (
        ("en", "if i cancel an unshipped order is my coupon gone", status("awaiting")),
        ("en", "can I cancel my order not shipped yet and keep the store credit?",
         status("awaiting")),
        ("en", "would cancelling now while its still awaiting shipment cost me anything",
         status("awaiting")),
        ("en", "best to cancel before dispatch? the coupon was 3 dollars", status("awaiting")),
        ("en", "can i cancel if it gets shipped tomorrow", NO_STATUS),
        ("en", "he shipped it already, can i cancel while its shipped", status("shipped")),
    ),
    # recall: the seller sent nothing or will not ship, in other words; never a condition, a
    # country the shop skips, or a coupon not sent
    "the seller sent nothing or will not ship: awaiting": (
        ("en", "two weeks and the store sent nothing", status("awaiting")),
        ("en", "paid on monday, nothing shipped, no dispute", status("awaiting")),
        ("en", "shop kept my money a month without sending anything", status("awaiting")),
        ("en", "now the seller refuses to ship and wants me to cancel", status("awaiting")),
        # (label audit 24, rule 6: a seller's condition for shipping is awaiting)
        ("en", "pay 4 dollars more or he wont ship", status("awaiting")),
        ("en", "this store wont ship to my country", NO_STATUS),
        ("en", "he offered a coupon but wont send it", NO_STATUS),
        ("en", "without shipping costs it was 9 dollars", NO_STATUS),
    ),
    # recall: the order told as on its way, or the app's "Shipped" in a clause of its own; never
    # money, a replacement, a return or another order on its way, nor days stuck in transit
    "the order on its way, the app's Shipped read out: shipped": (
        ("en", "its on the way, protection shows 6 days", status("shipped")),
        ("en", "my order is on its way and the seller wants a 5 star review first",
         status("shipped")),
        ("en", "package still in transit, he asks me to confirm receipt", status("shipped")),
        ("en", "third day of my claim, shows shipped but the number is empty", status("shipped")),
        ("en", "the store set it to shipped and gave no number", status("shipped")),
        ("en", "my refund is on the way", NO_STATUS),
        ("en", "the replacement is on its way", NO_STATUS),
        ("en", "its on the way back to the seller", NO_STATUS),
        ("en", "the second parcel is a separate order, it is on the way", NO_STATUS),
        ("en", "parcel in transit for 25 days no update", NO_STATUS),
        ("en", "the seller says shipped but nothing moves", NO_STATUS),
    ),
    # recall: the payment check in other words ("stuck at verifying", "sits on payment check",
    # "keeps saying checking payment", "payment under review"); never a refund's or a bank's check
    "the payment still being checked: verifying": (
        ("en", "my card payment is stuck at verifying, cancel?", status("verifying")),
        ("en", "order sits on payment check for 3 days", status("verifying")),
        ("en", "the app keeps saying checking payment since yesterday", status("verifying")),
        ("en", "payment under review for 6 hours", status("verifying")),
        ("en", "the bank says the refund is under review", NO_STATUS),
        ("en", "the refund payment check takes 5 days", NO_STATUS),
    ),
    # precision: the seller's answer quoted, his defence that it was shipped, and days stuck on
    # the tracking's "in transit", are not the order page's status; the app's own status stays
    "the seller's quoted defence, days stuck in transit: no status": (
        ("en", "the shop replied \"we refuse your claim, the goods were shipped properly\"",
         NO_STATUS),
        ("en", "seller answered my complaint: item has been sent correctly, check tracking",
         NO_STATUS),
        ("en", "they wrote back that the parcel was shipped on time, so no refund", NO_STATUS),
        ("en", "12 days stuck \"in transit\" on order 1234", NO_STATUS),
        ("en", "it says \"in transit\"", status("shipped")),
        ("ru", "магазин ответил: в возврате отказано, посылка отправлена вовремя", NO_STATUS),
        ("ru", "продавец в своём ответе на претензию пишет что всё отправлено", NO_STATUS),
        ("ru", "продавец в чате написал претензия не принята товар отправлен верно", NO_STATUS),
        ("ru", "магазин выслал без номера, пишет дешевле так, статус отправлено",
         status("shipped")),
        ("ru", "продавец отправил посылку, трек есть", status("shipped")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_status_and_timer_said(lang: str, text: str, want: Want) -> None:
    """A buyer tells the status or the timer in their own words: read as said, never another."""
    assert read_as(text, lang, want) == want, text
