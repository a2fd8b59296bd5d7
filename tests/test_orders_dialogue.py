"""Adding orders through the dialogue, in English and Russian: every date form, bad input, zones.

The clock stands at Tuesday 10 March 2026, 12:00 UTC (15:00 in Moscow).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils
from telegram.ext import Application

from bot.telegram.card_and_menus import publish_commands
from bot.telegram.context import sender_in
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.orders import (
    EN,
    RU,
    add_order,
    orders_of,
    start_order,
    state_of,
    zone_of,
)

pytestmark = pytest.mark.usefixtures("plan_calls")


async def test_orders_command_and_menu_button_open_the_list(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("📋 My orders")
    assert "No orders yet" in chat.last_text()
    await chat.send("/orders")
    assert chat.last_text().startswith("📋 My orders")
    assert "➕ Add an order" in chat.buttons()


async def test_adding_an_order_explains_the_reminders_before_the_first_question(
    chat: Chat, db: sqlite_utils.Database, plan_calls: list[tuple[int, bool]]
) -> None:
    await chat.send("/orders")
    await chat.click("Add an order")
    explained = chat.last_text()
    assert "• 7 days before the end: check the tracking" in explained
    assert "• 3 days before the end: prepare the evidence and decide" in explained
    assert "• 12 hours before the end: open the dispute now" in explained
    assert "The last reminder tells you to open the dispute" in explained
    assert "the reminders move with it" in explained
    assert "Order ID" not in explained
    await chat.click("Continue")
    assert "Order ID" in chat.last_text()
    await chat.send("8123 4567 8901 2345")
    await chat.send("headphones")
    assert "Which time zone" in chat.last_text()
    await chat.click("Moscow")
    assert "When does buyer protection end?" in chat.last_text()
    await chat.send("25.03")
    await chat.click("Bank card")
    await chat.click("Waiting for the parcel")
    page = chat.last_text()
    assert "✅ Saved" in page
    assert "Protection ends March 25, 2026 (in 15 days)" in page
    [order] = orders_of(db, chat.user_id)
    assert order["number"] == "8123456789012345" and order["label"] == "headphones"
    assert order["deadline"] == "2026-03-24T21:00:00+00:00"  # 00:00 on the 25th in Moscow
    assert (order["deadline_kind"], order["payment_method"], order["status"]) == (
        "date", "card", "open")
    assert plan_calls == [(order["id"], True)]


@pytest.mark.parametrize(
    ("typed", "kind", "deadline"),
    [
        ("25.03", "date", "2026-03-24T21:00:00+00:00"),
        ("25 March", "date", "2026-03-24T21:00:00+00:00"),
        ("Mar 25", "date", "2026-03-24T21:00:00+00:00"),
        ("2026-03-25", "date", "2026-03-24T21:00:00+00:00"),
        ("in 12 days", "days_left", "2026-03-22T12:00:00+00:00"),
        ("12", "days_left", "2026-03-22T12:00:00+00:00"),
        ("12 days 05:30", "countdown", "2026-03-22T17:30:00+00:00"),
    ],
)
async def test_every_english_date_form_is_saved(
    chat: Chat, db: sqlite_utils.Database, typed: str, kind: str, deadline: str
) -> None:
    await add_order(chat, typed)
    [order] = orders_of(db, chat.user_id)
    assert (order["deadline_kind"], order["deadline"]) == (kind, deadline)


@pytest.mark.parametrize(
    ("typed", "kind", "deadline"),
    [
        ("25 марта", "date", "2026-03-24T21:00:00+00:00"),
        ("через 12 дней", "days_left", "2026-03-22T12:00:00+00:00"),
        ("осталось 12 дней", "days_left", "2026-03-22T12:00:00+00:00"),
    ],
)
async def test_russian_date_forms_are_saved(
    ru: Chat, db: sqlite_utils.Database, typed: str, kind: str, deadline: str
) -> None:
    await add_order(ru, typed, label="наушники", labels=RU)
    assert "✅ Сохранил" in ru.last_text()
    [order] = orders_of(db, ru.user_id)
    assert (order["deadline_kind"], order["deadline"], order["label"]) == (kind, deadline,
                                                                          "наушники")


async def test_ship_date_plus_delivery_promise(chat: Chat, db: sqlite_utils.Database) -> None:
    await start_order(chat)
    await chat.click("I only know the ship date")
    await chat.send("in a week")
    assert "Send the day the seller shipped" in chat.last_text()
    await chat.send("5.03")
    await chat.send("sixty")
    assert "for example 60" in chat.last_text()
    await chat.send("60 days")
    await chat.click("Bank card")
    await chat.click("Skip")
    [order] = orders_of(db, chat.user_id)
    assert (order["deadline_kind"], order["shipped_on"]) == ("shipping", "2026-03-05")
    assert order["deadline"] == "2026-05-03T21:00:00+00:00"  # 5 March + 60 days, Moscow


async def test_a_promise_already_over_is_refused(chat: Chat, db: sqlite_utils.Database) -> None:
    await start_order(chat)
    await chat.click("I only know the ship date")
    await chat.send("1.01")
    await chat.send("20")
    assert "would already have ended on 21.01.2026" in chat.last_text()
    assert state_of(db, chat.user_id) == "orders_promise"


@pytest.mark.parametrize("typed", ["12345", "order 12ab34", "81234567890123456789012", "🙂"])
async def test_bad_order_number_re_prompts_and_saves_nothing(
    chat: Chat, db: sqlite_utils.Database, typed: str
) -> None:
    await chat.send("/orders")
    await chat.click("Add an order")
    await chat.click("Continue")
    await chat.send(typed)
    assert "only digits" in chat.last_text() and "8123456789012345" in chat.last_text()
    assert state_of(db, chat.user_id) == "orders_number"
    await chat.send("Order ID: 8123456789012345")
    assert state_of(db, chat.user_id) == "orders_label"
    assert orders_of(db, chat.user_id) == []


@pytest.mark.parametrize(("typed", "lang", "warning"), [
    ("4111 1111 1111 1111", "en", "Never send your card number"),
    ("5469-3800-1234-5673", "en", "Never send your card number"),
    ("2202 2012 3456 7895", "ru", "Никогда и никому не отправляйте номер карты"),
])
async def test_a_card_number_typed_for_the_order_is_refused_with_a_warning(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, typed: str, lang: str,
    warning: str,
) -> None:
    labels = EN if lang == "en" else RU
    chat = chat_with(user_id=4401, language_code=lang)
    await chat.send("/orders")
    await chat.click(labels.add)
    await chat.click(labels.cont)
    await chat.send(typed)
    assert warning in chat.last_text()
    assert state_of(db, chat.user_id) == "orders_number"
    await chat.send("8123 4567 8901 2345")
    assert state_of(db, chat.user_id) == "orders_label"


async def test_too_long_label_is_refused(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/orders")
    await chat.click("Add an order")
    await chat.click("Continue")
    await chat.send("8123456789012345")
    await chat.send("x" * 41)
    assert "up to 40 characters" in chat.last_text()
    await chat.click("Skip")
    assert state_of(db, chat.user_id) == "orders_tz"


@pytest.mark.parametrize("typed", ["in 900 days", "31 December 2099", "25.03.2035",
                                   "my parcel never arrived"])
async def test_text_at_the_payment_question_keeps_the_order_being_added(
    chat: Chat, db: sqlite_utils.Database, typed: str
) -> None:
    await start_order(chat)
    await chat.send("25.03")
    assert state_of(db, chat.user_id) == "orders_payment"
    await chat.send(typed)
    assert "Please use the buttons" in chat.last_text()
    assert state_of(db, chat.user_id) == "orders_payment"
    await chat.click(EN.card)
    await chat.click(EN.waiting)
    [order] = orders_of(db, chat.user_id)
    assert (order["number"], order["label"]) == ("8123456789012345", "headphones")


async def test_russian_text_at_the_payment_question_keeps_the_order(
    ru: Chat, db: sqlite_utils.Database
) -> None:
    await start_order(ru, label="наушники", labels=RU)
    await ru.send("25 марта")
    await ru.send("через 400 дней")
    assert state_of(db, ru.user_id) == "orders_payment"
    await ru.click(RU.card)
    await ru.click(RU.waiting)
    assert [o["label"] for o in orders_of(db, ru.user_id)] == ["наушники"]


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("banana", "for example: 25.12, 25 December, Dec 25, in 12 days"),
     ("1.01.2026", "already passed"),
     ("1.01.2027", "too far ahead")],
)
async def test_bad_date_re_prompts_with_examples_and_saves_nothing(
    chat: Chat, db: sqlite_utils.Database, plan_calls: list[tuple[int, bool]], typed: str,
    answer: str,
) -> None:
    await start_order(chat)
    await chat.send(typed)
    assert answer in chat.last_text()
    assert state_of(db, chat.user_id) == "orders_deadline"
    assert orders_of(db, chat.user_id) == [] and plan_calls == []


async def test_russian_re_prompt_has_russian_examples(ru: Chat, db: sqlite_utils.Database) -> None:
    await start_order(ru, labels=RU)
    await ru.send("тридцатое февраля")
    assert "25 декабря, через 12 дней" in ru.last_text()
    assert orders_of(db, ru.user_id) == []


async def test_time_zone_is_asked_once(chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat)
    assert zone_of(db, chat.user_id) == "Europe/Moscow"
    await chat.click("Add an order")
    await chat.click("Continue")
    await chat.send("8123456789019999")
    await chat.click("Skip")
    assert chat.last_text().startswith("When does buyer protection end?")
    assert chat.transcript().count("Which time zone") == 1


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("UTC+5", "Etc/GMT-5"), ("Berlin", "Europe/Berlin"), ("america/new_york", "America/New_York"),
     ("+5:30", "Asia/Kolkata")],
)
async def test_a_typed_time_zone_is_stored(
    chat: Chat, db: sqlite_utils.Database, typed: str, stored: str
) -> None:
    await start_order(chat, pick_zone=False)
    await chat.send("Narnia/Cair_Paravel")
    assert "I don't know that time zone" in chat.last_text()
    assert zone_of(db, chat.user_id) is None
    await chat.send(typed)
    assert zone_of(db, chat.user_id) == stored
    assert "When does buyer protection end?" in chat.last_text()


async def test_russian_user_is_offered_moscow_first(ru: Chat) -> None:
    await start_order(ru, labels=RU, pick_zone=False)
    assert "В каком вы часовом поясе?" in ru.last_text()
    assert ru.buttons()[0] == "Москва (UTC+3)"


async def test_settings_change_the_time_zone(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/settings")
    assert "Time zone: not chosen yet" in chat.last_text()
    await chat.click("Change time zone")
    await chat.click("New York")
    assert zone_of(db, chat.user_id) == "America/New_York"
    assert "Time zone: America/New_York (UTC-4), the time there is 08:00." in chat.last_text()
    await chat.click("Change time zone")
    await chat.send("МСК+2")
    assert zone_of(db, chat.user_id) == "Etc/GMT-5"
    assert "Time zone: UTC+5" in chat.last_text()


async def test_russian_settings(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/settings")
    assert "Язык: русский" in ru.last_text()
    await ru.click("Сменить часовой пояс")
    await ru.send("Екатеринбург")
    assert zone_of(db, ru.user_id) == "Asia/Yekaterinburg"
    assert "там сейчас 17:00" in ru.last_text()


async def test_same_number_again_updates_the_order(chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat, "25.03")
    await add_order(chat, "30.03", label="new name")
    assert "You already had this order" in chat.last_text()
    [order] = orders_of(db, chat.user_id)
    assert (order["label"], order["deadline"]) == ("new name", "2026-03-29T21:00:00+00:00")


async def test_command_menu_and_help_list_orders_and_settings(
    app: Application, emulator: BotApiEmulator, ru: Chat
) -> None:
    await publish_commands(app.bot, sender_in(app))
    menu = {c["command"]: c["description"] for c in emulator.my_commands(language_code="ru")}
    assert menu["orders"] == "Мои заказы и их сроки"
    assert menu["settings"] == "Часовой пояс и язык"
    await ru.send("/help")
    assert "/orders – Мои заказы и их сроки" in ru.last_text() and "/settings" in ru.last_text()
