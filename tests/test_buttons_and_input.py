"""Stale and forged button presses, unknown text and non-text messages change nothing."""

from __future__ import annotations

import sqlite_utils

from tests.support.chat import Chat


def current_state(db: sqlite_utils.Database, user_id: int) -> tuple[str, int]:
    """The saved (state, step) of a user."""
    return db.execute("SELECT state, step FROM dialogues WHERE user_id = ?", [user_id]).fetchone()


async def test_button_from_an_earlier_step_is_refused(
    chat: Chat, db: sqlite_utils.Database
) -> None:
    await chat.send("/start")
    menu = chat.emu.messages(chat.user_id)[-1]
    old_data = menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await chat.click("Cancel a paid order")
    await chat.click("Shipped")
    before = current_state(db, chat.user_id)
    await chat.press(menu["message_id"], old_data)
    assert current_state(db, chat.user_id) == before
    # One message: the notice first, then the screen the user is on.
    notice, screen = chat.last_text().split("\n\n", 1)
    assert "That button is from an earlier step" in notice
    assert "can no longer be cancelled" in screen


async def test_forged_callback_data_changes_nothing(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    message_id = chat.emu.messages(chat.user_id)[-1]["message_id"]
    before = current_state(db, chat.user_id)
    step = before[1]
    for forged in ("garbage", f"v1:{step}:to_nowhere", f"v1:{step}:lang_xx", "v9:1:verifying",
                   f"v1:{step + 5}:verifying", "v1:-1:verifying"):
        await chat.press(message_id, forged)
        assert current_state(db, chat.user_id) == before
        assert "That button is from an earlier step" in "\n".join(chat.texts()[-3:])


async def test_every_press_is_answered(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    await chat.press(chat.emu.messages(chat.user_id)[-1]["message_id"], "forged")
    assert len(chat.emu.calls_of("answerCallbackQuery")) == 2


async def test_unknown_text_points_to_the_buttons(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    before = current_state(db, chat.user_id)
    await chat.send("qwxz plomb vrrr")
    assert "I couldn't tell what happened" in chat.last_text()
    assert "Awaiting shipment" in chat.buttons()
    assert current_state(db, chat.user_id) == before


async def test_sticker_gets_a_friendly_pointer(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send_sticker()
    assert "I can only read text and button presses" in chat.last_text()
    assert "❌ Cancel a paid order" in chat.buttons()


async def test_unknown_command_is_answered(chat: Chat) -> None:
    await chat.send("/frobnicate")
    assert "I don't know that command" in chat.last_text()


async def test_conversation_is_logged_both_ways(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    await chat.click("Cancel a paid order")
    rows = db.execute(
        "SELECT direction, kind, text, state_before, state_after FROM messages ORDER BY id"
    ).fetchall()
    assert rows[0][:3] == ("in", "command", "/start")
    assert any(r[0] == "out" and "What happened" in r[2] for r in rows)
    click = next(r for r in rows if r[1] == "click")
    assert click[2] == "❌ Cancel a paid order"
    assert click[3:] == ("menu", "cancel_status")


async def test_forged_argument_keys_change_nothing(chat: Chat, db: sqlite_utils.Database) -> None:
    await chat.send("/start")
    message_id = chat.emu.messages(chat.user_id)[-1]["message_id"]
    before = current_state(db, chat.user_id)
    step = before[1]
    for forged in (f"v1:{step}:open_cancel:x;drop", f"v1:{step}:nope:1", f"v1:{step}:a:b:c",
                   f"v1:{step}:open_cancel:{'x' * 40}"):
        await chat.press(message_id, forged)
        assert current_state(db, chat.user_id) == before


async def test_deep_link_payload_opens_the_named_scenario(chat: Chat) -> None:
    await chat.send("/start cancel")
    assert "What status does the order show?" in chat.last_text()


async def test_unknown_payload_falls_back_to_the_menu(chat: Chat) -> None:
    await chat.send("/start no_such_flow")
    assert "What happened with your order?" in chat.last_text()
