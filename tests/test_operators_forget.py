"""/forget removes every row about the user, in every table, and nothing else; /privacy
says what is kept and for how long."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlite_utils

from bot.clock import iso
from bot.dialogue.assembly import build_service
from bot.dialogue.service import Incoming
from bot.operators import queries
from bot.operators.forget import user_tables
from tests.support.chat import Chat
from tests.support.clock import FakeClock

ALICE, BOB = 1001, 2002


def add_rows(db: sqlite_utils.Database, user_id: int, now: str) -> None:
    """An order with two reminders, the group the user came from, and a note."""
    order = db["orders"].insert({
        "user_id": user_id, "number": f"8123{user_id}", "deadline": now, "deadline_kind": "date",
        "created_at": now, "updated_at": now}).last_pk
    for kind in ("before_7d", "before_1d"):
        db["reminders"].insert({"order_id": order, "user_id": user_id, "kind": kind,
                                "due_at": now, "created_at": now})
    db["chats"].upsert({"id": -100, "type": "supergroup", "updated_at": now}, pk="id")
    db["user_sources"].insert({"user_id": user_id, "chat_id": -100, "flow": "menu",
                               "first_at": now, "last_at": now})
    db["notes"].insert({"user_id": user_id, "note": "a feature added later"})


def snapshot(db: sqlite_utils.Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every ordinary table (the full-text index follows `messages`)."""
    return {t.name: list(t.rows) for t in db.tables
            if not t.name.startswith(("sqlite_", "messages_fts"))}


def about(row: dict[str, Any], table: str, user_id: int) -> bool:
    """Whether a row belongs to the user."""
    return row.get("user_id") == user_id or (table == "users" and row["id"] == user_id)


@pytest.fixture
async def two_users(chat_with: Callable[..., Chat], db: sqlite_utils.Database,
                    clock: FakeClock) -> tuple[Chat, Chat]:
    """Alice and Bob, each with a conversation, an order, reminders and a group."""
    db["notes"].create({"user_id": int, "note": str})
    alice, bob = chat_with(user_id=ALICE), chat_with(user_id=BOB, language_code="ru")
    for chat, text in ((alice, "my teapot never came"), (bob, "мой чайник не пришёл")):
        await chat.send("/start")
        await chat.click("Cancel a paid order" if chat is alice else "Отменить оплаченный")
        await chat.send(text)
        add_rows(db, chat.user_id, iso(clock.now()))
    return alice, bob


async def test_forget_removes_every_row_of_the_user_and_nothing_else(
        two_users: tuple[Chat, Chat], db: sqlite_utils.Database) -> None:
    alice, _bob = two_users
    before = snapshot(db)
    logged = sum(1 for r in before["messages"] if r["user_id"] == ALICE)
    assert {"orders", "reminders", "dialogues", "messages", "user_sources", "notes"} <= set(
        user_tables(db))
    await alice.send("/forget")
    assert "It cannot be undone." in alice.transcript()
    assert alice.buttons() == ["🗑 Yes, delete everything", "No, keep my data"]
    await alice.click("Yes, delete everything")
    assert alice.last_text() == (
        "Done: I deleted everything I kept about you. If you write to me again, "
        f"I start from scratch (/start).\n\nDeleted — orders: 1, reminders: 2, "
        f"log entries: {logged + 2}.")
    after = snapshot(db)
    for table, rows in before.items():
        expected = [r for r in rows if not about(r, table, ALICE)]
        assert after[table] == expected, table
    assert any(about(r, t, ALICE) for t, rows in before.items() for r in rows if t != "users")
    assert queries.search_messages(db, "teapot") == []
    assert [r.user_id for r in queries.search_messages(db, "чайник")] == [BOB]


async def test_keeping_the_data_changes_nothing(two_users: tuple[Chat, Chat],
                                                db: sqlite_utils.Database) -> None:
    alice, _bob = two_users
    await alice.send("/forget")
    before = snapshot(db)
    await alice.click("No, keep my data")
    assert "What happened with your order?" in alice.last_text()
    after = snapshot(db)
    assert {t: r for t, r in after.items() if t not in ("messages", "dialogues", "users")} == {
        t: r for t, r in before.items() if t not in ("messages", "dialogues", "users")}
    assert len(after["messages"]) > len(before["messages"])  # the press was logged as usual


async def test_after_forget_the_user_starts_afresh(two_users: tuple[Chat, Chat],
                                                   db: sqlite_utils.Database) -> None:
    alice, _bob = two_users
    await alice.send("/forget")
    await alice.click("Yes, delete everything")
    assert db.execute("SELECT COUNT(*) FROM users WHERE id = ?", [ALICE]).fetchone()[0] == 0
    await alice.send("/start")
    assert "What happened with your order?" in alice.last_text()
    assert [r["text"] for r in db.query(
        "SELECT text FROM messages WHERE user_id = ? AND direction = 'in'", [ALICE])] == ["/start"]


async def test_forget_in_russian(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3003, language_code="ru")
    await ru.send("/forget")
    assert "Удалить всё?" in ru.last_text()
    await ru.click("Да, удалить всё")
    assert ru.last_text().startswith("Готово: я удалил всё, что о вас хранил.")
    assert ru.last_text().endswith("заказов: 0, напоминаний: 0, записей журнала: 2.")  # /forget


@pytest.mark.parametrize(("lang", "days", "expected"), [
    ("en", 90, "Log entries are deleted after 90 days;"),
    ("en", 30, "Log entries are deleted after 30 days;"),
    ("ru", 30, "Записи журнала удаляются через 30 дней;"),
    ("ru", 21, "Записи журнала удаляются через 21 день;"),
])
async def test_privacy_states_what_is_kept_and_for_how_long(
        db: sqlite_utils.Database, clock: FakeClock, lang: str, days: int, expected: str) -> None:
    service = build_service(db, clock, retention_days=days)
    reply = await service.handle(Incoming(7, 7, "command", "privacy", tg_lang=lang))
    text = reply.messages[0].text
    assert expected in text
    assert "/forget" in text and "{" not in text
