"""Buyers in both languages on the kinds of phrasing five writers' unseen sets (the retired
facts_fresh8..12) showed the tracking and its silence contradicted in (twenty-first pass): shown
delivered to a locker, a place reached and then nothing, a dispute's age beside "dead on
arrival", long silences in words or in two parts, the days held on a handed-over status, one
parcel of a split order delivered, a parcel not scanned. Each kind in our own words, with typos
and other orders, beside look-alikes that must stay silent or keep their reading. No line here
comes from a set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_TRACKING, Want, kind_rows, quiet, read_as

IN_COUNTRY: Want = {"tracking": "in_country"}
DELIVERED: Want = {"tracking": "delivered"}
NO_DAYS: Want = {"tracking_quiet_days": None}

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    # the carrier's own "delivered", to a locker or a pickup point: delivered, not in the country
    "locker: delivered to a locker or a pickup point is delivered": (
        ("en", "delivered to a pickup point, but the mug inside is cracked", DELIVERED),
        ("en", "got delivered to the parcel locker on main st, code never came", DELIVERED),
        ("en", "It was delivered to the pick up point yesterday, nobody told me", DELIVERED),
        ("en", "delivered at a collection point across town, cant go there", DELIVERED),
        # arrived or waiting there is still the country's; not delivered is nothing
        ("en", "arrived at the pickup point, waiting for the sms", IN_COUNTRY),
        ("en", "it came to the parcel locker near my work", IN_COUNTRY),
        ("en", "delivered to the parcel locker, i still need to collect it", IN_COUNTRY),
        ("en", "parcel delivered to a pick up point, havent collected it yet", IN_COUNTRY),
        ("en", "not delivered to the locker yet, still in transit", {"tracking": None}),
    ),
    # a place reached, then nothing for N days; or taken in N days ago and no scan after
    "place-then-nothing: a place reached and nothing in N days, or no scan after": (
        ("en", "it cleared customs, nothing in 23 days", quiet("dead", "23")),
        ("en", "got to the hub and nothing for 8 days", quiet("stalled", "8")),
        ("en", "reached the sorting centre but nothing new in 2 weeks", quiet("stalled", "14")),
        ("en", "arrived at the depot, nothing for like 12 days", quiet("stalled", "12")),
        ("en", "usps received it like 20 days ago and not a single update after that",
         quiet("dead", "20")),
        ("en", "the post office got it 9 days ago, zero scans since", quiet("stalled", "9")),
        ("en", "dpd picked it up 6 days ago, not one scan after", quiet("stalled", "6")),
        # another's silence, or a silence that ended, stays no silence
        ("en", "the seller said customs, nothing for 3 days, then it moved again", NO_TRACKING),
        ("en", "ordered 20 days ago, not one scan since", NO_TRACKING),
        ("en", "dispute opened 6 days ago and not one message since", NO_TRACKING),
    ),
    # not scanned for N days: the tracking's silence; someone else not scanning is not
    "not-scanned: the parcel not scanned for N days": (
        ("en", "paid by card, the box hasnt scanned in 12 days", quiet("stalled", "12")),
        ("en", "my parcel has not been scanned for 3 weeks", quiet("dead", "21")),
        ("en", "tracking not scanned anywhere for 20 days, help", quiet("dead", "20")),
        ("en", "the seller has not scanned the label in 5 days", NO_TRACKING),
    ),
    # "dead on arrival" is the item, and a dispute's or claim's age is no silence
    "doa: dead on arrival beside a dispute's age is no silence": (
        ("en", "lamp was dead on arrival and the claim is 4 days old now", NO_TRACKING),
        ("en", "the kettle came dead on arrival, dispute a week old", NO_TRACKING),
        ("en", "speaker dead on arrival, case 10 days old, seller silent", NO_TRACKING),
        # a parcel dead at a place stays a silence
        ("en", "parcel dead in the sorting centre 20 days", quiet("dead", "20")),
        ("en", "stuck at the hub 12 days", quiet("stalled", "12")),
    ),
    # a long silence in number words, or in two parts joined by "and"
    "long-words: fifty days in words, a month and one day, a month less two days": (
        ("ru", "трек пятьдесят дней стоит, что делать", quiet("dead", "50")),
        ("ru", "посылка шестьдесят два дня без движения", quiet("dead", "62")),
        ("ru", "уже более пятидесяти дней нет обновлений", quiet("dead", "50")),
        ("ru", "трэк месяц и три дня мертвый", quiet("dead", "33")),
        ("ru", "трек 2 месяца и 5 дней стоит", quiet("dead", "65")),
        ("ru", "посылка стоит неделю и два дня на таможне", quiet("stalled", "9")),
        ("ru", "трек молчит месяц без двух дней", quiet("dead", "28")),
        ("ru", "две недели без одного дня висит на сортировке в Казани", quiet("stalled", "13")),
        ("en", "no updates for a month and 4 days", quiet("dead", "34")),
        ("en", "no scans for a week and 3 days", quiet("stalled", "10")),
        # protection's weeks before a silence are protection's; time left is not the silence's
        ("ru", "заказ отправлен, защиты 3 недели, пять дней без новостей", quiet("stalled", "5")),
        ("ru", "трек молчит неделю и три дня осталось защиты", quiet("stalled", "7")),
        ("ru", "трек стоит неделю без защиты", quiet("stalled", "7")),
        ("ru", "посылка на таможне, без трёх дней месяц уже", NO_DAYS),
    ),
    # a plural unit after a word that counts nothing is never one day
    "many-days: days with no count read are not one day": (
        ("ru", "posylka stoit neskolko dnej, eto normalno?", quiet("stalled", None)),
        ("ru", "trek zavis na eksporte neskolko dnej", quiet("stalled", None)),
        ("ru", "трек стопицот дней молчит", NO_DAYS),
        ("ru", "посылка неведомо сколько дней стоит", NO_DAYS),
        ("ru", "трек неделю молчит", quiet("stalled", "7")),
    ),
    # the days the tracking has held on «Передано перевозчику»; «заказа» before them
    "handed-over: days held on a handed-over status": (
        ("ru", "Семь дней на «Передано перевозчику», нормально?", quiet("stalled", "7")),
        ("ru", "уже 12 дней висит \"передано авиаперевозчику\"", quiet("stalled", "12")),
        ("ru", "статус передано перевозчику уже 9 дней", quiet("stalled", "9")),
        ("ru", "номер заказа 5 дней на «Прибыло в сортировочный центр»", quiet("stalled", "5")),
        ("ru", "за 3 дня передано перевозчику, теперь движется", NO_TRACKING),
        ("ru", "продавец передал перевозчику 5 дней назад", NO_TRACKING),
    ),
    # a split order: one parcel handed over, the other not; no one state for the order
    "split: one parcel of a split order delivered, the other not": (
        ("en", "one package says delivered and the second one doesnt", NO_TRACKING),
        ("en", "first parcel shows delivered, the 2nd one is stuck", NO_TRACKING),
        ("en", "one of the boxes was delivered, the rest not", NO_TRACKING),
        ("ru", "в заказе две посылки, одна вручена, вторая нет", NO_TRACKING),
        ("ru", "вручена одна посылка, а я жду вторую", NO_TRACKING),
        ("ru", "одна из коробок доставлена, остальные висят", NO_TRACKING),
        # one delivered parcel with nothing of another stays delivered; what came to hand no state
        ("en", "tracking says delivered but i have nothing", DELIVERED),
        ("ru", "посылка вручена, но её нет", DELIVERED),
        ("ru", "заказ разбили на две посылки, одна пришла, вторая уже в моём городе", IN_COUNTRY),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_tracking_kind(lang: str, text: str, want: Want) -> None:
    """Each phrasing gives the tracking facts it states, and nothing it does not."""
    assert read_as(text, lang, want) == want
