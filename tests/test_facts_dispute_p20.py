"""The dispute's stage told in everyday words without a stage the buyer did not say (twentieth
pass C, precision first): the shop's no told before the buyer's own complaint (opened), the
platform's no and the buyer's own withdrawal in other words (lost, closed_by_me, or no value
where the words do not place it), AliExpress closing it with the money back (won), the seller,
the courier or other buyers complaining (no complaint of the buyer's), someone's advice to
complain, a refund request for a cancelled order, another order's complaint, not complaining as
the seller's condition (none), and an offer on an order not shipped yet (no stage). Beside each
kind, look-alikes that must stay silent or keep their value. No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as


def stage(value: str | None, days: str | None = "any") -> Want:
    """The dispute's stage (None: no stage may be read), and its age when `days` is given."""
    return {"dispute": value} if days == "any" else {"dispute": value, "dispute_days": days}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # the shop said no first (in chat, in words), then the buyer complained: the complaint is
    # the latest stage; the shop's no to the complaint itself stays refused
    "the shop's no before the buyer's own complaint: opened": (
        ("en", "the store said no in the chat, so i filed a complaint this morning",
         stage("opened")),
        ("en", "seller says no to a refund so i complained", stage("opened")),
        ("en", "they offered a coupon in messages, i said no and complained", stage("opened")),
        ("en", "shop said no and then i made a complaint about the cracked lens", stage("opened")),
        ("ru", "продавец сказал нет, и тогда я пожаловался", stage("opened")),
        ("ru", "магазин ответил нет, поэтому написала претензию", stage("opened")),
        ("ru", "продавщица написала нет, потом я подала жалобу", stage("opened")),
        ("en", "the shop said no to my complaint about the torn bag", stage("refused")),
        ("en", "seller turned down my complaint", stage("refused")),
        ("ru", "продавец ответил нет на мою жалобу", stage("refused")),
    ),
    # AliExpress's no in other words, the buyer's own withdrawal in other words; a step the rows
    # cannot place is no open dispute
    "a later step in other words: lost, closed_by_me or nothing": (
        ("en", "ali turned down my refund request, said the video was too short",
         stage("lost")),
        # (its age, 9, is the learned number reader's: the tables run without it when the
        # reader's thresholds are chosen, so a row here must not need it)
        ("en", "the platform turned down my claim after 9 days", stage("lost")),
        ("en", "i took down my complaint, the seller promised a resend", stage("closed_by_me")),
        ("en", "we dropped the claim once the parcel turned up", stage("closed_by_me")),
        ("en", "i dropped my complaint by mistake", stage("closed_by_me")),
        ("en", "they refunded my complaint in full", stage(None)),
        ("en", "the shop pulled my claim?? i did not touch it", stage(None)),
        ("en", "i dropped the price question, the box is fine", stage(None)),
        ("en", "the seller turned down my request for a discount code", stage(None)),
    ),
    # AliExpress closed it and gave the money back: decided for the buyer, never lost
    "closed by AliExpress with the money back: won": (
        ("ru", "али закрыл жалобу и вернул деньги на карту", stage("won")),
        ("ru", "поддержка закрыла претензию, деньги вернула", stage("won")),
        ("ru", "алиэкспресс закрыл спор, а деньги мне вернули", stage("won")),
        ("en", "aliexpress closed the complaint and gave me my money", stage("won")),
        ("en", "support closed my claim and returned the money", stage("won")),
        ("en", "ali closed the dispute and sent me the refund", stage("won")),
        ("ru", "али закрыл спор, а деньги не вернул", stage("lost")),
        ("ru", "поддержка закрыла жалобу, деньги так и не вернули", stage("lost")),
        ("en", "support closed my complaint without a refund", stage("lost")),
    ),
    # someone else complaining is no complaint of the buyer's; the buyer's own stays read
    "the seller, the courier or other buyers complaining: no stage": (
        ("en", "the seller complained that my review was unfair", stage(None)),
        ("en", "buyers complain about this shop a lot, mine is still on the way", stage(None)),
        ("en", "the courier complained i was not home", stage(None)),
        ("en", "customers complained about the zip in the reviews", stage(None)),
        ("ru", "продавец пожаловался на мой отзыв", stage(None)),
        ("ru", "курьер пожаловался, что меня не было дома", stage(None)),
        ("ru", "покупатели пожаловались на этот магазин в отзывах", stage(None)),
        ("en", "i complained four days ago, the shop is silent", stage("opened", "4")),
        ("ru", "я пожаловалась три дня назад, продавец молчит", stage("opened", "3")),
    ),
    # advice, a cancelled order's refund, another order: no stage of this order's
    "advice, a cancelled order, another order: no stage": (
        ("en", "support suggested i open a complaint through the order page", stage(None)),
        ("en", "the chat bot advised i make a complaint", stage(None)),
        ("en", "a friend recommended i file a claim", stage(None)),
        ("en", "my refund request for the cancelled order is still pending", stage(None)),
        ("en", "money back request after i cancelled, approved yesterday", stage(None)),
        ("en", "i complained about a different order, this one just shipped", stage(None)),
        ("en", "on a different order my claim was rejected, now this one is late", stage(None)),
        ("en", "i filed a refund request 3 days ago, the shop is silent", stage("opened", "3")),
    ),
    # the seller paying if the buyer does not complain: an offer outside any dispute, none
    "not complaining as the seller's condition: none": (
        ("ru", "продавец вернёт 300 рублей, если я не буду жаловаться", stage("none")),
        ("ru", "магазин предлагает купон, если не стану жаловаться", stage("none")),
        ("ru", "обещают компенсацию, если я не пожалуюсь", stage("none")),
        ("ru", "продавец просит не жаловаться", stage(None)),
        ("ru", "жаловаться не буду, продавец уже отправил новую", stage(None)),
    ),
    # an offer in place of shipping the order (twenty-third pass C: these six were None, "no
    # dispute can be open yet"; rule 3 "Decided 2026-12-07" makes a seller's offer with no word
    # about a dispute an offer); an offer for cancelling it stays an offer
    "an offer in place of shipping: an offer": (
        ("en", "it has not shipped after 12 days, the shop offers a $2 voucher instead of sending",
         stage("offer")),
        ("en", "never shipped, now he suggests a coupon instead of shipping", stage("offer")),
        ("en", "seller proposes 5 euro instead of sending the lamp", stage("offer")),
        ("ru", "заказ так и не отправили, продавец вместо отправки предлагает купон",
         stage("offer")),
        ("ru", "магазин вместо отгрузки предложил компенсацию 100 рублей", stage("offer")),
        ("ru", "продавец вместо отправки предложил скидку на следующий заказ", stage("offer")),
        ("en", "not dispatched yet, the store offers 3 euro off if i cancel", stage("offer")),
        ("en", "not shipped at first, then arrived broken, opened a dispute and he offers $4",
         stage("offer")),
        ("ru", "посылку не отправляли неделю, пришла сломанная, в споре продавец предлагает 200",
         stage("offer")),
        ("en", "the seller offers a coupon for the scratched mug", stage("offer")),
    ),
    # AliExpress reviewing it beside the shop's no: the escalation is the latest stage; a no
    # only foretold is no decision
    "AliExpress reviewing it, a no foretold: escalated or no decision": (
        ("ru", "претензия на рассмотрении у поддержки, магазин до этого отказал",
         stage("escalated")),
        ("ru", "жалоба сейчас на рассмотрении в алиэкспресс, продавец отклонил её",
         stage("escalated")),
        ("ru", "обращение на рассмотрении у администрации, продавец отказал в возврате",
         stage("escalated")),
        ("ru", "продавец отказал по жалобе, жду", stage("refused")),
        ("en", "support told me the complaint will be rejected without a video",
         stage(None)),
        ("en", "the seller says my claim would be declined anyway", stage(None)),
        ("en", "i fear the complaint might be rejected", stage(None)),
        ("en", "my complaint was rejected by aliexpress", stage("lost")),
        ("en", "i deleted my complaint by accident", stage("closed_by_me")),
        ("en", "we deleted the claim, the parcel came", stage("closed_by_me")),
        ("en", "the seller deleted my message about the claim", stage(None)),
    ),
    # recall: the complaint "went in" (opened, with its day), granted (won), not accepted (the
    # no of whoever is named); never a wish, a condition or a refund request
    "the complaint went in, granted or not accepted": (
        ("en", "my complaint went in yesterday and the shop is quiet", stage("opened", "1")),
        ("en", "the claim went in 3 days ago, still no word", stage("opened", "3")),
        ("en", "claim went in the day before yesterday", stage("opened", "2")),
        ("en", "the parcel went in the bin, no claim yet", stage("none")),
        ("ru", "претензию удовлетворили, жду деньги", stage("won")),
        ("ru", "мою жалобу одобрили позавчера", stage("won")),
        ("ru", "обращение удовлетворено, деньги на балансе", stage("won")),
        ("ru", "хочу, чтобы жалобу удовлетворили быстрее", stage(None)),
        ("ru", "если претензию одобрили, когда придут деньги?", stage(None)),
        ("ru", "продавец жалобу не принял", stage("refused")),
        ("ru", "магазин не принял мою претензию", stage("refused")),
        ("ru", "алиэкспресс жалобу не принял", stage(None)),
        ("ru", "продавец не принял посылку обратно", stage(None)),
    ),
    # a claim with an insurer or the post, or about a review, is not this order's dispute; a
    # complaint the buyer will not make beside a seller's offer is none
    "someone else's claim, a complaint refused beforehand": (
        ("en", "my insurance claim was rejected, the phone is still broken", stage(None)),
        ("en", "the courier claim got declined, they say it was delivered", stage(None)),
        ("en", "my review complaint was rejected by the site", stage(None)),
        ("en", "a postal claim is open with the post office", stage(None)),
        ("en", "my shipping claim got refused but the aliexpress dispute is open",
         stage("opened")),
        ("en", "i won't complain, the seller offered a resend", stage("none")),
        ("en", "i am not going to file a complaint, they proposed $6 back", stage("none")),
        ("en", "we will not open a claim, the shop suggests a coupon", stage("none")),
        ("en", "paid by paypal, dispute is open 3 days", stage("opened", "3")),
    ),
    # a second complaint after a no, and a cancelled order's refund request: no stage the words
    # cannot place (never the first one's refusal)
    "a second complaint, a cancelled order's refund request: no stage": (
        ("en", "my complaint got rejected, so i complained again", stage(None)),
        ("en", "the shop refused, i filed the claim again yesterday", stage(None)),
        ("en", "they closed it and i opened one once more", stage(None)),
        ("ru", "жалобу отклонили, я написала её повторно", stage(None)),
        ("ru", "претензию закрыли, подала заново", stage(None)),
        ("ru", "продавец отказал, снова открыла спор", stage(None)),
        ("ru", "заявку на возврат отклонили, а заказ был отменён ещё неделю назад",
         stage(None)),
        ("ru", "отменила заказ, заявку на возврат приняли", stage(None)),
        ("ru", "магазин отклонил мою заявку на возврат, трубка треснула", stage("refused")),
        ("ru", "сама отменила заявку на возврат, посылка нашлась", stage("closed_by_me")),
        ("en", "the shop refused my claim, i am thinking what to do", stage("refused")),
    ),
    # the seller telling the buyer to keep away from the dispute, with something promised: the
    # seller's "do not open one", never an offer in a dispute (twenty-fifth pass C: was None; the
    # rule "Decided 2026-12-06" makes an offer on condition that none is opened `none`)
    "told to keep away from the dispute: no offer": (
        ("en", "he says hold off on the complaint and he will refund 5 dollars", stage("none")),
        ("en", "the store said keep away from the dispute button, they will resend",
         stage("none")),
        ("en", "do not press the claim button yet, says the shop, a coupon is coming",
         stage("none")),
        ("en", "stay away from any claim, the seller wrote, and he adds a voucher",
         stage("none")),
        ("en", "i opened a dispute and the seller offered a coupon", stage("offer")),
        ("en", "my kid pressed the claim button, a dispute is open now", stage("opened")),
    ),
    # recall (Russian): the dispute handed to AliExpress in the dative or widened to it, and
    # not opened in time told noun first
    "handed or widened to AliExpress, not opened in time": (
        ("ru", "спор передала алику, продавец молчит", stage("escalated")),
        ("ru", "претензию передала поддержке, жду", stage("escalated")),
        ("ru", "расширила спор до поддержки али", stage("escalated")),
        ("ru", "хочу передать спор алику", stage(None)),
        ("ru", "продавец передал посылку курьеру, трек молчит", stage(None)),
        ("ru", "спор я не успела открыть, защита кончилась", stage("none")),
        ("ru", "спор не смог подать вовремя", stage("none")),
        ("ru", "спор открыла в последний день защиты", stage("opened")),
    ),
    # recall: the buyer's own dispute cancelled by a wrong tap ("my own"), an offer told with
    # the currency sign first («предлагает $15»); never the seller as the one who cancelled
    "my own dispute cancelled, an offer with its sign first": (
        ("en", "tapped the wrong thing and cancelled my own claim", stage("closed_by_me")),
        ("en", "then deleted my own dispute, silly me", stage("closed_by_me")),
        ("en", "the seller cancelled my own dispute?", stage(None)),
        ("ru", "продавец предлагает $12 за разбитую чашку", stage("offer")),
        ("ru", "магазин предложил €8 за царапину на экране", stage("offer")),
        ("ru", "продавец предлагает ₽500 за недовложение", stage("offer")),
        ("ru", "продавец говорит, что товар стоил $15", stage(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_stage_without_contradiction(lang: str, text: str, want: Want) -> None:
    """A buyer tells the stage in everyday words: the stage said, never another one."""
    assert read_as(text, lang, want) == want, text
