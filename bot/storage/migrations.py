"""Ordered, idempotent schema migrations, applied at start-up.

Append new steps to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils


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


MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "core", _m001_core),
]


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Apply every migration not yet recorded, each in its own transaction."""
    db.table("schema_migrations").create(
        {"version": int, "name": str, "applied_at": str}, pk="version", if_not_exists=True
    )
    done = {row["version"] for row in db.table("schema_migrations").rows}
    applied = []
    for version, name, step in MIGRATIONS:
        if version in done:
            continue
        with db.conn:
            db.execute("BEGIN IMMEDIATE")
            step(db)
            db.table("schema_migrations").insert(
                {"version": version, "name": name, "applied_at": datetime.now(UTC).isoformat()}
            )
        applied.append(version)
    return applied
