"""First-time buyers in both languages who do not know AliExpress's words (eighteenth pass D): the
dispute as "a complaint", "a claim", "my money back request", «жалоба», «претензия», «заявка на
возврат», its stages and its age in plain words; buyer protection as "the counter", "the clock on
my order", «счётчик», «на заказе», «на жалобу N дней»; the order status as the buyer retells it.
Beside each kind, look-alikes that must stay silent: a complaint to the post or the seller, a
review, someone else's order, a question, the seller's words, the time left "to complain". No line
here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import (
    NO_PROTECTION,
    NO_STATUS,
    Cases,
    Want,
    kind_rows,
    left,
    read_as,
)

NO_DISPUTE: Want = {"dispute": None, "dispute_days": None}


def dispute(stage: str | None, days: str | None = None) -> Want:
    """The dispute's stage and its age in days (None: not said)."""
    return {"dispute": stage, "dispute_days": days}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: Cases = {
    # the dispute named in everyday words, with its age told the buyer's way
    "everyday dispute words: opened and its age": (
        ("en", "i complained 5 days ago, the lamp flickers", dispute("opened", "5")),
        ("en", "day 4 of my complaint and the shop is silent", dispute("opened", "4")),
        ("en", "its been 6 days since my complaint about the torn jacket", dispute("opened", "6")),
        ("en", "filed a money back request 3 days ago, nothing yet", dispute("opened", "3")),
        ("en", "made the claim two days ago bc the mixer is dead", dispute("opened", "2")),
        ("ru", "пожаловался 5 дней назад, лампа мигает", dispute("opened", "5")),
        ("ru", "седьмой день жалобы, магазин молчит", dispute("opened", "7")),
        ("ru", "третий день претензии, продавец не отвечает", dispute("opened", "3")),
        ("ru", "подал претензию вчера, куртка порвана", dispute("opened", "1")),
        ("ru", "оформила заявку на возврат 3 дня назад, ответа нет", dispute("opened", "3")),
        ("ru", "в поддержке сказали что претензия открыта", dispute("opened")),
    ),
    # how far into the complaint a step came: its age
    "days after the complaint": (
        ("en", "4 days after my complaint the shop offered half back", dispute("offer", "4")),
        ("en", "a week after my claim the seller still says nothing", dispute("opened", "7")),
        ("en", "5 days after the claim was closed he wrote to me", {"dispute_days": None}),
        ("ru", "через 5 дней после жалобы продавец предложил купон", dispute("offer", "5")),
        ("ru", "4 дня после претензии, магазин молчит", dispute("opened", "4")),
        ("ru", "через 2 дня после доставки пожаловалась", dispute("opened", None)),
    ),
    "a complaint to someone else or a review is no dispute": (
        ("en", "i complained to the post office 3 days ago about the delay", NO_DISPUTE),
        ("en", "complained to the courier yesterday, he was rude", NO_DISPUTE),
        ("en", "left a bad review 4 days ago, the mug is chipped", NO_DISPUTE),
        ("en", "i reported it to the police 2 days ago, the card was charged twice", NO_DISPUTE),
        ("en", "have not reported it to the post office yet", NO_DISPUTE),
        ("en", "my sister complained about her blender 6 days ago", NO_DISPUTE),
        ("ru", "пожаловалась на почту 3 дня назад, посылку не отдают", NO_DISPUTE),
        ("ru", "написал жалобу продавцу в чат 2 дня назад", NO_DISPUTE),
        ("ru", "написала плохой отзыв 4 дня назад", NO_DISPUTE),
    ),
    # the buyer has not complained yet: no dispute
    "not complained yet": (
        ("en", "the cable is missing and i havent complained yet", dispute("none")),
        ("en", "wrong colour came, i did not report it", dispute("none")),
        ("ru", "претензию я ещё не писал, пришёл не тот цвет", dispute("none")),
        ("ru", "жалобу пока не подавала, ковёр порван", dispute("none")),
        ("ru", "я не жаловался, просто хочу отменить", dispute("none")),
    ),
    "a question about how to complain states no stage": (
        ("en", "how do i complain about a broken phone?", NO_DISPUTE),
        ("en", "can i still make a complaint, 3 days left?", dispute(None, None)),
        ("ru", "а как пожаловаться на сломанный телефон?", NO_DISPUTE),
    ),
    # the stages told plainly
    "stages in plain words": (
        ("en", "shop ignored my complaint so i asked aliexpress to decide", dispute("escalated")),
        ("en", "10 days since i complained and i pressed the button so ali decides",
         dispute("escalated", "10")),
        ("en", "day 5 of my complaint and they want me to send the item back",
         dispute("offer", "5")),
        ("en", "i cancelled my complaint by mistake", dispute("closed_by_me")),
        ("ru", "магазин игнорит претензию, попросил поддержку разобраться", dispute("escalated")),
        ("ru", "сняла претензию, продавец обещал прислать новый", dispute("closed_by_me")),
        ("ru", "претензия отклонена, продавец пишет что всё отправил", dispute("refused")),
        ("ru", "победил в жалобе, деньги вернули", dispute("won")),
    ),
    "the seller's wish to close it is no closing": (
        ("ru", "продавец хочет чтоб я сняла жалобу", {"dispute": "opened"}),
        ("en", "the seller asks me to cancel the complaint for a coupon",
         {"dispute": "opened"}),
    ),
    # the protection timer in everyday words
    "the timer's everyday names": (
        ("en", "tracking stuck, 4 days 6 hours on the clock", left("days", "102")),
        ("en", "the counter shows 9 days and the box is still in Madrid", left("week", "216")),
        ("en", "nothing new for a week, the order clock shows 1 day 3 hours", left("hours", "27")),
        ("en", "delivered they say, i got nothing, 2 days on the counter", left("hours", "48")),
        ("ru", "посылка в Казани, счётчик 4 дня", left("days", "96")),
        ("ru", "на заказе ещё 2 дня 5 часов, курьер молчит", left("days", "53")),
        ("ru", "наушники не работают, 5 дней на жалобу", left("days", "120")),
        ("ru", "трек в Казани, а сколько осталось на жалобу: 30 часов", left("hours", "30")),
    ),
    "the timer's end in everyday words": (
        ("en", "the clock ran out and the parcel never came", left("ended", None)),
        ("en", "i missed the time to complain, the tracking was dead", left("ended", None)),
        ("ru", "счётчик обнулился, посылки нет", left("ended", None)),
        ("ru", "время на жалобу кончилось, а трек стоит", left("ended", None)),
        ("ru", "прозевал срок на жалобу, трек мёртвый", left("ended", None)),
    ),
    "the dispute open beside the protection named": (
        ("en", "complained 2 days ago, the timer on my order says 5 days",
         {"dispute": "opened", "protection_left": "days"}),
        ("ru", "жалоба открыта, а таймер на заказе показывает 3 дня",
         {"dispute": "opened", "protection_left": "days"}),
    ),
    "other clocks and counts are no protection": (
        ("en", "the shipping countdown on my order is at 1 day 04:00:00, is that protection?",
         NO_PROTECTION),
        ("en", "the counter on the parcel locker says 3 days to pick it up", NO_PROTECTION),
        ("ru", "жалоба открыта, пишут осталось 3 дня", NO_PROTECTION),
        ("ru", "у продавца на отправку ещё 2 дня", NO_PROTECTION),
    ),
    # the status as the buyer retells it
    "the status retold": (
        ("en", "it still says on the way and nothing new for 6 days", {"order_status": "shipped"}),
        ("en", "the app shows its on the way, tracking is slow", {"order_status": "shipped"}),
        ("en", "its on the way says the app, no scans since monday", {"order_status": "shipped"}),
        ("en", "still says checking payment after 2 days", {"order_status": "verifying"}),
        ("en", "it changed to sent this morning", {"order_status": "shipped"}),
    ),
    "on the way said of something else": (
        ("en", "the seller says its on the way", NO_STATUS),
        ("en", "the replacement is on the way he says", NO_STATUS),
        ("en", "my friend s order says on the way", NO_STATUS),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_everyday_words(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A first-time buyer writes the kind in their own words: read as said, or not at all."""
    assert read_as(text, lang, want) == want, text
