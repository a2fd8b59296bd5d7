"""Where each user is in the dialogue, so a restart resumes at the same step."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils


@dataclass(frozen=True)
class DialogueState:
    """A user's current screen, how many steps they have taken, and the facts gathered."""

    state: str
    step: int = 0
    facts: dict[str, str] = field(default_factory=dict)


def load_dialogue(db: sqlite_utils.Database, user_id: int, initial: str) -> DialogueState:
    """The saved state, or a fresh one at `initial`."""
    row = db.execute(
        "SELECT state, step, facts FROM dialogues WHERE user_id = ?", [user_id]
    ).fetchone()
    if row is None:
        return DialogueState(initial)
    return DialogueState(row[0], row[1], json.loads(row[2]))


def save_dialogue(
    db: sqlite_utils.Database, user_id: int, dialogue: DialogueState, now: str
) -> None:
    """Persist the user's state (insert or replace)."""
    db.execute(
        "INSERT INTO dialogues (user_id, state, step, facts, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, step = excluded.step, "
        "facts = excluded.facts, updated_at = excluded.updated_at",
        [user_id, dialogue.state, dialogue.step, json.dumps(dialogue.facts), now],
    )
