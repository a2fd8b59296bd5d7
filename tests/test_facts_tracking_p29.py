"""The tracking told in everyday words (twenty-ninth pass): the courier at the door or the
buyer's own customs asking for an ID is in the country, a slow but updating tracking is moving,
"a few days" or "since Friday" of silence is stalled, a number no tracker knows or that shows
another parcel is dead; the look-alikes say nothing. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts, understand
from tests.support.chat import Chat

TODAY = date(2026, 12, 7)

ROWS: tuple[tuple[str, str, str | None], ...] = (
    # in the country: at the door, at the buyer's customs, at a locker or the post office
    ("en", "the courier is downstairs and wants the code from my app, is it safe", "in_country"),
    ("en", "customs here are holding my headphones and want a copy of my passport", "in_country"),
    ("en", "customs want 25 euros duty before they release my parcel", "in_country"),
    ("en", "the post office in my town left me a paper notice for my parcel", "in_country"),
    ("en", "it is sitting at the pickup locker near my work", "in_country"),
    ("ru", "курьер Boxberry позвонил, стоит у подъезда, просит код из приложения", "in_country"),
    ("ru", "таможня задержала посылку и просит ИНН", "in_country"),
    ("ru", "посылка лежит в пункте выдачи, но выдать не могут", "in_country"),
    # moving, slowly
    ("en", "the tracking keeps updating but painfully slowly", "moving"),
    ("en", "it left one hub, then another, new scans every couple of days", "moving"),
    # a short silence without its number: stalled
    ("en", "my parcel has been stuck for a couple of days at the airport", "stalled"),
    ("en", "since tuesday the tracking shows the same status", "stalled"),
    ("ru", "несколько дней трек не обновляется", "stalled"),
    ("ru", "с пятницы посылка стоит на месте по треку", "stalled"),
    # a number nobody knows, or another parcel's: dead
    ("en", "the tracking number does not show up on any site i tried", "dead"),
    ("en", "17track shows some other person's parcel going to Chile", "dead"),
    ("en", "the number only ever showed order information received", "dead"),
    ("ru", "трек не ищется ни на одном сайте", "dead"),
    ("ru", "почта пишет, что такого номера нет", "dead"),
    ("ru", "трек до сих пор только «Получена информация», больше ничего", "dead"),
    # look-alikes: a scam's fee through a link, the seller's word, customs at home in a
    # condition, customs in China, the order's status standing still, a past of moving
    ("en", "got an sms that customs wants a fee, click the link to pay", None),
    ("en", "the seller says customs is holding it and i need to pay him 20 dollars", None),
    ("en", "will i get a refund if customs holds my parcel", None),
    ("en", "customs in china holding it for inspection", None),
    ("en", "stuck on payment being verified since sunday", None),
    ("ru", "продавец пишет, что таможня требует 1500 рублей, перевести ему на карту", None),
    ("ru", "висит «Проверка платежа» с пятницы", None),
    # a person's silence is no tracking's
    ("en", "the seller has been silent since monday, the parcel is in transit", None),
    ("ru", "посылка в пути, а продавец молчит с пятницы", None),
    # a status asked about, a parcel imagined, parcels in general: no state of the buyer's
    ("ru", "что означает «принято перевозчиком»? собираюсь заказать кресло", None),
    ("ru", "что будет, если посылка застрянет на таможне? ещё не заказывала", None),
    ("ru", "сколько обычно идут посылки из Китая в Минск?", None),
    # a silence counted in days is the silence reader's: stalled or dead by its days
    ("en", "stuck at customs for 24 days with no movement", "dead"),
    ("ru", "со вчерашнего дня трек стоит", "stalled"),
)


@pytest.mark.parametrize(("lang", "text", "shown"), ROWS)
def test_what_the_tracking_shows_in_everyday_words(lang: str, text: str,
                                                    shown: str | None) -> None:
    assert extract_facts(text, lang, TODAY).get("tracking") == shown, text


def test_a_silence_since_yesterday_keeps_its_day() -> None:
    """"Since yesterday" is a counted silence (1 day), not a vague one."""
    facts = extract_facts("no update since yesterday, should i worry", "en", TODAY)
    assert (facts.get("tracking"), facts.get("tracking_quiet_days")) == ("stalled", "1")


async def test_a_few_days_of_silence_skips_the_tracking_question(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("my parcel still isn't here, the tracking has said the same thing for a few "
                    "days, protection 10 days left")
    assert 'You said the tracking shows "Stuck for less than 15 days"' in chat.transcript()
    assert "What does the tracking show?" not in chat.transcript()


async def test_the_courier_calling_is_a_parcel_in_the_country(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("посылки нет, курьер СДЭК звонил, а меня не было дома. защита 10 дней")
    assert "«Движется или уже в моей стране»" in ru.transcript()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my parcel is at customs in Leeds since this morning, do i have to pay anything?"),
    ("ru", "посылка уже на таможне в Казани, пошлину платить надо?"),
])
def test_a_question_about_the_buyers_own_parcel_is_no_question_before_buying(
        lang: str, text: str) -> None:
    """The tracking of a parcel already on its way makes the question the buyer's own order's."""
    assert extract_facts(text, lang, TODAY).get("tracking") == "in_country", text
    assert understand(text, lang, TODAY).facts.get("basics_topic") is None, text
