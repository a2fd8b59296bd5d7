"""One message per answer: what I understood, the facts used and the advice arrive together."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils

from bot.textsplit import split_text
from tests.support.chat import Chat

# (language, a situation typed as one message, what each part of the answer says)
CANCEL_SHIPPED = [
    ("en", "I want to cancel my order but it is already shipped",
     ("It sounds like this case", "You said the order is", "press ✏️ below",
      "can no longer be cancelled"), "✏️ Change"),
    ("ru", "Хочу отменить заказ, но он уже отправлен",
     ("Похоже, это случай", "Вы написали, что статус заказа", "нажмите ✏️ ниже",
      "отменить заказ уже нельзя"), "✏️ Изменить"),
]


def out_rows(db: sqlite_utils.Database, user_id: int) -> list[tuple[str, str]]:
    """The bot's logged messages to a user, oldest first."""
    return db.execute("SELECT kind, text FROM messages WHERE user_id = ? AND direction = 'out'"
                      " ORDER BY id", [user_id]).fetchall()


@pytest.mark.parametrize(("lang", "typed", "parts", "fix"), CANCEL_SHIPPED)
async def test_a_described_situation_gets_one_message(
        chat_with: Callable[..., Chat], db: sqlite_utils.Database,
        lang: str, typed: str, parts: tuple[str, ...], fix: str) -> None:
    chat = chat_with(user_id=3100 if lang == "en" else 3101, language_code=lang)
    await chat.send("/start")
    before = len(chat.texts())
    logged = len(out_rows(db, chat.user_id))
    await chat.send(typed)
    answer = chat.texts()[before:]
    assert len(answer) == 1
    positions = [answer[0].index(part) for part in parts]
    assert positions == sorted(positions)  # understood, facts, how to fix, then the advice
    assert any(label.startswith(fix) for label in chat.buttons())
    assert out_rows(db, chat.user_id)[logged:] == [("text", answer[0])]


@pytest.mark.parametrize(("lang", "typed", "parts", "fix"), CANCEL_SHIPPED)
async def test_the_correction_buttons_still_work_on_the_one_message(
        chat_with: Callable[..., Chat], lang: str, typed: str, parts: tuple[str, ...],
        fix: str) -> None:
    chat = chat_with(user_id=3200 if lang == "en" else 3201, language_code=lang)
    await chat.send("/start")
    await chat.send(typed)
    await chat.click(fix)
    assert not any(label.startswith(fix) for label in chat.buttons())
    assert parts[-1] not in chat.last_text()


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "My order is shipped but the tracking hasn't updated for 20 days, protection ends "
           "in 6 days", "You said the tracking shows"),
    ("ru", "Посылка не пришла, трек не обновляется 20 дней, защита заканчивается через 6 дней",
     "Вы написали, что показывает отслеживание"),
])
async def test_an_answer_with_a_text_for_the_seller_is_the_answer_then_the_text(
        chat_with: Callable[..., Chat], lang: str, typed: str, said: str) -> None:
    chat = chat_with(user_id=3300 if lang == "en" else 3301, language_code=lang)
    await chat.send("/start")
    before = len(chat.texts())
    await chat.send(typed)
    answer, seller = chat.texts()[before:]
    assert said in answer and "dispute" in answer.replace("спор", "dispute")
    assert seller.startswith("Hello!")  # sent apart, to be copied as it is


async def test_only_telegrams_limit_splits_an_answer(
        chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.dialogue.service.split_text",
                        lambda text: split_text(text, limit=400))
    await chat.send("/start")
    before = len(chat.texts())
    await chat.send(CANCEL_SHIPPED[0][1])
    answer = chat.texts()[before:]
    assert len(answer) > 1 and all(len(t) <= 400 for t in answer)
    assert "It sounds like this case" in answer[0]
    assert "can no longer be cancelled" in "\n\n".join(answer)
