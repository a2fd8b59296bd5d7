"""A silence counted from the last scan's day of the month to the day the buyer says is today
(thirty-first pass): "last update on the 4th, today is the 20th", "no update since the 10th, its
the 16th", «последнее обновление 4-го, сегодня 20-е»; no count when the month is named after the
day or when today's day is not said. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts
from tests.support.chat import Chat

TODAY = date(2026, 12, 8)

ROWS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("en", "shipped on the 1st, last update on the 3rd, today is the 21st", "dead", "18"),
    ("en", "the last scan was on the 6th and its the 13th now", "stalled", "7"),
    ("en", "no update since the 9th, its the 15th. the post says they don't have it", "stalled",
     "6"),
    ("ru", "последнее обновление трека 2-го, сегодня 19-е", "dead", "17"),
    ("ru", "трек не обновлялся с 11-го, сегодня 18-е", "stalled", "7"),
    ("ru", "последний статус был 3 числа, сегодня 10-е", "stalled", "7"),
    # today's day not said, or a month named: no count from these words
    ("en", "last update on the 4th, what should i do", None, None),
    ("en", "its the 5th of march and the last update was on the 1st", None, None),
    ("ru", "последнее обновление 4-го, что делать?", None, None),
)


@pytest.mark.parametrize(("lang", "text", "state", "days"), ROWS)
def test_a_silence_from_the_last_scans_day_to_today(lang: str, text: str, state: str | None,
                                                    days: str | None) -> None:
    found = extract_facts(text, lang, TODAY)
    assert (found.get("tracking"), found.get("tracking_quiet_days")) == (state, days), text


async def test_the_silence_counted_from_days_of_the_month_skips_the_tracking_question(
        chat: Chat) -> None:
    """22 days without a scan, counted from the days of the month: the tracking question is
    answered from the text (15 days or more: the dead-number answer)."""
    await chat.send("/start")
    await chat.send("my parcel: last update on the 2nd, today is the 24th, nothing since")
    assert ('You said the tracking shows "No updates for 15+ days / dead number", so I skipped '
            "that question.") in chat.transcript()


@pytest.mark.parametrize(("text", "state", "days"), [
    ("third day, tracking hasnt moved from the sorting centre", "stalled", "3"),
    ("its the fifth day with no update at all", "stalled", "5"),
    # an ordinal of another thing than the silence's day gives no silence
    ("the third parcel has not moved, the other two came", None, None),
])
def test_an_ordinal_day_of_a_silence_is_its_count(text: str, state: str | None,
                                                  days: str | None) -> None:
    """As «девятый день стоит» in Russian, "the fifth day with no update" is five days."""
    found = extract_facts(text, "en", TODAY)
    assert (found.get("tracking"), found.get("tracking_quiet_days")) == (state, days), text
