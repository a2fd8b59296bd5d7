"""The seller's time to ship run out and fewer things than ordered (twenty-eighth cycle).

The listing's time against the day the buyer is on, the countdown under "Awaiting shipment" at
zero, the app cancelling once it ran out, the seller missing or wasting it are time up; a
promise in the chat or a day still inside the time is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flows.understanding import extract_facts

ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "the listing says ships within 4 days and today is day 10, nothing sent", "yes"),
    ("en", "the seller had 5 days to ship, it's day 8, still awaiting shipment", "yes"),
    ("en", "the countdown under awaiting shipment hit zero this morning", "yes"),
    ("en", "my order was cancelled by aliexpress when the processing time ran out", "yes"),
    ("ru", "у магазина было 6 дней на отправку, сегодня девятый, а заказ не отправлен", "yes"),
    ("ru", "в карточке «отправка в течение 5 дней», уже 12 й день, не отправили", "yes"),
    ("ru", "«Обработка заказа: 0 д 00:00:00», статус «Ожидает отправки»", "yes"),
    ("ru", "заказ отменили, потому что продавец не успел в срок отправки", "yes"),
    ("ru", "продавец прошляпил свои 7 дней на отправку, так и не отправил", "yes"),
    # not run out: a day inside the time, the seller's own promise in the chat
    ("en", "the seller had 10 days to ship, today is day 4, awaiting shipment", None),
    ("en", "seller wrote we ship in 3 days, it's been 6 days, still awaiting shipment", None),
    ("ru", "у продавца было 10 дней на отправку, сегодня четвертый, ждём", None),
    ("ru", "продавец обещал отправить в течение 2 дней, прошло 5 дней", None),
)


@pytest.mark.parametrize(("lang", "text", "over"), ROWS)
def test_the_sellers_time_to_ship_run_out(lang: str, text: str, over: str | None) -> None:
    assert extract_facts(text, lang).get("processing_over") == over, text


ITEMS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "12 hair clips ordered, counted 9", "yes"),
    ("ru", "отдала 900 рублей за 5 брелоков, пришло 3", "yes"),
    ("ru", "заказывала четверо носков, в пакете трое", "yes"),
    # as many as ordered, or a price and days: nothing missing
    ("en", "6 mugs ordered, counted 6, one chipped", None),
    ("ru", "за 3 дня пришли 2 посылки", None),
)


@pytest.mark.parametrize(("lang", "text", "missing"), ITEMS)
def test_fewer_counted_than_ordered_is_an_item_missing(
        lang: str, text: str, missing: str | None) -> None:
    """A count ordered and a smaller one come, also by a price («за 5 брелоков») or a
    collective number («четверо», «трое»), is an item missing; the same count is not."""
    assert extract_facts(text, lang).get("items_missing") == missing, text
