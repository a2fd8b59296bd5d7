"""Time told by dates, events and corrections on the newest writers' text (twenty-seventh pass E):
a count the buyer takes back and corrects; a dispute's age told in its own later clause ("it's
been open 6 days") or after a long name of it; the imperfective «открывала»; the day of a dispute
an event came on ("on day 5 of it"); a refund sent somewhere N days ago, done "since yesterday";
protection that will hit zero "in 12 hours"; protection the buyer only thought they had; and the
look-alikes that must stay silent or keep another value. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, age, kind_rows, left, quiet, read_as, since_approval

CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "a count taken back: the settled one": (
        ("en", "dispute open 5 days, no, 7, the seller just ignores me", age("7")),
        ("en", "opened my claim two days ago, I mean three, and nothing from the store",
         age("3")),
        ("en", "i filed the dispute 4 days ago.. sorry 9 days ago, no answer", age("9")),
        ("en", "the refund got approved 3 days ago, actually 5, still not on my visa",
         since_approval("5")),
        ("en", "protection: 3 days 2 hours, no wait, 1 day 2 hours, parcel still not here",
         left("hours", "26")),
        ("en", "the timer says 5 days, nope, 4 days, and the package is nowhere",
         left("days", "96")),
        ("en", "no update for 8 days, or rather 11, and it's still in china",
         quiet("stalled", "11")),
        ("en", "my claim has been open not 6 days but 9, the store stalls", age("9")),
        ("en", "opened the dispute 3 days ago, oops 4 days ago, seller silent", age("4")),
        ("ru", "спор открыт 5 дней, нет, 7, продавец молчит", age("7")),
        ("ru", "открыла спор два дня назад, вернее три, ответа нет", age("3")),
        ("ru", "диспут идёт 4 дня, точнее 6 дней, продавец не отвечает", age("6")),
        ("ru", "возврат одобрили 3 дня назад, ой нет, 5, денег на карте нет",
         since_approval("5")),
        ("ru", "защиты осталось 3 дня 2 часа, вернее 1 день 2 часа, посылки нет",
         left("hours", "26")),
        ("ru", "трек стоит 8 дней, то есть 11 дней, посылка в Китае", quiet("stalled", "11")),
        ("ru", "спор открыт не 6 дней, а 9, продавец тянет", age("9")),
        # look-alikes: no count after the taking back, another thing's count, two counts told
        # side by side, a count of things
        ("en", "dispute open 5 days, no answer from the seller", age("5")),
        ("en", "tracking quiet for 12 days, no updates at all", quiet("stalled", "12")),
        ("en", "dispute open 5 days, no 2 emails from the seller either", age("5")),
        ("en", "opened the dispute 6 days ago, not 10 days like the seller claims", age("6")),
        ("ru", "спор открыт 5 дней, нет ответа от продавца", age("5")),
        ("ru", "трек молчит 12 дней, а 3 дня назад я открыла спор", quiet("stalled", "12")),
        ("ru", "спор идёт 4 дня, нет, 2 письма продавцу я отправила", age("4")),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_time_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells a time by an event, a later clause or a correction: the value settled on,
    never the one taken back, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
