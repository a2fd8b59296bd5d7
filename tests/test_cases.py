"""Which case a message opens (flows/engine/cases.py) and what a skipped question still says."""

from __future__ import annotations

import pytest

from flows.engine import answering
from flows.engine.answering import Used
from flows.engine.cases import case_for, case_of
from flows.engine.machine import SCREENS
from flows.understanding import Understanding


@pytest.mark.parametrize(("intent", "facts", "opens"), [
    # The buyer's intent wins over the status words: wanting out of an unshipped order.
    ("notshipped", {"order_status": "awaiting", "problem": "remorse"}, "cancel"),
    ("notshipped", {"order_status": "verifying", "problem": "wrong_size"}, "cancel"),
    ("wrongitem", {"order_status": "awaiting", "problem": "remorse"}, "cancel"),
    ("notreceived", {"order_status": "awaiting", "problem": "wrong"}, "cancel"),
    # Status alone, or a shipped order, keeps the classifier's case.
    ("notshipped", {"order_status": "awaiting"}, "notshipped"),
    ("wrongitem", {"order_status": "shipped", "problem": "remorse"}, "wrongitem"),
    ("wrongitem", {"problem": "defective"}, "wrongitem"),
    # A broken item is no reason to cancel, whatever the status says.
    ("notshipped", {"order_status": "awaiting", "problem": "defective"}, "notshipped"),
    # Several items with a problem are the several-items case.
    ("wrongitem", {"several_items": "yes", "problem": "damaged"}, "multiitem"),
    ("notreceived", {"several_items": "yes"}, "multiitem"),
    ("dispute", {"several_items": "yes"}, "dispute"),
    # A problem whose dispute has started or ended is the dispute case, not "open one".
    ("notreceived", {"dispute": "opened", "tracking": "dead"}, "dispute"),
    ("wrongitem", {"dispute": "refused", "problem": "defective"}, "dispute"),
    ("notshipped", {"dispute": "closed_by_me"}, "dispute"),
    ("notreceived", {"dispute": "lost", "several_items": "yes"}, "dispute"),
    ("notreceived", {"dispute": "none"}, "notreceived"),
    # What is wrong with an item in hand is about the item, not a parcel that never came.
    ("notreceived", {"problem": "defective"}, "wrongitem"),
    ("notreceived", {"problem": "fake", "order_status": "completed"}, "wrongitem"),
    ("notreceived", {"problem": "damaged", "several_items": "yes"}, "multiitem"),
    ("notreceived", {"problem": "remorse"}, "notreceived"),
    # Nothing understood stays nothing, unless the facts name the case themselves.
    (None, {}, None),
    (None, {"order_status": "shipped", "problem": "defective"}, None),
    (None, {"dispute": "refused", "protection_left": "days"}, "dispute"),
    (None, {"dispute": "lost"}, "dispute"),
    (None, {"dispute": "none"}, None),
    (None, {"items_missing": "yes", "several_items": "yes"}, "multiitem"),
    ("greeting", {"order_status": "awaiting", "problem": "remorse"}, "greeting"),
])
def test_case_of(intent: str | None, facts: dict[str, str], opens: str | None) -> None:
    assert case_of(intent, facts) == opens


def test_a_scam_request_wins_over_everything() -> None:
    heard = Understanding("cancel", (), {"order_status": "awaiting", "problem": "remorse"}, True)
    assert case_for(heard) == "scams"
    assert case_for(Understanding("notshipped", (), {"order_status": "awaiting",
                                                     "problem": "remorse"})) == "cancel"


def _used(question: str, value: str, lands: str) -> Used:
    """The record of `question` answered with the choice meaning `value`, landing on `lands`."""
    choice = next(c for c in SCREENS[question].choices if value in c.means)
    return Used(question, SCREENS[question].asks or "", choice, lands)


@pytest.mark.parametrize(("question", "value", "lands", "said"), [
    # The deadline question's rules are not all on the dead-tracking answer: its note is said.
    ("notreceived_time", "days", "notreceived_dispute", True),
    # The cancel question's rule (R20) is said by the answer reached: no repeat.
    ("cancel_status", "awaiting", "cancel_awaiting", False),
    ("cancel_status", "verifying", "cancel_verifying", True),
])
def test_a_skipped_question_says_its_note_only_when_the_answer_does_not(
        question: str, value: str, lands: str, said: bool) -> None:
    notes = answering.skipped_notes([_used(question, value, lands)])
    assert (notes == [answering.Say(SCREENS[question].note or "")]) is said


def test_one_note_per_question_even_when_two_skipped_questions_share_it() -> None:
    used = [_used("notreceived_ended", "completed", "notreceived_urgent"),
            _used("notreceived_ended_help", "completed", "notreceived_urgent")]
    assert SCREENS["notreceived_ended"].note == SCREENS["notreceived_ended_help"].note
    assert len(answering.skipped_notes(used)) == 1


def test_the_notes_said_in_the_last_step_are_known_by_their_rules() -> None:
    facts = {answering.FIXES: "notreceived_tracking notreceived_time"}
    assert {"R29", "R34", "C05"} <= answering.noted_rules(facts)
    assert answering.noted_rules({}) == set()


@pytest.mark.parametrize(("stated", "offer"), [
    ({"coupon": "yes"}, "partial"),
    ({"dispute": "offer", "amount": "5"}, "partial"),
    ({"amount": "30"}, None),  # a price is no offer
    ({"dispute": "offer"}, None),
    ({"offer": "partial"}, "partial"),
])
def test_an_offer_of_money_is_read_from_a_coupon_or_an_amount_offered(
        stated: dict[str, str], offer: str | None) -> None:
    assert answering.offer(stated) == offer


@pytest.mark.parametrize(("stated", "ended"), [
    ({"order_status": "completed"}, "none"),
    ({"protection_left": "ended"}, "none"),
    ({"protection_hours": "0"}, "none"),
    ({"dispute": "lost", "order_status": "completed"}, "lost"),
    ({"order_status": "shipped"}, None),
    ({}, None),
])
def test_a_completed_order_with_no_dispute_said_has_none(
        stated: dict[str, str], ended: str | None) -> None:
    assert answering.outcome(stated) == ended
