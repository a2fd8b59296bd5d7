"""The goods told as a list or a story (twenty-seventh pass G): an order told by the list of its
things, read with a vocabulary of goods nouns, and an order sent in parts with one part come and
another still away; each kind with the look-alikes that must stay silent. No line here comes from
a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as

SEVERAL: Want = {"several_items": "yes"}
NOT_SEVERAL: Want = {"several_items": None, "items_missing": None}
MISSING: Want = {"several_items": "yes", "items_missing": "yes"}
NO_MISSING: Want = {"items_missing": None}
EXPIRED: Want = {"card_expired": "yes"}
NOT_EXPIRED: Want = {"card_expired": None}


def problem(value: str | None) -> Want:
    """The problem with the goods (None: no problem may be read)."""
    return {"problem": value}

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "an order told as the list of its things: several_items": (
        ("en", "I ordered a desk lamp, two phone chargers and a mouse, tracking says in transit",
         SEVERAL),
        ("en", "bought a rain jacket plus 2 pairs of socks, the parcel is at customs", SEVERAL),
        ("en", "my order (a backpack, a water bottle and 3 notebooks) is in Madrid now", SEVERAL),
        ("en", "order with an umbrella and a scarf, paid by card, nothing shipped yet", SEVERAL),
        ("en", "purchased on the 3rd a drill, 2 clamps and a hammer. protection 12 days",
         SEVERAL),
        ("en", "ordred 3 mugs and a teapot, seller hasnt shipped", SEVERAL),
        ("en", "paid for a yoga mat and a blanket, the tracking is dead", SEVERAL),
        ("en", "in my order a hoodie 2 beanies and a pair of gloves, still moving", SEVERAL),
        ("ru", "заказала рюкзак, пенал и две ручки, трек стоит неделю", SEVERAL),
        ("ru", "в моём заказе кроссовки и носки, посылка на таможне", SEVERAL),
        ("ru", "купил дрель и 2 сверла, заказ в пути", SEVERAL),
        ("ru", "оплатила подушку, плед и 4 наволочки, продавец не отправляет", SEVERAL),
        ("ru", "заказывал наушники плюс чехол к телефону, трек молчит", SEVERAL),
        ("ru", "заказ: зонт и шарф, статус отправлено", SEVERAL),
        ("ru", "взяла кружку и термос одним заказом, едут уже месяц", SEVERAL),
        ("ru", "заказала куртку шапку и перчатки, жду", SEVERAL),
        # look-alikes: a product and its parts, a set, separate orders, the same thing twice,
        # another thing come, a card or a wallet paid with, a thing for another
        ("en", "ordered a lamp with a cable and a plug", NOT_SEVERAL),
        ("en", "ordered a set of cups and saucers, it is stuck", NOT_SEVERAL),
        ("en", "ordered a kettle and a toaster in two separate orders", NOT_SEVERAL),
        ("en", "ordered a mug, a teapot came instead", NOT_SEVERAL),
        ("en", "ordered a smartwatch and its strap snapped", NOT_SEVERAL),
        ("en", "ordered a case for my phone, it is moving", NOT_SEVERAL),
        ("en", "ordered a hoodie. the bag says L", NOT_SEVERAL),
        ("ru", "заказала куртку и шапку в разных заказах", NOT_SEVERAL),
        ("ru", "оплатила кошельком и картой, заказ не пришёл", NOT_SEVERAL),
        ("ru", "заказала лампу, а пришёл вентилятор", NOT_SEVERAL),
        ("ru", "заказал чехол для телефона, трек стоит", NOT_SEVERAL),
        ("ru", "купила часы, ремешок и стекло у них поцарапаны", NOT_SEVERAL),
    ),
    "an order sent in parts, one come and another away: items_missing": (
        ("en", "the order got split into 2 parcels. first one came last week with the pan. the "
               "second one, with the knives, is stuck in Leipzig", MISSING),
        ("en", "one order, two packages: the charger arrived tuesday, the cable is at the local "
               "post office", MISSING),
        ("en", "split shipping on my order, the sneakers came, the socks have not moved for a "
               "week", MISSING),
        ("en", "parcel 1 with the tent was delivered. parcel 2 last scan 8 days ago", MISSING),
        ("en", "got the first box of my order, the other box is still in transit", MISSING),
        ("en", "it came in two shipments, the lamp showed up monday, the second shipment shows "
               "nothing since the 3rd", MISSING),
        ("en", "they sent it as 3 separate packages, two turned up, the third is held at customs",
         MISSING),
        ("en", "my order was split: the mouse was delivered, the keyboard is sitting in a depot",
         MISSING),
        ("ru", "заказ разделили на две посылки, первая пришла, вторая стоит в Москве неделю",
         MISSING),
        ("ru", "пришло двумя посылками: в первой кружки, вторая с чайником на таможне", MISSING),
        ("ru", "заказ едет частями, куртку получила, а шапка до сих пор в пути", MISSING),
        ("ru", "первую посылку забрал, по второй последнее движение 10 дней назад", MISSING),
        ("ru", "разбили на 3 посылки, две дошли, третья застряла", MISSING),
        ("ru", "одна часть заказа пришла, вторую жду уже 3 недели", MISSING),
        ("ru", "заказ пришёл по частям, лампа дома, вторая часть без движения", MISSING),
        ("ru", "2 посылки по одному заказу: с чехлом приехала, со стеклом висит", MISSING),
        # look-alikes: both or none come, separate orders, a section of the site
        ("en", "split into 2 parcels, both arrived yesterday", NO_MISSING),
        ("en", "the order was split into two parcels, neither has arrived, one is stuck",
         NO_MISSING),
        ("en", "split into 2 packages, both are stuck at customs", NO_MISSING),
        ("en", "2 separate orders, the first came, the second is stuck", NO_MISSING),
        ("ru", "заказ пришёл двумя посылками, обе уже дома", NO_MISSING),
        ("ru", "заказ разделили на две посылки, обе стоят на таможне", NO_MISSING),
        ("ru", "заказ из трёх позиций, не пришло вообще ничего. это к какому разделу?",
         NO_MISSING),
        ("ru", "посылка с трекером так и не пришла, трек молчит", NO_MISSING),
    ),
    "a variant picked, another come: wrong_size": (
        ("en", "ordered the sofa cover in grey, they sent a beige one", problem("wrong_size")),
        ("en", "i picked silver but got gold", problem("wrong_size")),
        ("en", "the white sneakers from my order arrived in cream", problem("wrong_size")),
        ("en", "got navy though i chose black", problem("wrong_size")),
        ("en", "ordered it in pink, a purple one came", problem("wrong_size")),
        ("en", "bought the dress in m and received an xl", problem("wrong_size")),
        ("en", "ordered the lightning version and got usb c", problem("wrong_size")),
        ("en", "chose the uk plug option, they sent me eu", problem("wrong_size")),
        ("ru", "зелёный рюкзак пришёл синий", problem("wrong_size")),
        ("ru", "белая кружка по заказу пришла розовой", problem("wrong_size")),
        ("ru", "брала футболку m, а прислали xl", problem("wrong_size")),
        ("ru", "выбрала модель на 256 гб, пришла на 128", problem("wrong_size")),
        ("ru", "заказывал комплектацию с пультом, прислали без пульта", problem("wrong_size")),
        # look-alikes: the same colour or size, a box's colour, turned a colour, come broken
        ("en", "ordered black, it came black but scratched", problem("damaged")),
        ("en", "the black lamp came in a white box", problem(None)),
        ("en", "ordered the hoodie in l, got an l, fits well", problem(None)),
        ("en", "the ring turned my finger green", problem(None)),
        ("ru", "чёрная кружка пришла в белой коробке", problem(None)),
        ("ru", "заказала худи l, пришло l, всё хорошо", problem(None)),
        ("ru", "заказывал версию с type-c, пришла с трещиной", problem("damaged")),
    ),
    "the card paid with, replaced since, told in a clause: card_expired": (
        ("en", "refund went to my mastercard, which i have since replaced", EXPIRED),
        ("en", "paid with my visa that i had to change after it was skimmed", EXPIRED),
        ("en", "the money is going to my amex, which we recently swapped", EXPIRED),
        ("en", "it was paid by debit card, which I've since had to replace. refund approved",
         EXPIRED),
        ("ru", "возврат на карту, а её я уже поменяла", EXPIRED),
        ("ru", "платил картой, которую мне потом перевыпустили", EXPIRED),
        ("ru", "деньги ушли на карту, а её мне пришлось закрыть", EXPIRED),
        ("ru", "карту, которой оплачивала, недавно заменила, возврат одобрен", EXPIRED),
        # look-alikes: a wish, a question, another way to pay, a card liked
        ("en", "refund approved to my visa, which i want to replace soon", NOT_EXPIRED),
        ("en", "paid with my mastercard, which i changed to paypal later", NOT_EXPIRED),
        ("en", "paid with my visa which i love", NOT_EXPIRED),
        ("ru", "хочу поменять карту, на которую придёт возврат", NOT_EXPIRED),
        ("ru", "карту, которой платила, можно ли поменять?", NOT_EXPIRED),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_goods_told_as_a_list_or_a_story(lang: str, text: str, want: Want) -> None:
    """A buyer tells the order's things as a list, or its parts as a story: several items (and
    the missing ones) said, never read from a look-alike."""
    assert read_as(text, lang, want) == want, text
