"""The goods, several items and missing items (twenty-fifth pass A): a thing that works a moment
and dies, stops doing its job or never worked; a thing named by its material that turns out
another; a variant (size, measure, connector, code) picked and another come; another product
asked for; the seller's «оригинал» laughed off; a change of mind in plain words; a product's own
parts not in its box; a parcel of the order still away while a thing came; fewer in the bag than
the seller says he sent; one of the order's named things absent; and the look-alikes of each that
must stay silent or keep another value. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as

MISSING: Want = {"several_items": "yes", "items_missing": "yes"}
NO_MISSING: Want = {"items_missing": None}


def problem(value: str | None) -> Want:
    """The problem with the goods (None: no problem may be read)."""
    return {"problem": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "works a moment and dies, stops its job, never worked: defective": (
        ("en", "the desk fan spins for a second and then dies", problem("defective")),
        ("en", "my string lights flicker three times then go out", problem("defective")),
        ("en", "the kettle makes a clicking noise and then nothing happens", problem("defective")),
        ("en", "the foot warmer stopped heating after the second use", problem("defective")),
        ("en", "after a week the earbuds stopped charging", problem("defective")),
        ("en", "yesterday the blender just stopped, no smell, nothing", problem("defective")),
        ("en", "the projector has never even turned on", problem("defective")),
        ("ru", "ночник помигал и погас, больше не включается никак", problem("defective")),
        ("ru", "вертолётик взлетает и тут же падает", problem("defective")),
        ("ru", "машинка для стрижки плохо стрижет, дёргает волосы", problem("defective")),
        ("ru", "кофеварка еле капает, хотя новая", problem("defective")),
        ("ru", "наушники держат заряд минут десять", problem("defective")),
        ("ru", "плойка греется только с одной стороны", problem("defective")),
        ("ru", "весы врут на 300 грамм", problem("defective")),
        ("ru", "флешка не определяется ни на одном компе", problem("defective")),
        # look-alikes: the tracking, the seller, a chat, a chance
        ("en", "the tracking updated twice and then nothing", problem(None)),
        ("en", "the seller replied once and then nothing", problem(None)),
        ("en", "the tracking just stopped, no scans since monday", problem(None)),
        ("en", "the seller just stopped answering me", problem(None)),
        ("en", "the tracking number has never even worked", problem(None)),
        ("ru", "трек не определяется уже неделю", problem(None)),
    ),
    "the thing's material turns out another: not_as_described": (
        ("en", "the silk scarf is cheap polyester", problem("not_as_described")),
        ("en", "the bamboo cutting board turned out to be plastic", problem("not_as_described")),
        ("en", "the cashmere sweater, label says 100% acrylic", problem("not_as_described")),
        ("en", "the genuine leather belt is flaking already", problem("not_as_described")),
        ("en", "the lamp looks nothing like the pics", problem("not_as_described")),
        ("en", "got the cardigan, by their own size chart it should fit, it doesn't",
         problem("not_as_described")),
        ("ru", "шерстяной плед по составу чистый акрил", problem("not_as_described")),
        ("ru", "кожаная сумка, а на деле кожзам", problem("not_as_described")),
        ("ru", "термос «1 литр», а от силы пол-литра влезает", problem("not_as_described")),
        ("ru", "платье на 44 по их таблице, а оно на 40", problem("not_as_described")),
        ("ru", "чехол «под мою модель», а по факту универсальный", problem("not_as_described")),
        ("ru", "куртка в жизни совсем другого оттенка", problem("not_as_described")),
        # look-alikes: a material that is what it says, a second thing
        ("en", "the leather strap is real leather, great quality", problem(None)),
        ("ru", "хлопковая футболка пришла, всё отлично", problem(None)),
        ("ru", "обещали доставку за 10 дней, а по факту месяц", problem(None)),
    ),
    "a variant picked and another come: wrong_size": (
        ("en", "ordered the 32 inch one, got the 28 inch tv", problem("wrong_size")),
        ("en", "i picked the 3-pin plug, they sent the 2-pin one", problem("wrong_size")),
        ("en", "ordered XS, the tag says XL", problem("wrong_size")),
        ("en", "the rug came 80x150, i ordered 120x170", problem("wrong_size")),
        ("en", "one shoe is 38, the other 40, they should be 39", problem("wrong_size")),
        ("ru", "заказывал M8, прислали M6", problem("wrong_size")),
        ("ru", "заказывала штору 200х250, пришла 150х180", problem("wrong_size")),
        ("ru", "кассета пришла не на 11 звёзд, а на 12", problem("wrong_size")),
        ("ru", "кроссовки пришли на детскую ногу, хотя выбирала 39", problem("wrong_size")),
        ("ru", "prodavec prislal rubashku XL vmesto M", problem("wrong_size")),
        # look-alikes: the same variant, counts, days, a size against the chart
        ("en", "ordered size 9, got size 9, they fit", problem(None)),
        ("en", "the parcel came 2 days ago, i ordered 3 weeks ago", problem(None)),
        ("en", "my order is 3 days late, it should be 10 by now", problem(None)),
        ("ru", "продлили защиту не на 10 дней, а на 15", problem(None)),
        ("ru", "заказывал 2 шт, пришло 2 шт", problem(None)),
    ),
    "another product asked for: wrong": (
        ("en", "asked for a black phone case, got a white desk lamp", problem("wrong")),
        ("en", "wanted a steel water bottle and they sent me a plastic toy car", problem("wrong")),
        ("ru", "заказывал ключ на 10, пришёл не тот: отвёртка", problem("wrong")),
        # look-alikes: the same thing in another colour, its state, money
        ("en", "asked for a blue dress, got a red one", problem("wrong_size")),
        ("en", "asked for a lamp and got a broken lamp", problem(None)),
        ("en", "ordered a lamp, got a refund", problem(None)),
    ),
    "the seller's «оригинал» laughed off: fake": (
        ("ru", "продавец уверяет «оригинал», ага, а коробка без голограммы", problem("fake")),
        ("ru", "типа оригинал, а там шрифт кривой", problem("fake")),
        # look-alikes: the buyer agrees, the seller's word about the shipping
        ("ru", "продавец пишет оригинал, и правда оригинал, всё хорошо", problem(None)),
        ("ru", "пишет что отправил, а там трек пустой", problem(None)),
    ),
    "a change of mind in plain words: remorse": (
        ("en", "i don't need the desk lamp anymore, can i send it back?", problem("remorse")),
        ("en", "bought it on impulse, it works fine", problem("remorse")),
        ("en", "it's fine, i just regret buying it", problem("remorse")),
        ("ru", "заказала сгоряча, платье нормальное, просто не хочу", problem("remorse")),
        ("ru", "купил на эмоциях, вернуть можно?", problem("remorse")),
        # look-alikes: help, a refund, waiting
        ("en", "i don't need a refund anymore, he resent it", problem(None)),
        ("en", "i no longer need the dispute, it came", problem(None)),
        ("en", "took the coupon and closed my claim, regret it now", problem(None)),
        ("ru", "просто не хочу ждать ещё месяц", problem(None)),
    ),
    "a product's own parts not in its box: missing_parts": (
        ("en", "the bookshelf came but there are no screws in the box", problem("missing_parts")),
        ("en", "the chair is missing 2 of its bolts", problem("missing_parts")),
        # look-alike: the box itself
        ("en", "the drone came but there is no problem in the box", problem(None)),
    ),
    "a parcel of the order still away while a thing came: items_missing": (
        ("en", "the other parcel of my order (the charger) is still at customs, the phone came",
         MISSING),
        ("en", "box 1 with the tent came, box 2 with the poles is stuck in transit", MISSING),
        ("en", "the scarf arrived, the gloves from the same order are stuck in a depot", MISSING),
        ("ru", "две кружки пришли, а третья до сих пор в пути", MISSING),
        ("ru", "куртку получила, а шапка из того же заказа висит на таможне", MISSING),
        # look-alikes: both come, the next one come broken, the whole order stuck
        ("en", "the second parcel of my order came too, both are here", NO_MISSING),
        ("en", "box 1 with the lamp came, box 2 with the cable came too", NO_MISSING),
        ("ru", "две кружки пришли, а третья разбита", NO_MISSING),
        ("ru", "весь заказ из 5 позиций висит на таможне", NO_MISSING),
        ("ru", "шапка из того же заказа тоже пришла", NO_MISSING),
    ),
    "fewer in the bag, a named thing absent, only one come: items_missing": (
        ("en", "he swears he sent all 4 mugs, the box had 3", MISSING),
        ("en", "my order: the tripod and the phone clamp. no clamp", MISSING),
        ("en", "out of the 3 things i ordered together the lamp is missing", MISSING),
        ("en", "the parcel came but only the socks, not the scarf", MISSING),
        ("ru", "в заказе было 3 футболки, а внутри две", MISSING),
        ("ru", "заказ закрыт, а чехла из него нет, пришло только стекло", MISSING),
        # look-alikes: as many as sent, the box alone, no problem, a state
        ("en", "he sent all 3, the bag had 3", NO_MISSING),
        ("en", "the parcel came but only the box, not the item", NO_MISSING),
        ("en", "my order: the lamp and the cable. no problems so far", NO_MISSING),
        ("en", "dispute open for one of the 4 cups in my order, it came chipped", NO_MISSING),
        ("en", "everything came but one of the 3 shirts is the wrong colour", NO_MISSING),
        ("en", "2 items in my order, got 2 items, but one is a different product", NO_MISSING),
        ("ru", "заказ закрыт, денег из него нет", NO_MISSING),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_goods_kinds_of_the_twenty_fifth_pass(lang: str, text: str, want: Want) -> None:
    """A buyer tells what came of the goods and the order's items: the value said, never another
    one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
