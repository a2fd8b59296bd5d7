"""Where time comes from: the system clock in production, a fake one in tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current aware UTC time."""

    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current moment from the operating system, in UTC."""
        return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """An aware datetime as a UTC ISO string, so stored times compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")
