"""The schedule before the first question and the calendar file follow the configured lead
times (REFUNDBOT_REMINDER_OFFSETS), in English and Russian."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from icalendar import Calendar

from bot.console import chat as console_chat
from bot.dialogue.assembly import build_service
from tests.support.clock import FakeClock

OFFSETS = (timedelta(days=2), timedelta(hours=6))
ADD_AND_OPEN = ["/orders", "1", "1", "8123456789012345", "Skip", "Moscow (UTC+3)", "25.03",
                "1", "Skip", "/orders", "1", "5"]


async def talk(db: sqlite_utils.Database, clock: FakeClock, typed: list[str], lang: str) -> str:
    """Type lines into the terminal chat of a bot with two lead times; what it printed."""
    service = build_service(db, clock, reminder_offsets=OFFSETS)
    out = io.StringIO()
    await console_chat(service, io.StringIO("\n".join(typed) + "\n"), out, 5, lang)
    return out.getvalue()


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ("• 2 days before the end: prepare the evidence and decide",
            "• 6 hours before the end: open the dispute now")),
    ("ru", ("• За 2 дня до конца: собрать доказательства и принять решение",
            "• За 6 часов до конца: открыть спор сейчас")),
])
async def test_the_schedule_names_the_configured_lead_times(
        db: sqlite_utils.Database, clock: FakeClock, lang: str, lines: tuple[str, ...]) -> None:
    printed = await talk(db, clock, ["/orders", "1"], lang)
    for line in lines:
        assert line in printed
    assert "7 days" not in printed and "7 дней" not in printed


async def test_the_calendar_alarms_are_the_configured_lead_times(
        db: sqlite_utils.Database, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    await talk(db, clock, ADD_AND_OPEN, "en")
    calendar = Calendar.from_ical((tmp_path / "order-8123456789012345.ics").read_bytes())
    [event] = calendar.walk("VEVENT")
    alarms = sorted(-a.decoded("trigger") for a in event.walk("VALARM"))
    assert alarms == sorted(OFFSETS)
