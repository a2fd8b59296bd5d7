"""A typed deadline that reads two ways ("4/5": 4 May or 5 April) is asked about with the two
days as buttons, never guessed; in English and Russian, while adding an order and when the
seller extended protection. The clock stands at Tuesday 10 March 2026, 12:00 UTC."""

from __future__ import annotations

import pytest
import sqlite_utils

from tests.support.chat import Chat
from tests.support.orders import RU, add_order, open_order, orders_of, start_order, state_of

pytestmark = pytest.mark.usefixtures("plan_calls")

MAY_4 = "2026-05-03T21:00:00+00:00"  # 00:00 on 4 May in Moscow
APRIL_5 = "2026-04-04T21:00:00+00:00"


@pytest.mark.parametrize(("typed", "pressed", "deadline"), [
    ("4/5", "April 5, 2026", APRIL_5),
    ("04/05", "May 4, 2026", MAY_4),
    ("4-5", "April 5, 2026", APRIL_5),
])
async def test_a_date_that_reads_two_ways_asks_which_day(
    chat: Chat, db: sqlite_utils.Database, typed: str, pressed: str, deadline: str
) -> None:
    await start_order(chat)
    await chat.send(typed)
    assert "can be read two ways" in chat.last_text()
    assert chat.buttons()[:3] == ["May 4, 2026", "April 5, 2026", "Neither, let me type it"]
    assert state_of(db, chat.user_id) == "orders_deadline_which"
    await chat.click(pressed)
    assert state_of(db, chat.user_id) == "orders_payment"
    await chat.click("Bank card")
    await chat.click("Waiting for the parcel")
    [order] = orders_of(db, chat.user_id)
    assert (order["deadline_kind"], order["deadline"]) == ("date", deadline)


async def test_neither_day_lets_the_buyer_type_it_again(chat: Chat,
                                                        db: sqlite_utils.Database) -> None:
    await start_order(chat)
    await chat.send("4/5")
    await chat.click("Neither, let me type it")
    assert state_of(db, chat.user_id) == "orders_deadline"
    assert orders_of(db, chat.user_id) == []
    await chat.send("6 April")
    assert state_of(db, chat.user_id) == "orders_payment"


async def test_the_day_can_be_typed_at_the_question_too(chat: Chat,
                                                        db: sqlite_utils.Database) -> None:
    await start_order(chat)
    await chat.send("4/5")
    await chat.send("5 April")
    assert state_of(db, chat.user_id) == "orders_payment"


@pytest.mark.parametrize("typed", ["25/03", "25.03", "4.5"])
async def test_a_date_that_reads_one_way_is_not_asked_about(
    chat: Chat, db: sqlite_utils.Database, typed: str
) -> None:
    await start_order(chat)
    await chat.send(typed)
    assert state_of(db, chat.user_id) == "orders_payment"


async def test_russian_buyer_picks_the_day(ru: Chat, db: sqlite_utils.Database) -> None:
    await start_order(ru, labels=RU)
    await ru.send("04/05")
    assert "можно прочитать двумя способами" in ru.last_text()
    # CLDR puts a narrow no-break space before «г.».
    assert ru.buttons()[:3] == ["4 мая 2026\u202fг.", "5 апреля 2026\u202fг.",
                                "Нет, введу дату заново"]
    await ru.click("4 мая 2026")
    await ru.click(RU.card)
    await ru.click(RU.waiting)
    [order] = orders_of(db, ru.user_id)
    assert order["deadline"] == MAY_4


async def test_russian_neither_goes_back_to_the_date_question(ru: Chat,
                                                              db: sqlite_utils.Database) -> None:
    await start_order(ru, labels=RU)
    await ru.send("4/5")
    await ru.click("Нет, введу дату заново")
    assert state_of(db, ru.user_id) == "orders_deadline"
    assert orders_of(db, ru.user_id) == []


async def test_an_extension_typed_two_ways_asks_then_moves_the_deadline(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await add_order(chat)
    await open_order(chat)
    await chat.click("Seller extended protection")
    assert state_of(db, chat.user_id) == "orders_extend"
    await chat.send("4/5")
    assert state_of(db, chat.user_id) == "orders_extend_which"
    await chat.click("May 4, 2026")
    [order] = orders_of(db, chat.user_id)
    assert order["deadline"] == MAY_4
    assert state_of(db, chat.user_id) == "orders_done"
