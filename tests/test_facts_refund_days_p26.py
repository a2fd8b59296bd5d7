"""The refund's days on the newest writers' text (twenty-sixth pass B): the refund shown done
("successful") with its count, the approval then the count of a wait with nothing come, the
refund for a thing told at length before its approval, and the buyer's own cancellation
yesterday; with the look-alikes that must stay silent. No line here comes from a set.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as, since_approval

CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "shown done: the refund successful, done or finished, with its count": (
        ("en", "refund status successful 4 days ago and my bank has nothing", since_approval("4")),
        ("en", "the refund says done, 7 working days ago", since_approval("7")),
        ("en", "refund succeeded 3 business days ago, where is it", since_approval("3")),
        ("en", "my refund was complete 2 weeks ago", since_approval("10")),
        ("ru", "возврат выполнен 5 рабочих дней назад, на карте пусто", since_approval("5")),
        ("ru", "возврат прошёл неделю назад, денег нет", since_approval("5")),
        ("ru", "в приложении возврат «успешно» 8 дней назад", since_approval("8")),
        ("ru", "возврат завершён 3 дня назад", since_approval("3")),
        # look-alikes: a request done, a promise, another event's count
        ("en", "refund request done, ordered 5 days ago", since_approval(None)),
        ("en", "refund will be done in 5 days they say", since_approval(None)),
        ("ru", "возврат будет выполнен через 5 дней", since_approval(None)),
    ),
    "the wait after the approval: a count with nothing come": (
        ("en", "dispute won, money to my card. 4 days and still nothing", since_approval("4")),
        ("en", "refund approved. 6 business days and no money", since_approval("6")),
        ("en", "the order got cancelled, 3 days and my bank shows nothing", since_approval("3")),
        ("en", "won my claim, 2 weeks and not a cent", since_approval("10")),
        ("ru", "спор выиграла, деньги на карту, 4 дня и ничего", since_approval("4")),
        ("ru", "возврат одобрили, 7 рабочих дней пусто", since_approval("7")),
        ("ru", "заказ отменили, 3 дня денег нет", since_approval("3")),
        ("ru", "выиграл спор, неделя прошла, 5 рабочих дней и тишина", since_approval("5")),
        # look-alikes: the parcel's silence, no approval, an answer awaited
        ("en", "dispute won, tracking 10 days and nothing", since_approval(None)),
        ("en", "dispute opened, 5 days and nothing from the seller", since_approval(None)),
        ("ru", "спор выиграла, трек 10 дней и ничего", since_approval(None)),
        ("ru", "открыла спор, 5 дней и тишина", since_approval(None)),
    ),
    "the refund for a thing told at length, then approved": (
        ("en", "refund for the broken kettle was approved 6 days ago", since_approval("6")),
        ("en", "refund for the cancelled order approved 3 days ago", since_approval("3")),
        ("en", "the refund for my missing charger got approved 8 working days ago",
         since_approval("8")),
        # look-alikes: not approved, asked for
        ("en", "refund for the kettle not approved 6 days ago, still pending",
         since_approval(None)),
        ("en", "i asked for a refund for the kettle 6 days ago", since_approval(None)),
    ),
    "the won dispute, what it was about, then the count (Russian)": (
        ("ru", "выиграла спор за разбитую вазу 6 рабочих дней назад", since_approval("6")),
        ("ru", "выиграл спор по наушникам неделю назад, денег нет", since_approval("5")),
        ("ru", "выиграла диспут про кроссовки 9 дней назад", since_approval("9")),
        # look-alikes: the parcel's day, a dispute lost
        ("ru", "выиграла спор, посылка пришла 3 дня назад", since_approval(None)),
        ("ru", "не выиграла спор 6 дней назад", since_approval(None)),
    ),
    "the buyer's own cancellation yesterday": (
        ("en", "cancelled it myself yesterday, where is the money", since_approval("1")),
        ("en", "i cancelled the order yesterday, card was reissued", since_approval("1")),
        ("en", "cancelled it the day before yesterday", since_approval("2")),
        ("ru", "сама отменила заказ вчера, деньги где", since_approval("1")),
        ("ru", "вчера я сама отменила, карту перевыпустили", since_approval("1")),
        ("ru", "отменила позавчера, денег пока нет", since_approval("2")),
        ("ru", "позавчера пришло письмо «возврат одобрен»", since_approval("2")),
        # look-alikes: a cancellation wished, not done, the order completed
        ("en", "want to cancel, ordered yesterday", since_approval(None)),
        ("en", "it came fine, order completed yesterday, can i return it", since_approval(None)),
        ("ru", "хочу отменить заказ, оформила вчера", since_approval(None)),
        ("ru", "не отменила вчера, забыла", since_approval(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_refund_days_on_the_newest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer counts the days since the refund was approved: that count, and nothing from a
    look-alike."""
    assert read_as(text, lang, want) == want, text


MORE: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "the cancelled order told with its count of things; the things refunded": (
        ("en", "i cancelled my 3 item order 4 days ago, nothing back", since_approval("4")),
        ("en", "cancelled my order of 5 items 9 days ago", since_approval("9")),
        ("en", "the two lost ones were refunded 6 days ago", since_approval("6")),
        ("en", "a refund of 20 euro to my balance was approved yesterday", since_approval("1")),
        ("ru", "отменила заказ из трёх вещей 5 дней назад, пусто", since_approval("5")),
        ("ru", "за чайник вернули неделю назад, на карте ничего", since_approval("5")),
        ("ru", "вернули мне 8 рабочих дней назад, а денег нет", since_approval("8")),
        # look-alikes: the parcel sent back, the order's own age
        ("ru", "посылку вернули неделю назад отправителю", since_approval(None)),
        ("ru", "отменила заказ, который сделала 3 недели назад", since_approval(None)),
        ("en", "cancelled the order i placed 3 weeks ago", since_approval(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(MORE))
def test_refund_days_told_with_the_order_s_things(lang: str, text: str, want: Want) -> None:
    """A cancelled order told with its things, or the things refunded: the count, and nothing
    from the parcel's or the order's own age."""
    assert read_as(text, lang, want) == want, text
