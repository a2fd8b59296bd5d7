"""The dispute, its days and the money's way back on the newest writers' text (twenty-fifth pass
C): a seller's coupon or money for receipt confirmed early or for five stars; an offer on
condition that no dispute is opened; the platform deciding in the seller's favour; a decision only
imagined; the seller's offers in his own words; AliExpress's own coupons; a dispute closed by a
press of the button or by a relative at the buyer's phone; a refund that came to the balance when
the buyer wanted the card; methods named by brand or bank; the refund's days from the day before
yesterday, a win or a cancellation; a dispute's age in words without "ago"; and the look-alikes
that must stay silent or keep another value. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, age, kind_rows, paid, read_as, since_approval, stage

CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "a reward for early receipt or five stars: offer": (
        ("en", "the shop promises me a voucher if i confirm delivery today, parcel still abroad",
         stage("offer")),
        ("en", "seller wants 5 stars and offers $4 back for it, the mug is chipped",
         stage("offer")),
        ("en", "they will pay 3 euro if i leave a five star rating", stage("offer")),
        ("ru", "магазин обещает промокод, если я подтвержу получение уже сегодня",
         stage("offer")),
        ("ru", "за отзыв с пятью звёздами продавец обещает купон на 200 рублей", stage("offer")),
        # look-alikes: nothing given, a bonus, the seller's own money, none opened, a plea
        ("en", "seller keeps asking me to confirm receipt so he gets paid sooner", stage(None)),
        ("en", "the shop says confirm delivery and he will give a bonus", stage(None)),
        ("en", "i have not opened a dispute, the seller promises a coupon for 5 stars",
         stage("none")),
        ("ru", "продавец просит подтвердить получение, чтобы ему быстрее пришли деньги",
         stage(None)),
        ("ru", "продавец обещает бонус, если подтвержу получение", stage(None)),
        ("ru", "у этого магазина 4.9 звезды, купон на 5% работает?", stage(None)),
    ),
    "an offer on condition that no dispute is opened: none": (
        ("en", "the store wrote: please do not open a dispute, we give you a $6 coupon",
         stage("none")),
        ("ru", "продавец пишет: не открывайте спор, вернём 500 рублей", stage("none")),
        # look-alikes: the request alone, one opened after all
        ("en", "the store wrote: please do not open a dispute", stage(None)),
        ("ru", "продавец просил не открывать спор", stage(None)),
        ("ru", "продавец просит не открывать спор, защита кончается через 3 дня", stage(None)),
    ),
    "the platform deciding in the seller's favour: lost": (
        ("en", "he offered a voucher, i refused it, then support decided in his favour",
         stage("lost")),
        ("en", "aliexpress ruled in their favour after i escalated", stage("lost")),
        # look-alikes: only imagined, in the buyer's favour
        ("en", "what happens if aliexpress rules for the seller? still waiting", stage(None)),
        ("en", "what if support sides with the store, nothing decided yet", stage(None)),
        ("ru", "спор идёт. если решат в пользу продавца, что делать?", stage("opened")),
        ("ru", "спор открыт, если решат в мою пользу, куда вернут деньги?", stage("opened")),
    ),
    "the seller's offer in his own words: offer": (
        ("en", "opened it last week, now he says he will send a new one if i wait a month",
         stage("offer")),
        ("en", "the blender came without a lid, the seller offers to ship the lid separately",
         stage("offer")),
        ("en", "seller in chat: \"we can give you 30% refund, ok?\"", stage("offer")),
        ("ru", "спор второй день, продавец пишет «верну 800, товар оставьте»", stage("offer")),
        ("ru", "продавец: \"we give you 5 dollar, you keep it\"", stage("offer")),
        ("ru", "магазин отменил заказ и прислал промокод в качестве извинения", stage("offer")),
        # look-alikes: for closing it, a promise to ship, the buyer's own closing, a refusal
        ("en", "seller says he will send a new one if i cancel the dispute", stage("opened")),
        ("en", "i closed my dispute because the seller said he would send a new one",
         stage("closed_by_me")),
        ("en", "the seller: \"please close dispute, we send you new one\"", stage("opened")),
        ("ru", "магазин пишет «отправим через неделю», а статус всё ещё не отправлен",
         stage(None)),
        ("ru", "продавец пишет: отмените спор, верну деньги на карту", stage("opened")),
        ("ru", "продавец отклонил и кинул купон", stage("refused")),
    ),
    "AliExpress's own coupon: no offer": (
        ("en", "refund approved and aliexpress threw in a $2 voucher for the wait", stage(None)),
        ("ru", "компенсацию за задержку дали купоном, а трек всё стоит", stage(None)),
        # look-alikes: the seller's coupon, a stage kept beside it
        ("en", "the seller sent me a coupon for the delay", stage("offer")),
        ("ru", "спор проиграла, али в утешение начислил купон", stage("lost")),
    ),
    "a dispute closed by a press or by a relative at the buyer's phone: closed_by_me": (
        ("en", "by mistake i tapped cancel dispute instead of upload, help", stage("closed_by_me")),
        ("en", "my daughter accidentally cancelled my dispute while playing with my phone",
         stage("closed_by_me")),
        ("ru", "сын случайно закрыл мой спор, можно вернуть?", stage("closed_by_me")),
        # look-alikes: a relative's own dispute
        ("ru", "муж закрыл свой спор, а у меня всё ещё идёт", stage(None)),
    ),
    "lost told bare, an appeal rejected, the seller's no in slang, Ukrainian openings": (
        ("en", "claim lost, the order is completed now", stage("lost")),
        ("ru", "апелляцию опять отклонили, что дальше?", stage("lost")),
        ("ru", "продавец рефьюзнул мой спор", stage("refused")),
        ("ru", "прийшла не та куртка, спір відкрила вчора", stage("opened")),
        # look-alikes: an appeal feared, a Ukrainian dispute refused
        ("ru", "если апелляцию отклонят, что тогда?", stage(None)),
        ("ru", "магазин подал апелляцию, её тоже отклонили", stage("won")),
        ("ru", "продавець відхилив спір, який я відкрила", stage("refused")),
    ),
    "the refund came to the balance or as a coupon, the card wanted: no payment": (
        ("en", "the refund went to my aliexpress balance but i wanted it back on my card",
         paid(None)),
        ("en", "they refunded a coupon, i want my money back on my card", paid(None)),
        ("ru", "деньги пришли на баланс али, а я хотела на карту", paid(None)),
        # look-alikes: paid with the card, a coupon only offered
        ("en", "paid by card, the refund went to my balance, i want it on my card",
         paid("card")),
        ("en", "the seller offers a coupon, i want my money back on my card", paid("card")),
        ("ru", "продавец обещает кэшбэк на карту за подтверждение получения", paid(None)),
    ),
    "methods named by brand or bank": (
        ("en", "i paid with gcash and the order got cancelled", paid("wallet")),
        ("en", "refund should go back to my m-pesa, nothing yet", paid("wallet")),
        ("en", "paid with revolut, the lamp never came", paid("card")),
        ("en", "paypal still shows the payment though the order is cancelled", paid("paypal")),
        ("en", "i paid cash at oxxo, can i get a refund?", paid("other")),
        ("ru", "оплачивала каспи, заказ отменили", paid("card")),
        ("ru", "платил хумо, деньги списали, заказ не отправлен", paid("card")),
        ("en", "paid with alipay, will the refund go back to alipay or to my card?",
         paid("balance")),
        # look-alikes: a seller's channel, a gone wallet with nothing paid, two places asked
        ("en", "will the refund go back to alipay or to my card?", paid(None)),
        ("en", "seller wants 300 pesos more via gcash to ship it", paid(None)),
        ("en", "refund pending and my e-wallet company shut down", paid(None)),
    ),
    "the refund's days: the day before yesterday, a win or a cancellation told first": (
        ("en", "the refund was approved the day before yesterday, nothing on my card",
         since_approval("2")),
        ("en", "store cancelled the order the day before yesterday, money not back",
         since_approval("2")),
        ("en", "won 2 weeks ago and still no money", since_approval("10")),
        ("en", "i won the dispute over the broken kettle 8 working days ago", since_approval("8")),
        ("en", "today is the 9th business day since the refund was approved",
         since_approval("9")),
        ("ru", "вчера магазин отменил заказ, деньги ещё не пришли", since_approval("1")),
        ("ru", "заказ отменён магазином уже 4 дня назад, денег нет", since_approval("4")),
        ("ru", "одобрили возврат за наушники 3 дня назад", since_approval("3")),
        ("ru", "5 днів як схвалили повернення, а грошей нема", since_approval("5")),
        # look-alikes: a game won, another event's count, a parcel
        ("ru", "мы вчера выиграли матч", since_approval(None)),
        ("en", "i won the dispute about the lamp and then the parcel arrived 3 days ago",
         since_approval(None)),
        ("en", "the parcel came the day before yesterday", since_approval(None)),
    ),
    "a dispute's age in words without ago": (
        ("en", "two week old claim? no, a week old dispute, seller silent", age("7")),
        ("en", "claim open since the day before yesterday, nothing from the shop", age("2")),
        ("ru", "открыл спор по заказу 1234 позавчера", age("2")),
        ("ru", "уже 8-й день с открытия спора, продавец молчит", age("8")),
        ("ru", "четвертий день спору, продавець мовчить", age("4")),
        # look-alikes: a parcel's day, days left
        ("en", "the parcel is a week old in customs", age(None)),
        ("ru", "посылка пришла позавчера, спор не открывала", age(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_dispute_and_money_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells the dispute, its days and the money's way back: the value said, never
    another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
