"""What the orders dialogue changes: orders, their reminders and the user's time zone.

Effects run inside the dialogue service's transaction, so an order and its reminder
plan (`replan`, bot/reminders/plan.py's Planner, wired in bot/dialogue/assembly.py: orders
never import reminders) are saved together or not at all. The order an action is about
comes from a button's argument and is looked up with the user id: a forged id finds
nothing and changes nothing. Whether an action may move the order, and where to, is
flows/orders/lifecycle.py's MOVES: a refused press changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from functools import partial
from typing import Protocol

import sqlite_utils

from bot.clock import iso
from bot.dialogue.hooks import Context, EffectFn
from bot.orders.store import (
    NewOrder,
    Order,
    chosen_zone,
    delete_order,
    open_order_ids,
    owned_order,
    save_order,
    set_user_zone,
    update_order,
    user_zone,
)
from flows.deadlines.maths import deadline_from_date, local_date
from flows.inputs.timezones import COMMON_ZONES, zone
from flows.orders.lifecycle import Action, Status, move

DRAFT = ("order_number", "order_label", "order_deadline", "order_kind", "order_shipped",
         "order_payment", "order_status", "order_result", "dispute_day")
KINDS = {"date", "days_left", "countdown", "shipping"}
# Once a parcel counts as delivered, the time left may be cut to about this (C09, legacy rule).
DELIVERED_CUT = timedelta(days=5)
Updates = Mapping[str, str]
Replan = Callable[[sqlite_utils.Database, int, datetime], None]


def opened_at(ctx: Context) -> tuple[str, bool]:
    """When the dispute was opened (today, yesterday, a date) and whether that day is known.

    "Not sure" counts from now, marked as not known: its reminders say they are estimated.
    """
    answer = ctx.facts.get("dispute_day", "")
    if answer in ("today", ""):
        return iso(ctx.now), bool(answer)
    tz = user_zone(ctx.db, ctx.user_id)
    if answer == "yesterday":
        day = local_date(ctx.now, tz) - timedelta(days=1)
    else:
        day = date.fromisoformat(answer)
    return iso(deadline_from_date(day, tz)), True


def orders_start(ctx: Context, replan: Replan) -> Updates:
    """A fresh add-order draft, and the stored time zone (asked once, when missing)."""
    return {**dict.fromkeys(DRAFT, ""), "tz": chosen_zone(ctx.db, ctx.user_id) or ""}


def orders_tz(ctx: Context, replan: Replan) -> Updates:
    """Remember the stored time zone for reading the dates the user types next."""
    return {"tz": chosen_zone(ctx.db, ctx.user_id) or ""}


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
    dispute = facts.get("order_status") == Status.DISPUTE
    opened, known = opened_at(ctx) if dispute else (None, True)
    new = NewOrder(
        number=number, label=facts.get("order_label", ""), deadline=deadline,
        deadline_kind=kind,
        shipped_on=(facts.get("order_shipped") or None) if kind == "shipping" else None,
        payment_method=facts.get("order_payment") or None,
        status=Status.DISPUTE if dispute else Status.OPEN,
        dispute_opened_at=opened, dispute_day_known=known,
    )
    order_id, existed = save_order(ctx.db, ctx.user_id, new, iso(ctx.now))
    replan(ctx.db, order_id, ctx.now)
    return {**dict.fromkeys(DRAFT, ""), "arg": str(order_id),
            "order_result": "updated" if existed else "added"}


def _focus(ctx: Context) -> Order | None:
    """The user's order the dialogue is about (None for a forged or stale id)."""
    return owned_order(ctx.db, ctx.user_id, ctx.facts.get("arg"))


def _act(ctx: Context, replan: Replan, order: Order | None, action: Action, result: str,
         **fields: str | int | None) -> Updates:
    """Move the order as the life cycle allows `action`, change fields and re-plan reminders.

    A missing order, or an action its status refuses, changes nothing.
    """
    if order is None:
        return {"order_result": "missing"}
    dest = move(order.status, action)
    if dest is None:
        return {"order_result": "refused", "arg": str(order.id)}
    update_order(ctx.db, order, iso(ctx.now), status=dest.value, **fields)
    replan(ctx.db, order.id, ctx.now)
    return {"order_result": result, "arg": str(order.id)}


def _extend(ctx: Context, replan: Replan, order: Order | None) -> Updates:
    """The end of protection as the order page shows it now (after an extension, a delivery)."""
    kind = ctx.facts.get("order_kind", "")
    if order is None or kind not in KINDS:
        return {"order_result": "missing"}
    return _act(ctx, replan, order, Action.EXTEND, "extended",
                deadline=ctx.facts.get("order_deadline"), deadline_kind=kind)


def order_extend(ctx: Context, replan: Replan) -> Updates:
    """The new end date typed on the order's "Seller extended protection" screen."""
    return _extend(ctx, replan, _focus(ctx))


def order_dispute(ctx: Context, replan: Replan) -> Updates:
    """A dispute is open since the day the user named: the seller's reply clock (C07)."""
    opened, known = opened_at(ctx)
    return _act(ctx, replan, _focus(ctx), Action.DISPUTE, "dispute",
                dispute_opened_at=opened, dispute_day_known=int(known))


def order_refund(ctx: Context, replan: Replan) -> Updates:
    """The dispute was won with a refund, noted today; the payment method sets how long."""
    order = _focus(ctx)
    today = local_date(ctx.now, user_zone(ctx.db, ctx.user_id))
    method = ctx.facts.get("order_payment") or (order.payment_method if order else None)
    return _act(ctx, replan, order, Action.WON, "refund",
                refund_decided_on=today.isoformat(), payment_method=method)


def order_cancelled(ctx: Context, replan: Replan) -> Updates:
    """The order was cancelled: no parcel to wait for, the refund clock starts (R17, C10)."""
    today = local_date(ctx.now, user_zone(ctx.db, ctx.user_id))
    return _act(ctx, replan, _focus(ctx), Action.CANCELLED, "cancelled",
                refund_decided_on=today.isoformat())


def order_close(ctx: Context, replan: Replan) -> Updates:
    """The refund arrived: the order is closed and its reminders stop."""
    return _act(ctx, replan, _focus(ctx), Action.ARRIVED, "closed")


def order_fine(ctx: Context, replan: Replan) -> Updates:
    """Received and all fine: the order is closed and its reminders stop."""
    return _act(ctx, replan, _focus(ctx), Action.FINE, "closed")


def _problem(ctx: Context, replan: Replan, order: Order | None) -> Updates:
    """Arrived but not fine: assume the delivered cut (about 5 days) until the buyer says."""
    if order is None:
        return {"order_result": "missing"}
    cut = ctx.now + DELIVERED_CUT
    fields: dict[str, str] = {}
    if cut < order.deadline:
        fields = {"deadline": iso(cut), "deadline_kind": "delivered_cut"}
    return _act(ctx, replan, order, Action.NOT_FINE, "problem", **fields)


def order_problem(ctx: Context, replan: Replan) -> Updates:
    """"Something is wrong with it" on the order's page."""
    return _problem(ctx, replan, _focus(ctx))


def order_lost(ctx: Context, replan: Replan) -> Updates:
    """AliExpress decided for the seller: the order's reminders stop (R15, R16)."""
    return _act(ctx, replan, _focus(ctx), Action.LOST, "lost")


def order_withdrawn(ctx: Context, replan: Replan) -> Updates:
    """The buyer closed the dispute: the order is closed (C13: maybe reopenable on AliExpress)."""
    return _act(ctx, replan, _focus(ctx), Action.WITHDRAWN, "withdrawn")


def order_reopen(ctx: Context, replan: Replan) -> Updates:
    """Closed by mistake: open again, reminders back on."""
    return _act(ctx, replan, _focus(ctx), Action.REOPEN, "reopened")


def order_delete(ctx: Context, replan: Replan) -> Updates:
    """Delete the order; its reminders go with it (ON DELETE CASCADE) in this transaction."""
    order = _focus(ctx)
    if order is None:
        return {"order_result": "missing"}
    delete_order(ctx.db, order)
    return {"order_result": "deleted", "arg": ""}


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
    "order_problem": order_problem, "order_fine": order_fine, "order_close": order_close,
    "order_lost": order_lost, "order_withdrawn": order_withdrawn,
    "order_reopen": order_reopen, "order_delete": order_delete,
}


def bound_effects(replan: Replan) -> dict[str, EffectFn]:
    """Every orders effect by name, re-planning an order's reminders with `replan`."""
    return {name: partial(fn, replan=replan) for name, fn in EFFECTS.items()}
