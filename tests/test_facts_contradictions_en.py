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
)

PROBLEM: tuple[tuple[str, Want], ...] = (
    ("what if the item arrives damaged?", {"problem": None}),
    ("is the item broken if it makes noise?", {"problem": None}),
    ("the seller shipped the wrong color", {"problem": "wrong_size"}),
    ("the phone arrived with a cracked screen", {"problem": "damaged"}),
)

ROWS = TRACKING + PROTECTION + DISPUTE + ORDER_STATUS + PROBLEM


@pytest.mark.parametrize(("message", "want"), ROWS, ids=[m[:60] for m, _ in ROWS])
def test_facts_say_what_the_words_say(message: str, want: Want) -> None:
    """Every fact named in the row is the row's value, or absent when the row says None."""
    found = extract_facts(message, "en", TODAY)
    assert {key: found.get(key) for key in want} == want
