"""The dialogue listens: one message lands on the answer, facts are not asked again,
Back and a one-tap correction undo a step, small talk gets a friendly answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils

from tests.support.chat import Chat
from tests.support.orders import state_of


async def test_one_message_lands_on_the_open_the_dispute_now_screen(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await chat.send("/start")
    await chat.send("the parcel is in my country, 36 hours left on the countdown")
    assert state_of(db, chat.user_id) == "notreceived_urgent"
    said = chat.transcript()
    assert 'You said the tracking shows "Moving or in my country"' in said
    assert 'You said the time left on protection is "2 days or less"' in said
    assert "open the dispute now" in said
    assert '✏️ Change "2 days or less"' in chat.buttons()


@pytest.mark.parametrize(("lang", "text", "screen"), [
    ("en", "the parcel is in my country, 2 days left on the countdown", "notreceived_urgent"),
    ("en", "the parcel is in my country, 3 days left on the countdown", "notreceived_extend"),
    ("ru", "посылка уже в моей стране, до конца защиты осталось 2 дня", "notreceived_urgent"),
    ("ru", "посылка уже в моей стране, до конца защиты осталось 3 дня", "notreceived_extend"),
])
async def test_two_days_left_is_open_the_dispute_now_not_ask_for_an_extension(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str, text: str,
    screen: str
) -> None:
    chat = chat_with(user_id=4100, language_code=lang)
    await chat.send("/start")
    await chat.send(text)
    assert state_of(db, chat.user_id) == screen


async def test_a_wrong_guess_is_corrected_in_one_tap(chat: Chat,
                                                     db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("the parcel is in my country, 36 hours left on the countdown")
    await chat.click('Change "2 days or less"')
    assert state_of(db, chat.user_id) == "notreceived_time"
    assert "How much time is left?" in chat.last_text()
    await chat.click("A few days")
    assert state_of(db, chat.user_id) == "notreceived_extend"


async def test_the_faulty_earbud_lands_on_the_defect_advice(chat: Chat,
                                                            db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("My left earbud is dead, I'd like my money back")
    assert state_of(db, chat.user_id) == "wrongitem_defective"
    assert "You said what's wrong" in chat.transcript()
    assert "Evidence for a defect" in chat.transcript()


async def test_a_fact_typed_at_the_question_answers_it(chat: Chat,
                                                       db: sqlite_utils.Database) -> None:
    await chat.walk("Item not received", "Moving")
    assert state_of(db, chat.user_id) == "notreceived_time"
    await chat.send("4 days")
    assert state_of(db, chat.user_id) == "notreceived_extend"


async def test_russian_message_skips_what_it_already_said(chat_with: Callable[..., Chat],
                                                           db: sqlite_utils.Database) -> None:
    ru = chat_with(user_id=4242, language_code="ru")
    await ru.send("/start")
    await ru.send("хочу отменить заказ, статус ожидает отправки")
    assert state_of(db, 4242) == "cancel_awaiting"
    assert "Вы написали, что статус заказа — «Ожидает отправки»" in ru.transcript()
    assert any(b.startswith("✏️") for b in ru.buttons())


async def test_a_dispute_mentioned_mid_scenario_moves_to_where_it_stands(
    ru: Chat, db: sqlite_utils.Database
) -> None:
    await ru.walk("Товар не пришёл", "Движется")
    assert state_of(db, ru.user_id) == "notreceived_time"
    await ru.send("я уже открыла спор")
    assert state_of(db, ru.user_id) == "dispute_waiting"
    assert "Вы написали, на каком этапе спор: «Открыт, жду ответа продавца»" in ru.transcript()


async def test_naming_the_same_case_again_keeps_the_answers(ru: Chat,
                                                            db: sqlite_utils.Database) -> None:
    await ru.walk("Товар не пришёл", "Движется")
    await ru.send("посылка так и не пришла")
    assert state_of(db, ru.user_id) == "notreceived_time"
    assert "выберите одну из кнопок" in ru.last_text()


async def test_new_facts_about_the_same_case_are_used(chat: Chat,
                                                      db: sqlite_utils.Database) -> None:
    await chat.walk("Item not received", "Stuck for less than 15 days", "More than a week")
    assert state_of(db, chat.user_id) == "notreceived_stalled"
    await chat.send("sorry, I checked again: only 30 hours left on the countdown")
    assert state_of(db, chat.user_id) == "notreceived_urgent"


async def test_a_bank_without_a_licence_gets_its_own_answer(ru: Chat,
                                                            db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("возврат одобрили, но мой банк лишили лицензии, платил картой")
    assert state_of(db, ru.user_id) == "moneylate_bank_closed"
    assert "asv.org.ru" in ru.transcript()


async def test_an_expired_card_typed_at_the_days_question_answers_it(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await chat.walk("Refund approved", "Bank card")
    assert state_of(db, chat.user_id) == "moneylate_days"
    await chat.send("my card expired last month")
    assert state_of(db, chat.user_id) == "moneylate_card_expired"


async def test_an_offer_with_a_coupon_lands_on_the_counter_offer_advice(
    ru: Chat, db: sqlite_utils.Database
) -> None:
    await ru.send("/start")
    await ru.send("продавец в споре предлагает купон на 5 долларов")
    assert state_of(db, ru.user_id) == "dispute_counter"
    assert "Купон — не деньги" in ru.transcript()


async def test_back_returns_to_the_previous_question(chat: Chat,
                                                     db: sqlite_utils.Database) -> None:
    await chat.walk("Item not received", "Moving", "A few days")
    assert state_of(db, chat.user_id) == "notreceived_extend"
    await chat.click("Back")
    assert state_of(db, chat.user_id) == "notreceived_time"
    await chat.click("Back")
    assert state_of(db, chat.user_id) == "notreceived_tracking"
    assert "what does the tracking show?" in chat.last_text()


async def test_back_after_an_answer_taken_for_me_reopens_that_question(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await chat.send("/start")
    await chat.send("the parcel is in my country, 36 hours left on the countdown")
    await chat.click("Back")
    assert state_of(db, chat.user_id) == "notreceived_time"


async def test_question_screens_offer_back_next_to_the_menu(chat: Chat) -> None:
    await chat.walk("Cancel a paid order")
    assert chat.buttons()[-2:] == ["↩️ Back", "⬅️ Main menu"]


@pytest.mark.parametrize(("text", "reply"), [
    ("hi", "Tell me in your own words what happened"),
    ("help", "I'm here to help"),
])
async def test_greeting_and_help_get_a_friendly_answer_with_the_menu(
    chat: Chat, db: sqlite_utils.Database, text: str, reply: str
) -> None:
    await chat.walk("Cancel a paid order")
    await chat.send(text)
    assert state_of(db, chat.user_id) == "menu"
    assert reply in chat.transcript()
    assert "I didn't get that" not in chat.transcript()
    assert any("Item not received" in b for b in chat.buttons())


async def test_thanks_keeps_the_screen(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.walk("Cancel a paid order")
    await chat.send("thanks!")
    assert state_of(db, chat.user_id) == "cancel_status"
    assert "You're welcome" in chat.last_text()


async def test_russian_help_gets_the_menu(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("помогите")
    assert state_of(db, ru.user_id) == "menu"
    assert "Не понял" not in ru.transcript()


@pytest.mark.parametrize(("text", "reply"), [
    ("", "I can only read text"),
    ("🙂🙂🙂", "I can't read that"),
    ("ж" * 4096, "I couldn't"),
    ("我的包裹没有到", "only English and Russian"),
    ("8123456789012345", "looks like an order number"),
])
async def test_bad_input_keeps_the_screen_and_saves_nothing(
    chat: Chat, db: sqlite_utils.Database, text: str, reply: str
) -> None:
    await chat.walk("Cancel a paid order")
    before = db.execute("SELECT state, step, facts FROM dialogues WHERE user_id = ?",
                        [chat.user_id]).fetchone()
    await chat.send(text)
    after = db.execute("SELECT state, step, facts FROM dialogues WHERE user_id = ?",
                       [chat.user_id]).fetchone()
    assert after == before
    assert reply in chat.last_text()
    assert "Awaiting shipment" in chat.buttons()


async def test_russian_bad_input_is_answered_in_russian(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("🙂")
    assert "Не могу это прочитать" in ru.last_text()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I opened a dispute but the parcel still has not arrived, tracking shows nothing"),
    ("ru", "Открыт спор по заказу, посылка не пришла, трек-номер не работает"),
])
async def test_a_dispute_already_open_gets_the_dispute_guide_not_open_one(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str, text: str
) -> None:
    chat = chat_with(user_id=4300, language_code=lang)
    await chat.send("/start")
    await chat.send(text)
    assert state_of(db, chat.user_id) == "dispute_waiting"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "waited two months for delivery, tracking said delivered, the item is damaged"),
    ("ru", "Посылку ждал два месяца, наконец пришла, а внутри подделка"),
])
async def test_a_broken_item_is_the_faulty_item_guide(
    chat_with: Callable[..., Chat], db: sqlite_utils.Database, lang: str, text: str
) -> None:
    chat = chat_with(user_id=4301, language_code=lang)
    await chat.send("/start")
    await chat.send(text)
    assert state_of(db, chat.user_id).startswith("wrongitem")
