"""Buyers who pay in a currency beyond the first seven (zloty, lira, rupees in signs, sum, som):
the amount and its currency are read, a dollar sign with a country's letters before it ("A$",
"NZ$") or its code after the number ("$41 CAD") is that country's dollar, rubles named
Belarusian are BYN, and what only looks like a code beside a number (a pen, gel, a CPU, kilograms,
"try") is no money. Our own messages, in both languages."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import kind_rows, read_as

# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, dict[str, str | None]], ...]] = {
    "codes after the number": (
        ("en", "paid 129,99 PLN and the parcel is stuck", {"amount": "129.99", "currency": "PLN"}),
        ("en", "seller wants 450 TL more for shipping", {"amount": "450", "currency": "TRY"}),
        ("en", "refund 2300 inr still not on my card", {"amount": "2300", "currency": "INR"}),
        ("en", "order 1 500 zloty total, nothing came", {"amount": "1500", "currency": "PLN"}),
        ("ru", "заплатила 45 000 сум, посылки нет", {"amount": "45000", "currency": "UZS"}),
        ("ru", "списали 2300 сомов, а заказ отменён", {"amount": "2300", "currency": "KGS"}),
        ("ru", "вернуть обещали 180 злотых", {"amount": "180", "currency": "PLN"}),
        ("ru", "заказ на 600 лир так и не пришёл", {"amount": "600", "currency": "TRY"}),
        ("ru", "оплатил 12 000 драмов картой", {"amount": "12000", "currency": "AMD"}),
    ),
    "codes and signs before the number": (
        ("en", "they charged CAD 35.50 twice", {"amount": "35.50", "currency": "CAD"}),
        ("en", "R$ 89,90 and the item is broken", {"amount": "89.90", "currency": "BRL"}),
        ("en", "₺1200 refund approved 5 days ago", {"amount": "1200", "currency": "TRY"}),
        ("en", "₹ 799 gone from my account", {"amount": "799", "currency": "INR"}),
        ("ru", "списали PLN 300 а трек молчит", {"amount": "300", "currency": "PLN"}),
        ("ru", "заплатила ₸ 5000 и ₺ нигде", {"amount": "5000", "currency": "KZT"}),
    ),
    "a country's dollar is not the US dollar": (
        ("en", "paid C$ 20 for a phone case", {"amount": "20", "currency": "CAD"}),
        ("en", "refund of A$45 pending", {"amount": "45", "currency": "AUD"}),
        ("en", "seller offered NZ$12.50 back for the scratch", {"amount": "12.50",
                                                               "currency": "NZD"}),
        ("en", "hk$ 300 charged and no parcel", {"amount": "300", "currency": "HKD"}),
        ("en", "paid $20 for a phone case", {"amount": "20", "currency": "USD"}),
        ("en", "got a $20 coupon instead of my money", {"amount": "20", "currency": "USD"}),
        ("ru", "оплатил $15 через киви", {"amount": "15", "currency": "USD"}),
    ),
    "the code after a dollar amount names its country": (
        ("en", "they approved $41.20 CAD back to my visa", {"amount": "41.20", "currency": "CAD"}),
        ("en", "it was $89 aud with shipping, still nothing", {"amount": "89", "currency": "AUD"}),
        ("en", "refund $ 35 NZD pending since monday", {"amount": "35", "currency": "NZD"}),
        ("en", "paid $25 USD by paypal", {"amount": "25", "currency": "USD"}),
        ("en", "paid $18 and waited 30 days", {"amount": "18", "currency": "USD"}),
    ),
    "rubles named Belarusian": (
        ("ru", "отдала 74 рубля белорусских за плед, а он порван", {"amount": "74",
                                                                   "currency": "BYN"}),
        ("ru", "вернуть должны 1 150 руб. белорусских", {"amount": "1150", "currency": "BYN"}),
        ("ru", "38 рублей белорусских списали дважды", {"amount": "38", "currency": "BYN"}),
        ("ru", "600 рублей, белорусская почта молчит", {"amount": "600", "currency": "RUB"}),
        ("ru", "заказ за 900 рублей ехал через белорусский склад", {"amount": "900",
                                                                   "currency": "RUB"}),
    ),
    "a code that is something else beside a number": (
        ("en", "try 5 days more then open a dispute", {"amount": None, "currency": None}),
        ("en", "ordered 3 gel pens, got 1 pen", {"amount": None, "currency": None}),
        ("en", "my AMD 5600 cooler never arrived", {"amount": None, "currency": None}),
        ("en", "parcel of 2 kgs stuck at customs", {"amount": None, "currency": None}),
        ("ru", "сумма 500 рублей, сумка не пришла", {"amount": "500", "currency": "RUB"}),
        ("ru", "пришло 5 сумок вместо 6", {"amount": None, "currency": None}),
        ("ru", "реально жду 40 дней", {"amount": None, "currency": None}),
    ),
    "a name that several countries share stays unread": (
        ("en", "paid 850 pesos and got nothing", {"currency": None}),
        ("en", "refund 1500 rupees not received", {"currency": None}),
        ("ru", "заплатила 300 песо", {"currency": None}),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES, " "))
def test_currency(lang: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer names their money as their bank prints it: read when it names one currency."""
    assert read_as(text, lang, want) == want, text
