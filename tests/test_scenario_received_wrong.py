"""The "item arrived faulty or wrong" scenario (wrongitem), walked in English and Russian."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.i18n import _, use_language
from flows.engine import machine as engine
from flows.languages import LANGUAGES
from tests.support.chat import Chat
from tests.support.claims import forbidden_in

TITLE = "Item arrived faulty or wrong"
FLOWS = ("wrongitem", "dispute", "disputelost")
# These screens never mention the outdated 45-day figure at all, not even as outdated.
NO_45_DAYS = ("45 days", "45 дней")


def my_screens() -> list[engine.Screen]:
    """Every screen of writer B's three flows."""
    return [s for f in engine.FLOWS if f.name in FLOWS for s in f.screens]


async def open_flow(chat: Chat, *clicks: str) -> None:
    """From /start, open the wrongitem flow and press the given buttons in order."""
    await chat.walk(TITLE, *clicks)


@pytest.mark.parametrize(
    ("button", "facts"),
    [
        ("Defective", ("video that shows the fault", "serial-number label")),
        ("Arrived damaged", ("before and after opening", "close-ups of every damaged spot")),
        ("Not as described", ("ruler or tape visible", "listing promised")),
        ("Wrong item", ("order details with the size, colour", "seller's mistake")),
        ("Parts or pieces missing", ("laid out and counted", "partial refund")),
        ("Counterfeit", ('"original"', "serial number")),
    ],
)
async def test_each_problem_gives_evidence_and_a_dispute_text(
    chat: Chat, button: str, facts: tuple[str, ...]
) -> None:
    await open_flow(chat, button)
    advice, seller = chat.texts()[-2], chat.last_text()
    for fact in facts:
        assert fact in advice
    assert "store usually pays the return shipping" in advice
    assert '"Open dispute" or "Return/refund request"' in advice
    assert "Don't confirm receipt" in advice
    assert "What to do now:" in advice
    assert seller.startswith("Order No. [ORDER NUMBER].")
    assert "partial refund of [AMOUNT AND CURRENCY]; I keep the item" in seller
    assert "full refund; I send the item back" in seller
    assert chat.buttons()[-7:] == ["📋 Evidence checklist", "Refund only or return?",
                                   "How to open the dispute", "👍 This helped",
                                   "👎 This didn't help", "↩️ Back", "⬅️ Main menu"]
    await chat.click("Evidence checklist")
    assert "screenshot of the listing" in chat.last_text()


async def test_buyers_remorse_is_not_a_not_as_described_case(chat: Chat) -> None:
    await open_flow(chat, "I just don't want it")
    advice = chat.texts()[-2]
    assert "a dispute is unlikely to succeed" in advice
    assert "you will probably pay the return shipping" in advice
    assert '"Free Return"' in advice and "15 days" in advice
    assert "the seller decides" in advice
    assert "I will pay the return shipping" in chat.last_text()


@pytest.mark.parametrize(
    ("problem", "escape"),
    [("Wrong item", "I ordered the wrong size myself"),
     ("Not as described", "Maybe I misread the listing")],
)
async def test_own_mistake_leads_to_the_change_of_mind_advice(
    chat: Chat, problem: str, escape: str
) -> None:
    await open_flow(chat, problem, escape)
    assert "a dispute is unlikely to succeed" in chat.texts()[-2]
    await chat.click("The seller sent another size")
    assert "seller's mistake" in chat.texts()[-2]


async def test_keep_it_asks_for_an_amount_capped_at_what_was_paid(chat: Chat) -> None:
    await open_flow(chat, "Defective", "Refund only or return?", "Keep it, partial refund")
    text = chat.last_text()
    assert '"Refund only"' in text
    assert "At most what you paid for the item" in text
    assert "No compensation on top" in text
    assert "A coupon isn't cash" in text
    await chat.click("The seller offered less")
    assert "Thank you for your offer" in chat.last_text()


async def test_send_it_back_waits_for_the_address_in_the_dispute(chat: Chat) -> None:
    await open_flow(chat, "Arrived damaged", "Refund only or return?", "Send it back")
    text = chat.last_text()
    assert '"Return & refund"' in text
    assert "Don't post anything until the return is agreed in the dispute" in text
    assert "tracked service" in text
    assert "store usually pays" in text


async def test_not_sure_which_refund_gives_a_rule_of_thumb(chat: Chat) -> None:
    await open_flow(chat, "pieces missing", "Refund only or return?", "Not sure")
    assert "rule of thumb" in chat.last_text()
    assert chat.buttons() == ["Keep it, partial refund", "Send it back, full refund",
                              "↩️ Back", "⬅️ Main menu"]


async def test_not_sure_what_is_wrong_explains_and_asks_again(chat: Chat) -> None:
    await open_flow(chat, "Not sure")
    text = chat.last_text()
    assert "point by point" in text and "sellers sometimes edit it" in text
    assert "Not sure" not in chat.buttons()
    assert "Defective or doesn't work" in chat.buttons()
    await chat.click("Counterfeit")
    assert "Counterfeit:" in chat.texts()[-2]


async def test_problem_screen_leads_to_opening_the_dispute(chat: Chat) -> None:
    await open_flow(chat, "Defective", "How to open the dispute")
    assert '"Open dispute"' in chat.texts()[-2]


async def test_russian_walkthrough(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3101, language_code="ru")
    await ru.send("/start")
    await ru.click("Товар пришёл с браком или не тот")
    await ru.click("Брак или не работает")
    advice = ru.texts()[-2]
    assert "Доказательства брака" in advice
    assert "«Открыть спор»" in advice and "«Вернуть деньги»" in advice
    assert "Что сделать сейчас:" in advice
    assert ru.last_text().startswith("Order No. [ORDER NUMBER].")  # seller text stays English
    await ru.click("Только деньги или с возвратом товара?")
    await ru.click("Оставить себе, частичный возврат")
    assert "«Только возврат денег»" in ru.last_text()
    assert "Никаких компенсаций сверху" in ru.last_text()


async def test_russian_buyers_remorse(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3102, language_code="ru")
    await ru.send("/start")
    await ru.click("Товар пришёл с браком или не тот")
    await ru.click("Прислали не тот товар")
    assert "«Не тот размер выбран мной»" in ru.texts()[-2]
    await ru.click("Не тот размер выбран мной")
    advice = ru.texts()[-2]
    assert "спор вряд ли получится выиграть" in advice
    assert "«Бесплатный возврат»" in advice and "15 дней" in advice


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_forbidden_claims_on_any_screen(lang: str) -> None:
    with use_language(lang):
        for screen in my_screens():
            text = "\n".join(_(p) for p in screen.text) + (screen.seller_text or "")
            assert forbidden_in(text, lang, also=NO_45_DAYS) == [], screen.name


def test_every_advice_screen_ends_with_what_to_do_now() -> None:
    for screen in my_screens():
        if not any(c.label == "Not sure" for c in screen.choices) and not screen.name.endswith(
                ("_unsure", "_choose")):
            assert screen.text[-1].startswith("What to do now:"), screen.name
            with use_language("ru"):
                assert _(screen.text[-1]).startswith("Что сделать сейчас:"), screen.name


def test_every_not_sure_leads_to_a_screen_with_the_choices_again() -> None:
    for screen in my_screens():
        for choice in screen.choices:
            if choice.label == "Not sure":
                target = engine.SCREENS[choice.dest]
                others = {c.trigger for c in screen.choices} - {choice.trigger}
                assert others <= {c.trigger for c in target.choices}, screen.name
                assert all(c.label != "Not sure" for c in target.choices), screen.name


def test_every_screen_is_short_enough_for_a_phone() -> None:
    for lang in LANGUAGES:
        with use_language(lang):
            for screen in my_screens():
                assert len("\n\n".join(_(p) for p in screen.text)) < 1500, (lang, screen.name)
