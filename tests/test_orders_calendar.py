"""An order's deadlines as an .ics document, on Telegram and in the terminal.

The clock stands at Tuesday 10 March 2026, 12:00 UTC (15:00 in Moscow).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from bot.console import chat as console_chat
from bot.dialogue.service import DialogueService
from emulator.botapi import UploadedFile
from tests.support.chat import Chat
from tests.support.orders import RU, add_order

pytestmark = pytest.mark.usefixtures("plan_calls")


def sent_calendar(chat: Chat) -> tuple[str, Calendar]:
    """The file name and parsed content of the last document the bot sent."""
    upload = chat.emu.calls_of("sendDocument")[-1].params["document"]
    assert isinstance(upload, UploadedFile)
    return upload.filename, Calendar.from_ical(upload.content)


def events(calendar: Calendar) -> dict[str, Any]:
    """The calendar's events by the kind at the end of their UID."""
    return {str(e["uid"]).rsplit("-", 1)[-1]: e for e in calendar.walk("VEVENT")}


async def test_calendar_file_has_the_deadline_and_the_alarms(chat: Chat) -> None:
    await add_order(chat, "25.03")
    await chat.send("/orders")
    await chat.click("📦 headphones")
    await chat.click("Calendar file")
    name, calendar = sent_calendar(chat)
    assert name == "order-8123456789012345.ics"
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2026, 3, 24, 21, 0, tzinfo=UTC)
    assert str(event["summary"]) == "Buyer protection ends: headphones"
    triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
    assert triggers == [-timedelta(days=7), -timedelta(days=3), -timedelta(days=1),
                        -timedelta(hours=12)]
    assert "Here is a calendar file" in chat.last_text()
    assert "⬅️ Back to the order" in chat.buttons()


async def test_calendar_adds_the_seller_reply_but_never_a_refund_date(chat: Chat) -> None:
    await add_order(chat)
    await chat.send("/orders")
    await chat.click("📦 headphones")
    await chat.click("I opened a dispute")
    await chat.click("Today")
    await chat.click("Calendar file")
    found = events(sent_calendar(chat)[1])
    assert found["seller_reply"].decoded("dtstart") == datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
    await chat.click("Back to the order")
    await chat.click("Dispute closed / decided")
    await chat.click("Won: a refund was decided")
    await chat.click("Bank card")
    await chat.click("Calendar file")
    found = events(sent_calendar(chat)[1])
    assert set(found) == {"protection"}  # a refund takes a range of business days, not a date


async def test_russian_calendar_file(ru: Chat) -> None:
    await add_order(ru, label="наушники", labels=RU)
    await ru.send("/orders")
    await ru.click("📦 наушники")
    await ru.click("Файл для календаря")
    [event] = sent_calendar(ru)[1].walk("VEVENT")
    assert str(event["summary"]) == "Защита покупателя заканчивается: наушники"


async def test_the_terminal_writes_the_file_and_prints_its_path(
    service: DialogueService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    typed = ["/orders", "1", "1", "8123456789012345", "Skip", "Moscow (UTC+3)", "25.03",
             "1", "Skip", "/orders", "1", "5"]
    out = io.StringIO()
    await console_chat(service, io.StringIO("\n".join(typed) + "\n"), out, 5, "en")
    path = tmp_path / "order-8123456789012345.ics"
    assert f"📎 file saved: {path}" in out.getvalue()
    assert b"DTSTART:20260324T210000Z" in path.read_bytes()
