"""English facts of "where the order is" and the dispute, seventh pass (issue 16): precision first.

Six passes of look-alike blockers held the dev sets but not new text: the words of a pattern
were read out of their scope. So each block here names a kind of scope (a clause, the nearest
clock, the carrier's words, a status denied, an intent) or a missed phrasing; its rows are this
file's own buyer messages of that kind (other words, order and typos), never a benchmark line. A
row: the message and the facts it must give (None: must not be found).
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import NO_PROTECTION, NO_STATUS, Want, left, read_as, status

ORDER_STATUS: tuple[tuple[str, Want], ...] = (
    # a clause ends at its punctuation: "order, tracking says ..." is no "order says"
    ("my $30 order. tracking shows it left china, nothing more", NO_STATUS),
    ("cheap order, it says delivered on 17track but i have nothing", NO_STATUS),
    ("the order? status still shipped", status("shipped")),
    ("3 things in one order, 2 arrived, the order says Shipped for all", status("shipped")),
    # the carrier's words are the tracking's, not the order page's
    ("tracking says in transit since 9 days, no new scan", NO_STATUS),
    ("17track status is in transit, that's all i know", NO_STATUS),
    ("the courier site shows its still on the way", NO_STATUS),
    ("my parcel is in transit, order status shipped", status("shipped")),
    # broken or lost in transit tells how, not where the order is
    ("the vase got smashed in transit, glass everywhere", NO_STATUS),
    ("screen cracked during transit, seller blames the post", NO_STATUS),
    ("one of the 3 mugs was broken in transit", NO_STATUS),
    # the refund's or the return's transit is not the order's
    ("the refund is in transit according to paypal", NO_STATUS),
    ("my return is in transit back to china", NO_STATUS),
    ("money still in transit, bank says 5 days", NO_STATUS),
    # an earlier episode told in its own clause is not this order
    ("my order got cancelled last time i tried, now i ordered again", NO_STATUS),
    ("it was shipped in the past from spain, now from china, and its awaiting shipment",
     status("awaiting")),
    ("previously they completed it without me. today the order is cancelled",
     status("cancelled")),
    # a status said and denied right after is no status
    ("he says the order was shipped, but it was not", NO_STATUS),
    ("the app says shipped which is a lie, it is still awaiting shipment", status("awaiting")),
    ("seller claims it was dispatched, not true, no tracking", NO_STATUS),
    ("store told me its cancelled but it isnt", NO_STATUS),
    ("shipped? it was shipped, the tracking moves", status("shipped")),
    # the rule's "your order" is nobody's order
    ("they told me you get 15 days after your order is closed", NO_STATUS),
    ("faq says if your order is cancelled the money comes back in 3 days", NO_STATUS),
    ("does your order get completed by itself? the app says shipped for mine",
     status("shipped")),
    # not even sent: the order waits for shipment
    ("paid a week ago and it is not even shipped", status("awaiting")),
    ("order not even posted yet, seller silent", status("awaiting")),
    ("the thing was never even sent, i checked", status("awaiting")),
    # "cancelled it" or "says shipped" opening the message: the order, its name left out
    ("cancelled it yesterday and paid with paypal, when is the money back?",
     status("cancelled")),
    ("cancelled it, now waiting for the refund to my card", {"order_status": "cancelled"}),
    ("i cancelled it, will the coupon come back?", status("cancelled")),
    ("cancelled it because the dispute took too long", NO_STATUS),
    ("says shipped, but the tracking number shows nothing for a week", status("shipped")),
    ("shows awaiting delivery and the courier never came", status("shipped")),
    ("says shipped? no way, the seller told me out of stock", status("shipped")),
    # not sent, said of another thing or of the way it went: no status of the order
    ("seller never sent me the coupon he promised", NO_STATUS),
    ("they did not send the invoice, i need it for work", NO_STATUS),
    ("not shipped the second item, the first one arrived", NO_STATUS),
    ("the watch was not sent in the original box", NO_STATUS),
    ("it was not shipped by aliexpress standard shipping", NO_STATUS),
    ("the store does not ship batteries by air", NO_STATUS),
    ("the seller has not shipped my order in 10 days", status("awaiting")),
    ("2 weeks and the jacket was not sent yet", status("awaiting")),
    # a delay by the post or customs is after shipping
    ("the post delayed the shipment because of customs", NO_STATUS),
    ("customs delayed the shipping, tracking shows held", NO_STATUS),
    ("the seller delayed the shipment again, still nothing", status("awaiting")),
    # the order named by its number, then its status
    ("Order no. 8112233445566778 cancelled and no refund yet", status("cancelled")),
    ("order number 8009988776655443 got cancelled yesterday", status("cancelled")),
    ("order id 8123123123123123 was cancelled by itself", status("cancelled")),
)

PROTECTION: tuple[tuple[str, Want], ...] = (
    # a countdown belongs to the clock named nearest to it, even when protection is asked about
    ("processing timer on the order 1 day 20:10:05, will my protection start after?",
     NO_PROTECTION),
    ("the shipping countdown shows 3 days 10:22:10 - is buyer protection separate",
     NO_PROTECTION),
    ("handling time 04:11:30 left, and what about the protection", NO_PROTECTION),
    ("timer 1 day 05:11:00 for the seller to ship", NO_PROTECTION),
    ("countdown 2 days 03:00:00 for the shop to send it", NO_PROTECTION),
    ("buyer protection countdown 2 days 03:00:00", left("days", "51")),
    # a duration ends at its clause: "for a month. 5 days left" is no "a month 5 days"
    ("stuck for a month. 4 days protection left", left("days", "96")),
    ("no news for a week, 20 hours left on the timer", left("hours", "20")),
    ("tracking dead for a month; protection 6 days remaining", left("days", "144")),
    ("protection 60 days, ends in 7 days", left("days", "168")),
    # a comma between a duration's parts ends no clause: "5 days, 3 hours" is one duration
    ("5 days, 3 hours left on protection", left("days", "123")),
    ("timer: 2 days, 10 hours, 5 minutes", left("days", "58")),
    ("1 week, 2 days left of protection", left("week", "216")),
    ("buyer protection ends in 4 Days, 6 Hours", left("days", "102")),
    # "N left" after the seller's days to ship is his clock, not protection
    ("seller has 7 days to ship, 2 days left", NO_PROTECTION),
    ("the shop got 5 more days to send it, 3 days left now", NO_PROTECTION),
    ("he has three days to dispatch, 1 day left and nothing", NO_PROTECTION),
    ("the seller has 9 days to decide if he ships, 4 days left", NO_PROTECTION),
    ("store has 4 days to answer the cancellation, 3 days left", NO_PROTECTION),
    ("protection 9 days left, the seller has 2 days to ship", left("week", "216")),
    # another thing's timer ended is not protection; time up asked and denied is not said
    ("the sale timer ended so the price went up", NO_PROTECTION),
    ("the cancellation timer ended and the seller shipped", NO_PROTECTION),
    ("coupon countdown is over, i missed it", NO_PROTECTION),
    ("protection over? no, 3 days left", left("days", "72")),
    ("is the timer up? nope, 20 hours remaining", left("hours", "20")),
    ("my protection ended, the seller's answer timer too", left("ended", None)),
    # the seller's number is his claim, not the order page
    ("he said 3 days left on protection but the app shows 10 days", NO_PROTECTION),
    ("seller says only 2 days left, i think its more", NO_PROTECTION),
    ("the shop told me 40 hours remaining, i cant find the timer", NO_PROTECTION),
    # the countdown after the duration, named with "buyer"
    ("3 days 2 hours on the buyer protection timer", left("days", "74")),
    ("only 30 hours on buyer protection countdown", left("hours", "30")),
    ("1 day on my buyer countdown", left("hours", "24")),
    # a rule after another event is no time left: "after protection expires you have 15 days"
    ("after protection expires you have 15 days left to open a dispute, right?", NO_PROTECTION),
    ("once the order is closed there are 15 days left for a claim", NO_PROTECTION),
    ("when the timer runs out you get 15 days to open a dispute", NO_PROTECTION),
)

DISPUTE: tuple[tuple[str, Want], ...] = (
    # the seller tells the buyer to cancel it (whatever he gives for it): still open
    ("claim open since monday, the seller says cancel it and he sends a gift",
     {"dispute": "opened"}),
    ("my dispute: store wrote close it and they give 20% coupon", {"dispute": "opened"}),
    ("opened a dispute, then he told me withdraw it and he refunds half", {"dispute": "opened"}),
    ("dispute open, seller said cancel it, so i cancelled the dispute",
     {"dispute": "closed_by_me"}),
    # the seller's plea quoted, "please" after it
    ('the shop: "friend close dispute please, we send again"', {"dispute": "opened"}),
    ("he keeps writing cancel the claim pls we make refund", {"dispute": "opened"}),
    ("seller msg - withdraw the dispute please and get 5 usd", {"dispute": "opened"}),
    # "open my dispute" is an intent: no dispute is said to exist
    ("should i open my dispute now or wait for the parcel?", {"dispute": None}),
    ("going to open my dispute tonight when i get home", {"dispute": None}),
    ("how do i start my claim, the app shows no button", {"dispute": None}),
    ("want to file my claim today, photos ready", {"dispute": None}),
    ("i opened my dispute 3 days ago, silence", {"dispute": "opened"}),
    ("my dispute is on day 6 and nothing", {"dispute": "opened"}),
    # no dispute, told with "so far", "for now", or without the noun
    ("cup arrived chipped. no dispute so far", {"dispute": "none"}),
    ("no claim for now, waiting for the seller to answer", {"dispute": "none"}),
    ("wrong colour came, have not opened anything yet", {"dispute": "none"}),
    ("did not open anything, the box is still sealed", {"dispute": None}),
    ("have not opened anything yet, if i do will it hurt the seller?", {"dispute": "none"}),
    # the buyer's history is not this order's stage; not opening one yet is none
    ("never had a dispute before, how does it work? i opened one yesterday", {"dispute": None}),
    ("i have never opened a dispute in my life, this is my first, opened today",
     {"dispute": None}),
    ("not ever filed a claim until now, today i filed one", {"dispute": None}),
    ("not opening a dispute yet, waiting 5 more days", {"dispute": "none"}),
    ("i am not filing a claim yet, the seller promised to resend", {"dispute": "none"}),
    ("never starting a dispute for 2 dollars, forget it", {"dispute": "none"}),
    # the seller's "no dispute please" is his request, not a refusal
    ("the seller said no dispute please", {"dispute": None}),
    ("he replied no claim, he will refund", {"dispute": None}),
    ("store answered no, they will not refund the dispute", {"dispute": "refused"}),
    # a coupon sent is a dispute's offer only in place of the money
    # twenty-third pass C: these two were None; rule 3 "Decided 2026-12-07": a seller's offer with
    # no word about a dispute is an offer
    ("wrong size and the shop sends me a coupon code for 3 euro, funny", {"dispute": "offer"}),
    ("he sent me a voucher for my next order, whatever", {"dispute": "offer"}),
    ("the seller gave me a 5 usd coupon instead of my money back", {"dispute": "offer"}),
    ("they sent me a discount code as compensation for the scratch", {"dispute": "offer"}),
    ("too late for a dispute now, the timer is gone", {"dispute": "none"}),
    # won, told with what was won, or short at the start
    ("won a 30 euro dispute last week, still no money", {"dispute": "won"}),
    ("i finally won the headphones dispute", {"dispute": "won"}),
    ("won it! but the refund is not on my card", {"dispute": "won"}),
    ("the seller said he won the last dispute with me", {"dispute": None}),
    ("have you ever won a dispute against this shop?", {"dispute": None}),
    # decided for the seller, "closed it for the seller"
    ("after a week of dispute ali closed it for the seller, no refund", {"dispute": "lost"}),
    ("my claim, support just decided it for the store", {"dispute": "lost"}),
    ("dispute: aliexpress ended it for the shop", {"dispute": "lost"}),
    # the seller's refusal asked about or foreseen is no refusal
    ("can the seller reject a dispute twice?", {"dispute": None}),
    ("i am afraid the seller will reject my claim", {"dispute": None}),
    ("will the store refuse the dispute if i have no video", {"dispute": None}),
    ("the seller might decline, the claim is open since monday", {"dispute": None}),
    ("claim opened, the seller rejected it today", {"dispute": "refused"}),
    # a verdict's word said of a thing ("the lost parcel", "the declined card") is no verdict
    ("opened a dispute for the lost parcel", {"dispute": "opened"}),
    ("my claim about the missing package, rejected payment first, is open 4 days",
     {"dispute": "opened"}),
    ("dispute opened, courier lost it", {"dispute": "opened"}),
    ("i filed a claim for a lost shipment 3 days ago", {"dispute": "opened"}),
    ("claim about a declined card payment", {"dispute": None}),
    ("lost the dispute and the lost parcel never came", {"dispute": "lost"}),
    # escalated with the bank is no dispute stage
    ("escalated the ticket with my bank, not the dispute", {"dispute": None}),
    ("i escalated it to paypal, no claim on aliexpress", {"dispute": None}),
    ("escalated the complaint to my card issuer yesterday", {"dispute": None}),
    # the buyer says no dispute was opened, whatever the seller offered
    ("the seller offered to resend, i have not opened a dispute", {"dispute": "none"}),
    ("shop proposed 5 usd back. we never opened a claim", {"dispute": "none"}),
    ("got a coupon suggestion from him, i did not file a dispute yet", {"dispute": "none"}),
    ("seller offered a refund, i had not opened a dispute but now i opened one",
     {"dispute": "opened"}),
    # the platform took it over
    ("my claim is now with aliexpress support", {"dispute": "escalated"}),
    ("seller ignored the dispute so customer service took over", {"dispute": "escalated"}),
    ("the dispute went with ali arbitration today", {"dispute": "escalated"}),
    ("if he does not answer aliexpress will take over the dispute", {"dispute": None}),
    # the dispute's age as its state: opened, with the days
    ("claim 9 days old, seller silent", {"dispute": "opened"}),
    ("disputes take forever, mine is on day 11", {"dispute": "opened", "dispute_days": "11"}),
    ("dispute is 2 weeks old and nothing", {"dispute": "opened"}),
    # a day word belongs to its own clause: "ended yesterday, i opened ..." is no age of 1
    ("the protection ended yesterday, i opened a dispute 2 days before that",
     {"dispute_days": None}),
    ("parcel arrived yesterday. opened a dispute today", {"dispute_days": None}),
    ("opened the claim yesterday, photos uploaded", {"dispute_days": "1"}),
    # a comma right after the dispute's words is a pause, not another clause
    ("opened a dispute, 5 days ago", {"dispute_days": "5"}),
    ("dispute opened, 3 days now and no answer", {"dispute_days": "3"}),
    ("the claim, open for 6 days, no reply", {"dispute_days": "6"}),
    ("dispute, day 4, seller silent", {"dispute_days": "4"}),
    # the wait before opening is not the dispute's age
    ("dispute opened after 30 days of waiting", {"dispute_days": None}),
    ("claim opened when 20 days had passed with no parcel", {"dispute_days": None}),
    ("dispute open within 2 days of delivery, still no answer", {"dispute_days": None}),
    ("the dispute has been open for 9 days", {"dispute_days": "9"}),
    # another dispute's age is not this one's
    ("my previous dispute took 10 days, this one just started", {"dispute_days": None}),
    ("the last claim lasted 3 weeks with this shop", {"dispute_days": None}),
    ("first dispute 5 days ago was lost, new order now", {"dispute_days": None}),
)

ROWS = [(text, want) for table in (ORDER_STATUS, PROTECTION, DISPUTE) for text, want in table]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[f"dev3-en-a-{i}" for i in range(len(ROWS))])
def test_phrasings_of_an_independent_writer(text: str, want: Want) -> None:
    assert read_as(text, "en", want) == want, text
