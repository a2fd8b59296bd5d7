"""A tracking silence told as a date ("no update since feb 20", «трек стоит с 20 февраля") is
counted to today (the tests' `TODAY`, 10 March 2026), or to today's date or the silence's end when
the message tells them; a date that reads two ways, lies ahead, or is another's silence gives none.

Every message here is our own; no line of a dev set is copied.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Cases, Want, kind_rows, read_as

CASES: Cases = {
    "since a date: counted to today": (
        ("en", "no update since feb 20", {"tracking": "dead", "tracking_quiet_days": "18"}),
        ("en", "tracking stuck since 1 march", {"tracking": "stalled",
                                                "tracking_quiet_days": "9"}),
        ("en", "the last tracking update is from feb 2nd",
         {"tracking": "dead", "tracking_quiet_days": "36"}),
        ("en", "tracking hasn't moved since 28.02", {"tracking_quiet_days": "10"}),
        ("ru", "трек стоит с 20 февраля", {"tracking": "dead", "tracking_quiet_days": "18"}),
        ("ru", "с 1.03 трек не обновлялся", {"tracking": "stalled", "tracking_quiet_days": "9"}),
        ("ru", "последнее обновление трека 5 марта",
         {"tracking": "stalled", "tracking_quiet_days": "5"}),
        # a date of last year: "since dec 20" said in March
        ("en", "no update since dec 20", {"tracking": "dead", "tracking_quiet_days": "80"}),
    ),
    "since a date: to the end or today the message tells": (
        ("ru", "с 1 августа по 2 октября ни одного нового статуса",
         {"tracking": "dead", "tracking_quiet_days": "62"}),
        ("ru", "с 3 ноября трек не обновлялся, а сегодня уже 20 ноября",
         {"tracking": "dead", "tracking_quiet_days": "17"}),
        ("en", "no update since nov 3, today is nov 20", {"tracking_quiet_days": "17"}),
    ),
    "since a date: look-alikes": (
        # the seller's, a refund's silence, an imagined one
        ("ru", "продавец молчит с 20 февраля", {"tracking": None, "tracking_quiet_days": None}),
        ("ru", "продавец молчит с понедельника", {"tracking": None}),
        ("en", "the refund hasn't moved since feb 20", {"tracking_quiet_days": None}),
        ("en", "what if there is no update since mar 1", {"tracking": None}),
        # a date that reads two ways is asked, never guessed; "since 1.5 weeks" is a count
        ("en", "no updates since 1/3", {"tracking_quiet_days": None}),
        ("en", "no updates since 1.5 weeks", {"tracking_quiet_days": "10"}),
        # beside a number that never worked, the date is the shipping's
        ("ru", "«Отправлено» стоит с 3 февраля, номер не существует",
         {"tracking": "dead", "tracking_quiet_days": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_a_silence_since_a_date(lang: str, text: str, want: Want) -> None:
    """A silence since a date gives its days and bucket; its look-alikes give none."""
    assert read_as(text, lang, want) == want, text
