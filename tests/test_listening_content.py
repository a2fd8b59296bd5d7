"""Answer screens are complete and short; the content errors found in review stay fixed."""

from __future__ import annotations

import pytest

from bot.i18n import _, use_language
from flows import engine
from tests.support.chat import Chat

LIMIT = 1200


def answers() -> list[engine.Screen]:
    """The guides' answer screens: every guide screen that asks nothing and takes no input."""
    return [s for name, s in engine.SCREENS.items()
            if engine.has_back(name) and s.asks is None]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_answer_fits_in_about_1200_characters(lang: str) -> None:
    with use_language(lang):
        long = {s.name: n for s in answers()
                if (n := len("\n\n".join(_(p) for p in s.text))) > LIMIT}
    assert not long


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
