"""A tracking silence told with its days first or since it last moved (twenty-eighth cycle):
"20 days not a single update", "it's been 4 days since the parcel moved". Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "days"), [
    ("20 days not a single update on my headphones", "20"),
    ("9 days and no new scans, what now", "9"),
    ("it's been 4 days since the parcel moved", "4"),
    ("its been 12 days since the tracking last updated", "12"),
    # the order's age is no silence
    ("it's been 12 days since i ordered", None),
])
def test_the_days_of_a_silence_told_first(text: str, days: str | None) -> None:
    assert extract_facts(text, "en", TODAY).get("tracking_quiet_days") == days, text


@pytest.mark.parametrize(("lang", "text", "days"), [
    ("en", "no update since the 4th and today is the 18th", "14"),
    ("en", "tracking has not moved since oct 2, today is the 20th", "18"),
    ("ru", "трек молчит с 3 числа, а сегодня 15-е", "12"),
    ("ru", "с 1 ноября ни одного статуса, сегодня уже 19-е", "18"),
    # a day of the month with no today told: no count to guess
    ("en", "no update since the 4th", None),
])
def test_a_silence_counted_to_the_day_of_the_month_told_as_today(
        lang: str, text: str, days: str | None) -> None:
    """A silence since a day of the month, or since a date, counts to the day of the month the
    buyer says is today."""
    assert extract_facts(text, lang, TODAY).get("tracking_quiet_days") == days, text
