"""The bot's card and menus: description, short description and commands, per language.

Operators get their own commands (/logs, /find, /stats) in their private chat's menu only
(`BotCommandScopeChat`), so buyers never see them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import BadRequest, TelegramError

from bot.i18n import _, use_language
from bot.telegram.groups.menus import publish_group_commands
from bot.telegram.send import reliably
from flows.engine.markers import N_
from flows.languages import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger("refundbot")

PRIVATE_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", N_("Main menu")),
    ("orders", N_("My orders and their deadlines")),
    ("settings", N_("Time zone and language")),
    ("cancel", N_("Stop and go back to the menu")),
    ("language", N_("English or Russian")),
    ("privacy", N_("What I store about you")),
    ("forget", N_("Delete everything I store about you")),
    ("human", N_("Talk to a person")),
    ("help", N_("How to use the bot")),
)
OPERATOR_COMMANDS: tuple[tuple[str, str], ...] = (
    ("logs", N_("Operators: a user's conversation log")),
    ("find", N_("Operators: search every conversation")),
    ("stats", N_("Operators: users, scenarios, reminders")),
    ("reply", N_("Operators: answer a buyer who asked for a person")),
    ("close", N_("Operators: close a buyer's conversation with a person")),
)
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


def commands_in(lang: str, commands: tuple[tuple[str, str], ...] = PRIVATE_COMMANDS
                ) -> list[BotCommand]:
    """A command menu translated into one language."""
    with use_language(lang):
        return [BotCommand(name, _(description)) for name, description in commands]


def translated(msgid: str, lang: str) -> str:
    """One msgid in one language."""
    with use_language(lang):
        return _(msgid)


async def publish_card(bot: Bot) -> None:
    """Set the description and short description: default (English) and per language."""
    for lang in (None, *LANGUAGES):
        text_lang = lang or DEFAULT_LANGUAGE
        await _publish(partial(bot.set_my_description, translated(DESCRIPTION, text_lang),
                               language_code=lang), "setMyDescription")
        await _publish(partial(bot.set_my_short_description,
                               translated(SHORT_DESCRIPTION, text_lang), language_code=lang),
                       "setMyShortDescription")


async def _publish(call: Callable[[], Awaitable[object]], what: str) -> None:
    """One start-up call, retried; when Telegram still refuses, the bot runs on without it."""
    try:
        await reliably(call, what=what)
    except TelegramError as err:
        log.warning("%s failed at start-up (%s); the bot runs on", what, type(err).__name__)


async def publish_operator_commands(bot: Bot, operators: Sequence[int]) -> None:
    """Give each operator's private chat the full menu plus the operators' commands."""
    menu = (*PRIVATE_COMMANDS, *OPERATOR_COMMANDS)
    missing = 0
    for operator in operators:
        scope = BotCommandScopeChat(operator)
        try:
            await reliably(partial(bot.set_my_commands, commands_in(DEFAULT_LANGUAGE, menu),
                                   scope=scope))
            for lang in LANGUAGES:
                await reliably(partial(bot.set_my_commands, commands_in(lang, menu),
                                       scope=scope, language_code=lang))
        except BadRequest:
            missing += 1  # Telegram knows the chat only once the operator has started the bot
    if missing:
        log.warning("operators' menu not set for %d operator(s) who have not started the bot "
                    "yet; it appears after the next restart", missing)


async def publish_commands(bot: Bot, operators: Sequence[int] = ()) -> None:
    """Publish the card, the private and group menus, and each operator's menu."""
    await publish_card(bot)
    await _publish(partial(bot.set_my_commands, commands_in(DEFAULT_LANGUAGE)), "setMyCommands")
    for lang in LANGUAGES:
        await _publish(partial(bot.set_my_commands, commands_in(lang), language_code=lang),
                       "setMyCommands")
    try:
        await publish_group_commands(bot)  # each call retried inside
    except TelegramError as err:
        log.warning("group menus failed at start-up (%s); the bot runs on", type(err).__name__)
    await publish_operator_commands(bot, operators)
