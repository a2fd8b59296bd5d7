"""The command menu Telegram shows, in each language."""

from __future__ import annotations

from telegram import Bot, BotCommand

from bot.i18n import LANGUAGES, _, use_language
from bot.telegram.group_commands import publish_group_commands
from flows.markers import N_

PRIVATE_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", N_("Main menu")),
    ("orders", N_("My orders and their deadlines")),
    ("settings", N_("Time zone and language")),
    ("cancel", N_("Stop and go back to the menu")),
    ("language", N_("English or Russian")),
    ("privacy", N_("What I store about you")),
    ("forget", N_("Delete everything I store about you")),
    ("help", N_("How to use the bot")),
)


def commands_in(lang: str) -> list[BotCommand]:
    """The private-chat command menu translated into one language."""
    with use_language(lang):
        return [BotCommand(name, _(description)) for name, description in PRIVATE_COMMANDS]


async def publish_commands(bot: Bot) -> None:
    """Set the default (English) menu and one per supported language."""
    await bot.set_my_commands(commands_in("en"))
    for lang in LANGUAGES:
        await bot.set_my_commands(commands_in(lang), language_code=lang)
    await publish_group_commands(bot)
