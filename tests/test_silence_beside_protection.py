"""A silence never takes the days that belong to buyer protection: "no updates, buyer
protection ends in 4 days" is 4 days of protection left, not 4 days without updates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from flows.understanding import understand
from tests.support.chat import Chat

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "with no updates, buyer protection ends in 4 days",
     {"protection_hours": "96"}),
    ("en", "stuck in customs for 18 days with no updates, buyer protection ends in 4 days",
     {"tracking_quiet_days": "18", "protection_hours": "96"}),
    ("en", "no news at all, protection has 3 days left", {"protection_hours": "72"}),
    ("ru", "нет обновлений, защита покупателя заканчивается через 4 дня",
     {"protection_hours": "96"}),
    ("ru", "трек молчит, до конца защиты 3 дня", {"protection_hours": "72"}),
    ("ru", "на таможне без движения 18 дней, защита закончится через 4 дня",
     {"tracking_quiet_days": "18", "protection_hours": "96"}),
])
def test_the_days_after_the_word_protection_are_protections(
        lang: str, text: str, expected: dict[str, str]) -> None:
    facts = understand(text, lang, TODAY).facts
    assert {k: facts.get(k) for k in expected} == expected
    if "tracking_quiet_days" not in expected:
        assert "tracking_quiet_days" not in facts


@pytest.mark.parametrize(("lang", "typed", "asked"), [
    ("en", "Hi, my parcel has been stuck in customs for 18 days with no updates, buyer "
           "protection ends in 4 days, what do I do?", "How much time is left?"),
    ("ru", "Здравствуйте, посылка 18 дней стоит на таможне без обновлений, защита покупателя "
           "заканчивается через 4 дня, что делать?", "Сколько времени осталось?"),
])
async def test_a_buyer_who_said_both_is_not_asked_how_much_time_is_left(
        chat_with: Callable[..., Chat], lang: str, typed: str, asked: str) -> None:
    chat = chat_with(user_id=3300 if lang == "en" else 3301, language_code=lang)
    await chat.send("/start")
    await chat.send(typed)
    assert asked not in chat.last_text()
