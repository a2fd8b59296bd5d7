"""One command table: the menus, /help, the operators' and groups' handlers and README
all say what `flows.engine.commands.TABLE` says."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram.ext import Application

from bot.telegram.card_and_menus import publish_commands
from bot.telegram.context import sender_in
from bot.telegram.groups import handlers as group_handlers
from bot.telegram.handover import handlers as handover_handlers
from bot.telegram.operators import handlers as operator_handlers
from emulator.botapi import BotApiEmulator
from flows.engine.commands import COMMANDS, TABLE, Where, menu, names, readme_table
from tests.support.chat import Chat
from tests.support.group import Group

ROOT = Path(__file__).resolve().parent.parent
ADMIN, ANNA = 501, 601


@pytest.mark.parametrize("where", list(Where), ids=lambda w: w.name)
def test_a_name_means_one_row_in_each_place(where: Where) -> None:
    assert len(names(where)) == len(set(names(where))), where


def test_private_commands_are_what_the_dialogue_reads() -> None:
    assert [c.name for c in COMMANDS.values()] == list(names(Where.PRIVATE))
    assert all(c.where for c in TABLE)


def test_operators_and_groups_answer_exactly_their_rows() -> None:
    assert set(operator_handlers.COMMANDS) == set(operator_handlers.ANSWERS)
    handover = {handover_handlers.REPLY, handover_handlers.CLOSE}
    assert set(names(Where.OPERATOR)) == set(operator_handlers.COMMANDS) | handover
    admin_only = set(names(Where.GROUP_ADMIN)) - set(names(Where.GROUP))
    assert set(group_handlers.ANSWERS) == set(names(Where.GROUP)) - admin_only


async def test_menus_are_the_table_in_each_language(app: Application,
                                                    emulator: BotApiEmulator) -> None:
    await publish_commands(app.bot, sender_in(app), operators=(4242,))
    scopes = {Where.PRIVATE: None, Where.GROUP: {"type": "all_group_chats"},
              Where.GROUP_ADMIN: {"type": "all_chat_administrators"}}
    for where, scope in scopes.items():
        english = [(c["command"], c["description"]) for c in emulator.my_commands(scope)]
        assert english == list(menu(where)), where
        russian = emulator.my_commands(scope, language_code="ru")
        assert [c["command"] for c in russian] == [name for name, _ in menu(where)]
    operator = [c["command"] for c in emulator.my_commands({"type": "chat", "chat_id": 4242})]
    assert operator == [*names_in_menu(Where.PRIVATE), *names_in_menu(Where.OPERATOR)]


def names_in_menu(where: Where) -> list[str]:
    """The names one place's menu lists."""
    return [name for name, _ in menu(where)]


async def test_help_lists_the_menu_in_the_users_language(app: Application,
                                                        emulator: BotApiEmulator,
                                                        ru: Chat) -> None:
    await publish_commands(app.bot, sender_in(app))
    await ru.send("/help")
    for command in emulator.my_commands(language_code="ru"):
        assert f"/{command['command']} – {command['description']}" in ru.last_text()
    assert "Команды:" in ru.last_text() and "{" not in ru.last_text()


async def test_group_help_lists_members_and_admins_commands(group: Group) -> None:
    await group.joined(ADMIN)
    await group.send(ANNA, "/help")
    members, admins = group.last_text().split("For admins:")
    assert "/refund – How to get your money back" in members and "/settings" not in members
    assert "/settings – Group settings (admins only)" in admins


def test_readme_command_table_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_table() in readme, "README's command table is stale; run `make readme`"
