"""The facts the understanding layer can extract, and the values each may take.

This is the contract between the extractors (`flows/understanding/facts*.py`) and the
dialogue: a question screen names one of these keys in `asks=`, and its choices say
which value they stand for. Every value is a short ASCII token; unknown means absent.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

INTENTS_OTHER = ("greeting", "help", "thanks", "language", "offtopic")
"""Non-scenario intents. Scenario intents are flow names (`flows.engine.FLOW_BY_NAME`)."""

FACTS = MappingProxyType({
    # Order status by the AliExpress UI names and everyday paraphrases.
    "order_status": ("verifying", "awaiting", "shipped", "delivered", "completed",
                     "cancelled"),
    # Time left on buyer protection, bucketed as the question screens ask it.
    "protection_left": ("week", "days", "hours", "ended"),
    # Raw time left in whole hours (an integer as text), when a number was given.
    "protection_hours": (),
    # What the tracking shows.
    "tracking": ("moving", "in_country", "stalled", "dead", "delivered", "no_tracking"),
    # Days without a tracking update, an integer as text, when given.
    "tracking_quiet_days": (),
    # Business days since the refund was approved, an integer as text, when given
    # ("approved 12 business days ago"; weeks count five business days each).
    "refund_days": (),
    # The AliExpress order number, digits only ("Order ID: 8123 4567 ...", «№8123...»).
    "order_id": (),
    # What is wrong with the item that arrived.
    "problem": ("defective", "damaged", "wrong", "wrong_size", "missing_parts", "fake",
                "not_as_described", "remorse"),
    # Where a dispute stands.
    "dispute": ("none", "opened", "refused", "offer", "escalated", "lost", "won",
                "closed_by_me"),
    # Days since the dispute was opened, an integer as text, when given.
    "dispute_days": (),
    # How the buyer paid.
    "payment": ("card", "balance", "wallet", "paypal", "other"),
    # The card or account the refund would go to is gone.
    "card_expired": ("yes",),
    "bank_gone": ("yes",),
    # Several items in one order.
    "several_items": ("yes",),
    # Some whole items of such an order have not arrived (while the rest did).
    "items_missing": ("yes",),
    # A money amount (digits as text) and its currency when given; a coupon mentioned.
    "amount": (),
    "currency": (),
    "coupon": ("yes",),
    # The seller's processing timer (the time to ship) has run out; not buyer protection.
    "processing_over": ("yes",),
    # What the buyer wants for an item that arrived with a problem: keep it for part of the
    # money, or all of the money back (sending it back).
    "refund_wanted": ("partial", "full"),
    # The parcel's tracking number as typed (letters and digits, in capitals), for the texts
    # for the seller; never a fact the advice rests on.
    "tracking_number": (),
    # What a scam request asks of the buyer (`flows.understanding.scams`): close the dispute
    # for a refund outside AliExpress, confirm receipt early, pay outside AliExpress, or give a
    # fake "support" their card details or a code (phishing).
    "scam_request": ("close", "confirm", "payout", "phishing"),
    # What a question before buying asks about (read only for that guide): buyer protection and
    # its deadlines, delivery times, or whether a store can be trusted.
    "basics_topic": ("protection", "delivery", "store"),
})
"""Fact key -> allowed values (empty: free value, documented above)."""
READ_WITH_INTENT = MappingProxyType({"basics_topic": "basics"})
"""Facts `understand` reads only for messages of one intent (`extract_facts` never gives them):
fact key -> that intent."""

URGENT_HOURS = 48
"""This many hours (2 days) of protection left or fewer is the open-the-dispute-now screen
("hours"): an extension asked for then may not come in time."""
WEEK_HOURS = 7 * 24
"""Up to this many hours left is "days" (ask for an extension); more is "week"."""
DEAD_QUIET_DAYS = 15
"""Tracking silent this many days or more is "dead" (R34); fewer is "stalled"."""


def time_left(hours: int) -> str:
    """The `protection_left` value the question screens use for a number of hours left."""
    if hours <= 0:
        return "ended"
    if hours <= URGENT_HOURS:
        return "hours"
    return "days" if hours <= WEEK_HOURS else "week"


def stated_time_left(stated: Mapping[str, str]) -> str | None:
    """The time-left bucket the question screens split by (2 days or less, a few, a week+) of
    what the buyer stated: a number of hours, when given, decides, by `time_left`."""
    hours = stated.get("protection_hours", "")
    if hours.isdigit():
        return time_left(int(hours))
    return stated.get("protection_left")


def quiet_tracking(days: int) -> str:
    """The `tracking` value for a number of days without a tracking update."""
    return "dead" if days >= DEAD_QUIET_DAYS else "stalled"


ON_ITS_WAY = ("moving", "in_country", "stalled")
"""Tracking states of a parcel still on its way to the buyer."""


def on_its_way(facts: Mapping[str, str]) -> bool:
    """Whether the facts put the parcel still on its way: the order shipped or the tracking
    moving, in the buyer's country or stalled, and never shown delivered."""
    return (facts.get("order_status") == "shipped" or facts.get("tracking") in ON_ITS_WAY) and (
        facts.get("tracking") != "delivered")
