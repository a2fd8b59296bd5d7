"""Words of a problem that are no problem of the buyer's item (thirtieth pass): a wallet or a
bank card that stopped working, a battered box with the thing inside fine, a fault imagined or
asked about in general, a change of mind about a parcel still on its way; and a size sent in
place of the size ordered. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.engine.cases import case_of
from flows.understanding import extract_facts, understand
from tests.support.chat import Chat

TODAY = date(2026, 12, 7)

ROWS: tuple[tuple[str, str, str | None], ...] = (
    # a payment channel that stopped working
    ("en", "the refund went to my e-wallet and that e-wallet has stopped operating here", None),
    ("en", "refund approved last week, my bank card was replaced since then and the old one "
           "stopped working", None),
    ("ru", "деньги вернули на qiwi, а qiwi у нас больше не работает", None),
    ("ru", "оплачивала через кошелёк, который с весны перестал работать, куда придёт возврат?",
     None),
    # ... while a product that stops working is still a fault
    ("en", "paid with paypal, the speaker stopped working after a week", "defective"),
    ("en", "the memory card stopped working, i paid 12 usd for it", "defective"),
    ("ru", "оплатила через киви, а наушники не работают", "defective"),
    # a battered box, the thing inside fine
    ("en", "nothing wrong with the lamp itself, only the outer box is dented", None),
    ("en", "the parcel came ripped open but the contents are perfectly fine", None),
    ("ru", "с самой вазой всё в порядке, просто коробка мятая", None),
    ("ru", "посылка пришла порванная, но внутри всё целое", None),
    ("ru", "коробка мятая, а кружка внутри разбита", "damaged"),
    # a fault imagined or asked about in general
    ("en", "is a refund only for faulty items, or also if it just doesn't fit?", None),
    ("ru", "а если куртка придёт не того цвета, деньги вернут?", None),
    ("ru", "как отличить магазин с подделками от нормального?", None),
    ("en", "how do you spot fake reviews on a store page?", None),
    # a tracking number or a coupon that does not work is no fault of the item
    ("en", "my tracking number has never worked since the order shipped 20 days ago", None),
    ("ru", "промокод так и не заработал, а заказ уже оплачен", None),
    # a size sent in place of the size ordered
    ("en", "they sent a size S instead of the M i ordered", "wrong_size"),
    ("en", "the boots came in 38 instead of 40", "wrong_size"),
    ("en", "ordered the kids size and got an adult size", "wrong_size"),
    ("ru", "комбинезон пришёл детский вместо взрослого", "wrong_size"),
    ("ru", "прислали двуспальное одеяло вместо полуторки", "wrong_size"),
    ("ru", "кольцо пришло размер 7 вместо 8", "wrong_size"),
    ("ru", "прислали 30 евро вместо обещанных 50", None),
)


@pytest.mark.parametrize(("lang", "text", "problem"), ROWS)
def test_words_of_a_problem_that_are_none(lang: str, text: str, problem: str | None) -> None:
    assert extract_facts(text, lang, TODAY).get("problem") == problem, text


@pytest.mark.parametrize(("lang", "text", "problem"), [
    ("en", "i changed my mind about the rug, it is already shipped", None),
    ("ru", "передумала, куртка мне больше не нужна, а она уже в пути", None),
    ("en", "the rug arrived and i changed my mind, it doesn't suit the room", "remorse"),
    ("ru", "куртку получила, но передумала, не нравится", "remorse"),
])
def test_a_change_of_mind_counts_only_once_the_item_came(lang: str, text: str,
                                                        problem: str | None) -> None:
    """A change of mind about a parcel still on its way is a cancellation (FACTS.md)."""
    assert extract_facts(text, lang, TODAY).get("problem") == problem, text


def test_an_item_case_with_nothing_wrong_and_the_parcel_on_its_way_is_a_cancellation() -> None:
    assert case_of("wrongitem", {"order_status": "shipped"}) == "cancel"
    assert case_of("wrongitem", {"tracking": "moving"}) == "cancel"
    assert case_of("wrongitem", {"order_status": "shipped", "problem": "damaged"}) == "wrongitem"
    assert case_of("wrongitem", {"tracking": "delivered"}) == "wrongitem"
    assert case_of("wrongitem", {}) == "wrongitem"


async def test_a_change_of_mind_in_transit_gets_the_shipped_cancellation_answer(
        chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("changed my mind about the lamp, it is already shipped. can i still get my "
                    "money back?")
    said = chat.transcript()
    assert "the order can no longer be cancelled" in said
    assert "I just don't want it" not in said


async def test_a_battered_box_with_the_item_fine_is_no_damage(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("коробка пришла мятая, но с самой лампой всё нормально. защита ещё 9 дней")
    assert "Пришёл повреждённым" not in ru.transcript()
    assert understand("коробка пришла мятая, но с самой лампой всё нормально", "ru",
                      TODAY).facts.get("problem") is None


def test_a_refusal_asked_about_keeps_the_order_shipped() -> None:
    """«можно отказаться?» is the buyer's own question, not a refusal the seller sent."""
    facts = extract_facts("передумала насчёт платья, а его уже отправили. можно отказаться?",
                          "ru", TODAY)
    assert (facts.get("order_status"), facts.get("problem")) == ("shipped", None)
    assert extract_facts("продавец отправил отказ в споре", "ru", TODAY).get(
        "order_status") is None
