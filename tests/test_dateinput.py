"""Parsing typed deadlines in English and Russian, with fixed clocks and several zones."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from flows.deadlines.maths import days_left, deadline_from_date
from flows.inputs.dateinput import (
    MAX_DAYS_AHEAD,
    AmbiguousDate,
    DateInputError,
    DeadlineInput,
    ErrorReason,
    InputKind,
    parse_deadline,
    read_deadline,
)
from flows.languages import LANGUAGES

MOSCOW = ZoneInfo("Europe/Moscow")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")

NOW = datetime(2026, 7, 1, 9, tzinfo=UTC)  # Wed 1 July 2026, 12:00 in Moscow
CHRISTMAS = deadline_from_date(date(2026, 12, 25), MOSCOW)  # 24 Dec 21:00 UTC


def after(days: int = 0, hours: int = 0, minutes: int = 0) -> datetime:
    """NOW plus a countdown, in UTC."""
    return NOW + timedelta(days=days, hours=hours, minutes=minutes)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "kind", "deadline", "inferred"),
    [
        # Numeric dates, day first.
        ("25.12", "date", CHRISTMAS, True),
        ("25.12.2026", "date", CHRISTMAS, False),
        ("25.12.26", "date", CHRISTMAS, False),
        ("25/12", "date", CHRISTMAS, True),
        ("25-12", "date", CHRISTMAS, True),
        ("2026-12-25", "date", CHRISTMAS, False),
        ("  25.12.  ", "date", CHRISTMAS, True),
        ("12/25", "date", CHRISTMAS, True),  # US order only because 25 can't be a month
        ("12/25/2026", "date", CHRISTMAS, False),
        ("5.7", "date", deadline_from_date(date(2026, 7, 5), MOSCOW), True),
        ("05.07", "date", deadline_from_date(date(2026, 7, 5), MOSCOW), True),
        ("3.8", "date", deadline_from_date(date(2026, 8, 3), MOSCOW), True),  # 3 Aug, not 8 Mar
        ("01.07", "date", NOW, True),  # today: never before now
        ("30.11", "date", deadline_from_date(date(2026, 11, 30), MOSCOW), True),
        # Russian month names.
        ("25 декабря", "date", CHRISTMAS, True),
        ("25 дек", "date", CHRISTMAS, True),
        ("25 дек.", "date", CHRISTMAS, True),
        ("25 декабря 2026", "date", CHRISTMAS, False),
        ("25 Декабря 2026 г.", "date", CHRISTMAS, False),
        ("25-го декабря", "date", CHRISTMAS, True),
        ("25 декабрь", "date", CHRISTMAS, True),
        ("до 25 декабря", "date", CHRISTMAS, True),
        ("1 сентября", "date", deadline_from_date(date(2026, 9, 1), MOSCOW), True),
        ("15 авг", "date", deadline_from_date(date(2026, 8, 15), MOSCOW), True),
        ("7 ноября", "date", deadline_from_date(date(2026, 11, 7), MOSCOW), True),
        ("2 июля", "date", deadline_from_date(date(2026, 7, 2), MOSCOW), True),
        # English month names.
        ("Dec 25", "date", CHRISTMAS, True),
        ("25 Dec", "date", CHRISTMAS, True),
        ("December 25, 2026", "date", CHRISTMAS, False),
        ("25th December", "date", CHRISTMAS, True),
        ("the 25th of December", "date", CHRISTMAS, True),
        ("Decmber 25", "date", CHRISTMAS, True),
        ("DEC 25!!", "date", CHRISTMAS, True),
        ("Sept 1", "date", deadline_from_date(date(2026, 9, 1), MOSCOW), True),
        ("July 2nd", "date", deadline_from_date(date(2026, 7, 2), MOSCOW), True),
        # Relative words.
        ("tomorrow", "date", deadline_from_date(date(2026, 7, 2), MOSCOW), False),
        ("Завтра", "date", deadline_from_date(date(2026, 7, 2), MOSCOW), False),
        ("послезавтра", "date", deadline_from_date(date(2026, 7, 3), MOSCOW), False),
        ("today", "date", NOW, False),
        ("сегодня", "date", NOW, False),
        # Days left.
        ("12", "days_left", after(12), False),
        ("12 days", "days_left", after(12), False),
        ("in 12 days", "days_left", after(12), False),
        ("12 days left", "days_left", after(12), False),
        ("12d", "days_left", after(12), False),
        ("через 12 дней", "days_left", after(12), False),
        ("12 дней", "days_left", after(12), False),
        ("осталось 12 дней", "days_left", after(12), False),
        ("12 дн", "days_left", after(12), False),
        ("12 дн.", "days_left", after(12), False),
        ("ещё 2 дня", "days_left", after(2), False),
        ("1 day", "days_left", after(1), False),
        ("1 день", "days_left", after(1), False),
        ("0 days", "days_left", NOW, False),
        ("0", "days_left", NOW, False),
        (str(MAX_DAYS_AHEAD), "days_left", after(MAX_DAYS_AHEAD), False),
        # Countdown as shown on the order page.
        ("12 days 05:30", "countdown", after(12, 5, 30), False),
        ("12 д 05:30", "countdown", after(12, 5, 30), False),
        ("12 д. 05:30:44", "countdown", after(12, 5, 30), False),  # seconds dropped: earlier
        ("12 days, 5 hours", "countdown", after(12, 5), False),
        ("12 дней 5 часов 30 минут", "countdown", after(12, 5, 30), False),
        ("0 д 07:15", "countdown", after(0, 7, 15), False),
    ],
)
def test_parses(text: str, kind: InputKind, deadline: datetime, inferred: bool, lang: str) -> None:
    result = parse_deadline(text, lang, NOW, MOSCOW)
    assert result == DeadlineInput(kind, deadline, inferred)
    assert isinstance(result, DeadlineInput)
    assert result.deadline.tzinfo is UTC
    assert result.deadline >= NOW


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "unparseable"),
        ("   ", "unparseable"),
        ("abc", "unparseable"),
        ("?!", "unparseable"),
        ("31.02", "unparseable"),
        ("31.04", "unparseable"),  # April has 30 days
        ("29.02.2027", "unparseable"),
        ("13.13", "unparseable"),
        ("00.12", "unparseable"),
        ("32 декабря", "unparseable"),
        ("25 foo", "unparseable"),
        ("jule 4", "unparseable"),  # June or July: too ambiguous to guess
        ("jury 5", "unparseable"),  # close to "july", but not close enough
        ("12 apples", "unparseable"),
        ("через неделю 5", "unparseable"),
        ("12 д 25:00", "unparseable"),
        ("12 д 05:75", "unparseable"),
        ("25.12.2026.1", "unparseable"),
        ("-3", "in_past"),
        ("-3 days", "in_past"),
        ("30.06", "in_past"),  # yesterday: not next June
        ("30.04", "in_past"),
        ("3 мая", "in_past"),
        ("25.12.2025", "in_past"),
        ("June 30, 2026", "in_past"),
        ("2026-06-30", "in_past"),
        ("25.12.2027", "too_far"),
        (str(MAX_DAYS_AHEAD + 1), "too_far"),
        ("365 дней", "too_far"),
        ("250 days 01:00", "too_far"),
    ],
)
def test_rejects(text: str, reason: ErrorReason, lang: str) -> None:
    assert parse_deadline(text, lang, NOW, MOSCOW) == DateInputError(reason)


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        # Year rollover: typed on 20 Dec, early January means next year.
        (
            "05.01",
            datetime(2026, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2027, 1, 5), MOSCOW), True),
        ),
        (
            "5 января",
            datetime(2026, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2027, 1, 5), MOSCOW), True),
        ),
        (
            "Jan 5th",
            datetime(2026, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2027, 1, 5), MOSCOW), True),
        ),
        ("19.12", datetime(2026, 12, 20, 9, tzinfo=UTC), MOSCOW, DateInputError("in_past")),
        (
            "20.12",
            datetime(2026, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", datetime(2026, 12, 20, 9, tzinfo=UTC), True),
        ),
        # Leap day: fine when the next 29 Feb is near, not a date in 2027.
        (
            "29.02.2028",
            datetime(2027, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2028, 2, 29), MOSCOW), False),
        ),
        (
            "29.02",
            datetime(2027, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2028, 2, 29), MOSCOW), True),
        ),
        (
            "29 февраля",
            datetime(2027, 12, 20, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2028, 2, 29), MOSCOW), True),
        ),
        ("29.02", datetime(2026, 7, 1, 9, tzinfo=UTC), MOSCOW, DateInputError("unparseable")),
        ("29.02", datetime(2027, 7, 1, 9, tzinfo=UTC), MOSCOW, DateInputError("too_far")),
        # Month end: "in 30 days" from 31 Jan lands on 2 Mar (non-leap year).
        (
            "30 days",
            datetime(2026, 1, 31, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("days_left", datetime(2026, 3, 2, 9, tzinfo=UTC)),
        ),
        (
            "28.02",
            datetime(2026, 1, 31, 9, tzinfo=UTC),
            MOSCOW,
            DeadlineInput("date", deadline_from_date(date(2026, 2, 28), MOSCOW), True),
        ),
        # Auckland (UTC+12): 13:00 UTC on 1 Jul is already 2 Jul there.
        ("01.07", datetime(2026, 7, 1, 13, tzinfo=UTC), AUCKLAND, DateInputError("in_past")),
        (
            "today",
            datetime(2026, 7, 1, 13, tzinfo=UTC),
            AUCKLAND,
            DeadlineInput("date", datetime(2026, 7, 1, 13, tzinfo=UTC)),
        ),
        (
            "25.12",
            datetime(2026, 7, 1, 13, tzinfo=UTC),
            AUCKLAND,
            DeadlineInput("date", datetime(2026, 12, 24, 11, tzinfo=UTC), True),
        ),
        # Los Angeles (UTC-7): 05:00 UTC on 1 Jul is still 30 Jun there.
        (
            "tomorrow",
            datetime(2026, 7, 1, 5, tzinfo=UTC),
            LOS_ANGELES,
            DeadlineInput("date", datetime(2026, 7, 1, 7, tzinfo=UTC)),
        ),
        (
            "30.06",
            datetime(2026, 7, 1, 5, tzinfo=UTC),
            LOS_ANGELES,
            DeadlineInput("date", datetime(2026, 7, 1, 5, tzinfo=UTC), True),
        ),
        # Berlin spring forward: "2 days" is 48 real hours even if now is given in local time.
        (
            "2 дня",
            datetime(2026, 3, 28, 12, tzinfo=BERLIN),
            BERLIN,
            DeadlineInput("days_left", datetime(2026, 3, 30, 11, tzinfo=UTC)),
        ),
        (
            "30.03",
            datetime(2026, 3, 28, 12, tzinfo=BERLIN),
            BERLIN,
            DeadlineInput("date", datetime(2026, 3, 29, 22, tzinfo=UTC), True),
        ),
    ],
)
def test_clock_and_zone_edges(
    text: str, now: datetime, tz: ZoneInfo, expected: DeadlineInput | DateInputError
) -> None:
    assert parse_deadline(text, "en", now, tz) == expected


@pytest.mark.parametrize(
    ("text", "expected_days_left"),
    [
        ("2 days", 2),  # 22:00 Moscow + 48 h is still two calendar days on
        ("2 д 03:00", 3),  # crosses local midnight
        ("2 д 01:59", 2),
        ("0 д 02:30", 1),
    ],
)
def test_days_left_rounding_after_parse(text: str, expected_days_left: int) -> None:
    now = datetime(2026, 3, 10, 19, tzinfo=UTC)  # 22:00 in Moscow
    result = parse_deadline(text, "ru", now, MOSCOW)
    assert isinstance(result, DeadlineInput)
    assert days_left(result.deadline, now, MOSCOW) == expected_days_left


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_deadline("12", "en", datetime(2026, 7, 1, 9), MOSCOW)


def test_results_are_frozen() -> None:
    result = parse_deadline("12", "en", NOW, MOSCOW)
    assert isinstance(result, DeadlineInput)
    with pytest.raises(AttributeError):
        result.kind = "date"  # type: ignore[misc]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("in 2 weeks", "days_left", 14),
        ("2 weeks", "days_left", 14),
        ("a week", "days_left", 7),
        ("3 weeks left", "days_left", 21),
        ("через 2 недели", "days_left", 14),
        ("через неделю", "days_left", 7),
        ("осталось 3 недели", "days_left", 21),
        ("5 недель", "days_left", 35),
        ("2 нед.", "days_left", 14),
    ],
)
def test_weeks_count_as_days_left(text: str, kind: InputKind, days: int, lang: str) -> None:
    assert parse_deadline(text, lang, NOW, MOSCOW) == DeadlineInput(kind, after(days))


@pytest.mark.parametrize(
    ("text", "plain"),
    [("до 25.12.2026", "25.12.2026"), ("до 25 декабря", "25 декабря"),
     ("until 2026-12-25", "2026-12-25"), ("by 25.12", "25.12"), ("До 5.09", "5.09")],
)
def test_a_word_before_the_date_changes_nothing(text: str, plain: str) -> None:
    assert parse_deadline(text, "ru", NOW, MOSCOW) == parse_deadline(plain, "ru", NOW, MOSCOW)
    assert isinstance(parse_deadline(text, "ru", NOW, MOSCOW), DeadlineInput)


@pytest.mark.parametrize("text", ["до", "через недели недели", "in 100 weeks", "до завтра 5"])
def test_week_and_until_forms_still_reject_nonsense(text: str) -> None:
    assert isinstance(parse_deadline(text, "en", NOW, MOSCOW), DateInputError)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [("1/9", date(2026, 9, 1), date(2027, 1, 9)), ("09/08", date(2026, 8, 9), date(2026, 9, 8)),
     ("до 9/8", date(2026, 8, 9), date(2026, 9, 8)),
     ("10-11-2026", date(2026, 11, 10), date(2026, 10, 11))],
)
def test_a_date_that_reads_two_ways_is_asked_about(
    text: str, first: date, second: date, lang: str
) -> None:
    found = read_deadline(text, lang, NOW, MOSCOW)
    assert isinstance(found, AmbiguousDate)
    assert found.days == (first, second)  # day-first reading first, for the two buttons
    assert [r.deadline for r in found.readings] == [deadline_from_date(first, MOSCOW),
                                                    deadline_from_date(second, MOSCOW)]
    assert all(r.kind == "date" for r in found.readings)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text", ["25/12", "12/25", "5.8", "05.08", "1/1", "12 days", "3"])
def test_a_date_that_reads_one_way_is_not_asked_about(text: str, lang: str) -> None:
    found = read_deadline(text, lang, NOW, MOSCOW)
    assert found == parse_deadline(text, lang, NOW, MOSCOW)
    assert not isinstance(found, AmbiguousDate)


def test_a_reading_that_cannot_be_a_deadline_leaves_the_other() -> None:
    # 1 July 2026: "30/6" is only 30 June (gone, and there is no month 30): nothing to ask
    assert read_deadline("30/6", "en", NOW, MOSCOW) == DateInputError("in_past")
    # "1/6": 1 June has passed (too long ago to be next year's), 6 January is ahead
    found = read_deadline("1/6", "en", NOW, MOSCOW)
    assert isinstance(found, DeadlineInput)
    assert found.deadline == deadline_from_date(date(2027, 1, 6), MOSCOW)
    # "3-10-2026": 10 March 2026 has passed, so only 3 October is meant
    found = read_deadline("3-10-2026", "en", NOW, MOSCOW)
    assert isinstance(found, DeadlineInput)
    assert found.deadline == deadline_from_date(date(2026, 10, 3), MOSCOW)
