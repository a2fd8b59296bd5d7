"""English facts of "where the order is", protection and the dispute, eighth pass (issue 16).

Precision first: a fact is read only inside its scope (this order's episode, the protection's own
number, a count and not a bound). Each block names a kind of phrasing; its rows are this file's
own buyer messages of that kind (other words, order and typos), never a benchmark line. A row:
the message and the facts it must give (None: must not be found).
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, left, read_as, status

ORDER_STATUS: tuple[tuple[str, Want], ...] = (
    # the order named as cancelled, as an attribute
    ("need help with the money for my cancelled order", status("cancelled")),
    ("a 45 euro cancelled order and no refund after 2 weeks", status("cancelled")),
    ("the cancelled order still shows in my list, where is my refund", status("cancelled")),
    ("another cancelled order of mine got refunded fast, this one shipped", status("shipped")),
    # "it" completed, with no refund or dispute around to be what completed
    ("the parcel came and it is completed now, can i still complain", status("completed")),
    ("it's already completed but the lamp does not work", status("completed")),
    ("it got marked as completed by itself", status("completed")),
    ("refund requested, it is completed they say", NO_STATUS),
    # shipped, as its own clause or said of "it", never asked
    ("please cancel, dispatched already but i changed my mind", status("shipped")),
    ("i know, shipped already. still want out", status("shipped")),
    ("seller wants a 5 star review although it just shipped", status("shipped")),
    ("it finally dispatched after 9 days", status("shipped")),
    ("has it shipped? nothing in my app", NO_STATUS),
    ("tell me when it shipped please", NO_STATUS),
    # an action before it ships, in any tense of the seller's verb
    ("i want to change the colour before the shop sends it", status("awaiting")),
    ("can i stop the order before they ship", status("awaiting")),
    ("cancelling before he dispatches it", status("awaiting")),
)

PROTECTION: tuple[tuple[str, Want], ...] = (
    # the duration named as the protection's own: "<duration> (of) protection"
    ("only 9 days of protection now and the parcel is still in china", left("week", "216")),
    ("5 days protection left?? and no tracking update", left("days", "120")),
    ("parcel stuck, 30 hours protection, what do i do", left("hours", "30")),
    ("my order has 2 days buyer protection still", left("hours", "48")),
    ("there is 11 days of protection, seller says wait", left("week", "264")),
    ("shipped but 4 days 6 hours of protection remain", left("days", "102")),
    # a rule, an extension or a bound is not this order's time left
    ("aliexpress gives 60 days of protection, right?", NO_PROTECTION),
    ("seller extended it with 10 more days of protection", NO_PROTECTION),
    ("i asked for 15 extra days of protection", NO_PROTECTION),
    ("it normally has 90 days protection for this shop", NO_PROTECTION),
    ("still over a week of protection, no worries yet", left("week", None)),
    ("more than 10 days of protection left, parcel in china", left("week", None)),
    ("just over 2 days left on the protection timer", left("days", None)),
    ("at least 3 days of protection remaining i think", NO_PROTECTION),
    # the countdown at zero, shown in any verb: time up, no hours
    ("the protection timer shows 0 and the parcel never came", left("ended", None)),
    ("countdown reads zero now, can i still dispute?", left("ended", None)),
    ("my protection clock dropped to 0 yesterday", left("ended", None)),
    ("timer displays 0, nothing arrived", left("ended", None)),
    ("protection says 0 days 20 hours", left("hours", "20")),
    ("the countdown shows 0 d 7 h left", left("hours", "7")),
)

DISPUTE: tuple[tuple[str, Want], ...] = (
    # an earlier episode told first is not this order's dispute stage
    ("last time i won a dispute easily, this one has not shipped yet", {"dispute": None}),
    ("in the past the seller refused my claim, now i just want to know where my parcel is",
     {"dispute": None}),
    ("previously i lost a dispute with this shop. the new order is stuck", {"dispute": None}),
    ("years ago aliexpress closed my case for the seller, whatever, this one is late",
     {"dispute": None}),
    ("last year i won one. now i opened a dispute for this order", {"dispute": "opened"}),
    ("last time i checked the dispute was still open", {"dispute": "opened"}),
    # the seller's offer in any verb and form: a new one, money with its sign, what he can give
    ("the shop proposes another one or 5 euro back", {"dispute": "offer"}),
    ("they offer us $4 for the broken lid", {"dispute": "offer"}),
    ("store offered me €12 instead of a return", {"dispute": "offer"}),
    ("he says he could give me a discount next time or a small refund", {"dispute": "offer"}),
    ("seller wrote that she can send a new one free", {"dispute": "offer"}),
    ("shop agreed to give me half of the price back", {"dispute": "offer"}),
    ("can the seller give me a coupon instead?", {"dispute": None}),
    ("if he gives me a voucher should i accept", {"dispute": None}),
    # keep the item for part of the money
    ("seller asks me to keep the jacket and get 30% back", {"dispute": "offer"}),
    ("they suggested to keep it for half the price refunded", {"dispute": "offer"}),
    ("she wants me to keep them and accept $3", {"dispute": "offer"}),
    # the seller's order to close, with a promise: the dispute is open (and a scam sign)
    ("seller: close the claim and i will refund you by paypal", {"dispute": "opened"}),
    ("he wrote cancel your dispute first then i send money", {"dispute": "opened"}),
    ("shop says please withdraw the dispute and we pay you back", {"dispute": "opened"}),
    # talked into closing it: the buyer closed it
    ("the seller convinced me to close my claim, no refund since", {"dispute": "closed_by_me"}),
    ("they pressured me into withdrawing the dispute", {"dispute": "closed_by_me"}),
    ("store got me to cancel the dispute with a promise", {"dispute": "closed_by_me"}),
    # the dispute's age told bare, with what goes on: opened, with its days
    ("claim for 3 weeks now and the seller is silent", {"dispute": "opened", "dispute_days": "21"}),
    ("dispute 6 days already, what next", {"dispute": "opened", "dispute_days": "6"}),
    ("my dispute a week old and no reply", {"dispute": "opened"}),
    ("the claim open 8 days, nothing from the store", {"dispute_days": "8"}),
    ("no dispute for 5 days after delivery", {"dispute_days": None}),
    ("will the seller send me a new one if i wait?", {"dispute": None}),
    ("in case 3 days pass, what then", {"dispute_days": None}),
    # the dispute measured by its length
    ("after a 9 day dispute aliexpress sided with the seller", {"dispute_days": "9"}),
    ("lost a 20 day claim over a fake watch", {"dispute": "lost", "dispute_days": "20"}),
    ("i withdrew the dispute 3 days in", {"dispute_days": "3"}),
    ("20 days of dispute, still nothing decided", {"dispute_days": "20"}),
    ("after 2 weeks of claim the seller answered", {"dispute_days": "14"}),
    ("dispute open 4 days. the seller offered a coupon", {"dispute": "offer", "dispute_days": "4"}),
    # the seller's pronoun refuses too
    ("she rejected my refund request without reading it", {"dispute": "refused"}),
    ("he refused the claim and blocked me", {"dispute": "refused"}),
    ("he denied my return, says it was fine when sent", {"dispute": "refused"}),
    # the seller's own "we refuse", quoted where a dispute is named
    ("we refuse, item as described. that is what the store replied to my claim",
     {"dispute": "refused"}),
    ("opened a dispute and the seller answered: we do not accept returns", {"dispute": "refused"}),
    ("my dispute got this from the shop: we will not refund, he wrote", {"dispute": "refused"}),
    ("we refuse to pay customs, the seller said", {"dispute": None}),
    # nothing opened, where the dispute or protection is the topic
    ("protection is gone and we never opened any", {"dispute": "none"}),
    ("should i open a dispute? nothing filed so far", {"dispute": "none"}),
    ("the claim window closes soon, i have not opened one", {"dispute": "none"}),
    ("i never opened anything but the box looks damaged", {"dispute": None}),
    ("never opened one before, but now i opened a dispute", {"dispute": "opened"}),
)

ROWS = [(text, want) for table in (ORDER_STATUS, PROTECTION, DISPUTE) for text, want in table]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[f"dev4-en-a-{i}" for i in range(len(ROWS))])
def test_phrasings_of_an_independent_writer(text: str, want: Want) -> None:
    assert read_as(text, "en", want) == want, text
