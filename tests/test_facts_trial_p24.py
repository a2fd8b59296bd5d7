"""Facts a newcomer's trial (2026-12-07) found misread, each as a kind with look-alikes: where
the buyer saw the refund done, between the approval and its count; business days in Russian are
a count, never money; an account the buyer closed after paying by card is no expired card; a
parcel «без движения N дней» is N days of silence."""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 12, 7)

ROWS = [
    # the place the refund showed as done says nothing about its days
    ("en", "Refund completed on the order page 9 business days ago, nothing on my card",
     {"refund_days": "9"}),
    ("en", "the refund was approved in the app 11 working days ago", {"refund_days": "11"}),
    ("en", "refund issued on aliexpress 4 business days ago", {"refund_days": "4"}),
    ("en", "refund approved for the order I placed 3 weeks ago", {"refund_days": None}),
    ("en", "refund approved on the order page, I ordered 3 weeks ago", {"refund_days": None}),
    # «рабочих дней» after a number: a count of days, not a sum
    ("ru", "деньги вернули 12 рабочих дней назад, на карте пусто",
     {"amount": None, "refund_days": "12"}),
    ("ru", "возврат одобрили 8 календарных дней назад", {"amount": None}),
    ("ru", "продавец вернул 12 долларов", {"amount": "12", "currency": "USD"}),
    ("ru", "вернули 1200 рублей на карту", {"amount": "1200"}),
    # the buyer closing the account behind the card is not the card expired or replaced
    ("en", "I paid with my Monzo card but I closed that Monzo account in May",
     {"payment": "card", "card_expired": None}),
    ("en", "paid by card but closed the bank account since", {"card_expired": None}),
    ("en", "my card was closed and the bank sent me a new one", {"card_expired": "yes"}),
    ("en", "my visa was cancelled last month", {"card_expired": "yes"}),
    # «без движения» before the count, as after it
    ("ru", "посылка без движения 20 дней", {"tracking": "dead", "tracking_quiet_days": "20"}),
    ("ru", "трек без движения уже 9 дней", {"tracking": "stalled", "tracking_quiet_days": "9"}),
    ("ru", "деньги лежат без движения 10 дней на счету", {"tracking": None}),
]


@pytest.mark.parametrize(("lang", "text", "want"), ROWS)
def test_trial_kinds(lang: str, text: str, want: dict[str, str | None]) -> None:
    got = extract_facts(text, lang, TODAY)
    for key, value in want.items():
        assert got.get(key) == value, (text, got)
