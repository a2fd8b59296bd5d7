"""Where each user is in the dialogue, so a restart resumes at the same step."""

from __future__ import annotations

import json

import sqlite_utils

from flows.engine.turn import DialogueState

__all__ = ["DialogueState", "load_dialogue", "mark_shown", "save_dialogue", "unshown"]


def load_dialogue(db: sqlite_utils.Database, user_id: int, initial: str) -> DialogueState:
    """The saved state, or a fresh one at `initial`."""
    row = db.execute(
        "SELECT state, step, facts, shown FROM dialogues WHERE user_id = ?", [user_id]
    ).fetchone()
    if row is None:
        return DialogueState(initial)
    return DialogueState(row[0], row[1], json.loads(row[2]), bool(row[3]))


def save_dialogue(
    db: sqlite_utils.Database, user_id: int, dialogue: DialogueState, now: str,
    shown: bool = True,
) -> None:
    """Persist the user's state (insert or replace); `shown=False` until its screen is sent."""
    db.execute(
        "INSERT INTO dialogues (user_id, state, step, facts, updated_at, shown)"
        " VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, step = excluded.step, "
        "facts = excluded.facts, updated_at = excluded.updated_at, shown = excluded.shown",
        [user_id, dialogue.state, dialogue.step, json.dumps(dialogue.facts), now, int(shown)],
    )


def mark_shown(db: sqlite_utils.Database, user_id: int) -> None:
    """The user's current screen reached them (one statement; writes only when it was not)."""
    db.execute("UPDATE dialogues SET shown = 1 WHERE user_id = ? AND shown = 0", [user_id])


def unshown(db: sqlite_utils.Database, since: str) -> list[int]:
    """Users whose current screen was saved after `since` but never reached them."""
    rows = db.execute("SELECT user_id FROM dialogues WHERE shown = 0 AND updated_at >= ?"
                      " ORDER BY updated_at", [since]).fetchall()
    return [int(r[0]) for r in rows]
