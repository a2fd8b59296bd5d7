"""What a scam asks of the buyer, on the newest writers' text (twenty-sixth pass B): the request
by any of its verbs and nouns, the seller's own words quoted as an imperative, a fee by a link,
more money on top of the order, anyone after the card's details, a code or a login; and the
look-alikes that must stay silent (the buyer's own step, a courier's code, an order cancelled, a
seller paying the buyer back). No line here comes from a set.
"""

from __future__ import annotations

import pytest

from flows.understanding import basics_topic
from flows.understanding.scams import is_scam
from tests.support.fact_rows import Want, kind_rows, read_as


def asks(request: str | None) -> Want:
    """The scam request (None: no request may be read)."""
    return {"scam_request": request}


CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "close: the request by any of its verbs and nouns": (
        ("en", "the shop keeps begging me to withdraw my complaint, says a new one is coming",
         asks("close")),
        ("en", "vendor wants us to drop the claim and he resends for free", asks("close")),
        ("en", "seller msg: 'kindly close the case, we refund you on wise'", asks("close")),
        ("en", "he texted: retract the dispute and i give coupon", asks("close")),
        ("en", "store chat says cancel the dispute first, money comes to your bank after",
         asks("close")),
        ("en", "'closing dispute pls, we send again' thats what i got", asks("close")),
        ("ru", "продавец пишет: снимите претензию, вышлем замену", asks("close")),
        ("ru", "магазин: аннулируйте жалобу и получите купон", asks("close")),
        ("ru", "мне написали «отзови диспут, брат, деньги скину»", asks("close")),
        ("ru", "продавец говорит, надо отменить спор, тогда вернёт на карту", asks("close")),
        ("ru", "продавец: уберите спор, пришлём другой цвет", asks("close")),
        ("ru", "селлер: отмени, я верну деньги сам", asks("close")),
        ("ru", "продавец умоляет закрыть спор", asks("close")),
        ("ru", "продавець обіцяє гроші, якщо я скасую спір", asks("close")),
        ("ru", "магазин: закрийте спір, надішлемо ще раз", asks("close")),
        ("ru", "продавец просит отменить спор, обещает перевести деньги на карту", asks("close")),
        # look-alikes: the buyer's own step, someone else's doing, an order cancelled
        ("en", "i withdrew my claim yesterday, the seller said thanks", asks(None)),
        ("en", "support says they will close the dispute in my favour", asks(None)),
        ("en", "please cancel my order, i found it cheaper", asks(None)),
        ("en", "i just want to cancel it, no dispute needed", asks(None)),
        ("ru", "я сама закрыла свой спор, продавец уговорил", asks(None)),
        ("ru", "удали заказ 8140036615228709 из списка, спор выиграла", asks(None)),
        ("ru", "хочу закрыть спор, товар пришёл", asks(None)),
        ("ru", "закрыла спор, продавец прислал купон, а он просроченный", asks(None)),
        ("ru", "спор проигран, алиэкспресс закрыл в пользу продавца, деньги просто пропали",
         asks(None)),
        ("ru", "пишу за сестру: она сама нажала «отменить спор»", asks(None)),
        ("en", "won the dispute, the refund goes to paypal", asks(None)),
    ),
    "confirm: asked in the seller's words": (
        ("en", "seller wrote 'pls confirm the delivery, parcel is near'", asks("confirm")),
        ("en", "the shop says click received now and they give a coupon", asks("confirm")),
        ("en", "they want me to mark it received, nothing has come", asks("confirm")),
        ("ru", "пишут: подтверди получение, потом разберёмся", asks("confirm")),
        ("ru", "продавец: нажмите «получено», будет подарок", asks("confirm")),
        ("ru", "обещают 100 р, если подтвердишь доставку заранее", asks("confirm")),
        ("ru", "магазин даёт купон за подтверждение получения", asks("confirm")),
        ("ru", "продавец просит досрочно подтвердить заказ", asks("confirm")),
        # look-alikes: the buyer's own early confirmation, the seller confirming an order
        ("en", "i clicked confirm receipt by accident, parcel not here yet", asks(None)),
        ("en", "the seller has to confirm my cancel request, what if he doesnt?", asks(None)),
        ("ru", "муж нажал «подтвердить получение» за меня, посылки нет", asks(None)),
        ("ru", "подтвердила получение сама, случайно", asks(None)),
    ),
    "payout: more money on top, a fee by a link, the order bought again elsewhere": (
        ("en", "seller says pay 10 more or no shipping", asks("payout")),
        ("en", "the shop wants another 7 dollars for customs before it ships", asks("payout")),
        ("en", "text message: parcel held, insurance fee due, click the link", asks("payout")),
        ("en", "vendor asks me to transfer the difference, the price went up", asks("payout")),
        ("en", "he wants me to order again on his own site for a discount", asks("payout")),
        ("en", "seller wants the money on cashapp to ship faster", asks("payout")),
        ("ru", "магазин требует доплату за упаковку", asks("payout")),
        ("ru", "смс: посылка задержана, оплатите сбор по ссылке", asks("payout")),
        ("ru", "продавец просит оплатить страховку отдельно", asks("payout")),
        ("ru", "предлагают купить то же через их сайт дешевле", asks("payout")),
        ("ru", "продавец хочет, чтобы я перевела ему за доставку", asks("payout")),
        ("ru", "магазин просит ещё 300 рублей за упаковку", asks("payout")),
        ("en", "the shop wants me to pay the customs part straight to him", asks("payout")),
        # look-alikes: the buyer's own past payment, the seller paying back, a question
        ("en", "i paid extra for express shipping at checkout", asks(None)),
        ("en", "do i have to pay extra customs in the uk?", asks(None)),
        ("ru", "продавец предлагает дослать недостающую деталь", asks(None)),
        ("ru", "оплатила доставку, продавец просит подождать", asks(None)),
        ("ru", "продавец просит ещё подождать неделю", asks(None)),
        ("en", "take the shipped order off my list", asks(None)),
    ),
    "phishing: anyone after the card's details, a code or a login": (
        ("en", "a 'refund manager' asks for the expiry and cvc of my card", asks("phishing")),
        ("en", "someone on whatsapp wants my aliexpress password to finish the refund",
         asks("phishing")),
        ("en", "caller asking me to read him the verification code", asks("phishing")),
        ("en", "they need the pin code of my card to send money back", asks("phishing")),
        ("en", "an email asks me to enter my card details for compensation", asks("phishing")),
        ("ru", "звонят из «банка», просят назвать код из смс", asks("phishing")),
        ("ru", "в телеграме «поддержка али» просит логин и пароль", asks("phishing")),
        ("ru", "требуют фото карты для возврата", asks("phishing")),
        ("ru", "просят продиктовать три цифры с обратной стороны", asks("phishing")),
        ("ru", "смс: продиктуйте код оператору для возврата", asks("phishing")),
        ("en", "a message says my account is locked, type the code we sent", asks("phishing")),
        ("en", "someone wants a code from my bank to release the refund", asks("phishing")),
        # look-alikes: a courier's code, the buyer's own card, a word that looks like one
        ("en", "the courier asked for the code from the sms to hand over my parcel", asks(None)),
        ("en", "my card expired and support says they refund a coupon", asks(None)),
        ("en", "asked for the 4-pin version, got the 3-pin", asks(None)),
        ("en", "an email from the logistics company asks me to pick up my parcel", asks(None)),
        ("ru", "почтальон просит назвать код из смс для вручения", asks(None)),
        ("ru", "у карты закончился срок действия, возврат оформили", asks(None)),
        ("ru", "мама диктует, а я пишу: трек стоит, логистика медленная", asks(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_scam_requests_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells what a seller or a fake support asks: the request said, never another one,
    and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text


@pytest.mark.parametrize("text", [
    "i pressed confirm receipt by mistake before it came",
    "сам подтвердил получение раньше времени, продавец не просил",
    "продавец предлагает дослать недостающее",
])
def test_the_buyers_own_step_is_no_scam(text: str) -> None:
    """The buyer's own early confirmation, or a seller offering to send the rest, is no scam."""
    assert not is_scam(text)


# (language, question before buying, the topic its rows give: None = no one topic)
SUBJECT_ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "can the protection be extended if the parcel is slow?", "protection"),
    ("en", "what will happen with my protection if shipping takes 90 days?", "protection"),
    ("en", "can i prolong buyer protection when delivery is late?", "protection"),
    ("en", "where does the money sit until the parcel arrives, with the store?", "protection"),
    ("ru", "а что станет с защитой, если посылка едет три месяца?", "protection"),
    ("ru", "защиту можно продлить, если доставка задерживается?", "protection"),
    ("ru", "где хранятся деньги, пока посылка едет? у магазина?", "protection"),
    ("ru", "продлевают защиту, если товар идёт дольше?", "protection"),
    # look-alikes: two topics asked side by side, a payment method, delivery alone
    ("en", "how long is delivery and how long is protection?", None),
    ("en", "can i extend protection if i pay with klarna?", None),
    ("ru", "сколько идёт доставка и сколько длится защита?", None),
    ("ru", "доставка долгая?", "delivery"),
)


@pytest.mark.parametrize(("lang", "text", "topic"), SUBJECT_ROWS)
def test_the_question_s_own_subject_wins_over_its_condition(
        lang: str, text: str, topic: str | None) -> None:
    """A question before buying about the protection, the delivery only its condition, is about
    the protection; two topics asked side by side, or a payment method, give none."""
    assert basics_topic(text, lang) == topic, text


# (language, message, the tracking number it gives: None = none)
NUMBERS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "Shipped with tracking LM123456785CN.", "LM123456785CN"),
    ("en", "number is rb987654321cn. nothing since", "RB987654321CN"),
    ("en", "CNGBR0012345678X stuck at customs", "CNGBR0012345678X"),
    ("en", "my parcel cnusa0098765432 has no scans", "CNUSA0098765432"),
    ("ru", "трек CNRUX0012345678 не двигается", "CNRUX0012345678"),
    ("ru", "посылка UA123456789CN.", "UA123456789CN"),
    ("ru", "трек-номер lp00123456789012. пусто", "LP00123456789012"),
    ("ru", "номер cnkzx0076543210, висит неделю", "CNKZX0076543210"),
    # look-alikes: an address or a file name, a longer word, digits alone
    ("en", "see example.RB123456789CN.txt", None),
    ("en", "order 8123456789012345 still awaiting shipment", None),
    ("ru", "заказ 5007725510448902 не отправлен", None),
    ("en", "ABCDEFG12345678 is the model name", None),
)


@pytest.mark.parametrize(("lang", "text", "number"), NUMBERS)
def test_tracking_numbers_at_a_sentence_end_and_with_five_letters(
        lang: str, text: str, number: str | None) -> None:
    """A tracking number before a full stop, or with a five-letter prefix, is read in capitals;
    digits alone and numbers inside a word are not."""
    assert read_as(text, lang, {"tracking_number": number}) == {"tracking_number": number}, text


# (language, question before buying, the topic its rows give: None = no one topic)
HOW_SOON_ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("en", "thinking of ordering a lamp, how fast does it usually get to chile?", "delivery"),
    ("en", "roughly when would it arrive if i order today?", "delivery"),
    ("en", "how many weeks to canada normally?", "delivery"),
    ("ru", "хочу заказать кроссовки, какие сроки в казахстан?", "delivery"),
    ("ru", "как быстро обычно приходит в минск?", "delivery"),
    ("ru", "дойдёт ли до якутска вообще?", "delivery"),
    # look-alikes: how soon asked of the protection, or beside a payment method
    ("en", "how many days do i have to open a dispute?", "protection"),
    ("ru", "какие сроки у защиты покупателя?", "protection"),
    ("ru", "как быстро можно оплатить через киви?", None),
)


@pytest.mark.parametrize(("lang", "text", "topic"), HOW_SOON_ROWS)
def test_how_soon_is_the_delivery_unless_another_topic_is_named(
        lang: str, text: str, topic: str | None) -> None:
    """"How fast", "how many weeks", «какие сроки» before buying ask about the delivery, unless
    the question names another topic (then that one)."""
    assert basics_topic(text, lang) == topic, text
