"""Where the order stands, the time left and the money on the newest writers' text (twenty-fifth
pass D): protection's end told as a moment past (the days since it are no time left); time up in
the idiom; a parcel "standing still" and a card's expiry that are not protection's; the app's own
cancelling, the seller's time to ship run out, "now it's completed"; "cancelled it" said of a
dispute; a coupon or money for a 5-star review (FACTS.md "Label audit 24" rule 5); the somoni and
the tenge as Kazakhs spell it; a price in cents with no currency; a bank or wallet told by a
clause; a card reissued by its bank's nickname; and the look-alikes that must stay silent or keep
their value. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import (
    NO_PROTECTION,
    NO_STATUS,
    Want,
    bank,
    kind_rows,
    left,
    read_as,
    stage,
    status,
)

ENDED: Want = {"protection_left": "ended", "protection_hours": None}


def offer(coupon: str | None) -> Want:
    """The seller's offer, with the coupon named or not."""
    return {"dispute": "offer", "coupon": coupon}


def money(value: str | None, currency: str | None = None) -> Want:
    """The amount and its currency (None: not read)."""
    return {"amount": value, "currency": currency}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "protection's end told as a moment past: ended, no time left": (
        ("ru", "защита у заказа 4 дня назад закончилась, что теперь", ENDED),
        ("ru", "защита всё, дней пять назад истекла", ENDED),
        ("ru", "защита уже неделю как всё, посылки нет", ENDED),
        ("ru", "таймер защиты как 3 дня обнулился", ENDED),
        ("ru", "защита истекла ещё 6 дней назад", ENDED),
        ("ru", "через 4 дня после окончания защиты посылка пришла пустая", ENDED),
        ("ru", "уже прошло 10 дней с конца защиты", ENDED),
        ("ru", "защиты уже 3 дня как нет", ENDED),
        # look-alikes: the end ahead, time still left, not started, a reminder, a question, a
        # count read in the past
        ("ru", "защита закончится через 3 дня", left("days", "72")),
        ("ru", "защиты ещё 2 дня осталось, потом закончится", left("hours", "48")),
        ("ru", "защиты пока нет, заказ не отправлен", NO_PROTECTION),
        ("ru", "напомни за 3 дня до окончания защиты", NO_PROTECTION),
        ("ru", "после окончания защиты спор открыть можно?", NO_PROTECTION),
        ("ru", "защита неделю назад была 9 дней", NO_PROTECTION),
    ),
    "protection told in Ukrainian: its time left": (
        ("ru", "посилка у Львові, захист ще 9 днів", left("week", "216")),
        ("ru", "трек рухається, захисту 4 дні, встигне?", left("days", "96")),
        ("ru", "захист 2 дні, посилки нема", left("hours", "48")),
        # look-alikes: the seller's processing timer, a silence of the tracking
        ("ru", "таймер обробки показує 2 дні 05:10:00", NO_PROTECTION),
        ("ru", "трек стоїть 6 днів, захист ще 3 дні", left("days", "72")),
    ),
    "time up in the idiom: ended": (
        ("en", "my time is up on the buyer protection, parcel never came", ENDED),
        ("en", "the protection's time is up since monday", ENDED),
        ("en", "my protection days are all up and the tracking is dead", ENDED),
        ("en", "the protection deadline passed last week", ENDED),
        ("en", "protection countdown hit zero 4 days ago", ENDED),
        ("en", "protection at zero for a week now", ENDED),
        # look-alikes: asked, denied with time left, a countdown at zero days and some hours
        ("en", "is my protection time up?", NO_PROTECTION),
        ("en", "my protection time is not up yet, 4 days left", left("days", "96")),
        ("en", "protection timer at 0 days 7 hours", left("hours", "7")),
    ),
    "a parcel standing still, a card expiring: not protection's time": (
        ("en", "customs, sitting still 6 days. protection exactly 2 days", left("hours", "48")),
        ("en", "stuck still 3 days in the hub, protection left 5 days", left("days", "120")),
        ("en", "tracking moves, but the card i paid with expires in 5 days", NO_PROTECTION),
        # look-alikes: "still" as time left
        ("en", "i still have 3 days of protection", left("days", "72")),
        ("en", "protection still 6 days", left("days", "144")),
    ),
    "the app's own cancelling, the time to ship run out, completed now": (
        ("en", "seller didnt ship in time so the app cancelled the order itself",
         status("cancelled")),
        ("en", "the aliexpress app cancelled my order after the shipping timer ran out",
         status("cancelled")),
        ("ru", "время на отправку истекло, а продавец пишет что отправит", status("awaiting")),
        ("en", "pressed confirm by mistake and now its completed", status("completed")),
        # look-alikes: a cancelling only feared or asked, a thing other than the order completed
        ("en", "seller never shipped, if the app cancels the order do i get paid back",
         status("awaiting")),
        ("en", "the update is now completed on my phone", NO_STATUS),
    ),
    "cancelled it: the dispute cancelled, not the order": (
        ("en", "he begged me to cancel the dispute for a new one, so i cancelled it", NO_STATUS),
        ("en", "the seller asked to close my claim and i closed it yesterday", NO_STATUS),
        # look-alikes: the order cancelled
        ("en", "i cancelled the order, he never shipped it", status("cancelled")),
    ),
    "a coupon or money for a 5-star review: offer": (
        ("en", "the store promises a $4 coupon once i post a 5 star review", offer("yes")),
        ("en", "shop says he will pay me 3 dollars for good feedback", offer(None)),
        ("en", "the seller offers a coupon if i give five stars", offer("yes")),
        ("ru", "магазин обещает купон на 200р за хороший отзыв", offer("yes")),
        ("ru", "продавец даёт скидку, если поставлю пять звёзд", {"dispute": "offer"}),
        ("ru", "за отзыв 5 звёзд продавец обещает купон", offer("yes")),
        ("ru", "поставь 5 звёзд, тогда вернём деньги, пишет продавец", {"dispute": "offer"}),
        # look-alikes: a gift, a request with nothing offered, a bribe for receipt confirmed, no
        # dispute open, the platform's own reward
        ("en", "the seller promises a free gift for 5 stars", stage(None)),
        ("en", "the seller keeps asking me for 5 stars", stage(None)),
        # (pass C, relabel rule 3: a reward for an early receipt is an offer too)
        ("en", "if i confirm receipt now the shop sends me a voucher", stage("offer")),
        ("en", "seller gives a coupon if i not open dispute and leave 5 stars", stage("none")),
        ("ru", "продавец обещает подарок за 5 звёзд", stage(None)),
        ("ru", "продавец просит поставить пять звёзд", stage(None)),
        ("ru", "за отзыв на 5 звёзд обещают купон, спор я не открывала", stage("none")),
        ("ru", "оставила отзыв на 5 звёзд и получила от али купон", stage(None)),
        ("en", "the shop offers a coupon if i rate it 5 stars and dont open one", stage("none")),
        ("ru", "магазин пишет: отзыв на 5 звёзд, спор не открывать, и будет купон",
         {"dispute": None}),
    ),
    "the somoni, the tenge as Kazakhs spell it": (
        ("ru", "оплатила 420 сомони, посылки нет", money("420", "TJS")),
        ("ru", "12 500 теңге төледім, трек молчит", money("12500", "KZT")),
        ("en", "paid 180 somoni for it", money("180", "TJS")),
        # look-alikes: the som stays Kyrgyz
        ("ru", "заплатила 1800 сомов", money("1800", "KGS")),
        ("ru", "отдал 900 сом", money("900", "KGS")),
    ),
    "a price in cents with no currency: the amount": (
        ("en", "a text says pay 2.49 to release my parcel", money("2.49")),
        ("en", "the import fee of 3.15 is a scam?", money("3.15")),
        ("en", "my 45.90 refund is still not back", money("45.90")),
        ("en", "cancelled, 19.75 still not back on my card", money("19.75")),
        ("ru", "в споре продавец предлагает вернуть 700 и оставить товар", money("700")),
        # look-alikes: a date, a time, a rating, a size, a weight
        ("en", "paid on 14.03 and nothing since", money(None)),
        ("en", "the refund landed at 11.30 today", money(None)),
        ("en", "the seller is rated 4.75 out of 5", money(None)),
        ("en", "paid for a cable of 1.50 m and got 1 m", money(None)),
        ("en", "paid for 2.50 kg of coffee", money(None)),
    ),
    "a bank or wallet told by a clause, then gone": (
        ("en", "the neobank where i kept my card shut down last week", bank("yes")),
        ("en", "the e wallet i paid through stopped operating", bank("yes")),
        ("en", "the wallet we used closed its doors", bank("yes")),
        ("ru", "банк, где у меня карта, закрылся", bank("yes")),
        ("ru", "кошелёк, через который я платила, прекратил работу", bank("yes")),
        # look-alikes: a bank none of this order's, a stranger's message, a card closed
        ("en", "my savings bank went bust, nothing to do with aliexpress", bank(None)),
        ("en", "some caller said that my bank is bankrupt, i hung up", bank(None)),
        ("ru", "у банка, где вклад, отозвали лицензию, но платил я не через него", bank(None)),
        ("ru", "банк, в котором у меня счёт, закрыли мне карту за долги", {"card_expired": None}),
    ),
    "a card reissued, named by its bank's nickname or a clause": (
        ("ru", "сбер у меня перевыпущен, старая карта истекла", {"card_expired": "yes"}),
        ("ru", "платила тинькой, которую потом перевыпустили", {"card_expired": "yes"}),
        ("ru", "и карта кончилась по сроку, и банк её лопнул",
         {"card_expired": "yes", "bank_gone": "yes"}),
        # look-alikes: a reissue only thought of
        ("ru", "если перевыпущу карту, возврат дойдёт?", {"card_expired": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_status_time_money_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells where the order stands, the time left and the money: the value said, never
    another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
