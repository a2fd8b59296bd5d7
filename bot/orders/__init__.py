"""My orders: deadlines kept in SQLite, the list, per-order actions, the calendar file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from flows.deadlines.maths import DEFAULT_REMINDER_OFFSETS

if TYPE_CHECKING:
    from bot.dialogue.hooks import HookRegistry
    from bot.orders.effects import Replan


def add_orders(service: HookRegistry, replan: Replan,
               offsets: Sequence[timedelta] | None = None) -> None:
    """Install the orders screens' views and effects.

    `replan` re-plans one order's reminders inside the caller's transaction (the reminders
    feature's Planner); `offsets` are the reminder lead times the screens name.
    """
    from bot.orders import effects, views

    lead_times = tuple(offsets) if offsets else DEFAULT_REMINDER_OFFSETS
    service.views.update({
        "orders_list": views.orders_list, "orders_deleted": views.orders_deleted,
        "order_detail": views.order_detail, "order_done": views.order_done,
        "order_brief": views.order_brief,
        "order_calendar": partial(views.order_file, offsets=lead_times),
        "reminder_schedule": partial(views.reminder_schedule, offsets=lead_times),
        "tz_offer": views.tz_offer, "settings_summary": views.settings_summary,
        "order_heading": views.order_heading, "date_readings": views.date_readings,
    })
    service.effects.update(effects.bound_effects(replan))
