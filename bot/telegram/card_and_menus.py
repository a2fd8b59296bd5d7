"""The bot's card and menus: description, short description and commands, per language.

The menus come from the command table (`flows.engine.commands`).

Operators get their own commands (/logs, /find, /stats) in their private chat's menu only
(`BotCommandScopeChat`), so buyers never see them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import BadRequest, TelegramError

from bot.command_lines import translated_menu
from bot.i18n import _, use_language
from bot.telegram.groups.menus import publish_group_commands
from bot.telegram.send import Sender
from flows.engine.commands import Where
from flows.engine.markers import N_
from flows.languages import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger("refundbot")

# Translators: the bot's card, shown in an empty chat before the user presses Start
# (at most 512 characters). «Запустить» is the Start button in Telegram's Russian apps.
DESCRIPTION = N_(
    "I help AliExpress buyers get their money back: what to do in your order's situation, "
    "the deadlines that apply, and ready-made messages to the seller in English.\n\n"
    "Press Start and pick what happened with your order. I am not AliExpress support: "
    "your order page always has the final word.")
# Translators: the bot's short description on its profile and in shared links (at most
# 120 characters).
SHORT_DESCRIPTION = N_(
    "Your AliExpress refund step by step: what to do, by when, and what to tell the seller.")


def commands_in(lang: str, *places: Where) -> list[BotCommand]:
    """The menu of one or more places (private chat by default), translated into one language."""
    return [BotCommand(name, description) for where in places or (Where.PRIVATE,)
            for name, description in translated_menu(where, lang)]


def translated(msgid: str, lang: str) -> str:
    """One msgid in one language."""
    with use_language(lang):
        return _(msgid)


async def publish_card(bot: Bot, sender: Sender) -> None:
    """Set the description and short description: default (English) and per language."""
    for lang in (None, *LANGUAGES):
        text_lang = lang or DEFAULT_LANGUAGE
        await _publish(sender, partial(bot.set_my_description,
                                       translated(DESCRIPTION, text_lang), language_code=lang),
                       "setMyDescription")
        await _publish(sender, partial(bot.set_my_short_description,
                                       translated(SHORT_DESCRIPTION, text_lang),
                                       language_code=lang), "setMyShortDescription")


async def _publish(sender: Sender, call: Callable[[], Awaitable[object]], what: str) -> None:
    """One start-up call, retried; when Telegram still refuses, the bot runs on without it."""
    try:
        await sender.reliably(call, what=what)
    except TelegramError as err:
        log.warning("%s failed at start-up (%s); the bot runs on", what, type(err).__name__)


async def publish_operator_commands(bot: Bot, sender: Sender, operators: Sequence[int]
                                    ) -> None:
    """Give each operator's private chat the full menu plus the operators' commands."""
    menu = (Where.PRIVATE, Where.OPERATOR)
    missing = 0
    for operator in operators:
        scope = BotCommandScopeChat(operator)
        try:
            await sender.reliably(partial(bot.set_my_commands,
                                          commands_in(DEFAULT_LANGUAGE, *menu), scope=scope))
            for lang in LANGUAGES:
                await sender.reliably(partial(bot.set_my_commands, commands_in(lang, *menu),
                                              scope=scope, language_code=lang))
        except BadRequest:
            missing += 1  # Telegram knows the chat only once the operator has started the bot
    if missing:
        log.warning("operators' menu not set for %d operator(s) who have not started the bot "
                    "yet; it appears after the next restart", missing)


async def publish_commands(bot: Bot, sender: Sender, operators: Sequence[int] = ()) -> None:
    """Publish the card, the private and group menus, and each operator's menu."""
    await publish_card(bot, sender)
    await _publish(sender, partial(bot.set_my_commands, commands_in(DEFAULT_LANGUAGE)),
                   "setMyCommands")
    for lang in LANGUAGES:
        await _publish(sender, partial(bot.set_my_commands, commands_in(lang),
                                       language_code=lang), "setMyCommands")
    try:
        await publish_group_commands(bot, sender)  # each call retried inside
    except TelegramError as err:
        log.warning("group menus failed at start-up (%s); the bot runs on", type(err).__name__)
    await publish_operator_commands(bot, sender, operators)
