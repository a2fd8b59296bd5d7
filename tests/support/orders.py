"""Walking the add-order dialogue in either language, and reading what it stored."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import Any

import sqlite_utils

from bot.i18n import _, use_language
from flows.languages import LANGUAGES
from tests.support.chat import Chat


@dataclass(frozen=True)
class Labels:
    """The button labels a user presses while adding an order, in one language."""

    add: str
    cont: str
    zone: str
    card: str
    waiting: str


MSGIDS = Labels("➕ Add an order", "Continue", "Moscow", "💳 Bank card",
                "📦 Waiting for the parcel")


def labels_in(lang: str) -> Labels:
    """The same presses in one language, read from its catalog."""
    with use_language(lang):
        return Labels(*(_(msgid) for msgid in astuple(MSGIDS)))


LABELS = {lang: labels_in(lang) for lang in LANGUAGES}
EN = LABELS["en"]
RU = LABELS["ru"]


async def start_order(chat: Chat, *, number: str = "8123456789012345", label: str = "headphones",
                      labels: Labels = EN, pick_zone: bool = True) -> None:
    """From /orders past the schedule to the date question, picking a zone if asked (or stop at
    that question)."""
    await chat.send("/orders")
    await chat.click(labels.add)
    await chat.click(labels.cont)
    await chat.send(number)
    await chat.send(label)
    if pick_zone and any(labels.zone in b for b in chat.buttons()):
        await chat.click(labels.zone)


async def add_order(chat: Chat, deadline: str = "25.03", *, number: str = "8123456789012345",
                    label: str = "headphones", labels: Labels = EN) -> None:
    """Add an order from /orders through to its saved page."""
    await start_order(chat, number=number, label=label, labels=labels)
    await chat.send(deadline)
    await chat.click(labels.card)
    await chat.click(labels.waiting)


async def open_order(chat: Chat, name: str = "headphones") -> None:
    """Open an order's page from the list."""
    await chat.send("/orders")
    await chat.click(f"📦 {name}")


def orders_of(db: sqlite_utils.Database, user_id: int) -> list[dict[str, Any]]:
    """The user's order rows, oldest first."""
    return list(db.query("SELECT * FROM orders WHERE user_id = ? ORDER BY id", [user_id]))


def state_of(db: sqlite_utils.Database, user_id: int) -> str:
    """The screen the user's dialogue is on."""
    return str(db.execute("SELECT state FROM dialogues WHERE user_id = ?", [user_id]).fetchone()[0])


def zone_of(db: sqlite_utils.Database, user_id: int) -> str | None:
    """The user's stored time zone."""
    row = db.execute("SELECT tz FROM users WHERE id = ?", [user_id]).fetchone()
    return row[0] if row else None


def button_data(chat: Chat, label: str) -> tuple[int, str]:
    """(message id, callback data) of the newest button whose label contains `label`."""
    for message in reversed(chat.emu.messages(chat.user_id)):
        for row in message.get("reply_markup", {}).get("inline_keyboard", []):
            for button in row:
                if label in button["text"]:
                    return message["message_id"], button["callback_data"]
    raise AssertionError(f"no button {label!r}")


def record_plans(monkeypatch: Any) -> list[tuple[int, bool]]:
    """Replace plan_reminders with a recorder of (order id, inside a transaction?)."""
    calls: list[tuple[int, bool]] = []

    def recorder(db_: sqlite_utils.Database, order_id: int, now: Any, **_: Any) -> None:
        calls.append((order_id, db_.conn.in_transaction))

    monkeypatch.setattr("bot.reminders.plan.plan_reminders", recorder)
    return calls

