"""Reminder kinds: when each is due for an order, and what it says in the order's status.

Which families an order gets, and their wording per status, are declared once in
flows/orders/lifecycle.py. Protection kinds are made from the lead times in settings
(REFUNDBOT_REMINDER_OFFSETS); each lead time falls in a stage (early, decide, last).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.orders.store import Order
from flows.deadlines.maths import (
    DEFAULT_REMINDER_OFFSETS,
    add_business_days,
    deadline_from_date,
    dispute_button_window,
    lead_of_kind,
    refund_business_days,
    reminder_kind,
    seller_reply_due,
)
from flows.engine.callbacks import ReminderButton
from flows.orders import wording as w
from flows.orders.lifecycle import Action, Reminder, Stage, row, stage

DueRule = Callable[[Order, ZoneInfo], "datetime | None"]

# The last reminder before the end may not wait for the morning (the issue: "except the 12 h").
QUIET_EXEMPT_LEAD = timedelta(hours=12)
# What the families other than the protection countdown say, in the statuses that have them.
OTHER_WORDING: dict[Reminder, tuple[str, ...]] = {
    Reminder.DISPUTE_BUTTON: (w.PROTECTION_LEFT, w.DISPUTE_BUTTON_TEXT),
    Reminder.SELLER_REPLY: (w.SELLER_REPLY_TEXT,),
    Reminder.REFUND_OVERDUE: (w.REFUND_LATE, w.REFUND_LADDER),
}


@dataclass(frozen=True)
class ReminderKind:
    """One kind of reminder: its stored name, family, due rule, and its lead if a countdown."""

    name: str
    family: Reminder
    due_rule: DueRule
    quiet_hours: bool = True
    lead: timedelta | None = None

    def due(self, order: Order, tz: ZoneInfo) -> datetime | None:
        """When it is due for this order, or None when the order's status doesn't have it."""
        return self.due_rule(order, tz) if self.family in row(order.status).reminders else None

    def texts_for(self, order: Order) -> tuple[str, ...]:
        """The msgids it says for an order in its current status."""
        if self.lead is None:
            return OTHER_WORDING[self.family]
        return row(order.status).protection.get(self.stage, ())

    @property
    def stage(self) -> Stage:
        """The stage of a protection kind (others count as the last stage: act now)."""
        return stage(self.lead / timedelta(hours=1)) if self.lead else Stage.LAST

    @property
    def protection(self) -> bool:
        """Whether it counts down to the end of buyer protection."""
        return self.lead is not None


def _protection_due(lead: timedelta) -> DueRule:
    """Due `lead` before the protection end."""
    return lambda order, _tz: order.deadline - lead


def _dispute_button_due(order: Order, tz: ZoneInfo) -> datetime | None:
    """When the dispute button usually appears after shipping (C04), if before the end."""
    if order.shipped_on is None:
        return None
    first = dispute_button_window(deadline_from_date(order.shipped_on, tz))[0]
    return first if first < order.deadline else None


def _seller_reply_due(order: Order, _tz: ZoneInfo) -> datetime | None:
    """About 5 days after the dispute was opened (C07), from the known or estimated day."""
    return seller_reply_due(order.dispute_opened_at) if order.dispute_opened_at else None


def _refund_due(order: Order, tz: ZoneInfo) -> datetime | None:
    """The day after the upper end of the refund range for the payment method (C01-C03)."""
    if order.refund_decided_on is None:
        return None
    high = refund_business_days(order.method)[1]
    return deadline_from_date(add_business_days(order.refund_decided_on, high + 1), tz)


OTHER_KINDS: dict[str, ReminderKind] = {k.name: k for k in (
    ReminderKind("dispute_button", Reminder.DISPUTE_BUTTON, _dispute_button_due),
    ReminderKind("seller_reply", Reminder.SELLER_REPLY, _seller_reply_due),
    ReminderKind("refund_overdue", Reminder.REFUND_OVERDUE, _refund_due),
)}
DISPUTE_BUTTON = OTHER_KINDS["dispute_button"]


@cache
def protection_kind(lead: timedelta) -> ReminderKind:
    """The record for a reminder `lead` before the protection end."""
    return ReminderKind(reminder_kind(lead), Reminder.PROTECTION, _protection_due(lead),
                        quiet_hours=lead > QUIET_EXEMPT_LEAD, lead=lead)


@cache
def kinds_for(leads: tuple[timedelta, ...] = DEFAULT_REMINDER_OFFSETS) -> tuple[ReminderKind, ...]:
    """Every kind an order may get, with the protection lead times from settings."""
    return (*(protection_kind(lead) for lead in sorted(set(leads), reverse=True)),
            *OTHER_KINDS.values())


def kind_named(name: str) -> ReminderKind | None:
    """The record of a stored reminder (its protection lead comes from the name it was made as)."""
    lead = lead_of_kind(name)
    return protection_kind(lead) if lead is not None else OTHER_KINDS.get(name)


def quiet_exempt(kind: str) -> bool:
    """Whether the kind is sent even in quiet hours (the last hours before the end)."""
    record = kind_named(kind)
    return record is not None and not record.quiet_hours


def leads(offsets: Sequence[timedelta] | None) -> tuple[timedelta, ...]:
    """Lead times as a hashable tuple, the defaults when none are given."""
    return tuple(offsets) if offsets else DEFAULT_REMINDER_OFFSETS


BUTTON_PREFIX = ReminderButton.prefix
GUIDE = "guide"
# Old messages carry "s" (was "I received it / stop") and "m" (refund arrived).
CODES: dict[str, str] = {GUIDE: "g", Action.EXTEND: "x", Action.RECEIVED: "r",
                         Action.ARRIVED: "m", Action.DISPUTE: "d", Action.DECIDED: "c"}
ACTIONS: dict[str, str] = {**{code: action for action, code in CODES.items()},
                           "s": Action.RECEIVED}


def button_data(reminder_id: int, action: str) -> str:
    """Callback data of a reminder button: valid whatever step the user's dialogue is at."""
    return ReminderButton(reminder_id, CODES[action]).pack()


def parse_button(data: str) -> tuple[int, str] | None:
    """(reminder id, action name) from a reminder button's data, or None if malformed."""
    key = ReminderButton.unpack(data)
    return (key.reminder_id, ACTIONS[key.action]) if key and key.action in ACTIONS else None
