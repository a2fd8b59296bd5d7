"""The scam-warning scenario: close the dispute, confirm early, pay outside; both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.engine import machine as engine
from flows.scenarios import scams
from tests.support.chat import Chat
from tests.support.claims import OUTDATED_RULE, claims_in

ENTRY = {"en": "Suspicious seller request", "ru": "Подозрительная просьба продавца"}

# (language, buttons pressed after opening, texts in the advice, the seller text or None)
PATHS = [
    ("en", ["Close the dispute"],
     ["Don't close the dispute", "most likely not keep the promise",
      "has no buyer protection", "inside the dispute", "penalises sellers",
      "What to do now:"], scams.KEEP_DISPUTE_OPEN),
    ("en", ["Close the dispute", "I already closed it"],
     ['"Open dispute" / "Return/refund request"', "don't count on it", "screenshots",
      "What to do now:"], None),
    ("en", ["Confirm receipt"],
     ["Don't confirm receipt", "known scam", "15 more days", '"Confirm receipt"',
      "What to do now:"], scams.CONFIRM_LATER),
    ("en", ["Confirm receipt", "I already confirmed"],
     ["Act quickly", "use it today", "screenshots", "What to do now:"], None),
    ("en", ["Pay outside"],
     ["Don't pay a seller outside AliExpress", "doesn't cover", "checkout", "What to do now:"],
     scams.PAY_INSIDE_ONLY),
    ("en", ["Pay outside", "I already paid outside"],
     ["can't refund", "disputed or recalled", "Don't send any more money", "What to do now:"],
     None),
    ("ru", ["Закрыть спор"],
     ["Не закрывайте спор", "не распространяется", "Что сделать сейчас:"],
     scams.KEEP_DISPUTE_OPEN),
    ("ru", ["Закрыть спор", "Спор уже закрыт"],
     ["«Открыть спор» / «Вернуть деньги»", "скриншоты", "Что сделать сейчас:"], None),
    ("ru", ["Подтвердить получение"],
     ["Не подтверждайте получение", "15 дней", "«Подтвердить получение»", "Что сделать сейчас:"],
     scams.CONFIRM_LATER),
    ("ru", ["Подтвердить получение", "Получение уже подтверждено"],
     ["Действуйте быстро", "Что сделать сейчас:"], None),
    ("ru", ["Заплатить мимо"],
     ["Не платите продавцу мимо AliExpress", "Что сделать сейчас:"], scams.PAY_INSIDE_ONLY),
    ("ru", ["Заплатить мимо", "Деньги уже отправлены"],
     ["оспорить или отозвать", "Что сделать сейчас:"], None),
]


@pytest.mark.parametrize(("lang", "clicks", "expected", "seller"), PATHS,
                         ids=[f"{p[0]}-{'-'.join(p[1])}" for p in PATHS])
async def test_warning_paths(chat_with: Callable[..., Chat], lang: str, clicks: list[str],
                             expected: list[str], seller: str | None) -> None:
    user = chat_with(user_id=4001, language_code=lang)
    await user.send("/start")
    await user.click(ENTRY[lang])
    for label in clicks:
        await user.click(label)
    texts = user.texts()
    advice = texts[-2] if seller else texts[-1]
    for fact in expected:
        assert fact in advice, (fact, advice)
    if seller:
        assert texts[-1] == seller  # sent apart, in English, for copying
    assert claims_in(user.transcript(), also=OUTDATED_RULE) == []


async def test_not_sure_lists_the_warning_signs(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Suspicious seller request")
    assert "money moves only through AliExpress" in chat.last_text()
    await chat.click("Not sure")
    text = chat.last_text()
    assert "PayPal" in text and "confirm receipt before" in text and "pay them directly" in text
    assert chat.buttons()[:3] == ["Close the dispute for a promise",
                                  "Confirm receipt before it arrives", "Pay outside AliExpress"]
    await chat.click("Pay outside")
    assert "Don't pay a seller outside AliExpress" in chat.texts()[-2]


async def test_russian_not_sure(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=4002, language_code="ru")
    await ru.send("/start")
    await ru.click("Подозрительная просьба продавца")
    await ru.click("Не знаю")
    assert "Отказывайтесь, если продавец просит" in ru.last_text()
    assert "⬅️ Главное меню" in ru.buttons()


@pytest.mark.parametrize("text", [scams.KEEP_DISPUTE_OPEN, scams.CONFIRM_LATER,
                                  scams.PAY_INSIDE_ONLY])
def test_seller_texts_are_firm_and_polite(text: str) -> None:
    assert text.startswith("Hello.") and text.endswith("Thank you.")
    assert "[ORDER NUMBER]" in text or "outside AliExpress" in text
    assert "paypal" not in text.lower()


def test_not_sure_leads_back_to_the_choices() -> None:
    unsure = [c for c in engine.SCREENS["scams_what"].choices if c.label == "Not sure"]
    assert len(unsure) == 1
    assert {c.trigger for c in engine.SCREENS[unsure[0].dest].choices} == {
        "close", "confirm", "payout", "phishing"}


@pytest.mark.parametrize(("state", "trigger", "dest"), [
    ("scams_closed", "open", "dispute_open"),
    ("scams_confirmed", "open", "dispute_open"),
    ("scams_close", "escalate", "dispute_escalate"),
])
def test_links_into_the_dispute_scenario(state: str, trigger: str, dest: str) -> None:
    step = engine.advance(state, trigger, {})
    assert step is not None and step.state == dest
