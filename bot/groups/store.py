"""The `chats` table (one row per group the bot was ever in) and where users came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import sqlite_utils

from bot.storage.conversation_log import LogEntry, log_messages

Mode = Literal["commands", "mentions", "muted"]
MODES: tuple[Mode, ...] = ("commands", "mentions", "muted")
COLUMNS = "id, title, type, lang, mode, bot_status, added_by, added_at, active"


@dataclass(frozen=True)
class GroupChat:
    """What the bot keeps about a group: its settings and who added the bot when."""

    id: int
    title: str
    type: str
    lang: str
    mode: Mode
    bot_status: str | None
    added_by: int | None
    added_at: str | None
    active: bool


def get_chat(db: sqlite_utils.Database, chat_id: int) -> GroupChat | None:
    """The stored group, or None when the bot has never been there."""
    row = db.execute(f"SELECT {COLUMNS} FROM chats WHERE id = ?", [chat_id]).fetchone()
    if row is None:
        return None
    return GroupChat(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], bool(row[8]))


def chat_added(db: sqlite_utils.Database, chat_id: int, title: str, kind: str, lang: str,
               bot_status: str, added_by: int | None, at: str, active: bool = True) -> GroupChat:
    """Record that the bot joined a chat, starting from default settings in `lang`."""
    db.execute(
        "INSERT INTO chats (id, title, type, lang, mode, bot_status, added_by, added_at,"
        " removed_at, active, updated_at) VALUES (?, ?, ?, ?, 'commands', ?, ?, ?, NULL, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title, type = excluded.type,"
        " lang = excluded.lang, mode = excluded.mode, bot_status = excluded.bot_status,"
        " added_by = excluded.added_by, added_at = excluded.added_at, removed_at = NULL,"
        " active = excluded.active, updated_at = excluded.updated_at",
        [chat_id, title, kind, lang, bot_status, added_by, at, int(active), at],
    )
    found = get_chat(db, chat_id)
    assert found is not None
    return found


def ensure_chat(db: sqlite_utils.Database, chat_id: int, title: str, kind: str,
                default_lang: str, at: str) -> GroupChat:
    """The group's row, created with defaults if missing (a message proves the bot is there)."""
    db.execute(
        "INSERT INTO chats (id, title, type, lang, updated_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title, active = 1"
        " WHERE chats.title != excluded.title OR chats.active = 0",
        [chat_id, title, kind, default_lang, at],
    )
    found = get_chat(db, chat_id)
    assert found is not None
    return found


def chat_removed(db: sqlite_utils.Database, chat_id: int, at: str) -> None:
    """Forget the group's settings and stop posting there; the row stays for statistics."""
    db.execute(
        "UPDATE chats SET active = 0, removed_at = ?, mode = 'commands', bot_status = NULL,"
        " updated_at = ? WHERE id = ?", [at, at, chat_id],
    )


def set_bot_status(db: sqlite_utils.Database, chat_id: int, status: str, at: str) -> None:
    """Remember whether the bot is an admin there (it then sees every message)."""
    db.execute("UPDATE chats SET bot_status = ?, updated_at = ? WHERE id = ?",
               [status, at, chat_id])


def set_lang(db: sqlite_utils.Database, chat_id: int, lang: str, at: str) -> None:
    """Change the language the bot speaks in the group."""
    db.execute("UPDATE chats SET lang = ?, updated_at = ? WHERE id = ?", [lang, at, chat_id])


def set_mode(db: sqlite_utils.Database, chat_id: int, mode: Mode, at: str) -> None:
    """Change when the bot answers in the group: commands, mentions of refunds, or never."""
    db.execute("UPDATE chats SET mode = ?, updated_at = ? WHERE id = ?", [mode, at, chat_id])


def move_chat(db: sqlite_utils.Database, old_id: int, new_id: int, at: str) -> None:
    """A group became a supergroup with a new id: carry its settings and sources over."""
    if get_chat(db, old_id) is None:
        return
    if get_chat(db, new_id) is None:
        db.execute("UPDATE chats SET id = ?, type = 'supergroup', updated_at = ? WHERE id = ?",
                   [new_id, at, old_id])
        return
    db.execute(
        "UPDATE chats SET (lang, mode, added_by, added_at) = (SELECT lang, mode, added_by,"
        " added_at FROM chats WHERE id = ?), updated_at = ? WHERE id = ?", [old_id, at, new_id])
    chat_removed(db, old_id, at)


def record_source(db: sqlite_utils.Database, user_id: int, chat_id: int, flow: str,
                  at: str) -> bool:
    """Remember that a user came from this group; False when the group is unknown."""
    if get_chat(db, chat_id) is None:
        return False
    db.execute(
        "INSERT INTO user_sources (user_id, chat_id, flow, first_at, last_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(user_id, chat_id) DO UPDATE SET flow = excluded.flow,"
        " last_at = excluded.last_at, visits = user_sources.visits + 1",
        [user_id, chat_id, flow, at, at],
    )
    return True


def log_group_event(db: sqlite_utils.Database, at: str, chat_id: int, user_id: int | None,
                    kind: str, text: str) -> None:
    """Write a group event (added, removed, promoted, settings) to the conversation log."""
    log_messages(db, [LogEntry(at, chat_id, user_id, "event", kind, text, None, None)])


def log_group_exchange(db: sqlite_utils.Database, at: str, chat_id: int, user_id: int | None,
                       asked: tuple[str, str], answer: str) -> None:
    """Write what a member asked in the group, as (kind, text), and the bot's public answer."""
    log_messages(db, [
        LogEntry(at, chat_id, user_id, "in", asked[0], asked[1], None, None),
        LogEntry(at, chat_id, user_id, "out", "text", answer, None, None),
    ])
