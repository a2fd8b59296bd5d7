"""The command menus Telegram shows in groups: members' commands, plus /settings for admins."""

from __future__ import annotations

from functools import partial

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
)

from bot.i18n import _, use_language
from bot.telegram.send import reliably
from flows.engine.markers import N_
from flows.languages import DEFAULT_LANGUAGE, LANGUAGES

GROUP_COMMANDS: tuple[tuple[str, str], ...] = (
    ("refund", N_("How to get your money back")),
    ("deadlines", N_("Key AliExpress timelines")),
    ("help", N_("What I do in this group")),
)
ADMIN_COMMANDS = (*GROUP_COMMANDS, ("settings", N_("Group settings (admins only)")))


def _menu(commands: tuple[tuple[str, str], ...], lang: str) -> list[BotCommand]:
    """A command menu translated into one language."""
    with use_language(lang):
        return [BotCommand(name, _(description)) for name, description in commands]


async def publish_group_commands(bot: Bot) -> None:
    """Set the group menus, default (English) and per language."""
    scopes: tuple[tuple[BotCommandScope, tuple[tuple[str, str], ...]], ...] = (
        (BotCommandScopeAllGroupChats(), GROUP_COMMANDS),
        (BotCommandScopeAllChatAdministrators(), ADMIN_COMMANDS),
    )
    for scope, commands in scopes:
        await reliably(partial(bot.set_my_commands, _menu(commands, DEFAULT_LANGUAGE), scope=scope))
        for lang in LANGUAGES:
            await reliably(partial(bot.set_my_commands, _menu(commands, lang), scope=scope,
                                   language_code=lang))
