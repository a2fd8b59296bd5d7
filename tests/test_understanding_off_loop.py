"""Typed messages are understood in a worker thread, before the turn's transaction (issue 22)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
import sqlite_utils

import bot.dialogue.service
import flows.engine.turn
from flows.understanding import Understanding
from tests.support.chat import Chat
from tests.support.orders import state_of


@pytest.fixture
def heard_in(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    """Each message the service understood: its text, language, and whether off the loop.

    The turn's own `understand` refuses: the service's answer must be the one followed.
    """
    real = bot.dialogue.service.understand
    loop_thread = threading.get_ident()
    calls: list[tuple[str, str, bool]] = []

    def spy(text: str, lang: str, today: date | None = None) -> Understanding:
        calls.append((text, lang, threading.get_ident() != loop_thread))
        return real(text, lang, today)

    def refuse(text: str, lang: str, today: date | None = None) -> Understanding:
        raise AssertionError(f"understood on the loop: {text!r}")

    monkeypatch.setattr(bot.dialogue.service, "understand", spy)
    monkeypatch.setattr(flows.engine.turn, "understand", refuse)
    return calls


async def test_a_typed_message_is_understood_off_the_loop(
        chat: Chat, db: sqlite_utils.Database, heard_in: list[tuple[str, str, bool]]) -> None:
    await chat.send("/start")
    await chat.send("My parcel never arrived and protection ends in 5 days")
    assert state_of(db, chat.user_id).startswith("notreceived")
    assert heard_in == [("My parcel never arrived and protection ends in 5 days", "en", True)]


async def test_it_is_read_in_the_users_language(
        ru: Chat, db: sqlite_utils.Database, heard_in: list[tuple[str, str, bool]]) -> None:
    await ru.send("/start")
    await ru.send("Посылка НЕ пришла уже месяц")
    assert state_of(db, ru.user_id) == "notreceived_tracking"
    assert [(lang, off) for _text, lang, off in heard_in] == [("ru", True)]


async def test_commands_and_presses_are_not_understood(
        chat: Chat, heard_in: list[tuple[str, str, bool]]) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.send("/help")
    assert heard_in == []
