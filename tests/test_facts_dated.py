"""Events told by their date are counted to today (the tests' `TODAY`, Tuesday 10 March 2026): a
tracking silence ("no update since feb 20", «трек стоит с 20 февраля"), also to today's date or the
silence's end when the message tells them; the day a dispute was opened (its days); the day a
refund was approved (business days since). A date that reads two ways, lies ahead, is an amount
or another's gives none.

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
    "the day a dispute was opened": (
        ("en", "i opened a dispute on feb 28, seller hasn't answered",
         {"dispute": "opened", "dispute_days": "10"}),
        ("en", "dispute opened 1.03, no reply", {"dispute_days": "9"}),
        ("ru", "открыла спор 1 марта, продавец молчит", {"dispute": "opened", "dispute_days": "9"}),
        ("ru", "28 февраля открыл спор, тишина", {"dispute_days": "10"}),
        ("ru", "спор от 5 марта, продавец не отвечает", {"dispute_days": "5"}),
        # today's date told in the message counts, as for a silence
        ("en", "opened a dispute on feb 3, today is feb 20", {"dispute_days": "17"}),
        ("ru", "возврат одобрили 2 февраля, а сегодня уже 9 февраля", {"refund_days": "5"}),
        # look-alikes: a dispute to come, a date that reads two ways
        ("en", "i will open a dispute on mar 20", {"dispute_days": None}),
        ("en", "opened a dispute on 1/3", {"dispute_days": None}),
    ),
    "the day a refund was approved: business days since": (
        ("en", "refund approved on mar 2, still no money", {"refund_days": "6"}),
        ("en", "won the dispute on 27.02, where is my money", {"refund_days": "7"}),
        ("ru", "возврат одобрили 2 марта, денег нет", {"refund_days": "6"}),
        ("ru", "выиграла спор 27.02, деньги не пришли", {"refund_days": "7"}),
        # look-alikes: an amount after the dispute's words, a day ahead
        ("en", "won the dispute 23.10 euro back to my visa", {"refund_days": None,
                                                           "amount": "23.10"}),
        ("ru", "выиграла спор 30.11 руб вернули", {"refund_days": None}),
        ("en", "refund approved, the money comes on mar 20", {"refund_days": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_an_event_told_by_its_date(lang: str, text: str, want: Want) -> None:
    """A silence, a dispute's opening or a refund's approval told by its date gives its days;
    their look-alikes give none."""
    assert read_as(text, lang, want) == want, text
