"""The dispute's answer follows what the buyer said (issue 16): a dispute open longer than the
seller's five days to reply is no longer "be patient" (R52, C07), and part of the money for an
item that doesn't work, arrived broken or is another product is no "often better to agree"
(R44 rather than R54)."""

from __future__ import annotations

import pytest
import sqlite_utils

from bot.storage.dialogues import load_dialogue
from flows.engine import answering
from flows.scenarios.menu import MENU
from flows.understanding import extract_facts
from tests.support.chat import Chat
from tests.support.orders import state_of

LATE = [
    ("en", "I opened a dispute 8 days ago and the seller hasn't said a word since", "8"),
    ("en", "dispute open for a week now, seller silent, what do I do", "7"),
    # the dispute told by its type
    ("en", "opened an item not received dispute 6 days ago, the seller hasn't answered at all",
     "6"),
    ("en", "my not as described claim is 9 days old and the store is silent", "9"),
    ("ru", "спор открыт уже 9 дней, продавец молчит", "9"),
    ("ru", "открыла спор неделю назад, а продавец так и не ответил", "7"),
]
RECENT = [
    ("en", "I opened a dispute 2 days ago and the seller hasn't replied yet"),
    ("ru", "открыл спор 3 дня назад, продавец пока не ответил"),
]
LATE_LINE = {"en": "open for more than 5 days",
             "ru": "спор открыт больше 5 дней"}
STILL_OPEN = {"en": "Still open, no reply", "ru": "Открыт, ответа нет"}
RESOLVED = {"en": "Resolved for me, no money yet", "ru": "Решён в мою пользу, денег нет"}


def buyer_of(lang: str, chat: Chat, ru: Chat) -> Chat:
    """The English or the Russian buyer."""
    return chat if lang == "en" else ru


async def landing(buyer: Chat, db: sqlite_utils.Database, text: str) -> str:
    """Where the dialogue stands after /start and the buyer's one message."""
    await buyer.send("/start")
    await buyer.send(text)
    return state_of(db, buyer.user_id)


@pytest.mark.parametrize(("lang", "text", "days"), LATE)
async def test_a_dispute_open_past_the_sellers_five_days_gets_check_and_escalate(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str,
        days: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert extract_facts(text, lang).get("dispute_days") == days
    assert await landing(buyer, db, text) == "dispute_seller_late"
    assert LATE_LINE[lang] in buyer.transcript()
    await buyer.click(STILL_OPEN[lang])
    assert state_of(db, buyer.user_id) == "dispute_escalate"


@pytest.mark.parametrize(("lang", "text"), RECENT)
async def test_a_dispute_within_the_sellers_five_days_is_still_waiting(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "dispute_waiting"
    assert LATE_LINE[lang] not in buyer.transcript()


async def test_a_dispute_resolved_by_the_sellers_silence_leads_to_the_missing_money(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.send(LATE[0][1])
    await chat.click(RESOLVED["en"])
    assert state_of(db, chat.user_id) == "moneylate_method"


async def test_pressing_waiting_with_no_days_said_keeps_the_waiting_answer(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.click("⚖️ Open or follow a dispute")
    await chat.click("Opened, waiting for the seller")
    assert state_of(db, chat.user_id) == "dispute_waiting"


UNUSABLE = [
    ("en", "the drill doesn't work at all, I opened a dispute and the seller offers me "
     "4 dollars back", "defective"),
    ("en", "the lamp arrived smashed to pieces, in the dispute the seller offers a coupon",
     "damaged"),
    ("ru", "наушники вообще не работают, открыл спор, продавец предлагает вернуть 300 рублей",
     "defective"),
]
USABLE = [
    ("en", "I just don't like the colour, opened a dispute and the seller offers 3 dollars back"),
    ("ru", "платье не понравилось, в споре продавец предлагает купон"),
]
FULL_LINE = {"en": "part of the money is rarely a fair deal",
             "ru": "часть денег — редко честная сделка"}
KEEP = {"en": "I'd keep it for part of the money", "ru": "Оставлю товар за часть денег"}


@pytest.mark.parametrize(("lang", "text", "problem"), UNUSABLE)
async def test_part_of_the_money_for_an_unusable_item_points_to_return_and_full_refund(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str,
        problem: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    facts = extract_facts(text, lang)
    assert (facts.get("problem"), facts.get("dispute")) == (problem, "offer")
    assert await landing(buyer, db, text) == "dispute_counter_full"
    assert FULL_LINE[lang] in buyer.transcript()
    await buyer.click(KEEP[lang])  # the buyer may still keep it: their decision
    assert state_of(db, buyer.user_id) == "dispute_counter"


@pytest.mark.parametrize(("lang", "text"), USABLE)
async def test_part_of_the_money_for_a_usable_item_keeps_the_counter_offer_answer(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "dispute_counter"
    assert FULL_LINE[lang] not in buyer.transcript()


SOON = [
    ("en", "one order of 4 items, 3 arrived and the charger never came, protection ends in "
     "2 days"),
    ("en", "ordered a set of three things in one order, two came, one is missing, 5 days of "
     "buyer protection left"),
    ("ru", "в одном заказе было 3 товара, пришли два, третьего нет, защита кончается через "
     "3 дня"),
]
PLENTY = [
    ("en", "one order of 4 items, 3 arrived and the charger never came, protection has 25 days "
     "left"),
    ("ru", "в заказе 3 товара, пришли два, третьего нет, до конца защиты ещё 30 дней"),
]
SOON_LINE = {"en": "so don't wait for the missing item",
             "ru": "поэтому не ждите недошедший товар"}


@pytest.mark.parametrize(("lang", "text"), SOON)
async def test_a_missing_item_with_a_week_or_less_left_is_disputed_now(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert extract_facts(text, lang).get("items_missing") == "yes"
    assert await landing(buyer, db, text) == "multiitem_missing_soon"
    assert SOON_LINE[lang] in buyer.transcript()


@pytest.mark.parametrize(("lang", "text"), PLENTY)
async def test_a_missing_item_with_weeks_left_may_still_be_on_its_way(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "multiitem_missing"
    assert SOON_LINE[lang] not in buyer.transcript()


@pytest.mark.parametrize(("lang", "text", "closed", "answer"), [
    ("en", "the dispute was won but the refund never reached me", "I closed that card or account",
     "depends on your bank"),
    ("ru", "спор выиграла, а деньги так и не пришли", "Я закрыл(а) эту карту или счёт",
     "зависит от банка"),
])
async def test_a_card_or_account_the_buyer_closed_has_its_own_answer(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, closed: str,
        answer: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    await buyer.send("/start")
    await buyer.send(text)
    await buyer.click("💳 Bank card" if lang == "en" else "💳 Банковская карта")
    await buyer.click("Card expired or closed, bank or wallet gone" if lang == "en"
                      else "Карта истекла или закрыта, банка или кошелька нет")
    await buyer.click(closed)
    assert state_of(db, buyer.user_id) == "moneylate_account_closed"
    assert answer in buyer.transcript()


@pytest.mark.parametrize(("lang", "text", "screen", "said"), [
    ("en", "the seller wants me to cancel the dispute, he will refund me through paypal",
     "scams_close", "You said the seller asks you to \"Close the dispute for a promise\""),
    ("en", "seller keeps asking me to confirm receipt before the parcel has arrived",
     "scams_confirm", "You said the seller asks you to \"Confirm receipt before it arrives\""),
    ("ru", "продавец уговаривает подтвердить получение, хотя посылка ещё не пришла",
     "scams_confirm", "Вы написали, что продавец просит «Подтвердить получение заранее»"),
])
async def test_a_scam_request_the_buyer_named_is_not_asked_again(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, screen: str,
        said: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == screen
    assert said in buyer.transcript()


async def test_a_scam_naming_two_requests_asks_which(chat: Chat, db: sqlite_utils.Database) -> None:
    text = "seller asks me to close the dispute and to pay him directly for a new one"
    assert extract_facts(text, "en").get("scam_request") is None
    assert await landing(chat, db, text) == "scams_what"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my parcel LP00123456789012 has had no updates for 20 days, order 8123456789012345, "
     "4 days of protection left"),
    ("ru", "посылка LP00123456789012, трек не обновляется 20 дней, заказ 8123456789012345, защиты "
     "осталось 4 дня"),
])
async def test_typed_tracking_and_order_numbers_fill_the_text_for_the_seller(
        chat: Chat, ru: Chat, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    await buyer.send("/start")
    await buyer.send(text)
    seller = next(t for t in buyer.texts() if t.startswith("Hello!"))
    assert "The tracking number LP00123456789012 shows" in seller
    assert "order No. 8123456789012345" in seller
    assert "[TRACKING NUMBER]" not in seller and "[DATE]" in seller  # the rest stays to fill


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the earbuds are a fake, only one side works. I confirmed receipt yesterday before I "
     "tried them"),
    ("ru", "подтвердил получение до того, как проверил, а кроссовки оказались подделкой"),
])
async def test_a_buyer_who_confirmed_early_on_their_own_is_not_told_of_a_seller_request(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert "scam_request" not in extract_facts(text, lang)
    await buyer.send("/start")
    await buyer.send(text)
    assert not state_of(db, buyer.user_id).startswith("scams_")
    assert "seller asks you to" not in buyer.transcript()
    assert "продавец просит" not in buyer.transcript()


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "the seller says if I close the dispute he will send me a new one for free",
     "You said the seller asks you to \"Close the dispute for a promise\""),
    ("ru", "продавец просит закрыть спор и обещает выслать новый бесплатно",
     "Вы написали, что продавец просит «Закрыть спор в обмен на обещание»"),
])
async def test_a_promise_to_resend_for_closing_the_dispute_is_no_paypal_refund(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str,
        said: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "scams_close"
    assert said in buyer.transcript()
    assert "PayPal\"" not in buyer.transcript() and "PayPal/" not in buyer.transcript()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "got a WhatsApp message from AliExpress Support asking for my card number and the "
     "SMS code to send my refund"),
    ("ru", "написал «сотрудник поддержки AliExpress», просит номер карты и код из смс для "
     "возврата"),
])
async def test_a_fake_support_asking_for_card_details_or_a_code_gets_the_phishing_answer(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert extract_facts(text, lang).get("scam_request") == "phishing"
    assert await landing(buyer, db, text) == "phishing_fake"


@pytest.mark.parametrize(("lang", "text", "screen"), [
    ("en", "thinking of buying a 90 dollar tablet, how long does buyer protection last and when "
     "can I open a dispute?", "basics_protection"),
    ("en", "before I order: how long does shipping take to Canada?", "basics_delivery"),
    ("ru", "хочу купить пылесос, сколько действует защита покупателя?", "basics_protection"),
    ("ru", "перед покупкой: как понять, что магазину можно доверять?", "basics_store"),
])
async def test_a_question_before_buying_gets_its_answer_first(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str,
        screen: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == screen


async def test_a_question_before_buying_on_two_topics_asks_which(
        chat: Chat, db: sqlite_utils.Database) -> None:
    assert await landing(chat, db, "before buying: how long does delivery take and how does "
                         "buyer protection work?") == "basics_topic"


@pytest.mark.parametrize(("lang", "text", "button", "screen"), [
    ("ru", "экран планшета разбит, хочу вернуть всю сумму", "Только деньги или с возвратом товара?",
     "wrongitem_return"),
    ("en", "the lamp arrived cracked, I'd keep it with a partial refund", "Refund only or return?",
     "wrongitem_partial"),
])
async def test_what_the_buyer_wants_back_answers_refund_only_or_return(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, button: str,
        screen: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert (await landing(buyer, db, text)).startswith("wrongitem_")
    await buyer.click(button)
    assert state_of(db, buyer.user_id) == screen


@pytest.mark.parametrize(("lang", "text", "note"), [
    ("en", "protection ended 3 days ago, order says completed, parcel never came, I never "
     "opened a dispute", "decision is final"),
    ("ru", "защита закончилась 3 дня назад, заказ «Завершён», посылки нет, спор я не открывала",
     "решение AliExpress окончательное"),
])
async def test_a_buyer_who_never_had_a_dispute_hears_nothing_of_its_decision(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str,
        note: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "disputelost_expired"
    assert note not in buyer.transcript()
    assert "R16" not in answering.noted_rules(load_dialogue(db, buyer.user_id, MENU).facts)


async def test_a_lost_dispute_still_hears_that_the_decision_is_final(
        chat: Chat, db: sqlite_utils.Database) -> None:
    assert await landing(chat, db, "aliexpress decided the dispute for the seller, I lost it "
                         "and the item never came") != ""
    assert "decision is final" in chat.transcript()


DELIVERED_SOON = [
    ("en", "tracking says delivered but I never got it, 1 day left on buyer protection"),
    ("en", "it shows Delivered, nothing in my mailbox, protection ends in 30 hours"),
    ("ru", "по отслеживанию вручено, а посылки нет, защита кончается завтра"),
    ("ru", "трек пишет доставлено, но я ничего не получала, до конца защиты 20 часов"),
]
DELIVERED_LATER = [
    ("en", "tracking says delivered but I never got it, 9 days left on buyer protection"),
    ("ru", "по отслеживанию вручено, а посылки нет, защиты осталось 6 дней"),
]
NOW_LINE = {"en": "open a \"not received\" dispute now, before you go looking",
            "ru": "прямо сейчас, ещё до того, как пойдёте искать посылку"}


@pytest.mark.parametrize(("lang", "text"), DELIVERED_SOON)
async def test_delivered_but_missing_with_two_days_or_less_is_disputed_first(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert extract_facts(text, lang).get("tracking") == "delivered"
    assert await landing(buyer, db, text) == "notreceived_delivered_now"
    assert NOW_LINE[lang] in buyer.transcript()


@pytest.mark.parametrize(("lang", "text"), DELIVERED_LATER)
async def test_delivered_but_missing_with_days_to_spare_asks_at_the_post_office_first(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "notreceived_delivered"
    assert NOW_LINE[lang] not in buyer.transcript()


MARKED_SHIPPED_DEAD = [
    ("en", "the seller marked it Shipped 8 days ago but the tracking number doesn't work at all"),
    ("ru", "продавец отметил отправку неделю назад, а трек-номер вообще не отслеживается"),
]
MARKED_LINE = {"en": "You said the order is \"Shipped, but tracking is dead\"",
               "ru": "статус заказа — «Отправлено, но трек не работает»"}
PROCESSING_NOTE = {"en": "before the processing countdown", "ru": "до того, как закончится таймер"}


@pytest.mark.parametrize(("lang", "text"), MARKED_SHIPPED_DEAD)
async def test_marked_shipped_with_a_dead_number_is_not_asked_the_status_again(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    facts = extract_facts(text, lang)
    assert facts.get("order_status") == "shipped" and facts.get("tracking") == "dead"
    assert await landing(buyer, db, text) == "cancel_fake"
    assert MARKED_LINE[lang] in buyer.transcript()
    assert PROCESSING_NOTE[lang] not in buyer.transcript()


async def test_the_button_for_a_dead_number_still_leads_to_its_answer(
        chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.click("⏳ Seller hasn't shipped")
    assert state_of(db, chat.user_id) == "notshipped_status"
    await chat.click("\"Shipped\", but tracking is dead")
    assert state_of(db, chat.user_id) == "cancel_fake"


@pytest.mark.parametrize(("lang", "text", "who_pays"), [
    ("en", "the kettle arrived broken and the seller says I pay the shipping back to China",
     "you pay it only if you changed your mind"),
    ("ru", "чайник пришёл сломанный, продавец говорит, что пересылку в Китай оплачиваю я",
     "вы платите за неё, только если просто передумали"),
])
async def test_a_seller_who_wants_the_buyer_to_pay_a_faulty_items_return_is_answered(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str,
        who_pays: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert (await landing(buyer, db, text)).startswith("wrongitem_")
    assert who_pays in buyer.transcript()


@pytest.mark.parametrize(("lang", "text", "no_answer", "line"), [
    ("en", "awaiting shipment for 6 days, I asked to cancel 3 days ago and the seller is silent",
     "I asked, the seller doesn't answer",
     "the seller neither confirms nor ships before it ends, the order closes"),
    ("ru", "неделю ожидает отправки, я нажала отменить 4 дня назад, продавец молчит",
     "Попросил(а) отменить, продавец молчит",
     "не подтвердит отмену и не отправит заказ, заказ закроется"),
])
async def test_a_cancellation_the_seller_leaves_unanswered_hears_what_the_countdown_does(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, no_answer: str,
        line: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "cancel_awaiting"
    await buyer.click(no_answer)
    assert state_of(db, buyer.user_id) == "cancel_noanswer"
    assert line in buyer.transcript()


@pytest.mark.parametrize(("lang", "text", "line"), [
    ("en", "I escalated the dispute 2 weeks ago, now the seller offers $10 of my $40 if I close it",
     "if it is already escalated, add them there and wait for the decision"),
    ("ru", "спор обострила 2 недели назад, а продавец пишет: закроешь спор — верну 500 рублей",
     "если спор уже обострён, добавьте их туда и ждите решения"),
])
async def test_a_seller_asking_to_close_an_escalated_dispute_hears_to_wait_for_the_decision(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, line: str) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == "scams_close"
    assert line in buyer.transcript()


@pytest.mark.parametrize(("lang", "text", "screen", "lines"), [
    ("en", "the seller offers $5 back and a coupon if I close the dispute", "scams_close",
     ("a coupon isn't cash", "watch the protection countdown on the order page")),
    ("ru", "продавец предлагает вернуть 300 рублей и купон, если я закрою спор", "scams_close",
     ("купон — это не деньги", "следите за таймером защиты на странице заказа")),
    ("en", "the seller wants me to pay $7 more by bank transfer before he ships", "scams_payout",
     ("watch the buyer protection countdown on the order page",)),
    ("ru", "продавец просит перевести 500 рублей ему на карту, иначе не отправит", "scams_payout",
     ("следите за таймером защиты покупателя на странице заказа",)),
])
async def test_a_seller_trading_for_the_dispute_or_asking_money_outside_hears_the_whole_rule(
        chat: Chat, ru: Chat, db: sqlite_utils.Database, lang: str, text: str, screen: str,
        lines: tuple[str, ...]) -> None:
    buyer = buyer_of(lang, chat, ru)
    assert await landing(buyer, db, text) == screen
    assert all(line in buyer.transcript() for line in lines)
