"""/forget: erase every row about a user, in whichever table a feature keeps it."""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from bot.dialogue.hooks import Context, HookRegistry, View
from bot.i18n import _
from flows.scenarios.forget import FORGET_EFFECT, REPORT_VIEW

REPORTED = ("orders", "reminders", "messages")


def user_tables(db: sqlite_utils.Database) -> list[str]:
    """Every table with a `user_id` column, so tables added by later features are covered."""
    return [t.name for t in db.tables
            if not t.name.startswith("sqlite_") and "user_id" in t.columns_dict]


FORGOTTEN = "(forgotten user)"


def scrub_traces(db: sqlite_utils.Database, user_id: int) -> None:
    """Remove the user's id and name where they are not a `user_id` column (call inside the
    erasing transaction, before the users row goes).

    The audit keeps that a read happened, not whose; who added a group is dropped.
    """
    row = db.execute("SELECT username FROM users WHERE id = ?", [user_id]).fetchone()
    names = [str(user_id), *([f"@{row[0]}", row[0]] if row and row[0] else [])]
    # What they typed after a command that looked like an operator's (`/logs 99 <words>`).
    db.execute("UPDATE audit SET target = ? WHERE actor = ?", [FORGOTTEN, f"tg:{user_id}"])
    # An operator's search that quotes their words.
    db.execute("UPDATE audit SET target = ? WHERE target != '' AND EXISTS (SELECT 1 FROM"
               " messages WHERE user_id = ? AND direction = 'in'"
               " AND instr(lower(text), lower(audit.target)) > 0)",
               [FORGOTTEN, user_id])
    db.execute("UPDATE audit SET actor = ? WHERE actor LIKE ?",
               [f"tg:{FORGOTTEN}", f"%:{user_id}"])
    for name in names:
        db.execute("UPDATE audit SET target = ? WHERE instr(target, ?) > 0", [FORGOTTEN, name])
    db.execute("UPDATE chats SET added_by = NULL WHERE added_by = ?", [user_id])


def purge_index(db: sqlite_utils.Database) -> None:
    """Merge the full-text index so its shadow tables drop the deleted rows' words
    (an FTS5 delete only adds a tombstone until the segments merge)."""
    if "messages_fts" in db.table_names():
        db.execute("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')")


def erase_user(db: sqlite_utils.Database, user_id: int) -> dict[str, int]:
    """Delete the user's rows everywhere (call inside a transaction); return counts per table.

    Foreign keys are checked at commit, so the order of deletion does not matter. Deleted
    bytes are overwritten (secure_delete), so the file keeps no trace of them.
    """
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")
    scrub_traces(db, user_id)
    tables = user_tables(db)
    # Counted first: deleting an order also deletes its reminders (ON DELETE CASCADE).
    counts = {t: int(db.execute(f'SELECT COUNT(*) FROM "{t}" WHERE user_id = ?',
                                [user_id]).fetchone()[0]) for t in tables}
    for table in tables:
        db.execute(f'DELETE FROM "{table}" WHERE user_id = ?', [user_id])
    counts["users"] = db.execute("DELETE FROM users WHERE id = ?", [user_id]).rowcount
    purge_index(db)
    return counts


def forget_effect(ctx: Context) -> Mapping[str, str]:
    """The "Yes, delete everything" press: erase, and tell the service to keep nothing more."""
    counts = erase_user(ctx.db, ctx.user_id)
    ctx.forget_user()
    return {f"deleted_{name}": str(counts.get(name, 0)) for name in REPORTED}


def report_view(ctx: Context) -> View:
    """What was deleted, for the confirmation screen."""
    counts = {name: ctx.facts.get(f"deleted_{name}", "0") for name in REPORTED}
    # Translators: operators' /forget result; each placeholder is a count of deleted rows.
    return View((_("Deleted — orders: {orders}, reminders: {reminders}, "
                   "log entries: {messages}.").format(**counts),))


def add_forget(service: HookRegistry, retention_days: int) -> None:
    """Install /forget's effect and view, and the retention period /privacy states."""
    service.effects[FORGET_EFFECT] = forget_effect
    service.views[REPORT_VIEW] = report_view
    service.note_args["days"] = retention_days
