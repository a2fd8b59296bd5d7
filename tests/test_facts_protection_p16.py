"""Buyers in both languages on the kinds of phrasing that made the protection time read wrong or
not at all (sixteenth pass D, eight writers): fractional and compound durations, protection's own
duration told beside the parcel's silence, a card's or a visa's term, the seller's timer named
beside protection, bounds ("more than a week"). Beside each kind, look-alikes that must stay
silent or keep their reading. No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, Cases, kind_rows, left, read_as

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: Cases = {
    # the half told after the unit or inside the count: "2 days and half", «полтора дня»
    "fractional durations": (
        ("en", "a day and half of protection, the box never came", left("hours", "36")),
        ("en", "protection 3 days and half, no idea where the parcel is", left("days", "84")),
        ("en", "2 and a half days of protection left and the courier is silent",
         left("days", "60")),
        ("en", "protection timer one and half days", left("hours", "36")),
        ("ru", "два с половиной дня защиты, коробки так и нет", left("days", "60")),
        ("ru", "полторы суток защиты осталось, курьер молчит", left("hours", "36")),
        ("ru", "защиты полтора дня, а заказа всё нет", left("hours", "36")),
    ),
    # "N of protection" then the parcel's silence: the first duration is protection's own
    "protection's own duration beside a silence": (
        ("en", "two days of protection and 5 days with no update", left("hours", "48")),
        ("en", "4 days of protection and a week stuck in customs", left("days", "96")),
        ("en", "six days of protection and 9 days without any movement", left("days", "144")),
        ("ru", "5 дней 12 часов защиты, трек молчит неделю", left("days", "132")),
        ("ru", "3 дня защиты, 10 дней трек висит в сортировке", left("days", "72")),
        ("ru", "два дня защиты, неделю без движения", left("hours", "48")),
        ("ru", "1 день 4 часа защиты, коробки нет", left("hours", "28")),
    ),
    "the later duration is the time left: it stays": (
        ("en", "20 days of protection and 3 days left, the parcel is moving", left("days", "72")),
        ("ru", "трек стоит 12 дней, защиты ещё 3 дня", left("days", "72")),
        ("ru", "защиты больше нет", left("ended", None)),
    ),
    # a card's or a visa's term ran out: no protection word, the days are another event's
    "a card's term is no protection time": (
        ("ru", "у карты кончился срок, через 12 дней продавец ответил", NO_PROTECTION),
        ("ru", "срок действия карты закончился, спор выиграла через 2 недели", NO_PROTECTION),
        ("ru", "у моей визы истёк срок, а через месяц пришёл возврат", NO_PROTECTION),
        ("en", "my card expired, 20 days later aliexpress sided with me", NO_PROTECTION),
        ("ru", "трек стоит 20 дней, защита ещё есть",
         {**NO_PROTECTION, "tracking": "dead", "tracking_quiet_days": "20"}),
        ("ru", "посылка висит 9 дней, а защита пока есть", NO_PROTECTION),
        ("ru", "у карты кончился срок, а защиты осталось 5 дней", left("days", "120")),
        ("ru", "срок защиты истёк, спор не открыла", left("ended", None)),
        ("ru", "до конца срока осталось 4 дня", left("days", "96")),
    ),
    # «через N» and a past event: how long that took, not the time left, even with protection named
    "another event's days after «через»": (
        ("ru", "открыла спор, через 19 дней алик встал на мою сторону, таймер защиты ещё тикает",
         NO_PROTECTION),
        ("ru", "через неделю продавец ответил, защита ещё идёт", NO_PROTECTION),
        ("ru", "через месяц ожидания заказ отменили, таймер защиты пропал", NO_PROTECTION),
        ("ru", "спустя 10 дней магазин вернул деньги, защита ещё есть", NO_PROTECTION),
        ("ru", "через 5 дней пришла посылка, защиты оставалось мало", NO_PROTECTION),
        ("ru", "таймер защиты: через 3 дня закончится", left("days", "72")),
        ("ru", "через 2 дня кончится защита", left("hours", "48")),
        ("ru", "защиты осталось 5 дней, продавец не ответил", left("days", "120")),
        ("ru", "защиты 6 дней, посылка пришла пустая", left("days", "144")),
    ),
    # the seller's countdown named first, then protection: the countdown is his
    "the seller's timer beside protection": (
        ("en", "the seller's timer says 1 day 04:10:00, protection more than a week",
         left("week", None)),
        ("en", "store timer 3 days 11:00:00 and my protection is over two weeks",
         left("week", None)),
        ("ru", "таймер у продавца 1 день 10:00:00, защита больше двух недель", left("week", None)),
        ("ru", "в счётчике магазина 3 дня 05:00:00, защиты ещё больше недели",
         left("week", None)),
        ("ru", "на таймере продавца 2 дня 03:00:00", NO_PROTECTION),
        ("en", "the shop countdown shows 2 days 01:00:00", NO_PROTECTION),
    ),
    # a bound: the bucket, never a count
    "more than a week": (
        ("en", "protection still more than a week", left("week", None)),
        ("en", "protection shows more than 10 days", left("week", None)),
        ("en", "my protection is exactly 5 days", left("days", "120")),
        ("ru", "защиты ещё больше недели", left("week", None)),
        ("ru", "защита ещё более двух недель, жду", left("week", None)),
        ("ru", "защита ровно сутки, спор открывать?", left("hours", "24")),
        ("ru", "трек стоит больше недели", NO_PROTECTION),
        ("ru", "спор идёт больше недели", NO_PROTECTION),
        ("en", "the tracking has been stuck more than a week", NO_PROTECTION),
    ),
    # the end today or tomorrow in the verb's bare form or a short word: hours, no count
    "ends today or tomorrow": (
        ("en", "protection end today and the parcel is still in Dubai", left("hours", None)),
        ("en", "the protection finish tonight, what do i do", left("hours", None)),
        ("en", "timer closes tmrw, parcel still at the depot", left("hours", None)),
        ("en", "buyer protection finishes tomorrow, no courier yet", left("hours", None)),
        ("en", "the coupon ends today", NO_PROTECTION),
        ("en", "if protection ends tomorrow can i still open one?", NO_PROTECTION),
    ),
    # over, in the verb's bare form, at zero, or the chance to open a dispute missed
    "protection over in other words": (
        ("en", "my protection timer finish, the parcel never moved", left("ended", None)),
        ("en", "protection already expire, i never opened a claim", left("ended", None)),
        ("en", "protection end and the order went to completed", left("ended", None)),
        ("en", "i missed the window to open a claim", left("ended", None)),
        ("en", "i miss the deadline for dispute, what now", left("ended", None)),
        ("ru", "таймер защиты ноль, посылки нет", left("ended", None)),
        ("ru", "таймер защиты ушёл в ноль вчера", left("ended", None)),
        ("ru", "прошляпил срок на спор, что теперь", left("ended", None)),
        ("ru", "профукала срок открытия спора", left("ended", None)),
        ("ru", "прозевала защиту, спор не открыла", left("ended", None)),
    ),
    "not over: someone else's deadline, a question, a wish": (
        ("en", "5 days to protection end", {"protection_left": None}),
        ("en", "when protection end i will open dispute", NO_PROTECTION),
        ("en", "does protection end on the 20th?", NO_PROTECTION),
        ("en", "the seller missed the deadline to ship", NO_PROTECTION),
        ("en", "the seller's timer finish, nothing shipped", NO_PROTECTION),
        ("ru", "таймер отправки на нулях", NO_PROTECTION),
        ("ru", "продавец пропустил срок на отправку", NO_PROTECTION),
        ("ru", "пропустила срок ответа в споре", NO_PROTECTION),
    ),
    # where the timer stands ("is at"), or a reminder asked and then the time told
    "the time told after a reading or a reminder": (
        ("en", "protection is at 2 days 3 hours, parcel in Vilnius", left("days", "51")),
        ("en", "my protection timer is at 1 day 2 hours!!", left("hours", "26")),
        ("en", "countdown now at 5 days, no courier", left("days", "120")),
        ("ru", "напомни про заказ, защита 4 дня", left("days", "96")),
        ("ru", "проследи за посылкой, там защиты 12 дней", left("week", "288")),
        ("ru", "защиту я прошляпила, трек стоит", left("ended", None)),
        ("ru", "защиту уже прозевали, что делать", left("ended", None)),
    ),
    "a reminder's offset or a wish: no time left": (
        ("en", "remind me at 2 days left", NO_PROTECTION),
        ("en", "ping me at 3 days before protection ends", NO_PROTECTION),
        ("ru", "напомни за 2 дня до конца защиты", NO_PROTECTION),
        ("ru", "напомни когда защиты останется 3 дня", NO_PROTECTION),
        ("ru", "защиту не прозевал, осталось 3 дня", left("days", "72")),
    ),
    # a long duration with "still" is what is left, not the whole term; the next subject
    # named right after protection ends its duration
    "protection's own duration, long or run on": (
        ("en", "five weeks of protection still, the parcel is in Almaty", left("week", "840")),
        ("en", "40 days buyer protection remaining and no tracking at all", left("week", "960")),
        ("en", "3 days protection parcel still in China", left("days", "72")),
        ("en", "10 days protection package not moving", left("week", "240")),
        ("en", "i have 90 days protection", NO_PROTECTION),
        ("en", "aliexpress gives 60 days of protection still?", NO_PROTECTION),
        ("en", "60 days of protection still 5 days left", left("days", "120")),
    ),
    "the time now after a reminder": (
        ("en", "ping me 2 days before it ends, currently its 6 days", left("days", "144")),
        ("en", "alert me a day before protection ends, now it is 4 days", left("days", "96")),
        ("en", "now its 9 days since shipping, how long is protection", NO_PROTECTION),
        ("en", "now it is 12 days without updates", NO_PROTECTION),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_protection(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer writes the kind in other words: protection is read as said, or not at all."""
    assert read_as(text, lang, want) == want, text
