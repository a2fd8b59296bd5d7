"""The pure parsers behind the orders dialogue: order numbers, dates, ship days, zones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from flows.inputs.orders import PARSERS, find_order_number, past_day
from flows.inputs.parser import InputContext
from flows.inputs.timezones import likely_zone, parse_zone, utc_offset, zone_title

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def parse(parser: str, text: str, lang: str = "en", **facts: str) -> tuple[str | None, dict]:
    """(trigger, facts) or (None, {"error": msgid}) from a registered parser."""
    result = PARSERS[parser](text, InputContext(lang, NOW, facts))
    if result.error is not None:
        return None, {"error": result.error.msgid}
    return result.trigger, dict(result.facts)


@pytest.mark.parametrize(
    ("typed", "digits"),
    [("8123456789012345", "8123456789012345"), (" 8123 4567 8901 2345 ", "8123456789012345"),
     ("8123-4567-8901-2345", "8123456789012345"), ("Order ID: 8123456789012345",
                                                   "8123456789012345"),
     ("заказ № 81234567", "81234567"), ("#81234567890123456789", "81234567890123456789"),
     # copied from the app with its label, in either language, any digits
     ("Номер заказа: 8123 4567 8901 2345", "8123456789012345"),
     ("№8123456789012345", "8123456789012345"), ("№ 8123-4567-8901-2345", "8123456789012345"),
     ("Order ID: ８１２３４５６７８９０１２３４５", "8123456789012345"),
     ("Order ID 8123456789012345 Copy", "8123456789012345"),
     ("ID заказа: 8123456789012345", "8123456789012345")],
)
def test_order_numbers_accepted(typed: str, digits: str) -> None:
    assert parse("order_number", typed) == ("number", {"order_number": digits})


@pytest.mark.parametrize("typed", ["", "1234567", "812345678901234567890", "8123456789O12345",
                                   "my order", "12.03", "-", "Order ID: 1234567",
                                   "трек 80082345678901234"])
def test_order_numbers_refused(typed: str) -> None:
    trigger, facts = parse("order_number", typed)
    assert trigger is None and "only digits" in facts["error"]


def test_labels_are_one_short_line() -> None:
    assert parse("order_label", "  red\n  headphones ") == (
        "label", {"order_label": "red headphones"})
    assert parse("order_label", "x" * 40)[0] == "label"
    assert parse("order_label", "x" * 41)[0] is None
    assert parse("order_label", "   ")[0] is None


def test_deadline_uses_the_zone_in_the_facts() -> None:
    in_moscow = parse("order_deadline", "25.03", tz="Europe/Moscow")[1]
    in_new_york = parse("order_deadline", "25.03", tz="America/New_York")[1]
    assert in_moscow["order_deadline"] == "2026-03-24T21:00:00+00:00"
    assert in_new_york["order_deadline"] == "2026-03-25T04:00:00+00:00"


def test_deadline_without_a_zone_falls_back_by_language() -> None:
    assert parse("order_deadline", "25.03", "ru")[1]["order_deadline"] == (
        "2026-03-24T21:00:00+00:00")
    assert parse("order_deadline", "25.03", "en")[1]["order_deadline"] == (
        "2026-03-25T00:00:00+00:00")


@pytest.mark.parametrize(
    ("typed", "day"),
    [("5.03", date(2026, 3, 5)), ("10.03", date(2026, 3, 10)), ("25.12", date(2025, 12, 25)),
     ("5 марта", date(2026, 3, 5)), ("Mar 5", date(2026, 3, 5)), ("yesterday", date(2026, 3, 9)),
     ("позавчера", date(2026, 3, 8)), ("29.02.2024", date(2024, 2, 29)),
     ("2026-01-15", date(2026, 1, 15))],
)
def test_past_days(typed: str, day: date) -> None:
    assert past_day(typed, date(2026, 3, 10)) == day


@pytest.mark.parametrize(("typed", "why"), [("2026-04-01", "future"), ("soon", "unparseable"),
                                            ("31.02", "unparseable"), ("29.02", "unparseable")])
def test_past_days_refused(typed: str, why: str) -> None:
    assert past_day(typed, date(2026, 3, 10)) == why


def test_ship_day_too_long_ago() -> None:
    assert "too long ago" in parse("ship_day", "1.01.2025", tz="UTC")[1]["error"]


@pytest.mark.parametrize(
    ("typed", "deadline"),
    [("60", "2026-05-03T21:00:00+00:00"), ("60 days", "2026-05-03T21:00:00+00:00"),
     ("в течение 45 дней", "2026-04-18T21:00:00+00:00")],
)
def test_promise_days(typed: str, deadline: str) -> None:
    trigger, facts = parse("promise_days", typed, tz="Europe/Moscow", order_shipped="2026-03-05")
    assert (trigger, facts) == ("promise", {"order_deadline": deadline, "order_kind": "shipping"})


@pytest.mark.parametrize("typed", ["0", "181", "soon", ""])
def test_promise_days_refused(typed: str) -> None:
    assert parse("promise_days", typed, order_shipped="2026-03-05")[0] is None


@pytest.mark.parametrize(
    ("typed", "name"),
    [("Europe/Berlin", "Europe/Berlin"), ("europe/berlin", "Europe/Berlin"),
     ("Berlin", "Europe/Berlin"), ("new york", "America/New_York"), ("Москва", "Europe/Moscow"),
     ("МСК", "Europe/Moscow"), ("мск+4", "Etc/GMT-7"), ("UTC", "UTC"), ("gmt", "UTC"),
     ("UTC+3", "Etc/GMT-3"), ("utc -5", "Etc/GMT+5"), ("+03:00", "Etc/GMT-3"), ("+0", "UTC"),
     ("UTC+5:30", "Asia/Kolkata"), ("UTC−3", "Etc/GMT+3")],
)
def test_zones_typed(typed: str, name: str) -> None:
    assert parse_zone(typed) == name


@pytest.mark.parametrize("typed", ["Narnia", "3", "UTC+15", "UTC+5:15", "../../etc/passwd",
                                   "Europe/../../x", "localtime", ""])
def test_zones_refused(typed: str) -> None:
    assert parse_zone(typed) is None


def test_zone_names_as_shown() -> None:
    assert likely_zone("ru") == "Europe/Moscow" and likely_zone("en") == "UTC"
    assert zone_title("Europe/Moscow", NOW) == "Europe/Moscow (UTC+3)"
    assert zone_title("Etc/GMT-5", NOW) == "UTC+5"
    assert zone_title("UTC", NOW) == "UTC"
    assert utc_offset("Asia/Kolkata", NOW) == "+5:30"
    assert utc_offset("Europe/London", datetime(2026, 7, 1, tzinfo=UTC)) == "+1"


@pytest.mark.parametrize("typed", [
    "my card 4276 3800 1234 5678 expired",
    "the refund went to visa 4111 1111 1111 1111",
    "карта 2202 2012 3456 7890 заблокирована",
    "номер карты 5469380012345678",
    "4111 1111 1111 1111",
])
def test_a_card_number_in_a_message_is_no_order_number(typed: str) -> None:
    assert find_order_number(typed) is None


@pytest.mark.parametrize(("typed", "digits"), [
    ("paid by card for 8101239904452370", "8101239904452370"),
    ("моя карточка 4276380012345678 не работает, заказ 8123456789012345", "8123456789012345"),
    ("order 8123 4567 8901 2345, paid by card", "8123456789012345"),
    ("card expired. order #3012345678901234", "3012345678901234"),
])
def test_an_order_number_beside_a_card_is_still_read(typed: str, digits: str) -> None:
    assert find_order_number(typed) == digits
