"""An edited message is not the user's next step: the bot says so and the dialogue stays put."""

from __future__ import annotations

from telegram import Update

from tests.support.chat import Chat


async def test_editing_an_old_message_changes_nothing(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    before = chat.texts()
    typed = chat.emu.user_sends(chat.user_id, "/start")  # an old message the user will edit
    edited = chat.emu.user_edits(chat.user_id, typed["message"]["message_id"], "/cancel")
    await chat.app.process_update(Update.de_json(edited, chat.app.bot))
    assert chat.last_text() == ("I don't read edited messages. "
                                "Please send what you meant as a new message.")
    assert chat.texts()[:-1] == before  # nothing else was sent
    await chat.click("Awaiting shipment")  # the dialogue is where it was
    assert "seller has to confirm" in chat.transcript()


async def test_the_note_comes_in_the_users_language(ru: Chat) -> None:
    await ru.send("/start")
    typed = ru.emu.user_sends(ru.user_id, "привет", language_code="ru")
    edited = ru.emu.user_edits(ru.user_id, typed["message"]["message_id"], "пока")
    await ru.app.process_update(Update.de_json(edited, ru.app.bot))
    assert ru.last_text().startswith("Исправленные сообщения я не читаю")
