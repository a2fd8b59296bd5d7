"""Wire the features into the dialogue service: one line per feature that has views or effects."""

from __future__ import annotations

import sqlite_utils

from bot.clock import Clock
from bot.dialogue import DialogueService


def build_service(
    db: sqlite_utils.Database, clock: Clock, default_lang: str = "en"
) -> DialogueService:
    """The dialogue service with every feature's views and effects installed."""
    service = DialogueService(db, clock, default_lang)
    return service
