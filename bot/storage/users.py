"""Users and their language choice."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class User:
    """What the bot keeps about a user."""

    id: int
    lang: str | None
    tg_lang: str | None
    username: str | None


def touch_user(
    db: sqlite_utils.Database, user_id: int, now: str, tg_lang: str | None, username: str | None
) -> User:
    """Create the user on first contact, refresh what Telegram tells us, and return them.

    Anything the user sends means they can hear from us again: clear `blocked_at`.
    """
    db.execute(
        "INSERT INTO users (id, username, tg_lang, first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET last_seen = excluded.last_seen, blocked_at = NULL, "
        "username = COALESCE(excluded.username, users.username), "
        "tg_lang = COALESCE(excluded.tg_lang, users.tg_lang)",
        [user_id, username, tg_lang, now, now],
    )
    row = db.execute(
        "SELECT id, lang, tg_lang, username FROM users WHERE id = ?", [user_id]
    ).fetchone()
    return User(*row)


def set_language(db: sqlite_utils.Database, user_id: int, lang: str) -> None:
    """Store the user's explicit language choice."""
    db.execute("UPDATE users SET lang = ? WHERE id = ?", [lang, user_id])
