"""The facts the answers read (issue 16, twenty-fifth cycle): what the buyer wants back for an item
that came with a problem, the topic of a question before buying, and a tracking number in the
shapes buyers paste; each kind with the look-alikes that must stay silent. No line here comes
from a set.
"""

from __future__ import annotations

import pytest

from flows.understanding import understand
from flows.understanding.tracking_number import find_tracking_number
from tests.support.fact_rows import TODAY, Want, kind_rows, read_as


def wants(value: str | None) -> Want:
    """What the buyer wants back (None: no wish may be read)."""
    return {"refund_wanted": value}


CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "all the money back for an item with a problem: full": (
        ("en", "the speaker crackles and cuts out, I want the whole amount back", wants("full")),
        ("en", "got a plastic watch instead of the steel one, refund me fully", wants("full")),
        ("en", "blender motor burnt on day one, I'm asking for a complete refund", wants("full")),
        ("en", "the rug is half the size in the listing, I just want my money back, they can "
         "have it", wants("full")),
        ("ru", "фен не включается, хочу вернуть всю сумму", wants("full")),
        ("ru", "вместо кроссовок прислали тапки, деньги верните целиком", wants("full")),
        ("ru", "чашка пришла с трещиной, требую полный возврат", wants("full")),
        ("ru", "свитер не шерсть, а синтетика. мне нужен возврат всей суммы", wants("full")),
    ),
    "keep it for part of the money: partial": (
        ("en", "the lamp has a scratch but works, I'd keep it for a discount", wants("partial")),
        ("en", "jacket came a size small, my son can wear it, keep it if they give 10 dollars",
         wants("partial")),
        ("en", "one strap of the bag is torn, I want a partial refund and I'll keep it",
         wants("partial")),
        ("ru", "у стула царапина, сидеть можно, оставлю за скидку", wants("partial")),
        ("ru", "плед тоньше, чем в описании, пусть вернут половину — оставлю", wants("partial")),
        ("ru", "одна лампочка в гирлянде не горит, согласна на частичный возврат",
         wants("partial")),
    ),
    "the other kind refused, a question, an offer, money granted: the wish as said or none": (
        ("en", "the blinds are not blackout as listed, I want a full refund, not a partial one",
         wants("full")),
        ("en", "can I ask for a partial refund and keep the broken kettle?", wants(None)),
        ("en", "the seller offers a partial refund for the cracked vase", wants(None)),
        ("en", "my parcel never came, tracking dead for a month, I want my money back",
         wants(None)),
        ("en", "seller hasn't shipped yet, I want to cancel and get a full refund", wants(None)),
        ("ru", "рамка пришла битая, хочу полный возврат, а не частичный", wants("full")),
        ("ru", "можно попросить часть денег и оставить треснутую вазу?", wants(None)),
        ("ru", "продавец предлагает частичный возврат за сломанный фен", wants(None)),
        ("ru", "чашка пришла разбитой, полный возврат одобрили, денег нет", wants(None)),
        ("ru", "посылка не пришла, трек стоит месяц, хочу вернуть все деньги", wants(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_what_the_buyer_wants_back(lang: str, text: str, want: Want) -> None:
    """A buyer tells what they want for an item with a problem: the wish said, never another one,
    and nothing from a question, an offer or a parcel that never came."""
    assert read_as(text, lang, want) == want, text


TOPICS = [
    ("en", "before I order: how long does delivery to Portugal take?", "delivery"),
    ("en", "haven't bought yet, do I pay customs on a 60 euro order to Germany?", "delivery"),
    ("en", "is a store with 98% positive feedback and 3 years on the site trustworthy?", "store"),
    ("en", "if I order a drone and it never arrives, do I get my money back?", "protection"),
    ("en", "does buyer protection start when I pay or when it ships?", "protection"),
    ("ru", "сколько идёт доставка до Самары, хочу заказать", "delivery"),
    ("ru", "хочу заказать, на таможне пошлину платить придётся?", "delivery"),
    ("ru", "у магазина 96% положительных отзывов, можно ему доверять?", "store"),
    ("ru", "если заказ не придёт, деньги вернут? ещё не покупала", "protection"),
    ("ru", "сколько длится защита покупателя, если заказ сделать сегодня?", "protection"),
]
NO_TOPIC = [
    ("en", "does aliexpress take paypal, and how long does delivery to France take?"),
    ("en", "is this store legit and will I get my money back if it never arrives?"),
    ("ru", "можно оплатить в рассрочку и сколько идёт доставка до Уфы?"),
    ("ru", "надёжный ли этот магазин и вернут ли деньги, если придёт брак?"),
]


@pytest.mark.parametrize(("lang", "text", "topic"), TOPICS)
def test_a_question_before_buying_names_its_topic(lang: str, text: str, topic: str) -> None:
    heard = understand(text, lang, TODAY)
    assert heard.intent == "basics"
    assert heard.facts.get("basics_topic") == topic


@pytest.mark.parametrize(("lang", "text"), NO_TOPIC)
def test_a_question_on_two_topics_or_on_paying_names_none(lang: str, text: str) -> None:
    assert "basics_topic" not in understand(text, lang, TODAY).facts


@pytest.mark.parametrize(("text", "number"), [
    ("0b046129384751 is at my post office but they can't find it", "0B046129384751"),
    ("трек 0B046781920345 стоит пятый день", "0B046781920345"),
    ("СДЭК 1092837465 пишет «Вручен», а я ничего не получала", "1092837465"),
    ("cdek #2048193756 arrived in my city a week ago", "2048193756"),
    ("rb123456789cn hasn't moved", "RB123456789CN"),
])
def test_a_tracking_number_in_the_shapes_buyers_paste(text: str, number: str) -> None:
    assert find_tracking_number(text) == number


@pytest.mark.parametrize("text", [
    "order 8123456789012345, paid 1092837465 rubles",
    "call me on 89161234567",
    "сдэк пишет, что посылка в пути 12 дней",
])
def test_a_number_without_a_tracking_shape_is_no_tracking_number(text: str) -> None:
    assert find_tracking_number(text) is None
