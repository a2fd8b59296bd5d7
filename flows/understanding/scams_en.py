"""English scam requests, as data: what takes away the buyer's protection.

Syntax and matching: `flows.understanding.scams`. Words are stems ("arriv"), short words and
words ending in "$" match whole tokens, "a|b" is a choice, " & " joins phrases that may appear
anywhere in the message.
"""

from __future__ import annotations

SCAMS: tuple[str, ...] = (
    "me to close|cancel|withdraw & dispute", "if i close|cancel|withdraw & dispute",
    # the request, not the past: "aliexpress closed my dispute and…" is a decision, "i
    # cancelled my dispute and…" the buyer's own step
    "close$|closing|cancel$|cancelling|canceling the dispute and",
    "close$|closing|cancel$|cancelling|canceling dispute and",
    "close|cancel|withdraw the|my dispute for|to get",
    "refund|pay|send|return via|through|by|over|to|with paypal",
    "paypal & close|cancel & dispute", "money via|through|by|to paypal",
    "card transfer", "transfer to his|her|their|my card", "send & card number",
    "me to confirm", "confirm receipt|delivery|order & before|early|first|yet",
    "confirm & not arriv|receiv|come", "confirm & have not|did not|has not",
    "pay|paid|payment|send|sent|transfer outside", "pay|paid|send|transfer directly",
    "outside aliexpress|ali|site|platform", "wants & extra payment",
    "western union & seller",
)
