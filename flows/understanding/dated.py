"""Events told by their calendar date ("opened the dispute on nov 28", «возврат одобрили 20
ноября»): the days since them, counted to today. Pure: `today` is the caller's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from types import ModuleType

from flows.inputs import dateinput
from flows.understanding.text import NEVER, compiled

MAX_DAYS = 180
"""An event further back than this is no event of an order still in play."""


def date_parts(said: str) -> tuple[tuple[int, int, int | None], ...]:
    """Every (day, month, year or None) the date at the start of `said` can mean ("25 december
    2026", "dec 25", "25.12"): none, one, or two for "1/5"."""
    words = said.split()
    for size in (3, 2):
        if len(words) >= size and (parts := dateinput.word_date(" ".join(words[:size]))):
            return (parts,)
    return dateinput.date_readings(words[0]) if words else ()


def past_date(said: str, today: date) -> date | None:
    """The one day on or before `today` that the date at the start of `said` names (a date
    without a year in the past year when this year's is ahead); None when it reads two ways
    or names no day."""
    readings = date_parts(said)
    if len(readings) != 1:
        return None
    day, month, year = readings[0]
    try:
        named = date(year or today.year, month, day)
    except ValueError:
        return None
    if year is None and named > today:
        named = named.replace(year=today.year - 1)  # "since dec 20" said in January
    return named if named <= today else None


def day_after(since: date, day: int, today: date) -> date | None:
    """The first date on or after `since` that falls on the `day` of a month, if it is no later
    than `today` (a day that month lacks names none)."""
    year, month = since.year, since.month
    if day < since.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        named = date(year, month, day)
    except ValueError:
        return None
    return named if named <= today else None


def days_of_month(module: ModuleType, table: str, text: str, today: date | None) -> int | None:
    """The days from a day of the month the first row of `table` finds (its group "day") to the
    day of the month the message says is today (`TODAY_DAY`), both in the month or months
    before `today` ("no update since the 3rd, today is the 17th": 14); None unless both are
    said."""
    now_said = compiled(getattr(module, "TODAY_DAY", NEVER)).search(text)
    if today is None or now_said is None:
        return None
    for pattern in getattr(module, table, ()):
        if found := compiled(pattern).search(text):
            now = day_before(today, int(now_said.group("day")))
            since = day_before(now, int(found.group("day"))) if now else None
            return (now - since).days if now and since and since < now else None
    return None


def day_before(today: date, day: int) -> date | None:
    """The latest date on or before `today` that falls on the `day` of a month (within the last
    two months)."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            named = date(year, month, day)
        except ValueError:
            named = None
        if named is not None and named <= today:
            return named
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


def business_days(since: date, today: date) -> int:
    """Monday-to-Friday days after `since` up to and including `today`."""
    return sum((since + timedelta(days=n)).weekday() < 5
               for n in range(1, (today - since).days + 1))


def day_of_month(module: ModuleType, text: str) -> bool:
    """Whether `text` says which day of the month today is (`TODAY_DAY`)."""
    return bool(compiled(getattr(module, "TODAY_DAY", NEVER)).search(text))


def any_date(module: ModuleType, text: str) -> bool:
    """Whether `text` holds a calendar date of the language's form at all (`CALENDAR_DATE`):
    without one no table of dated events is tried (they are long; most messages have none)."""
    return bool(compiled(getattr(module, "CALENDAR_DATE", NEVER)).search(text))


def span(module: ModuleType, table: str, text: str, today: date | None,
         skip: Callable[[int], bool] | None = None) -> tuple[date, date] | None:
    """(the day the first row of the language's `table` finds in `text`, its group "date"; the
    day it is counted to): the end told right after it («с 1 августа по 2 октября»), else
    today's date told in the message ("today is nov 20"), else `today`. None when no row finds
    one (a match at an offset `skip` refuses does not count), a date reads two ways or lies
    ahead, or the span is longer than `MAX_DAYS`."""
    if today is None or not any_date(module, text):
        return None
    for pattern in getattr(module, table, ()):
        found = compiled(pattern).search(text)
        if not found or (skip is not None and skip(found.start())):
            continue
        told = (compiled(getattr(module, "UNTIL_DATE", NEVER)).match(text, found.end("date"))
                or compiled(getattr(module, "TODAY_IS", NEVER)).search(text))
        day = compiled(getattr(module, "TODAY_DAY", NEVER)).search(text)
        if told or not day:
            now = past_date(told.group("date"), today) if told else today
            since = past_date(found.group("date"), now) if now else None
        else:  # "since oct 5, today is the 26th": the 26th after it
            since = past_date(found.group("date"), today)
            now = day_after(since, int(day.group("day")), today) if since else None
        if since is None or now is None:
            return None  # 1 May or 5 January: the dialogue asks
        return (since, now) if (now - since).days <= MAX_DAYS else None
    return None


def dispute_days_on(module: ModuleType, text: str, today: date | None) -> dict[str, str]:
    """`dispute_days` from the day the dispute was opened ("opened a dispute on nov 28",
    «открыла спор 28 ноября»)."""
    said = span(module, "DISPUTE_OPENED_ON", text, today)
    return {"dispute_days": str((said[1] - said[0]).days)} if said else {}


def refund_days_on(module: ModuleType, text: str, today: date | None) -> dict[str, str]:
    """`refund_days` (business days) from the day the refund was approved ("refund approved on
    nov 20", «возврат одобрили 20 ноября»)."""
    said = span(module, "REFUND_APPROVED_ON", text, today)
    days = business_days(*said) if said else 0
    return {"refund_days": str(days)} if days else {}
