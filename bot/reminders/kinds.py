"""Reminder kinds: their names in the outbox, which guide each opens, which may wake a user."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.i18n import pick_language
from flows.timezones import likely_zone, zone

DISPUTE_BUTTON = "dispute_button"
SELLER_REPLY = "seller_reply"
REFUND_OVERDUE = "refund_overdue"

# The last reminder before the end may not wait for the morning (the issue: "except the 12 h").
QUIET_EXEMPT_LEAD = timedelta(hours=12)

# The scenario a reminder's "open the guide" button jumps into (flows.engine.FLOW_BY_NAME).
GUIDE_FLOW = {
    DISPUTE_BUTTON: "dispute",
    SELLER_REPLY: "dispute",
    REFUND_OVERDUE: "moneylate",
}
PROTECTION_GUIDE = "notreceived"
ORDERS_FLOW = "orders"

_LEAD = re.compile(r"before_(\d+)([dhms])")
_UNIT = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


def lead_of(kind: str) -> timedelta | None:
    """How long before the protection end a `before_*` kind fires; None for other kinds."""
    found = _LEAD.fullmatch(kind)
    return timedelta(**{_UNIT[found[2]]: int(found[1])}) if found else None


def is_protection(kind: str) -> bool:
    """Whether the kind counts down to the end of buyer protection."""
    return lead_of(kind) is not None


def quiet_exempt(kind: str) -> bool:
    """Whether the kind is sent even in quiet hours (the last hours before the end)."""
    lead = lead_of(kind)
    return lead is not None and lead <= QUIET_EXEMPT_LEAD


def guide_flow(kind: str) -> str:
    """The scenario that explains what to do about this kind of reminder."""
    return GUIDE_FLOW.get(kind, PROTECTION_GUIDE)


def user_zone(tz: str | None, lang: str | None, tg_lang: str | None = None) -> ZoneInfo:
    """The user's stored zone, else the likely one for their language (Moscow for ru)."""
    return zone(tz or likely_zone(pick_language(lang, tg_lang, "en")))


BUTTON_PREFIX = "r1"
ACTIONS = {"g": "guide", "x": "extended", "s": "stop"}
_BUTTON = re.compile(r"r1:(\d{1,12}):([gxs])")


def button_data(reminder_id: int, action: str) -> str:
    """Callback data of a reminder button: valid whatever step the user's dialogue is at."""
    return f"{BUTTON_PREFIX}:{reminder_id}:{action}"


def parse_button(data: str) -> tuple[int, str] | None:
    """(reminder id, action name) from a reminder button's data, or None if malformed."""
    found = _BUTTON.fullmatch(data)
    return (int(found[1]), ACTIONS[found[2]]) if found else None
