"""The order card: how an order reads in the user's language, its dates and its next step.

The next step per status is the life cycle's `step` (flows/orders/lifecycle.py); the values
it may name come from `order_args`, which the reminders use too (C01-C09).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.i18n import _, current_lang, format_day, ngettext
from bot.orders.store import Order
from flows.deadlines.maths import (
    business_days_between,
    days_left,
    local_date,
    local_date_time,
    refund_business_days,
    seller_reply_due,
    time_left,
)
from flows.engine.markers import N_
from flows.orders import wording as w
from flows.orders.lifecycle import row
from flows.scenarios.orders import PAYMENT_METHODS

METHOD_LABELS = dict(PAYMENT_METHODS)


@lru_cache(maxsize=2048)
def _day_in(day: date, lang: str) -> str:
    """format_day, remembered per language: many orders and reminders name the same days."""
    return format_day(day)


def day_text(day: date) -> str:
    """A full date in the current language ("25 December 2026", «25 декабря 2026 г.»)."""
    return _day_in(day, current_lang.get())


def day_phrase(day: date, today: date) -> str:
    """A day with how far it is: 25 December 2026 (in 5 days / today / 3 days ago)."""
    n = (day - today).days
    if n > 0:
        # Translators: how far a day is, shown in brackets after the date: "25 December 2026 (in 5
        # days)".
        left = ngettext("in {n} day", "in {n} days", n).format(n=n)
    elif n == 0:
        # Translators: shown in brackets after a date: "25 December 2026 (today)".
        left = _("today")
    else:
        # Translators: shown in brackets after a past date: "20 December 2026 (3 days ago)".
        left = ngettext("{n} day ago", "{n} days ago", -n).format(n=-n)
    # Translators: {date} is a full date, {left} one of the phrases above ("in 5 days", "today").
    return _("{date} ({left})").format(date=day_text(day), left=left)


def deadline_line(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """When protection ends, with the absolute date and the days left."""
    phrase = day_phrase(local_date(order.deadline, tz), local_date(now, tz))
    if order.deadline_kind in ("countdown", "screenshot"):
        phrase += ", " + local_date_time(order.deadline, tz).strftime("%H:%M")
    if order.deadline <= now:
        # Translators: order page; {when} is a date with how far it is, e.g. "25 December 2026 (3
        # days ago)". Protection is AliExpress's buyer protection.
        line = _("Protection ended {when}").format(when=phrase)
    else:
        # Translators: order page; {when} is a date with how far it is, e.g. "25 December 2026 (in 5
        # days), 18:00". Protection is AliExpress's buyer protection.
        line = _("Protection ends {when}").format(when=phrase)
    if order.deadline_kind == "screenshot":
        line += "\n" + _("(read from your screenshot's countdown)")
    if order.deadline_kind == "shipping":
        line += "\n" + _("(estimated from the ship date: the countdown on the order page is "
                         "the date that counts, check it)")
    return line


def when_text(moment_: datetime, tz: ZoneInfo) -> str:
    """An absolute moment in the user's zone: "14 March 2026 at 00:00"."""
    local = moment_.astimezone(tz)
    return _(w.AT).format(date=day_text(local.date()), time=local.strftime("%H:%M"))


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


class OrderArgs(dict[str, str]):
    """Every value a reminder or the order card may name, each computed the first time a text
    names it (dates are formatted by Babel, which costs more than the rest of a message).

    Refund timing is a range of business days, never a computed calendar date (C01-C03).
    """

    def __init__(self, order: Order, now: datetime, tz: ZoneInfo) -> None:
        super().__init__(number=order.number, label=order.label)
        self.order, self.now, self.tz = order, now, tz

    def __missing__(self, key: str) -> str:
        """Compute, keep and return one value."""
        order, now, tz = self.order, self.now, self.tz
        opened = order.dispute_opened_at or now
        values: dict[str, Callable[[], str]] = {
            "when": lambda: when_text(order.deadline, tz),
            "left": lambda: left_text(order.deadline, now, tz),
            "date": lambda: day_text(local_date(order.deadline, tz)),
            "low": lambda: str(refund_business_days(order.method)[0]),
            "high": lambda: str(refund_business_days(order.method)[1]),
            "method": lambda: _(w.METHODS.get(order.method, w.METHODS["card"])),
            "decided": lambda: day_text(order.refund_decided_on or local_date(now, tz)),
            "shipped": lambda: day_text(order.shipped_on) if order.shipped_on else "",
            "opened": lambda: day_text(local_date(opened, tz)),
            "reply_end": lambda: when_text(seller_reply_due(opened), tz),
            "due": lambda: day_text(local_date(seller_reply_due(opened), tz)),
        }
        value = self[key] = values[key]()
        return value


order_args = OrderArgs


def refund_late(order: Order, now: datetime, tz: ZoneInfo) -> bool:
    """Whether more business days than the upper end of the method's range have passed."""
    if order.refund_decided_on is None:
        return False
    high = refund_business_days(order.method)[1]
    return business_days_between(order.refund_decided_on, local_date(now, tz)) > high


def next_step(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """The one thing to do next for this order, as its status declares it."""
    status = row(order.status)
    args = order_args(order, now, tz)
    ended = _(w.STEP_ENDED if status.ended == w.ENDED_ACTION else status.ended)
    over = status.countdown and order.deadline <= now
    if status.awaits_refund:  # the refund is what matters most, before or after the end
        late = refund_late(order, now, tz)
        parts = [_(w.STEP_REFUND_LATE if late else status.step).format_map(args)]
        parts += [ended] if over else []
    elif over:
        return ended
    else:
        parts = [_(status.step).format_map(args)]
    if order.deadline_kind == "delivered_cut" and status.countdown:
        parts.append(_(w.CUT_ASSUMED))
    if status.reminders and order.dispute_opened_at and not order.dispute_day_known:
        parts.append(_(w.DISPUTE_DAY_ESTIMATED).format_map(args))
    return "\n".join(parts)


def heading(order: Order) -> str:
    """The order's name and number."""
    # Translators: the order number as AliExpress shows it, e.g. "No. 8123456789012345".
    number = _("No. {number}").format(number=order.number)
    return f"📦 {order.label} · {number}" if order.label else f"📦 {number}"


def order_summary(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """Heading, deadline and next step: one paragraph of the list."""
    lines = [heading(order)]
    if row(order.status).countdown:
        lines.append(deadline_line(order, now, tz))
    lines.append(next_step(order, now, tz))
    return "\n".join(lines)


def order_page(order: Order, now: datetime, tz: ZoneInfo) -> tuple[str, ...]:
    """The paragraphs of one order's page."""
    lines = [heading(order)]
    if row(order.status).countdown:
        lines.append(deadline_line(order, now, tz))
    if order.payment_method in METHOD_LABELS:
        # Translators: {method} is a payment method: bank card, Alipay, AliExpress wallet or
        # e-wallet.
        lines.append(_("Paid with: {method}").format(
            method=_(METHOD_LABELS[order.payment_method])))
    return "\n".join(lines), next_step(order, now, tz)


RESULTS: dict[str, str] = {
    # Translators: "buyer protection" is AliExpress's term (the countdown on the order page).
    "added": N_("✅ Saved. I'll remind you before buyer protection ends."),
    "updated": N_("✅ You already had this order, so I updated it."),
    "extended": N_("✅ New date saved; the reminders moved with it."),
    "dispute": N_("✅ Noted: the dispute is open."),
    "refund": N_("✅ Noted: the dispute was won and a refund decided."),
    "cancelled": N_("✅ Noted: the order is cancelled. No more protection reminders; I'll "
                    "remind you if the refund is late."),
    "closed": N_("✅ Closed. No more reminders for this order."),
    "reopened": N_("↩️ Reopened: the reminders are back on."),
    "deleted": N_("🗑 Deleted the order and its reminders."),
    "refused": N_("That button doesn't fit where this order stands now, so nothing was "
                  "changed. Here is the order as it is."),
    "lost": N_("Noted: the dispute was lost. No more reminders for this order."),
    "withdrawn": N_("Noted: you closed the dispute. No more reminders for this order; if "
                    "protection still runs and the problem isn't solved, check on the order page "
                    "whether you can open a new request."),
    "missing": N_("I can't find that order (maybe it was deleted). Nothing was changed."),
    "incomplete": N_("Something was missing, so nothing was saved. Please add the order again."),
}
