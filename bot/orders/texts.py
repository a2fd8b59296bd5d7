"""How an order reads in the user's language: its dates, what to do next (C01-C08)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.i18n import _, format_day, ngettext
from bot.orders.store import Order
from flows.deadlines.maths import (
    days_left,
    local_date,
    local_date_time,
    refund_expected,
    seller_reply_due,
)
from flows.engine.markers import N_
from flows.scenarios.orders import PAYMENT_METHODS

SOON_DAYS = 7
METHOD_LABELS = dict(PAYMENT_METHODS)


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
    return _("{date} ({left})").format(date=format_day(day), left=left)


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
    if order.estimated:
        line += "\n" + _("(estimated from the ship date: the countdown on the order page is "
                         "the date that counts, check it)")
    return line


def refund_range(order: Order, tz: ZoneInfo) -> tuple[date, date]:
    """(usually by, at the latest around) for a promised refund, by payment method."""
    decided = order.refund_decided_on or local_date(order.deadline, tz)
    return refund_expected(decided, order.method)


def _open_step(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """What to do while protection runs, or after it ended (C05, C06)."""
    if order.deadline <= now:
        return _("Next: check the order page. If the \"Open dispute\" button is still there, "
                 "you can still use it; if the order is \"Completed\" and the button is gone, "
                 "protection is over.")
    if days_left(order.deadline, now, tz) > SOON_DAYS:
        # Translators: "protection" is AliExpress's buyer protection (the countdown on the order
        # page).
        return _("Next: wait for the parcel. I'll remind you a week before protection ends.")
    # Translators: placeholders are dates; "protection" is AliExpress's buyer protection.
    return _("Next: if the parcel hasn't arrived, ask the seller to extend protection "
             "or open a dispute before {date}.").format(
        date=format_day(local_date(order.deadline, tz)))


def _dispute_step(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """The seller's reply clock (about 5 days, C07) and what follows (C08)."""
    if order.dispute_opened_at is None:
        return _("Dispute open (the day it was opened is not known). The seller usually has "
                 "about 5 days to reply: the timer on the dispute page shows how long is left. "
                 "If they don't reply in time, the dispute usually resolves in your favour.")
    opened = order.dispute_opened_at
    due = seller_reply_due(opened)
    args = {"date": format_day(local_date(opened, tz)), "due": format_day(local_date(due, tz))}
    if now < due:
        # Translators: {date} and {due} are dates.
        return _("Dispute opened {date}. The seller usually has about 5 days to reply, until "
                 "about {due}. If they don't reply in time, the dispute usually resolves in "
                 "your favour; the timer on the dispute page wins.").format(**args)
    # Translators: {date} is the date the dispute was opened.
    return _("Dispute opened {date}. The seller's reply time (about 5 days) is over: check "
             "the dispute page. If you can't agree, escalate the dispute to AliExpress.").format(
        **args)


def _refund_step(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """When the refund usually arrives, and the ladder once it is late (C01-C03)."""
    typical, latest = refund_range(order, tz)
    today = local_date(now, tz)
    args = {"date": format_day(order.refund_decided_on or today),
            "typical": format_day(typical), "latest": format_day(latest)}
    if today > latest:
        return _("The refund is overdue. Check your card statement (also under the original "
                 "purchase date) and your AliExpress balance, then contact AliExpress support "
                 "with the order and dispute number, and your bank with the refund "
                 "reference.").format(**args)
    if today > typical:
        # Translators: placeholders are dates; the refund went back to the way the buyer paid.
        return _("Refund not in yet? Check your statement, also under the original purchase "
                 "date, and your AliExpress or Alipay balance. If it's still missing after "
                 "{latest}, contact AliExpress support with the order and dispute "
                 "number.").format(**args)
    if order.status == "cancelled":
        args["range"] = _range(typical, latest, args)
        # Translators: {date} is a date; {range} is one of the two "usually arrives by ..." phrases
        # below, in lower case.
        return _("Order cancelled on {date}: the refund {range}").format(**args)
    if typical == latest:
        # Translators: {date}, {typical} are dates.
        return _("Refund promised {date}. It usually arrives by {typical}: the usual time, "
                 "not a guarantee.").format(**args)
    # Translators: {date}, {typical}, {latest} are dates.
    return _("Refund promised {date}. It usually arrives by {typical}, sometimes only by "
             "{latest}, depending on your bank (business days: weekends and holidays don't "
             "count).").format(**args)


def _range(typical: date, latest: date, args: dict[str, str]) -> str:
    """How long a refund usually takes, as the end of a sentence."""
    if typical == latest:
        # Translators: completes "the refund ..." above; {typical} is a date.
        return _("usually arrives by {typical}: the usual time, not a guarantee.").format(**args)
    # Translators: completes "the refund ..." above; {typical} and {latest} are dates.
    return _("usually arrives by {typical}, sometimes only by {latest}, depending on your bank "
             "(business days: weekends and holidays don't count).").format(**args)


def next_step(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """The one thing to do next for this order."""
    if order.status == "dispute":
        return _dispute_step(order, now, tz)
    if order.status == "refund_promised":
        return _refund_step(order, now, tz) + "\n" + _(
            "Until the money is in your account, I keep the reminders before buyer protection "
            "ends: don't close the dispute on a promise.")
    if order.status == "cancelled":
        return _refund_step(order, now, tz)
    if order.status == "closed":
        return _("Closed: no more reminders for this order.")
    if order.status == "problem" and order.deadline > now:
        # Translators: placeholders are dates. "Confirm receipt" is the AliExpress button: use the
        # app's own name.
        return _("The item arrived with a problem. Don't confirm receipt: open a dispute with "
                 "photos and a video before {date}. The reminders keep running until "
                 "then.").format(date=format_day(local_date(order.deadline, tz)))
    return _open_step(order, now, tz)


def heading(order: Order) -> str:
    """The order's name and number."""
    # Translators: the order number as AliExpress shows it, e.g. "No. 8123456789012345".
    number = _("No. {number}").format(number=order.number)
    return f"📦 {order.label} · {number}" if order.label else f"📦 {number}"


def order_summary(order: Order, now: datetime, tz: ZoneInfo) -> str:
    """Heading, deadline and next step: one paragraph of the list."""
    lines = [heading(order)]
    if order.status != "closed":
        lines.append(deadline_line(order, now, tz))
    lines.append(next_step(order, now, tz))
    return "\n".join(lines)


def order_page(order: Order, now: datetime, tz: ZoneInfo) -> tuple[str, ...]:
    """The paragraphs of one order's page."""
    lines = [heading(order), deadline_line(order, now, tz)]
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
    "refund": N_("✅ Noted: refund promised."),
    "cancelled": N_("✅ Noted: the order is cancelled. No more protection reminders; I'll "
                    "remind you if the refund is late."),
    "closed": N_("✅ Closed. No more reminders for this order."),
    "reopened": N_("↩️ Reopened: the reminders are back on."),
    "deleted": N_("🗑 Deleted the order and its reminders."),
    "refund_early": N_("A refund can be noted once a dispute is open or the order is cancelled. "
                       "A promise in the chat doesn't stop the countdown: keep the reminders "
                       "and open the dispute in time if the money doesn't come."),
    "missing": N_("I can't find that order (maybe it was deleted). Nothing was changed."),
    "incomplete": N_("Something was missing, so nothing was saved. Please add the order again."),
}
