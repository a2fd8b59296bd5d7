"""Buyers in both languages on the kinds of phrasing the four training sets (facts_dev8..11)
showed the dispute's stage told in, that the tables read wrong or missed (fourteenth pass A):
each kind in our own words, with typos and other orders, beside look-alikes that must stay
silent or keep their own stage (someone else's dispute, an earlier one, a question, the seller's
words, a wish, a negation). No line here comes from a dev set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import kind_rows, read_as


def stage(value: str | None) -> dict[str, str | None]:
    """The dispute's stage (None: no stage may be read)."""
    return {"dispute": value}


def aged(value: str | None, days: str | None) -> dict[str, str | None]:
    """The dispute's stage and its age in days."""
    return {"dispute": value, "dispute_days": days}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    # the seller promises money, a coupon or a resend if the buyer closes the dispute: the dispute
    # is still open (FACTS.md), never the seller's offer inside it
    "plea to close: still open": (
        ("en", "my claim is open and now she says if i cancel it she ll refund 8 dollars",
         stage("opened")),
        ("en", "dispute running, the shop offered a voucher for withdrawing the dispute",
         stage("opened")),
        ("en", "cancel the disput and you get 5 usd, that's what the store wrote to me",
         stage("opened")),
        ("en", "store keeps asking me close disput, then they resend it they say",
         stage("opened")),
        ("ru", "магазин пишет: уберите жалобу, вернём 300 рублей", stage("opened")),
        ("ru", "спор открыт, продавец сулит 10 долларов за отмену спора", stage("opened")),
        ("ru", "продавец обещает вернуть половину если сниму спор", stage("opened")),
        ("ru", "открыл спор, а продавец умоляет отозвать претензию", stage("opened")),
        # the buyer then closed it: that is the latest stage
        ("en", "they offered a coupon for closing the claim, so i closed it",
         stage("closed_by_me")),
        ("ru", "продавец просил снять спор за купон, и я сняла спор", stage("closed_by_me")),
        # a question of the buyer's own, no seller: no plea
        ("en", "what if i close the dispute myself, do i lose everything?", stage(None)),
    ),
    # the buyer says no dispute is open, whatever the seller offered (FACTS.md, decided after the
    # seventh set): none, never the offer
    "no dispute beside an offer: none": (
        ("en", "the store sent a 3 dollar voucher so i would not open a dispute, i havent "
         "opened one", stage("none")),
        ("en", "seller will give me 20% back as long as i dont open a claim", stage("none")),
        ("en", "coupon offered by the shop, no dispute yet on my side", stage("none")),
        ("en", "they proposed a discount to avoid a dispute", stage("none")),
        ("en", "i dont have a dispute, the seller offers a resend", stage("none")),
        ("ru", "продавец прислал промокод, спора пока нет", stage("none")),
        ("ru", "магазин сам отменил заказ, спора вообще не было", stage("none")),
        ("ru", "дают 200 рублей, чтобы я не открывала спор", stage("none")),
        ("ru", "купон на 5 долларов, спор еще не открывала", stage("none")),
        # a dispute opened after all is open
        ("en", "no dispute at first, then i opened a dispute yesterday", stage("opened")),
        ("ru", "спора не было, а потом я открыла спор", stage("opened")),
        # the seller's own words "do not open a dispute", with no word of the buyer's: no stage
        ("en", "the seller wrote: pls dont open dispute friend", stage(None)),
        # "no point in a dispute" says nothing of one
        ("ru", "спора нет смысла открывать, товар дешёвый", stage(None)),
    ),
    # AliExpress decided for the seller: lost, whatever the seller or the buyer did before
    "decided for the seller: lost": (
        ("en", "seller said no, i escalated, finally ali ended it for the seller", stage("lost")),
        ("en", "my claim was closed in favour of the shop after 9 days", stage("lost")),
        ("en", "the case got settled for the store, no money for me", stage("lost")),
        ("en", "dispute finished. decision no refund", stage("lost")),
        ("ru", "после обжалования алиэкспресс закрыл спор в его пользу", stage("lost")),
        ("ru", "спор закрыт площадкой, денег нет", stage("lost")),
        ("ru", "пришел отказ от поддержки по спору", stage("lost")),
        # decided for the buyer, or an appeal won after it, stays won
        ("en", "ali closed it for the seller, i appealed and won", stage("won")),
        ("ru", "алиэкспресс решил спор в мою пользу", stage("won")),
    ),
    # the buyer took the dispute further after the seller's no: escalated, not refused
    "appealed after a no: escalated": (
        ("ru", "продавец отклонил, я подала апелляцию, то есть обжаловала", stage("escalated")),
        ("ru", "спор 8 дней, продавец отказал, передал спор на рассмотрение", stage("escalated")),
        ("ru", "магазин отказал, перевела в арбитраж али", stage("escalated")),
        ("ru", "получила отказ, обжаловал и жду", stage("escalated")),
        # decided after the appeal: the decision is the latest
        ("ru", "обжаловала, но алиэкспресс решил в пользу продавца", stage("lost")),
        ("ru", "обжаловал, и спор решили в мою пользу", stage("won")),
    ),
    # a dispute from an earlier year is not this order's stage or age; a bank's licence lost is
    # no lost dispute; the chance to open one missed says no stage
    "an earlier dispute, a licence, a missed chance": (
        ("en", "back in 2021 i won a dispute against this store, now the parcel is late",
         aged(None, None)),
        ("en", "2 years ago they refused my claim, should i buy again", aged(None, None)),
        ("ru", "в прошлом году я выиграл спор у этого магазина, стоит ли снова заказывать",
         aged(None, None)),
        ("ru", "лет пять назад проиграл спор за 15 дней, сейчас всё иначе?", aged(None, None)),
        ("en", "won my dispute last week, and the bank lost its license", stage("won")),
        ("en", "i won, then my wallet lost their licence", stage("won")),
        ("en", "missed the time to file a claim, the order is completed", stage(None)),
        # a dispute of now after the earlier one is read
        ("en", "in 2022 i lost one, but this dispute was opened 3 days ago",
         aged("opened", "3")),
        # the missed chance with "never opened one" is none
        ("en", "missed the window to open a claim, never opened one", stage("none")),
    ),
    # terse outcomes and the seller's no in few words, English
    "terse outcomes": (
        ("en", "won! 12 usd back, where is it", stage("won")),
        ("en", "so lost after 10 days, nothing to do?", aged("lost", "10")),
        ("en", "we lost the whole $80 disput, unfair", stage("lost")),
        ("en", "result: the store wins. great", stage("lost")),
        # Decided 2026-12-07 (2): no actor named, no stage (was the seller's no)
        ("en", "refused within 2 days, the jacket is too small", stage(None)),
        ("en", "the shop declined my dispute, what now", stage("refused")),
        # a lost thing, a won prize, the seller refusing to ship or cancel is no outcome
        ("en", "lost the tracking number after i paid", stage(None)),
        ("en", "won the giveaway but the prize never came", stage(None)),
        ("en", "the seller refused to ship my order", stage(None)),
        ("en", "seller refused my cancellation request", stage(None)),
    ),
    # the seller's offer inside the dispute in other words
    "an offer in other words": (
        ("en", "in the claim the store offers to resend the missing screw", stage("offer")),
        ("en", "the shop proposed a 4 eur coupon on day 3 of my dispute", stage("offer")),
        ("en", "the seller told me send the item back for a full refund", stage("offer")),
        ("ru", "спор 3 дня, продавец суёт промокод на 2 доллара", stage("offer")),
        ("ru", "в споре предлагают доотправить недостающую деталь", stage("offer")),
        ("ru", "спор идёт, магазин: возьмите купон на 3 доллара", stage("offer")),
        ("ru", "купон на 3 доллара продавец предлагает, спор уже неделю", stage("offer")),
        # a bribe for confirming receipt, a coupon with no dispute, a question: no offer
        # (twenty-fifth pass C: was None; rule 3 "Decided 2026-12-07" and Label audit 24 rule 5)
        ("ru", "обещает купон если подтвержу получение", stage("offer")),
        # twenty-third pass C: was None; rule 3 "Decided 2026-12-07": a seller's offer with no word
        # about a dispute is an offer
        ("ru", "продавец кинул купон в личку", stage("offer")),
        # twenty-fifth pass D: was None; a coupon for a 5-star review is an offer (FACTS.md
        # "Label audit 24" rule 5)
        ("en", "the seller offered a coupon if i leave 5 stars", stage("offer")),
    ),
    # Russian: the buyer's own open dispute in few words
    "an open dispute in few words": (
        ("ru", "спор 11 дней, продавец молчит", stage("opened")),
        ("ru", "уже 6 дней спорю с магазином", stage("opened")),
        ("ru", "вчера завела спор, что дальше", stage("opened")),
        ("ru", "открыла на наушники спор, жду ответа", stage("opened")),
        ("ru", "спор на 2400 руб 5 дней без ответа", stage("opened")),
        # a question whether to open one, a stage told later, no dispute
        ("ru", "посылка 20 дней стоит. спор открывать?", stage(None)),
        ("ru", "защиты два дня, спор открыть или ждать", stage(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_dispute(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer writes the kind in other words: the stage is read, the look-alike keeps its own."""
    assert read_as(text, lang, want) == want, text
