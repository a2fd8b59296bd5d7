"""Parse the deadline forms buyers type, in any of our languages, into an aware UTC deadline.

The words (months, "tomorrow", «через»...) live in `flows/inputs/words_<lang>.py`.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher
from typing import Literal
from zoneinfo import ZoneInfo

from flows.deadlines.maths import days_left, deadline_from_countdown, deadline_from_date
from flows.inputs.words import alternatives, every_language, folding

MAX_DAYS_AHEAD = 200

InputKind = Literal["date", "days_left", "countdown"]
ErrorReason = Literal["unparseable", "in_past", "too_far"]


@dataclass(frozen=True, slots=True)
class DeadlineInput:
    """What the user typed: its form, the conservative deadline (aware UTC) and year guessing."""

    kind: InputKind
    deadline: datetime
    year_inferred: bool = False


@dataclass(frozen=True, slots=True)
class AmbiguousDate:
    """A numeric date that reads two ways ("1/5": 1 May or 5 January): ask, never guess.

    `readings` holds both deadlines, the day-first one first; `days` the calendar day each
    stands for, for the two buttons that ask which one the buyer meant.
    """

    readings: tuple[DeadlineInput, DeadlineInput]
    days: tuple[date, date]


@dataclass(frozen=True, slots=True)
class DateInputError:
    """Why the text was rejected; the bot turns `reason` into a translated re-prompt."""

    reason: ErrorReason


_WORDS = every_language()
_MONTHS: dict[str, int] = {name: m for w in _WORDS for m, names in w.months.items()
                           for name in names}
_FUZZY_CUTOFF = 0.8
RELATIVE_DAYS: dict[str, int] = {k: v for w in _WORDS for k, v in w.days_ahead.items()}
_FILLERS = frozenset(word for w in _WORDS for word in w.fillers)


def _any(field: str) -> str:
    """One field's fragments of every language as one alternation."""
    return alternatives(tuple(f for w in _WORDS for f in getattr(w, field)))


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?")
_ORDINAL = re.compile(rf"(\d+)-?{_any('ordinal_suffixes')}\b")
_AHEAD = rf"(?:{_any('ahead')}\s+)?"
_LEFT = rf"(?:\s+{_any('left')})?"
_COUNTDOWN = re.compile(
    _AHEAD
    + rf"(?P<days>-?\d{{1,4}})\s*{_any('day_units')}?"
    + r"(?:\s+(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?"
    + rf"|\s+(?P<h>\d{{1,2}})\s*{_any('hour_units')}(?:\s+(?P<m>\d{{1,2}})\s*"
    + rf"{_any('minute_units')})?)?"
    + _LEFT
)
_WEEKS = re.compile(
    _AHEAD + rf"(?:(?P<n>\d{{1,2}})\s*|{_any('one')}\s+)?{_any('week_units')}" + _LEFT
)
# "until 25.12", «до 25.12.2026»: the word before a date changes nothing.
_LEADING = re.compile(rf"^{_any('before_date')}\s+(?=\d)")


def normalise(text: str) -> str:
    """Lower-case, fold letters (ё as е), collapse spaces and drop trailing punctuation."""
    folded = re.sub(r"\s+", " ", text.lower().translate(folding())).strip()
    return folded.rstrip(".,!?;:… ").strip()


def _month(token: str) -> int | None:
    """Month number for a month word, allowing small typos when only one month fits."""
    if token in _MONTHS:
        return _MONTHS[token]
    if len(token) < 4:
        return None
    best: dict[int, float] = {}
    for name, month in _MONTHS.items():
        if len(name) >= 4:
            score = SequenceMatcher(None, token, name).ratio()
            best[month] = max(score, best.get(month, 0.0))
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    if ranked[0][1] < _FUZZY_CUTOFF or ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def numeric_date(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) from 2026-12-25, 25.12, 25/12/26 and unambiguous 12/25."""
    if iso := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in iso.groups())
        return day, month, year
    if not (found := _NUMERIC.fullmatch(text)):
        return None
    day, month = int(found[1]), int(found[3])
    if month > 12 and day <= 12:  # day-first is the norm; US order only when it can't be that
        day, month = month, day
    digits: str | None = found[4]
    if digits is None:
        return day, month, None
    return day, month, int(digits) + (2000 if len(digits) == 2 else 0)


TWO_WAY_SEPARATORS = "/-"
"""Separators after which both orders are written (dd/mm and mm/dd); "25.12" is day-first."""


def date_readings(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """Every (day, month, year or None) a numeric date can mean: one, or two for "1/5"."""
    first = numeric_date(text)
    if first is None:
        return ()
    found = _NUMERIC.fullmatch(text)
    day, month, year = first
    two_way = (found is not None and found[2] in TWO_WAY_SEPARATORS
               and day != month and day <= 12 and month <= 12)
    return (first, (month, day, year)) if two_way else (first,)


def word_date(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) from "25 декабря 2026", "Dec 25", "the 25th of December"."""
    cleaned = _ORDINAL.sub(r"\1", re.sub(r"[.,]", " ", text))
    tokens = [t for t in cleaned.split() if t not in _FILLERS]
    if len(tokens) not in (2, 3):
        return None
    year: int | None = None
    if len(tokens) == 3:
        if not re.fullmatch(r"\d{4}", tokens[2]):
            return None
        year = int(tokens[2])
    first, second = tokens[0], tokens[1]
    day_token, month_token = (first, second) if first.isdigit() else (second, first)
    if not day_token.isdigit() or len(day_token) > 2:
        return None
    month = _month(month_token)
    return None if month is None else (int(day_token), month, year)


def _countdown(text: str) -> tuple[int, int, int, bool] | None:
    """(days, hours, minutes, has_time) from "12", "осталось 12 дней", "12 д 05:30"."""
    found = _COUNTDOWN.fullmatch(re.sub(r"\s+", " ", re.sub(r"[.,]", " ", text)).strip())
    if found is None:
        return None
    hours = found["hh"] or found["h"]
    minutes = found["mm"] or found["m"]
    h, m = int(hours or 0), int(minutes or 0)
    if h > 23 or m > 59:
        return None
    return int(found["days"]), h, m, hours is not None


def _weeks(text: str) -> int | None:
    """Days in "in 2 weeks", "a week", «через 2 недели», «осталось 3 недели»."""
    found = _WEEKS.fullmatch(text)
    return None if found is None else 7 * int(found["n"] or 1)


def _checked(result: DeadlineInput, now: datetime, tz: ZoneInfo) -> DeadlineInput | DateInputError:
    """Reject deadlines more than MAX_DAYS_AHEAD calendar days away."""
    if days_left(result.deadline, now, tz) > MAX_DAYS_AHEAD:
        return DateInputError("too_far")
    return result


def _on_day(
    day: date, inferred: bool, now: datetime, tz: ZoneInfo
) -> DeadlineInput | DateInputError:
    """Deadline at the start of `day`, but never before now (a date of today is still open)."""
    deadline = max(deadline_from_date(day, tz), now.astimezone(UTC))
    return _checked(DeadlineInput("date", deadline, inferred), now, tz)


def _resolve_date(
    day: int, month: int, year: int | None, now: datetime, tz: ZoneInfo
) -> DeadlineInput | DateInputError:
    """Turn day/month(/year) into a deadline, guessing the year when it is missing."""
    today = now.astimezone(tz).date()
    if year is not None:
        try:
            target = date(year, month, day)
        except ValueError:
            return DateInputError("unparseable")
        return DateInputError("in_past") if target < today else _on_day(target, False, now, tz)
    candidates: list[date] = []
    for guess in (today.year, today.year + 1):
        try:
            candidates.append(date(guess, month, day))
        except ValueError:
            continue
    if not candidates:
        return DateInputError("unparseable")
    upcoming = [c for c in candidates if c >= today]
    if not upcoming:
        return DateInputError("in_past")
    target = upcoming[0]
    passed_this_year = candidates[0].year == today.year and candidates[0] < today
    if passed_this_year and (target - today).days > MAX_DAYS_AHEAD:
        # A day that has just gone by is far likelier than one almost a year away.
        return DateInputError("in_past")
    return _on_day(target, True, now, tz)


def read_deadline(
    text: str, lang: str, now: datetime, tz: ZoneInfo
) -> DeadlineInput | AmbiguousDate | DateInputError:
    """`parse_deadline`, except that a date reading two ways that are both possible deadlines
    ("1/5", "05/01") comes back as an `AmbiguousDate` for the buyer to choose."""
    normalised = _LEADING.sub("", normalise(text))
    readings = date_readings(normalised)
    if len(readings) < 2:
        return parse_deadline(text, lang, now, tz)
    results = [_resolve_date(*parts, now, tz) for parts in readings]
    valid = [r for r in results if isinstance(r, DeadlineInput)]
    if len(valid) < 2:
        return valid[0] if valid else results[0]
    first, second = valid
    return AmbiguousDate((first, second), (first.deadline.astimezone(tz).date(),
                                           second.deadline.astimezone(tz).date()))


def parse_deadline(
    text: str, lang: str, now: datetime, tz: ZoneInfo
) -> DeadlineInput | DateInputError:
    """Parse a typed deadline (date, days left or countdown) in EN or RU, relative to now in tz."""
    # Both languages write day-first, so `lang` has no tie to break yet; kept for the callers.
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    normalised = _LEADING.sub("", normalise(text))
    if not normalised:
        return DateInputError("unparseable")
    if normalised in RELATIVE_DAYS:
        today = now.astimezone(tz).date()
        return _on_day(today + timedelta(days=RELATIVE_DAYS[normalised]), False, now, tz)
    if (parts := numeric_date(normalised)) is not None:
        return _resolve_date(*parts, now, tz)
    if (countdown := _countdown(normalised)) is not None:
        days, hours, minutes, has_time = countdown
        if days < 0:
            return DateInputError("in_past")
        deadline = deadline_from_countdown(now, days, hours, minutes)
        return _checked(DeadlineInput("countdown" if has_time else "days_left", deadline), now, tz)
    if (weeks := _weeks(normalised)) is not None:
        deadline = deadline_from_countdown(now, weeks, 0, 0)
        return _checked(DeadlineInput("days_left", deadline), now, tz)
    if (parts := word_date(normalised)) is not None:
        return _resolve_date(*parts, now, tz)
    return DateInputError("unparseable")
