"""A yes/no question about a state is asked, not said (issue 16), in both languages.

"has it shipped?", "is my protection over?", «закончилась ли защита?»: the buyer asks whether it
is so, and no value is read from the asked part; nor from a whole message of a few words
asking one thing («уже отправили?»). What the message says outside it (a statement
before the question, a condition inside it: "can i cancel if it already shipped?") is still read,
and so are things the question names ("can i cancel one of the 3 items?"). A question without the
inverted verb ("it says shipped??") is as often a statement said with feeling, and is read.
A row: the message and the facts it must give (None: must not be found).
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, left, read_as, status

ENGLISH: tuple[tuple[str, Want], ...] = (
    # the order's status asked about
    ("have they shipped my stuff?", NO_STATUS),
    ("is the order marked completed?", NO_STATUS),
    ("is my order completed now?", NO_STATUS),
    ("is the order still awaiting shipment?", NO_STATUS),
    ("so did aliexpress cancel the order or not?", NO_STATUS),
    ("hi. was the parcel shipped out?", NO_STATUS),
    # protection asked about
    ("is my protection over?", NO_PROTECTION),
    ("is there 1 day of protection left?", NO_PROTECTION),
    ("are there only 2 days of protection left?", NO_PROTECTION),
    ("do i have 3 days left on protection?", NO_PROTECTION),
    ("has the buyer protection ended already?", NO_PROTECTION),
    # the dispute asked about
    ("has the dispute been rejected by aliexpress?", {"dispute": None}),
    ("is the dispute escalated yet?", {"dispute": None}),
    ("have i lost the dispute?", {"dispute": None}),
    ("did aliexpress close my dispute?", {"dispute": None}),
    ("has the seller refused my claim?", {"dispute": None}),
    ("ok, is my tracking dead?", {"tracking": None}),
    # said before the question or in its condition: still read
    ("protection ends in 2 days, can i still open a dispute?", left("hours", "48")),
    ("my claim was rejected, can i appeal?", {"dispute": "lost"}),
    ("would it be ok to wait, protection ends in 5 days?", left("days", "120")),
    ("is it normal that the seller has not shipped in 10 days?", status("awaiting")),
    ("is it stuck? it shows awaiting shipment for a week", status("awaiting")),
    # things a question names are still there
    ("can i cancel only one of the 4 items in that order?", {"several_items": "yes"}),
    ("i cancelled, was the coupon lost too?", {"coupon": "yes"}),
    # a whole message of a few words asking one thing
    ("shipped already?", NO_STATUS),
    ("protection over?", NO_PROTECTION),
    ("order cancelled?", NO_STATUS),
    ("dispute lost already?", {"dispute": None}),
    ("why not shipped yet?", status("awaiting")),
    ("dispute rejected??", {"dispute": None}),  # no actor: no stage (Decided 2026-12-07)
    ("dispute rejected by the seller??", {"dispute": "refused"}),
    # no inverted verb: a statement said with feeling
    ("the seller has not sent it and the protection ends today??", left("hours", None)),
    ("i won the dispute but got only a coupon?", {"dispute": "won"}),
)

RUSSIAN: tuple[tuple[str, Want], ...] = (
    ("отменили ли мой заказ?", NO_STATUS),
    ("завершён ли заказ?", NO_STATUS),
    ("а отправлен ли заказ, трек молчит?", NO_STATUS),
    ("осталось ли у меня 2 дня защиты?", NO_PROTECTION),
    ("истекла ли защита?", NO_PROTECTION),
    ("эскалирован ли спор?", {"dispute": None}),
    ("проиграл ли я спор?", {"dispute": None}),
    ("отклонён ли мой спор?", {"dispute": None}),
    ("уже отправили?", NO_STATUS),
    ("защита закончилась?", NO_PROTECTION),
    ("заказ отменён?", NO_STATUS),
    ("спор проигран?", {"dispute": None}),
    ("почему до сих пор не отправили?", status("awaiting")),
    ("заказ отменён??", status("cancelled")),
    ("заказ отменён, где деньги?", status("cancelled")),
    # said before the question or in its condition: still read
    ("защита кончается через 3 дня, можно ли ещё открыть спор?", left("days", "72")),
    ("спор отклонили, можно ли обжаловать?", {"dispute": None}),  # Decided 2026-12-07 (2)
    ("продавец отклонил спор, можно ли обжаловать?", {"dispute": "refused"}),
    ("нормально ли, что продавец не отправил за 10 дней?", status("awaiting")),
    ("можно ли отменить заказ, если он уже отправлен?", status("shipped")),
)

ROWS = [(text, want, "en") for text, want in ENGLISH] + [(t, w, "ru") for t, w in RUSSIAN]


@pytest.mark.parametrize(("text", "want", "lang"), ROWS,
                         ids=[f"question-{lang}-{i}" for i, (_t, _w, lang) in enumerate(ROWS)])
def test_a_question_about_a_state_is_not_read_as_said(text: str, want: Want, lang: str) -> None:
    assert read_as(text, lang, want) == want, text
