"""English facts of "where the order is", protection and the dispute, tenth pass (issue 16).

Precision first: a fact is read only inside its scope (whose order, whose protection, which
clause). Each block names a kind of phrasing; its rows are this file's own buyer messages of that
kind (other words, order and typos), never a benchmark line. A row: the message and the facts it
must give (None: must not be found).
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, left, read_as, status

ORDER_STATUS: tuple[tuple[str, Want], ...] = (
    # orders counted are no one order's status: the buyer tells a habit or a history
    ("i cancelled 3 orders last month because shipping took forever", NO_STATUS),
    ("cancelled several orders from that store already, is that bad", NO_STATUS),
    ("two orders got cancelled this week and i got no coupon back", NO_STATUS),
    ("seller cancelled many orders of mine, can they ban me", NO_STATUS),
    ("canceled a couple of orders today, will aliexpress block my account?", NO_STATUS),
    ("cancelled all my orders from him lol", NO_STATUS),
    # one order cancelled is still read
    ("the seller cancelled my order yesterday, money not back", status("cancelled")),
    ("order was cancelled by the store", status("cancelled")),
)

PROTECTION: tuple[tuple[str, Want], ...] = (
    # someone else's protection is not the buyer's time left
    ("my sister's protection ends tomorrow and her parcel is lost too", NO_PROTECTION),
    ("his protection expires tonight, he bought the same thing", NO_PROTECTION),
    ("my friend's buyer protection runs out tomorrow, we ordered together", NO_PROTECTION),
    ("our neighbour's timer ends today, her phone case never came", NO_PROTECTION),
    ("their protection ends tomorrow i think, mine is from another shop", NO_PROTECTION),
    # the buyer's own is still read
    ("my protection ends tomorrow", left("hours", None)),
    ("buyer protection expires tonight, what do i do", left("hours", None)),
    ("protection: 4 days left", left("days", "96")),
)

DISPUTE: tuple[tuple[str, Want], ...] = (
    # the seller wanting to give some money back, "back" and "me" in any order: an offer
    ("a week into the claim, the store wants to give back just 5 euro", {"dispute": "offer"}),
    ("they want to give me back 15 dollars and keep the rest", {"dispute": "offer"}),
    ("dispute open 3 days, seller will pay back only half", {"dispute": "offer"}),
    ("shop agreed to refund me back 20%? is that normal", {"dispute": "offer"}),
    ("the seller can send me back $4 for the broken one", {"dispute": "offer"}),
    ("he wants to give back a coupon for my next purchase", {"dispute": "offer"}),
    # the dispute's own age is still read beside the offer
    ("5 days into the dispute, the seller wants to give back 3 dollars",
     {"dispute": "offer", "dispute_days": "5"}),
)

DISPUTE_DECIDED: tuple[tuple[str, Want], ...] = (
    # the platform rejecting the buyer, "me" or "it" its object, or deciding for the seller
    ("aliexpress turned me down, the seller keeps my money", {"dispute": "lost"}),
    ("arbitration denied it after 9 days", {"dispute": "lost", "dispute_days": "9"}),
    ("support refused us and closed everything", {"dispute": "lost"}),
    ("ali dismissed it, they believe the shop", {"dispute": "lost"}),
    ("platform ruled for the store, i got nothing", {"dispute": "lost"}),
    ("platform sided with the shop on my broken kettle", {"dispute": "lost"}),
    # what the platform rejected was a payment, a card, a review: no dispute stage
    ("aliexpress rejected my card, so i paid with paypal", {"dispute": None}),
    ("ali refused it, my review had a photo they did not like", {"dispute": None}),
    ("support declined it because the payment looked suspicious", {"dispute": None}),
)

DISPUTE_NONE: tuple[tuple[str, Want], ...] = (
    # "never a dispute" told with "there was": none
    ("item came dead and there was never a claim, now it is completed", {"dispute": "none"}),
    ("there has been no dispute yet, the seller keeps promising", {"dispute": "none"}),
    ("there is no claim at all, i just waited", {"dispute": "none"}),
    ("there was no dispute button when i looked", {"dispute": None}),
    # the buyer's history alone, no dispute told after it: none for this order
    ("never opened a claim in my life and now the parcel is lost", {"dispute": "none"}),
    ("i have never filed a dispute before, tracking dead 30 days", {"dispute": "none"}),
    ("never opened a dispute before, opened my first one today", {"dispute": None}),
    ("not ever filed a claim so far in my life, but filed one now", {"dispute": None}),
)

DISPUTE_DAYS: tuple[tuple[str, Want], ...] = (
    # a verb only a dispute takes, then how far in it is: "escalated, N days in"
    ("escalated it, 8 days in now and nothing", {"dispute": "escalated", "dispute_days": "8"}),
    ("filed a claim. 5 days in, seller silent", {"dispute": "opened", "dispute_days": "5"}),
    ("my claim is escalated, 3 days in and still no answer", {"dispute_days": "3"}),
    ("opened my dispute, 10 days in already", {"dispute_days": "10"}),
    ("opened the parcel, 3 days in it broke", {"dispute_days": None}),
)

DISPUTE_MORE: tuple[tuple[str, Want], ...] = (
    # the seller pressing to close it, however often: the dispute is open
    ("the store texting me 5 times a day to cancel my claim", {"dispute": "opened"}),
    ("he is messaging me many times to close the dispute, so annoying", {"dispute": "opened"}),
    ("seller spamming me several times per hour to withdraw the claim", {"dispute": "opened"}),
    # the seller will take the item back: an offer
    ("the shop said they will take it back if i pay the postage", {"dispute": "offer"}),
    ("seller agreed to take the lamp back, but the shipping is on me", {"dispute": "offer"}),
    ("they are willing to accept them back for a refund", {"dispute": "offer"}),
    ("the seller will not take it back", {"dispute": None}),
    # which day of the dispute, as a numeric or word ordinal: an open dispute
    ("3rd day of my claim and no answer from the shop", {"dispute": "opened"}),
    ("it is the fifth day into the dispute, seller silent", {"dispute": "opened"}),
    ("10th day in the dispute, what now", {"dispute": "opened"}),
)

AWAITING: tuple[tuple[str, Want], ...] = (
    # "nothing is sent yet" in any tense and verb
    ("paid a week ago and nothing is shipped yet", status("awaiting")),
    ("the store keeps saying soon, nothing got dispatched yet", status("awaiting")),
    ("2 weeks and still nothing sent yet!!", status("awaiting")),
    ("nothing is sent yet for the refund money", NO_STATUS),
)

SCOPE: tuple[tuple[str, Want], ...] = (
    # the buyer's next step, asked or wished, is no status
    ("should i mark the order completed now", NO_STATUS),
    ("do i have to confirm it as received before the dispute", NO_STATUS),
    ("i want the order cancelled asap", NO_STATUS),
    ("need it cancelled, how?", NO_STATUS),
    ("asked for the order to be cancelled yesterday", NO_STATUS),
    ("can i still cancel if it already says shipped", status("shipped")),
    ("i want a refund, the order was cancelled by the seller", status("cancelled")),
    # disputes in general, with no buyer in the words, or only an earlier one: no stage
    ("does a claim get rejected often", {"dispute": None}),
    ("do sellers usually win disputes on aliexpress", {"dispute": None}),
    ("in my previous dispute the store offered 3 dollars", {"dispute": None}),
    ("my old claim was rejected, so i am scared", {"dispute": None}),
    ("my previous claim was lost but this one is open", {"dispute": None}),
    ("my earlier dispute was rejected, today i opened a new dispute", {"dispute": "opened"}),
    ("i always lose, my dispute was rejected again", {"dispute": "lost"}),
    # "N left until" another event is not protection's time left
    ("9 days left till payday, protection still fine", NO_PROTECTION),
    ("2 weeks left before my holiday and the parcel is stuck", NO_PROTECTION),
    ("3 days left until the sale ends, protection is ok", NO_PROTECTION),
    ("5 days left until protection ends", left("days", "120")),
    # protection named, then the buyer's own shown: "mine shows N days"
    ("how does the protection timer work? mine shows 4 days", left("days", "96")),
    ("buyer protection on my other order was long, mine says 20 hours", left("hours", "20")),
    ("protection is confusing lol, mine reads 10 days", left("week", "240")),
    ("mine shows 4 days", NO_PROTECTION),
    ("only 2 days left till it closes automatically", left("hours", "48")),
)

ROWS = [(text, want) for table in (ORDER_STATUS, PROTECTION, DISPUTE, DISPUTE_DECIDED,
                                   DISPUTE_NONE, DISPUTE_DAYS, DISPUTE_MORE, AWAITING, SCOPE)
        for text, want in table]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[f"dev6-en-a-{i}" for i in range(len(ROWS))])
def test_phrasings_of_an_independent_writer(text: str, want: Want) -> None:
    assert read_as(text, "en", want) == want, text
