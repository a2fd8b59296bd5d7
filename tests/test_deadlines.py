"""Deadline maths: local days, DST, reminders, quiet hours, business days, refund ranges."""

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from flows.deadlines.maths import (
    REFUND_BUSINESS_DAYS,
    add_business_days,
    business_days_between,
    days_left,
    deadline_from_countdown,
    deadline_from_date,
    deadline_from_shipping,
    dispute_button_window,
    in_quiet_hours,
    local_date,
    out_of_quiet_hours,
    refund_business_days,
    reminder_kind,
    seller_reply_due,
    time_left,
)

BERLIN = ZoneInfo("Europe/Berlin")
MOSCOW = ZoneInfo("Europe/Moscow")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """Aware UTC datetime."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("deadline", "now", "tz", "expected"),
    [
        # Auckland (UTC+13): local dates run a day ahead, UTC dates would say 2.
        (utc(2026, 3, 12, 10), utc(2026, 3, 10, 12), AUCKLAND, 1),
        # Los Angeles (UTC-7): local 9 Mar 22:00 -> 10 Mar 01:00; UTC dates would say 0.
        (utc(2026, 3, 10, 8), utc(2026, 3, 10, 5), LOS_ANGELES, 1),
        # Moscow (UTC+3): both moments on local 11 Mar; UTC dates would say 1.
        (utc(2026, 3, 11, 20), utc(2026, 3, 10, 22, 30), MOSCOW, 0),
        (utc(2026, 3, 9, 12), utc(2026, 3, 10, 12), MOSCOW, -1),
        # Berlin spring forward (29 Mar 2026): 34 real hours but two calendar days.
        (deadline_from_date(date(2026, 3, 30), BERLIN), utc(2026, 3, 28, 12), BERLIN, 2),
        # Berlin fall back (25 Oct 2026): the 25-hour day still counts once.
        (deadline_from_date(date(2026, 10, 26), BERLIN), utc(2026, 10, 24, 12), BERLIN, 2),
        # Month ends: 31 Jan to 28 Feb / 1 Mar, non-leap 2026 and leap 2028.
        (deadline_from_date(date(2026, 2, 28), MOSCOW), utc(2026, 1, 31, 9), MOSCOW, 28),
        (deadline_from_date(date(2026, 3, 1), MOSCOW), utc(2026, 1, 31, 9), MOSCOW, 29),
        (deadline_from_date(date(2028, 3, 1), MOSCOW), utc(2028, 1, 31, 9), MOSCOW, 30),
        (deadline_from_date(date(2026, 4, 30), MOSCOW), utc(2026, 3, 31, 9), MOSCOW, 30),
    ],
)
def test_days_left_counts_local_calendar_days(
    deadline: datetime, now: datetime, tz: ZoneInfo, expected: int
) -> None:
    assert days_left(deadline, now, tz) == expected


@pytest.mark.parametrize(
    ("day", "tz", "expected"),
    [
        (date(2026, 12, 25), AUCKLAND, utc(2026, 12, 24, 11)),
        (date(2026, 12, 25), LOS_ANGELES, utc(2026, 12, 25, 8)),
        (date(2026, 12, 25), MOSCOW, utc(2026, 12, 24, 21)),
        (date(2026, 3, 29), BERLIN, utc(2026, 3, 28, 23)),  # DST day starts in CET
        (date(2026, 3, 30), BERLIN, utc(2026, 3, 29, 22)),  # first full CEST day
        (date(2026, 10, 26), BERLIN, utc(2026, 10, 25, 23)),
    ],
)
def test_deadline_from_date_is_local_midnight_in_utc(
    day: date, tz: ZoneInfo, expected: datetime
) -> None:
    result = deadline_from_date(day, tz)
    assert result == expected
    assert result.tzinfo is UTC
    assert local_date(result, tz) == day


@pytest.mark.parametrize(
    ("now", "days", "hours", "minutes", "expected"),
    [
        (utc(2026, 3, 10, 12), 2, 0, 0, utc(2026, 3, 12, 12)),
        (utc(2026, 3, 10, 12), 12, 5, 30, utc(2026, 3, 22, 17, 30)),
        (utc(2026, 1, 31, 12), 30, 0, 0, utc(2026, 3, 2, 12)),
        # now given in Berlin before spring forward: 48 real hours, not wall-clock +2 days.
        (datetime(2026, 3, 28, 12, tzinfo=BERLIN), 2, 0, 0, utc(2026, 3, 30, 11)),
        (datetime(2026, 10, 24, 12, tzinfo=BERLIN), 2, 0, 0, utc(2026, 10, 26, 10)),
        (utc(2026, 3, 10, 12), 0, 0, 0, utc(2026, 3, 10, 12)),
    ],
)
def test_deadline_from_countdown_adds_real_time(
    now: datetime, days: int, hours: int, minutes: int, expected: datetime
) -> None:
    result = deadline_from_countdown(now, days, hours, minutes)
    assert result == expected
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("now", "days", "hours", "expected_days_left"),
    [
        # "2 days left" at 22:00 Moscow: still the 2nd calendar day ahead.
        (utc(2026, 3, 10, 19), 2, 0, 2),
        # "2 д 03:00" at 22:00 Moscow crosses midnight: 3 calendar days.
        (utc(2026, 3, 10, 19), 2, 3, 3),
        (utc(2026, 3, 10, 9), 2, 3, 2),
        (utc(2026, 3, 10, 9), 0, 11, 0),
    ],
)
def test_days_left_after_countdown_rounds_by_calendar(
    now: datetime, days: int, hours: int, expected_days_left: int
) -> None:
    assert days_left(deadline_from_countdown(now, days, hours), now, MOSCOW) == expected_days_left


def test_time_left_is_exact() -> None:
    now = datetime(2026, 3, 28, 12, tzinfo=BERLIN)
    deadline = deadline_from_date(date(2026, 3, 30), BERLIN)
    assert time_left(deadline, now) == timedelta(hours=35)
    assert time_left(now, deadline) == -timedelta(hours=35)


@pytest.mark.parametrize(
    ("shipped", "promise", "tz", "expected"),
    [
        (date(2026, 3, 1), 30, MOSCOW, utc(2026, 3, 30, 21)),
        # 22:00 UTC on 28 Feb is already 1 Mar in Moscow.
        (utc(2026, 2, 28, 22), 30, MOSCOW, utc(2026, 3, 30, 21)),
        (date(2026, 1, 31), 28, LOS_ANGELES, utc(2026, 2, 28, 8)),
        (date(2026, 3, 20), 10, BERLIN, utc(2026, 3, 29, 22)),
    ],
)
def test_deadline_from_shipping(
    shipped: date, promise: int, tz: ZoneInfo, expected: datetime
) -> None:
    assert deadline_from_shipping(shipped, promise, tz) == expected


@pytest.mark.parametrize(
    "call",
    [
        lambda: deadline_from_countdown(utc(2026, 3, 10), -1),
        lambda: deadline_from_countdown(utc(2026, 3, 10), 1, -2),
        lambda: deadline_from_shipping(date(2026, 3, 1), -1, MOSCOW),
        lambda: deadline_from_countdown(datetime(2026, 3, 10), 1),
        lambda: days_left(datetime(2026, 3, 10), utc(2026, 3, 10), MOSCOW),
        lambda: out_of_quiet_hours(datetime(2026, 3, 10, 23, 30), BERLIN),
        lambda: seller_reply_due(datetime(2026, 3, 10)),
    ],
)
def test_bad_arguments_raise(call: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match="must"):
        call()


@pytest.mark.parametrize(
    ("offset", "kind"),
    [
        (timedelta(days=7), "before_7d"),
        (timedelta(days=3), "before_3d"),
        (timedelta(days=1), "before_1d"),
        (timedelta(hours=12), "before_12h"),
        (timedelta(hours=48), "before_2d"),
        (timedelta(hours=36), "before_36h"),
        (timedelta(minutes=90), "before_90m"),
        (timedelta(seconds=45), "before_45s"),
    ],
)
def test_reminder_kind(offset: timedelta, kind: str) -> None:
    assert reminder_kind(offset) == kind


@pytest.mark.parametrize("offset", [timedelta(0), timedelta(hours=-1), timedelta(seconds=1.5)])
def test_reminder_kind_rejects_bad_offsets(offset: timedelta) -> None:
    with pytest.raises(ValueError, match="positive whole number of seconds"):
        reminder_kind(offset)


@pytest.mark.parametrize(
    ("when", "tz", "expected"),
    [
        (utc(2026, 3, 10, 22, 30), BERLIN, utc(2026, 3, 11, 7)),  # 23:30 CET -> 08:00
        (utc(2026, 3, 10, 22), BERLIN, utc(2026, 3, 11, 7)),  # exactly 23:00 is quiet
        (utc(2026, 3, 11, 6, 59), BERLIN, utc(2026, 3, 11, 7)),  # 07:59
        (utc(2026, 3, 11, 7), BERLIN, utc(2026, 3, 11, 7)),  # 08:00 is allowed
        (utc(2026, 3, 10, 21, 59), BERLIN, utc(2026, 3, 10, 21, 59)),  # 22:59 allowed
        # Spring forward: 08:00 on 29 Mar is CEST (06:00 UTC), not 07:00 UTC.
        (utc(2026, 3, 28, 22, 30), BERLIN, utc(2026, 3, 29, 6)),
        (utc(2026, 3, 29, 0, 30), BERLIN, utc(2026, 3, 29, 6)),
        (utc(2026, 3, 29, 1, 30), BERLIN, utc(2026, 3, 29, 6)),
        # Fall back: 08:00 on 25 Oct is CET (07:00 UTC); 02:30 happens twice.
        (utc(2026, 10, 24, 21, 30), BERLIN, utc(2026, 10, 25, 7)),
        (utc(2026, 10, 25, 0, 30), BERLIN, utc(2026, 10, 25, 7)),
        (utc(2026, 10, 25, 1, 30), BERLIN, utc(2026, 10, 25, 7)),
        # Local quiet hours even though it is midday UTC.
        (utc(2026, 3, 10, 11), AUCKLAND, utc(2026, 3, 10, 19)),
        (utc(2026, 3, 10, 18), LOS_ANGELES, utc(2026, 3, 10, 18)),  # 11:00 PDT
        (utc(2026, 3, 10, 12), LOS_ANGELES, utc(2026, 3, 10, 15)),  # 05:00 PDT
        (utc(2026, 3, 10, 7), LOS_ANGELES, utc(2026, 3, 10, 15)),
        # Input in a local zone comes back in UTC.
        (datetime(2026, 3, 10, 23, 30, tzinfo=MOSCOW), MOSCOW, utc(2026, 3, 11, 5)),
    ],
)
def test_out_of_quiet_hours(when: datetime, tz: ZoneInfo, expected: datetime) -> None:
    result = out_of_quiet_hours(when, tz)
    assert result == expected
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("local_clock", "start", "end", "quiet"),
    [
        (time(13, 30), time(13), time(14), True),  # window that does not wrap
        (time(14), time(13), time(14), False),
        (time(12, 59), time(13), time(14), False),
        (time(3), time(8), time(8), False),  # empty window
        (time(0), time(23), time(8), True),
    ],
)
def test_in_quiet_hours_windows(local_clock: time, start: time, end: time, quiet: bool) -> None:
    when = datetime.combine(date(2026, 3, 10), local_clock, tzinfo=MOSCOW)
    assert in_quiet_hours(when, MOSCOW, start, end) is quiet


def test_custom_window_moves_to_its_end_same_day() -> None:
    when = datetime(2026, 3, 10, 13, 30, tzinfo=MOSCOW)
    assert out_of_quiet_hours(when, MOSCOW, time(13), time(14)) == utc(2026, 3, 10, 11)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 3, 13), 1, date(2026, 3, 16)),  # Fri -> Mon
        (date(2026, 3, 14), 1, date(2026, 3, 16)),  # Sat -> Mon
        (date(2026, 3, 15), 1, date(2026, 3, 16)),  # Sun -> Mon
        (date(2026, 3, 9), 5, date(2026, 3, 16)),
        (date(2026, 3, 9), 10, date(2026, 3, 23)),
        (date(2026, 3, 11), 20, date(2026, 4, 8)),
        (date(2026, 3, 13), 0, date(2026, 3, 13)),
        (date(2026, 3, 14), 0, date(2026, 3, 14)),
        (date(2026, 3, 16), -1, date(2026, 3, 13)),  # Mon back to Fri
        (date(2026, 4, 30), 1, date(2026, 5, 1)),  # holidays unknown: 1 May counts
        (date(2026, 4, 30), 2, date(2026, 5, 4)),
        (date(2026, 12, 31), 1, date(2027, 1, 1)),
    ],
)
def test_add_business_days(start: date, n: int, expected: date) -> None:
    assert add_business_days(start, n) == expected


@pytest.mark.parametrize("n", [0, 1, 3, 5, 7, 10, 11])
def test_business_days_between_counts_what_add_business_days_added(n: int) -> None:
    friday = date(2026, 3, 13)
    assert business_days_between(friday, add_business_days(friday, n)) == n
    assert business_days_between(add_business_days(friday, n), friday) == -n


def test_a_weekend_adds_no_business_day() -> None:
    assert business_days_between(date(2026, 3, 13), date(2026, 3, 15)) == 0  # Fri -> Sun
    assert business_days_between(date(2026, 3, 13), date(2026, 3, 16)) == 1  # Fri -> Mon


def test_refund_table_ranges_are_ordered_and_card_is_widest() -> None:
    widest = refund_business_days("card")
    assert widest == (10, 20)
    for typical, latest in REFUND_BUSINESS_DAYS.values():
        assert 0 < typical <= latest <= widest[1]


def test_dispute_button_window_is_a_range() -> None:
    shipped = datetime(2026, 3, 27, 12, tzinfo=BERLIN)  # 11:00 UTC, before the DST change
    earliest, latest = dispute_button_window(shipped)
    assert (earliest, latest) == (utc(2026, 4, 1, 11), utc(2026, 4, 7, 11))
    assert earliest.tzinfo is UTC


def test_seller_reply_clock() -> None:
    opened = utc(2026, 3, 10, 8)
    assert seller_reply_due(opened) == utc(2026, 3, 15, 8)
