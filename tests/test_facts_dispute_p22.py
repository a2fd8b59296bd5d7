"""The dispute's stage and the payment on the newest writers' words (twenty-second pass C): a
rejection that names no one states no stage (FACTS.md "Decided 2026-12-07" 2) while the seller,
the platform or a closing named keeps its stage and the days stay; a seller's offer with no word
about a dispute is an offer (rule 3); the seller's plea to close the dispute, in any words, is an
open dispute; a dispute's age told with no step is an open one; the card of a bank that is gone
is the card paid with. Beside each kind, look-alikes that must stay silent or keep their value.
No line here comes from a set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as


def stage(value: str | None, days: str | None = "any") -> Want:
    """The dispute's stage (None: no stage may be read), and its age when `days` is given."""
    return {"dispute": value} if days == "any" else {"dispute": value, "dispute_days": days}


def paid(value: str | None, gone: str | None = "yes") -> Want:
    """The payment method (None: none may be read) beside the bank gone."""
    return {"payment": value, "bank_gone": gone}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    # nobody named for the rejection: no stage, whatever the seller did before it
    "a rejection naming no one: no stage": (
        ("en", "my complaint got rejected this morning, now what", stage(None)),
        ("en", "they rejected it. what are my options", stage(None)),
        ("en", "opened a dispute with the shop and they declined it", stage(None)),
        ("en", "the seller never answered and then my claim was denied", stage(None)),
        ("en", "the seller ignored me, dispute rejected", stage(None)),
        ("en", "disput rejectd, no reason", stage(None)),
        ("ru", "мою жалобу отклонили, что дальше", stage(None)),
        ("ru", "спор отклонён, причину не написали", stage(None)),
        ("ru", "продавец так и не ответил, а спор отклонили", stage(None)),
        ("ru", "они отклонили мой диспут", stage(None)),
        ("ru", "мне отказали по спору, что делать", stage(None)),
        ("ru", "пришёл отказ по претензии", stage(None)),
        # look-alikes: the seller named, in the same clause or the next one, is refused
        ("en", "i opened a dispute with the seller, he rejected it", stage("refused")),
        ("en", "the store rejected my claim yesterday", stage("refused")),
        ("en", "my dispute was declined by the shop", stage("refused")),
        ("en", "dispute rejected, the seller says the parcel was delivered", stage("refused")),
        ("ru", "открыла спор, продавец на третий день его отклонил", stage("refused")),
        ("ru", "спор отклонён продавцом, пишу сюда", stage("refused")),
        ("ru", "спор отклонили, продавец пишет что всё отправил", stage("refused")),
        ("ru", "магазин ответил: в возврате отказано", stage("refused")),
        # look-alikes: the platform, the judge's side or a closing named is lost
        ("en", "aliexpress rejected my claim", stage("lost")),
        ("en", "my dispute got rejected and closed", stage("lost")),
        ("en", "claim denied, final decision they say", stage("lost")),
        ("ru", "спор отклонили в пользу продавца", stage("lost")),
        ("ru", "поддержка отклонила мою жалобу", stage("lost")),
        ("ru", "спор отклонили и закрыли", stage("lost")),
        # look-alikes: no dispute rejected at all (the card, the cancellation, no rejection)
        ("en", "my card was declined, so i opened a dispute", stage("opened")),
        ("ru", "спор не отклонили пока, жду", stage(None)),
    ),
    # the days stay when told, with no stage beside them
    "a rejection naming no one: its days stay": (
        ("en", "my claim got rejected after 6 days", stage(None, "6")),
        ("en", "declined within 3 days, the lamp is broken", stage(None, "3")),
        ("ru", "спор отклонили через 4 дня", stage(None, "4")),
        ("ru", "отказали на шестой день спора", stage(None, "6")),
        # look-alike: the days since the rejection are not the dispute's age
        ("ru", "спор отклонили позавчера", stage(None, None)),
    ),
    # rule 3: a seller's offer with no dispute word is an offer; none when the buyer says none
    "an offer with no dispute word: offer": (
        ("en", "the seller offered me 7 dollars back for the scratches", stage("offer")),
        ("ru", "продавец предлагает вернуть 400 рублей за брак", stage("offer")),
        # look-alikes: no dispute opened, said outright
        ("en", "seller offers a coupon, i have not opened a dispute", stage("none")),
    ),
    # the seller's plea to close the dispute: the dispute is still open
    "a plea to close it: opened": (
        ("en", "the shop keeps pushing me to withdraw the dispute", stage("opened")),
        ("en", "the store spams me to drop the complaint, 2 days now", stage("opened")),
        ("en", "dispute 3 days, seller say withdraw and he refund by paypal", stage("opened")),
        ("en", "seller wants me to drop my claim and he will pay on paypal", stage("opened")),
        ("en", "store: please cancel dispute friend, we send new one", stage("opened")),
        ("en", "in the dispute chat he wrote close it and i give 5 dollars", stage("opened")),
        ("ru", "магазин упрашивает закрыть спор и обещает купон", stage("opened")),
        ("ru", "продавец пишет: закройте спор, вышлем заново", stage("opened")),
        ("ru", "снять жалобу просят, а деньги обещают на карту", stage("opened")),
        # look-alikes: the buyer closed it, the order cancelled, or a plea after a win
        ("en", "the seller asked me to close the dispute so i did", stage("closed_by_me")),
        ("en", "the seller asks me to cancel my order", stage(None)),
        ("ru", "продавец просил закрыть спор, я закрыла", stage("closed_by_me")),
        ("ru", "продавец просит отменить заказ", stage(None)),
    ),
    # a dispute's age told and no step: an open dispute
    "a dispute's age alone: opened": (
        ("en", "dispute going 8 days, the kettle leaks", stage("opened", "8")),
        ("en", "claim is 4 days old now", stage("opened", "4")),
        ("en", "my heater stopped working, dispute been open 9 days", stage("opened", "9")),
        ("ru", "седьмой день спора, чайник течёт", stage("opened", "7")),
        ("ru", "спор 10 дней, продавец молчит", stage("opened", "10")),
        # look-alikes: a rule asked, a step no row places, a wish: no stage read from the days
        ("en", "dispute 15 days max, right?", stage(None)),
        ("en", "after 6 days of dispute the refund was approved", stage(None)),
        ("ru", "9 дней спора, а продавец всё обещает", stage(None)),
        ("ru", "сколько длится спор? у меня пятый день", stage(None)),
    ),
    # the card of a bank that is gone is the card paid with (rule "Decided 2026-12-06")
    "a gone bank's card: card": (
        ("en", "the card was from a bank that went bust, where does my refund go", paid("card")),
        ("en", "refund approved but my card was with a bank that collapsed", paid("card")),
        # (twenty-third pass B: a credit union dissolved is a bank shut down, README's
        # `bank_gone`, as the sets label it; it was left unread here before)
        ("en", "the credit union was dissolved and closed all cards, refund stuck", paid("card")),
        ("ru", "карта была банка, у которого отозвали лицензию, возврат одобрили", paid("card")),
        ("ru", "банк, у которого была моя карта, обанкротился", paid("card")),
        ("ru", "банк лопнул, карта мертва, а возврат одобрен", paid("card")),
        # look-alikes: another method named, the seller's card, no card at all
        ("en", "my bank went bankrupt, i paid with paypal", paid("paypal")),
        ("en", "my bank went bankrupt and the seller wants money on his card", paid(None)),
        ("ru", "банк обанкротился, платила через киви", paid("wallet")),
        ("ru", "у моего банка отозвали лицензию, возврат одобрен", paid(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_dispute_p22(lang: str, text: str, want: Want) -> None:
    """Each message gives the stage, age or payment told, and none its words do not say."""
    assert read_as(text, lang, want) == want
