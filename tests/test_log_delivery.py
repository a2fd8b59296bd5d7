"""The log tells the truth: an outgoing row is marked delivered when Telegram accepted it,
and the transcripts show the rows that never reached the user as such."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import sqlite_utils

from bot.i18n import use_language
from bot.operators import queries, transcript
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat


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
