"""Buyers in both languages on the kinds of phrasing first-time buyers' sets (facts_dev16..18)
showed the tracking told in, as the buyer sees it or is told it (twentieth pass B): the carrier's
people, the depot or the branch, the order page, updates that keep coming, a number that shows
nothing, no number at all; and the days that are no silence (a dispute's age, a counter's days, a
silence that ended). Each kind in our own words, with typos and other orders, beside look-alikes
that must stay silent or keep their reading. No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_TRACKING, Want, kind_rows, quiet, read_as

IN_COUNTRY: Want = {"tracking": "in_country"}
MOVING: Want = {"tracking": "moving"}
DELIVERED: Want = {"tracking": "delivered"}
DEAD: Want = {"tracking": "dead"}
UNTRACKED: Want = {"tracking": "no_tracking"}

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    # someone of the carrier told the buyer where the parcel is: in the buyer's country
    "told: the postman, the courier or the post office says they have it": (
        ("en", "the courier rang me, says my parcel is at their depot, delivery friday",
         IN_COUNTRY),
        ("en", "ups driver texted that the package is in town now", IN_COUNTRY),
        ("en", "lady at the post office told me they have it, just not sorted yet", IN_COUNTRY),
        ("en", "postie said the other box is at the sorting office", IN_COUNTRY),
        ("ru", "почтальон сказал, что посылка уже у них, завтра принесёт", IN_COUNTRY),
        ("ru", "курьер сдэка позвонил и сказал что заказ на складе в Твери", IN_COUNTRY),
        ("ru", "в отделении ответили что у них лежит, надо ждать извещение", IN_COUNTRY),
        ("ru", "женщина на почте говорит посылка у них, но ещё не оформлена", IN_COUNTRY),
        # rang or wrote to bring it
        ("en", "gls driver messaged me he will deliver it on tuesday", IN_COUNTRY),
        ("en", "the courier rang and said today, still waiting", IN_COUNTRY),
        ("ru", "почтальон позвонил, завтра принесёт", IN_COUNTRY),
        ("ru", "курьер написал, что в пятницу завезёт", IN_COUNTRY),
        ("en", "the courier said he will not bring it, wrong address", NO_TRACKING),
        ("ru", "курьер звонил и сказал, что не привезёт без паспорта", NO_TRACKING),
        ("ru", "курьер написал, что продавец привезёт сам", NO_TRACKING),
        # not there, asked, someone else's, the seller's word
        ("en", "the courier said the parcel is not in town yet", NO_TRACKING),
        ("en", "should i ask the postman if it is in town?", NO_TRACKING),
        ("en", "my neighbour's parcel is at the depot, mine shows nothing new",
         {"tracking": None}),
        ("en", "the seller says the parcel is at the Bristol depot", NO_TRACKING),
        ("ru", "на почте сказали, что посылки у них нет", NO_TRACKING),
        ("ru", "курьер сказал что у них её нет и не было", NO_TRACKING),
        ("ru", "продавец пишет, что посылка на складе в Твери", NO_TRACKING),
    ),
    # the place the buyer sees on the carrier's page: a named town's depot, the buyer's branch,
    # cleared customs, already in the country
    "place: a named town's depot, my branch, cleared customs, already in the country": (
        ("en", "protection 4 days, the package is at the Krakow depot", IN_COUNTRY),
        ("en", "package is already in Porto, timer says 2 days", IN_COUNTRY),
        ("en", "the app says its waiting at my branch but i have no slip", IN_COUNTRY),
        ("en", "the parcel sits in a Valencia warehouse since monday", IN_COUNTRY),
        ("ru", "посылка на сортировке в Витебске, защиты пять дней", IN_COUNTRY),
        ("ru", "по отслеживанию в сортировочном центре Самары", IN_COUNTRY),
        ("ru", "посылку растаможили, защита до пятницы", IN_COUNTRY),
        ("ru", "заказ за 1200 р уже в Беларуси", IN_COUNTRY),
        ("ru", "уже в почтовом отделении, жду смс", IN_COUNTRY),
        ("ru", "в Казахстан уже въехала, защиты неделя", IN_COUNTRY),
        ("ru", "заказ уже на нашей почте, защиты три дня", IN_COUNTRY),
        ("ru", "лежит в пункте выдачи почты в нашем селе", IN_COUNTRY),
        ("ru", "пункт выдачи почты в моём посёлке закрыли", NO_TRACKING),
        ("ru", "у мамы посылка в отделении почты в её городе", NO_TRACKING),
        ("ru", "письмо от продавца лежит на моей почте", NO_TRACKING),
        ("ru", "посылки на моей почте нет", {"tracking": None}),
        ("ru", "наконец доехала до нашего посёлка", IN_COUNTRY),
        ("en", "it finally made it to Dublin, protection 2 days", IN_COUNTRY),
        ("ru", "всё ещё не въехала в Россию", {"tracking": None}),
        ("ru", "так и не доехала до моего города", {"tracking": None}),
        ("en", "it never made it to Dublin", {"tracking": None}),
        ("ru", "лежит в отделении почты нашего района, извещения нет", IN_COUNTRY),
        ("en", "according to the app its sitting at the Gdansk depot", IN_COUNTRY),
        ("en", "package is in New York now, 6 days of protection", IN_COUNTRY),
        # China, the seller's warehouse, not there yet, moving, the seller's word
        ("en", "the parcel is at the Shenzhen sorting center", NO_TRACKING),
        ("en", "sitting at the Guangzhou warehouse, nothing else", {"tracking": None}),
        ("ru", "в отделении нашего города посылки нет", {"tracking": None}),
        ("en", "it is in the seller warehouse still", {"tracking": None}),
        ("en", "the parcel is not at my branch yet", {"tracking": None}),
        ("en", "moving again, the package is at the Lyon depot now", MOVING),
        ("ru", "посылка на сортировке в Гуанчжоу", NO_TRACKING),
        ("ru", "посылку ещё не растаможили", NO_TRACKING),
        ("ru", "едет потихоньку, уже в Казахстане", MOVING),
        ("ru", "продавец пишет что посылка уже в России", NO_TRACKING),
    ),
    # updates that keep coming, told in everyday words: moving
    "moving: updates keep coming, it still updates, creeping along": (
        ("en", "the updates keep coming, slow but fine", MOVING),
        ("en", "the trak still updates every other day", MOVING),
        ("en", "it's crawling along, 9 days of protection", MOVING),
        ("en", "parcel is inching along through europe", MOVING),
        ("ru", "в пути, статус обновляется ежедневно", MOVING),
        ("ru", "посылка идет нормально, защиты 10 дней", MOVING),
        ("ru", "трек обновляется постоянно, уже в Польше", MOVING),
        # stopped, not moving, a question
        ("en", "the updates stopped coming a week ago", quiet("stalled", "7")),
        ("en", "tracking not moving along at all", {"tracking": None}),
        ("en", "we are slowly moving along with the move to a new flat", NO_TRACKING),
        ("ru", "трек не обновляется каждый день как раньше", {"tracking": None}),
        ("ru", "посылка не идет никуда", {"tracking": None}),
    ),
    # the order page or the post told it as handed over, in the buyer's retelling
    "delivered: the order page says completed and delivered, «пишет доставлено»": (
        ("en", "the order page shows completed and delivered, nothing is here", DELIVERED),
        ("en", "it says closed and delivered but 2 of 3 came", DELIVERED),
        ("en", "support closed it because tracking says delivered, i never got it", DELIVERED),
        ("ru", "пишет вручено, а я ничего не получала", DELIVERED),
        ("ru", "по отслеживанию доставлено по треку, а в ящике пусто", DELIVERED),
        ("ru", "приложение почты сообщает что вручили, но это не я", DELIVERED),
        ("en", "the app shows signed for, but nobody came", DELIVERED),
        ("en", "tracking says it has been signed for. not by me", DELIVERED),
        ("en", "the seller says it was signed for", NO_TRACKING),
        # not delivered, the seller's word, asked
        ("en", "it does not say completed and delivered yet", {"tracking": None}),
        ("en", "the seller says the tracking shows delivered", NO_TRACKING),
        ("ru", "продавец пишет что доставлено по треку", NO_TRACKING),
        ("ru", "не доставлен по треку пока", {"tracking": None}),
    ),
    # no number at all, told as the buyer meets it
    "no number: sent without a number, no number to follow, «без номера»": (
        ("en", "shop posted it without a number, said its cheap", UNTRACKED),
        ("en", "status shipped, but there is no code to track", UNTRACKED),
        ("en", "seller: no tracking for small orders like this", UNTRACKED),
        ("ru", "отправили без номера, как теперь искать", UNTRACKED),
        ("ru", "прислали письмом без трек номера", UNTRACKED),
        # the silence "for" days, a number given, the order's number
        ("en", "no tracking for 12 days now", quiet("stalled", "12")),
        ("en", "i wrote to them without a number in the message", NO_TRACKING),
        ("ru", "написал в поддержку без номера заказа", NO_TRACKING),
    ),
    # the number shows nothing anywhere; a complaint not opened yet is not "too early"
    "dead: shows nothing, whoever gave it; no complaint yet": (
        ("en", "the tracking code he sent me does not show anything anywhere", DEAD),
        ("en", "tracking shows nothing, no complaint yet", DEAD),
        ("en", "the tracking number the seller gave never worked", DEAD),
        ("ru", "трек не отслеживается, спор пока не открывала", DEAD),
        ("ru", "номер не пробивается нигде, претензию ещё не писала", DEAD),
        # too early, a phone, the seller's number working now
        ("en", "tracking number not active yet, shipped yesterday", NO_TRACKING),
        ("en", "the number they gave me works now", NO_TRACKING),
        ("ru", "трек пока не отслеживается, отправили вчера", NO_TRACKING),
    ),
    # every tracker the buyer tried shows nothing, or the number itself has been blank for days
    "nowhere: every tracker says nothing, the number blank for N days": (
        ("en", "cainiao, 17track and the carrier all show not found", DEAD),
        ("en", "checked the post and 17track, they all say no data", DEAD),
        ("en", "the number has been dead for 18 days", quiet("dead", "18")),
        ("en", "number is blank for 9 days now", quiet("stalled", "9")),
        ("ru", "трек ни на одном сайте не находит посылку", DEAD),
        ("ru", "номер не видит ни сдэк, ни почта", DEAD),
        ("ru", "трек-номер ни на одном трекере ничего не даёт", DEAD),
        # a phone's or an order's number, people who all say nothing
        ("en", "my phone number has been dead for 3 days", NO_TRACKING),
        ("en", "asked the seller and support, they all say nothing", NO_TRACKING),
        ("ru", "номер телефона не знает ни один курьер", NO_TRACKING),
        ("ru", "номер заказа ни на одном сайте не находит", NO_TRACKING),
    ),
    # silences told in other words: the carrier's site stale, «не живой», the timer's own count
    "silence: carrier site stale, «N дней не живой», the days before a timer's count": (
        ("en", "carrier page stale for 16 days", quiet("dead", "16")),
        ("en", "shipped long ago, the courier site silent 8 days", quiet("stalled", "8")),
        ("en", "the carrier website has been quiet for 21 days", quiet("dead", "21")),
        ("ru", "посылка 12 дней не живая", quiet("stalled", "12")),
        ("ru", "трек 20 дней мертвый, спор не открыт", quiet("dead", "20")),
        ("ru", "9 дней тишина, на таймере 03:11:40", quiet("stalled", "9")),
        ("ru", "17 дней трек стоит, на счётчике 4 дня 2 часа", quiet("dead", "17")),
        # the timer's days alone, a seller "dead", someone else's
        ("ru", "трек стоит, на счётчике 5 дней", {"tracking_quiet_days": None}),
        ("ru", "продавец мертвый 10 дней", NO_TRACKING),
        ("en", "the seller site stale for 10 days", NO_TRACKING),
    ),
    # the days at a place, then the protection countdown's days and hours (or the counter's):
    # the silence is the place's days, never the countdown's (the contradicting kind of dev19)
    "countdown: the place's days first, then the timer's days and hours": (
        ("en", "eleven days sitting at 'arrived at hub', 3 days 4 hours to open a dispute",
         quiet("stalled", "11")),
        ("en", "3 weeks parked at the Lima sorting center, 1 day 20 hours left",
         quiet("dead", "21")),
        ("en", "16 days sitting in a depot in Accra, timer says 5 days 2 hours",
         quiet("dead", "16")),
        ("en", "stuck in customs for 9 days, 2 days 3 hours left", quiet("stalled", "9")),
        ("ru", "10 дней трек стоит на сортировке, на счётчике 1 день 6 часов",
         quiet("stalled", "10")),
        # the countdown alone after the place: no count of silent days
        ("en", "stuck at customs, 2 days 5 hours left", {"tracking_quiet_days": None}),
        ("en", "sitting in the depot, the counter shows 4 days", {"tracking_quiet_days": None}),
        ("en", "held at the hub, 6 days 2 hours to go", {"tracking_quiet_days": None}),
    ),
    # the post office cannot find the parcel on its shelf: the number is not dead
    "shelf: the office has it but cannot find it": (
        ("en", "the second box is at my post office but they can't find it", IN_COUNTRY),
        ("en", "the post office can't find it on the shelf", {"tracking": None}),
        ("en", "post office cannot find my parcel, slip says it arrived", {"tracking": None}),
        ("en", "17track can't find the number at all", DEAD),
        ("en", "the carrier site cannot find it", DEAD),
    ),
    # the seller's «мол, уже в моём городе»; the second order's week is no ordinal count
    "others' words: the seller's «мол», the second order's week": (
        ("ru", "продавец отказал, мол посылка уже в моём городе", NO_TRACKING),
        ("ru", "магазин ответил мол заказ уже на почте", NO_TRACKING),
        ("ru", "продавец тянет время, мол уже в России", NO_TRACKING),
        ("ru", "два заказа: первый пришёл, второй неделю стоит на таможне",
         {"tracking_quiet_days": None}),
        ("ru", "второй неделю висит в Бресте, третий в пути", {"tracking_quiet_days": None}),
        # the ordinal that counts: its own days, «сутки» in the plural
        ("ru", "пятые сутки стоит на сортировке", quiet("stalled", "5")),
        ("ru", "седьмой день висит на таможне", quiet("stalled", "7")),
        ("ru", "по треку уже в моём городе, а продавец молчит", IN_COUNTRY),
    ),
    # days that are not the tracking's silence (the contradicting kinds)
    "not a silence: a dispute's age, a silence that ended when the parcel came": (
        ("ru", "открыла спор 4 дня назад, продавец молчит", NO_TRACKING),
        ("ru", "жалобу подала неделю назад. магазин молчит", NO_TRACKING),
        ("ru", "спор открыт шесть дней назад, ответа нет", NO_TRACKING),
        ("en", "it was stuck for 10 days but when it finally came the mug was broken",
         NO_TRACKING),
        ("en", "frozen 3 weeks, finally turned up yesterday with a dent", NO_TRACKING),
        ("en", "no updates for 9 days and then it finally got here", NO_TRACKING),
        # the silence still told after the dispute's age, or a silence that has not ended
        ("ru", "открыл спор 3 дня назад, трек стоит 18 дней", quiet("dead", "18")),
        ("en", "stuck 11 days, has it finally come? no", quiet("stalled", "11")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_fact(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer writes the kind in other words: the fact is there, the look-alike is silent."""
    assert read_as(text, lang, want) == want, text
