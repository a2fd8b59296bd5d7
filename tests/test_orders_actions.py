"""The list and the per-order actions: dates and plurals, extend, dispute, refund, close, delete.

The clock stands at Tuesday 10 March 2026, 12:00 UTC (15:00 in Moscow).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils

from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.orders import RU, add_order, button_data, open_order, orders_of, state_of

pytestmark = pytest.mark.usefixtures("plan_calls")


async def test_russian_list_has_absolute_dates_and_plurals(
    ru: Chat, db: sqlite_utils.Database
) -> None:
    for days, number in (("1", "81234567890001"), ("2", "81234567890002"),
                         ("5", "81234567890005"), ("21", "81234567890021")):
        await add_order(ru, days, number=number, label=f"заказ {days}", labels=RU)
    await ru.send("/orders")
    listed = ru.last_text().replace("\u202f", " ")  # Babel writes "2026\u202fг."
    assert "Защита заканчивается 11 марта 2026 г. (через 1 день)" in listed
    assert "12 марта 2026 г. (через 2 дня)" in listed
    assert "15 марта 2026 г. (через 5 дней)" in listed
    assert "31 марта 2026 г. (через 21 день)" in listed
    assert "Дальше: ждите посылку" in listed
    assert "попросите продавца продлить защиту или откройте спор" in listed
    assert "Europe/Moscow (UTC+3)" in listed
    assert ru.buttons()[:4] == ["📦 заказ 1", "📦 заказ 2", "📦 заказ 5", "📦 заказ 21"]


async def test_english_list_and_an_ended_order(
    chat: Chat, db: sqlite_utils.Database, clock: FakeClock
) -> None:
    await add_order(chat, "1")
    await chat.send("/orders")
    assert "Protection ends March 11, 2026 (in 1 day)" in chat.last_text()
    clock.advance(days=3)
    await chat.send("/orders")
    listed = chat.last_text()
    assert "Protection ended March 11, 2026 (2 days ago)" in listed
    assert "If the \"Open dispute\" button is still there" in listed


async def test_extended_saves_the_new_date(
    chat: Chat, db: sqlite_utils.Database, plan_calls: list[tuple[int, bool]]
) -> None:
    await add_order(chat, "25.03")
    order_id = orders_of(db, chat.user_id)[0]["id"]
    await open_order(chat)
    await chat.click("Seller extended protection")
    await chat.send("next year")
    assert "I couldn't read that" in chat.last_text()
    assert orders_of(db, chat.user_id)[0]["deadline"] == "2026-03-24T21:00:00+00:00"
    await chat.send("20.04")
    assert "✅ New date saved" in chat.last_text()
    assert "Protection ends April 20, 2026 (in 41 days)" in chat.last_text()
    assert orders_of(db, chat.user_id)[0]["deadline"] == "2026-04-19T21:00:00+00:00"
    assert plan_calls == [(order_id, True), (order_id, True)]


async def test_dispute_opened_starts_the_seller_reply_clock(
    chat: Chat, db: sqlite_utils.Database, clock: FakeClock
) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("I opened a dispute")
    assert "When did you open the dispute?" in chat.last_text()
    await chat.click("Today")
    page = chat.last_text()
    assert "Dispute opened March 10, 2026" in page
    assert "about 5 days to reply, until about March 15, 2026" in page
    assert "usually resolves in your favour" in page
    order = orders_of(db, chat.user_id)[0]
    assert (order["status"], order["dispute_opened_at"]) == ("dispute", "2026-03-10T12:00:00+00:00")
    assert "Open the dispute now" not in page and "open a dispute" not in page
    clock.advance(days=6)
    await chat.send("/orders")
    assert "Keep it open until the money is in your account" in chat.last_text()


@pytest.mark.parametrize(
    ("method", "expected"),
    [("Bank card", "Paid with bank card: a refund usually takes 10 to 20 business days from the "
                   "day AliExpress shows it as sent"),
     ("Alipay balance", "Paid with Alipay: a refund usually takes 1 to 3 business days")],
)
async def test_a_won_dispute_gives_the_refund_as_a_range_of_business_days(
    chat: Chat, db: sqlite_utils.Database, method: str, expected: str
) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("I opened a dispute")
    await chat.click("Today")
    await chat.click("Dispute closed / decided")
    await chat.click("Won: a refund was decided")
    await chat.click(method)
    assert expected in chat.last_text()
    assert "2026" not in chat.last_text().split("a refund usually takes")[1]  # never a date
    order = orders_of(db, chat.user_id)[0]
    assert (order["status"], order["refund_decided_on"]) == ("refund_promised", "2026-03-10")


async def test_late_refund_shows_the_ladder(chat: Chat, clock: FakeClock) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("I opened a dispute")
    await chat.click("Today")
    await chat.click("Dispute closed / decided")
    await chat.click("Won: a refund was decided")
    await chat.click("Not sure")  # keeps the card the order was added with
    clock.advance(days=28)  # 20 business days: the upper end for a card, not yet late
    await chat.send("/orders")
    assert "usually takes 10 to 20 business days" in chat.last_text()
    assert "it is late" not in chat.last_text()
    clock.advance(days=1)
    await chat.send("/orders")
    assert "The refund has taken more than 20 business days" in chat.last_text()
    assert "it is late" in chat.last_text()


async def test_russian_dispute_and_refund_texts(ru: Chat) -> None:
    await add_order(ru, labels=RU)
    await open_order(ru)
    await ru.click("Спор открыт")
    await ru.click("Сегодня")
    page = ru.last_text().replace("\u202f", " ")  # Babel writes "2026\u202fг."
    assert "Спор открыт 10 марта 2026 г.: на ответ у продавца обычно около 5 дней" in page
    assert "г.." not in page  # dates end in "г.", so no full stop right after them
    await ru.click("Спор закрыт / решён")
    await ru.click("Выигран")
    await ru.click("Банковская карта")
    page = ru.last_text().replace("\u202f", " ")
    assert "обычно деньги приходят за 10–20 рабочих дней" in page and "г.." not in page


async def test_received_closes_and_reopen_brings_it_back(
    chat: Chat, db: sqlite_utils.Database, plan_calls: list[tuple[int, bool]]
) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("I received it")
    assert "Is everything fine with it?" in chat.last_text()
    await chat.click("All fine, close the order")
    assert "✅ Closed. No more reminders" in chat.last_text()
    assert orders_of(db, chat.user_id)[0]["status"] == "closed"
    assert "↩️ Reopen" in chat.buttons() and "🗑 Delete" in chat.buttons()
    await chat.click("Reopen")
    assert orders_of(db, chat.user_id)[0]["status"] == "open"
    assert len(plan_calls) == 3 and all(inside for _id, inside in plan_calls)


async def test_delete_asks_first(
    chat: Chat, db: sqlite_utils.Database, plan_calls: list[tuple[int, bool]]
) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("🗑 Delete")
    assert "Delete this order and its reminders?" in chat.last_text()
    assert "headphones" in chat.last_text()
    await chat.click("No, keep it")
    assert len(orders_of(db, chat.user_id)) == 1
    await chat.click("🗑 Delete")
    await chat.click("Yes, delete")
    assert "🗑 Deleted the order and its reminders." in chat.last_text()
    assert "No orders yet" in chat.last_text()
    assert orders_of(db, chat.user_id) == []
    assert len(plan_calls) == 1  # its reminders go with it (ON DELETE CASCADE)


async def test_forged_order_id_changes_nothing(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database
) -> None:
    victim, attacker = chat_with(user_id=1), chat_with(user_id=2)
    await add_order(victim)
    victim_order = orders_of(db, 1)[0]
    await add_order(attacker, number="81234567899999")
    await open_order(attacker)
    for action in ("The order was cancelled", "🗑 Delete", "📅 Calendar"):
        message_id, data = button_data(attacker, action)
        forged = data.rsplit(":", 1)[0] + f":{victim_order['id']}"
        await attacker.press(message_id, forged)
        assert "I can't find that order" in attacker.last_text()
        await open_order(attacker)
    await attacker.send("/orders")
    message_id, data = button_data(attacker, "📦 headphones")
    await attacker.press(message_id, data.rsplit(":", 1)[0] + ":999999")
    assert "I can't find that order" in attacker.last_text()
    assert orders_of(db, 1) == [victim_order]
    assert not attacker.emu.calls_of("sendDocument")


async def test_a_fixed_button_cannot_smuggle_an_order_id(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database
) -> None:
    victim, attacker = chat_with(user_id=1), chat_with(user_id=2)
    await add_order(victim)
    await add_order(attacker, number="81234567899999")
    await open_order(attacker)
    await attacker.click("🗑 Delete")
    message_id, data = button_data(attacker, "Yes, delete")
    await attacker.press(message_id, f"{data}:{orders_of(db, 1)[0]['id']}")
    assert "That button is from an earlier step" in "\n".join(attacker.texts()[-2:])
    assert len(orders_of(db, 1)) == 1 and len(orders_of(db, 2)) == 1
    assert state_of(db, 2) == "orders_delete"
