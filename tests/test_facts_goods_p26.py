"""The goods, several items and missing items (twenty-sixth pass A), read by kinds of saying: a
size picked by its number and another come, one of two things in the size ordered and the other
not, a colour picked and another sent, one side of a thing silent, a thing nowhere near its
listing, "stainless" that rusts, a named material made of another, a set counted short, all the
order's items the seller says he sent while fewer came, two things of one order with one absent;
and the look-alikes of each that must stay silent or keep another value. No line here comes from
a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as

MISSING: Want = {"several_items": "yes", "items_missing": "yes"}
NO_MISSING: Want = {"items_missing": None}
NOT_SEVERAL: Want = {"several_items": None, "items_missing": None}


def problem(value: str | None) -> Want:
    """The problem with the goods (None: no problem may be read)."""
    return {"problem": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "a size picked by its number, another come: wrong_size": (
        ("en", "ordered the boots in 41, 43 came", problem("wrong_size")),
        ("en", "the ring arrived in size 6, i had picked a 7", problem("wrong_size")),
        ("en", "i chose 38 but the tag says 36 on both shoes", problem("wrong_size")),
        ("en", "bought sneakers size 44 and they sent 42", problem("wrong_size")),
        ("en", "got size 9 slippers though i ordered 10", problem("wrong_size")),
        ("en", "wanted jeans in 32, the label says 34", problem("wrong_size")),
        ("ru", "заказывала туфли 38, на бирке 36", problem("wrong_size")),
        ("ru", "кроссовки пришли 41 размера, а я брал 43", problem("wrong_size")),
        ("ru", "колечко прислали 16 размера, а заказывал 17", problem("wrong_size")),
        ("ru", "выбрала сапоги 37 р-р, пришли 39", problem("wrong_size")),
        # look-alikes: counts, days, the same size, no size at all
        ("en", "ordered 4 rings, got 3", problem(None)),
        ("en", "ordered size 40 shoes 12 days ago, got 40, they fit", problem(None)),
        ("en", "ordered 10 pairs of socks, got 8 pairs", problem(None)),
        ("ru", "заказала 5 колец, пришло 3", problem(None)),
        ("ru", "заказывала кроссовки 40 размера, пришли 40, всё ок", problem(None)),
    ),
    "one of two in the size ordered, the other not: wrong_size": (
        ("en", "two hoodies in the order, one is L as ordered, the other came M",
         problem("wrong_size")),
        ("en", "the first pair is 40 like i ordered, the second is 38", problem("wrong_size")),
        ("ru", "две футболки, одна M как заказывала, вторая пришла XL", problem("wrong_size")),
        ("ru", "одна пара 40 как надо, вторая 42", problem("wrong_size")),
        # look-alikes: both as ordered
        ("en", "one is L as ordered, the other is L too", problem(None)),
        ("ru", "одна M как заказывала, вторая тоже M", problem(None)),
    ),
    "a colour picked, another sent: wrong_size": (
        ("ru", "выбирала бежевый цвет пальто, прислали хаки", problem("wrong_size")),
        ("ru", "заказал чёрную кружку, а прислали белую", problem("wrong_size")),
        ("ru", "брала розовый чехол, пришел голубой", problem("wrong_size")),
        ("ru", "выбрал серый цвет, получил зелёный", problem("wrong_size")),
        # look-alikes: the same colour come, another product
        ("ru", "выбирала черный цвет, пришел черный, всё отлично", problem(None)),
        ("ru", "заказала чехол, а прислали зарядку", problem("wrong")),
    ),
    "one side silent: defective": (
        ("en", "the left earbud is dead out of the box", problem("defective")),
        ("en", "right speaker makes no sound", problem("defective")),
        ("en", "headset: one side silent", problem("defective")),
        ("en", "only one earbud works", problem("defective")),
        ("en", "no sound from the right side", problem("defective")),
        ("ru", "левый наушник не играет", problem("defective")),
        ("ru", "правая колонка молчит", problem("defective")),
        ("ru", "работает только один наушник", problem("defective")),
        ("ru", "нет звука в левом ухе", problem("defective")),
        # look-alikes: the box's side, the seller silent
        ("en", "one side of the box is dented, the item is fine", problem(None)),
        ("en", "the seller is silent for a week", problem(None)),
        ("ru", "продавец молчит уже неделю", problem(None)),
    ),
    "nowhere near the listing: not_as_described": (
        ("en", "the projector is nowhere near the listing, so dim", problem("not_as_described")),
        ("en", "quality not even close to the photos", problem("not_as_described")),
        ("en", "the power is far from what was advertised", problem("not_as_described")),
        ("ru", "лампа и близко не как на фото", problem("not_as_described")),
        ("ru", "цвет далеко не то, что в описании", problem("not_as_described")),
        # look-alikes: a date, a place
        ("en", "delivery was nowhere near the promised date", problem(None)),
        ("en", "the pickup point is nowhere near my house", problem(None)),
    ),
    "stainless that rusts, a material made of another: not_as_described": (
        ("en", "the stainless steel knives rusted after one wash", problem("not_as_described")),
        ("en", "rusty already, and it was sold as stainless", problem("not_as_described")),
        ("ru", "нержавеющая кастрюля заржавела за неделю", problem("not_as_described")),
        ("ru", "«нержавейка» ржавеет после мойки", problem("not_as_described")),
        ("ru", "кожаный ремень из кожзама", problem("not_as_described")),
        ("ru", "шерстяной свитер, а по факту акрил", problem("not_as_described")),
        ("ru", "деревянная шкатулка оказалась из пластика", problem("not_as_described")),
        # look-alikes: an old pan rusting, two things of two materials
        ("en", "the cast iron pan i have at home rusted", problem(None)),
        ("ru", "кожаный чехол и пластиковая подставка пришли, всё ок", problem(None)),
    ),
    "all of the order's items said sent, fewer came: items_missing": (
        ("en", "the seller swears all 4 items were packed, i got 3", MISSING),
        ("en", "he says all 3 things were in the box. only 2 were", MISSING),
        ("ru", "продавец пишет, что все 3 товара были в посылке. было 2", MISSING),
        ("ru", "уверяет, что положил все 4 вещи, пришло три", MISSING),
        ("ru", "из заказа в 4 товара пришли три, за четвертый спор", MISSING),
        # look-alikes: all came, stock the seller has not
        ("en", "all 3 items were in the box, thanks", NO_MISSING),
        ("en", "got all 4 things in my order, just one of them is faulty", NO_MISSING),
        ("ru", "все 4 товара пришли, один фен не включается", NO_MISSING),
        ("ru", "в заказе 3 товара, одной вазы нет в наличии, продавец просит отменить", NO_MISSING),
        ("en", "two things in my order, one is out of stock, seller wants to cancel", NO_MISSING),
    ),
    "two things of one order, one absent: items_missing": (
        ("en", "the lamp and the bulbs in one order, the bulbs never came", MISSING),
        ("en", "mouse and mousepad in one order, no mousepad in the box", MISSING),
        ("en", "tripod + clamp in one order, clamp missing", MISSING),
        ("en", "phone and case from the same order, case not in the parcel", MISSING),
        # look-alikes: both here, a part of one product
        ("en", "the lamp and the bulbs in one order, all fine", NO_MISSING),
        ("en", "the drone came but no propellers in the box", NO_MISSING),
        ("en", "a table and a lamp in one order, both came, the lamp is missing its bulb",
         NO_MISSING),
    ),
    "a card ordered with, a status or coupons «в заказе»: no several items": (
        ("en", "my mum's card expired, i ordered with it", NOT_SEVERAL),
        ("en", "paid with the old card, it has expired since", NOT_SEVERAL),
        # look-alike: a thing "i ordered with it" is the order's second thing
        ("en", "the box had the lamp but not the bulbs i ordered with it", MISSING),
        ("ru", "в заказе теперь «Отправлено», что дальше", NOT_SEVERAL),
        ("ru", "в заказе до сих пор статус ожидает отправки", NOT_SEVERAL),
        ("ru", "скидки складываются в одном заказе?", NOT_SEVERAL),
        ("ru", "можно ли применять два купона в одном заказе", NOT_SEVERAL),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_goods_kinds_of_the_twenty_sixth_pass(lang: str, text: str, want: Want) -> None:
    """A buyer tells what came of the goods and the order's items: the value said, never another
    one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
