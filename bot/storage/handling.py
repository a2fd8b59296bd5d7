"""The update the current task is handling, and settling it exactly once.

Any handler's first write transaction (`bot.storage.database.transaction`) marks the update
done in the same commit as its effect; a handler with no write settles it just before its
first send (`settle_before_send`). So after a kill the next start never acts twice on one
update: at worst a reply that was about to be sent is lost.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

SETTLE_SQL = "UPDATE inbox SET done = 1, payload = '' WHERE update_id = ? AND done = 0"


@dataclass
class Handling:
    """The update this task is handling, whether a handler failed on it, and whether it is
    settled already (then later writes and sends leave the inbox alone)."""

    update_id: int
    failed: bool = False
    settled: bool = False
    db: Any = None  # the database to settle in before a send (None: nothing to do)


# Set by the Telegram poller for each update it hands to the handlers (None elsewhere).
CURRENT: ContextVar[Handling | None] = ContextVar("current_update", default=None)


def unsettled() -> Handling | None:
    """The update this task handles, when it is not settled yet."""
    handling = CURRENT.get()
    return handling if handling is not None and not handling.settled else None


def settle_before_send() -> None:
    """Settle the handled update in its own commit before something is sent for it."""
    handling = unsettled()
    if handling is None or handling.db is None:
        return
    handling.db.execute(SETTLE_SQL, [handling.update_id])  # autocommit: one statement
    handling.settled = True
