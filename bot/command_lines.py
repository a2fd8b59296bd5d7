"""Command lists as people read them: '/name – description' lines and Telegram menus,
translated, from the one command table in `flows.engine.commands`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import _, use_language
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


@dataclass(frozen=True)
class CommandLines:
    """A note's `{commands}` value: translated when the note is formatted, not when built,
    because the dialogue formats notes inside the reader's language."""

    where: Where
    besides: Where | None = None

    def __format__(self, spec: str) -> str:
        """The lines in the language of the moment."""
        return format(command_lines(self.where, self.besides), spec)
