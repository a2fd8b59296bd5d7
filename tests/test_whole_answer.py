"""The whole answer (issue 16): one message describing a situation gets all of it, EN and RU."""

from __future__ import annotations

import pytest
import sqlite_utils

from tests.support.chat import Chat
from tests.support.orders import state_of


async def test_a_skipped_deadline_question_still_says_the_countdown_is_the_deadline(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("the parcel hasn't arrived, no tracking updates for 20 days, "
                    "3 days of protection left")
    assert state_of(db, chat.user_id) == "notreceived_dispute"
    seen = chat.transcript()
    assert "your deadline is the buyer protection countdown on the order page" in seen
    assert "\"45 days from dispatch\" in some guides is outdated" in seen


async def test_russian_skipped_questions_say_their_rules_too(
        ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("посылка не пришла, трек не обновляется 20 дней, осталось 3 дня защиты")
    assert state_of(db, ru.user_id) == "notreceived_dispute"
    seen = ru.transcript()
    assert "ваш срок — таймер защиты покупателя на странице заказа" in seen
    assert "трекинг" not in seen and "15+" not in seen


async def test_wanting_out_of_an_unshipped_order_gets_the_cancellation_answer(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("I found it cheaper elsewhere and the seller hasn't shipped yet")
    assert state_of(db, chat.user_id) == "cancel_awaiting"
    assert "Pick a reason that doesn't blame the seller" in chat.transcript()
    assert "The seller still has time" not in chat.transcript()


async def test_russian_own_mistake_before_shipping_is_a_cancellation(
        ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("ошиблась размером, заказ ещё ожидает отправки, хочу отменить")
    assert state_of(db, ru.user_id) == "cancel_awaiting"
    assert "Выберите причину, которая не обвиняет продавца" in ru.transcript()


async def test_one_item_missing_and_one_broken_gets_two_disputes_of_their_types(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("I ordered 3 items, one never came and another one arrived broken")
    assert state_of(db, chat.user_id) == "multiitem_mixed"  # both problems read: no question
    seen = chat.transcript()
    assert "Two problems in one order mean two disputes" in seen
    assert "the missing item: a \"not received\" dispute, \"Refund only\"" in seen
    assert "✏️ Change \"One missing, another faulty\"" in chat.buttons()


async def test_russian_several_problems_in_one_order(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("в заказе из трёх товаров один не пришёл, а другой не включается")
    assert state_of(db, ru.user_id) == "multiitem_mixed"
    assert "на товар, который не пришёл, — спор «Товар не получен»" in ru.transcript()


async def test_a_general_question_gets_its_answer_before_any_question(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("where does my refund go and how long does it take")
    assert state_of(db, chat.user_id) == "moneylate_method"
    answer = chat.transcript()
    assert "The refund goes back the way you paid" in answer
    assert "bank card: usually within about 10 business days" in answer
    assert answer.index("10 business days") < answer.index("how did you pay?")


async def test_russian_general_question_answered_first(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("куда вернутся деньги и сколько ждать")
    answer = ru.transcript()
    assert "Деньги возвращаются тем же способом, каким вы платили" in answer
    assert answer.index("Деньги возвращаются") < answer.index("как вы платили?")


async def test_a_partial_refund_offer_is_the_buyers_decision_and_may_be_the_last(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("the seller offers me 5 dollars back in the dispute, should I accept")
    assert state_of(db, chat.user_id) == "dispute_counter"
    seen = chat.transcript()
    assert "It's your decision" in seen and "there may be no more later" in seen
    assert "A coupon isn't cash" in seen


async def test_russian_partial_offer(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("продавец в споре предлагает вернуть 300 рублей")
    assert state_of(db, ru.user_id) == "dispute_counter"
    assert "Решать вам" in ru.transcript() and "больше потом может не быть" in ru.transcript()


async def test_a_fake_support_message_is_phishing(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("got an sms from aliexpress support asking for my code")
    assert state_of(db, chat.user_id) == "phishing_fake"
    seen = chat.transcript()
    assert "fake message (phishing)" in seen and "Report it" in seen
    assert "on the order page and in the app's messages" in seen


async def test_russian_courier_fee_link_is_phishing(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("курьерская служба просит оплатить пошлину по ссылке в смс")
    assert state_of(db, ru.user_id) == "phishing_fake"
    assert "фишинг" in ru.transcript()


async def test_a_courier_asking_for_the_delivery_code_hears_when_that_is_normal(
        ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("курьер просит код из смс, это нормально?")
    assert state_of(db, ru.user_id) == "phishing_fake"
    seen = ru.transcript()
    assert "Курьер, который отдаёт посылку лично, может спросить код" in seen
    assert "тем, кто звонит или пишет, его не называйте" in seen


async def test_support_asking_for_photos_in_the_dispute_is_no_phishing(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("AliExpress support asked me for the order number and photos of the broken "
                    "item, is that normal?")
    assert state_of(db, chat.user_id) != "phishing_fake"
    assert "fake message (phishing)" not in chat.transcript()


async def test_support_asking_for_an_unboxing_video_is_no_phishing_in_russian(
        ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("поддержка в приложении просит видео распаковки и фото посылки для спора")
    assert state_of(db, ru.user_id) != "phishing_fake"
    assert "фишинг" not in ru.transcript()


async def test_a_frozen_order_refunds_automatically(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("aliexpress froze my order because the seller committed fraud")
    assert state_of(db, chat.user_id) == "frozen_order"
    assert "the refund is automatic" in chat.transcript()
    assert "\"Payment\" tab" in chat.transcript()


async def test_russian_frozen_order(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("заказ заморожен из-за мошенничества продавца")
    assert state_of(db, ru.user_id) == "frozen_order"
    assert "деньги возвращаются автоматически" in ru.transcript()


async def test_is_it_true_questions_get_the_contradiction_as_the_rules_phrase_it(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("is it true that I have 45 days to open a dispute?")
    assert state_of(db, chat.user_id) == "truths_deadlines"
    assert "The 45-day figure in some guides is outdated" in chat.transcript()
    assert "the buyer protection countdown on the order page" in chat.transcript()
    await chat.click("Claims about refunds and money")
    assert "no compensation on top" in chat.last_text()


async def test_russian_is_it_true(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("правда ли что спор можно открыть только один раз")
    assert state_of(db, ru.user_id) == "truths_deadlines"
    assert "рассчитывайте на один спор на товар" in ru.transcript()


async def test_a_completed_order_with_no_dispute_is_not_asked_how_the_dispute_ended(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("protection ended yesterday and the order is completed, parcel never came")
    assert state_of(db, chat.user_id) == "disputelost_expired"
    assert "How did the dispute end?" not in chat.transcript()


async def test_a_dispute_told_in_everyday_words_opens_the_dispute_case(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("the shop turned down my complaint, 3 days left on the clock")
    assert state_of(db, chat.user_id) == "dispute_escalate"
    assert "You said where the dispute stands: \"Seller refuses / no agreement\"" in chat.screen()


async def test_russian_missing_items_alone_open_the_several_items_case(
        ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("пришли не все вещи: из четырёх только три")
    assert state_of(db, ru.user_id) == "multiitem_missing"


async def test_an_answer_that_quotes_a_status_is_quoted_once(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("still awaiting shipment after 8 days, the processing timer shows 2 days left")
    assert state_of(db, chat.user_id) == "notshipped_waiting"
    assert "You said the order is \"Awaiting shipment, time left\"" in chat.transcript()
    assert "✏️ Change \"Awaiting shipment, time left\"" in chat.buttons()
    assert "\"\"" not in chat.transcript() + " ".join(chat.buttons())


async def test_russian_quotes_are_not_nested_either(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("заказ всё ещё ожидает отправки, на таймере обработки осталось 2 дня")
    assert state_of(db, ru.user_id) == "notshipped_waiting"
    assert "статус заказа — «Ожидает отправки, время ещё есть»" in ru.transcript()
    assert "««" not in ru.transcript() + " ".join(ru.buttons())


async def test_a_missing_item_silent_for_weeks_is_not_told_to_wait(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send("ordered 3 phone cases, only 2 came, the tracking of the third hasn't moved "
                    "for 3 weeks")
    assert state_of(db, chat.user_id) == "multiitem_missing"
    assert "tracking hasn't updated for more than 15 days" in chat.screen()


async def test_russian_missing_item_silent_for_weeks(ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("в заказе было три вещи, пришли две, третья не пришла, трек стоит уже месяц")
    assert state_of(db, ru.user_id) == "multiitem_missing"
    assert "больше 15 дней, ждать дальше не нужно" in ru.screen()


@pytest.mark.parametrize(("lang", "text", "said", "not_said"), [
    ("en", "the refund was approved to my aliexpress balance 6 days ago, the balance still shows 0",
     "where the refund is sent): \"AliExpress balance / Alipay\"", "You said you paid with"),
    ("en", "the refund went to my aliexpress bonus balance 3 days ago, nothing there",
     "where the refund is sent): \"AliExpress balance / Alipay\"", "You said you paid with"),
    ("ru", "деньги вернули на баланс алиэкспресс, а там ноль",
     "куда отправлен возврат): «Баланс AliExpress / Alipay»", "как оплачивали заказ"),
    ("ru", "возврат одобрили на бонусный счёт 3 дня назад, а там пусто",
     "куда отправлен возврат): «Баланс AliExpress / Alipay»", "как оплачивали заказ"),
])
async def test_a_refund_sent_to_the_balance_gets_the_balance_answer_never_said_to_be_the_payment(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, said: str,
        not_said: str) -> None:
    buyer = ru if lang == "ru" else chat
    await buyer.send("/start")
    await buyer.send(text)
    assert state_of(db, buyer.user_id) == "moneylate_balance"
    assert said in buyer.transcript()
    assert not_said not in buyer.transcript()


async def test_a_seller_offering_bonuses_is_not_where_the_refund_went(
        ru: Chat, db: sqlite_utils.Database) -> None:
    await ru.send("/start")
    await ru.send("возврат одобрили неделю назад, денег нет, продавец предлагает вернуть бонусами")
    assert state_of(db, ru.user_id) != "moneylate_balance"
