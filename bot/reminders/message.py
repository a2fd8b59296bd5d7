"""A reminder message as the user reads it: per order, which order, the time left with its date,
and what the kind says in the order's status (flows/orders/lifecycle.py, flows/orders/wording.py).

Render inside `use_language(...)`: every text goes through the user's catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.i18n import _
from bot.orders.card import order_args
from bot.orders.store import Order
from bot.reminders.kinds import (
    DISPUTE_BUTTON,
    GUIDE,
    ReminderKind,
    button_data,
    kind_named,
)
from bot.reminders.outbox import Due
from flows.deadlines.maths import (
    local_date,
)
from flows.languages import ENGLISH
from flows.orders import wording as w
from flows.orders.lifecycle import Action, Reminder, Stage, row
from flows.scenarios.orders import ACTION_LABELS

MAX_ORDERS = 4
MAX_CHARS = 3800


@dataclass(frozen=True)
class ReminderMessage:
    """One Telegram message: text, buttons as (label, callback data), the rows it delivers."""

    text: str
    buttons: tuple[tuple[str, str], ...]
    ids: tuple[int, ...]


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
    """The texts of the kinds due in the order's status, plus what changes the advice."""
    args = order_args(order, now, tz)
    status = row(order.status)
    counting = [r for r in records if r.protection or r is DISPUTE_BUTTON]
    shown: list[ReminderKind] = [r for r in records if r not in counting]
    head: list[str] = []
    if counting and order.deadline <= now:
        # After downtime: never a stale countdown, but what can still be done.
        head = [_(w.PROTECTION_ENDED).format_map(args), _(status.ended)]
    elif counting:
        primary = _primary(counting)
        shown = [primary, *(r for r in counting if r is DISPUTE_BUTTON and r is not primary),
                 *shown]
    msgids = list(dict.fromkeys(m for r in shown for m in r.texts_for(order)))
    parts = head + [_(m).format_map(args) for m in msgids]
    if any(r.family is Reminder.SELLER_REPLY for r in shown) and not order.dispute_day_known:
        parts.append(_(w.DISPUTE_DAY_ESTIMATED).format_map(args))
    if counting and order.deadline > now:
        if order.deadline_kind == "delivered_cut":
            parts.append(_(w.CUT_ASSUMED))
        elif order.estimated:
            parts.append(_(w.ESTIMATED))
        primary = _primary(counting)
        # The request to extend protection only while the buyer is still waiting for the parcel.
        if primary.stage is Stage.EARLY and status.extension_draft:
            parts.append(_(w.SELLER_TEXT_INTRO) + "\n" + seller_message(
                w.EXTENSION_REQUEST, order, tz))
    return parts


def order_block(order: Order, items: Sequence[Due], now: datetime, tz: ZoneInfo) -> str:
    """Everything due for one order, as one block of paragraphs under the order's name."""
    records = [r for r in (kind_named(i.kind) for i in items) if r is not None]
    header = (_(w.HEADER).format(label=order.label, number=order.number) if order.label
              else _(w.HEADER_NO_LABEL).format(number=order.number))
    return "\n\n".join([header, *(_paragraphs(order, records, now, tz) if records else [])])


def order_buttons(order: Order, items: Sequence[Due], now: datetime,
                  suffix: bool) -> list[tuple[str, str]]:
    """The guide for the order's status, then the actions its status offers on a reminder."""
    found = [(i, r) for i in items if (r := kind_named(i.kind)) is not None]
    if not found:
        return []
    primary = _primary([r for _i, r in found])
    key = next(i for i, r in found if r is primary)
    status = row(order.status)
    actions = [a for a in status.reminder_actions if a is not Action.EXTEND or order.deadline > now]
    # Translators: the order number as AliExpress shows it, e.g. "No. 8123456789012345".
    name = (order.label or _("No. {number}").format(number=order.number))[:24]
    labels = [(GUIDE, status.guide_for(primary.stage)[1]),
              *((a, status.labels.get(a, ACTION_LABELS[a])) for a in actions)]
    return [(_(label) + (f" · {name}" if suffix else ""), button_data(key.id, action))
            for action, label in labels]


def compose(items: Sequence[Due], now: datetime) -> list[ReminderMessage]:
    """One user's due reminders as few messages as possible, a few orders per message."""
    tz = items[0].recipient.zone
    groups = [list(group) for _key, group in groupby(items, key=lambda i: i.order.id)]
    chunks: list[list[tuple[Order, list[Due], str]]] = [[]]
    size = 0
    for group in groups:
        order = group[0].order
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
                   for b in order_buttons(order, group, now, suffix=len(chunk) > 1)]
        ids = tuple(i.id for _order, group, _block in chunk for i in group)
        messages.append(ReminderMessage(text, tuple(buttons), ids))
    return messages
