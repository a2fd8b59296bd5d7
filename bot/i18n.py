"""Translations from the compiled Babel catalogs, chosen per user.

Msgids are the English texts; `en` has its own catalog too so both languages are
complete. An installed package reads the catalogs its wheel carries (`bot/locales/`,
compiled by setup.py); a source checkout reads `locales/` (compiled by
`make i18n-compile`). Start-up fails loudly when a catalog has not been compiled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.support import Translations

from flows.languages import DEFAULT_LANGUAGE, LANGUAGES

DOMAIN = "messages"
PACKAGED_LOCALES = Path(__file__).resolve().parent / "locales"
CHECKOUT_LOCALES = Path(__file__).resolve().parent.parent / "locales"
LOCALES_DIR = PACKAGED_LOCALES if PACKAGED_LOCALES.is_dir() else CHECKOUT_LOCALES

current_lang: ContextVar[str] = ContextVar("current_lang", default=DEFAULT_LANGUAGE)


class CatalogMissing(RuntimeError):
    """A compiled catalog (.mo) is missing; run `make i18n-compile`."""


@cache
def catalog(lang: str) -> Translations:
    """The compiled catalog for a language, loaded once."""
    mo = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not mo.is_file():
        raise CatalogMissing(f"missing compiled catalog {mo}; run `make i18n-compile`")
    with mo.open("rb") as fh:
        return Translations(fh, domain=DOMAIN)


def check_catalogs() -> None:
    """Load every language's catalog now, so a missing one stops start-up."""
    for lang in LANGUAGES:
        catalog(lang)


def pick_language(chosen: str | None, telegram_code: str | None, default: str) -> str:
    """Stored choice, else Telegram's language by prefix (`ru-RU` -> ru), else the default."""
    if chosen in LANGUAGES:
        return chosen
    code = (telegram_code or "").lower().replace("_", "-")
    for lang in LANGUAGES:
        if code == lang or code.startswith(f"{lang}-"):
            return lang
    return default


@contextmanager
def use_language(lang: str) -> Iterator[str]:
    """Make `lang` the language of `_()` for the duration of one update or reminder."""
    token = current_lang.set(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield current_lang.get()
    finally:
        current_lang.reset(token)


def _(msgid: str) -> str:
    """Translate a msgid into the current language."""
    return catalog(current_lang.get()).gettext(msgid)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate with the current language's plural rules (Russian has three forms)."""
    return catalog(current_lang.get()).ngettext(singular, plural, n)


def format_day(day: date) -> str:
    """A date the way the current language writes it, e.g. 14 March 2026 / 14 марта 2026 г."""
    return format_date(day, format="long", locale=current_lang.get())


@dataclass(frozen=True)
class InReadersLanguage:
    """A placeholder's value made when the text is formatted, in the language of that moment.

    For values registered once and formatted into many users' texts (the notes' {commands},
    the {languages} the bot speaks).
    """

    make: Callable[[str], str]

    def __format__(self, spec: str) -> str:
        """The value in the current language."""
        return format(self.make(current_lang.get()), spec)
