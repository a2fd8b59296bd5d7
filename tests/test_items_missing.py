"""Some items of an order of several missing (`items_missing`): read from the buyer's words, in
our own messages with look-alikes that must stay silent (a part missing from one box, the whole
order not come, a fear, a cancellation of one item), and answered: missing items get the
missing-items answer, one missing and one faulty the two-disputes answer, each correctable."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.chat import Chat
from tests.support.fact_rows import kind_rows, read_as


def items(missing: str | None, several: str | None = "yes") -> dict[str, str | None]:
    """Whether some whole items are missing, and whether the order has several."""
    return {"items_missing": missing, "several_items": several}


CASES = {
    "counted: 'ordered 3, got 2', «пришло 2 из 3»": (
        ("en", "ordered 4 phone cases, only 3 came", items("yes")),
        ("en", "2 out of 5 items arrived, the order says delivered", items("yes")),
        ("en", "got 2 of the 3 mugs i ordered", items("yes")),
        ("en", "bought 6 pairs of socks in one order and received 4", items("yes")),
        ("ru", "заказала 5 резинок, пришло только 3", items("yes")),
        ("ru", "из четырёх кружек дошли две", items("yes")),
        ("ru", "получил 2 из 3 чехлов, заказ завершён", items("yes")),
        ("ru", "в одном заказе 6 пар носков, пришло 4", items("yes")),
    ),
    "one of them: 'one of the items never came', «одного товара нет»": (
        ("en", "one of the items in my order never arrived", items("yes")),
        ("en", "two of the lamps are still missing, the rest came", items("yes")),
        ("en", "the other item from the same order hasn't shown up", items("yes")),
        ("en", "the rest of my order is still missing", items("yes")),
        ("en", "my order had 4 items, 3 arrived, the 4th never came", items("yes")),
        ("en", "two lamps in one order; the second one hasn't arrived", items("yes")),
        ("ru", "один из товаров так и не пришёл", items("yes")),
        ("ru", "одного товара в посылке нет", items("yes")),
        ("ru", "второй товар из заказа не пришёл", items("yes")),
        ("ru", "недостающую позицию продавец обещает дослать", items("yes")),
    ),
    "part of the order: 'half my order never came', «пришла только часть заказа»": (
        ("en", "not all the items came, only half of my order", items("yes")),
        ("en", "the order arrived incomplete", items("yes")),
        ("ru", "пришла только часть заказа", items("yes")),
        ("ru", "половины заказа нет", items("yes")),
    ),
    "named items of one order: 'the lamp came, the cable never did'": (
        ("en", "one order with a lamp and a cable: the lamp came but the cable never did",
         items("yes")),
        ("en", "ordered a hat and gloves in one order, only the hat came", items("yes")),
        ("ru", "в одном заказе сумка и кошелёк, сумка пришла, а кошелька нет", items("yes")),
        ("ru", "брала ботинки и шнурки одним заказом, шнурки так и не пришли", items("yes")),
    ),
    "silent: a part missing from one box, the whole order, a fear, a cancellation": (
        ("en", "the phone came but the charger is missing from the box", items(None, None)),
        ("en", "my order hasn't arrived at all, tracking stuck 20 days", items(None, None)),
        ("en", "what happens if one of the items doesn't come?", {"items_missing": None}),
        ("en", "can i cancel just one of the 3 items in my order?", items(None)),
        ("en", "all three items arrived, but one is broken", items(None)),
        ("en", "got 2 red ones instead of a red and a black in one order", items(None)),
        ("ru", "полка пришла, а крепежа нет", items(None, None)),
        ("ru", "что будет, если одна вещь из заказа не придёт?", items(None)),
        ("ru", "все три товара пришли, один разбит", items(None)),
        ("ru", "посылка не пришла, трек стоит 3 недели", items(None, None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_fact(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer says some items did not come, in our own words; the look-alikes stay silent."""
    assert read_as(text, lang, want) == want, text


async def test_items_missing_get_the_missing_items_answer(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("I ordered 3 phone cases in one order, only 2 came")
    shown = chat.screen()
    assert "You said what's wrong: \"Some items haven't arrived\"" in shown
    assert "one per missing item" in shown
    assert "✏️ Change \"Some items haven't arrived\"" in chat.buttons()


async def test_one_missing_and_one_broken_get_two_disputes(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("Two items in one order: the lamp arrived broken and the cable never came.")
    shown = chat.screen()
    assert "Two problems in one order mean two disputes" in shown
    assert "\"not received\"" in shown and "\"Return & refund\"" in shown


async def test_a_wrong_reading_is_corrected_with_one_tap(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("ordered 4 phone cases, only 3 came")
    await chat.click("✏️ Change \"Some items haven't arrived\"")
    assert chat.last_text().endswith("What's wrong with your order of several items?")
    await chat.click("Some items are faulty or wrong")
    assert "one dispute per faulty or wrong item" in chat.screen()


async def test_faulty_items_alone_still_get_the_faulty_answer(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("3 glasses in one order, all came, 2 of them cracked")
    assert "one dispute per faulty or wrong item" in chat.screen()


async def test_russian_one_missing_one_faulty(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=5016, language_code="ru")
    await ru.send("/start")
    await ru.send("в одном заказе лампа и кабель: лампа пришла разбитая, а кабеля нет")
    shown = ru.screen()
    assert "Вы описали проблему: «Один товар не пришёл, другой неисправен»" in shown
    assert "два спора" in shown
