"""What a reminder says: per order, which order, the time left with its date, the one action.

Render inside `use_language(...)`: every text goes through the user's catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

from bot.i18n import _, format_day, ngettext
from bot.reminders.kinds import (
    DISPUTE_BUTTON,
    REFUND_OVERDUE,
    SELLER_REPLY,
    button_data,
    is_protection,
    user_zone,
)
from bot.reminders.outbox import Due
from bot.reminders.plan import day_of, moment
from flows.deadlines import DEFAULT_REFUND_METHOD, days_left, refund_expected, time_left
from flows.markers import N_

MAX_ORDERS = 4
MAX_CHARS = 3800

HEADER = N_("⏰ Order «{label}» (No. {number})")
HEADER_NO_LABEL = N_("⏰ Order No. {number}")
PROTECTION_LEFT = N_("Buyer protection ends on {when} ({left}).")
PROTECTION_ACTION = N_(
    "If the parcel hasn't arrived or something is wrong with it, open a dispute on the order "
    "page before then. If the seller extended the protection, press «I extended it» and "
    "enter the new date."
)
PROTECTION_ENDED = N_("Buyer protection has ended: the countdown ran out on {when}.")
ENDED_ACTION = N_(
    "What you can still do: open the order page now. If the «Open dispute» button is still "
    "there, open a dispute today: it still counts. If the order is marked Completed and the "
    "button is gone, write to AliExpress support from the order page with your tracking "
    "number and photos."
)
DISPUTE_BUTTON_TEXT = N_(
    "The seller shipped it on {shipped}. The «Open dispute» button usually appears about a week "
    "after shipping (some rules say 5, 6, 10 or 11 days), so it may be there now. If tracking "
    "is stuck or wrong, you can open a dispute."
)
SELLER_REPLY_TEXT = N_(
    "You opened a dispute on {opened}. The seller's reply window (about 5 days) ended on {when}. "
    "Check the dispute page: if the seller hasn't replied, the dispute usually resolves in "
    "your favour automatically, but its own timer decides. If the seller refused, escalate "
    "the dispute to AliExpress."
)
REFUND_LATE = N_(
    "The refund decided on {decided} usually arrives by {typical} ({method}), so it is late. "
    "What to do, step by step:"
)
REFUND_LADDER = (
    N_("1. Check your statement, including the original purchase date (some banks post the "
       "refund there), and your Alipay or Bonus balance."),
    N_("2. Write to AliExpress support from the order page with the order and dispute numbers."),
    N_("3. If nothing has arrived by {latest}, also contact your bank with the refund reference."),
)
METHODS = {
    "card": N_("bank card"),
    "alipay": N_("Alipay"),
    "wallet": N_("AliExpress wallet"),
    "ewallet": N_("e-wallet"),
}
AT = N_("{date} at {time}")
GUIDE = N_("📖 Open the guide")
EXTENDED = N_("📅 I extended it")
STOP = N_("✅ I received it / stop")


@dataclass(frozen=True)
class ReminderMessage:
    """One Telegram message: text, buttons as (label, callback data), the rows it delivers."""

    text: str
    buttons: tuple[tuple[str, str], ...]
    ids: tuple[int, ...]


def when_text(moment_: datetime, tz: ZoneInfo) -> str:
    """An absolute moment in the user's zone: "14 March 2026 at 00:00"."""
    local = moment_.astimezone(tz)
    return _(AT).format(date=format_day(local.date()), time=local.strftime("%H:%M"))


def left_text(deadline: datetime, now: datetime, tz: ZoneInfo) -> str:
    """Time left: hours on the last day, else whole calendar days in the user's zone."""
    remaining = time_left(deadline, now)
    if remaining < timedelta(hours=1):
        return _("in less than an hour")
    if remaining < timedelta(days=1):
        hours = int(remaining // timedelta(hours=1))
        return ngettext("in {n} hour", "in {n} hours", hours).format(n=hours)
    days = days_left(deadline, now, tz)
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def _countdown(order: Due, kinds: set[str], now: datetime, tz: ZoneInfo) -> list[str]:
    """Paragraphs for the protection countdown and the dispute button, if the order has them."""
    deadline = moment(order.deadline, tz)
    assert deadline is not None
    if deadline <= now:
        # After downtime: never a stale countdown, but what can still be done.
        return [_(PROTECTION_ENDED).format(when=when_text(deadline, tz)), _(ENDED_ACTION)]
    parts = [_(PROTECTION_LEFT).format(when=when_text(deadline, tz),
                                       left=left_text(deadline, now, tz))]
    if DISPUTE_BUTTON in kinds and order.shipped_on:
        shipped = format_day(day_of(order.shipped_on, tz))
        parts.append(_(DISPUTE_BUTTON_TEXT).format(shipped=shipped))
    if any(is_protection(k) for k in kinds):
        parts.append(_(PROTECTION_ACTION))
    return parts


def _refund(order: Due, tz: ZoneInfo) -> list[str]:
    """The late-refund paragraph and the ladder of what to do (C03)."""
    assert order.refund_decided_on is not None
    decided = day_of(order.refund_decided_on, tz)
    method = (order.payment_method or DEFAULT_REFUND_METHOD).lower()
    typical, latest = refund_expected(decided, method)
    head = _(REFUND_LATE).format(decided=format_day(decided), typical=format_day(typical),
                                 method=_(METHODS.get(method, METHODS[DEFAULT_REFUND_METHOD])))
    ladder = "\n".join(_(step).format(latest=format_day(latest)) for step in REFUND_LADDER)
    return [head, ladder]


def order_block(items: Sequence[Due], now: datetime, tz: ZoneInfo) -> str:
    """Everything due for one order, as one block of paragraphs under the order's name."""
    order, kinds = items[0], {i.kind for i in items}
    header = (_(HEADER).format(label=order.label, number=order.number) if order.label
              else _(HEADER_NO_LABEL).format(number=order.number))
    parts = [header]
    if kinds & {DISPUTE_BUTTON} or any(is_protection(k) for k in kinds):
        parts += _countdown(order, kinds, now, tz)
    if SELLER_REPLY in kinds and order.dispute_opened_at:
        opened = moment(order.dispute_opened_at, tz)
        assert opened is not None
        ended = next(moment(i.due_at, tz) for i in items if i.kind == SELLER_REPLY)
        assert ended is not None
        parts.append(_(SELLER_REPLY_TEXT).format(opened=format_day(opened.astimezone(tz).date()),
                                                 when=when_text(ended, tz)))
    if REFUND_OVERDUE in kinds and order.refund_decided_on:
        parts += _refund(order, tz)
    return "\n\n".join(parts)


def order_buttons(items: Sequence[Due], now: datetime, tz: ZoneInfo,
                  suffix: bool) -> list[tuple[str, str]]:
    """Open the guide for this case, I extended it (while protection runs), I received it."""
    order, kinds = items[0], [i.kind for i in items]
    deadline = moment(order.deadline, tz)
    counting = order.status == "open" and deadline is not None and deadline > now
    # The buttons carry the most specific reminder; its stored kind picks the guide.
    key = next((i for i in items if not is_protection(i.kind)), items[0])
    actions = [(GUIDE, "g")]
    if counting and (DISPUTE_BUTTON in kinds or any(is_protection(k) for k in kinds)):
        actions.append((EXTENDED, "x"))
    actions.append((STOP, "s"))
    name = (order.label or _("No. {number}").format(number=order.number))[:24]
    return [(_(label) + (f" · {name}" if suffix else ""), button_data(key.id, code))
            for label, code in actions]


def compose(items: Sequence[Due], now: datetime) -> list[ReminderMessage]:
    """One user's due reminders as few messages as possible, a few orders per message."""
    first = items[0]
    tz = user_zone(first.tz, first.lang, first.tg_lang)
    orders = [list(group) for _key, group in groupby(items, key=lambda i: i.order_id)]
    chunks: list[list[tuple[list[Due], str]]] = [[]]
    size = 0
    for group in orders:
        block = order_block(group, now, tz)
        if chunks[-1] and (len(chunks[-1]) == MAX_ORDERS or size + len(block) > MAX_CHARS):
            chunks.append([])
            size = 0
        chunks[-1].append((group, block))
        size += len(block) + 2
    messages = []
    for chunk in chunks:
        text = "\n\n".join(block for _group, block in chunk)
        buttons = [b for group, _block in chunk
                   for b in order_buttons(group, now, tz, suffix=len(chunk) > 1)]
        ids = tuple(i.id for group, _block in chunk for i in group)
        messages.append(ReminderMessage(text, tuple(buttons), ids))
    return messages
