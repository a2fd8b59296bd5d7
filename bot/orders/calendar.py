"""An order's deadlines as an iCalendar (.ics) file with alarms, in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.i18n import _
from bot.orders.store import Order
from flows.deadlines.maths import seller_reply_due
from flows.orders.lifecycle import Status

if TYPE_CHECKING:  # icalendar itself loads with the first calendar file: ~20 ms less at start
    from icalendar import Event

PRODID = "-//Refund Guide//orders//EN"


def _event(order: Order, kind: str, start: datetime | date, summary: str, now: datetime,
           alarms: Sequence[timedelta] = ()) -> Event:
    """One event; its UID is stable per order and kind, so importing again updates it."""
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", f"refundguide-order-{order.id}-{kind}")
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("summary", summary)
    # Translators: calendar event description; {number} is the AliExpress order number.
    event.add("description", _("Order No. {number}. The countdown on the order page is the "
                               "deadline that counts.").format(number=order.number))
    for lead in alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -lead)
        alarm.add("description", summary)
        event.add_component(alarm)
    return event


def order_calendar(order: Order, now: datetime, tz: ZoneInfo,
                   offsets: Sequence[timedelta]) -> bytes:
    """The .ics content: protection end (alarms at the configured lead times) and the dispute's
    reply clock. Refunds have no date here: they take a range of business days (C01-C03)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    name = order.name
    calendar.add_component(_event(
        order, "protection", order.deadline,
        # Translators: calendar event title; {name} is the order's name or number. "Buyer
        # protection" is AliExpress's term: use the app's own name for it.
        _("Buyer protection ends: {name}").format(name=name), now, offsets))
    if order.status is Status.DISPUTE and order.dispute_opened_at:
        calendar.add_component(_event(
            order, "seller_reply", seller_reply_due(order.dispute_opened_at),
            # Translators: calendar event title; {name} is the order's name or number.
            _("Seller's reply time is about over: {name}").format(name=name), now,
            (timedelta(0),)))
    return bytes(calendar.to_ical())


def calendar_file_name(order: Order) -> str:
    """A file name made only of the order number (digits), safe on every system."""
    return f"order-{order.number}.ics"
