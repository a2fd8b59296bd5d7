"""English group A facts (where the order is): order status, tracking, days without news and
the time left on buyer protection, read from phrasings as buyers type them on phones.

Written from how buyers talk (typos, no punctuation, non-native English, the app's own names),
never from a benchmark line. Each row: the message and the facts it must give (None: must not
be found), so a look-alike that fires is as much a failure as a phrasing that is missed.
"""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 3, 10)

Want = dict[str, str | None]
NO_STATUS: Want = {"order_status": None}
NO_TRACKING: Want = {"tracking": None, "tracking_quiet_days": None}
NO_PROTECTION: Want = {"protection_left": None, "protection_hours": None}


def status(value: str) -> Want:
    """The order status, nothing about the tracking."""
    return {"order_status": value}


def quiet(state: str, days: str | None) -> Want:
    """Tracking stalled/dead with its days without news (None: no number said)."""
    return {"tracking": state, "tracking_quiet_days": days}


def left(bucket: str | None, hours: str | None) -> Want:
    """Protection time left, with its whole hours when a number was typed."""
    return {"protection_left": bucket, "protection_hours": hours}


ORDER_STATUS: tuple[tuple[str, Want], ...] = (
    # awaiting: paid, the seller has not shipped, by the app's name or in the buyer's words
    ("seller still hasnt shipped my order its been 9 days", status("awaiting")),
    ("Order status: Awaiting shipment", status("awaiting")),
    ("its still on awaiting shipment after 2 weeks", status("awaiting")),
    ("the store not send my parcel yet", status("awaiting")),
    ("seller didnt ship it yet and the processing time is almost over",
     {**status("awaiting"), **NO_PROTECTION}),
    ("my order stuck in awaiting shipment 12 days", {**status("awaiting"), **NO_TRACKING}),
    ("they still did not dispatch my order", status("awaiting")),
    ("paid two weeks ago and seller has not sent anything", status("awaiting")),
    ("seller never shipped and the processing timer ran out",
     {**status("awaiting"), **NO_PROTECTION}),
    ("order is not shipped yet", status("awaiting")),
    ("hasnt been shipped after ten days", status("awaiting")),
    ("still waiting for the seller to ship", status("awaiting")),
    ("seller hasnt send it", status("awaiting")),
    ("the shop has not posted my order", status("awaiting")),
    ("waiting for shipment 8 days now", status("awaiting")),
    ("order still not dispatched", status("awaiting")),
    ("status is still awaiting shipment, can i cancel it", status("awaiting")),
    ("the seller is not shipping my order", status("awaiting")),
    ("item not shipped yet by seller", status("awaiting")),
    ("he still not ship my order", status("awaiting")),
    ("its 10 days and the seller doesnt ship", status("awaiting")),
    ("order # 8123456789012345 not shipped, 3 days of processing left",
     {**status("awaiting"), **NO_PROTECTION}),
    # shipped
    ("status says Awaiting delivery", status("shipped")),
    ("order shows shipped but the tracking doesnt work", {**status("shipped"), "tracking": "dead"}),
    ("it was shipped on 3 march", status("shipped")),
    ("the seller shipped it 3 weeks ago", status("shipped")),
    ("it's marked as shipped", status("shipped")),
    ("seller sent the parcel 20 days ago", status("shipped")),
    ("seller dispatched my order two weeks ago", status("shipped")),
    ("order status is 'Shipped'", status("shipped")),
    ("in awaiting delivery status since 5 march", status("shipped")),
    ("my package was shipped 40 days ago and still not here", status("shipped")),
    ("the order got shipped on monday", status("shipped")),
    ("shipped out 2 weeks ago", status("shipped")),
    ("order is in status awaiting delivery", status("shipped")),
    ("the seller has sent my order", status("shipped")),
    # completed
    ("the order auto-completed and i never got it", status("completed")),
    ("order became completed by itself", status("completed")),
    ("Order status: Finished", status("completed")),
    ("order was closed automatically, parcel never came", status("completed")),
    ("the app shows my order as completed", status("completed")),
    ("my order is closed now but nothing arrived", status("completed")),
    ("order status completed but i didnt receive anything", status("completed")),
    ("order automatically completed yesterday", status("completed")),
    # cancelled
    ("seller canceled my order without asking", status("cancelled")),
    ("order got cancelled where is my money", status("cancelled")),
    ("the order was cancelled by seller because out of stock", status("cancelled")),
    ("my order is cancelled but no refund", status("cancelled")),
    ("aliexpress cancelled the order for security reasons", status("cancelled")),
    ("order cancelled 5 days ago and still no money", status("cancelled")),
    # verifying
    ("payment being verified for 2 days", status("verifying")),
    ("stuck on payment being verified", status("verifying")),
    ("it says payment being verified, can i cancel", status("verifying")),
    ("they are still verifying my payment", status("verifying")),
    ("Status: Awaiting Shipment (7 days)", status("awaiting")),
    ("the seller hasnt sent out my item", status("awaiting")),
    ("order is still being processed by seller", status("awaiting")),
    ("seller hasnt handed it to the carrier", status("awaiting")),
    ("the seller still not sended", status("awaiting")),
    ("seller didnt sent my order", status("awaiting")),
    ("the order is not send", status("awaiting")),
    ("nothing sent yet", status("awaiting")),
    ("seller has 7 days to ship my order", {**status("awaiting"), **NO_PROTECTION}),
    ("Order closed", status("completed")),
    ("order closed without me confirming", status("completed")),
    ("the order was auto closed", status("completed")),
    ("order confirmed automatically", status("completed")),
    ("cancelled because payment failed", status("cancelled")),
    ("its been shipped for 30 days", status("shipped")),
    ("the seller send it 2 weeks ago", status("shipped")),
    ("seller shiped it long time ago", status("shipped")),
    ("order was send 20 days ago", status("shipped")),
    ("in transit since 3 weeks", status("shipped")),
    # nothing: questions, wishes, someone else's shipment or cancellation
    ("will the seller ship soon?", NO_STATUS),
    ("how long does it take to ship", NO_STATUS),
    ("I want to cancel", NO_STATUS),
    ("the refund was completed", NO_STATUS),
    ("dispute closed", NO_STATUS),
    ("my return was shipped back to the seller", NO_STATUS),
    ("i shipped the item back last week", NO_STATUS),
    ("if the seller doesnt ship in time do i get my money back", NO_STATUS),
    ("the seller cancelled the dispute", NO_STATUS),
    ("i cancelled my dispute by mistake", NO_STATUS),
    ("the replacement has not been shipped", NO_STATUS),
    ("seller promised to ship in 3 days", NO_STATUS),
    ("shipping cost is too high", NO_STATUS),
    ("the refund has been sent", NO_STATUS),
    ("what happens when the order is completed", NO_STATUS),
    ("can i cancel an order if it is shipped already?", NO_STATUS),
    ("the seller will not ship to my country", NO_STATUS),
    ("seller does not ship abroad", NO_STATUS),
    ("the refund is on the way", NO_STATUS),
    ("nothing sent yet, the refund is still pending", NO_STATUS),
    ("the item was shipped back to the seller", NO_STATUS),
)

TRACKING: tuple[tuple[str, Want], ...] = (
    # delivered on the tracking, not in the buyer's hands
    ("tracking says delivered but i got nothing", {"tracking": "delivered"}),
    ("app shows delivered, mailbox empty", {"tracking": "delivered"}),
    ("its marked delivered but never arrived", {"tracking": "delivered"}),
    ("status shows Delivered but nobody in my house got it", {"tracking": "delivered"}),
    ("tracking show delivered 3 days ago but i have nothing", {"tracking": "delivered"}),
    ("according to tracking it was delivered, i did not get it", {"tracking": "delivered"}),
    # a number that never worked
    ("tracking number not valid on 17track", {"tracking": "dead"}),
    ("the tracking number dont work at all", {"tracking": "dead"}),
    ("tracking never updated once", {"tracking": "dead"}),
    ("tracking invalid", {"tracking": "dead"}),
    ("the track code is not found anywhere", {"tracking": "dead"}),
    ("tracking number shows no information", {"tracking": "dead"}),
    ("tracking shows nothing for 20 days", quiet("dead", "20")),
    # no number at all
    ("seller gave me no tracking number", {"tracking": "no_tracking"}),
    ("the order has no tracking", {"tracking": "no_tracking"}),
    ("they never gave me a tracking number", {"tracking": "no_tracking"}),
    # in the buyer's country, nothing said about silence
    ("parcel arrived in my country", {"tracking": "in_country"}),
    ("parcel is at my local post office", {"tracking": "in_country"}),
    ("its out for delivery", {"tracking": "in_country"}),
    ("it cleared customs", {"tracking": "in_country"}),
    ("the package reached my city", {"tracking": "in_country"}),
    ("handed over to the local courier", {"tracking": "in_country"}),
    # moving
    ("tracking is moving normally", {"tracking": "moving"}),
    ("the tracking updates every day", {"tracking": "moving"}),
    ("the parcel is still moving", {"tracking": "moving"}),
    # silent for a number of days: stalled (< 15) or dead (15 and more)
    ("stuck at customs for 20 days", quiet("dead", "20")),
    ("no updates for 10 days", quiet("stalled", "10")),
    ("tracking hasnt moved in 2 weeks", quiet("stalled", "14")),
    ("no movement for three weeks", quiet("dead", "21")),
    ("last update was 16 days ago", quiet("dead", "16")),
    ("its been sitting in sorting center for 9 days", quiet("stalled", "9")),
    ("tracking frozen for a month", quiet("dead", "30")),
    ("nothing new on tracking in a few days", quiet("stalled", None)),
    ("tracking stuck since 5 days", quiet("stalled", "5")),
    ("same status for 11 days", quiet("stalled", "11")),
    ("reached my city 12 days ago and no update since", quiet("stalled", "12")),
    ("the tracking stopped 18 days ago", quiet("dead", "18")),
    ("no tracking update in 7 days", quiet("stalled", "7")),
    ("no updates since 2 weeks", quiet("stalled", "14")),
    ("19 days no movement", quiet("dead", "19")),
    ("its been two weeks with no update", quiet("stalled", "14")),
    ("tracking has not changed for ten days", quiet("stalled", "10")),
    ("it has been stuck in transit for 3 weeks", quiet("dead", "21")),
    ("the parcel hasnt moved for over a month", quiet("dead", "30")),
    ("the status didnt change since 12 days", quiet("stalled", "12")),
    ("left china 3 weeks ago and nothing since", quiet("dead", "21")),
    ("arrived in germany 8 days ago, no updates after that", quiet("stalled", "8")),
    ("no news from tracking for 6 days", quiet("stalled", "6")),
    ("the tracking says the same thing for 17 days", quiet("dead", "17")),
    ("still at the post office with no update for 4 days", quiet("stalled", "4")),
    ("tracking hasnt said anything in 16 days", quiet("dead", "16")),
    ("tracking has been showing arrived at sorting center for 13 days", quiet("stalled", "13")),
    ("tracking says Arrived at destination country and thats it for 2 weeks",
     quiet("stalled", "14")),
    ("no tracking info at all after 3 weeks", quiet("dead", "21")),
    ("its been 9 days and the tracking didnt move", quiet("stalled", "9")),
    ("tracking not moving 2 weeks", quiet("stalled", "14")),
    ("not a single update in 15 days", quiet("dead", "15")),
    ("zero updates in 3 weeks", quiet("dead", "21")),
    ("nothing for 20 days on the tracking", quiet("dead", "20")),
    ("its been stuck 11 days in Liege", quiet("stalled", "11")),
    ("hanging at customs 8 days", quiet("stalled", "8")),
    ("tracking silent 16 days", quiet("dead", "16")),
    ("the package is at customs 3 weeks already", quiet("dead", "21")),
    ("it is 14 days without moving", quiet("stalled", "14")),
    ("tracking show same info 20 days", quiet("dead", "20")),
    ("for 18 days the tracking has been silent", quiet("dead", "18")),
    ("for 3 weeks there is no movement", quiet("dead", "21")),
    ("since 2 weeks no news about my parcel", quiet("stalled", "14")),
    ("its been 18 days that the tracking doesnt change", quiet("dead", "18")),
    ("it got to my country 20 days ago and has been stuck ever since", quiet("dead", "20")),
    ("arrived to my country 16 days ago, after that nothing", quiet("dead", "16")),
    ("the last status arrived in destination country is 18 days old", quiet("dead", "18")),
    ("i see the same in transit for 20 days", quiet("dead", "20")),
    ("it stays in the sorting center 10 days", quiet("stalled", "10")),
    ("nothing happened with tracking for 12 days", quiet("stalled", "12")),
    ("the status doesnt change for a month", quiet("dead", "30")),
    ("no updates since it arrived in my country 3 weeks ago", quiet("dead", "21")),
    ("Arrived at the sorting centre in Lyon, nothing since. That was 17 days ago.",
     quiet("dead", "17")),
    ("tracking still says not found after 16 days", quiet("dead", "16")),
    ("its been 20 days and the tracking number still shows nothing", quiet("dead", "20")),
    ("the track number doesnt work for 2 weeks", quiet("dead", "14")),
    ("tracking number doesnt show anything for 25 days", quiet("dead", "25")),
    ("tracking number invalid since day one, 25 days now", quiet("dead", "25")),
    ("it is in my country for 20 days already", quiet("dead", "20")),
    ("the parcel is in Poland for 3 weeks now", quiet("dead", "21")),
    ("it arrived at the sorting centre in my city and has been there for 2 weeks",
     quiet("stalled", "14")),
    ("the parcel reached customs in Vilnius and then a 16-day silence", quiet("dead", "16")),
    ('tracking has said "handed over to customs" for sixteen days', quiet("dead", "16")),
    ("Its been 18 days since it arrived at customs", quiet("dead", "18")),
    ("arrived at customs 18 days ago and is still there", quiet("dead", "18")),
    ("still in the sorting center after 16 days", quiet("dead", "16")),
    ("its been at the post office for 16 days", quiet("dead", "16")),
    ("the parcel has been at the pickup point for 10 days", quiet("stalled", "10")),
    ("held by customs for 16 days", quiet("dead", "16")),
    ("in customs 19 days already", quiet("dead", "19")),
    ("last seen at customs 18 days ago", quiet("dead", "18")),
    ("tracking says delivered to mailbox but my mailbox is empty", {"tracking": "delivered"}),
    ("delivered status but no parcel", {"tracking": "delivered"}),
    ("shown as delivered", {"tracking": "delivered"}),
    ("tracking isnt recognised by any site", {"tracking": "dead"}),
    ("the carrier says no such number", {"tracking": "dead"}),
    ("the tracking page says no results", {"tracking": "dead"}),
    ("there is nothing on the tracking at all", {"tracking": "dead"}),
    ("passed import customs", {"tracking": "in_country"}),
    ("its at the local post office waiting for me", {"tracking": "in_country"}),
    ("the parcel is with the local post now", {"tracking": "in_country"}),
    ("its in Spain now", {"tracking": "in_country"}),
    ("tracking moves slowly but it moves", {"tracking": "moving"}),
    ("updates are coming every few days", {"tracking": "moving"}),
    ("tracking updated today", {"tracking": "moving"}),
    ("the order doesnt have a tracking number", {"tracking": "no_tracking"}),
    # nothing: questions, plans, someone else's silence, the order's age
    ("how do i track my parcel", NO_TRACKING),
    ("where do i find the tracking number", NO_TRACKING),
    ("will the tracking update soon?", NO_TRACKING),
    ("ordered 20 days ago, tracking is moving", {"tracking": "moving",
                                                 "tracking_quiet_days": None}),
    ("the seller hasnt replied for 5 days", NO_TRACKING),
    ("dispute open for 12 days no response", NO_TRACKING),
    ("i have been waiting 30 days", NO_TRACKING),
    ("delivery takes 15 to 30 days", NO_TRACKING),
    ("paid 3 weeks ago", NO_TRACKING),
    ("it should be delivered in 10 days", NO_TRACKING),
    ("was it delivered?", NO_TRACKING),
    ("the support has been silent for 6 days", NO_TRACKING),
    ("refund not received for 15 days", NO_TRACKING),
    ("it was not delivered yet", {"tracking": None}),
    ("the seller says the tracking will update in 5 days", NO_TRACKING),
    ("i got it, it was delivered yesterday and i have it", {"tracking": None}),
    ("seller did not ship for 10 days", NO_TRACKING),
    ("the seller has not answered for 8 days and nothing changed", NO_TRACKING),
    ("for 3 weeks the seller sent nothing", NO_TRACKING),
    ("it is in the seller's warehouse for 10 days", NO_TRACKING),
    ("the refund has not moved for 12 days", NO_TRACKING),
    ("the seller gave a fake tracking number", {"tracking": None}),
    ("the promo code does not work for 3 days", NO_TRACKING),
    ("it will stay at the post office for 14 days before it goes back", {"tracking": None}),
)

PROTECTION: tuple[tuple[str, Want], ...] = (
    # the time left, told the many ways the order page and buyers say it
    ("countdown 2d 05:11:09", left("days", "53")),
    ("5 days 03:12:44 left on buyer protection", left("days", "123")),
    ("1d 12h left", left("hours", "36")),
    ("buyer protection: 6 days", left("days", "144")),
    ("only 2.5 days left in protection", left("days", "60")),
    ("a week of protection left", left("days", "168")),
    ("3 days remain of the buyer protection", left("days", "72")),
    ("protection ends in three days", left("days", "72")),
    ("twenty days left on protection", left("week", "480")),
    ("buyer protection 4 days 10 hours", left("days", "106")),
    ("protection ends tomorrow", left("hours", None)),
    ("timer shows 30 hours left", left("hours", "30")),
    ("order completion time: 9 days", left("week", "216")),
    # over, never time left
    ("protection ran out 3 days ago", left("ended", None)),
    ("my buyer protection expired two days ago", left("ended", None)),
    ("buyer protection is over", left("ended", None)),
    ("the protection timer hit 0", left("ended", None)),
    # someone else's clock, a wish, a reminder, an extension: nothing
    ("processing time 3 days left", NO_PROTECTION),
    ("seller has 5 days to ship", NO_PROTECTION),
    ("delivery in 10 days", NO_PROTECTION),
    ("the seller says 7 days left to ship", NO_PROTECTION),
    ("shipping time 15-25 days", NO_PROTECTION),
    ("remind me 3 days before protection ends", NO_PROTECTION),
    ("seller extended the protection by 10 days", NO_PROTECTION),
    ("i will wait another 10 days", NO_PROTECTION),
    ("seller asked me to wait 2 more weeks", NO_PROTECTION),
    ("the processing timer ran out", NO_PROTECTION),
    ("the seller has 3 days left to respond to my dispute", NO_PROTECTION),
    ("the seller will refund in 5 days", NO_PROTECTION),
    ("the parcel will arrive within 7 days", NO_PROTECTION),
    ("no tracking updates for 9 days", NO_PROTECTION),
    ("stuck 12 days", NO_PROTECTION),
)

ROWS = [(text, want) for table in (ORDER_STATUS, TRACKING, PROTECTION) for text, want in table]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[f"a-en-{i}" for i in range(len(ROWS))])
def test_where_the_order_is(text: str, want: Want) -> None:
    got = extract_facts(text, "en", TODAY)
    assert {key: got.get(key) for key in want} == want, (text, got)
