"""Buyers in both languages on the kinds of phrasing eight writers' sets (facts_dev8..15) showed
the tracking and its silence told in, that the tables missed or read as another state (eighteenth
pass B): each kind in our own words, with typos and other orders, beside look-alikes that must stay
silent or keep their reading (someone else's parcel, a question, a wish, the seller's or the
refund's silence, a negation, the days a trip took). No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_TRACKING, kind_rows, quiet, read_as

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    # a carrier's status held for N days is N days without an update, never `in_country` because
    # the status names a post office (the contradicting kind: "waiting at the office" 4 days)
    "status held: the days a carrier's status has not changed": (
        ("ru", "«Ожидает вручения» 5 дней, а извещения так и нет", quiet("stalled", "5")),
        ("ru", "уже 9 дней на «Прибыло в сортировочный центр»", quiet("stalled", "9")),
        ("ru", "«Передано в таможню» восьмой день, что делать", quiet("stalled", "8")),
        ("ru", "статус «Прибыло в место вручения» уже 6 дней, в почтовом ящике пусто",
         quiet("stalled", "6")),
        ("ru", "17 дней висит на «Принято в сортировочный центр»", quiet("dead", "17")),
        ("ru", "ожидает адресата в месте вручения уже 3 дня, а мне никто не звонил",
         quiet("stalled", "3")),
        ("en", "since 6 days status \"awaiting customs clearance\", what now",
         quiet("stalled", "6")),
        ("en", "it's been on 'held at customs' for 8 days", quiet("stalled", "8")),
        ("en", "stuck at \"arrived at destination hub\" for 11 days now", quiet("stalled", "11")),
        ("en", "for 19 days the status is handed over to carrier", quiet("dead", "19")),
        # the days a trip took, time to come, storage, the days since arrival alone: no silence
        ("ru", "посылка прибыла в Москву за 3 дня, быстро", {"tracking_quiet_days": None}),
        ("ru", "через 2 дня прибыла в Казань, всё хорошо", {"tracking_quiet_days": None}),
        ("ru", "прибыло в место вручения, срок хранения 30 дней", {"tracking": "in_country",
                                                                 "tracking_quiet_days": None}),
        ("ru", "прибыло в сортировочный центр, защиты 5 дней", {"tracking_quiet_days": None}),
        ("ru", "ожидает вручения, схожу через 2 дня", {"tracking": "in_country",
                                                      "tracking_quiet_days": None}),
        ("en", "handed over to the courier, delivery in 3 days", NO_TRACKING),
        ("en", "held at customs, they said it takes 10 days", {"tracking_quiet_days": None}),
        ("en", "customs clearance usually takes 5 days, right?", NO_TRACKING),
    ),
    # a silence since a named day: yesterday is 1 day, the day before 2, a weekday stalled alone
    "since a day: no update since yesterday, since sunday": (
        ("en", "no update since yesterday, is that bad", quiet("stalled", "1")),
        ("en", "tracking hasnt updated since yesterday morning", quiet("stalled", "1")),
        ("en", "havent seen a new scan since the day before yesterday", quiet("stalled", "2")),
        ("en", "parcel has not moved since tuesday, still at customs", quiet("stalled", None)),
        ("en", "the last scan was the day before yesterday in Leipzig", quiet("stalled", "2")),
        ("ru", "трек со вчера ни одного нового статуса, посылка на таможне",
         quiet("stalled", "1")),
        ("ru", "с позавчерашнего дня трек не меняется", quiet("stalled", "2")),
        ("ru", "последний статус был позавчера, „прибыло в сортировочный центр“",
         quiet("stalled", "2")),
        ("ru", "со среды посылка стоит на месте", quiet("stalled", None)),
        ("ru", "трэк со вчерашнего дня не обновлялся, это норм?", quiet("stalled", "1")),
        # the seller's, the refund's, the dispute's, someone else's, imagined: no silence
        ("en", "no reply from the seller since yesterday", NO_TRACKING),
        ("en", "the refund has not changed since monday", NO_TRACKING),
        ("en", "my friend's parcel has no update since yesterday, mine is fine", NO_TRACKING),
        ("en", "what if there is no update since yesterday?", NO_TRACKING),
        ("ru", "продавец со вчерашнего дня молчит", NO_TRACKING),
        ("ru", "возврат со вчера не изменился", NO_TRACKING),
        ("ru", "спор с понедельника не двигается", NO_TRACKING),
        ("ru", "у мамы трек со вчера не обновляется, а у меня всё пришло", NO_TRACKING),
        ("ru", "а если трек со вчера не обновляется, это нормально?", NO_TRACKING),
    ),
    # the tracking died N days ago, in slang: dead or stalled by the days
    "died ago: the tracking died, froze or fell asleep N days ago": (
        ("en", "the tracking flatlined 25 days ago", quiet("dead", "25")),
        ("en", "my parcel went cold 40 days ago, protection 3 days", quiet("dead", "40")),
        ("en", "trak fell silent 9 days ago at the border", quiet("stalled", "9")),
        ("ru", "трек сдох 24 дня назад, что делать", quiet("dead", "24")),
        ("ru", "отслеживание заснуло 12 дней назад на таможне", quiet("stalled", "12")),
        ("ru", "доехала до Самары и 20 дней как мёртвая", quiet("dead", "20")),
        ("ru", "посылка неделю как уснула", quiet("stalled", "7")),
        # the seller or someone else "died", the tracking alive again: no days of silence
        ("ru", "трек мертвый, продавец сдох 3 дня назад", {"tracking_quiet_days": None}),
        ("en", "my phone died 20 days ago, the tracking is fine", NO_TRACKING),
        ("en", "tracking went quiet 20 days ago but yesterday it moved again",
         {"tracking_quiet_days": None}),
    ),
    # no tracking number is a fact also before the order ships (the sets label it so); "not yet"
    # is still too early to say
    "no number before shipping: no tracking while awaiting shipment": (
        ("en", "no tracking number and the order is still awaiting shipment",
         {"tracking": "no_tracking", "order_status": "awaiting"}),
        ("en", "Awaiting shipment for 9 days, the seller never gave me a tracking",
         {"tracking": "no_tracking", "order_status": "awaiting"}),
        ("en", "not shipped yet and there's no tracking number at all",
         {"tracking": "no_tracking"}),
        ("ru", "статус «Ожидает отправки», трек-номера нет вообще", {"tracking": "no_tracking"}),
        ("ru", "заказ не отправлен, трек-номер мне не дали", {"tracking": "no_tracking"}),
        ("en", "not shipped, no tracking yet", {"tracking": None}),
        ("ru", "ещё не отправлен, трека пока нет", {"tracking": None}),
    ),
    # the tracking's own word for handed over, said as the status: delivered, also when the
    # buyer then opens the parcel and something is wrong (every labelled set says so)
    "delivered word: the status says handed over, then the story": (
        ("ru", "вручено, а внутри не тот товар", {"tracking": "delivered"}),
        ("ru", "трек пишет вручено, забрала — а там трещина", {"tracking": "delivered"}),
        ("ru", "статус висит «Получено адресатом», а я ничего не получала",
         {"tracking": "delivered"}),
        ("ru", "заказ из трёх вещей, вручено, одной нет", {"tracking": "delivered"}),
        ("ru", "отслеживание показывает доставлено, забрал, коробка мятая",
         {"tracking": "delivered"}),
        # a question, a wish, someone else's, the seller's claim, no status word: no delivered
        ("ru", "когда будет вручено?", {"tracking": None}),
        ("ru", "посылка должна быть вручена до пятницы", {"tracking": None}),
        ("ru", "забрала посылку на почте, внутри не тот цвет", {"tracking": None}),
        ("ru", "у подруги вручено, а у меня всё стоит", {"tracking": None}),
        ("ru", "продавец отклонил спор, мол вручено", {"tracking": None}),
        ("ru", "магазин прислал скрин что «вручено», а я ничего не получал",
         {"tracking": None}),
    ),
    # the status in one clause, then the days without updates in the next: the days are the
    # silence's, not the order's age ("in transit" right before the days still is)
    "status, then the days: a silence naming the updates in its own clause": (
        ("ru", "«В пути», 3 дня без обновлений", quiet("stalled", "3")),
        ("ru", "отправлено, 4 дня без апдейтов, защиты ещё 6 дней", quiet("stalled", "4")),
        ("ru", "заказ в пути. 16 дней ни одного обновления", quiet("dead", "16")),
        ("en", "in transit, 9 days with no scan", quiet("stalled", "9")),
        ("en", "shipped, 12 days no updates", quiet("stalled", "12")),
        ("en", "protection is over, and it has been 40 days with no scan", quiet("dead", "40")),
        # the refund's bare silence, the order's age, the trip's length: no silence
        ("en", "the refund, they said, 3 weeks nothing", NO_TRACKING),
        ("en", "paid 20 days ago, no updates at all", {"tracking_quiet_days": None}),
        ("ru", "в пути 20 дней, всё нормально, едет", {"tracking_quiet_days": None}),
        ("ru", "деньги вернут, сказали, 2 недели ничего", NO_TRACKING),
    ),
    # the carrier of the buyer's country has the parcel, or says it arrived: in the country
    "local carrier: the buyer's post or courier has it": (
        ("en", "Royal Mail has it now, when will it come", {"tracking": "in_country"}),
        ("en", "the local courier has it, should come tomorrow", {"tracking": "in_country"}),
        ("en", "Canada Post says it arrived in Toronto", {"tracking": "in_country"}),
        ("en", "2 days protection left, usps has my package", {"tracking": "in_country"}),
        ("ru", "сдэк принял посылку в Екатеринбурге", {"tracking": "in_country"}),
        ("ru", "почта россии приняла, теперь ждать", {"tracking": "in_country"}),
        ("ru", "в отделении сказали что посылка уже у них", {"tracking": "in_country"}),
        # asked, denied, the seller's words, someone else's: no place
        ("en", "does royal mail have it already?", {"tracking": None}),
        ("en", "has royal mail got it?", {"tracking": None}),
        ("en", "usps has not got it yet", {"tracking": None}),
        ("en", "the seller says royal mail has it", {"tracking": None}),
        ("en", "my mum's parcel: royal mail has it, mine is still in china", {"tracking": None}),
        ("ru", "сдэк не принял посылку", {"tracking": None}),
        # a silence after the place: no longer in the country (stalled or dead by the days)
        ("en", "Royal Mail has it, but no updates since", {"tracking": None}),
        ("ru", "сдэк принял, и с тех пор ни движения", {"tracking": None}),
        ("ru", "если почта россии примет, то ок", {"tracking": None}),
    ),
    # the silence told last, its count without the unit of the days said before it
    "bare count: the silence's days without their unit": (
        ("en", "dispute 9 days, tracking silent 23", quiet("dead", "23")),
        ("en", "claim open since 4 days, trak frozen for 11", quiet("stalled", "11")),
        ("en", "opened it 2 days ago, the parcel is stuck 18", quiet("dead", "18")),
        ("ru", "спор 5 дней, трек стоит уже 9", quiet("stalled", "9")),
        ("ru", "спор открыт 6 дней, отслеживание молчит 20", quiet("dead", "20")),
        # no days said before it, hours before it, a count that goes on: no silence
        ("en", "tracking silent 27", NO_TRACKING),
        ("en", "protection 30 hours, tracking silent 5", {"tracking_quiet_days": None}),
        ("ru", "защиты 40 часов, трек молчит 3", {"tracking_quiet_days": None}),
        ("ru", "трек молчит 14", NO_TRACKING),
    ),
    # "Order no. 8123... / Tracking: ..." is the order's abbreviation, not "no tracking"
    "order no.: the abbreviation before the tracking is no negation": (
        ("en", "Order no. 8123456789012345, tracking: not found, 20 days since label created",
         quiet("dead", "20")),
        ("en", "order no 8123456789012345 tracking shows nothing", {"tracking": "dead"}),
        ("en", "Order no. 8123456789012345 - tracking moves every day", {"tracking": "moving"}),
        ("en", "order no 8123456789012345, no tracking number given",
         {"tracking": "no_tracking"}),
    ),
    # the parcel already in a named town or country, by the tracking or with "already": in the
    # country (every labelled set says so), never China, a hub, on its way, or the seller's claim
    "named town: the parcel already in a town or country": (
        ("ru", "посылка уже в Твери, а извещения нет", {"tracking": "in_country"}),
        ("ru", "по треку уже во Владивостоке, защиты 6 дней", {"tracking": "in_country"}),
        ("ru", "отслеживание пишет что посылка уже в Бресте", {"tracking": "in_country"}),
        ("ru", "заказ из двух чехлов, коробка уже в Шымкенте", {"tracking": "in_country"}),
        ("ru", "доехала до Омска, статус в пути", {"tracking": "in_country"}),
        ("en", "the trak says it is in Nairobi now, when will it come", {"tracking": "in_country"}),
        ("en", "tracking shows my parcel reached Porto already", {"tracking": "in_country"}),
        ("en", "it arrived in Lima yesterday, protection 4 days", {"tracking": "in_country"}),
        ("en", "reached customs in Jakarta this morning", {"tracking": "in_country"}),
        # on its way, in China, in a status, a wish, the seller's words, the order done: no place
        ("ru", "посылка уже в пути", {"tracking": None}),
        ("ru", "трек показывает что она в Гуанчжоу", {"tracking": None}),
        ("ru", "посылка уже в Китае на складе", {"tracking": None}),
        ("ru", "посылка уже в статусе отправлено", {"tracking": None}),
        ("ru", "заказ уже завершён, а блендер не включается", {"tracking": None}),
        ("ru", "когда посылка будет в Москве?", {"tracking": None}),
        ("ru", "продавец отказал, мол посылка уже в Казани", {"tracking": None}),
        ("ru", "по треку уже в Казани, дальше ничего", {"tracking": None}),
        ("en", "tracking shows it reached Toronto, then nothing", {"tracking": None}),
        ("en", "the tracking shows it in china still", {"tracking": None}),
        ("en", "tracking says it is in transit", {"tracking": None}),
        ("en", "has it reached Toronto?", {"tracking": None}),
        ("en", "it has not reached Toronto yet", {"tracking": None}),
        ("en", "the seller says it reached Toronto", {"tracking": None}),
        ("en", "when it reaches Toronto i will be happy", {"tracking": None}),
    ),
    # the number found nowhere, or never come alive: a dead number
    "found nowhere: the number no site finds, never alive": (
        ("ru", "трек-номер нигде не ищется, ни на почте ни на 17track", {"tracking": "dead"}),
        ("ru", "номер не отслеживается нигде, статус «Отправлено»", {"tracking": "dead"}),
        ("ru", "трек ни одна служба не видит, что делать", {"tracking": "dead"}),
        ("ru", "отправили 3 недели назад, а трек так и не ожил", quiet("dead", "21")),
        ("ru", "трек никак не заработал, спор открывать?", {"tracking": "dead"}),
        # someone's phone, too early to say: no dead number
        ("ru", "номер телефона не находится нигде", {"tracking": None}),
        ("ru", "трек-номер пока нигде не ищется, отправили вчера", {"tracking": None}),
        ("ru", "трек ещё никак не заработал, только вчера отправили", {"tracking": None}),
    ),
    # "still moving", of the parcel, a part of the order or the tracking
    "still moving: the parcel or a part of it still on the move": (
        ("en", "one's still moving, the other came", {"tracking": "moving"}),
        ("en", "still moving thru transit, protection 9 days", {"tracking": "moving"}),
        ("en", "the rest is still moving on the tracking", {"tracking": "moving"}),
        ("en", "half came, the others are still updating", {"tracking": "moving"}),
        # asked, someone else's, moving once and stuck now: not moving
        ("en", "is it still moving?", {"tracking": None}),
        ("en", "her parcel is still moving, mine is stuck", {"tracking": None}),
        ("en", "it was still moving last week, now stuck 10 days", quiet("stalled", "10")),
    ),
    # the carrier of the buyer's country silent for N days, by name or as the local courier
    "carrier silent: nothing from the post for N days": (
        ("en", "nothing from Royal Mail for 11 days, the last scan says in transit",
         quiet("stalled", "11")),
        ("en", "no news from the local courier in 5 days", quiet("stalled", "5")),
        ("en", "usps hasn't shown a single update for 19 days", quiet("dead", "19")),
        ("en", "not a peep from evri for about 8 days", quiet("stalled", "8")),
        # the seller's, support's, the days it will take: no silence
        ("en", "the seller hasn't said a word for 16 days", NO_TRACKING),
        ("en", "nothing from the seller for 10 days", NO_TRACKING),
        ("en", "no word from support in 8 days", NO_TRACKING),
        ("en", "royal mail says delivery in 3 days", {"tracking_quiet_days": None}),
    ),
    # Russian silences told in words the tables lacked: «далее ничего», «как в воду канула»,
    # «одно и то же» after the days, the days «в пути» with no new line, a place in two words
    "ru silences: other words for nothing since": (
        ("ru", "прошло 12 дней, как прибыла в Казань, и далее ничего", quiet("stalled", "12")),
        ("ru", "ушла на таможню 17 дней назад и с тех пор как в воду канула",
         quiet("dead", "17")),
        ("ru", "20 дней посылка показывает одно и то же", quiet("dead", "20")),
        ("ru", "16 дней в пути без новых статусов", quiet("dead", "16")),
        ("ru", "посылка в пвз нашего района уже 5 дней, и ни смс ни движения",
         quiet("stalled", "5")),
        # on its way and updating, what the post says is normal: no silence
        ("ru", "в пути 20 дней, всё нормально, едет", {"tracking_quiet_days": None}),
        ("ru", "12 дней в пути, всё обновляется", {"tracking_quiet_days": None}),
        ("ru", "прибыла в Казань, далее курьер привезёт через 2 дня",
         {"tracking_quiet_days": None}),
    ),
    # someone else's parcel, then the buyer's own on the move: moving
    "mine moving: another's parcel, then mine on the move": (
        ("en", "her parcel is stuck 3 weeks, but mine keeps updating", {"tracking": "moving"}),
        ("en", "my brother's order is lost, mine is still moving", {"tracking": "moving"}),
        ("en", "his package froze at customs while mine has been updating", {"tracking": "moving"}),
        ("ru", "у мамы посылка висит на таможне, а моя спокойно едет", {"tracking": "moving"}),
        ("ru", "у подруги трек стоит, а мой трек обновляется", {"tracking": "moving"}),
        ("ru", "у соседа всё застряло, но моя посылка движется", {"tracking": "moving"}),
        # mine not moving, asked: not moving
        ("en", "his parcel moves but mine is not moving", {"tracking": None}),
        ("en", "is mine still moving?", {"tracking": None}),
        ("ru", "у подруги всё пришло, а моя не едет", {"tracking": None}),
    ),
    # the days since it was sent, and a number that has shown nothing since: dead with the days
    "dead since sent: the days since sending, the number never alive": (
        ("ru", "20 дней как «отправлено», а трек-номер ни одна служба не видит",
         quiet("dead", "20")),
        ("ru", "отправлено 19 дней назад, по треку ни одного события", quiet("dead", "19")),
        ("ru", "трек недействителен 25 дней, статус отправлено", quiet("dead", "25")),
        ("ru", "16 дней как отправлен, трек показывает только «создан»", quiet("dead", "16")),
        ("en", "17 days since it says shipped, the tracking only shows label created",
         quiet("dead", "17")),
        ("en", "three weeks the order is shipped and the tracking says no information",
         quiet("dead", "21")),
        # moving since, too early to say: no dead number
        ("en", "20 days since it shipped, the tracking shows it moving daily",
         {"tracking": "moving", "tracking_quiet_days": None}),
        ("ru", "отправили 20 дней назад, трек обновляется каждый день",
         {"tracking": "moving", "tracking_quiet_days": None}),
        ("ru", "отправлено 2 дня назад, трек пока не отслеживается", NO_TRACKING),
    ),
    # read after facts_dev16 was merged: the same line for N days, the local office in other
    # words, a number that gives nothing out
    "same line: one line, the local office, nothing given out (dev16)": (
        ("ru", "по трекингу 9 дней одна и та же строчка", quiet("stalled", "9")),
        ("ru", "одна и та же строчка 30 дней, что делать", quiet("dead", "30")),
        ("ru", "трек 20 дней ничего не выдаёт", quiet("dead", "20")),
        ("ru", "45 дней, ни одной новой записи по треку", quiet("dead", "45")),
        ("en", "the post office here has it now", {"tracking": "in_country"}),
        ("en", "shipped, waiting at the local post office", {"tracking": "in_country"}),
        ("en", "my parcel is at the local depot since monday", {"tracking": "in_country"}),
        # the same line said of a status screen or a time to come, a local office that has nothing
        ("ru", "одна и та же строчка через 3 дня обновится?", {"tracking_quiet_days": None}),
        ("en", "the local post office said nothing arrived", {"tracking": None}),
        ("en", "does the post office here have it?", {"tracking": None}),
    ),
    # the statuses or the town change day by day: moving (dev16)
    "new town daily: the statuses or the town change day by day": (
        ("ru", "статусы меняются, но медленно", {"tracking": "moving"}),
        ("ru", "посылка каждый день меняет город", {"tracking": "moving"}),
        ("ru", "вчера была в Омске, сегодня уже в Тюмени", {"tracking": "moving"}),
        ("en", "yesterday it was in Almaty, today in Astana", {"tracking": "moving"}),
        ("en", "the parcel changes city every day", {"tracking": "moving"}),
        # no change, the same place, asked: not moving
        ("ru", "статусы давно не меняются", {"tracking": None}),
        ("ru", "вчера была в Казани, сегодня тоже там", {"tracking": None}),
        ("ru", "статусы не меняются уже неделю", quiet("stalled", "7")),
        ("en", "does it change city every day?", {"tracking": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_fact(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer writes the kind in other words: the fact is there, the look-alike is silent."""
    assert read_as(text, lang, want) == want, text
