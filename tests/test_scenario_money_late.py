"""The "refund approved, no money yet" scenario, walked as a user would, in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from flows.engine import machine as engine
from tests.support.chat import Chat
from tests.support.claims import OUTDATED_RULE, claims_in

ENTRY = {"en": "Refund approved, no money yet", "ru": "Возврат одобрен, а денег нет"}

# (language, buttons pressed after opening the flow, texts the final advice must contain)
PATHS = [
    ("en", ["Bank card", "Under 10"],
     ["10 business days", "up to 20 business days", "original purchase", "even if you have "
      "removed the card", "at most what you paid", "What to do now:"]),
    ("en", ["Bank card", "10–20"],
     ["original purchase date", "Alipay", "refund setting",
      "order number (and the dispute number, if you had a dispute)", "reference number",
      "What to do now:"]),
    ("en", ["Bank card", "Over 20"],
     ["20 business days", "support", "Contact your bank", "trace", "What to do now:"]),
    ("en", ["AliExpress balance"],
     ["1 business day", "can't be withdrawn", "only spend it", "What to do now:"]),
    ("en", ["E-wallet", "Under 10"],
     ["same wallet", "10 business days", "YooMoney", "can't be withdrawn", "What to do now:"]),
    ("en", ["Western Union", "Under 10"],
     ["Western Union", "10 business days", "where and how the refund was paid", "What to do now:"]),
    ("en", ["E-wallet", "10–20"], ["original purchase date", "support"]),
    ("en", ["Bank card", "Under 10", "expired"],
     ["bank account behind that card", "reissued card", "passport", "What to do now:"]),
    ("en", ["Bank card", "Over 20", "licence"],
     ["already been sent", "Don't count on it", "liquidator", "asv.org.ru", "What to do now:"]),
    ("ru", ["Банковская карта", "Меньше 10"],
     ["10 рабочих дней", "до 20 рабочих дней", "датой исходной покупки", "Что сделать сейчас:"]),
    ("ru", ["Банковская карта", "10–20"],
     ["даты покупки", "Alipay", "номер заказа (и номер спора, если он был)",
      "Что сделать сейчас:"]),
    ("ru", ["Банковская карта", "Больше 20"],
     ["20 рабочих дней", "поддержку AliExpress", "банк", "Что сделать сейчас:"]),
    ("ru", ["Баланс AliExpress"],
     ["1 рабочего дня", "нельзя вывести", "Что сделать сейчас:"]),
    ("ru", ["Электронный кошелёк", "Меньше 10"],
     ["тот же кошелёк", "ЮMoney", "Что сделать сейчас:"]),
    ("ru", ["Western Union", "Меньше 10"], ["Western Union", "Что сделать сейчас:"]),
    ("ru", ["Банковская карта", "Меньше 10", "Карта истекла"],
     ["Перевыпущенная", "по паспорту", "Что сделать сейчас:"]),
    ("ru", ["Банковская карта", "Больше 20", "лицензию"],
     ["Не рассчитывайте", "asv.org.ru", "ликвидатора", "Что сделать сейчас:"]),
]


async def opened(chat_with: Callable[..., Chat], lang: str) -> Chat:
    """A user in `lang` who has opened the scenario from the menu."""
    user = chat_with(user_id=3001, language_code=lang)
    await user.send("/start")
    await user.click(ENTRY[lang])
    return user


@pytest.mark.parametrize(("lang", "clicks", "expected"), PATHS,
                         ids=[f"{p[0]}-{'-'.join(p[1])}" for p in PATHS])
async def test_path_gives_the_right_advice(chat_with: Callable[..., Chat], lang: str,
                                           clicks: list[str], expected: list[str]) -> None:
    user = await opened(chat_with, lang)
    for label in clicks:
        await user.click(label)
    text = user.last_text()
    for fact in expected:
        assert fact in text, (fact, text)
    assert claims_in(user.transcript(), also=OUTDATED_RULE) == []
    assert ("⬅️ Main menu" if lang == "en" else "⬅️ Главное меню") in user.buttons()


async def test_entry_asks_how_they_paid(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Refund approved")
    assert "first day" in chat.last_text()
    assert chat.buttons()[:5] == ["💳 Bank card", "AliExpress balance / Alipay", "E-wallet",
                                  "Western Union, bank transfer, other", "Not sure"]


async def test_not_sure_how_they_paid_explains_the_payment_section(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Refund approved")
    await chat.click("Not sure")
    text = chat.last_text()
    assert '"Payment"' in text and "last digits" in text
    assert "1 business day" in text and "about 10 business days" in text
    assert chat.buttons()[:4] == ["💳 Bank card", "AliExpress balance / Alipay", "E-wallet",
                                  "Western Union, bank transfer, other"]
    await chat.click("E-wallet")
    assert "business days have passed" in chat.last_text()


async def test_days_question_and_its_not_sure(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Refund approved")
    await chat.click("E-wallet")
    assert "weekends and holidays don't count" in chat.last_text()
    assert chat.buttons()[:4] == ["Under 10 business days", "10–20 business days",
                                  "Over 20 business days", "Not sure"]
    await chat.click("Not sure")
    assert "two weeks" in chat.last_text()
    assert "clock starts only when it is approved" in chat.last_text()
    await chat.click("Under 10")
    assert "same wallet" in chat.last_text()  # the payment method is remembered


async def test_balance_refund_that_went_to_the_card(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Refund approved")
    await chat.click("AliExpress balance")
    await chat.click("It went to my card")
    await chat.click("Under 10")
    assert "Card refunds usually arrive within about 10 business days" in chat.last_text()


async def test_check_step_leads_on_to_the_bank(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Refund approved")
    await chat.click("Bank card")
    await chat.click("10–20")
    await chat.click("Over 20")
    assert "trace the incoming refund" in chat.last_text()


async def test_russian_not_sure_path(chat_with: Callable[..., Chat]) -> None:
    ru = chat_with(user_id=3100, language_code="ru")
    await ru.send("/start")
    await ru.click("Возврат одобрен")
    await ru.click("Не знаю")
    assert "«Платёж»" in ru.last_text()
    await ru.click("Банковская карта")
    await ru.click("Не знаю")
    assert "две недели" in ru.last_text()
    assert "Меньше 10 рабочих дней" in ru.buttons()


def test_bankrupt_bank_never_promises_a_change_of_details() -> None:
    text = " ".join(engine.SCREENS["moneylate_bank_closed"].text)
    assert "can't be cancelled" in text and "Don't count on it" in text
    assert "will be changed" not in text and "can be changed" not in text


def test_every_question_has_a_not_sure_that_leads_to_choices() -> None:
    for name in ("moneylate_method", "moneylate_days"):
        unsure = [c for c in engine.SCREENS[name].choices if c.label == "Not sure"]
        assert len(unsure) == 1, name
        dest = engine.SCREENS[unsure[0].dest]
        assert len([c for c in dest.choices if not c.hidden]) >= 3, dest.name


@pytest.mark.parametrize(("paid", "dest"), [("card", "moneylate_card_wait"),
                                            ("wallet", "moneylate_wallet_wait"),
                                            ("other", "moneylate_other_wait"),
                                            (None, "moneylate_card_wait")])
def test_under_ten_days_depends_on_the_payment_method(paid: str | None, dest: str) -> None:
    facts = {"moneylate_paid": paid} if paid else {}
    for screen in ("moneylate_days", "moneylate_days_unsure"):
        step = engine.advance(screen, "lt10", facts)
        assert step is not None and step.state == dest


def test_a_dispute_still_open_leads_to_the_dispute_scenario() -> None:
    step = engine.advance("moneylate_days_unsure", "stillopen", {})
    assert step is not None and step.state == "dispute_stage"


@pytest.mark.parametrize(("typed", "reached", "bucket"), [
    ("The refund was approved 12 business days ago and my card still shows nothing",
     "Contact AliExpress support", "10–20 business days"),
    ("refund approved 30 working days ago, still nothing on my visa",
     "Contact your bank", "Over 20 business days"),
    ("the refund was approved a week ago but the money is not on my card",
     "10 business days", "Under 10 business days"),
])
async def test_business_days_typed_are_not_asked_again(chat: Chat, typed: str, reached: str,
                                                       bucket: str) -> None:
    await chat.send("/start")
    await chat.send(typed)
    answer = chat.last_text()
    assert "How many business days have passed" not in answer
    assert f'"{bucket}"' in answer and reached in answer
    assert f'✏️ Change "{bucket}"' in chat.buttons()


async def test_russian_business_days_typed_are_not_asked_again(ru: Chat) -> None:
    await ru.send("/start")
    await ru.send("Возврат одобрили месяц назад, а на карте Сбера до сих пор пусто")
    answer = ru.last_text()
    assert "Сколько рабочих дней прошло" not in answer
    assert "«Больше 20 рабочих дней»" in answer and "банк" in answer


async def test_a_closed_bank_wins_over_the_days_typed(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("refund approved 25 business days ago to my card but my bank lost its licence")
    assert "How many business days have passed" not in chat.last_text()
    assert "licence" in chat.last_text()
    assert '✏️ Change "Over 20 business days"' not in chat.buttons()


async def test_the_buyers_correction_of_the_days_wins(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("The refund was approved 12 business days ago, nothing on my card")
    await chat.click('✏️ Change "10–20 business days"')
    assert "How many business days have passed" in chat.last_text()
    await chat.click("Over 20 business days")
    assert "Contact your bank" in chat.last_text()
