"""The goods, several items and missing items on the newest writers' text (twenty-fourth pass A):
nothing of the order shipped or come (the whole order is the tracking's, no item of it missing);
"not missing anything"; a count come then told in its own state; a thing missing from an order
told by its count of items or "in the same order"; a thing the seller forgot to put in; the order
told as two things or by the count of its things; a thing called dead before its name; a fault
that comes back; another product told with the order after it; a size or colour against the one
ordered; the listing or the seller's size chart against the thing; one thing ordered and another
come with words between; and the look-alikes that must stay silent. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as

MISSING: Want = {"several_items": "yes", "items_missing": "yes"}
NO_MISSING: Want = {"items_missing": None}
SEVERAL: Want = {"several_items": "yes", "items_missing": None}
NOT_SEVERAL: Want = {"several_items": None, "items_missing": None}


def problem(value: str | None) -> Want:
    """The problem with the goods (None: no problem may be read)."""
    return {"problem": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "nothing of the order shipped or come: no item missing": (
        ("en", "two things in my order and neither has come yet, what now", SEVERAL),
        ("en", "3 items in one order, none of them have arrived, the second one is in transit",
         SEVERAL),
        ("en", "order with 2 items: seller sent nothing, says the other item is coming from "
         "a warehouse",
         NO_MISSING),
        ("en", "4 items in one order and nothing has arrived, the rest never did either",
         NO_MISSING),
        ("en", "i am not missing anything, both lamps came, one has a dent", NO_MISSING),
        ("ru", "в заказе три позиции, ничего не пришло, вторая где-то едет", SEVERAL),
        ("ru", "в заказе две вещи, продавец не отправил ни одну, пишет что одна будет позже",
         SEVERAL),
        ("ru", "заказ из четырёх позиций, не дошло совсем ничего, а трек стоит", SEVERAL),
        ("ru", "две позиции в заказе, ни одна не пришла, второй трек пустой", SEVERAL),
        # look-alikes: some of the order come, "nothing else", a thing come after
        ("en", "nothing else has arrived, the mug came but the saucer never did, one order",
         MISSING),
        ("en", "nothing arrived for weeks, then the cup came but the saucer never did, one order",
         MISSING),
        ("ru", "в заказе две вещи, ничего не пришло кроме чехла, стекла нет", MISSING),
        ("ru", "заказ из трёх позиций, ничего не приходило, потом пришла только лампа", MISSING),
    ),
    "a count come, then told in its own state: no count come short": (
        ("ru", "три лампы в заказе пришли, одна не горит", NO_MISSING),
        ("ru", "две кружки в заказе пришли, одна не закрывается", NO_MISSING),
        ("ru", "4 зарядки в заказе пришли, одна не заряжает", NO_MISSING),
        # look-alikes: one of them come, the count short
        ("ru", "три лампы в заказе, пришла одна", MISSING),
        ("ru", "две кружки в заказе, пришла одна, вторая не пришла", MISSING),
    ),
    "a thing of the order not come, told by its order": (
        ("en", "the socks from my 3 item order never came", MISSING),
        ("en", "the charger from my two piece order never arrived", MISSING),
        ("en", "the case came but the 9.99 strap in the same order never did", MISSING),
        ("en", "the jacket arrived but the belt in that order never did", MISSING),
        # look-alikes: the money, the tracking from the order
        ("en", "the refund from my order never came", NOT_SEVERAL),
        ("en", "my order from the same seller never came", NOT_SEVERAL),
    ),
    "the order sent in parts, one come and another still away: item missing": (
        ("en", "order got split, the mat arrived yesterday, the blocks are still at the depot",
         MISSING),
        ("en", "came split in 2 packages, the first one came with the hat, the one with the gloves "
         "has not moved for a week", MISSING),
        ("en", "the first box of my order arrived with the plates, the 2nd is still in transit",
         MISSING),
        # look-alikes: both come, the tracking, a fault of one
        ("en", "split in 2 parcels, both arrived, the lamp is still not working", NO_MISSING),
        ("en", "the order was split, the first arrived, the tracking is still at the depot",
         NO_MISSING),
    ),
    "a thing the seller forgot to put in, beside an order of several": (
        ("ru", "в заказе было две вещи, чехол продавец забыл положить, стекло пришло", MISSING),
        ("ru", "заказ из трёх позиций, шапку они забыли вложить, остальное на месте", MISSING),
        ("ru", "в заказе 2 вещи, забыли положить носки", MISSING),
        # look-alikes: a part of one product, one thing only
        ("ru", "в заказе две вещи, забыли положить винты к полке", NO_MISSING),
        ("ru", "в заказе две вещи, продавец забыл положить инструкцию", NO_MISSING),
        ("ru", "чехол продавец забыл положить", NOT_SEVERAL),
    ),
    "the order told as its things or by their count: several items": (
        ("en", "my order is a tent and a sleeping mat, when will it ship", SEVERAL),
        ("en", "the order had a kettle and two cups, all fine", SEVERAL),
        ("en", "my order has a rod, a reel and a net", SEVERAL),
        ("en", "my order of a tv stand and a lamp is late", SEVERAL),
        ("en", "my order has 9 different sticker packs, do i confirm each?", SEVERAL),
        ("en", "the order had 3 mugs and they are fine", SEVERAL),
        ("ru", "в заказе 14 позиций, всё на месте", SEVERAL),
        ("ru", "в этом заказе было шесть тарелок", SEVERAL),
        ("ru", "заказ: три удлинителя, когда отправят?", SEVERAL),
        # look-alikes: days, money, a mess, a problem, a gift
        ("en", "my order is 3 days late", NOT_SEVERAL),
        ("en", "my order was 25 dollars", NOT_SEVERAL),
        ("en", "my order is a mess and a half", NOT_SEVERAL),
        ("en", "the order was a gift for my niece", NOT_SEVERAL),
        ("en", "my order has 2 problems", NOT_SEVERAL),
        ("ru", "заказ два дня назад отправили", NOT_SEVERAL),
        ("ru", "хочу отменить заказ два пять ноль один, он не отправлен", NOT_SEVERAL),
        ("ru", "в заказе 500 рублей скидки", NOT_SEVERAL),
        ("ru", "в заказе 3 дня ничего не меняется", NOT_SEVERAL),
        ("ru", "линзы пришли -2.5, а я заказывал -3.5", NOT_SEVERAL),
        ("ru", "в пакете одна шапка, а заказывала три", {"several_items": "yes"}),
    ),
    "a thing called dead before its name, a fault that comes back: defective": (
        ("en", "dispute open for a dead hair clipper", problem("defective")),
        ("en", "got a dead wireless mouse, what do i pick as reason", problem("defective")),
        ("en", "the replacement is also dead, same as the first one", problem("defective")),
        ("en", "the headset cuts out every few seconds", problem("defective")),
        ("en", "the router keeps restarting", problem("defective")),
        ("en", "the camera shuts off after a minute", problem("defective")),
        ("en", "the speaker drops the connection every 5 minutes", problem("defective")),
        # look-alikes: the tracking, the number, a dead end, the chat
        ("en", "it's a dead tracking number, nothing shows", problem(None)),
        ("en", "this is a dead end with the seller", problem(None)),
        ("en", "the seller chat cuts out every time i write", problem(None)),
        ("en", "the tracking restarts every time i refresh", problem(None)),
    ),
    "another product than the one ordered, told with the order after it: wrong": (
        ("en", "they sent a toy car, i ordered a desk lamp", problem("wrong")),
        ("en", "he sent me a pack of pencils and i ordered a keyboard", problem("wrong")),
        ("en", "got a green plastic bowl instead of the steel water bottle", problem("wrong")),
        ("en", "it's a cheap bracelet, i ordered a watch", problem("wrong")),
        # look-alikes: the same thing in another colour or size, money, a message
        ("en", "they sent a blue mug, i ordered a white mug", problem("wrong_size")),
        ("en", "they sent a red one instead of the black one", problem("wrong_size")),
        ("en", "they sent a medium, i ordered a large", {"problem": None}),
        ("en", "got a refund instead of a replacement", problem(None)),
        ("en", "they sent me a message instead of the parcel", problem(None)),
    ),
    "a size or colour against the one ordered: wrong size": (
        ("en", "the bracelet is nice but size 6 and i ordered 8", problem("wrong_size")),
        ("en", "the ring came in size 10 but i ordered 12", problem("wrong_size")),
        ("en", "ordered the lamp in black, got the lamp in white", problem("wrong_size")),
        ("en", "it's the pink one and i paid for grey", problem("wrong_size")),
        ("en", "all 3 pairs came, but two are kids sizes", problem("wrong_size")),
        ("ru", "кольцо заказывал 18 размера, пришло 16", problem("wrong_size")),
        ("ru", "у меня M, а прислали XL", problem("wrong_size")),
        ("ru", "заказывала 40, а пришёл 38 размер", problem("wrong_size")),
        # look-alikes: a size the same, a count, days
        ("en", "size 8 and i ordered 8, fits fine", problem(None)),
        ("ru", "заказывала 40, пришёл 40", problem(None)),
        ("ru", "заказал 12 штук, пришло 10", problem(None)),
        ("ru", "заказывал 10 дней назад, пришло 2 посылки", problem(None)),
    ),
    "the listing or the seller's size chart against the thing: not as described": (
        ("en", "the coat is much tighter than their own size chart", problem("not_as_described")),
        ("en", "way shorter than the size guide, the listing lies", problem("not_as_described")),
        ("ru", "описание врёт, никакой это не металл", problem("not_as_described")),
        ("ru", "по их же размерной сетке должен быть 50, а по факту 46",
         problem("not_as_described")),
        ("ru", "брюки на размер больше, хотя брала по их таблице размеров",
         problem("not_as_described")),
        # look-alikes: the chart matches, a wish
        ("ru", "по таблице размеров всё совпадает, подошло", problem(None)),
        ("en", "is the size chart accurate?", problem(None)),
    ),
    "one thing ordered, another come, with words between: wrong": (
        ("ru", "заказывала по скидке чайник, пришёл утюг", problem("wrong")),
        ("ru", "купила куртку за 3000 рублей, прислали рюкзак", problem("wrong")),
        ("ru", "заказал мышь, пришла клавиатура", problem("wrong")),
        # look-alikes: the same thing, its state, the parcel, the payment, items of an order
        ("ru", "заказал чехол, пришёл чехол, всё хорошо", problem(None)),
        ("ru", "заказала платье, пришло мятое", problem("damaged")),
        ("ru", "заказала куртку, пришла через месяц", problem(None)),
        ("ru", "заказывал с этого магазина зимой, пришло нормально", problem(None)),
        ("ru", "оплатил через сбп, пришли перчатки", problem(None)),
        ("ru", "брала вместе с лампой, лампа пришла, а набора нет", problem(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_goods_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells what came of the goods and the order's items: the value said, never another
    one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
