"""The ratings table: one row per answer shown, its 👍 / 👎, the reason and the buyer's note.

A row is written when an answer is shown, so a press can only rate an answer this buyer was
really offered (the button's step is looked up, never trusted).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from flows.engine.markers import N_

UP, DOWN = "up", "down"
RATING_LABELS = ((UP, N_("👍 This helped")), (DOWN, N_("👎 This didn't help")))
OTHER = "other"
REASONS = (
    ("fit", N_("It doesn't fit my case")),
    ("unclear", N_("It's unclear")),
    ("wrong", N_("It's wrong")),
    (OTHER, N_("Something else: I'll type it")),
)
REASON_CODES = {code for code, _label in REASONS}


@dataclass(frozen=True)
class Rating:
    """One offered rating: the answer screen and what the buyer said of it."""

    user_id: int
    step: int
    screen: str
    value: str | None
    reason: str | None


def offer_rating(db: sqlite_utils.Database, user_id: int, step: int, screen: str,
                 at: str) -> None:
    """Remember that this answer was shown with rating buttons (once per step)."""
    db.execute("INSERT OR IGNORE INTO ratings (user_id, step, screen, shown_at)"
               " VALUES (?, ?, ?, ?)", [user_id, step, screen, at])


def _row(db: sqlite_utils.Database, user_id: int, step: int) -> Rating | None:
    """The offered rating of this buyer at this step, if there is one."""
    row = db.execute("SELECT screen, value, reason FROM ratings WHERE user_id = ? AND step = ?",
                     [user_id, step]).fetchone()
    return Rating(user_id, step, row[0], row[1], row[2]) if row else None


def rate(db: sqlite_utils.Database, user_id: int, step: int, value: str,
         at: str) -> Rating | None:
    """Set (or change) 👍 / 👎; None when no such answer was offered to this buyer."""
    if value not in (UP, DOWN) or _row(db, user_id, step) is None:
        return None
    # A change of mind to 👍 drops the reason given for the 👎.
    db.execute("UPDATE ratings SET value = ?, rated_at = ?, awaiting_note = 0,"
               " reason = CASE WHEN ? = 'up' THEN NULL ELSE reason END,"
               " note = CASE WHEN ? = 'up' THEN NULL ELSE note END"
               " WHERE user_id = ? AND step = ?", [value, at, value, value, user_id, step])
    return _row(db, user_id, step)


def give_reason(db: sqlite_utils.Database, user_id: int, step: int, reason: str,
                at: str) -> Rating | None:
    """Record why an answer was rated 👎; "other" waits for the buyer's typed note."""
    found = _row(db, user_id, step)
    if reason not in REASON_CODES or found is None or found.value != DOWN:
        return None
    db.execute("UPDATE ratings SET awaiting_note = 0 WHERE user_id = ?", [user_id])
    db.execute("UPDATE ratings SET reason = ?, rated_at = ?, awaiting_note = ?"
               " WHERE user_id = ? AND step = ?",
               [reason, at, int(reason == OTHER), user_id, step])
    return _row(db, user_id, step)


def take_note(db: sqlite_utils.Database, user_id: int, text: str, since: str) -> bool:
    """Save typed text as the note of the 👎 waiting for one since `since`; False when none."""
    # Read first: this runs on every private text, and most buyers have nothing waiting.
    if db.execute("SELECT 1 FROM ratings WHERE user_id = ? AND awaiting_note = 1",
                  [user_id]).fetchone() is None:
        return False
    cursor = db.execute("UPDATE ratings SET note = ?, awaiting_note = 0"
                        " WHERE user_id = ? AND awaiting_note = 1 AND rated_at >= ?",
                        [text, user_id, since])
    return cursor.rowcount > 0


def stop_waiting(db: sqlite_utils.Database, user_id: int) -> None:
    """The buyer moved on: the next text is not a note any more."""
    db.execute("UPDATE ratings SET awaiting_note = 0 WHERE user_id = ? AND awaiting_note = 1",
               [user_id])


def per_screen(db: sqlite_utils.Database) -> list[tuple[str, int, int]]:
    """(answer screen, 👍, 👎) for every rated screen, the most 👎 first."""
    rows = db.execute(
        "SELECT screen, SUM(value = 'up'), SUM(value = 'down') FROM ratings"
        " WHERE value IS NOT NULL GROUP BY screen ORDER BY 3 DESC, 2 ASC, 1").fetchall()
    return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]
