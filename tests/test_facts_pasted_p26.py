"""The app's and the seller's pasted text (twenty-sixth pass C): the order page's countdown pasted
without its seconds; the seller's ship-by clock and the dispute page's reply window, which are no
protection; the time left at the moment a dispute was opened; amounts printed with a zero fraction;
a dispute's or a ticket's number after a number sign; cards reissued or run out by their term, and
banks or wallets gone, in the words buyers use; a dispute "under review" with no one named. Every
kind with its look-alikes. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, Want, age, bank, kind_rows, left, read_as

NO_AGE: Want = {"dispute_days": None}


def expired(value: str | None) -> Want:
    """The card paid with run out or replaced (None: not read)."""
    return {"card_expired": value}


def money(value: str | None, currency: str | None = None) -> Want:
    """The amount and, when given, its currency."""
    want: Want = {"amount": value}
    if currency:
        want["currency"] = currency
    return want


def order(number: str | None) -> Want:
    """The order's number (None: none may be read)."""
    return {"order_id": number}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "the order page's countdown pasted without seconds: days and HH:MM": (
        ("en", "Buyer protection 2d 11:20, tracking frozen", left("days", "59")),
        ("en", "protection: 3 days 04:12, the parcel is stuck", left("days", "76")),
        ("en", "my protection ends in 1 day 05:30", left("hours", "29")),
        ("en", "order page says buyer protection 5d 02:45", left("days", "122")),
        ("en", "protection 1d 9:05 left, still no parcel", left("hours", "33")),
        ("en", "Buyer Protection: 10 days 22:15", left("week", "262")),
        ("ru", "Защита покупателя: 2 дн. 11:20. трек стоит", left("days", "59")),
        ("ru", "защита 4 д 03:10, посылки нет", left("days", "99")),
        ("ru", "до конца защиты 1 день 06:00", left("hours", "30")),
        ("ru", "Защита покупателя 6 дн 10:00, а чайник не греет", left("days", "154")),
        ("ru", "защиты осталось 3 дня 07:30", left("days", "79")),
        ("ru", "на заказе защита 11 дн. 02:40, трек обновляется", left("week", "266")),
        # look-alikes: another clock, a time of day, a date
        ("en", "the processing timer shows 2d 11:40, not shipped", NO_PROTECTION),
        ("en", "delivered 3 days ago at 11:20 to a locker i never picked", NO_PROTECTION),
        ("ru", "таймер обработки 1 д. 10:20, продавец не отправил", NO_PROTECTION),
        ("ru", "курьер обещал привезти через 2 дня к 11:20", NO_PROTECTION),
    ),
    "the seller's ship-by clock and the dispute page's reply window: no protection": (
        ("en", "the ship-by countdown still shows 1d 09:14:22, can i cancel", NO_PROTECTION),
        ("en", "ship by date timer: 2d 10:00:00 and it is not sent", NO_PROTECTION),
        ("en", "send-by countdown 0d 20:11:45, seller silent", NO_PROTECTION),
        ("en", "Waiting for seller response 3d 11:20:15", NO_PROTECTION),
        ("ru", "Статус спора: «Ожидание ответа продавца» — осталось 4 дн. 02:11:09", NO_PROTECTION),
        ("ru", "ожидаем ответа от продавца, осталось 2 дня 05:00:00", NO_PROTECTION),
        ("ru", "ответ магазина ещё 3 дн. 10:00:00", NO_PROTECTION),
        ("ru", "ответа продавца ждать ещё 2 дня", NO_PROTECTION),
        # look-alikes: protection named beside the seller's silence
        ("en", "buyer protection 2d 11:20, shipped by the seller a week ago", left("days", "59")),
        ("ru", "жду ответа продавца, защита 5 дн 02:00:00", left("days", "122")),
        ("ru", "продавец не отвечает, защиты осталось 3 дня", left("days", "72")),
        ("ru", "продавец молчит, а защита покупателя 1 д 04:00", left("hours", "28")),
    ),
    "the time left when a dispute was opened is history": (
        ("en", "Dispute opened with 2 hours of protection left, what happens next", NO_PROTECTION),
        ("en", "protection had 20 hours left so i opened the claim right away", NO_PROTECTION),
        ("en", "opened the dispute with like 3 days to go on the protection", NO_PROTECTION),
        ("en", "before opening i had maybe 2 weeks protection left, too early?", NO_PROTECTION),
        ("en", "the timer was at 11:40:00 when i filed the claim", NO_PROTECTION),
        ("ru", "спор открыла, когда до конца защиты оставалось 5 часов", NO_PROTECTION),
        ("ru", "защиты оставалось 12 часов, спор открыла, правильно?", NO_PROTECTION),
        ("ru", "подал жалобу, когда на защите было 33 часа", NO_PROTECTION),
        ("ru", "до конца защиты было 5 дней, успела открыть претензию", NO_PROTECTION),
        ("ru", "защита была 22:41:10, открыл спор и жду", NO_PROTECTION),
        # look-alikes: the opening now, the time left now told beside it
        ("en", "protection was 4 days 04:15:00 so i opened the dispute just now",
         left("days", "100")),
        ("en", "dispute opened, buyer protection 3 days left, does that matter",
         left("days", "72")),
        ("ru", "защиты было 22 часа, спор открыла только что", left("hours", "22")),
        ("ru", "защиты было 20:10:05, поэтому прямо сейчас спор и открыла", left("hours", "20")),
        ("ru", "спор открыт, а защиты ещё 4 дня", left("days", "96")),
    ),
    "a dispute's or a ticket's number after a number sign is no order's": (
        ("ru", "спор № 5123098765 обострён, что дальше", order(None)),
        ("ru", "спор №5123098765 обострён, заказ 8281140036657720", order("8281140036657720")),
        ("ru", "претензия № 48120577310 отклонена", order(None)),
        ("ru", "обращение № 77102934 в поддержке висит", order(None)),
        ("en", "dispute #5123098765 escalated, order 8281140036657720", order("8281140036657720")),
        ("en", "case #12345678901 closed by support", order(None)),
        ("en", "ticket #99012345678 no answer for a week", order(None)),
        ("en", "refund #5566778899 shows processing", order(None)),
        # look-alikes: the order's own number after the sign or its word
        ("en", "order #8281140036657720 never came", order("8281140036657720")),
        ("en", "#8281140036657720 never came", order("8281140036657720")),
        ("ru", "заказ № 8281140036657720, спор открыт", order("8281140036657720")),
        ("ru", "№ 8281140036657720 не отправлен", order("8281140036657720")),
    ),
    "a card run out by its term, reissued, or named by its brand": (
        ("ru", "платила картой, у которой на той неделе закончился срок", expired("yes")),
        ("ru", "у той карты в прошлом месяце вышел срок, куда вернут", expired("yes")),
        ("ru", "карта халва, у неё в октябре истёк срок", expired("yes")),
        ("ru", "мою Visa, которой платила, заменили, она истекла", expired("yes")),
        ("ru", "visa у меня уже просрочена, а возврат одобрили", expired("yes")),
        ("ru", "картку Беларусбанка, якой плаціла за дзве рэчы ў адным заказе, перавыпусцілі",
         expired("yes")),
        ("ru", "выиграў спрэчку, а картка белкарт скончылася", expired("yes")),
        ("ru", "картку мне перавыпусцілі, грошы не прыйшлі", expired("yes")),
        # look-alikes: a condition, a term not yet out, a travel visa, a card still good
        ("ru", "если у карты выйдет срок, куда вернут?", expired(None)),
        ("ru", "у карты срок не вышел, деньги где", expired(None)),
        ("ru", "у карты скоро выйдет срок, успеют вернуть?", expired(None)),
        ("ru", "Visa на въезд в Китай закончилась, а посылка там", expired(None)),
    ),
    "a bank or a wallet gone in the words buyers use": (
        ("en", "my neobank shut down last week, where does the refund go", bank("yes")),
        ("en", "the refund was approved but my neobank closed all accounts this month",
         bank("yes")),
        ("en", "the bank i paid through has since been liquidated", bank("yes")),
        ("en", "my digital bank got liquidated in march, refund pending", bank("yes")),
        ("en", "the neo bank i used is in liquidation now", bank("yes")),
        ("en", "my bank was placed under temporary administration and shut", bank("yes")),
        ("ru", "карта истекла, а банк её ещё и лицензии лишили", bank("yes")),
        ("ru", "карта истекла в сентябре, а в октябре её банк лишили лицензии", bank("yes")),
        ("ru", "платила картой, а потом банк её вдобавок обанкротился", bank("yes")),
        # look-alikes: an account closed, an app down, the seller's bank, a card reissued
        ("en", "the bank closed my account last month", bank(None)),
        ("en", "my neobank app was down for an hour yesterday", bank(None)),
        ("ru", "платила картой, а продавец пишет что его банк закрыли", bank(None)),
        ("ru", "карта истекла, а банк её перевыпустил", bank(None)),
    ),
    "a dispute under review with no one named has no age": (
        ("ru", "спор «на рассмотрении» уже 10 дней", NO_AGE),
        ("ru", "спор на рассмотрении уже неделю, это долго?", NO_AGE),
        ("ru", "жалоба на рассмотрении почти 12 дней", NO_AGE),
        ("ru", "диспут на рассмотрении больше двух недель", NO_AGE),
        # look-alikes: open N days, the seller reviewing it
        ("ru", "спор открыт уже 5 дней", age("5")),
        ("ru", "спор на рассмотрении у продавца уже 5 дней", age("5")),
        ("ru", "спор идёт 8 дней, продавец молчит", age("8")),
        ("ru", "диспут висит уже 6 дней", age("6")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_pasted_app_text(lang: str, text: str, want: Want) -> None:
    """A buyer pastes the app's or the seller's text and adds a line: the value said, never
    another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
