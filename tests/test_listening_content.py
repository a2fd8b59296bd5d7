"""Answer screens are complete and short; the content errors found in review stay fixed."""

from __future__ import annotations

import pytest

from bot.dialogue.service import seller_gloss
from bot.i18n import _, use_language
from flows.engine import machine as engine
from flows.languages import LANGUAGES
from flows.scenarios.seller_glosses import GLOSSES
from tests.support.chat import Chat

LIMIT = 1200


def answers() -> list[engine.Screen]:
    """The guides' answer screens: every guide screen that asks nothing and takes no input."""
    return [s for name, s in engine.SCREENS.items()
            if engine.has_back(name) and s.asks is None]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_answer_fits_in_about_1200_characters(lang: str) -> None:
    with use_language(lang):
        long = {s.name: n for s in answers()
                if (n := len("\n\n".join([*(_(p) for p in s.text),
                                           seller_gloss(s.seller_text) or ""]))) > LIMIT}
    assert not long


def test_every_seller_text_has_a_gloss_in_the_buyers_language() -> None:
    sent = {s.seller_text for s in engine.SCREENS.values() if s.seller_text}
    assert sent <= set(GLOSSES)
    with use_language("ru"):
        assert seller_gloss(engine.SCREENS["notreceived_extend"].seller_text) == (
            "✉️ Ниже — сообщение продавцу на английском: просьба продлить защиту покупателя, "
            "чтобы можно было дождаться посылки.")


async def test_the_gloss_stands_above_the_seller_text(ru: Chat) -> None:
    await ru.walk("Товар не пришёл", "Движется", "Несколько дней")
    advice, seller = ru.texts()[-2], ru.last_text()
    assert advice.endswith("чтобы можно было дождаться посылки.")
    assert seller.startswith("Hello!")


def test_answers_are_many_and_the_questions_are_not_among_them() -> None:
    names = {s.name for s in answers()}
    assert len(names) > 40
    assert "notreceived_time" not in names and "notreceived_urgent" in names


async def test_a_few_days_left_while_moving_never_claims_a_dead_tracking(chat: Chat) -> None:
    await chat.walk("Item not received", "Moving", "A few days", "Open a dispute instead")
    seen = chat.transcript()
    assert "few days of protection left" in seen
    assert "more than 15 days" not in seen


async def test_protection_ended_offers_the_bank_like_a_lost_dispute(chat: Chat) -> None:
    await chat.walk("Item not received", "Moving", "Already ended", "Yes: completed")
    assert "ask your bank" in chat.transcript()
    await chat.click("Ask my bank")
    assert "chargeback" in chat.last_text()


@pytest.mark.parametrize("path", [("E-wallet", "Under 10"), ("E-wallet", "10–20")])
async def test_a_closed_e_wallet_has_its_own_answer(chat: Chat, path: tuple[str, ...]) -> None:
    await chat.walk("Refund approved", *path, "e-wallet is closed")
    seen = chat.transcript()
    assert "check whether yours still works" in seen
    assert "QIWI" in seen


async def test_protection_exclusions_are_a_check_not_a_rule(chat: Chat) -> None:
    await chat.walk("Before buying", "How buyer protection works")
    seen = chat.transcript()
    assert "Some categories may be excluded" in seen and "check the listing" in seen
    assert "doesn't cover items you damaged yourself, custom-made" not in seen
