"""Log retention: entries older than REFUNDBOT_LOG_RETENTION_DAYS are purged once a day."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import sqlite_utils

from bot.clock import Clock, iso
from bot.storage import transaction

DAY = 24 * 60 * 60
PURGED = ("messages", "audit")
KEPT_WITH_THE_LOG = (("ratings", "shown_at", ""),
                     ("handovers", "opened_at", " AND closed_at IS NOT NULL"))
log = logging.getLogger("refundbot.retention")

Sleep = Callable[[float], Awaitable[None]]


def purge(db: sqlite_utils.Database, now: datetime, days: int) -> dict[str, int]:
    """Delete log and audit entries older than `days` before `now`; return counts per table."""
    cutoff = iso(now - timedelta(days=days))
    with transaction(db):
        counts = {table: db.execute(f"DELETE FROM {table} WHERE at < ?", [cutoff]).rowcount
                  for table in PURGED}
        # Ratings (with what buyers typed) and closed cases age out with the log they rate.
        for table, column, extra in KEPT_WITH_THE_LOG:
            if table in db.table_names():
                db.execute(f"DELETE FROM {table} WHERE {column} < ?{extra}", [cutoff])
        if "handover_posts" in db.table_names():
            db.execute("DELETE FROM handover_posts WHERE handover_id NOT IN"
                       " (SELECT id FROM handovers)")
        return counts


async def retention_loop(db: sqlite_utils.Database, clock: Clock, days: int,
                         sleep: Sleep = asyncio.sleep) -> None:
    """Purge now, then every day, for as long as the bot runs."""
    while True:
        counts = purge(db, clock.now(), days)
        log.info("retention: purged %d log and %d audit entries older than %d days",
                 counts["messages"], counts["audit"], days)
        await sleep(DAY)
