"""The words input parsers read, one file per language (`words_<code>.py`), loaded by code.

A language's file fills one `InputWords`; the parsers read the union over
`flows.languages.LANGUAGES`, since a buyer may type a date in either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from flows.languages import LANGUAGES


@dataclass(frozen=True)
class InputWords:
    """One language's words for dates, countdowns, order numbers and time zones.

    Fields ending in `_units` are regular-expression fragments (one per spelling family);
    the rest are plain lower-case words, with «ё» written as «е».
    """

    months: Mapping[int, tuple[str, ...]]
    """Month number -> every spelling accepted exactly (names, abbreviations, cases)."""
    days_ahead: Mapping[str, int]
    """"tomorrow" -> 1: days from today for a deadline."""
    days_ago: Mapping[str, int]
    """"yesterday" -> 1: days before today for a day that has passed."""
    fillers: tuple[str, ...]
    """Words around a date that change nothing ("the", "of", «г»)."""
    before_date: tuple[str, ...]
    """A word before a date that changes nothing ("until 25.12", «до 25.12»)."""
    ordinal_suffixes: tuple[str, ...]
    """Endings of day numbers ("25th", «25-го»)."""
    ahead: tuple[str, ...]
    """Words before a countdown ("in 12 days", «через 12 дней»)."""
    left: tuple[str, ...]
    """Words after a countdown ("12 days left")."""
    one: tuple[str, ...]
    """"a"/"one" before a unit ("in a week")."""
    day_units: tuple[str, ...]
    hour_units: tuple[str, ...]
    minute_units: tuple[str, ...]
    week_units: tuple[str, ...]
    order: tuple[str, ...]
    """The word for an order before its number ("order 8123...")."""
    order_number: tuple[str, ...]
    """Words between that and the digits ("order number", «заказ номер»)."""
    tracking: tuple[str, ...]
    """Stems of the words for a tracking number: digits after them are not an order number."""
    card: tuple[str, ...]
    """Stems of the words for a bank card: digits after them are the card's, not the order's."""
    within: tuple[str, ...]
    """Words before a delivery promise ("within 60 days")."""
    promise_units: tuple[str, ...]
    cities: Mapping[str, str]
    """City names and aliases CLDR lacks, `city_key`-folded -> IANA zone."""
    city_prefixes: tuple[str, ...]
    """Words before a city name that change nothing (Russian «г.»), as regex fragments."""
    offset_bases: Mapping[str, int]
    """Names an offset counts from, in minutes east of UTC ("msk+2" is UTC+5)."""
    zone_buttons: tuple[str, ...]
    """Keys of `flows.inputs.timezones.COMMON_ZONES` offered as buttons, likeliest first."""
    likely_zone: str | None = None
    """The zone to assume for a speaker of the language until they pick one."""
    folds: Mapping[str, str] = field(default_factory=dict)
    """Letters read as another before matching (Russian «ё» as «е»)."""
    track_command: tuple[str, ...] = ()
    """Words asking the bot to follow an order ("track 8123… for me", «отслеживай 8123…»): digits
    right after them, opening the message or a clause, are the order's number, not a tracking
    number (twenty-second pass D)."""
    track_command_after: tuple[str, ...] = ()
    """Words that may follow those digits in such a request ("for me", «пожалуйста»)."""
    other_numbers: tuple[str, ...] = ()
    """Things with a number of their own written after a number sign ("dispute #…", «спор №…»):
    the digits are that thing's, never the order's (twenty-sixth pass C)."""


@cache
def words(lang: str) -> InputWords:
    """The input words of one language (`flows/inputs/words_<lang>.py`)."""
    module = import_module(f"flows.inputs.words_{lang}")
    found: InputWords = module.WORDS
    return found


def every_language() -> tuple[InputWords, ...]:
    """The input words of every language the bot speaks, in `LANGUAGES` order."""
    return tuple(words(lang) for lang in LANGUAGES)


@cache
def folding() -> dict[int, str]:
    """A `str.translate` table with every language's letter folds."""
    return str.maketrans({k: v for w in every_language() for k, v in w.folds.items()})


def alternatives(fragments: tuple[str, ...]) -> str:
    """Regex fragments as one non-capturing alternation."""
    return "(?:" + "|".join(fragments) + ")"
