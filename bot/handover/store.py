"""Cases handed to a person: open and closed cases, and the operators' posts that carry them.

Every row has the buyer's `user_id`, so /forget erases cases and posts with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from bot.storage.conversation_log import LogEntry, log_messages
from flows.engine.outcomes import HANDOVER


@dataclass(frozen=True)
class Case:
    """One request for a person: whose, in which language, where they were, and if open."""

    id: int
    user_id: int
    lang: str
    screen: str
    opened_at: str
    closed_at: str | None


_COLUMNS = "id, user_id, lang, screen, opened_at, closed_at"


def _case(row: tuple[object, ...] | None) -> Case | None:
    """A Case from a row of _COLUMNS."""
    if row is None:
        return None
    return Case(int(row[0]), int(row[1]), str(row[2]), str(row[3]),  # type: ignore[call-overload]
                str(row[4]), None if row[5] is None else str(row[5]))


def open_case(db: sqlite_utils.Database, user_id: int, lang: str, screen: str, at: str) -> Case:
    """Open a case for the buyer and return it."""
    cursor = db.execute("INSERT INTO handovers (user_id, lang, screen, opened_at)"
                        " VALUES (?, ?, ?, ?)", [user_id, lang, screen, at])
    case = case_by_id(db, int(cursor.lastrowid or 0))
    assert case is not None
    return case


def case_by_id(db: sqlite_utils.Database, case_id: int) -> Case | None:
    """The case with this id."""
    return _case(db.execute(f"SELECT {_COLUMNS} FROM handovers WHERE id = ?",
                            [case_id]).fetchone())


def open_case_of(db: sqlite_utils.Database, user_id: int) -> Case | None:
    """The buyer's open case, if any."""
    return _case(db.execute(
        f"SELECT {_COLUMNS} FROM handovers WHERE user_id = ? AND closed_at IS NULL"
        " ORDER BY id DESC LIMIT 1", [user_id]).fetchone())


def cases_since(db: sqlite_utils.Database, user_id: int, since: str) -> int:
    """How many cases the buyer opened since `since` (aware UTC ISO)."""
    return int(db.execute("SELECT COUNT(*) FROM handovers WHERE user_id = ? AND opened_at >= ?",
                          [user_id, since]).fetchone()[0])


def close_case(db: sqlite_utils.Database, case_id: int, at: str, by: str) -> None:
    """Close a case (by an operator, `tg:<id>`, or by the buyer, `buyer`)."""
    db.execute("UPDATE handovers SET closed_at = ?, closed_by = ? WHERE id = ? AND"
               " closed_at IS NULL", [at, by, case_id])


def add_post(db: sqlite_utils.Database, chat_id: int, message_id: int, case: Case) -> None:
    """Remember an operators' post, so a reply to it reaches the case's buyer."""
    db.execute("INSERT OR REPLACE INTO handover_posts (chat_id, message_id, handover_id, user_id)"
               " VALUES (?, ?, ?, ?)", [chat_id, message_id, case.id, case.user_id])


def case_by_post(db: sqlite_utils.Database, chat_id: int, message_id: int) -> Case | None:
    """The case an operators' post belongs to (open or closed), if it is one."""
    row = db.execute("SELECT handover_id FROM handover_posts WHERE chat_id = ? AND message_id = ?",
                     [chat_id, message_id]).fetchone()
    return case_by_id(db, int(row[0])) if row else None


def posts_of(db: sqlite_utils.Database, case: Case) -> list[tuple[int, int]]:
    """(chat id, message id) of the first post of a case in each operators' chat."""
    return [(int(r[0]), int(r[1])) for r in db.execute(
        "SELECT chat_id, MIN(message_id) FROM handover_posts WHERE handover_id = ?"
        " GROUP BY chat_id", [case.id]).fetchall()]


def log_handover(db: sqlite_utils.Database, at: str, user_id: int, state: str,
                 said: tuple[str, str] | None, answered: list[tuple[str, str]]) -> None:
    """Log what the buyer said (kind, text) and what they were answered (kind, text)."""
    entries = [LogEntry(at, user_id, user_id, "in", said[0], said[1], state, state)] if said else []
    entries += [LogEntry(at, user_id, user_id, "out", kind, text, state, state, HANDOVER)
                for kind, text in answered]
    log_messages(db, entries)
