"""What the orders screens show: the list, one order's page, the calendar file, time zones.

Views read the order in focus from the dialogue's `arg` fact (a button's argument or the
order just saved) and always look it up together with the user id.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bot.dialogue.hooks import Context, View, ViewButton
from bot.i18n import _, current_lang
from bot.orders.calendar import calendar_file_name, order_calendar
from bot.orders.card import RESULTS, day_text, heading, order_page, order_summary
from bot.orders.schedule import schedule_paragraphs
from bot.orders.store import Order, chosen_zone, owned_order, user_orders, user_zone
from flows.inputs.orders import READINGS
from flows.inputs.parser import TYPED
from flows.inputs.timezones import COMMON_ZONES, OFFERED, utc_offset, zone, zone_title
from flows.languages import DEFAULT_LANGUAGE
from flows.orders.lifecycle import buttons, row
from flows.scenarios.orders import ACTION_LABELS

BUTTON_CHARS = 40
MISSING = "missing"


def zone_name(ctx: Context) -> str:
    """The user's zone, or the likely one for their language until they pick one."""
    return user_zone(ctx.db, ctx.user_id).key


def focus(ctx: Context) -> Order | None:
    """The order the user is looking at, if it is theirs."""
    return owned_order(ctx.db, ctx.user_id, ctx.facts.get("arg"))


def order_buttons(order: Order) -> tuple[ViewButton, ...]:
    """The actions the life cycle allows in the order's status, each carrying its id."""
    arg, labels = str(order.id), row(order.status).labels
    return tuple(ViewButton(action, _(labels.get(action, ACTION_LABELS[action])), arg)
                 for action in buttons(order.status))


def orders_list(ctx: Context, notice: tuple[str, ...] = ()) -> View:
    """Every order with its date, days left and next step, and a button to open each."""
    orders, total = user_orders(ctx.db, ctx.user_id)
    if not orders:
        # Translators: "buyer protection" is AliExpress's term (the countdown on the order page).
        return View((*notice, _("No orders yet. Add one and I'll remind you before its buyer "
                                "protection ends.")))
    name = zone_name(ctx)
    tz = zone(name)
    paragraphs = [*notice, *(order_summary(o, ctx.now, tz) for o in orders)]
    if total > len(orders):
        # Translators: {shown} and {total} are numbers of orders.
        paragraphs.append(_("Showing {shown} of {total} orders.").format(
            shown=len(orders), total=total))
    # Translators: {zone} is a time zone as the bot names it, e.g. "Moscow (UTC+3)".
    paragraphs.append(_("Dates are in your time zone, {zone}; /settings changes it.").format(
        zone=zone_title(name, ctx.now)))
    buttons = tuple(ViewButton("open", f"📦 {o.name}"[:BUTTON_CHARS], str(o.id)) for o in orders)
    return View(tuple(paragraphs), buttons)


def orders_deleted(ctx: Context) -> View:
    """The list after a delete, with what happened first."""
    result = ctx.facts.get("order_result") or MISSING
    return orders_list(ctx, (_(RESULTS[result]),))


def order_detail(ctx: Context, notice: tuple[str, ...] = ()) -> View:
    """One order's page and the buttons to act on it."""
    order = focus(ctx)
    if order is None:
        return View((_(RESULTS[MISSING]),))
    return View((*notice, *order_page(order, ctx.now, zone(zone_name(ctx)))),
                order_buttons(order))


def order_heading(ctx: Context) -> View:
    """Which order a question is about (a reminder's button opens these with its id)."""
    order = focus(ctx)
    if order is None:
        return View((_(RESULTS[MISSING]),))
    return View((heading(order),))


def order_done(ctx: Context) -> View:
    """The order's page after a change, with what changed first."""
    result = ctx.facts.get("order_result") or MISSING
    if result in (MISSING, "incomplete"):
        return View((_(RESULTS[result]),))
    return order_detail(ctx, (_(RESULTS[result]),))


def order_brief(ctx: Context) -> View:
    """Which order a question is about (the delete confirmation)."""
    order = focus(ctx)
    if order is None:
        return View((_(RESULTS[MISSING]),))
    return View((order_summary(order, ctx.now, zone(zone_name(ctx))),
                 _("Delete this order and its reminders? This can't be undone.")))


def order_file(ctx: Context, offsets: Sequence[timedelta]) -> View:
    """The order's dates as an .ics file sent with the screen, alarms at the lead times."""
    order = focus(ctx)
    if order is None:
        return View((_(RESULTS[MISSING]),))
    content = order_calendar(order, ctx.now, zone(zone_name(ctx)), offsets)
    note = _("📅 Here is a calendar file with this order's dates and alarms: open it to add "
             "them to your calendar. If a date changes, update the order here and add the new "
             "file.")
    return View((heading(order), note), document=(calendar_file_name(order), content))


def date_readings(ctx: Context) -> View:
    """The two days a date typed two ways may mean, as buttons that answer with that day."""
    days = []
    for text in ctx.facts.get(READINGS, "").split()[:2]:
        try:
            days.append(date.fromisoformat(text))
        except ValueError:
            continue
    return View(buttons=tuple(ViewButton(TYPED, day_text(d), d.isoformat()) for d in days))


def tz_offer(ctx: Context) -> View:
    """The zones offered as buttons, the likeliest for the user's language first."""
    buttons = []
    for key in OFFERED.get(current_lang.get(), OFFERED[DEFAULT_LANGUAGE]):
        name, city = COMMON_ZONES[key]
        label = "UTC" if name == "UTC" else f"{_(city)} (UTC{utc_offset(name, ctx.now)})"
        buttons.append(ViewButton("tz_pick", label, key))
    return View(buttons=tuple(buttons))


def settings_summary(ctx: Context) -> View:
    """The user's time zone (with the time there now) and language."""
    name = chosen_zone(ctx.db, ctx.user_id)
    if name is None:
        zone_line = _("Time zone: not chosen yet (I'll ask before your first order's date).")
    else:
        local = ctx.now.astimezone(zone(name)).strftime("%H:%M")
        # Translators: {zone} is a time zone such as "Moscow (UTC+3)"; {time} the time there now,
        # e.g. 14:05.
        zone_line = _("Time zone: {zone}, the time there is {time}.").format(
            zone=zone_title(name, ctx.now), time=local)
    # Translators: the user's current language, named in that language (Russian: "Язык: русский").
    return View((zone_line, _("Language: English")))


def reminder_schedule(ctx: Context, offsets: Sequence[timedelta]) -> View:
    """What the reminders will say and when, from the lead times in settings."""
    return View(schedule_paragraphs(offsets))
