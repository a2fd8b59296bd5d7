"""English facts that must never contradict the buyer (issue 16): adversarial phrasings.

Each row is a message a buyer could send (typos, stories told out of order, someone else's
parcel, hypotheticals, numbers next to other numbers) and what each fact must be: a value, or
None when the words do not say it. Saying nothing is always better than a wrong "You said".
Written for this file, never copied from a benchmark line.
"""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 3, 10)

Want = dict[str, str | None]
NO_TRACKING: Want = {"tracking": None, "tracking_quiet_days": None}
NO_PROTECTION: Want = {"protection_left": None, "protection_hours": None}


def quiet(state: str, days: str | None) -> Want:
    """Tracking stalled/dead with its days without news (None: no number said)."""
    return {"tracking": state, "tracking_quiet_days": days}


def left(bucket: str | None, hours: str | None) -> Want:
    """Protection time left, with its whole hours when a number was typed."""
    return {"protection_left": bucket, "protection_hours": hours}


MOVING_AGAIN: Want = {"tracking": "moving", "tracking_quiet_days": None}

TRACKING: tuple[tuple[str, Want], ...] = (
    # the silence is over: the days are history, the parcel moves
    ("the package moved yesterday after being stuck for 18 days", MOVING_AGAIN),
    ("tracking was stuck for 3 weeks but now it is moving again", MOVING_AGAIN),
    ("tracking alive again after 14 days of silence", MOVING_AGAIN),
    ("there was no update for 20 days, then yesterday it got scanned in my city", MOVING_AGAIN),
    # someone else's parcel, or a silence only imagined
    ("my friend said his parcel was stuck 20 days but mine is moving fine",
     {"tracking_quiet_days": None, "tracking": None}),
    ("what if the tracking doesnt move for 15 days, can i open a dispute", NO_TRACKING),
    # still silent: the days stand
    ("tracking said in transit for a week, then it arrived in my country and since then no "
     "update for 20 days", quiet("dead", "20")),
    ("it left china 30 days ago and the last update was 4 days ago", quiet("stalled", "4")),
    ("it was moving, then stopped, now 8 days no changes", quiet("stalled", "8")),
    ("shipped 20 days ago, tracking stopped 11 days ago", quiet("stalled", "11")),
    ("the seller says it's moving but tracking shows no movement for 13 days",
     quiet("stalled", "13")),
    ("the parcel has been at the airport for 17 days, no updates at all", quiet("dead", "17")),
    ("hasn't moved in 30 days, the protection ends in 5 days",
     {**quiet("dead", "30"), **left("days", "120")}),
    ("no updates for 16 days and 3 days of protection left",
     {**quiet("dead", "16"), **left("days", "72")}),
    ("tracking says delivered but i never got it", {"tracking": "delivered"}),
    ("it was stuck in customs for 2 weeks, cleared yesterday and now with local post",
     {"tracking_quiet_days": None, "tracking": None}),
    ("tracking frozen 10 days, then moved once, now frozen again 6 days",
     {"tracking_quiet_days": None}),
    ("it moved 2 days ago after 3 weeks of nothing", {"tracking_quiet_days": None}),
    ("ordered 25 days ago, tracking hasnt moved for 9 days, protection 6 days left",
     {**quiet("stalled", "9"), **left("days", "144")}),
    ("hi, my order 8123456789012345 shipped on march 1, last update 12 days ago at sorting "
     "center", quiet("stalled", "12")),
    ("the tracking number worked for 3 days and then nothing for 17 days", quiet("dead", "17")),
    ("the seller says wait 10 more days, tracking has not updated for 8 days",
     quiet("stalled", "8")),
    ("tracking hasnt updated for 5 days but the seller replied 2 days ago", quiet("stalled", "5")),
    ("no reply from seller for 6 days, tracking is moving",
     {"tracking": "moving", "tracking_quiet_days": None}),
    ("seller did not answer for 10 days and the tracking is fine", NO_TRACKING),
    ("i waited 20 days for the seller to respond", NO_TRACKING),
    ("support didnt reply for a week, parcel stuck in my city", NO_TRACKING),
    ("no updates for a few days", quiet("stalled", None)),
    ("no update for 3-4 weeks", {"tracking_quiet_days": None}),
    ("its been 2 months no update", quiet("dead", "60")),
    ("package in my country 3 days, should i wait?",
     {"tracking": "in_country", "tracking_quiet_days": None}),
    ("the refund has not moved for 10 days", NO_TRACKING),
    ("my refund is stuck for 2 weeks", NO_TRACKING),
    ("dispute open 12 days, no answer",
     {**NO_TRACKING, "dispute": "opened", "dispute_days": "12"}),
    ("awaiting shipment for 7 days with no updates", {**NO_TRACKING, "order_status": "awaiting"}),
    ("tracking stuck 25 days. seller says it's customs. protection 3 days. what do i do",
     {**quiet("dead", "25"), **left("days", "72")}),
    ("the countdown on the order is 2 days 3 hours, tracking no movement 14 days",
     {**quiet("stalled", "14"), **left("days", "51")}),
    ("courier tried to deliver 3 days ago, no update since", quiet("stalled", "3")),
    ("Hi!! so basically i bought headphones on aliexpress, the seller took 10 days to ship, then "
     "the tracking was moving normally for 2 weeks, it got to my country and then... nothing. 18 "
     "days now. the seller keeps saying wait. my protection shows 6 days. i havent opened a "
     "dispute yet. help", {**quiet("dead", "18"), **left("days", "144"), "dispute": "none"}),
    ("ok so the order is \"awaiting delivery\", tracking stopped at 'import customs' 11 days ago, "
     "seller says he will resend if it doesnt arrive in 5 days",
     {"order_status": "shipped", **quiet("stalled", "11"), **NO_PROTECTION}),
    ("the seller says the parcel is lost, tracking stuck 30 days", quiet("dead", "30")),
    ("i lost the tracking number", {"tracking": None, "dispute": None}),
    ("tracking: delivered. me: nothing. seller: not my problem", {"tracking": "delivered"}),
    ("the courier says delivered, the tracking doesnt say delivered", {"tracking": None}),
    # numbers near other numbers: the delivery estimate, the order's age, the time left
    ("seller said delivery takes 30 days, no update for 13 days", quiet("stalled", "13")),
    ("the seller says delivery is 15 days, it's been 20 days and the tracking shows nothing new "
     "for 6 days", quiet("stalled", "6")),
    ("estimated delivery 25 days, no movement 9 days", quiet("stalled", "9")),
    ("within 30 days he said, no updates for 22 days", {"tracking_quiet_days": None}),
    ("it usually takes 20 days, now 12 days no update", quiet("stalled", "12")),
    ("took 10 days to leave china, now no update for 4 days", quiet("stalled", "4")),
    ("free shipping 15-30 days, tracking stuck for 16 days", quiet("dead", "16")),
    ("the dispute has been going for 10 days, tracking no update 17 days",
     {**quiet("dead", "17"), "dispute_days": "10"}),
    ("refund promised in 5 days, tracking dead 20 days", {**quiet("dead", "20"), **NO_PROTECTION}),
    ("i ordered 7 days ago, tracking stuck for 5 days", quiet("stalled", "5")),
    ("protection 8 days left no updates 11 days",
     {**quiet("stalled", "11"), **left("week", "192")}),
    ("11 days no updates, 8 days protection left",
     {**quiet("stalled", "11"), **left("week", "192")}),
    ("order 3 weeks ago, 2 items, tracking no updates 5 days", quiet("stalled", "5")),
    ("paid 15 days ago, no updates", {"tracking_quiet_days": None}),
    ("ordered 20 days ago, no update on tracking", {"tracking_quiet_days": None}),
    ("it arrived in my country 16 days ago, no updates since", quiet("dead", "16")),
    ("no update for 48 hours", quiet("stalled", "2")),
    ("no updates for like a week or two", {"tracking_quiet_days": None}),
    ("nearly a month without any movement", quiet("dead", "30")),
    # the buyer's return parcel is not the order's tracking
    ("return shipped 10 days ago, tracking of the return stuck for 8 days",
     {**NO_TRACKING, "order_status": None}),
    ("my return to the seller is stuck at customs 12 days", NO_TRACKING),
    ("the return parcel has not moved for 14 days", NO_TRACKING),
    ("the seller agreed to refund if i send it back, i shipped it back 5 days ago",
     {**NO_TRACKING, "order_status": None}),
    # the silence ended: a new place, a delivery, a number that works now
    ("it was at customs for 10 days, now it is out for delivery",
     {"tracking": "in_country", "tracking_quiet_days": None}),
    ("tracking showed no updates for 15 days but delivered today", NO_TRACKING),
    ("after 16 days without updates it suddenly says delivered",
     {"tracking": "delivered", "tracking_quiet_days": None}),
    ("the tracking didnt work for 10 days, now it works and shows it's in my country",
     NO_TRACKING),
    ("number was invalid for a week but now shows in transit", NO_TRACKING),
    ("tracking updated yesterday: 'arrived at destination country'. before that nothing for 3 "
     "weeks", {"tracking": "in_country", "tracking_quiet_days": None}),
    ("my neighbour's parcel from aliexpress got stuck for 40 days", NO_TRACKING),
    ("will it be returned if it stays at customs 30 days?", NO_TRACKING),
    # in transit for weeks is the status's age, not a silence, unless silence is said
    ("tracking says in transit for 3 weeks, is that normal", NO_TRACKING),
    ("the package has been in transit for over a month", NO_TRACKING),
    ("the parcel was in transit for 30 days, arrived at my post office today",
     {"tracking": "in_country", "tracking_quiet_days": None}),
    # the same numbers, still silent
    ("tracking not found for 20 days", quiet("dead", "20")),
    ("i paid 45 usd 30 days ago. seller says 'your parcel is moving, wait 15 days'. tracking "
     "says nothing new for 19 days", quiet("dead", "19")),
    ("seller says the tracking is updating but i see no update for 12 days",
     quiet("stalled", "12")),
    ("my parcel tracking : last event 8 days ago \"arrived at sorting center\"",
     quiet("stalled", "8")),
    ("trackin not update 2 week", quiet("stalled", "14")),
    ("packege not moving since 3 weeks", quiet("dead", "21")),
    ("i bought 2 items 10 days ago, one arrived, the other one has no tracking update for 9 "
     "days", quiet("stalled", "9")),
    ("protection ends in 10 days, and no update for 10 days",
     {**quiet("stalled", "10"), **left("week", "240")}),
    ("protection 3 days left, tracking 3 days no update",
     {**quiet("stalled", "3"), **left("days", "72")}),
    ("opened dispute 2 days ago because tracking stuck for 20 days",
     {**quiet("dead", "20"), "dispute": "opened", "dispute_days": "2"}),
    ("it's been 2 weeks since i opened the dispute and tracking is still stuck",
     {**NO_TRACKING, "dispute": "opened", "dispute_days": "14"}),
    ("the tracking was updated 2 hours ago, it's on the way", {"tracking_quiet_days": None}),
)

PROTECTION: tuple[tuple[str, Want], ...] = (
    # time up that has not come yet is time left
    ("2 weeks left before the protection is over", left("week", "336")),
    ("protection not over yet, 9 days left", left("week", "216")),
    ("protection will be over in 2 days", left("hours", "48")),
    ("the protection is going to expire in 3 days", left("days", "72")),
    ("5 days until my protection expires", left("days", "120")),
    ("protection should end in 4 days", left("days", "96")),
    # over is over
    ("protection ended 3 days ago and the parcel never came", left("ended", None)),
    ("buyer protection ran out yesterday, can i still open a dispute", left("ended", None)),
    ("my buyer protection expired last week", left("ended", None)),
    ("protection has expired, the parcel stuck 20 days",
     {**left("ended", None), **quiet("dead", "20")}),
    # a wish, a question, the past or someone else's: no time left
    ("if the protection runs out in 2 days what happens", NO_PROTECTION),
    ("i had 10 days of protection left last week, now its over",
     {"protection_hours": None, "protection_left": None}),
    ("my friend had 5 days left on protection and lost it", NO_PROTECTION),
    ("protection was 3 days left when i opened the dispute", NO_PROTECTION),
    ("remind me 3 days before protection ends", NO_PROTECTION),
    ("the coupon expires in 2 days", NO_PROTECTION),
    ("seller has 3 days left to ship", {**NO_PROTECTION, "order_status": "awaiting"}),
    ("is it true protection is 60 days?", NO_PROTECTION),
    # the time left itself
    ("my protection has 2 days left", left("hours", "48")),
    ("the countdown shows 3 days 04:12:55", left("days", "76")),
    ("the seller asked me to extend protection by 15 days, there are 4 days left",
     left("days", "96")),
    ("i extended protection by 7 days last week, now it says 1 day left", left("hours", "24")),
    ("protection is almost over, 1 day left", left("hours", "24")),
    # a total next to the time left: the time left wins
    ("protection 60 days, ends in 7 days", left("days", "168")),
    ("75 days protection, 5 days left", left("days", "120")),
    ("the protection period was 75 days and now 5 days left", left("days", "120")),
    ("the seller gave me 15 days more protection, so now 22 days left", left("week", "528")),
    ("i have 90 days protection", NO_PROTECTION),
    ("hello i ordered a phone case for 3.99 on feb 2, seller shipped feb 5, tracking moved till "
     "feb 20 and now its been silent, today is march 10, protection says 4 days 10 hours, what "
     "should i do", left("days", "106")),
    ("protection left 1d 5h", left("hours", "29")),
    ("protection: 00:00:00", left("ended", None)),
    ("countdown 0 days 05:30:00", left("hours", "5")),
    ("protection ended 2 days ago but seller says he will still refund", left("ended", None)),
    ("i missed the protection by 2 days", left("ended", None)),
    ("the timer on the seller's response is 2 days", NO_PROTECTION),
    ("the order will be auto-confirmed in 4 days", NO_PROTECTION),
    ("seller said \"i will refund in 3 days\" that was 10 days ago", NO_PROTECTION),
    ("the seller said he will ship in 5 days, 3 days left on processing",
     {"order_status": "awaiting", **NO_PROTECTION}),
    ("protection ends on march 12", left("hours", "48")),
    ("protection until 15.03", left("days", "120")),
    ("the protection expired on march 5", left("ended", None)),
    ("protection ends 3/15", NO_PROTECTION),
    ("the coupon ends on march 20, protection ends in 9 days", left("week", "216")),
    ("my birthday is on march 14, protection ends in 2 days", left("hours", "48")),
    ("i was on holiday for 2 weeks, protection ends in 3 days", left("days", "72")),
    ("protection ends in 2 days but i'm travelling for a week", left("hours", "48")),
    ("delivery in 3 days, protection 20 days", left("week", "480")),
    ("protection: 11 days, estimated delivery: 5 days", left("week", "264")),
    ("it will arrive in 4 days says the tracking", NO_PROTECTION),
    ("i have 1 week to return the item", NO_PROTECTION),
    ("return period 15 days", NO_PROTECTION),
    ("the seller has 7 days to accept the return", NO_PROTECTION),
    ("respond within 48 hours or the dispute closes", NO_PROTECTION),
    # what the timer said before is not what it says now; the seller's word is not the app's
    ("3 days ago it said 5 days left on protection", NO_PROTECTION),
    ("yesterday protection showed 2 days", NO_PROTECTION),
    ("last week it had 8 days, so now about 1 day", {"protection_hours": None}),
    ("the seller says protection ends in 2 days, the app says 5 days",
     {"protection_hours": None}),
    ("i asked for extension, the seller refused, protection 2 days left",
     {"dispute": None, "protection_hours": None}),
    ("protection was extended, now it ends in 12 days", left("week", "288")),
    ("protection ends in 3 days and the seller wants 7 more days", left("days", "72")),
    ("protection 5 days, seller asks to wait 10 days", left("days", "120")),
    ("protection is over since 3 days", left("ended", None)),
    ("protection: 2 days 23 hours", left("days", "71")),
    ("there's like 49 hours left", left("days", "49")),
    ("under 24 hours of protection left", left("hours", "24")),
    ("less than a day left on protection", left("hours", None)),
    ("protection 1 week 2 days", left("week", "216")),
    ("my protection has ended? it shows 0", left("ended", None)),
)

DISPUTE: tuple[tuple[str, Want], ...] = (
    ("i lost the dispute but then appealed and won", {"dispute": "won"}),
    ("seller disagreed with my dispute and offered a partial refund of 30%",
     {"dispute": "offer"}),
    ("in my previous order the seller rejected my dispute", {"dispute": None}),
    ("i opened a dispute, the seller rejected it, then aliexpress decided in my favour",
     {"dispute": "won"}),
    ("aliexpress rejected my dispute", {"dispute": "lost"}),
    ("i cancelled the dispute because the seller promised to resend",
     {"dispute": "closed_by_me"}),
    ("seller asked me to cancel the dispute and he will send a new one", {"dispute": "opened"}),
    ("i didn't open a dispute yet", {"dispute": "none"}),
    ("should i open a dispute?", {"dispute": None}),
    ("the seller told me \"open a dispute and i will refund you\"", {"dispute": None}),
    ("i opened a dispute 5 days ago and the seller hasn't answered",
     {"dispute": "opened", "dispute_days": "5"}),
    ("dispute opened, seller rejected, i escalated, aliexpress asked for a video",
     {"dispute": "escalated"}),
    ("the dispute was closed by aliexpress and i got a full refund", {"dispute": "won"}),
    ("aliexpress closed my dispute and refunded me", {"dispute": "won"}),
    ("dispute closed in my favour after 2 weeks", {"dispute": "won", "dispute_days": "14"}),
    ("the seller won the dispute, aliexpress said my photos were not enough",
     {"dispute": "lost"}),
    ("my dispute got rejected, i appealed, still waiting", {"dispute": None}),
    ("appeal submitted after the dispute was rejected", {"dispute": None}),
    ("seller rejected, i escalated 4 days ago", {"dispute": "escalated"}),
    ("the seller offered to resend but i refused the offer", {"dispute": "offer"}),
    ("i refused the seller's offer and escalated", {"dispute": "escalated"}),
    ("the seller didn't respond to my dispute in 5 days, so it was closed automatically in my "
     "favor", {"dispute": "won"}),
    ("i withdrew my dispute because the item finally arrived", {"dispute": "closed_by_me"}),
    ("i wanted to cancel my dispute but didn't", {"dispute": "opened"}),
    ("i almost cancelled the dispute", {"dispute": None}),
    ("should i cancel my dispute if the seller promises to refund?", {"dispute": "opened"}),
    ("the seller says he will not refund, he doesn't want me to open a dispute",
     {"dispute": None}),
    ("the seller said he won the last dispute with me so don't bother", {"dispute": None}),
    ("my dispute has not been answered by the seller yet", {"dispute": "opened"}),
    ("i never had a dispute with this seller before, but now i opened one",
     {"dispute": "opened"}),
    ("this is my first dispute, opened yesterday", {"dispute": "opened", "dispute_days": "1"}),
    ("the dispute for the phone case is closed, the charger one is still open",
     {"dispute": None}),
    ("i have 2 disputes, one was won and one is still open", {"dispute": None}),
    ("the seller never opened a dispute, i did", {"dispute": None}),
    ("the dispute time ended before i could open it", {"dispute": None}),
    ("seller wrote: \"protection will be extended by 20 days, dont open dispute\"",
     {"dispute": None, **NO_PROTECTION}),
    ("the seller told me \"the dispute was closed\" but it is still open", {"dispute": None}),
    ("the seller offered a refund but then took it back and rejected", {"dispute": "refused"}),
    ("the seller first offered 10$, then rejected the dispute", {"dispute": "refused"}),
    ("seller rejected my proposal of full refund and offered 20%", {"dispute": "offer"}),
    ("the dispute was closed, i don't know who won", {"dispute": None}),
    ("can i escalate if the seller rejected?", {"dispute": "refused"}),
    ("the seller rejected my refund request, i haven't opened a dispute yet",
     {"dispute": "none"}),
    ("the seller refused to send tracking", {"dispute": None}),
    ("i have opened a dispute but cancelled it and opened again", {"dispute": "opened"}),
    ("the dispute was opened 10 days ago and closed yesterday in my favour",
     {"dispute": "won", "dispute_days": "10"}),
    ("dispute opened 3 days ago, the seller has 2 days left to respond",
     {"dispute": "opened", "dispute_days": "3", **NO_PROTECTION}),
    ("the dispute is opened for non delivery, the parcel is stuck 18 days",
     {"dispute": "opened", **quiet("dead", "18")}),
)

ORDER_STATUS: tuple[tuple[str, Want], ...] = (
    ("my previous order was cancelled, this one is awaiting shipment",
     {"order_status": "awaiting"}),
    ("i cancelled the order but the seller shipped it anyway", {"order_status": None}),
    ("the seller cancelled my order and i have not got the money back",
     {"order_status": "cancelled"}),
    ("i paid 12 days ago and the payment is still being verified",
     {"order_status": "verifying"}),
    ("the order hasn't been shipped yet and the processing timer ends in 1 day",
     {"order_status": "awaiting", **NO_PROTECTION}),
    ("order status is completed but i never got the parcel, the tracking stopped 20 days ago",
     {"order_status": "completed", **quiet("dead", "20")}),
    ("it says awaiting delivery but the tracking says delivered",
     {"order_status": "shipped", "tracking": "delivered"}),
    ("the seller hasn't shipped, but the status says shipped", {"order_status": "shipped"}),
    ("waiting for the seller to ship for 10 days, the processing countdown is 2 days",
     {"order_status": "awaiting", **NO_PROTECTION, **NO_TRACKING}),
    ("payment is being verified, the seller already shipped my other order",
     {"order_status": "verifying"}),
    ("the order is not cancelled, it is still shipped", {"order_status": "shipped"}),
    ("not cancelled yet, waiting for the seller to respond to my cancellation request",
     {"order_status": None}),
    ("i asked to cancel, seller refused and shipped it", {"order_status": None}),
    ("i requested cancellation 2 days ago, status still awaiting shipment",
     {"order_status": "awaiting"}),
    ("the status says completed but i opened a dispute 3 days ago",
     {"order_status": "completed", "dispute": "opened", "dispute_days": "3"}),
    ("if the seller doesn't ship in 3 days the order will be cancelled", {"order_status": None}),
    ("will my order be cancelled automatically if not shipped?", {"order_status": None}),
    ("the order will be completed in 5 days automatically",
     {"order_status": None, **NO_PROTECTION}),
    ("confirm receipt in 3 days or it auto confirms", {"order_status": None, **NO_PROTECTION}),
    ("the item arrived broken and the order is already completed",
     {"order_status": "completed", "problem": "damaged"}),
    ("the order says completed, but the dispute is still open",
     {"order_status": "completed", "dispute": "opened"}),
    ("order completed 3 days ago, protection ended, item broken",
     {"order_status": "completed", **left("ended", None)}),
    ("the seller shipped it after i opened the dispute",
     {"order_status": "shipped", "dispute": "opened"}),
    ("i opened a dispute because the seller didnt ship for 15 days",
     {"order_status": "awaiting", "dispute": "opened", **NO_TRACKING}),
    ("the order was cancelled after my dispute", {"order_status": "cancelled"}),
    ("the seller has not shipped, the order says awaiting shipment, processing time 3 days left, "
     "protection not started", {"order_status": "awaiting", **NO_PROTECTION}),
    ("after 3 weeks of waiting the seller cancelled my order and refunded me",
     {"order_status": "cancelled", **NO_TRACKING}),
    ("the parcel is not delivered yet but the order is completed", {"order_status": "completed"}),
    ("my order hasnt been delivered and it's not completed yet", {"order_status": None}),
    ("the item hasn't arrived but order status is not completed", {"order_status": None}),
    ("my dispute was refused by seller, then i escalated, aliexpress decided for the seller, now "
     "i want to appeal", {"dispute": "lost"}),
)

PROBLEM: tuple[tuple[str, Want], ...] = (
    ("what if the item arrives damaged?", {"problem": None}),
    ("is the item broken if it makes noise?", {"problem": None}),
    ("the seller shipped the wrong color", {"problem": "wrong_size"}),
    ("the phone arrived with a cracked screen", {"problem": "damaged"}),
    ("the item arrived, its not broken but it smells", {"problem": None}),
    ("the box was crushed but the item is fine", {"problem": None}),
    ("the watch is not original, it's a copy", {"problem": "fake"}),
    ("size M instead of L", {"problem": "wrong_size"}),
    ("the size is fine but the color is wrong", {"problem": "wrong_size"}),
    ("i changed my mind, i don't need it anymore", {"problem": "remorse"}),
    ("it stopped working after 2 days", {"problem": "defective"}),
    ("the item is ok but one of the 3 parts is missing", {"problem": "missing_parts"}),
    ("my parcel is missing", {"problem": None}),
    ("it's not as described, the photos showed a metal case but it's plastic",
     {"problem": "not_as_described"}),
    ("the seller said the item may arrive damaged, it's fine", {"problem": None}),
    ("my friend's item arrived broken, mine is fine", {"problem": None}),
    ("i'm afraid it will break", {"problem": None}),
    ("the previous one i ordered was broken, this one works", {"problem": None}),
    ("the first item was fine, the second was broken", {"problem": None}),
    ("nothing is broken, i just want to return it", {"problem": None}),
    ("it was broken but the seller sent a new one that works", {"problem": None}),
    ("i thought it was broken but it was just the battery", {"problem": None}),
    ("is this a fake? the logo looks weird", {"problem": None}),
    ("i am not sure if it's fake", {"problem": None}),
    ("seller claims it's original, i think it's fake", {"problem": "fake"}),
    ("not damaged, just the wrong colour", {"problem": "wrong_size"}),
    ("the item is not defective, i just don't like it", {"problem": "remorse"}),
    ("the seller sent a different model", {"problem": "wrong"}),
    ("the item was dead on arrival", {"problem": "defective"}),
    ("the replacement also doesn't work", {"problem": "defective"}),
    ("i ordered size 42 but got 40", {"problem": "wrong_size"}),
    ("it works but not as described", {"problem": "not_as_described"}),
)

ROWS = TRACKING + PROTECTION + DISPUTE + ORDER_STATUS + PROBLEM


@pytest.mark.parametrize(("message", "want"), ROWS, ids=[m[:60] for m, _ in ROWS])
def test_facts_say_what_the_words_say(message: str, want: Want) -> None:
    """Every fact named in the row is the row's value, or absent when the row says None."""
    found = extract_facts(message, "en", TODAY)
    assert {key: found.get(key) for key in want} == want
