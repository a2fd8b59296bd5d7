"""The one-tap "Add this order with this deadline?" after a screenshot, and its button.

The deadline is the photo's time plus the countdown read off it, saved with the deadline kind
"screenshot" so the order page says where it came from. The button carries the order number
and the deadline (`s1:<number>:<unix time>`): it only adds an order to the presser's own
list, which typing could do as well, and both are checked again when it is pressed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlite_utils

from bot.clock import iso
from bot.dialogue.service import Button, Outgoing
from bot.i18n import _, format_day
from bot.orders.store import NewOrder, save_order, user_zone
from bot.reminders.plan import Planner
from flows.deadlines.maths import local_date_time
from flows.engine.markers import N_
from flows.orders.lifecycle import Status

if TYPE_CHECKING:  # the screenshot modules load with the first image (bot/screenshots/handlers.py)
    from flows.understanding.screenshot import Screenshot

PREFIX = "s1:"
KIND = "screenshot"
MAX_AHEAD = timedelta(days=200)
BUTTON = re.compile(r"^s1:(\d{8,20}):(\d{9,11})$")

# Translators: {number} is an order number with its middle left out, {when} a date and time
# in the buyer's time zone.
OFFER = N_("Add this order to My orders with this deadline? Order {number}, buyer protection "
           "ends {when} (your time, counted from the screenshot's timer).")
ADD = N_("➕ Add this order")
# Translators: {when} is a date and time in the buyer's time zone.
ADDED = N_("Added order {number}: protection ends {when}. I'll remind you before it ends; "
           "/orders shows it.")
UPDATED = N_("Updated order {number}: protection now ends {when}. /orders shows it.")
EXPIRED = N_("That deadline has passed or can't be right. Send a fresh screenshot of the "
             "order page.")


@dataclass(frozen=True)
class Offer:
    """An order number and the moment its buyer protection ends."""

    number: str
    deadline: datetime

    def key(self) -> str:
        """The button's callback data."""
        return f"{PREFIX}{self.number}:{int(self.deadline.timestamp())}"


def offer_of(shot: Screenshot, sent_at: datetime) -> Offer | None:
    """The offer a screenshot makes: an order number and a protection countdown, both read."""
    if shot.order is None or shot.left is None or not shot.protection or not shot.left:
        return None
    return Offer(shot.order, sent_at + shot.left)


def parse_key(data: str) -> Offer | None:
    """The offer a button carries, or None for anything malformed."""
    found = BUTTON.match(data)
    if found is None:
        return None
    return Offer(found[1], datetime.fromtimestamp(int(found[2]), UTC))


def _when(db: sqlite_utils.Database, user_id: int, deadline: datetime) -> str:
    """The deadline in the user's zone: "18 December 2026, 14:02"."""
    local = local_date_time(deadline, user_zone(db, user_id))
    return f"{format_day(local.date())}, {local:%H:%M}"


def offer_message(db: sqlite_utils.Database, user_id: int, offer: Offer) -> Outgoing:
    """The question with its one button (in the current language)."""
    from flows.understanding.screenshot_reply import masked

    text = _(OFFER).format(number=masked(offer.number), when=_when(db, user_id, offer.deadline))
    return Outgoing(text, (Button(offer.key(), _(ADD)),))


def accept(db: sqlite_utils.Database, user_id: int, offer: Offer, now: datetime,
           planner: Planner) -> str:
    """Save the offered order and plan its reminders; the answer to show (translated)."""
    from flows.understanding.screenshot_reply import masked

    if not now < offer.deadline <= now + MAX_AHEAD:
        return _(EXPIRED)
    new = NewOrder(number=offer.number, label="", deadline=iso(offer.deadline),
                   deadline_kind=KIND, shipped_on=None, payment_method=None, status=Status.OPEN)
    order_id, existed = save_order(db, user_id, new, iso(now))
    planner(db, order_id, now)
    text = _(UPDATED if existed else ADDED)
    return text.format(number=masked(offer.number), when=_when(db, user_id, offer.deadline))
