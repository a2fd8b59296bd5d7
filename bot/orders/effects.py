"""What the orders dialogue changes: orders, their reminders and the user's time zone.

Effects run inside the dialogue service's transaction, so an order and its reminder
plan (plan_reminders) are saved together or not at all. The order an action is about
comes from a button's argument and is looked up with the user id: a forged id finds
nothing and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.clock import iso
from bot.dialogue import Context
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
from bot.reminders import plan
from flows.deadlines import local_date
from flows.timezones import COMMON_ZONES, zone

DRAFT = ("order_number", "order_label", "order_deadline", "order_kind", "order_shipped",
         "order_payment", "order_status", "order_result")
KINDS = {"date", "days_left", "countdown", "shipping"}
Updates = Mapping[str, str]


def _replan(ctx: Context, order_id: int) -> None:
    """Bring the order's reminders in line with it, in the same transaction."""
    plan.plan_reminders(ctx.db, order_id, ctx.now)


def orders_start(ctx: Context) -> Updates:
    """A fresh add-order draft, and the stored time zone (asked once, when missing)."""
    return {**dict.fromkeys(DRAFT, ""), "tz": user_zone(ctx.db, ctx.user_id) or ""}


def orders_tz(ctx: Context) -> Updates:
    """Remember the stored time zone for reading the dates the user types next."""
    return {"tz": user_zone(ctx.db, ctx.user_id) or ""}


def save_tz(ctx: Context) -> Updates:
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
        _replan(ctx, order_id)
    return {"tz": name}


def order_save(ctx: Context) -> Updates:
    """Save the order the dialogue gathered and plan its reminders."""
    facts = ctx.facts
    number, deadline = facts.get("order_number", ""), facts.get("order_deadline", "")
    kind = facts.get("order_kind", "")
    if not number.isdigit() or not deadline or kind not in KINDS:
        return {"order_result": "incomplete"}
    new = NewOrder(
        number=number, label=facts.get("order_label", ""), deadline=deadline,
        deadline_kind=kind,
        shipped_on=(facts.get("order_shipped") or None) if kind == "shipping" else None,
        payment_method=facts.get("order_payment") or None,
        status="dispute" if facts.get("order_status") == "dispute" else "open",
    )
    order_id, existed = save_order(ctx.db, ctx.user_id, new, iso(ctx.now))
    _replan(ctx, order_id)
    return {**dict.fromkeys(DRAFT, ""), "arg": str(order_id),
            "order_result": "updated" if existed else "added"}


def _focus(ctx: Context) -> Order | None:
    """The user's order the dialogue is about (None for a forged or stale id)."""
    return owned_order(ctx.db, ctx.user_id, ctx.facts.get("arg"))


def _change(ctx: Context, order: Order | None, result: str, **fields: str | None) -> Updates:
    """Change the user's order and re-plan its reminders; a missing order changes nothing."""
    if order is None:
        return {"order_result": "missing"}
    update_order(ctx.db, order, iso(ctx.now), **fields)
    _replan(ctx, order.id)
    return {"order_result": result}


def order_extend(ctx: Context) -> Updates:
    """The seller extended protection: a new deadline (a closed order opens again)."""
    order, kind = _focus(ctx), ctx.facts.get("order_kind", "")
    if order is None or kind not in KINDS:
        return {"order_result": "missing"}
    status = "open" if order.status == "closed" else order.status
    return _change(ctx, order, "extended", deadline=ctx.facts.get("order_deadline"),
                   deadline_kind=kind, status=status)


def order_dispute(ctx: Context) -> Updates:
    """A dispute was opened now: the seller's reply clock starts (C07)."""
    return _change(ctx, _focus(ctx), "dispute", status="dispute", dispute_opened_at=iso(ctx.now))


def order_refund(ctx: Context) -> Updates:
    """A refund was promised today; the payment method sets when it is due (C01-C03)."""
    order = _focus(ctx)
    today = local_date(ctx.now, zone(user_zone(ctx.db, ctx.user_id)))
    method = ctx.facts.get("order_payment") or (order.payment_method if order else None)
    return _change(ctx, order, "refund", status="refund_promised",
                   refund_decided_on=today.isoformat(), payment_method=method)


def order_close(ctx: Context) -> Updates:
    """Received and fine: the order is closed and its reminders stop."""
    return _change(ctx, _focus(ctx), "closed", status="closed")


def order_reopen(ctx: Context) -> Updates:
    """Closed by mistake: open again, reminders back on."""
    return _change(ctx, _focus(ctx), "reopened", status="open")


def order_delete(ctx: Context) -> Updates:
    """Delete the order: reminders cancelled in the same transaction, then removed with it."""
    order = _focus(ctx)
    if order is None:
        return {"order_result": "missing"}
    _change(ctx, order, "deleted", status="closed")
    delete_order(ctx.db, order)
    return {"order_result": "deleted", "arg": ""}
