"""English facts of "where the order is", protection and the dispute, ninth pass (issue 16).

Precision first: a fact is read only inside its scope. Each block names a kind of phrasing; its
rows are this file's own buyer messages of that kind (other words, order and typos), never a
benchmark line. A row: the message and the facts it must give (None: must not be found).
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, left, read_as, status

ORDER_STATUS: tuple[tuple[str, Want], ...] = (
    # "cancelled order" as a noun phrase opening a clause or after an amount
    ("i paid 25 euros, cancelled order and nothing refunded", status("cancelled")),
    ("cancelled order. paypal says pending", status("cancelled")),
    ("£12 cancelled order, my card got replaced since", status("cancelled")),
    ("14.99 cancelled order still not refunded", status("cancelled")),
    ("the cancelled order from last year was fine", NO_STATUS),
    # the order's status named without its verb: "order already completed"
    ("my earphones died after a week, order already completed", status("completed")),
    ("so the order now completed and i cant open anything?", status("completed")),
    ("the mug cracked, order now finished", status("completed")),
    ("the refund is now completed", NO_STATUS),
    # "its only shipped": shipped said of "its"
    ("seller asks me to press confirm though its only shipped", status("shipped")),
    ("why does he want a review, its just shipped", status("shipped")),
    ("its already shipped but i want to cancel", status("shipped")),
    ("if its shipped i will wait", NO_STATUS),
    # a condition that tells how things already are: "if it already says shipped"
    ("how do i cancel if its already shipped", status("shipped")),
    ("what if it already shows shipped, can i still get out", status("shipped")),
    ("is a refund possible if the order is already marked shipped", status("shipped")),
    ("can i cancel if it ships tomorrow", NO_STATUS),
    ("if the seller ships late what happens", NO_STATUS),
    # an earlier episode ends where the story turns back to now
    ("in the past i had an order cancelled but now this one is awaiting shipment",
     status("awaiting")),
    ("years ago an order got lost, but this order is marked shipped now", status("shipped")),
    ("last year i won a dispute and this order is cancelled now", status("cancelled")),
    ("last year my order was cancelled and refunded fast", NO_STATUS),
    # "they cancelled it" opening the message
    ("they cancelled it without asking me", status("cancelled")),
    ("the store cancelled it yesterday, when is my refund", status("cancelled")),
    ("seller cancelled it and offered a coupon", status("cancelled")),
    ("they cancelled the dispute for me", NO_STATUS),
    # the seller sent nothing, its verb left out
    ("he still not sent anything after 2 weeks", status("awaiting")),
    ("the shop not sent anything yet and its been 9 days", status("awaiting")),
    ("store never sent anything, 3 weeks now", status("awaiting")),
    ("seller has not sent anything back to me about the refund", NO_STATUS),
    # "in transit" is the carrier's word too; the order's status only when the status is named
    # or the words open the message as a status report, not where it is
    ("tracking updates daily, in transit in france now", NO_STATUS),
    ("the tracking shows it in transit to the netherlands", NO_STATUS),
    ("in transit for 2 weeks and no news", status("shipped")),
    ("my parcel is stuck in transit at the hub", NO_STATUS),
    ("order status is in transit", status("shipped")),
    ("the app shows in transit since monday", status("shipped")),
    ("it says in transit, can i still cancel", status("shipped")),
    # the seller's word that it shipped is his claim, not the order's status
    ("seller says it shipped last week", NO_STATUS),
    ("the seller said it was shipped but i see nothing", NO_STATUS),
    ("he claims the parcel was dispatched on monday", NO_STATUS),
    ("the store wrote that they already sent it", NO_STATUS),
    ("seller swears he posted it, no number", NO_STATUS),
    ("seller says he sent it, and the app status is shipped", status("shipped")),
    # a time still to come is no status: "wait until it is shipped"
    ("should i wait until it's shipped?", NO_STATUS),
    ("wait till it is dispatched, then dispute", NO_STATUS),
    ("once the order is shipped can i cancel", NO_STATUS),
    ("my order is shipped, can i cancel", status("shipped")),
    # "cancelled" opening the message, said of something other than the order
    ("cancelled my subscription to aliexpress plus", NO_STATUS),
    ("cancelled the payment plan with my bank", NO_STATUS),
    ("cancelled the whole order, refund pending", status("cancelled")),
    ("cancelled a week ago, no refund", status("cancelled")),
)

PROTECTION: tuple[tuple[str, Want], ...] = (
    # "<duration> protection" as the order page shows it: "... on the order screen", "showing"
    ("not shipped, 15 days protection on the order screen", left("week", "360")),
    ("9 days protection on my order page, parcel still in china", left("week", "216")),
    ("still 12 days protection showing in the app", left("week", "288")),
    ("3 days of buyer protection on the countdown, what now", left("days", "72")),
    ("90 days protection on the order page", NO_PROTECTION),
    ("aliexpress gives 60 days protection on every order", NO_PROTECTION),
    # the time left to do something else is another clock: "left to return", "return window"
    ("i have 2 days left to return the item", NO_PROTECTION),
    ("return window 15 days left", NO_PROTECTION),
    ("customs said 5 days left to pay the fee", NO_PROTECTION),
    ("3 days left to cancel for free", NO_PROTECTION),
    ("the refund period 10 days remaining, what does it mean", NO_PROTECTION),
    ("2 days left to open a dispute", left("hours", "48")),
    ("only 4 days left to claim, protection ends friday", left("days", "96")),
    ("2 days left on my coupon", NO_PROTECTION),
    ("5 days left in the sale, protection fine", NO_PROTECTION),
    # a term counted from an event is the rule, not the time left
    ("protection is 60 days from payment", NO_PROTECTION),
    ("protection 15 days after delivery", NO_PROTECTION),
    ("buyer protection 75 days since ordering, right?", NO_PROTECTION),
    ("protection ends in 2 days after i waited a month", left("hours", "48")),
    # the rule's generic "you" after a condition: "once it expires you have 15 days"
    ("once it expires you have 15 days left to open a dispute, right?", NO_PROTECTION),
    ("if it runs out you get 15 days to dispute", NO_PROTECTION),
    ("when the timer ends you still have 15 days for a claim", NO_PROTECTION),
    ("it says you have 3 days left", left("days", "72")),
)

DISPUTE_DAYS: tuple[tuple[str, Want], ...] = (
    # the noun and its age, told short
    ("dispute 3 days ago, no answer from the store", {"dispute_days": "3"}),
    ("my dispute 5 days ago, the seller is silent", {"dispute_days": "5"}),
    ("claim 1 week ago and nothing", {"dispute_days": "7"}),
    ("dispute, tracking stopped 20 days ago", {"dispute_days": None}),
    # the dispute measured by its length, opening the message
    ("9 days dispute over a broken fan", {"dispute_days": "9"}),
    ("12 days claim and the seller still quiet", {"dispute_days": "12"}),
    ("the 30 days dispute window is closing", {"dispute_days": None}),
    # the outcome, then how long it took in its own clause
    ("lost the claim, took 9 days", {"dispute": "lost", "dispute_days": "9"}),
    ("won my dispute finally, the whole thing lasted 2 weeks", {"dispute_days": "14"}),
    ("closed the dispute myself, it took 4 days of arguing", {"dispute_days": "4"}),
    ("won the dispute, took 3 days for the money to come", {"dispute_days": None}),
    # how far in it came, then the outcome
    ("5 days in, the seller rejected my dispute", {"dispute": "refused", "dispute_days": "5"}),
    ("two weeks in, aliexpress closed my claim", {"dispute_days": "14"}),
    ("10 days in, i opened a dispute", {"dispute_days": None}),
    # the outcome on which day
    ("withdrew my claim on day 6", {"dispute_days": "6"}),
    ("i closed the dispute on day 2 by accident", {"dispute_days": "2"}),
    ("escalated the dispute on day 11", {"dispute_days": "11"}),
    ("opened a dispute on day 20 after delivery", {"dispute_days": None}),
    # a rule's day counted from another event is no age
    ("you can open a dispute from the 6th day after shipping", {"dispute_days": None}),
    ("a claim is possible on the 11th day since dispatch", {"dispute_days": None}),
    ("the dispute is on its 6th day", {"dispute_days": "6"}),
    # the outcome, then when it came: "refused my claim 3 days later"
    ("the seller refused my claim 3 days later", {"dispute_days": "3"}),
    ("aliexpress closed the dispute a week later, i lost", {"dispute_days": "7"}),
    ("store declined the claim 4 days after, no reason given", {"dispute_days": "4"}),
    ("he rejected it 5 days after delivery", {"dispute_days": None}),
    ("seller rejected the dispute 2 days after i sent photos", {"dispute_days": None}),
)

DISPUTE: tuple[tuple[str, Want], ...] = (
    # a reward for confirming receipt or for a review (twenty-fifth pass C: was None; rule 3
    # "Decided 2026-12-07", the relabel's rule 3 and Label audit 24 rule 5 make a coupon or money
    # for it, no dispute named, an offer; a discount stays silent)
    ("the shop promises a $3 coupon if i leave a 5 star review", {"dispute": "offer"}),
    ("seller says he will give me 2 dollars for a good feedback", {"dispute": "offer"}),
    ("if i confirm delivery early the store will send me a voucher", {"dispute": "offer"}),
    ("seller offered a coupon in exchange for changing my rating", {"dispute": "offer"}),
    ("store offers 10% off next order once i confirm recieving it", {"dispute": None}),
    ("seller offers a coupon instead of a refund", {"dispute": "offer"}),
    ("seller offered 5 usd back, i said no", {"dispute": "offer"}),
    ("seller offered a refund for the delivery delay", {"dispute": "offer"}),
    # "no dispute" closing the message: the buyer says there is none
    ("how to cancel? seller not sent yet, no dispute", {"dispute": "none"}),
    ("parcel lost, protection ends friday, no dispute yet", {"dispute": "none"}),
    ("item broken. refund? no claim opened", {"dispute": "none"}),
    ("the seller says no dispute", {"dispute": None}),
    # the dispute's age told short, with no outcome anywhere: one that is open
    ("dispute since 10 days, tracking dead for 25", {"dispute": "opened"}),
    ("claim for 2 weeks and the store ignores me", {"dispute": "opened"}),
    ("6 days dispute for the missing part", {"dispute": "opened"}),
    ("dispute 2 days ago, meanwhile my card expired", {"dispute": "opened"}),
    ("15 days of dispute and they sided with the seller", {"dispute": "lost"}),
    ("a 30 days dispute window, is it true", {"dispute": None}),
    # "closed for me" may be closed to me: won only when it went "my way"
    ("it's closed for me, i cannot open a dispute anymore", {"dispute": "none"}),
    ("the claim is closed for me now, too late", {"dispute": None}),
    ("the dispute went my way", {"dispute": "won"}),
    ("dispute closed my way, money back soon", {"dispute": "won"}),
    ("the case was decided for me", {"dispute": "won"}),
    # the seller refusing to do something else is not the dispute refused
    ("the seller refused to give me a discount code before i ordered", {"dispute": None}),
    ("the store refused to change the address", {"dispute": None}),
    ("seller declined to add a gift box", {"dispute": None}),
    ("the seller refused to refund me", {"dispute": "refused"}),
    ("seller refused to give my money back", {"dispute": "refused"}),
    ("the shop refused to accept the return", {"dispute": "refused"}),
)

ROWS = [(text, want) for table in (ORDER_STATUS, PROTECTION, DISPUTE_DAYS, DISPUTE)
        for text, want in table]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[f"dev5-en-a-{i}" for i in range(len(ROWS))])
def test_phrasings_of_an_independent_writer(text: str, want: Want) -> None:
    assert read_as(text, "en", want) == want, text
