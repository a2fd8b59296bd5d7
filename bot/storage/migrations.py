"""Ordered, idempotent schema migrations, applied at start-up.

Append new steps to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from bot.ops.backup import backup_before_migration


def _m001_core(db: sqlite_utils.Database) -> None:
    """Users, their dialogue state, and the conversation log."""
    db.table("users").create(
        {
            "id": int, "username": str, "lang": str, "tg_lang": str,
            "first_seen": str, "last_seen": str, "blocked_at": str,
        },
        pk="id", not_null={"first_seen", "last_seen"}, if_not_exists=True,
    )
    db.table("dialogues").create(
        {"user_id": int, "state": str, "step": int, "facts": str, "updated_at": str},
        pk="user_id", foreign_keys=[("user_id", "users", "id")],
        not_null={"state", "step", "facts", "updated_at"}, if_not_exists=True,
    )
    db.table("messages").create(
        {
            "id": int, "at": str, "chat_id": int, "user_id": int, "direction": str,
            "kind": str, "text": str, "state_before": str, "state_after": str,
        },
        pk="id", not_null={"at", "chat_id", "direction", "kind"}, if_not_exists=True,
    )
    db.table("messages").create_index(["user_id", "at"], if_not_exists=True)
    db.table("messages").create_index(["at"], if_not_exists=True)


def _m002_orders(db: sqlite_utils.Database) -> None:
    """Orders with their deadlines, the reminder outbox, and each user's time zone."""
    db.table("users").add_column("tz", str)
    db.execute(
        "CREATE TABLE IF NOT EXISTS orders ("
        " id INTEGER PRIMARY KEY,"
        " user_id INTEGER NOT NULL REFERENCES users(id),"
        " number TEXT NOT NULL,"
        " label TEXT NOT NULL DEFAULT '',"
        " deadline TEXT NOT NULL,"            # protection end, aware UTC ISO
        " deadline_kind TEXT NOT NULL,"       # date | days_left | countdown | shipping
        " shipped_on TEXT,"
        " payment_method TEXT,"               # card | alipay | wallet | ewallet | NULL
        " status TEXT NOT NULL DEFAULT 'open',"  # open | dispute | refund_promised | closed
        " dispute_opened_at TEXT,"
        " refund_decided_on TEXT,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (user_id, number))"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS reminders ("
        " id INTEGER PRIMARY KEY,"
        " order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
        " user_id INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"                # before_7d ... before_12h, dispute_button, ...
        " due_at TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'pending',"  # pending | sending | sent | cancelled | failed
        " claimed_at TEXT,"
        " sent_at TEXT,"
        " message_id INTEGER,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT,"
        " created_at TEXT NOT NULL,"
        " UNIQUE (order_id, kind))"
    )
    db.execute("CREATE INDEX IF NOT EXISTS reminders_due ON reminders (state, due_at)")
    db.execute("CREATE INDEX IF NOT EXISTS orders_user ON orders (user_id)")


def _m003_chats(db: sqlite_utils.Database) -> None:
    """Groups the bot is in (settings per group), and which group a user came from."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS chats ("
        " id INTEGER PRIMARY KEY,"            # Telegram chat id (negative for groups)
        " title TEXT NOT NULL DEFAULT '',"
        " type TEXT NOT NULL,"                # group | supergroup | channel
        " lang TEXT NOT NULL DEFAULT 'en',"
        " mode TEXT NOT NULL DEFAULT 'commands',"  # commands | mentions | muted
        " bot_status TEXT,"                   # member | administrator | NULL (not known yet)
        " added_by INTEGER,"
        " added_at TEXT,"
        " removed_at TEXT,"
        " active INTEGER NOT NULL DEFAULT 1,"
        " updated_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS user_sources ("
        " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        " chat_id INTEGER NOT NULL REFERENCES chats(id) ON UPDATE CASCADE,"
        " flow TEXT NOT NULL,"                # what the deep link opened: a flow name or menu
        " first_at TEXT NOT NULL,"
        " last_at TEXT NOT NULL,"
        " visits INTEGER NOT NULL DEFAULT 1,"
        " PRIMARY KEY (user_id, chat_id))"
    )
    db.execute("CREATE INDEX IF NOT EXISTS user_sources_chat ON user_sources (chat_id)")


def _m004_operators(db: sqlite_utils.Database) -> None:
    """The operators' audit trail, and full-text search over the conversation log."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS audit ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"                  # aware UTC ISO
        " actor TEXT NOT NULL,"               # tg:<user id> | cli:<login> | console:<account>
        " channel TEXT NOT NULL,"             # telegram | cli | console
        " action TEXT NOT NULL,"              # logs | find | stats | export | search | view
        " target TEXT NOT NULL DEFAULT '',"   # whose logs, the search text, the page
        " allowed INTEGER NOT NULL)"          # 0: refused (not an operator, or in a group)
    )
    db.execute("CREATE INDEX IF NOT EXISTS audit_at ON audit (at)")
    # unicode61 folds case in Cyrillic and Latin alike; replace=True keeps the step idempotent
    # and populates the index from the messages already logged.
    db.table("messages").enable_fts(
        ["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2", replace=True
    )


def _m005_inbox(db: sqlite_utils.Database) -> None:
    """Updates stored before Telegram is told they arrived, and whether a screen reached the user.

    An inbox row is written before the offset moves and kept (payload emptied) once handled, so
    a redelivered update_id is recognised; `dialogues.shown` = 0 marks a screen not delivered.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS inbox ("
        " update_id INTEGER PRIMARY KEY,"
        " user_id INTEGER,"                   # who sent it (NULL for chat-level updates)
        " payload TEXT NOT NULL,"             # the raw JSON; emptied once handled
        " received_at TEXT NOT NULL,"
        " done INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS inbox_pending ON inbox (done, update_id)")
    db.execute("CREATE INDEX IF NOT EXISTS inbox_user ON inbox (user_id)")
    if "shown" not in db.table("dialogues").columns_dict:
        db.execute("ALTER TABLE dialogues ADD COLUMN shown INTEGER NOT NULL DEFAULT 1")


def _m006_reminder_presses(db: sqlite_utils.Database) -> None:
    """The reminder button each user pressed last: the screen it opens acts on that order."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS reminder_presses ("
        " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
        " reminder_id INTEGER NOT NULL,"
        " order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
        " action TEXT NOT NULL,"              # guide | extended | received | refunded
        " at TEXT NOT NULL)"                  # aware UTC ISO
    )
    # A promise used to stop the protection countdown; those orders get their reminders back.
    # This step once called the live planner; frozen, it leaves that to _m007's flag, which
    # marks these orders for re-planning at start-up (bot/reminders/plan.py, replan_flagged).


def _m007_order_life_cycle(db: sqlite_utils.Database) -> None:
    """Whether the dispute's day is known, and a flag for orders to re-plan at start-up.

    Frozen: plain SQL only, never the live planning code. Orders whose reminders change with
    the declared life cycle (every order still waiting for something) are flagged; an open
    dispute whose day was not known counts from its last change, marked as estimated.
    """
    columns = db.table("orders").columns_dict
    if "dispute_day_known" not in columns:
        db.execute("ALTER TABLE orders ADD COLUMN dispute_day_known INTEGER NOT NULL DEFAULT 1")
    if "replan" not in columns:
        db.execute("ALTER TABLE orders ADD COLUMN replan INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE orders SET dispute_opened_at = updated_at, dispute_day_known = 0"
               " WHERE status = 'dispute' AND dispute_opened_at IS NULL")
    db.execute("UPDATE orders SET replan = 1 WHERE status IN"
               " ('open', 'problem', 'dispute', 'refund_promised', 'cancelled')")


def _m008_drop_reminder_presses(db: sqlite_utils.Database) -> None:
    """Reminder buttons now jump to the order's screen with its id: the presses table goes."""
    db.execute("DROP TABLE IF EXISTS reminder_presses")


def _m009_ops_outcomes_ratings_handover(db: sqlite_utils.Database) -> None:
    """What each reply was (outcome), buyers' ratings of answers, and cases handed to a person.

    Self-contained (H-ops): touches only `messages.outcome` and its own three tables.
    """
    if "outcome" not in db.table("messages").columns_dict:
        db.execute("ALTER TABLE messages ADD COLUMN outcome TEXT")
    db.execute(
        "CREATE TABLE IF NOT EXISTS ratings ("
        " id INTEGER PRIMARY KEY,"
        " user_id INTEGER NOT NULL,"
        " step INTEGER NOT NULL,"             # the dialogue step the answer was shown at
        " screen TEXT NOT NULL,"              # the answer screen rated
        " shown_at TEXT NOT NULL,"            # aware UTC ISO
        " value TEXT,"                        # up | down | NULL (not rated)
        " reason TEXT,"                       # fit | unclear | wrong | other (after a 👎)
        " note TEXT,"                         # what the buyer typed for "other"
        " awaiting_note INTEGER NOT NULL DEFAULT 0,"
        " rated_at TEXT,"
        " UNIQUE (user_id, step))"
    )
    db.execute("CREATE INDEX IF NOT EXISTS ratings_screen ON ratings (screen, value)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS handovers ("
        " id INTEGER PRIMARY KEY,"
        " user_id INTEGER NOT NULL,"
        " lang TEXT NOT NULL,"
        " screen TEXT NOT NULL,"              # where the buyer was when they asked
        " opened_at TEXT NOT NULL,"           # aware UTC ISO
        " closed_at TEXT,"
        " closed_by TEXT)"                    # tg:<operator id> | buyer
    )
    db.execute("CREATE INDEX IF NOT EXISTS handovers_user ON handovers (user_id, opened_at)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS handover_posts ("
        " chat_id INTEGER NOT NULL,"          # the operators' chat, or one operator's
        " message_id INTEGER NOT NULL,"
        " handover_id INTEGER NOT NULL,"
        " user_id INTEGER NOT NULL,"          # the buyer: /forget erases these rows too
        " PRIMARY KEY (chat_id, message_id))"
    )
def _m010_messages_delivered(db: sqlite_utils.Database) -> None:
    """`messages.delivered`: 1 once Telegram accepted an outgoing message, 0 until then
    (NULL: incoming, or logged before this column)."""
    if "delivered" not in db.table("messages").columns_dict:
        db.execute("ALTER TABLE messages ADD COLUMN delivered INTEGER")


def _m011_messages_facet_indexes(db: sqlite_utils.Database) -> None:
    """An index per column the console's messages table facets on (kind, direction,
    state_after): each facet counts its index instead of reading every row and its text
    (on 300,000 messages three full scans made the page 3-4 times slower)."""
    for column in ("kind", "direction", "state_after"):
        db.execute(f"CREATE INDEX IF NOT EXISTS messages_{column} ON messages ({column})")


MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "core", _m001_core),
    (2, "orders", _m002_orders),
    (3, "chats", _m003_chats),
    (4, "operators", _m004_operators),
    (5, "inbox", _m005_inbox),
    (6, "reminder_presses", _m006_reminder_presses),
    (7, "order_life_cycle", _m007_order_life_cycle),
    (8, "drop_reminder_presses", _m008_drop_reminder_presses),
    (9, "ops_outcomes_ratings_handover", _m009_ops_outcomes_ratings_handover),
    (10, "messages_delivered", _m010_messages_delivered),
    (11, "messages_facet_indexes", _m011_messages_facet_indexes),
]


CODE_VERSION = max(version for version, _name, _step in MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer refundbot than this one."""


def schema_version(conn: sqlite3.Connection) -> int:
    """The newest migration applied to a database (0 for a new one)."""
    try:
        row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0] or 0)


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Apply every migration not yet recorded, each in its own transaction.

    Refuses a database with steps this code does not know (a newer refundbot wrote it),
    and copies a database that holds data before changing it (bot/ops/backup.py).
    """
    db.table("schema_migrations").create(
        {"version": int, "name": str, "applied_at": str}, pk="version", if_not_exists=True
    )
    done = {row["version"] for row in db.table("schema_migrations").rows}
    unknown = sorted(done - {version for version, _name, _step in MIGRATIONS})
    if unknown:
        raise SchemaTooNew(
            f"the database has schema v{max(done)}, newer than this refundbot (v{CODE_VERSION}): "
            "upgrade refundbot, or restore the backup taken before the upgrade (see README, "
            "Upgrading)")
    pending = [m for m in MIGRATIONS if m[0] not in done]
    if pending and done:
        backup_before_migration(db.conn, pending[0][0], datetime.now(UTC))
    applied = []
    for version, name, step in pending:
        with db.conn:
            db.execute("BEGIN IMMEDIATE")
            step(db)
            db.table("schema_migrations").insert(
                {"version": version, "name": name, "applied_at": datetime.now(UTC).isoformat()}
            )
        applied.append(version)
    return applied
