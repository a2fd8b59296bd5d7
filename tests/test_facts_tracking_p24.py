"""Buyers in both languages on the kinds of tracking that the newly retired sets (facts_fresh16,
facts_fresh17) showed the readers missing or misreading (twenty-fourth pass B): a proxy writing
the owner's own case («пишу за бабушку», "writing for my dad"), someone else's parcel set against
the buyer's own, a refund's business days, a silence standing on yesterday's event, a number that
tracks a parcel that is not the buyer's, the days «как» the tracking froze, a carrier silent for
its days, the number's «нет информации» for its days, the carrier or the site holding a status
for its days, the same thing shown for days, a silence since the day before yesterday told with
"stuck", moving told by its pace or every day, a post office or a locker in a town, the thing
named and then delivered, and a country passed through on the way. Each kind in our own words,
with typos and other orders, beside look-alikes that must stay silent or keep their reading. No
line here comes from a set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_TRACKING, Want, kind_rows, quiet, read_as

IN_COUNTRY: Want = {"tracking": "in_country"}
DELIVERED: Want = {"tracking": "delivered"}
DEAD: Want = {"tracking": "dead"}
MOVING: Want = {"tracking": "moving"}
NO_TRACK_STATE: Want = {"tracking": None}
NO_DAYS: Want = {"tracking_quiet_days": None}

# (language, message, the facts it must give: key -> value, None = must not be found)
TRACKING: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # the one who writes for the owner tells the owner's own case; asking about theirs does not
    "proxy: writing for the owner tells their case": (
        ("ru", "пишу за маму: трек 13 дней стоит на таможне", quiet("stalled", "13")),
        ("ru", "пишу за деда, у него посылка, трек уже 20 дней не обновляется",
         quiet("dead", "20")),
        ("en", "writing for my dad: the tracking says delivered but he got nothing", DELIVERED),
        ("en", "writing for my wife: the tracking has had no update for 9 days",
         quiet("stalled", "9")),
        # asking about someone's parcel still reads nothing of the buyer's
        ("ru", "спрашиваю за маму: трек стоит 20 дней", NO_TRACKING),
        ("en", "is it normal that the tracking is silent 20 days? asking for my mum", NO_TRACKING),
    ),
    # someone else's parcel and its stay, then the buyer's own: only the buyer's is read
    "others: someone's parcel set against the buyer's": (
        ("ru", "у сестры из того же магазина посылка три недели на таможне, мой заказ тоже не "
               "пришёл", NO_TRACKING),
        ("ru", "у мужа такой же заказ два месяца висел на сортировке, а мой уже в Самаре",
         {"tracking": "in_country", "tracking_quiet_days": None}),
        ("ru", "у коллеги посылка 40 дней стоит, а мой трек не обновляется 6 дней",
         quiet("stalled", "6")),
        ("en", "my sister's parcel has been stuck 5 weeks, mine already reached my town",
         {"tracking": "in_country", "tracking_quiet_days": None}),
        ("en", "my neighbour's package is stuck a month, mine is already at my local post office",
         IN_COUNTRY),
        # the buyer's own parcel in the buyer's city, no one else in the story: read as before
        ("ru", "посылка уже в Казани", IN_COUNTRY),
    ),
    # business days count a refund, never a parcel's silence
    "business-days: a refund's hanging days": (
        ("ru", "возврат одобрили 4 рабочих дня назад и он висит", NO_TRACKING),
        ("ru", "деньги подтвердили пять рабочих дней назад, висят", NO_TRACKING),
        # the parcel's own silence is still read
        ("ru", "трек висит 4 дня", quiet("stalled", "4")),
    ),
    # the event yesterday that the silence stands on is no new movement
    "yesterday-event: a silence since yesterday's event": (
        ("ru", "со вчерашнего дня посылка стоит, а вчера было «прибыло в сортировочный центр»",
         quiet("stalled", "1")),
        ("ru", "со вчера трек не обновлялся, а вчера было «принято перевозчиком»",
         quiet("stalled", "1")),
        # a new event today after the silence ends it
        ("ru", "трек стоял 6 дней, а сегодня появился новый статус", NO_DAYS),
        ("ru", "10 дней не обновлялся, но вчера наконец передано в доставку", NO_DAYS),
    ),
    # the number tracks a parcel that is not the buyer's: a number that is no good
    "not-mine: the number tracks another's parcel": (
        ("ru", "трек показывает посылку в Чили, а не мою", DEAD),
        ("ru", "по треку какая-то коробка 12 кг, точно не моя", DEAD),
        ("ru", "по номеру какой-то груз, я заказывал носки", DEAD),
        ("en", "the tracking shows a package delivered in Peru, not mine", DEAD),
        ("en", "my number shows a parcel sitting in Mexico but I am in Spain", DEAD),
        # the buyer's own parcel, or «не мой город», is no foreign parcel
        ("ru", "трек показывает посылку в моём городе", IN_COUNTRY),
        ("en", "the tracking shows a parcel in transit", NO_TRACK_STATE),
    ),
    # the days «как» the tracking froze
    "days-since-froze: the days as the tracking froze": (
        ("ru", "5 дней как трек застыл", quiet("stalled", "5")),
        ("ru", "неделю как посылка встала на таможне", quiet("stalled", "7")),
        ("ru", "три недели как трек не обновляется", quiet("dead", "21")),
        # the days since the order or the dispute are their own
        ("ru", "5 дней как открыла спор", NO_DAYS),
        ("ru", "неделю как заказала, трек едет", NO_DAYS),
    ),
    # the carrier, a tracking site or the app silent for its days
    "carrier-silent: the carrier tells nothing for its days": (
        ("ru", "Казпочта шесть дней ничего не пишет", quiet("stalled", "6")),
        ("ru", "белпочта уже 16 дней молчит", quiet("dead", "16")),
        ("ru", "17track 8 дней ничего нового не показывает", quiet("stalled", "8")),
        # the seller or the shop silent is theirs
        ("ru", "продавец шесть дней ничего не пишет", NO_TRACKING),
        ("ru", "написал на почту 5 дней назад, ничего", NO_DAYS),
    ),
    # the number's «нет информации» for its days (15 days or more: dead either way)
    "no-info-days: the number shows nothing for its days": (
        ("ru", "трек 19 дней подряд показывает «нет данных»", quiet("dead", "19")),
        ("ru", "номер 25 дней пишет «не найдено»", quiet("dead", "25")),
        # an order's number, or a refund's, is none of it
        ("ru", "номер заказа 20 дней пишет «не найдено»", NO_DAYS),
        ("ru", "по возврату 16 дней нет информации", NO_TRACKING),
    ),
    # a tracking site holding a carrier's status, or the same thing, for its days
    "held-status-en: the site shows a status or the same thing for days": (
        ("en", "the tracking site shows \"awaiting item\" for 18 days", quiet("dead", "18")),
        ("en", "tracking says label created for 6 days now", quiet("stalled", "6")),
        ("en", "it has been shipped a while and the tracking has shown the same thing for 11 days",
         quiet("stalled", "11")),
        ("en", "shipped for ages, the tracking said the exact same thing for 3 weeks",
         quiet("dead", "21")),
        ("en", "the tracking says the same thing for 12 days", quiet("stalled", "12")),
        # the seller's same words, or a status's age with no silence, are no silence
        ("en", "the seller has said the same thing for 10 days", NO_TRACKING),
        ("en", "it says in transit for 3 weeks", NO_DAYS),
    ),
    # stuck since the day before yesterday is a silence of 2 days
    "stuck-since: stuck since a named day": (
        ("en", "stuck in Dubai transit since the day before yesterday", quiet("stalled", "2")),
        ("en", "the parcel has been sitting at customs since yesterday", quiet("stalled", "1")),
        # the seller or the refund stuck is theirs
        ("en", "the seller is silent since yesterday", NO_TRACKING),
        ("en", "my refund is stuck since the day before yesterday", NO_TRACKING),
    ),
    # moving told by its pace, normally, every day
    "moving-pace: moving, however slowly": (
        ("en", "moving but slooow, 3 weeks already", MOVING),
        ("en", "it's moving but very slowly", MOVING),
        ("en", "the scammer wants money but the tracking updates normally", MOVING),
        ("en", "it changes every day but it's been a month", MOVING),
        ("ru", "трек нормально идёт, просто долго", MOVING),
        ("ru", "посылка потихоньку идёт", MOVING),
        # not moving stays not moving; a rule about updates is no state
        ("en", "not moving but slow replies from the seller", NO_TRACK_STATE),
        ("en", "normally tracking updates every few days", NO_TRACK_STATE),
        ("ru", "трек не идёт нормально уже неделю", {"tracking": None}),
    ),
    # at a town's post office or hub, with the last-mile courier, in a locker
    "in-a-town: a post office, a hub, a locker in the buyer's country": (
        ("ru", "фен на Белпочте в Гомеле, забрать не успеваю", IN_COUNTRY),
        ("ru", "на почте в Твери лежит уже", IN_COUNTRY),
        ("ru", "кроссовки в постамате, а я в командировке", IN_COUNTRY),
        ("ru", "трек показывает Тюмень, сортировочный центр", IN_COUNTRY),
        ("en", "the charger is still at the post office in Lodz", IN_COUNTRY),
        ("en", "parcel reached the Davao sorting hub yesterday", IN_COUNTRY),
        ("en", "it is now with the last mile courier", IN_COUNTRY),
        # China, a status named, not there, or a locker it will go to are no such place
        ("ru", "трек показывает Гуанчжоу, сортировочный центр", NO_TRACK_STATE),
        ("ru", "на почте в Твери посылки нет", NO_TRACK_STATE),
        ("ru", "можно ли забрать в постамате чужую посылку", NO_TRACK_STATE),
        ("en", "it arrived at the Shenzhen sorting hub", NO_TRACK_STATE),
        ("en", "it is not with the last mile courier yet", NO_TRACK_STATE),
    ),
    # the thing named first, then handed over, then what is wrong with it
    "delivered-thing: the thing delivered, then its fault": (
        ("ru", "чайник вручили вчера, он не греет", DELIVERED),
        ("ru", "куртку доставили, а молния сломана", DELIVERED),
        ("ru", "Сказано вручено курьером, никто не приходил", DELIVERED),
        ("en", "the lamp was delivered yesterday and the glass is cracked", DELIVERED),
        ("en", "the drill was delivered and won't start", DELIVERED),
        # money, a coupon or a denial are no parcel handed over
        ("ru", "деньги доставили на карту", NO_TRACK_STATE),
        ("ru", "не вручили, а пишут что вручено", {"tracking": "delivered"}),
        ("en", "the refund was delivered and it's fine", NO_TRACK_STATE),
    ),
    # the number does not exist, the field for it is empty
    "no-number: the number does not exist, its field is empty": (
        ("ru", "почта пишет номер не существует", DEAD),
        ("ru", "трек-номер вообще не существует", DEAD),
        ("ru", "в заказе поле трек-номера пустое", {"tracking": "no_tracking"}),
        ("ru", "поле для номера отслеживания не заполнено", {"tracking": "no_tracking"}),
        # an order's number is none of it
        ("ru", "номер заказа не существует, пишет приложение", NO_TRACK_STATE),
    ),
    # a country passed through on the way is no arrival
    "passing: a country on the way": (
        ("en", "tracking keeps moving, it's in Poland now, heading to Lithuania", MOVING),
        ("en", "it is in Germany now, on its way to Czechia", NO_TRACK_STATE),
        ("en", "it is in Germany now", IN_COUNTRY),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(TRACKING))
def test_tracking_kind(lang: str, text: str, want: Want) -> None:
    """Each phrasing gives the tracking facts it states, and nothing it does not."""
    assert read_as(text, lang, want) == want
