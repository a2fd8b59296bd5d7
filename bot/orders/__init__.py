"""My orders: deadlines kept in SQLite, the list, per-order actions, the calendar file."""

from __future__ import annotations

from bot.dialogue import DialogueService
from bot.orders import effects, views


def add_orders(service: DialogueService) -> None:
    """Install the orders and settings screens' views and effects into the dialogue service."""
    service.views.update({
        "orders_list": views.orders_list, "orders_deleted": views.orders_deleted,
        "order_detail": views.order_detail, "order_done": views.order_done,
        "order_brief": views.order_brief, "order_calendar": views.order_file,
        "tz_offer": views.tz_offer, "settings_summary": views.settings_summary,
    })
    service.effects.update({
        "orders_start": effects.orders_start, "orders_tz": effects.orders_tz,
        "save_tz": effects.save_tz, "order_save": effects.order_save,
        "order_extend": effects.order_extend, "order_dispute": effects.order_dispute,
        "order_refund": effects.order_refund, "order_close": effects.order_close,
        "order_reopen": effects.order_reopen, "order_delete": effects.order_delete,
    })
