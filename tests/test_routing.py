"""Free-text routing: typed problems in English and Russian land in the right scenario."""

from __future__ import annotations

import pytest

from flows import engine
from flows.routing import Route, route, tokens, word_matches
from flows.routing_rules import EN, NEIGHBOURS, RU

FLOWS = ("cancel", "notshipped", "notreceived", "wrongitem", "multiitem", "dispute",
         "moneylate", "disputelost", "scams", "basics")

CONFIDENT: dict[str, dict[str, tuple[str, ...]]] = {
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
            "ТОВАР С БРАКОМ",
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
            "в заказе несколько товаров", "пришел не полный комплект", "заказал 5 штук, пришло 3",
            "остальные товары не пришли", "НЕ ХВАТАЕТ ДЕТАЛЕЙ",
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

SCAM_TEXTS = {
    "en": (
        "seller wants me to close the dispute",
        "the seller asked me to close the dispute and he will refund via PayPal",
        "seller says if I close the dispute he will send money through paypal",
        "seller asks me to confirm receipt before the parcel arrives",
        "he told me to confirm delivery first", "should I confirm receipt? it has not arrived yet",
        "seller wants me to pay outside aliexpress",
        "seller asked to pay directly by bank transfer",
        "Seller Wants Me To Cancel The Dispute", "the seller offers a refund by card transfer",
        "seller wants an extra payment for shipping",
        "parcel not received and seller asks me to close dispute",
    ),
    "ru": (
        "продавец просит закрыть спор", "продавец предлагает вернуть деньги на пейпал",
        "просит отменить спор, обещает вернуть деньги", "продавец хочет перевести деньги на карту",
        "продавец просит подтвердить получение",
        "подтвердить получение до того, как пришла посылка?",
        "предлагает оплатить напрямую", "хочет, чтобы я заплатил мимо алиэкспресс",
        "ПРОДАВЕЦ ПРОСИТ ЗАКРЫТЬ СПОР", "продавец требует доплату",
        "посылка не пришла, а продавец уговаривает отменить спор",
    ),
}

UNSURE = (
    "hello", "help", "привет", "?", "", "I have a question", "у меня вопрос", "order",
    "заказ", "my parcel", "refund", "возврат", "спасибо", "thanks a lot", "ok",
    "what should I do", "что делать", "money", "деньги", "aliexpress", "алиэкспресс",
    "Смотрели вчера спорт?", "This is indisputable", "Nice weather today",
)

AMBIGUOUS = (
    ("I want to cancel or open a dispute", {"cancel", "dispute"}),
    ("отменить заказ или открыть спор?", {"cancel", "dispute"}),
    ("The parcel has not arrived, should I cancel the order?", {"notreceived", "cancel"}),
    ("посылка не пришла, отменить заказ?", {"notreceived", "cancel"}),
    ("I want my money back", {"cancel", "dispute", "moneylate"}),
    ("хочу вернуть деньги", {"cancel", "dispute", "moneylate"}),
    ("Как сделать возврат?", {"cancel", "dispute", "moneylate"}),
)

CASES = [(flow, lang, text) for flow, by_lang in CONFIDENT.items()
         for lang, texts in by_lang.items() for text in texts]


def test_every_flow_has_ten_phrasings_per_language() -> None:
    assert set(CONFIDENT) == set(FLOWS)
    for flow, by_lang in CONFIDENT.items():
        assert len(by_lang["en"]) >= 10 and len(by_lang["ru"]) >= 10, flow
    assert len(CASES) + sum(len(t) for t in SCAM_TEXTS.values()) >= 200


@pytest.mark.parametrize(("flow", "lang", "text"), CASES,
                         ids=[f"{f}-{lg}-{i}" for i, (f, lg, _t) in enumerate(CASES)])
def test_text_lands_in_its_scenario(flow: str, lang: str, text: str) -> None:
    result = route(text)
    assert result.flow == flow, (text, result)
    assert result.candidates == ()


@pytest.mark.parametrize("text", [t for texts in SCAM_TEXTS.values() for t in texts])
def test_scam_phrases_win(text: str) -> None:
    assert route(text) == Route("scams", (), True)


@pytest.mark.parametrize(
    "text",
    ["I paid with PayPal and the refund is late", "оплатил картой, деньги не пришли",
     "how do I confirm receipt?", "seller closed the order", "my card expired",
     "I opened a dispute, seller is silent", "хочу закрыть спор, товар пришел"],
)
def test_legitimate_mentions_are_not_scams(text: str) -> None:
    assert not route(text).scam


@pytest.mark.parametrize("text", UNSURE)
def test_vague_or_unrelated_text_is_not_routed(text: str) -> None:
    result = route(text)
    assert result.flow is None and not result.scam
    assert len(result.candidates) in (0, 2, 3, 4)


@pytest.mark.parametrize(("text", "expected"), AMBIGUOUS)
def test_close_scores_offer_candidates(text: str, expected: set[str]) -> None:
    result = route(text)
    assert result.flow is None
    assert expected <= set(result.candidates)
    assert 2 <= len(result.candidates) <= 4


@pytest.mark.parametrize(("text", "first"), [("my parcel", "notreceived"), ("refund", "cancel"),
                                              ("посылка", "notreceived"), ("трек", "notreceived")])
def test_a_weak_match_is_padded_with_related_flows(text: str, first: str) -> None:
    result = route(text)
    assert result.flow is None and result.candidates[0] == first
    assert len(result.candidates) >= 2


def test_nothing_matched_gives_no_candidates() -> None:
    assert route("lorem ipsum dolor") == Route(None, (), False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Didn't arrive", ("did", "not", "arrive")), ("didnt", ("did", "not")),
     ("can't won't", ("can", "not", "will", "not")), ("Ёлка ПРИШЛА", ("елка", "пришла")),
     ("пoсылкa", ("посылка",))],  # Latin "o" and "a" inside a Russian word
)
def test_tokens_normalise(text: str, expected: tuple[str, ...]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("word", "token", "ok"),
    [("посылк", "посылку", True), ("посылк", "пасылку", True), ("посылк", "посылк", True),
     ("disput", "dispte", True), ("receiv", "recieved", True), ("отмен", "отмна", True),
     ("не", "нет", False), ("not", "nothing", False), ("спор", "спора", True),
     ("track", "truck", False), ("хочет$", "хочется", False), ("broken", "token", False)],
)
def test_word_matching(word: str, token: str, ok: bool) -> None:
    assert word_matches(word, token) is ok


def test_tables_only_name_known_flows() -> None:
    for table in (EN, RU):
        assert {flow for flow, _p in table} == set(FLOWS)
    assert set(NEIGHBOURS) == set(FLOWS)
    assert all(set(n) <= set(FLOWS) for n in NEIGHBOURS.values())


def test_registered_flows_are_routable() -> None:
    registered = {f.name for f in engine.FLOWS[1:]}
    for name in registered & set(FLOWS):
        assert any(route(t).flow == name for t in CONFIDENT[name]["en"])


def test_a_scam_at_the_end_of_a_long_message_is_still_caught() -> None:
    text = "my parcel never arrived and the seller is silent. " * 80
    assert route(text + "Now the seller asks me to close the dispute.").scam
    assert route(text).flow == "notreceived"
