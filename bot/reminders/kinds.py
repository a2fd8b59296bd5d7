"""Reminder kinds as data: one record per kind says when it is due, what it says, its buttons,
the guide it opens and whether quiet hours apply. Adding a kind is one record plus its texts.

Protection kinds are made from the lead times in settings (REFUNDBOT_REMINDER_OFFSETS); each
lead time falls in a stage (check the tracking, prepare and decide, open the dispute now).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.i18n import pick_language
from bot.orders.store import Order
from bot.reminders import wording as w
from flows.deadlines.maths import (
    DEFAULT_REMINDER_OFFSETS,
    deadline_from_date,
    dispute_button_window,
    lead_of_kind,
    refund_expected,
    reminder_kind,
    seller_reply_due,
)
from flows.engine.callbacks import ReminderButton
from flows.inputs.timezones import likely_zone, zone
from flows.languages import DEFAULT_LANGUAGE

DueRule = Callable[[Order, ZoneInfo], "datetime | None"]

# The last reminder before the end may not wait for the morning (the issue: "except the 12 h").
QUIET_EXEMPT_LEAD = timedelta(hours=12)
# Statuses in which the protection countdown is what can still lose the buyer their money.
COUNTING = frozenset({"open", "refund_promised", "problem"})
AWAITING_REFUND = frozenset({"refund_promised", "cancelled"})

GUIDE, EXTENDED, RECEIVED, REFUNDED = "guide", "extended", "received", "refunded"
PROBLEM_GUIDE = "wrongitem"


@dataclass(frozen=True)
class ReminderKind:
    """One kind of reminder: its stored name, due rule, texts (msgids), buttons and guide."""

    name: str
    due: DueRule
    texts: tuple[str, ...]
    buttons: tuple[str, ...]
    guide: str
    guide_label: str
    quiet_hours: bool = True
    lead: timedelta | None = None
    seller_text: str | None = None
    # When the item arrived with a problem, waiting for the parcel is no longer the advice.
    problem_texts: tuple[str, ...] = ()

    def texts_for(self, order: Order) -> tuple[str, ...]:
        """The texts for what the bot knows of the order."""
        return self.problem_texts if order.status == "problem" and self.problem_texts \
            else self.texts

    def guide_for(self, order: Order) -> tuple[str, str]:
        """(flow, button label) of the guide for this order."""
        if order.status == "problem" and self.protection:
            return PROBLEM_GUIDE, w.PROBLEM_GUIDE
        return self.guide, self.guide_label

    @property
    def protection(self) -> bool:
        """Whether it counts down to the end of buyer protection."""
        return self.lead is not None


def _protection_due(lead: timedelta) -> DueRule:
    """Due `lead` before the protection end while the countdown can still cost money."""
    return lambda order, _tz: order.deadline - lead if order.status in COUNTING else None


def _dispute_button_due(order: Order, tz: ZoneInfo) -> datetime | None:
    """When the dispute button usually appears after shipping (C04), if before the end."""
    if order.status != "open" or order.shipped_on is None:
        return None
    first = dispute_button_window(deadline_from_date(order.shipped_on, tz))[0]
    return first if first < order.deadline else None


def _seller_reply_due(order: Order, _tz: ZoneInfo) -> datetime | None:
    """About 5 days after the dispute was opened (C07), when the bot knows that day."""
    if order.status != "dispute" or order.dispute_opened_at is None:
        return None
    return seller_reply_due(order.dispute_opened_at)


def _refund_due(order: Order, tz: ZoneInfo) -> datetime | None:
    """The day after a refund usually arrives for the payment method (C01-C03)."""
    if order.status not in AWAITING_REFUND or order.refund_decided_on is None:
        return None
    typical, _latest = refund_expected(order.refund_decided_on, order.method)
    return deadline_from_date(typical + timedelta(days=1), tz)


def _never(_order: Order, _tz: ZoneInfo) -> datetime | None:
    """Stage templates are never planned themselves; protection_kind gives them a due rule."""
    return None


_PROTECTION_BUTTONS = (GUIDE, EXTENDED, RECEIVED)
_PROBLEM = (w.PROTECTION_LEFT, w.PROBLEM_ACTION)
TRACK = ReminderKind("track", _never, (w.PROTECTION_LEFT, w.TRACK_ACTION), _PROTECTION_BUTTONS,
                     "notreceived", w.TRACK_GUIDE, seller_text=w.EXTENSION_REQUEST,
                     problem_texts=_PROBLEM)
EVIDENCE = ReminderKind("evidence", _never, (w.PROTECTION_LEFT, w.EVIDENCE_ACTION),
                        _PROTECTION_BUTTONS, "dispute", w.EVIDENCE_GUIDE, problem_texts=_PROBLEM)
DISPUTE_NOW = ReminderKind("dispute_now", _never, (w.OPEN_NOW, w.OPEN_WHERE),
                           _PROTECTION_BUTTONS, "dispute", w.OPEN_GUIDE)
# Upper bounds of each stage's lead time, most urgent first.
STAGES: tuple[tuple[timedelta, ReminderKind], ...] = (
    (timedelta(days=1), DISPUTE_NOW), (timedelta(days=3), EVIDENCE), (timedelta.max, TRACK))

DISPUTE_BUTTON = ReminderKind(
    "dispute_button", _dispute_button_due, (w.PROTECTION_LEFT, w.DISPUTE_BUTTON_TEXT),
    (GUIDE, EXTENDED, RECEIVED), "dispute", w.OPEN_GUIDE)
SELLER_REPLY = ReminderKind(
    "seller_reply", _seller_reply_due, (w.SELLER_REPLY_TEXT,), (GUIDE, RECEIVED), "dispute",
    w.DISPUTE_GUIDE)
REFUND_OVERDUE = ReminderKind(
    "refund_overdue", _refund_due, (w.REFUND_LATE, w.REFUND_LADDER), (GUIDE, REFUNDED),
    "moneylate", w.REFUND_GUIDE)
OTHER_KINDS: dict[str, ReminderKind] = {
    k.name: k for k in (DISPUTE_BUTTON, SELLER_REPLY, REFUND_OVERDUE)}


@cache
def protection_kind(lead: timedelta) -> ReminderKind:
    """The record for a reminder `lead` before the protection end, by the stage it falls in."""
    stage = next(kind for bound, kind in STAGES if lead <= bound)
    return replace(stage, name=reminder_kind(lead), due=_protection_due(lead),
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


def guide_flow(kind: str, order: Order | None = None) -> str:
    """The scenario that explains what to do about this kind of reminder (for this order)."""
    record = kind_named(kind)
    if record is None:
        return TRACK.guide
    return record.guide_for(order)[0] if order else record.guide


def user_zone(tz: str | None, lang: str | None, tg_lang: str | None = None) -> ZoneInfo:
    """The user's stored zone, else the likely one for their language (Moscow for ru)."""
    return zone(tz or likely_zone(pick_language(lang, tg_lang, DEFAULT_LANGUAGE)))


def leads(offsets: Sequence[timedelta] | None) -> tuple[timedelta, ...]:
    """Lead times as a hashable tuple, the defaults when none are given."""
    return tuple(offsets) if offsets else DEFAULT_REMINDER_OFFSETS


BUTTON_PREFIX = ReminderButton.prefix
# "s" was "I received it / stop" before the question "All fine?"; old messages still carry it.
ACTIONS = {"g": GUIDE, "x": EXTENDED, "r": RECEIVED, "m": REFUNDED, "s": RECEIVED}
CODES = {GUIDE: "g", EXTENDED: "x", RECEIVED: "r", REFUNDED: "m"}


def button_data(reminder_id: int, action: str) -> str:
    """Callback data of a reminder button: valid whatever step the user's dialogue is at."""
    return ReminderButton(reminder_id, CODES[action]).pack()


def parse_button(data: str) -> tuple[int, str] | None:
    """(reminder id, action name) from a reminder button's data, or None if malformed."""
    key = ReminderButton.unpack(data)
    return (key.reminder_id, ACTIONS[key.action]) if key and key.action in ACTIONS else None
