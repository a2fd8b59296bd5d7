"""What a buyer's first message means: the scenario (or small talk) and whether to ask.

The classifier learns from the corpus; these messages are not in it, so they show what it
learned. The expected scenarios of the messages quoted in issue 9 come from the issue.
"""

from __future__ import annotations

import random

import pytest

from flows.engine import machine as engine
from flows.languages import LANGUAGES
from flows.understanding import Understanding, decide, text_language, understand, warm_up
from flows.understanding.corpus import languages, load, parse
from flows.understanding.vocabulary import INTENTS_OTHER

SCENARIOS = ("cancel", "notshipped", "notreceived", "multiitem", "wrongitem", "dispute",
             "disputelost", "moneylate", "scams", "basics", "orders")

# (language, message, expected intent): every message quoted in issue 9.
ISSUE_9 = (
    ("en", "buyer protection ends tomorrow", "notreceived"),
    ("en", "My left earbud is dead, I'd like my money back", "wrongitem"),
    ("en", "the parcel is in my country, 36 hours left on the countdown", "notreceived"),
    ("en", "I don't like it", "wrongitem"),
    ("ru", "не понравился товар", "wrongitem"),
    ("en", "seller asked extra payment for shipping", "scams"),
    ("en", "seler didnt send my ordr", "notshipped"),
    ("en", "confirm receipt", "scams"),
    ("ru", "трек номер не работает", "notreceived"),
    ("en", "I paid with paypal", "moneylate"),
    ("ru", "оплатил через paypal", "moneylate"),
    ("en", "help", "help"),
    ("ru", "помощь", "help"),
    ("ru", "помогите", "help"),
    ("ru", "продавец просит подождать и не открывать спор", "notreceived"),
    ("en", "no updates for 18 days", "notreceived"),
    ("en", "delivered but not received", "notreceived"),
    ("ru", "трек не отслеживается", "notreceived"),
)

SMALL_TALK = (
    ("en", "hello", "greeting"), ("ru", "привет", "greeting"), ("en", "thanks a lot", "thanks"),
    ("ru", "спасибо большое", "thanks"), ("en", "can we speak russian", "language"),
    ("ru", "можно на английском", "language"), ("en", "nice weather today", "offtopic"),
    ("en", "what can you do", "help"),
)

SCAMS_WIN = (
    ("en", "my parcel never arrived and now the seller asks me to close the dispute"),
    ("ru", "посылка не пришла, а продавец уговаривает отменить спор"),
    ("en", "seller wants me to confirm receipt before the parcel arrives"),
)

# The team's phrasings that tested the old stem rules (10+ per scenario and language).
# Missing parts of one item are the faulty-item guide's "Parts or pieces missing".
TEAM_PHRASINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "cancel": {
        "en": (
            "cancel my order", "I want to cancel the order", "How do I CANCEL an order?",
            "i changed my mind, don't want it anymore", "ordered by mistake",
            "cancell order pls", "Please cancle my order", "can I cancel my order after paying?",
            "I no longer need this item",
            "can I stop my order", "cancellation request for my order",
            "I dont want the item anymore",
        ),
        "ru": (
            "хочу отменить заказ", "Как отменить заказ?", "ОТМЕНИТЕ ЗАКАЗ", "передумал покупать",
            "заказала по ошибке", "отмнить заказ", "товар больше не нужен",
            "хочу отказаться от заказа", "Отмена заказа", "ошибся с заказом, отмените",
            "я передумала",
        ),
    },
    "notshipped": {
        "en": (
            "seller has not shipped my order", "order not shipped yet",
            "It's been 5 days and the seller hasn't sent it", "still awaiting shipment",
            "no tracking number after a week", "seller never shipped", "Order not dispatched",
            "Status says Awaiting Shipment for ages", "the seller didnt ship",
            "when will the seller ship my order?", "order was not sent",
        ),
        "ru": (
            "продавец не отправил заказ", "заказ до сих пор не отправлен",
            "статус ожидает отправки уже неделю", "нет трек номера", "продавец не выслал товар",
            "НЕ ОТПРАВЛЯЮТ ЗАКАЗ", "продавец не дает трек", "заказ висит в обработке",
            "когда отправят мой заказ?", "неделю ожидает отправки", "заказ не отпрвлен",
        ),
    },
    "notreceived": {
        "en": (
            "my parcel never arrived", "package not received", "I haven't received my order",
            "Where is my package?", "tracking not updated for 20 days", "the parcel is lost",
            "item has not arrived yet", "order never came", "parcel stuck in customs",
            "I didnt recieve my parcel", "My Package Hasn't Arrived", "I didn't get my package",
        ),
        "ru": (
            "посылка не пришла", "заказ не пришел", "заказ не дошёл", "где моя посылка?",
            "я не получил заказ",
            "трек не обновляется месяц", "посылка потерялась", "ПОСЫЛКА ТАК И НЕ ПРИШЛА",
            "посылка застряла на таможне", "срок доставки прошел, а посылки нет",
            "пасылка не пришла", "товар не доставлен",
        ),
    },
    "wrongitem": {
        "en": (
            "I received the wrong item", "the item is broken", "product not as described",
            "it arrived damaged", "the phone doesn't work", "they sent me a different color",
            "item is defective", "it's a fake", "wrong size sent",
            "poor quality, not what i ordered",
            "Recieved a BROKEN item", "the charger stopped working",
        ),
        "ru": (
            "товар бракованный", "пришел не тот товар", "товар сломан", "не соответствует описанию",
            "прислали не тот размер", "телефон не работает", "пришло разбитым",
            "это подделка", "плохое качество", "товар поврежден", "Прислали другой цвет",
            "ТОВАР С БРАКОМ", "пришел не полный комплект", "НЕ ХВАТАЕТ ДЕТАЛЕЙ",
        ),
    },
    "multiitem": {
        "en": (
            "one of the items is missing", "I ordered 3 items but only received one",
            "only part of my order arrived", "not all items came", "several items in one order",
            "missing item in my order", "I got 2 pcs instead of 5", "some items never arrived",
            "Only One Of The Products Came", "the rest of the order is missing",
        ),
        "ru": (
            "пришла только часть заказа", "не все товары пришли", "один из товаров не пришел",
            "не хватает одного товара", "недовложение в посылке", "пришло меньше, чем заказал",
            "в заказе несколько товаров", "заказал 5 штук, пришло 3",
            "остальные товары не пришли",
        ),
    },
    "dispute": {
        "en": (
            "how do I open a dispute?", "how to escalate the dispute", "seller refuses to refund",
            "seller is not responding to my dispute", "where is the dispute button",
            "I want to open a dispute", "seller ignores me", "what evidence should I attach",
            "How To Open Dispute", "Disputed it yesterday, no answer",
            "seller offered a partial refund", "seller rejected my dispute",
        ),
        "ru": (
            "как открыть спор?", "открыл диспут", "У меня спор с продавцом", "хочу открыть спор",
            "продавец отказывается вернуть деньги",
            "продавец не отвечает на спор", "как обострить спор", "нет кнопки открыть спор",
            "ПРОДАВЕЦ ИГНОРИРУЕТ", "какие доказательства нужны для спора", "откыть спор",
            "продавец предлагает частичный возврат", "оформить возврат",
        ),
    },
    "moneylate": {
        "en": (
            "refund not received after 12 days", "I won the dispute but no money",
            "where is my refund?", "order cancelled but refund not received",
            "money not returned to my card", "the refund is late", "still no refund after 3 weeks",
            "refund completed but nothing on my card", "my card expired, where does the refund go",
            "Refund Not Recieved", "my bank lost its license, what about my refund",
        ),
        "ru": (
            "деньги не пришли", "возврата всё нет", "выиграл спор, а денег нет", "где мои деньги?",
            "заказ отменен, а деньги не вернули", "возврат не пришел на карту",
            "не получил возврат уже 2 недели", "спор закрыт в мою пользу, деньги не пришли",
            "ДЕНЬГИ ТАК И НЕ ВЕРНУЛИ", "прошло 15 рабочих дней, возврата нет",
            "карта просрочена, куда придет возврат", "когда вернут деньги?",
            "у банка отозвали лицензию, как получить возврат",
        ),
    },
    "disputelost": {
        "en": (
            "I lost the dispute", "dispute closed in favour of the seller",
            "AliExpress rejected my dispute",
            "dispute was rejected", "the dispute is lost, what now", "can I reopen the dispute?",
            "they sided with the seller", "dispute closed without refund", "how to appeal",
            "Lost My Dispute", "disput lost",
        ),
        "ru": (
            "проиграл спор", "спор закрыт в пользу продавца", "алиэкспресс отклонил спор",
            "мне отказали в споре", "спор проигран, что делать", "можно ли открыть спор повторно",
            "решили в пользу продавца", "как обжаловать решение", "ПРОИГРАЛА СПОР",
            "спор закрыт без возврата денег", "проирал спор",
        ),
    },
    "scams": {
        "en": (
            "is this a scam?", "I think the seller is a scammer", "seller looks suspicious",
            "is this fraud", "Scam!!!", "this looks like a fraud", "is it legit?",
            "SCAM SELLER", "seller is trying to trick me", "he wants to use paypal",
        ),
        "ru": (
            "это мошенничество?", "продавец мошенник", "меня обманули", "кажется, это развод",
            "МОШЕННИКИ", "подозрительный продавец", "продавец кинул", "обман с заказом",
            "это обман?", "мошейник продавец",
        ),
    },
    "basics": {
        "en": (
            "how does buyer protection work?", "what is buyer protection",
            "how long does delivery take",
            "is this store reliable?", "how to check a seller before buying", "tips before buying",
            "is it safe to buy on aliexpress", "my first order, how does it work",
            "Delivery Time To Europe?", "can I trust this seller",
        ),
        "ru": (
            "как работает защита покупателя?", "что такое защита покупателя",
            "сколько идет посылка",
            "как проверить продавца", "перед покупкой что проверить", "надежный ли это магазин",
            "КАКОЙ СРОК ДОСТАВКИ", "как выбрать продавца", "первый заказ на али, советы",
            "можно ли доверять магазину",
        ),
    },
}

TEAM_FLOOR = 0.8
"""Share of TEAM_PHRASINGS that must land, per language: the classifier is statistical, and
these phrasings were written for the rules, so each one is not a promise; the share is."""

_RNG = random.Random(1)
NOISE = " ".join("".join(_RNG.choice("abcdefghijklmnopqrstuvwxyzабвгдеж")
                         for _ in range(_RNG.randint(2, 9))) for _ in range(700))[:4096]
"""4,096 characters of letter noise; some of its short "words" happen to be real ones."""
BAD_INPUT = ("", "   ", "😀😀😀", "👍", "8123456789012345", "12345", "这是什么东西",
             "مرحبا كيف حالك", "\x00\t\n", "?!...", "qwxz " * 819, NOISE)


@pytest.fixture(scope="module", autouse=True)
def _trained() -> None:
    """Train both models once for the module."""
    warm_up()


@pytest.mark.parametrize(("lang", "text", "intent"), ISSUE_9, ids=[t for _l, t, _i in ISSUE_9])
def test_messages_quoted_in_issue_9(lang: str, text: str, intent: str) -> None:
    result = understand(text, lang)
    assert result.intent == intent, result
    assert result.candidates == ()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_teams_phrasings_mostly_land_in_their_scenario(lang: str) -> None:
    cases = [(flow, text) for flow, by_lang in TEAM_PHRASINGS.items() for text in by_lang[lang]]
    missed = [(flow, text, understand(text, lang).intent) for flow, text in cases
              if understand(text, lang).intent != flow]
    assert len(cases) >= 100
    assert 1 - len(missed) / len(cases) >= TEAM_FLOOR, missed


def test_paying_with_paypal_is_not_a_scam() -> None:
    assert not understand("I paid with paypal", "en").scam
    assert not understand("оплатил через paypal", "ru").scam


@pytest.mark.parametrize(("lang", "text", "intent"), SMALL_TALK)
def test_small_talk_is_named(lang: str, text: str, intent: str) -> None:
    assert understand(text, lang) == Understanding(intent)


@pytest.mark.parametrize(("lang", "text"), SCAMS_WIN)
def test_scam_rules_win_over_the_classifier(lang: str, text: str) -> None:
    result = understand(text, lang)
    assert result.scam and result.intent == "scams" and result.candidates == ()


def test_a_scam_late_in_a_long_message_is_still_caught() -> None:
    text = "my parcel never arrived and the seller is silent. " * 18
    assert understand(text + "Now the seller asks me to close the dispute.", "en").scam
    assert understand(text, "en").intent == "notreceived"
    assert not understand(text, "en").cut


def test_a_message_past_the_reading_limit_is_read_up_to_it_and_says_so() -> None:
    text = "my parcel never arrived and the seller is silent. " * 70
    heard = understand(text + "Now the seller asks me to close the dispute.", "en")
    assert (heard.intent, heard.scam, heard.cut) == ("notreceived", False, True)


@pytest.mark.parametrize("text", BAD_INPUT, ids=range(len(BAD_INPUT)))
@pytest.mark.parametrize("lang", [*LANGUAGES, "de"])
def test_bad_input_never_raises_and_leads_nowhere(text: str, lang: str) -> None:
    result = understand(text, lang)
    assert result.intent in (None, "offtopic") and result.candidates == ()
    assert not result.scam


def test_the_text_language_is_its_script() -> None:
    assert text_language("посылка не пришла", "en") == "ru"
    assert text_language("parcel not received", "ru") == "en"
    assert text_language("оплатил через paypal", "en") == "ru"
    assert text_language("12345", "ru") == "ru"
    assert understand("посылка не пришла", "en").intent == "notreceived"


@pytest.mark.parametrize(("text", "intent"), [
    ("prodavec vse eshe ne otpravil moi zakaz", "notshipped"),
    ("hochu otmenit zakaz srochno", "cancel"),
    ("gde moya posylka uzhe mesyac", "notreceived"),
    ("tovar slomalsya srazu", "wrongitem"),
])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_transliterated_russian_is_read_by_the_russian_model(text: str, intent: str,
                                                             lang: str) -> None:
    assert understand(text, lang).intent == intent


def test_facts_come_with_the_intent() -> None:
    result = understand("the parcel is in my country, 36 hours left on the countdown", "en")
    assert dict(result.facts) == {"tracking": "in_country", "protection_left": "hours",
                                  "protection_hours": "36"}


@pytest.mark.parametrize(
    ("ranked", "expected"),
    [
        ([("cancel", 0.9), ("dispute", 0.05)], ("cancel", ())),
        ([("cancel", 0.40), ("notreceived", 0.38)], (None, ("cancel", "notreceived"))),
        ([("cancel", 0.3), ("greeting", 0.29)], (None, ())),
        ([("help", 0.5), ("basics", 0.45)], ("help", ())),
        ([("cancel", 0.2), ("dispute", 0.15)], (None, ())),
    ],
)
def test_deciding_between_intent_ask_and_nothing(
        ranked: list[tuple[str, float]], expected: tuple[str | None, tuple[str, ...]]) -> None:
    assert decide(ranked) == expected


def test_corpus_parses_and_every_scenario_has_examples_in_both_languages() -> None:
    assert set(languages()) == set(LANGUAGES)
    allowed = set(engine.FLOW_BY_NAME) | set(INTENTS_OTHER)
    for lang in languages():
        examples = load(lang)
        labels = [e.label for e in examples]
        assert set(labels) <= allowed, set(labels) - allowed
        for scenario in SCENARIOS:
            assert labels.count(scenario) >= 80, (lang, scenario)
        for intent in INTENTS_OTHER:
            assert labels.count(intent) >= 10, (lang, intent)


@pytest.mark.parametrize("bad", ["cancel", "\tno label", "cancel\t   ", "a b c"])
def test_a_malformed_corpus_line_is_an_error(bad: str) -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse(f"# comment\n{bad}\n")
