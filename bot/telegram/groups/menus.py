"""The command menus Telegram shows in groups, from the command table: members' and admins'."""

from __future__ import annotations

from functools import partial

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
)

from bot.command_lines import translated_menu
from bot.telegram.send import Sender
from flows.engine.commands import Where
from flows.languages import DEFAULT_LANGUAGE, LANGUAGES


async def publish_group_commands(bot: Bot, sender: Sender) -> None:
    """Set the group menus, default (English) and per language."""
    scopes: tuple[tuple[BotCommandScope, Where], ...] = (
        (BotCommandScopeAllGroupChats(), Where.GROUP),
        (BotCommandScopeAllChatAdministrators(), Where.GROUP_ADMIN),
    )
    for scope, where in scopes:
        await sender.reliably(partial(bot.set_my_commands, _menu(where, DEFAULT_LANGUAGE),
                                      scope=scope))
        for lang in LANGUAGES:
            await sender.reliably(partial(bot.set_my_commands, _menu(where, lang), scope=scope,
                                          language_code=lang))


def _menu(where: Where, lang: str) -> list[BotCommand]:
    """A group menu translated into one language."""
    return [BotCommand(name, description) for name, description in translated_menu(where, lang)]
