"""What a reminder message says: per order, which order, the time left with its date, and the
one action its kind asks for (records in kinds.py, msgids in wording.py).

Render inside `use_language(...)`: every text goes through the user's catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.i18n import ENGLISH, _, format_day, ngettext
from bot.orders.store import Order
from bot.reminders import wording as w
from bot.reminders.kinds import (
    AWAITING_REFUND,
    COUNTING,
    DISPUTE_BUTTON,
    EXTENDED,
    GUIDE,
    RECEIVED,
    REFUNDED,
    ReminderKind,
    button_data,
    kind_named,
    user_zone,
)
from bot.reminders.outbox import Due
from flows.deadlines import days_left, local_date, refund_expected, seller_reply_due, time_left

MAX_ORDERS = 4
MAX_CHARS = 3800
LABELS = {EXTENDED: w.EXTENDED_LABEL, RECEIVED: w.RECEIVED_LABEL, REFUNDED: w.REFUNDED_LABEL}


@dataclass(frozen=True)
class ReminderMessage:
    """One Telegram message: text, buttons as (label, callback data), the rows it delivers."""

    text: str
    buttons: tuple[tuple[str, str], ...]
    ids: tuple[int, ...]


def order_of(due: Due) -> Order:
    """The order a claimed reminder is about, parsed once from the row's copy of its fields."""
    return Order.parse({
        "id": due.order_id, "user_id": due.user_id, "number": due.number, "label": due.label,
        "deadline": due.deadline, "deadline_kind": getattr(due, "deadline_kind", None),
        "shipped_on": due.shipped_on, "payment_method": due.payment_method,
        "status": due.status, "dispute_opened_at": due.dispute_opened_at,
        "refund_decided_on": due.refund_decided_on,
    })


def when_text(moment_: datetime, tz: ZoneInfo) -> str:
    """An absolute moment in the user's zone: "14 March 2026 at 00:00"."""
    local = moment_.astimezone(tz)
    return _(w.AT).format(date=format_day(local.date()), time=local.strftime("%H:%M"))


def left_text(deadline: datetime, now: datetime, tz: ZoneInfo) -> str:
    """Time left: hours on the last day, else whole calendar days in the user's zone."""
    remaining = time_left(deadline, now)
    if remaining < timedelta(hours=1):
        # Translators: time left in a reminder: "Buyer protection ends on ... (in less than an
        # hour)".
        return _("in less than an hour")
    if remaining < timedelta(days=1):
        hours = int(remaining // timedelta(hours=1))
        # Translators: time left in a reminder, in hours: "... (in 5 hours)".
        return ngettext("in {n} hour", "in {n} hours", hours).format(n=hours)
    days = days_left(deadline, now, tz)
    # Translators: time left in a reminder, in days: "... (in 3 days)".
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def text_args(order: Order, now: datetime, tz: ZoneInfo) -> dict[str, str]:
    """Every value a reminder text may name, from what the bot knows of the order."""
    args = {"number": order.number, "label": order.label,
            "when": when_text(order.deadline, tz), "left": left_text(order.deadline, now, tz)}
    if order.shipped_on:
        args["shipped"] = format_day(order.shipped_on)
    if order.dispute_opened_at:
        args["opened"] = format_day(local_date(order.dispute_opened_at, tz))
        args["reply_end"] = when_text(seller_reply_due(order.dispute_opened_at), tz)
    if order.refund_decided_on:
        typical, latest = refund_expected(order.refund_decided_on, order.method)
        args.update(decided=format_day(order.refund_decided_on), typical=format_day(typical),
                    latest=format_day(latest),
                    method=_(w.METHODS.get(order.method, w.METHODS["card"])))
    return args


def seller_message(template: str, order: Order, tz: ZoneInfo) -> str:
    """The ready English text for the seller, with the order's number and end date."""
    day = format_date(local_date(order.deadline, tz), format="long", locale=ENGLISH)
    return template.format(number=order.number, date=day)


def _primary(records: Sequence[ReminderKind]) -> ReminderKind:
    """The most urgent kind: the protection reminder with the shortest lead, else the first."""
    countdown = [r for r in records if r.protection]
    return min(countdown, key=lambda r: r.lead or timedelta.max) if countdown else records[0]


def _paragraphs(order: Order, records: Sequence[ReminderKind], now: datetime,
                tz: ZoneInfo) -> list[str]:
    """The texts of the kinds due, plus what the bot knows that changes the advice."""
    args = text_args(order, now, tz)
    counting = [r for r in records if r.protection or r is DISPUTE_BUTTON]
    shown: list[ReminderKind] = [r for r in records if r not in counting]
    if counting and order.deadline <= now:
        # After downtime: never a stale countdown, but what can still be done.
        head = [_(w.PROTECTION_ENDED).format(**args), _(w.ENDED_ACTION)]
    elif counting:
        primary = _primary(counting)
        shown = [primary, *(r for r in counting if r is DISPUTE_BUTTON and r is not primary),
                 *shown]
        head = []
    else:
        head = []
    msgids = list(dict.fromkeys(m for r in shown for m in r.texts_for(order)))
    parts = head + [_(m).format(**args) for m in msgids]
    if counting and order.deadline > now:
        if order.estimated:
            parts.append(_(w.ESTIMATED))
        if order.status == "refund_promised":
            parts.append(_(w.PROMISED))
        seller = _primary(counting).seller_text
        if seller and order.status != "problem":
            parts.append(_(w.SELLER_TEXT_INTRO) + "\n" + seller_message(seller, order, tz))
    return parts


def order_block(order: Order, items: Sequence[Due], now: datetime, tz: ZoneInfo) -> str:
    """Everything due for one order, as one block of paragraphs under the order's name."""
    records = [r for r in (kind_named(i.kind) for i in items) if r is not None]
    header = (_(w.HEADER).format(label=order.label, number=order.number) if order.label
              else _(w.HEADER_NO_LABEL).format(number=order.number))
    return "\n\n".join([header, *(_paragraphs(order, records, now, tz) if records else [])])


def order_buttons(order: Order, items: Sequence[Due], now: datetime, tz: ZoneInfo,
                  suffix: bool) -> list[tuple[str, str]]:
    """The guide for this case, then the actions its kinds offer for what the order is now."""
    found = [(i, r) for i in items if (r := kind_named(i.kind)) is not None]
    if not found:
        return []
    primary = _primary([r for _i, r in found])
    key = next(i for i, r in found if r is primary)
    actions = list(dict.fromkeys(a for _i, r in found for a in r.buttons))
    if order.status not in COUNTING or order.deadline <= now:
        actions = [a for a in actions if a != EXTENDED]
    if order.status in AWAITING_REFUND:
        actions = list(dict.fromkeys(REFUNDED if a == RECEIVED else a for a in actions))
    # Translators: the order number as AliExpress shows it, e.g. "No. 8123456789012345".
    name = (order.label or _("No. {number}").format(number=order.number))[:24]
    labels = {**LABELS, GUIDE: primary.guide_for(order)[1]}
    return [(_(labels[a]) + (f" · {name}" if suffix else ""), button_data(key.id, a))
            for a in actions]


def compose(items: Sequence[Due], now: datetime) -> list[ReminderMessage]:
    """One user's due reminders as few messages as possible, a few orders per message."""
    first = items[0]
    tz = user_zone(first.tz, first.lang, first.tg_lang)
    groups = [list(group) for _key, group in groupby(items, key=lambda i: i.order_id)]
    chunks: list[list[tuple[Order, list[Due], str]]] = [[]]
    size = 0
    for group in groups:
        order = order_of(group[0])  # parsed once per order, used for its text and buttons
        block = order_block(order, group, now, tz)
        if chunks[-1] and (len(chunks[-1]) == MAX_ORDERS or size + len(block) > MAX_CHARS):
            chunks.append([])
            size = 0
        chunks[-1].append((order, group, block))
        size += len(block) + 2
    messages = []
    for chunk in chunks:
        text = "\n\n".join(block for _order, _group, block in chunk)
        buttons = [b for order, group, _block in chunk
                   for b in order_buttons(order, group, now, tz, suffix=len(chunk) > 1)]
        ids = tuple(i.id for _order, group, _block in chunk for i in group)
        messages.append(ReminderMessage(text, tuple(buttons), ids))
    return messages
