"""Nothing switches the safety net off by mistake: a promise, a receipt, a dispute's date,
an estimated end date, and one order whatever digits its number is typed in.

The clock stands at Tuesday 10 March 2026, 12:00 UTC (15:00 in Moscow).
"""

from __future__ import annotations

import sqlite_utils
from telegram.ext import Application

from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.orders import add_order, button_data, open_order, orders_of, start_order
from tests.support.reminder_rows import fake_dispatcher, reminders

COUNTDOWN = {"before_7d", "before_3d", "before_1d", "before_12h"}


def pending(db: sqlite_utils.Database, order_id: int) -> set[str]:
    """Kinds of the order's reminders still to be sent."""
    return {k for k, r in reminders(db, order_id).items() if r["state"] == "pending"}


async def test_a_promise_before_any_dispute_is_not_possible(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat)
    [order] = orders_of(db, chat.user_id)
    await open_order(chat)
    assert not any("Dispute closed" in b for b in chat.buttons())
    message_id, data = button_data(chat, "I opened a dispute")
    await chat.press(message_id, data.replace(":dispute:", ":decided:"))  # forged
    await chat.click("Won: a refund was decided")
    await chat.click("Bank card")
    assert "That button doesn't fit where this order stands now" in chat.last_text()
    assert orders_of(db, chat.user_id) == [order]
    assert pending(db, order["id"]) == COUNTDOWN


async def test_after_a_promise_the_protection_reminders_still_come(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    await add_order(chat, "25.03")  # Moscow: protection ends 24 March 21:00 UTC
    await open_order(chat)
    await chat.click("I opened a dispute")
    await chat.click("Today")
    await chat.click("Dispute closed / decided")
    await chat.click("Won: a refund was decided")
    assert "I keep the reminders before buyer protection ends" in chat.last_text()
    await chat.click("Bank card")
    [order] = orders_of(db, chat.user_id)
    assert order["status"] == "refund_promised"
    assert "usually takes 10 to 20 business days" in chat.last_text()  # a range, not a promise
    assert pending(db, order["id"]) == COUNTDOWN | {"refund_overdue"}
    clock.advance(days=7, hours=18)  # 18 March, 09:00 in Moscow: a week before the end
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    reminder = chat.last_text()
    assert "A refund was decided. Paid with bank card" in reminder
    assert "Keep the dispute open until the money is in your account" in reminder
    for other in ("What to do this week", "Open the dispute now", "open a dispute",
                  "Could you please extend"):
        assert other not in reminder
    assert "✅ Refund arrived" in chat.buttons()


async def test_the_dispute_date_is_asked_and_used(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat)
    [order] = orders_of(db, chat.user_id)
    await open_order(chat)
    await chat.click("I opened a dispute")
    await chat.send("tomorrow")
    assert "I couldn't read that date" in chat.last_text()
    await chat.send("31.12.2026")
    assert "That day hasn't come yet" in chat.last_text()
    assert orders_of(db, chat.user_id)[0]["status"] == "open"
    await chat.send("5.03")
    assert "Dispute opened March 5, 2026" in chat.last_text()
    # 00:00 on 5 March in Moscow; the reply time ended on the 10th: already due, sent now.
    assert orders_of(db, chat.user_id)[0]["dispute_opened_at"] == "2026-03-04T21:00:00+00:00"
    assert reminders(db, order["id"])["seller_reply"]["due_at"] == "2026-03-10T05:00:00+00:00"
    await chat.click("I received it")
    await chat.click("Back to the order")
    await chat.click("Seller extended protection")  # the dispute stays as it was
    assert orders_of(db, chat.user_id)[0]["dispute_opened_at"] == "2026-03-04T21:00:00+00:00"


async def test_a_dispute_added_yesterday_or_on_an_unknown_day(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await start_order(chat)
    await chat.send("25.03")
    await chat.click("Bank card")
    await chat.click("A dispute is already open")
    assert "When did you open the dispute?" in chat.last_text()
    await chat.click("Yesterday")
    [order] = orders_of(db, chat.user_id)
    assert (order["status"], order["dispute_opened_at"]) == (
        "dispute", "2026-03-08T21:00:00+00:00")  # 9 March, 00:00 in Moscow
    assert pending(db, order["id"]) == COUNTDOWN | {"seller_reply"}
    await start_order(chat, number="8123456789000000", label="lamp")
    await chat.send("25.03")
    await chat.click("Bank card")
    await chat.click("A dispute is already open")
    await chat.click("Not sure")
    lamp = orders_of(db, chat.user_id)[1]
    assert (lamp["status"], lamp["dispute_opened_at"], lamp["dispute_day_known"]) == (
        "dispute", "2026-03-10T12:00:00+00:00", 0)  # counted from now, marked as estimated
    assert "so I count from March 10, 2026, the day you told me" in chat.last_text()
    assert "timer on the dispute page wins" in chat.last_text()
    assert pending(db, lamp["id"]) == COUNTDOWN | {"seller_reply"}


async def test_an_estimated_end_date_says_so(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    await start_order(chat)
    await chat.click("I only know the ship date")
    await chat.send("1.03")
    await chat.send("30")  # ends 31 March, 00:00 in Moscow
    await chat.click("Bank card")
    await chat.click("Waiting for the parcel")
    assert "estimated from the ship date" in chat.last_text()
    assert "the countdown on the order page is the date that counts" in chat.last_text()
    clock.advance(days=13, hours=18)  # 24 March, 09:00 in Moscow
    await fake_dispatcher(db, app.bot, clock).run_once()
    assert "This end date is my estimate from the ship date" in chat.last_text()


async def test_order_numbers_in_other_digits_are_one_order(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat, number="８１２３４５６７８９０１２３４５")  # fullwidth
    await add_order(chat, number="٨١٢٣٤٥٦٧٨٩٠١٢٣٤٥")  # Arabic-Indic
    assert "You already had this order" in chat.transcript()
    assert [o["number"] for o in orders_of(db, chat.user_id)] == ["8123456789012345"]


async def test_a_cancelled_order_stops_the_countdown_and_waits_for_the_refund(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat)
    [order] = orders_of(db, chat.user_id)
    await open_order(chat)
    await chat.click("The order was cancelled")
    assert "the order is cancelled" in chat.last_text()
    cancelled = "Order cancelled on March 10, 2026. The refund (bank card) usually takes 10 to 20"
    assert cancelled in chat.last_text()
    assert pending(db, order["id"]) == {"refund_overdue"}
    assert chat.buttons()[:3] == ["✅ Refund arrived", "↩️ Reopen", "🗑 Delete"]
    await chat.click("Refund arrived")
    assert "Has the whole refund arrived" in chat.last_text()
    await chat.click("Yes, close the order")
    assert orders_of(db, chat.user_id)[0]["status"] == "closed"


async def test_received_but_not_fine_from_the_order_page(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await add_order(chat)
    [order] = orders_of(db, chat.user_id)
    await open_order(chat)
    await chat.click("I received it")
    await chat.click("Something is wrong with it")
    assert "AliExpress may cut the time left to about 5 days" in chat.last_text()
    assert "Send the end of buyer protection as the order page shows it now" in chat.last_text()
    problem = orders_of(db, chat.user_id)[0]
    assert (problem["status"], problem["deadline"], problem["deadline_kind"]) == (
        "problem", "2026-03-15T12:00:00+00:00", "delivered_cut")  # the cut, assumed
    assert pending(db, order["id"]) == COUNTDOWN
    await open_order(chat)
    assert "The item arrived with a problem. Don't confirm receipt" in chat.last_text()
    assert "I assume about 5 days were left" in chat.last_text()
    assert "⚖️ I opened a dispute" in chat.buttons()
    await chat.click("Send the countdown shown now")
    await chat.send("in 8 days")
    answered = orders_of(db, chat.user_id)[0]
    assert (answered["status"], answered["deadline_kind"]) == ("problem", "days_left")
    assert "I assume about 5 days" not in chat.last_text()


async def test_a_problem_later_says_the_cut_and_never_not_received(
        chat: Chat, app: Application, db: sqlite_utils.Database, clock: FakeClock) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("I received it")
    await chat.click("Something is wrong with it")
    clock.advance(days=4, hours=1)  # the 1-day reminder before the assumed cut
    assert await fake_dispatcher(db, app.bot, clock).run_once() == 1
    reminder = chat.last_text()
    assert "Open the dispute about the problem now" in reminder
    assert "I assume about 5 days were left" in reminder
    assert "I didn't receive the item" not in reminder and "has not arrived" not in reminder
