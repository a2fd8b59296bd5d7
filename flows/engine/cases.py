"""Which case a message opens: the buyer's intent and facts can outrank the classifier's label.

Pure policy, called once per routed message with the classifier's intent and the facts read
from the same message. The buyer's intent wins over the status words: wanting out of an order
that hasn't shipped is a cancellation whatever the words about waiting; a problem about which
a dispute is already open or decided is the dispute case (telling that buyer to open one
would be wrong); what is wrong with an item the buyer has is about the item, not a parcel
that never came; several items with a problem are the several-items case; an item case with
nothing wrong told about a parcel still on its way is a change of mind, the cancellation case.
When the words name no case at all, a dispute stage or missing items that they state still do.
"""

from __future__ import annotations

from collections.abc import Mapping

from flows.understanding import Understanding
from flows.understanding.vocabulary import on_its_way

UNSHIPPED = ("verifying", "awaiting")
# Not wanting an order that hasn't shipped: changed mind, or the buyer's own wrong pick.
WANTS_OUT = ("remorse", "wrong_size", "wrong")
ABOUT_AN_ITEM = ("notshipped", "notreceived", "wrongitem", "cancel")
PER_ITEM = ("notreceived", "wrongitem")
# What can only be wrong with an item in the buyer's hands.
IN_HAND = ("defective", "damaged", "fake", "not_as_described", "wrong_size")
# An order problem whose dispute has started: the dispute guide asks where it stands.
DISPUTED = ("opened", "refused", "offer", "escalated", "lost", "closed_by_me")


def case_for(heard: Understanding) -> str | None:
    """The flow a routed message opens: the fake-message guide for a "support" message that
    asks for card details or a code, the scams guide for another scam request, else `case_of`."""
    if heard.scam:
        return "phishing" if heard.facts.get("scam_request") == "phishing" else "scams"
    return case_of(heard.intent, heard.facts)


def case_of(intent: str | None, facts: Mapping[str, str]) -> str | None:
    """The flow to open for a message of `intent` with `facts`; `intent` unless a rule says."""
    if intent is None:
        return _case_of_facts(facts)
    status, problem = facts.get("order_status"), facts.get("problem")
    if intent in ABOUT_AN_ITEM and status in UNSHIPPED and problem in WANTS_OUT:
        return "cancel"
    if intent == "wrongitem" and problem is None and on_its_way(facts):
        return "cancel"  # nothing wrong told of a parcel not yet come: wanting out (FACTS.md)
    if intent in (*PER_ITEM, "notshipped") and facts.get("dispute") in DISPUTED:
        return "dispute"
    if intent == "notreceived" and problem in IN_HAND and facts.get("several_items") != "yes":
        return "wrongitem"
    if intent in PER_ITEM and facts.get("several_items") == "yes":
        return "multiitem"
    return intent


def _case_of_facts(facts: Mapping[str, str]) -> str | None:
    """The flow that facts alone name when the words named no case: a dispute under way or
    decided, items of an order of several missing ("the shop rejected my complaint")."""
    if facts.get("dispute") in DISPUTED:
        return "dispute"
    if facts.get("items_missing") == "yes":
        return "multiitem"
    return None
