"""The log tells the truth: an outgoing row is marked delivered when Telegram accepted it,
and the transcripts show the rows that never reached the user as such."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from bot.i18n import use_language
from bot.operators import queries, transcript
from bot.storage.users import touch_user
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock


def out_rows(db: sqlite_utils.Database, user_id: int) -> list[tuple[str, int | None]]:
    """(text, delivered) of the bot's messages to a user, oldest first."""
    return [(str(r[0]), r[1]) for r in db.execute(
        "SELECT text, delivered FROM messages WHERE user_id = ? AND direction = 'out'"
        " ORDER BY id", [user_id])]


def page_of(db: sqlite_utils.Database, user_id: int, lang: str) -> str:
    """The first transcript page operators read (Telegram /logs and the CLI use it)."""
    user = queries.user_by_id(db, user_id)
    chunk = queries.exchanges(db, user_id, 5, 0)
    with use_language(lang):
        return transcript.transcript_page(user, chunk, 1, 1, ZoneInfo("UTC"))


async def test_accepted_messages_are_marked_delivered(chat: Chat,
                                                      db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    rows = out_rows(db, chat.user_id)
    assert rows and all(delivered == 1 for _text, delivered in rows)
    assert "[not delivered]" not in page_of(db, chat.user_id, "en")


async def test_a_refused_send_stays_undelivered_in_every_transcript(
        chat: Chat, db: sqlite_utils.Database, emulator: BotApiEmulator) -> None:
    await chat.send("/start")
    emulator.block_user(chat.user_id)
    await chat.click("Item not received")
    undelivered = [text for text, delivered in out_rows(db, chat.user_id) if delivered == 0]
    assert undelivered  # logged, but Telegram never took it
    english, russian = page_of(db, chat.user_id, "en"), page_of(db, chat.user_id, "ru")
    assert english.count("[not delivered]") == len(undelivered)
    assert russian.count("[не доставлено]") == len(undelivered)


def test_the_console_transcript_marks_undelivered_rows(db: sqlite_utils.Database,
                                                       db_path: Path, clock: FakeClock) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    assert datasette_app
    from bot.operators.console import build
    from tests.test_operators_console import fetch, password_hash

    at = "2026-03-10T12:00:00+00:00"
    touch_user(db, 77, at, None, None)
    db.execute("INSERT INTO messages (at, chat_id, user_id, direction, kind, text, state_before,"
               " state_after, delivered) VALUES (?, 77, 77, 'out', 'text', 'Saved', 'menu',"
               " 'menu', 0), (?, 77, 77, 'out', 'text', 'Menu', 'menu', 'menu', 1)", [at, at])
    ds = build(db_path, {"operator": password_hash()}, clock)
    page = fetch(ds, "/refundbot/transcript.json?user=77&_shape=array").json()
    assert [row["what"] for row in page] == ["Saved [not delivered]", "Menu"]
