"""Wire the features into the dialogue service: one line per feature that has views or effects.

The service is checked once complete: a screen naming a view, effect or parser that no
feature registered stops start-up with its name, not a KeyError mid-conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import sqlite_utils

from bot.clock import Clock
from bot.command_lines import lines_later
from bot.dialogue.language_screen import add_language_screen
from bot.dialogue.service import DialogueService
from bot.operators.forget import add_forget
from bot.orders import add_orders
from bot.reminders.plan import Planner
from flows.engine.commands import Where
from flows.engine.registry import check_registry
from flows.inputs.orders import PARSERS
from flows.languages import DEFAULT_LANGUAGE
from flows.scenarios.menu import LANGUAGE_EFFECT


def build_service(
    db: sqlite_utils.Database, clock: Clock, default_lang: str = DEFAULT_LANGUAGE,
    retention_days: int = 90,
    reminder_offsets: Sequence[timedelta] | None = None,
) -> DialogueService:
    """The dialogue service with every feature's views and effects installed."""
    service = DialogueService(db, clock, default_lang)
    service.note_args["commands"] = lines_later(Where.PRIVATE)  # /help's list
    add_language_screen(service)
    add_forget(service, retention_days)
    add_orders(service, Planner(reminder_offsets), reminder_offsets)
    service.parsers.update(PARSERS)
    missing = check_registry(service.views, [*service.effects, LANGUAGE_EFFECT], service.parsers)
    if missing:
        raise RuntimeError("flows name what no feature registered:\n" + "\n".join(missing))
    return service
