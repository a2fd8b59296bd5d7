"""Deadline maths: protection ends, reminder kinds, quiet hours, dispute and refund clocks."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_REMINDER_OFFSETS: tuple[timedelta, ...] = (
    timedelta(days=7),
    timedelta(days=3),
    timedelta(days=1),
    timedelta(hours=12),
)
QUIET_START = time(23)
QUIET_END = time(8)

# C04: the sources name 5, 6, 10 or 11 days after shipping, so this is a range.
DISPUTE_BUTTON_DAYS: tuple[int, int] = (5, 11)
# C07: "about 5 days"; the dispute page's own timer wins.
SELLER_REPLY_DAYS = 5

# Method -> (typical, latest) business days after the refund decision (C01, C02, R72).
REFUND_BUSINESS_DAYS: dict[str, tuple[int, int]] = {
    "card": (10, 20),
    "alipay": (1, 3),
    "wallet": (1, 3),
    "ewallet": (5, 10),
}
# An unknown method gets the widest range so we never tell someone to chase too early.
DEFAULT_REFUND_METHOD = "card"

_UNITS: tuple[tuple[str, int], ...] = (("d", 86400), ("h", 3600), ("m", 60), ("s", 1))


def _require_aware(moment: datetime, name: str) -> None:
    """Reject naive datetimes, which would silently be read in the server's zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {moment!r}")


def _utc(moment: datetime, name: str = "moment") -> datetime:
    """Return the aware moment converted to UTC."""
    _require_aware(moment, name)
    return moment.astimezone(UTC)


def local_date_time(moment: datetime, tz: ZoneInfo) -> datetime:
    """The aware moment expressed in the user's zone."""
    _require_aware(moment, "moment")
    return moment.astimezone(tz)


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    """Calendar date of an aware moment in the user's zone (what to print as the deadline day)."""
    return local_date_time(moment, tz).date()


def days_left(deadline: datetime, now: datetime, tz: ZoneInfo) -> int:
    """Whole calendar days from today to the deadline's date, in tz (0 = today, <0 = passed)."""
    return (local_date(deadline, tz) - local_date(now, tz)).days


def time_left(deadline: datetime, now: datetime) -> timedelta:
    """Exact time remaining until the deadline (negative once it has passed)."""
    return _utc(deadline, "deadline") - _utc(now, "now")


def deadline_from_date(day: date, tz: ZoneInfo) -> datetime:
    """Deadline for "protection ends on <day>": 00:00 of that day in tz, as aware UTC."""
    # A midnight inside a DST gap resolves to the first real instant of the day.
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def deadline_from_countdown(now: datetime, days: int, hours: int = 0, minutes: int = 0) -> datetime:
    """Deadline for "N days (HH:MM) left": now plus that much real time, aware UTC."""
    if min(days, hours, minutes) < 0:
        raise ValueError("countdown parts must not be negative")
    # Add in UTC: a countdown is elapsed time, not wall-clock time across a DST change.
    return _utc(now, "now") + timedelta(days=days, hours=hours, minutes=minutes)


def deadline_from_shipping(shipped_on: date, promise_days: int, tz: ZoneInfo) -> datetime:
    """End of the order timer: 00:00 of (ship day + promised days) in tz, as aware UTC."""
    if promise_days < 0:
        raise ValueError("promise_days must not be negative")
    if isinstance(shipped_on, datetime):  # an aware datetime counts by its local day
        shipped_on = local_date(shipped_on, tz)
    return deadline_from_date(shipped_on + timedelta(days=promise_days), tz)


def reminder_kind(offset: timedelta) -> str:
    """Name a reminder by its lead time in the largest whole unit: 7 days -> "before_7d"."""
    seconds = int(offset.total_seconds())
    if seconds <= 0 or timedelta(seconds=seconds) != offset:
        raise ValueError(f"offset must be a positive whole number of seconds, got {offset!r}")
    unit, size = next((u, s) for u, s in _UNITS if seconds % s == 0)
    return f"before_{seconds // size}{unit}"


def lead_of_kind(kind: str) -> timedelta | None:
    """The lead time a `before_*` kind name was made from (inverse of reminder_kind), or None."""
    prefix, _sep, amount = kind.partition("_")
    size = dict(_UNITS).get(amount[-1:]) if prefix == "before" else None
    if size is None or not amount[:-1].isdigit():
        return None
    return timedelta(seconds=int(amount[:-1]) * size)


def in_quiet_hours(
    when: datetime, tz: ZoneInfo, start: time = QUIET_START, end: time = QUIET_END
) -> bool:
    """Whether `when`, read in tz, falls in [start, end); the window may wrap midnight."""
    clock = local_date_time(when, tz).time()
    if start == end:
        return False
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end


def out_of_quiet_hours(
    when: datetime, tz: ZoneInfo, start: time = QUIET_START, end: time = QUIET_END
) -> datetime:
    """Move a moment inside the quiet window to the window's end (local), returned as aware UTC."""
    if not in_quiet_hours(when, tz, start, end):
        return _utc(when)
    local = local_date_time(when, tz)
    day = local.date()
    if start > end and local.time() >= start:
        day += timedelta(days=1)
    # Combine on the local calendar so 08:00 stays 08:00 whatever the DST offset that day.
    return datetime.combine(day, end, tzinfo=tz).astimezone(UTC)


def add_business_days(start: date, n: int) -> date:
    """Step n Mon–Fri days from start (back if n < 0); holidays are unknown, so not skipped."""
    step = 1 if n >= 0 else -1
    day, remaining = start, abs(n)
    while remaining:
        day += timedelta(days=step)
        if day.weekday() < 5:
            remaining -= 1
    return day


def business_days_between(start: date, end: date) -> int:
    """Mon–Fri days in (start, end], negative if end is earlier; holidays are not known."""
    if end < start:
        return -business_days_between(end, start)
    weeks, extra = divmod((end - start).days, 7)
    count = weeks * 5
    for i in range(1, extra + 1):
        if (start + timedelta(days=i)).weekday() < 5:
            count += 1
    return count


def dispute_button_window(shipped_at: datetime) -> tuple[datetime, datetime]:
    """(earliest, latest typical) moment the dispute button appears after shipping (C04), UTC."""
    shipped = _utc(shipped_at, "shipped_at")
    first, last = DISPUTE_BUTTON_DAYS
    return shipped + timedelta(days=first), shipped + timedelta(days=last)


def seller_reply_due(dispute_opened_at: datetime) -> datetime:
    """When the seller's first reply is due (about 5 days, C07; not a promise), aware UTC."""
    return _utc(dispute_opened_at, "dispute_opened_at") + timedelta(days=SELLER_REPLY_DAYS)


def refund_business_days(method: str) -> tuple[int, int]:
    """(typical, latest) business days for a payment method; unknown methods get the card range."""
    key = method.strip().lower()
    return REFUND_BUSINESS_DAYS.get(key, REFUND_BUSINESS_DAYS[DEFAULT_REFUND_METHOD])
