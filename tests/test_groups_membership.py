"""Admins add the bot to a group, promote it, remove it; channels and members adding it."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from bot.groups.store import get_chat
from bot.telegram.context import sender_in
from emulator.botapi import BotApiEmulator
from tests.support.group import Group

ADMIN, MEMBER = 501, 502


def events(db: sqlite_utils.Database, chat_id: int) -> list[tuple[str, str]]:
    """The group events in the conversation log, oldest first."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT kind, text FROM messages WHERE chat_id = ? AND direction = 'event' ORDER BY id",
        [chat_id]).fetchall()]


async def test_admin_adds_bot_and_it_introduces_itself_once(
        group: Group, db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN)
    assert len(group.texts()) == 1
    intro = group.last_text()
    assert "Refund Guide" in intro
    assert "/refund" in intro and "/deadlines" in intro and "/settings" in intro
    assert "never ask for order numbers" in intro
    assert "not an admin" not in intro
    assert group.buttons() == ["Continue in private chat"]
    stored = get_chat(db, group.id)
    assert stored is not None
    assert (stored.active, stored.lang, stored.mode, stored.added_by, stored.bot_status) == (
        True, "en", "commands", ADMIN, "member")
    assert stored.title == "AliExpress buyers" and stored.type == "supergroup"
    assert stored.added_at == "2026-03-10T12:00:00+00:00"
    assert events(db, group.id) == [("group_added", "member; by admin")]


async def test_introduction_speaks_the_language_of_the_admin_who_added_it(
        group: Group, db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN, "ru")
    assert "Я Refund Guide" in group.last_text()
    assert group.buttons() == ["Продолжить в личном чате"]
    stored = get_chat(db, group.id)
    assert stored is not None and stored.lang == "ru"


async def test_added_by_a_member_who_is_not_admin(group: Group, db: sqlite_utils.Database) -> None:
    group.set_admins(ADMIN)
    await group.add_bot(by=MEMBER)
    assert "not an admin added me" in group.last_text()
    assert "remove me" in group.last_text()
    assert events(db, group.id) == [("group_added", "member; by member")]


async def test_promoted_and_demoted_are_remembered_quietly(
        group: Group, db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN)
    await group.bot_becomes("member", "administrator", by=ADMIN)
    stored = get_chat(db, group.id)
    assert stored is not None and stored.bot_status == "administrator"
    await group.bot_becomes("administrator", "member", by=ADMIN)
    stored = get_chat(db, group.id)
    assert stored is not None and stored.bot_status == "member"
    assert len(group.texts()) == 1  # only the introduction: status changes post nothing
    assert [kind for kind, _ in events(db, group.id)] == [
        "group_added", "group_bot_status", "group_bot_status"]


async def test_added_straight_as_admin(group: Group, db: sqlite_utils.Database) -> None:
    group.set_admins(ADMIN)
    await group.bot_becomes("left", "administrator", by=ADMIN)
    stored = get_chat(db, group.id)
    assert stored is not None and stored.bot_status == "administrator" and stored.active
    assert "Refund Guide" in group.last_text()


async def test_removed_forgets_settings_and_stops_posting(
        group: Group, db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN, "ru")
    await group.send(ADMIN, "/settings")
    await group.click(ADMIN, "Заглушить")
    await group.bot_becomes("member", "kicked", by=ADMIN)
    stored = get_chat(db, group.id)
    assert stored is not None and not stored.active and stored.mode == "commands"
    assert events(db, group.id)[-1] == ("group_removed", "kicked")
    before = len(group.texts())
    await group.add_bot(by=ADMIN)  # back, fresh: English from this admin, answering commands
    stored = get_chat(db, group.id)
    assert stored is not None and stored.active and stored.lang == "en"
    assert stored.mode == "commands"
    assert len(group.texts()) == before + 1 and "Refund Guide" in group.last_text()


async def test_left_on_its_own_is_removed_too(group: Group, db: sqlite_utils.Database) -> None:
    await group.joined(ADMIN)
    await group.bot_becomes("member", "left", by=ADMIN)
    stored = get_chat(db, group.id)
    assert stored is not None and not stored.active


async def test_added_to_a_channel_posts_nothing_and_leaves(
        group_with: Callable[..., Group], emulator: BotApiEmulator,
        db: sqlite_utils.Database) -> None:
    channel = group_with(chat_id=-1009998887776, kind="channel", title="Deals")
    await channel.bot_becomes("left", "administrator", by=ADMIN)
    assert channel.texts() == []
    assert [c.params["chat_id"] for c in emulator.calls_of("leaveChat")] == [channel.id]
    note = emulator.last_text(ADMIN)
    assert note is not None and "groups, not in channels" in note
    stored = get_chat(db, channel.id)
    assert stored is None or not stored.active
    assert events(db, channel.id) == [("channel_added", "administrator")]


async def test_channel_when_the_adder_never_started_the_bot(
        group_with: Callable[..., Group], emulator: BotApiEmulator) -> None:
    emulator.fail_next("sendMessage", 403, "Forbidden: bot can't initiate conversation with a user")
    channel = group_with(chat_id=-1009998887776, kind="channel", title="Deals")
    await channel.bot_becomes("left", "member", by=ADMIN)
    assert emulator.calls_of("leaveChat")
    assert not [c for c in emulator.calls if c.method == "sendMessage" and c.ok]


async def test_group_becoming_a_supergroup_keeps_its_settings(
        group_with: Callable[..., Group], emulator: BotApiEmulator,
        db: sqlite_utils.Database) -> None:
    small = group_with(chat_id=-4001, kind="group")
    await small.joined(ADMIN, "ru")
    await small.service_message(ADMIN, migrate_to_chat_id=-1004001)
    moved = get_chat(db, -1004001)
    assert moved is not None and moved.lang == "ru" and moved.type == "supergroup"
    assert get_chat(db, small.id) is None
    big = group_with(chat_id=-1004001)
    await big.send(MEMBER, "/refund")
    assert "Продолжить в личном чате" in big.buttons()


async def test_group_commands_menu_is_published(emulator: BotApiEmulator,
                                                group: Group) -> None:
    from bot.telegram.card_and_menus import publish_commands

    await publish_commands(group.app.bot, sender_in(group.app))
    members = emulator.my_commands({"type": "all_group_chats"}, "ru")
    admins = emulator.my_commands({"type": "all_chat_administrators"})
    assert [c["command"] for c in members] == ["refund", "deadlines", "help"]
    assert [c["command"] for c in admins] == ["refund", "deadlines", "help", "settings"]
    assert members[0]["description"] != "How to get your money back"  # translated
