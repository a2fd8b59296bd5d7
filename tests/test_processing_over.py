"""A seller's processing timer the buyer says ran out is time up, never "time left" (issue 16):
the order closes and refunds itself (R01), whatever status the page still shows."""

from __future__ import annotations

import pytest
import sqlite_utils

from flows.understanding import extract_facts
from tests.support.chat import Chat
from tests.support.orders import state_of

# (language, the buyer's words, where they land, the "You said" line, the correction button)
TIME_UP = [
    ("en", "the seller never shipped and the processing time ran out yesterday, it still says "
     "awaiting shipment", "You said the order is \"Time ran out / order closed\"",
     "✏️ Change \"Time ran out / order closed\""),
    ("en", "The processing time on my order ran out yesterday and it never shipped. Status changed "
     "to closed", "You said the order is \"Time ran out / order closed\"",
     "✏️ Change \"Time ran out / order closed\""),
    ("ru", "продавец так и не отправил заказ, таймер обработки уже истёк, а статус всё ещё "
     "ожидает отправки. деньги вернут сами?", "статус заказа — «Время вышло / заказ закрыт»",
     "✏️ Изменить «Время вышло / заказ закрыт»"),
]


@pytest.mark.parametrize(("lang", "text", "said", "fix"), TIME_UP)
async def test_a_processing_timer_run_out_is_time_up_until_the_buyer_corrects_it(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, said: str,
        fix: str) -> None:
    buyer = chat if lang == "en" else ru
    await buyer.send("/start")
    await buyer.send(text)
    assert extract_facts(text, lang).get("order_status") != "cancelled"  # the page's status...
    # ...but the buyer said the time is up
    assert state_of(db, buyer.user_id) == "notshipped_closed"
    assert said in buyer.transcript()
    await buyer.click(fix)
    assert state_of(db, buyer.user_id) == "notshipped_status"
    await buyer.click("\"Awaiting shipment\", time left" if lang == "en"
                      else "«Ожидает отправки», время ещё есть")
    assert state_of(db, buyer.user_id) == "notshipped_waiting"  # the pressed status wins


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "still awaiting shipment, the processing time is almost over"),
    ("en", "awaiting shipment, what happens if the processing time runs out?"),
    ("ru", "статус ожидает отправки, срок обработки ещё не истёк"),
    ("ru", "ожидает отправки, а что будет если таймер обработки истечет?"),
])
async def test_a_timer_not_yet_run_out_leaves_the_time_left_answer(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = chat if lang == "en" else ru
    await buyer.send("/start")
    await buyer.send(text)
    assert "processing_over" not in extract_facts(text, lang)
    assert state_of(db, buyer.user_id) != "notshipped_closed"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "bought a lamp 3 weeks ago, still awaiting shipment, processing time was 5 days"),
    ("ru", "заказ всё ещё «Ожидает отправки», жду уже 10 дней, а срок отправки был 7 дней"),
])
async def test_waiting_longer_than_the_stated_time_to_ship_is_time_up(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = chat if lang == "en" else ru
    assert extract_facts(text, lang).get("processing_over") == "yes"
    await buyer.send("/start")
    await buyer.send(text)
    assert state_of(db, buyer.user_id) == "notshipped_closed"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "awaiting shipment, processing time is 10 days and I ordered 4 days ago"),
    ("en", "shipping time was 20 days, the parcel has been moving for 25 days"),
    ("ru", "статус «Ожидает отправки», срок отправки 15 дней, заказала неделю назад"),
    ("ru", "срок отправки был 7 дней, посылка в пути уже 20 дней"),
])
def test_waiting_within_the_stated_time_or_a_parcel_on_its_way_is_not_time_up(
        lang: str, text: str) -> None:
    assert "processing_over" not in extract_facts(text, lang)
