"""What the orders dialogue changes: orders, their reminders and the user's time zone.

Effects run inside the dialogue service's transaction, so an order and its reminder
plan (plan_reminders) are saved together or not at all. The order an action is about
comes from a button's argument and is looked up with the user id: a forged id finds
nothing and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from typing import Protocol
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.clock import iso
from bot.dialogue.hooks import Context, EffectFn
from bot.orders.store import (
    NewOrder,
    Order,
    delete_order,
    open_order_ids,
    owned_order,
    save_order,
    set_user_zone,
    update_order,
    user_zone,
)
from bot.reminders.plan import Planner, zone_of_user
from bot.reminders.presses import pressed_order
from flows.deadlines.maths import deadline_from_date, local_date
from flows.inputs.timezones import COMMON_ZONES, zone

DRAFT = ("order_number", "order_label", "order_deadline", "order_kind", "order_shipped",
         "order_payment", "order_status", "order_result", "dispute_day")
KINDS = {"date", "days_left", "countdown", "shipping"}
# "Refund promised" only once a dispute is open or the order is cancelled: a promise in the
# chat before that must not quiet the protection countdown.
PROMISE_FROM = ("dispute", "cancelled")
Updates = Mapping[str, str]
Replan = Callable[[sqlite_utils.Database, int, datetime], None]


def _zone(ctx: Context) -> ZoneInfo:
    """The user's zone, or the likely one for their language (as their reminders use)."""
    return zone_of_user(ctx.db, ctx.user_id)


def opened_at(ctx: Context) -> str | None:
    """When the dispute was opened, from the answer (today, yesterday, a date, not sure)."""
    answer = ctx.facts.get("dispute_day", "")
    if answer == "today":
        return iso(ctx.now)
    tz = _zone(ctx)
    if answer == "yesterday":
        day = local_date(ctx.now, tz) - timedelta(days=1)
    elif answer:
        day = date.fromisoformat(answer)
    else:
        return None
    return iso(deadline_from_date(day, tz))


def orders_start(ctx: Context, replan: Replan) -> Updates:
    """A fresh add-order draft, and the stored time zone (asked once, when missing)."""
    return {**dict.fromkeys(DRAFT, ""), "tz": user_zone(ctx.db, ctx.user_id) or ""}


def orders_tz(ctx: Context, replan: Replan) -> Updates:
    """Remember the stored time zone for reading the dates the user types next."""
    return {"tz": user_zone(ctx.db, ctx.user_id) or ""}


def save_tz(ctx: Context, replan: Replan) -> Updates:
    """Store the zone picked by button (`pick`, its key in the argument) or typed (`typed`)."""
    if ctx.param == "pick":
        picked = COMMON_ZONES.get(ctx.arg or "")
        if picked is None:
            return {}
        name = picked[0]
    else:
        name = ctx.facts.get("tz", "")
    if not name or zone(name).key != name:
        return {}
    set_user_zone(ctx.db, ctx.user_id, name)
    for order_id in open_order_ids(ctx.db, ctx.user_id):  # quiet hours follow the new zone
        replan(ctx.db, order_id, ctx.now)
    return {"tz": name}


def order_save(ctx: Context, replan: Replan) -> Updates:
    """Save the order the dialogue gathered and plan its reminders."""
    facts = ctx.facts
    number, deadline = facts.get("order_number", ""), facts.get("order_deadline", "")
    kind = facts.get("order_kind", "")
    if not (number.isascii() and number.isdigit()) or not deadline or kind not in KINDS:
        return {"order_result": "incomplete"}
    dispute = facts.get("order_status") == "dispute"
    new = NewOrder(
        number=number, label=facts.get("order_label", ""), deadline=deadline,
        deadline_kind=kind,
        shipped_on=(facts.get("order_shipped") or None) if kind == "shipping" else None,
        payment_method=facts.get("order_payment") or None,
        status="dispute" if dispute else "open",
        dispute_opened_at=opened_at(ctx) if dispute else None,
    )
    order_id, existed = save_order(ctx.db, ctx.user_id, new, iso(ctx.now))
    replan(ctx.db, order_id, ctx.now)
    return {**dict.fromkeys(DRAFT, ""), "arg": str(order_id),
            "order_result": "updated" if existed else "added"}


def _focus(ctx: Context) -> Order | None:
    """The user's order the dialogue is about (None for a forged or stale id)."""
    return owned_order(ctx.db, ctx.user_id, ctx.facts.get("arg"))


def _change(ctx: Context, replan: Replan, order: Order | None, result: str,
            **fields: str | None) -> Updates:
    """Change the user's order and re-plan its reminders; a missing order changes nothing."""
    if order is None:
        return {"order_result": "missing"}
    update_order(ctx.db, order, iso(ctx.now), **fields)
    replan(ctx.db, order.id, ctx.now)
    return {"order_result": result, "arg": str(order.id)}


def _extend(ctx: Context, replan: Replan, order: Order | None) -> Updates:
    """The seller extended protection: a new deadline (a closed order opens again)."""
    kind = ctx.facts.get("order_kind", "")
    if order is None or kind not in KINDS:
        return {"order_result": "missing"}
    status = "open" if order.status == "closed" else order.status
    return _change(ctx, replan, order, "extended", deadline=ctx.facts.get("order_deadline"),
                   deadline_kind=kind, status=status)


def order_extend(ctx: Context, replan: Replan) -> Updates:
    """The new end date typed on the order's "Seller extended protection" screen."""
    return _extend(ctx, replan, _focus(ctx))


def order_dispute(ctx: Context, replan: Replan) -> Updates:
    """A dispute is open since the day the user named: the seller's reply clock (C07)."""
    return _change(ctx, replan, _focus(ctx), "dispute", status="dispute",
                   dispute_opened_at=opened_at(ctx))


def order_refund(ctx: Context, replan: Replan) -> Updates:
    """A refund was decided today (after a dispute or a cancellation); the method sets when."""
    order = _focus(ctx)
    if order is not None and order.status not in PROMISE_FROM:
        return {"order_result": "refund_early"}
    today = local_date(ctx.now, _zone(ctx))
    method = ctx.facts.get("order_payment") or (order.payment_method if order else None)
    status = "refund_promised" if order is not None and order.status == "dispute" else "cancelled"
    return _change(ctx, replan, order, "refund", status=status,
                   refund_decided_on=today.isoformat(), payment_method=method)


def order_cancelled(ctx: Context, replan: Replan) -> Updates:
    """The order was cancelled: no parcel to wait for, the refund clock starts (R17, C10)."""
    today = local_date(ctx.now, _zone(ctx))
    return _change(ctx, replan, _focus(ctx), "cancelled", status="cancelled",
                   refund_decided_on=today.isoformat())


def order_close(ctx: Context, replan: Replan) -> Updates:
    """Received and fine, or the refund arrived: the order is closed and its reminders stop."""
    return _change(ctx, replan, _focus(ctx), "closed", status="closed")


def _problem(ctx: Context, replan: Replan, order: Order | None) -> Updates:
    """Arrived but not fine: the countdown keeps running, its advice becomes the dispute."""
    if order is None or order.status != "open":
        return {}
    return _change(ctx, replan, order, "problem", status="problem")


def order_problem(ctx: Context, replan: Replan) -> Updates:
    """"Something is wrong with it" on the order's page."""
    return _problem(ctx, replan, _focus(ctx))


def order_reopen(ctx: Context, replan: Replan) -> Updates:
    """Closed by mistake: open again, reminders back on."""
    return _change(ctx, replan, _focus(ctx), "reopened", status="open")


def order_delete(ctx: Context, replan: Replan) -> Updates:
    """Delete the order: reminders cancelled in the same transaction, then removed with it."""
    order = _focus(ctx)
    if order is None:
        return {"order_result": "missing"}
    _change(ctx, replan, order, "deleted", status="closed")
    delete_order(ctx.db, order)
    return {"order_result": "deleted", "arg": ""}


def remind_extend(ctx: Context, replan: Replan) -> Updates:
    """The new end date for the order whose reminder button the user pressed."""
    return _extend(ctx, replan, pressed_order(ctx.db, ctx.user_id))


def remind_problem(ctx: Context, replan: Replan) -> Updates:
    """"Something is wrong with it" for the order whose reminder button was pressed."""
    return _problem(ctx, replan, pressed_order(ctx.db, ctx.user_id))


def remind_close(ctx: Context, replan: Replan) -> Updates:
    """All fine (or the refund arrived) for the order whose reminder button was pressed."""
    return _change(ctx, replan, pressed_order(ctx.db, ctx.user_id), "closed", status="closed")


# The names are the ones flows/scenarios/ give in `effect=`: spelled out, so renaming a
# function never silently unregisters its effect.
class Effect(Protocol):
    """An orders effect: the dialogue's context and how to re-plan reminders, to updates."""

    def __call__(self, ctx: Context, replan: Replan) -> Updates:
        """Run the effect."""
        ...


EFFECTS: dict[str, Effect] = {
    "orders_start": orders_start, "orders_tz": orders_tz, "save_tz": save_tz,
    "order_save": order_save, "order_extend": order_extend, "order_dispute": order_dispute,
    "order_refund": order_refund, "order_cancelled": order_cancelled,
    "order_problem": order_problem, "order_close": order_close, "order_reopen": order_reopen,
    "order_delete": order_delete, "remind_extend": remind_extend,
    "remind_problem": remind_problem, "remind_close": remind_close,
}


def bound_effects(offsets: Sequence[timedelta] | None) -> dict[str, EffectFn]:
    """Every orders effect by name, re-planning with the lead times from settings."""
    replan = Planner(offsets)
    return {name: partial(fn, replan=replan) for name, fn in EFFECTS.items()}
