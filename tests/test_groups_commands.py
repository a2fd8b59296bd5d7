"""Members in a group: public answers, one tap into private chat, topics, the group limit."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.group import GROUP_ID, Group

ADMIN, ANNA, BORIS = 501, 601, 602



async def test_refund_answers_publicly_with_a_deep_link(group: Group,
                                                        emulator: BotApiEmulator) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, "/refund")
    text = group.last_text()
    assert "step by step" in text and "private chat" in text
    assert group.buttons() == ["Continue in private chat"]
    assert group.start_payload() == f"g_menu_{GROUP_ID}"
    link = group.messages()[-1]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert link == f"https://t.me/{emulator.username}?start=g_menu_{GROUP_ID}"
    sent = emulator.calls_of("sendMessage")[-1]
    assert sent.params["reply_parameters"]["message_id"] > 0  # answers the member's message


async def test_commands_addressed_to_the_bot_or_to_another(group: Group) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, f"/refund@{group.emu.username}")
    await group.send(ANNA, f"/start@{group.emu.username}")
    assert len(group.texts()) == 3
    await group.send(ANNA, "/refund@some_other_bot")
    await group.send(ANNA, "/language")  # a private-chat command: not for groups
    assert len(group.texts()) == 3


async def test_deep_link_opens_the_guide_in_private_and_remembers_the_group(
        group: Group, chat_with: Callable[..., Chat], db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, "/refund")
    anna = chat_with(user_id=ANNA)
    await anna.send(f"/start {group.start_payload()}")
    assert "Refund Guide" in anna.transcript()
    assert "What happened with your order?" in anna.last_text()
    assert "❌ Cancel a paid order" in anna.buttons()
    row = db.execute("SELECT chat_id, flow, visits FROM user_sources WHERE user_id = ?",
                     [ANNA]).fetchone()
    assert tuple(row) == (GROUP_ID, "menu", 1)
    logged = db.execute("SELECT text FROM messages WHERE user_id = ? AND chat_id = ? "
                        "AND direction = 'in'", [ANNA, ANNA]).fetchall()
    assert [r[0] for r in logged] == ["/start"]


async def test_deadlines_summary_gives_ranges_not_promises(group: Group,
                                                           chat_with: Callable[..., Chat]) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, "/deadlines")
    text = group.last_text()
    assert "order page always win" in text
    assert "15 more days" in text and "45-day figure" in text and "outdated" in text
    assert "about a week" in text and "5, 6, 10 or 11 days" in text
    assert "about 5 days" in text and "about day 3" in text
    assert "about 10 business days, sometimes up to 20" in text and "1 business day" in text
    assert len(text) < 1200
    assert group.start_payload() == f"g_basics_{GROUP_ID}"
    anna = chat_with(user_id=ANNA)
    await anna.send(f"/start {group.start_payload()}")
    assert "What would you like to know?" in anna.last_text()


async def test_deadlines_in_russian(group: Group) -> None:
    await group.joined(ADMIN, "ru")
    await group.send(ANNA, "/deadlines", language_code="en")
    assert "таймер" in group.last_text()  # the group's language, not the member's


async def test_two_members_keep_separate_private_dialogues(
        group: Group, chat_with: Callable[..., Chat]) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, "/refund")
    await group.send(BORIS, "/refund")
    anna, boris = chat_with(user_id=ANNA), chat_with(user_id=BORIS, language_code="ru")
    await anna.send(f"/start {group.start_payload()}")
    await boris.send(f"/start {group.start_payload()}")
    await anna.click("Cancel a paid order")
    assert "What status does the order show?" in anna.last_text()
    assert "Что случилось с заказом?" in boris.last_text()  # Boris is still at his menu
    await boris.click("Отменить оплаченный заказ")
    await anna.click("Shipped")
    assert "can no longer be cancelled" in anna.last_text()
    assert "Какой статус у заказа?" in boris.last_text()


async def test_group_commands_never_touch_the_private_dialogue(
        group: Group, chat_with: Callable[..., Chat], db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN)
    anna = chat_with(user_id=ANNA)
    await anna.send("/start")
    await anna.click("Cancel a paid order")
    state = db.execute("SELECT state, step FROM dialogues WHERE user_id = ?", [ANNA]).fetchone()
    for command in ("/refund", "/deadlines", "/help", "/start", "/cancel"):
        await group.send(ANNA, command)
    after = db.execute("SELECT state, step FROM dialogues WHERE user_id = ?", [ANNA]).fetchone()
    assert tuple(after) == tuple(state)
    shown = "\n".join(group.texts())
    assert "What status does the order show?" not in shown
    assert "order number" not in shown.replace("order numbers here", "")


async def test_button_presses_in_a_group_never_reach_the_private_dialogue(
        group: Group, emulator: BotApiEmulator) -> None:
    await group.joined(ADMIN)
    intro = group.messages()[-1]["message_id"]
    await group.press(ANNA, intro, "v1:0:open_cancel")
    assert len(group.texts()) == 1
    assert emulator.calls_of("answerCallbackQuery")


async def test_forged_or_unknown_payloads(group: Group, chat_with: Callable[..., Chat],
                                          db: sqlite_utils.Database) -> None:
    anna = chat_with(user_id=ANNA)
    await anna.send("/start g_cancel_-1009999")  # a group the bot was never in
    assert "What status does the order show?" in anna.last_text()
    await anna.send("/start g_nosuchflow_-1009999")
    assert "What happened with your order?" in anna.last_text()
    await anna.send("/start g_menu_123")  # not a group id: the dialogue's own /start
    assert "What happened with your order?" in anna.last_text()
    assert db.execute("SELECT count(*) FROM user_sources").fetchone()[0] == 0


async def test_topic_replies_stay_in_the_topic(group_with: Callable[..., Group],
                                               emulator: BotApiEmulator) -> None:
    forum = group_with(chat_id=-1005550001, forum=True)
    await forum.joined(ADMIN)
    await forum.send(ANNA, "/refund", thread=42)
    await forum.send(ANNA, "/deadlines", thread=77)
    await forum.send(ADMIN, "/settings", thread=42)
    threads = [m.get("message_thread_id") for m in forum.messages()]
    assert threads == [None, 42, 77, 42]
    await forum.send(ANNA, "/refund")  # the General topic has no thread id
    assert forum.messages()[-1].get("message_thread_id") is None


async def test_group_rate_limit_holds(group: Group, clock: FakeClock,
                                      emulator: BotApiEmulator) -> None:
    await group.joined(ADMIN)  # the introduction is message 1 of this minute
    for member in range(700, 730):
        await group.send(member, "/refund")
    assert len(group.texts()) == 20
    clock.advance(seconds=59)
    await group.send(731, "/refund")
    assert len(group.texts()) == 20
    clock.advance(seconds=2)
    await group.send(732, "/refund")
    assert len(group.texts()) == 21
    other = await Group(group.app, emulator, -1007770001).joined(ADMIN)
    await other.send(733, "/refund")
    assert len(other.texts()) == 2  # the limit is per group


async def test_help_lists_group_commands(group: Group) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, "/help")
    assert "/refund" in group.last_text() and "/settings" in group.last_text()
    assert "/language" not in group.last_text()
