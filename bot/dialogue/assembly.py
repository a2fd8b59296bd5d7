"""Wire the features into the dialogue service: one line per feature that has views or effects."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import sqlite_utils

from bot.clock import Clock
from bot.dialogue.service import DialogueService
from bot.operators.forget import add_forget
from bot.orders import add_orders
from flows.languages import DEFAULT_LANGUAGE


def build_service(
    db: sqlite_utils.Database, clock: Clock, default_lang: str = DEFAULT_LANGUAGE,
    retention_days: int = 90,
    reminder_offsets: Sequence[timedelta] | None = None,
) -> DialogueService:
    """The dialogue service with every feature's views and effects installed."""
    service = DialogueService(db, clock, default_lang)
    add_forget(service, retention_days)
    add_orders(service, reminder_offsets)
    return service
