"""The order's status, the tracking and the dispute's state on the newest writers' text
(twenty-sixth pass D): the tracking called dead beside its days of silence; a number that shows
nothing on a shipped order; a pasted tracking field left empty; a store's rating and a discount
for paying the seller directly (no offer); the seller's own words quoted, his agreement and his
bare no; a dispute page pasted; the buyer's card or wallet named beside the refund; an order
confirmed by itself; and the look-alikes that must stay silent or keep another value. No line
here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, paid, quiet, read_as, stage, status

NO_DISPUTE: Want = {"dispute": None}


def tracking(value: str | None) -> Want:
    """The tracking's state alone (None: no state may be read)."""
    return {"tracking": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "the tracking called dead beside its days: the silence rule": (
        ("en", "tracking dead quiet 9 days and the seller says wait", quiet("stalled", "9")),
        ("en", "my tracking has been dead for 6 days", quiet("stalled", "6")),
        ("en", "the tracking is dead for a week now, what do i do", quiet("stalled", "7")),
        ("en", "track dead 4 days, protection 3 days", quiet("stalled", "4")),
        ("en", "trackin went dead 5 days", quiet("stalled", "5")),
        ("en", "parcel dead silent 12 days now", quiet("stalled", "12")),
        ("en", "tracking totally dead for 3 weeks", quiet("dead", "21")),
        ("en", "tracking dead for 20 days", quiet("dead", "20")),
        ("ru", "трек мёртвый 10 дней, продавец молчит", quiet("stalled", "10")),
        ("ru", "трек мертвый уже 9 дней", quiet("stalled", "9")),
        ("ru", "трек уже 6 дней как мёртвый", quiet("stalled", "6")),
        ("ru", "трек мёртвый 20 дней", quiet("dead", "20")),
        # look-alikes: a number that never worked stays dead, with no days under 15
        ("en", "the tracking number is invalid for 8 days", quiet("dead", None)),
        ("en", "tracking number not found for 5 days", quiet("dead", None)),
        ("en", "tracking dead, 3 days left on protection", quiet("dead", None)),
        ("ru", "трек не отслеживается 8 дней", quiet("dead", None)),
    ),
    "a number that shows nothing on a shipped order: dead": (
        ("ru", "«Отправлено» 9 дней назад, а номер ничего не показывает", quiet("dead", None)),
        ("ru", "отправили 10 дней назад, номер вообще ничего не показывает", tracking("dead")),
        ("ru", "в пути уже 3 недели, номер ничего не показывает", tracking("dead")),
        ("ru", "выслали давно, номер так и ничего не выдаёт", tracking("dead")),
        # look-alikes: the order's number, a phone's, nothing said shipped
        ("ru", "номер заказа ничего не показывает", tracking(None)),
        ("ru", "отправлено, но номер телефона ничего не показывает", tracking(None)),
        ("ru", "номер ничего не показывает, это нормально для оплаты?", tracking(None)),
    ),
    "a pasted tracking field left empty: no tracking": (
        ("en", "Order 5550001112223334: Shipped, Tracking number: —. what now", tracking(
            "no_tracking")),
        ("en", "Tracking number: —", tracking("no_tracking")),
        ("en", "status shipped | tracking no.: - | seller silent", tracking("no_tracking")),
        ("en", "tracking: n/a on the order page", tracking("no_tracking")),
        ("ru", "Отправлено, трек-номер: —. и всё", tracking("no_tracking")),
        ("ru", "Трек-номер: —", tracking("no_tracking")),
        ("ru", "номер для отслеживания: нет", tracking("no_tracking")),
        ("ru", "трек: — , продавец не отвечает", tracking("no_tracking")),
        # look-alikes: a number given after the colon, a dash in a range
        ("en", "tracking number: - RB123456789CN", tracking(None)),
        ("en", "tracking number: LP00123456789012", tracking(None)),
        ("ru", "трек-номер: RB123456789CN", tracking(None)),
        ("en", "tracking shows 3-5 days to go", tracking(None)),
    ),
    "a store's rating or a discount for paying him directly: no offer": (
        ("en", "is it safe to pay $25 for a lamp from a store with 91% positive feedback",
         NO_DISPUTE),
        ("en", "shop has 97.5% positive reviews, should i buy the drone for $80", NO_DISPUTE),
        ("en", "seller offers 30% discount if i pay him by western union next time", NO_DISPUTE),
        ("en", "shop promised 10% off if i order directly on his website", NO_DISPUTE),
        ("en", "he gives a discount if we pay via paypal outside aliexpress", NO_DISPUTE),
        ("ru", "продавец предлагает скидку 20%, если в следующий раз переведу ему напрямую",
         NO_DISPUTE),
        ("ru", "магазин обещает скидку, если закажу у него на сайте напрямую", NO_DISPUTE),
        ("ru", "дают купон, если оплачу через вотсап минуя али", NO_DISPUTE),
        # look-alikes: the seller's offer for this order stays one
        ("en", "store has 98% positive reviews, seller offered me $5 back", stage("offer")),
        ("en", "seller offers 30% discount as compensation for the scratch", stage("offer")),
        ("en", "seller offered a coupon for my next order", stage("offer")),
        ("ru", "продавец предлагает скидку 25% как компенсацию", stage("offer")),
    ),
    "the seller's own words quoted: an offer": (
        ("en", "the hat came in grey not blue. seller says \"we send right one free\"",
         stage("offer")),
        ("en", "seller wrote: we will refund 5 dollars for the scratch", stage("offer")),
        ("en", "store replied we can resend it for free", stage("offer")),
        ("en", "the seller answered i will give you a coupon for this", stage("offer")),
        ("ru", "2 из 3 пришло. продавец: «простите, вернём 200 рублей за недостающий»",
         stage("offer")),
        ("ru", "продавец: «отправим купон 100 руб за брак»", stage("offer")),
        ("ru", "пришла кепка вместо шарфа. продавец: «оставьте себе, вышлем новый»",
         stage("offer")),
        ("ru", "размер не тот. продавец: «вышлем правильный бесплатно»", stage("offer")),
        ("ru", "продавец в чате: «можем дать купон 10% на следующий заказ»", stage("offer")),
        ("ru", "магазин ответил: «готовы вернуть половину»", stage("offer")),
        ("ru", "продавец пишет: «перешлём замену на этой неделе»", stage("offer")),
        # look-alikes: a ship-by promise, a tracking number, a no, a plea to close
        ("en", "seller said we will send it tomorrow", NO_DISPUTE),
        ("en", "seller says we will send tracking number soon", NO_DISPUTE),
        ("en", "seller says we will not refund", NO_DISPUTE),
        ("ru", "продавец: «отправим завтра»", NO_DISPUTE),
        ("ru", "продавец пишет: «вышлем трек номер позже»", NO_DISPUTE),
        ("ru", "продавец: «деньги не вернём»", NO_DISPUTE),
        ("ru", "продавец: «вернём деньги, если закроете спор»", stage("opened")),
    ),
    "the seller agreed to give or resend: an offer": (
        ("en", "2 of 3 items came, seller agreed to refund the missing one", stage("offer")),
        ("en", "shop agreed to resend the missing cable", stage("offer")),
        ("en", "the store is willing to send a new one", stage("offer")),
        ("en", "she was ready to give back half", stage("offer")),
        # look-alikes: a cancellation or a shipping agreed
        ("en", "seller agreed to cancel the order", NO_DISPUTE),
        ("en", "seller agreed to ship it this week", NO_DISPUTE),
    ),
    "the seller's bare no: refused": (
        ("ru", "продавец отклонил: «всё было в комплекте». зарядки не было", stage("refused")),
        ("ru", "продавец отказал: дрель не сверлит, а он «так и задумано»", stage("refused")),
        ("ru", "магазин сразу отклонил, пишет что товар в порядке", stage("refused")),
        ("ru", "селлер опять отказал, говорит фото не видно", stage("refused")),
        # look-alikes: a cancellation turned down, a later stage
        ("ru", "продавец отклонил запрос на отмену", NO_DISPUTE),
        ("ru", "продавец отклонил запрос на отмену, заказ уже отправлен", NO_DISPUTE),
        ("ru", "продавец отказал в отмене заказа", NO_DISPUTE),
        ("ru", "продавец отказал, я передала спор в али", stage("escalated")),
    ),
    "the seller's plea to close, with a typo or no object, or in Ukrainian: opened": (
        ("en", "seller msg: \"close the disput, we pay money back in 2 days\"", stage("opened")),
        ("en", "now he writes \"pls close, we send new one\"", stage("opened")),
        ("en", "dear friend please close and we will refund you", stage("opened")),
        ("en", "the shop keeps asking me to cancel the dipsute", stage("opened")),
        ("ru", "продавець пропонує знижку, якщо я закрию спір", stage("opened")),
        ("ru", "магазин просить скасувати спір і обіцяє купон", stage("opened")),
        # look-alikes: the buyer closed it, a later stage told
        ("en", "i closed the disput myself, seller promised a new one", stage("closed_by_me")),
        ("en", "he asked me to close the disput but i escalated it", stage("escalated")),
    ),
    "sent up to AliExpress, in Ukrainian: escalated": (
        ("ru", "продавець відхилив, я передала на розгляд аліекспрес", stage("escalated")),
        ("ru", "спір зараз на розгляді в аліекспрес", stage("escalated")),
        ("ru", "спір подав до підтримки, чекаю", stage("escalated")),
    ),
    "the buyer's own sending back, a shop's coupon for following: no offer": (
        ("en", "the seller rejected my claim. i want a full refund and will send it back",
         stage("refused")),
        ("en", "shop gives a coupon if you follow it, is that normal", NO_DISPUTE),
        ("en", "store promises a voucher when i subscribe to the shop", NO_DISPUTE),
        ("ru", "магазин дарит купон на 150 р за подписку, это нормально?", NO_DISPUTE),
        ("ru", "подпишись на магазин и получи скидку 5%, пишут они", NO_DISPUTE),
        # look-alikes: the seller's own offer to take it back or a coupon for the claim
        ("en", "seller offered to send a new one and i will send the old one back",
         stage("offer")),
        ("ru", "продавец предлагает купон на 300 р за брак", stage("offer")),
    ),
    "the seller's channel for money he asks or promises: no payment": (
        ("en", "dispute open and the seller says close it and he will refund me on mpesa",
         paid(None)),
        ("en", "they say close it first and they pay by bank transfer", paid(None)),
        ("en", "seller will send the money via wise if i cancel the claim", paid(None)),
        ("ru", "продавец просит доплатить 2000 сум через Click, иначе не отправит", paid(None)),
        ("ru", "пишет: «удалите спор, деньги отдадим на карту»", paid(None)),
        ("ru", "либо доплачиваю 900 тенге на kaspi, либо он отменяет", paid(None)),
        # look-alikes: the buyer's own method told beside it
        ("en", "i paid with paypal, seller says close it and he will refund me via paypal",
         paid("paypal")),
        ("ru", "платила картой, продавец предлагает вернуть деньги через киви", paid("card")),
    ),
    "a dispute page pasted: its stage": (
        ("en", "Dispute finished: \"Refund to buyer\". 9 days it took", stage("won")),
        ("en", "Dispute result: refund approved. finally", stage("won")),
        ("en", "dispute closed - full refund. when does the money come", stage("won")),
        ("ru", "Статус спора: «Ожидание ответа продавца», осталось 3 дн.", stage("opened")),
        ("ru", "статус спора: ожидает ответа продавца", stage("opened")),
        # look-alikes: the seller's favour
        ("en", "dispute result: in favour of the seller", stage("lost")),
    ),
    "the buyer's card or wallet named beside the refund: payment": (
        ("en", "refund successful 5 days ago to my wallet app", paid("wallet")),
        ("en", "the refund went to my e-wallet", paid("wallet")),
        ("en", "money was credited back to my mobile wallet yesterday", paid("wallet")),
        ("ru", "жду возврат на свою карту уже неделю", paid("card")),
        ("ru", "возврат одобрили, а моя карта истекает в следующем месяце", paid("card")),
        ("ru", "у меня карта заканчивается через неделю, деньги успеют?", paid("card")),
        ("ru", "карту заблокировали из-за странной операции, возврат одобрен", paid("card")),
        ("ru", "Возврат на: МИР •••• 4410, одобрено", paid("card")),
        ("ru", "возврат на visa 1234 одобрен", paid("card")),
        ("ru", "2300 ₽ списали с ЮMoney", paid("wallet")),
        ("ru", "списали с киви, а заказ отменили", paid("wallet")),
        # look-alikes: a wallet lost, the seller's card, a card asked about
        ("en", "lost my wallet with the card in it, card reissued", paid("card")),
        ("ru", "а если карта истечёт?", paid(None)),
        ("ru", "продавцу заблокировали карту", paid(None)),
    ),
    "an order confirmed by itself: completed": (
        ("ru", "заказ сам подтвердился, потом продавец отказал в возврате", status("completed")),
        ("ru", "заказ автоматически подтвердился, пока я была в отъезде", status("completed")),
        ("ru", "получение подтвердилось автоматически, а посылки нет", status("completed")),
        ("ru", "заказ сам завершился по таймеру", status("completed")),
        # look-alikes: the payment confirmed, the seller confirming the order
        ("ru", "оплата подтвердилась", {"order_status": None}),
        ("ru", "продавец подтвердил заказ", {"order_status": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_status_tracking_dispute_on_the_newest_writers_text(lang: str, text: str,
                                                            want: Want) -> None:
    """A buyer tells where the order, its tracking, its dispute and its payment stand: the value
    said, never another one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
