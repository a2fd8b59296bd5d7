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

ENGLISH = "en"
"""The language msgids are written in, and of texts for sellers and the operators' tools."""

NATIVE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский"}
"""Each language named in itself as CLDR names it, capitalised, for language buttons; written
out so that start-up need not load CLDR's locale data for them (tests/test_languages.py checks
them against Babel's)."""


def native_name(lang: str) -> str:
    """A language's name in itself (`ru` -> Русский), for language buttons."""
    return NATIVE_NAMES[lang]


def spoken_in(reader: str) -> str:
    """The languages the bot speaks, named and listed in `reader`'s language ("English and
    Russian", "английский и русский")."""
    names = [Locale.parse(lang).get_display_name(reader) or lang for lang in LANGUAGES]
    return format_list(names, locale=reader)
