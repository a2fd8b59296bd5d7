"""Command lists as people read them: '/name – description' lines and Telegram menus,
translated, from the one command table in `flows.engine.commands`."""

from __future__ import annotations

from bot.i18n import InReadersLanguage, _, use_language
from flows.engine.commands import Where, menu


def command_lines(where: Where, besides: Where | None = None) -> str:
    """One place's commands (minus those of `besides`), a line each, in the current language."""
    skip = {name for name, _description in menu(besides)} if besides else set()
    return "\n".join(f"/{name} – {_(description)}" for name, description in menu(where)
                     if name not in skip)


def translated_menu(where: Where, lang: str) -> list[tuple[str, str]]:
    """(name, description) for one place's Telegram menu in one language."""
    with use_language(lang):
        return [(name, _(description)) for name, description in menu(where)]


def lines_later(where: Where, besides: Where | None = None) -> InReadersLanguage:
    """A `{commands}` value for texts formatted later, in their reader's language."""
    return InReadersLanguage(lambda _lang: command_lines(where, besides))
