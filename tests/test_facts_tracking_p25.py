"""The tracking, its silence and the processing time run out on the newest writers' text
(twenty-fifth pass B): the seller's processing clock named by whose it is, read at zero or said
over in other words, and the order's status it tells; the part of a split order still to come;
a bare silence since yesterday beside a place; standing still; an event N days ago with nobody
calling; a never-worked number's days below 15; Ukrainian and Belarusian touches; the tracking
come alive or changing towns day by day; and the look-alikes that must stay silent. No line here
comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_TRACKING, Want, kind_rows, quiet, read_as

OVER: Want = {"processing_over": "yes", "order_status": "awaiting"}
NOT_OVER: Want = {"processing_over": None}
MOVING: Want = {"tracking": "moving", "tracking_quiet_days": None}
IN_COUNTRY: Want = {"tracking": "in_country", "tracking_quiet_days": None}

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "whose-clock: the seller's time to ship named by whose it is": (
        ("en", "the time the store had to ship my lamp has run out, still nothing", OVER),
        ("en", "the timer for them to dispatch it expired this morning", OVER),
        ("en", "the shop's own countdown ran out and no parcel", OVER),
        ("en", "the clock on the seller's side reached zero, not sent", OVER),
        ("en", "timer of seller for ship is finish, what i do", OVER),
        ("en", "the ship-by deadline passed two days ago, order still awaiting shipment", OVER),
        ("ru", "таймер у магазина на отправку уже истёк, а посылки нет", OVER),
        ("ru", "время у продавца на обработку закончилось, ничего не отправлено", OVER),
        ("ru", "срок для продавца давно вышел, заказ не отправлен", OVER),
        # look-alikes: the buyer's return, a timer running or that may run out
        ("en", "the time for me to send the item back ran out", NOT_OVER),
        ("en", "the time to post the return has expired", NOT_OVER),
        ("en", "if the timer for them to ship hits zero, what then", NOT_OVER),
        ("ru", "таймер у продавца на отправку ещё не истёк", NOT_OVER),
        # the seller's clock to answer a dispute or send a refund is no time to ship
        ("en", "the seller's timer to respond has run out", NOT_OVER),
        ("en", "the time for him to send the refund has passed", NOT_OVER),
        ("ru", "у продавца время на ответ вышло", NOT_OVER),
        ("ru", "срок для продавца на решение истёк", NOT_OVER),
    ),
    "at-zero: the countdown read at zero or said over in other words": (
        ("en", "handling time shows 00:00:00 and it is still not shipped", OVER),
        ("en", "processing countdown: 0d 00:00:00, still awaiting shipment", OVER),
        ("en", "the shipping timer hit 0 last night, nothing sent", OVER),
        ("en", "dispatch countdown went to zero, they did not send it", OVER),
        ("en", "processing time over and still not sent, should i cancel", OVER),
        ("ru", "таймер обработки на нуле, продавец не отправил", OVER),
        ("ru", "время на отправку 00:00:00, а статус всё «Ожидает отправки»", OVER),
        ("ru", "Обработка: 0 д 00:00:00 | Ожидает отправки", OVER),
        ("ru", "час на апрацоўку скончыўся, нічога не адпраўлена", OVER),
        # look-alikes: a countdown still running, a length, protection's own zero
        ("en", "handling time shows 2d 04:00:00", NOT_OVER),
        ("en", "processing time over 3 weeks, is that normal for this shop?", NOT_OVER),
        ("en", "shipping time over the new year is always slow", NOT_OVER),
        ("en", "my protection timer is at zero and the seller never shipped", NOT_OVER),
        ("ru", "таймер обработки показывает 1 день 05:00:00", NOT_OVER),
    ),
    "timer-then-bare: the timer named, then said up in bare words": (
        ("en", "he asked to extend the handling time, i said ok, he still didn't ship. the time "
         "is up", OVER),
        ("ru", "продавец попросил продлить срок отправки, я согласилась, не отправил. время "
         "истекло", OVER),
        # look-alikes: protection's or a dispute's time named between
        ("ru", "срок отправки был 5 дней, а защита… время вышло", NOT_OVER),
        ("en", "processing time was 5 days, then i opened a dispute and the time ran out",
         NOT_OVER),
    ),
    "status: the order the run-out timer tells": (
        ("ru", "срок отправки истёк, продавец не отвечает", OVER),
        ("ru", "срок отправки прошёл, продавец просит не отменять заказ", OVER),
        ("en", "the processing time ran out and the system cancelled my order by itself",
         {"processing_over": "yes", "order_status": "cancelled"}),
        ("ru", "срок обработки истёк, заказ отменился автоматически",
         {"processing_over": "yes", "order_status": "cancelled"}),
    ),
    "split: the part of the order still to come": (
        ("en", "one box with the plates arrived, box 2 with the cups is still moving", MOVING),
        ("en", "got the first parcel, the one with the charger is still moving", MOVING),
        ("en", "the mug box came, the saucer box hasn't moved since yesterday", quiet("stalled",
                                                                                    "1")),
        ("en", "first parcel here, the other one stuck since yesterday", quiet("stalled", "1")),
        ("ru", "первую коробку забрала, вторая с чашками ещё едет", MOVING),
        ("ru", "свитер получил, а шарф ещё на сортировке в Твери", IN_COUNTRY),
        ("ru", "куртка пришла, а штаны 8 дней стоят", quiet("stalled", "8")),
        ("ru", "первую коробку выдали, вторая едет следом и уже в Омске", IN_COUNTRY),
        ("ru", "первую забрала, вторая пока в китае", {"tracking": None}),
        ("ru", "вторая коробка 16 дней стоит в урумчи, первая пришла неделю назад",
         quiet("dead", "16")),
        # look-alikes: money on its way, separate orders, someone else's parcel beside mine
        ("ru", "посылку получила, а деньги за вторую вещь ещё едут", NO_TRACKING),
        ("ru", "у меня 5 заказов, 2 пришли, остальные едут", NO_TRACKING),
        ("ru", "у сестры шторы пришли за 10 дней, а мои где-то едут", NO_TRACKING),
    ),
    "since: a bare silence since yesterday, standing still, nobody calling": (
        ("ru", "с позавчера ничего, посылка на сортировке в казани", quiet("stalled", "2")),
        ("ru", "со вчера ничего, посылка на таможне", quiet("stalled", "1")),
        ("en", "nothing since the day before yesterday, it is at customs here", quiet("stalled",
                                                                                      "2")),
        ("en", "customs hub, standing still 5 days", quiet("stalled", "5")),
        ("en", "'arrived at the delivery office' 4 days ago and nobody calls", quiet("stalled",
                                                                                     "4")),
        # look-alikes: the seller's or a refund's silence, what someone said
        ("ru", "продавец со вчера ничего не отвечает, посылка на таможне", {
            "tracking_quiet_days": None}),
        ("ru", "с позавчера ничего", NO_TRACKING),
        ("en", "the seller said nothing since yesterday", NO_TRACKING),
        ("en", "refund approved, nothing since yesterday", NO_TRACKING),
    ),
    "never-worked: the number's days only from 15": (
        ("en", "shipped 9 days ago, the number is invalid on every site", quiet("dead", None)),
        ("en", "shipped 19 days ago, the number is invalid on every site", quiet("dead", "19")),
        ("en", "the tracking number never even worked", quiet("dead", None)),
    ),
    "ua-by: Ukrainian and Belarusian touches": (
        ("ru", "трек 18 днів тиша", quiet("dead", "18")),
        ("ru", "на митниці 6 днів без руху", quiet("stalled", "6")),
        ("ru", "трэк два тыдні маўчыць", quiet("stalled", "14")),
        ("ru", "трек стоїть 5 днів", quiet("stalled", "5")),
        ("ru", "прыйшла ў Гомель 9 дзён таму і цішыня", quiet("stalled", "9")),
        ("ru", "трек оновлюється щодня, зараз у Львові", MOVING),
        ("ru", "посилка вже в Україні", IN_COUNTRY),
        ("ru", "посылка митницю пройшла, жду", IN_COUNTRY),
        # look-alikes: the seller's silence, a dispute's days
        ("ru", "продавець мовчить 5 днів", NO_TRACKING),
        ("ru", "трек не оновлюється щодня, а раз на тиждень", {"tracking": None}),
    ),
    "moving-ru: come alive, new each day, a town a day": (
        ("ru", "трек ожил, вчера посылка покинула сортировку", MOVING),
        ("ru", "по треку каждый день новое, сейчас Алматы", MOVING),
        ("ru", "по треку вчера Урумчи, сегодня уже Хоргос", MOVING),
        ("ru", "Трек-номер: (пусто), статус отправлено", {"tracking": "no_tracking"}),
        ("ru", "в Твери на почте лежит, извещения не было", IN_COUNTRY),
        ("ru", "по треку посылка уже в пункте СДЭК", IN_COUNTRY),
        # look-alikes: never come alive, the seller's daily excuses, nothing today either
        ("ru", "трек так и не ожил", {"tracking": "dead"}),
        ("ru", "продавец каждый день новые отговорки", NO_TRACKING),
        ("ru", "вчера было пусто, сегодня тоже", NO_TRACKING),
        ("ru", "посылка не та, вчера открыла спор, сегодня отказ", {"tracking": None}),
    ),
    "held: a status held for its days, the money an offer is put against": (
        ("en", "yanwen has shown \"arrived at the export hub\" for 12 days straight",
         quiet("stalled", "12")),
        ("ru", "25 дней последний статус «передано авиаперевозчику»", quiet("dead", "25")),
        ("en", "16 days no update and the seller offers a coupon instead of my money back",
         quiet("dead", "16")),
        ("ru", "трек-номер вообще не находится ни на одном сайте", quiet("dead", None)),
        # look-alikes: protection's days, a refund's silence, an order's number
        ("en", "the app shows protection left for 6 days", NO_TRACKING),
        ("en", "money back approved, 10 days no update", NO_TRACKING),
        ("ru", "номер заказа вообще не находится", NO_TRACKING),
    ),
    "moving-en: updates every day told after the status or 'its'": (
        ("en", "still in transit, updates every day, is 30 days normal", MOVING),
        ("en", "its been moving every day, now in Almaty", MOVING),
        ("en", "the refund updates every day", NO_TRACKING),
    ),
    "promise: the seller's promise to send, then a silence": (
        ("ru", "продавец обещал дослать чехол, прошло две недели, тишина", NO_TRACKING),
        ("ru", "продавец обещал отправить, трек 20 дней стоит", quiet("dead", "20")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_tracking_kind_p25(lang: str, text: str, want: Want) -> None:
    """Each phrasing gives the tracking and processing facts it states, and nothing it does not."""
    assert read_as(text, lang, want) == want
