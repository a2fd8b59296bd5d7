"""The languages the bot speaks: the one list config, CLI, menus, Makefile and tests read.

Adding a language starts here; docs/adding-a-language.md lists the other files it touches.
"""

from __future__ import annotations

from babel import Locale
from babel.lists import format_list

LANGUAGES: tuple[str, ...] = ("en", "ru")
"""Language codes, in menu order."""

DEFAULT_LANGUAGE = "en"
"""The language for users whose Telegram language is not one of ours."""


def native_name(lang: str) -> str:
    """A language's name in itself, from CLDR (`ru` -> Русский), for language buttons."""
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


def spoken_in(reader: str) -> str:
    """The languages the bot speaks, named and listed in `reader`'s language ("English and
    Russian", "английский и русский")."""
    names = [Locale.parse(lang).get_display_name(reader) or lang for lang in LANGUAGES]
    return format_list(names, locale=reader)
