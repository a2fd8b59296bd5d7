"""/forget: erase every row about a user, in whichever table a feature keeps it."""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from bot.dialogue import Context, DialogueService, View
from bot.i18n import _
from flows.scenarios.forget import FORGET_EFFECT, REPORT_VIEW

REPORTED = ("orders", "reminders", "messages")


def user_tables(db: sqlite_utils.Database) -> list[str]:
    """Every table with a `user_id` column, so tables added by later features are covered."""
    return [t.name for t in db.tables
            if not t.name.startswith("sqlite_") and "user_id" in t.columns_dict]


def erase_user(db: sqlite_utils.Database, user_id: int) -> dict[str, int]:
    """Delete the user's rows everywhere (call inside a transaction); return counts per table.

    Foreign keys are checked at commit, so the order of deletion does not matter.
    """
    db.execute("PRAGMA defer_foreign_keys = ON")
    tables = user_tables(db)
    # Counted first: deleting an order also deletes its reminders (ON DELETE CASCADE).
    counts = {t: int(db.execute(f'SELECT COUNT(*) FROM "{t}" WHERE user_id = ?',
                                [user_id]).fetchone()[0]) for t in tables}
    for table in tables:
        db.execute(f'DELETE FROM "{table}" WHERE user_id = ?', [user_id])
    counts["users"] = db.execute("DELETE FROM users WHERE id = ?", [user_id]).rowcount
    return counts


def forget_effect(ctx: Context) -> Mapping[str, str]:
    """The "Yes, delete everything" press: erase, and tell the service to keep nothing more."""
    counts = erase_user(ctx.db, ctx.user_id)
    ctx.forget_user()
    return {f"deleted_{name}": str(counts.get(name, 0)) for name in REPORTED}


def report_view(ctx: Context) -> View:
    """What was deleted, for the confirmation screen."""
    counts = {name: ctx.facts.get(f"deleted_{name}", "0") for name in REPORTED}
    return View((_("Deleted — orders: {orders}, reminders: {reminders}, "
                   "log entries: {messages}.").format(**counts),))


def add_forget(service: DialogueService, retention_days: int) -> None:
    """Install /forget's effect and view, and the retention period /privacy states."""
    service.effects[FORGET_EFFECT] = forget_effect
    service.views[REPORT_VIEW] = report_view
    service.note_args["days"] = retention_days
