"""My orders: deadlines kept in SQLite, the list, per-order actions, the calendar file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.dialogue.hooks import HookRegistry


def add_orders(service: HookRegistry, offsets: Sequence[timedelta] | None = None) -> None:
    """Install the orders screens' views and effects; `offsets` are the reminder lead times."""
    # Imported here: reminders use bot.orders.store, and these modules use the reminders.
    from bot.orders import effects, views
    from bot.reminders.kinds import leads

    lead_times = leads(offsets)
    service.views.update({
        "orders_list": views.orders_list, "orders_deleted": views.orders_deleted,
        "order_detail": views.order_detail, "order_done": views.order_done,
        "order_brief": views.order_brief,
        "order_calendar": partial(views.order_file, offsets=lead_times),
        "reminder_schedule": partial(views.reminder_schedule, offsets=lead_times),
        "tz_offer": views.tz_offer, "settings_summary": views.settings_summary,
        "remind_order": views.remind_order,
    })
    service.effects.update(effects.bound_effects(offsets))
