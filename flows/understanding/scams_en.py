"""English scam requests, as data: what takes away the buyer's protection, by what is asked.

Syntax and matching: `flows.understanding.scams`. Words are stems ("arriv"), short words and
words ending in "$" match whole tokens, "a|b" is a choice, " & " joins phrases that may appear
anywhere in the message. Keys are the requests (the values of the `scam_request` fact in
`vocabulary.FACTS`); "" holds patterns that show a scam but not which request ("pay via
PayPal": the buyer paying, or a refund).
"""

from __future__ import annotations

SCAMS: dict[str, tuple[str, ...]] = {
    "close": (
        "me to close|cancel|withdraw & dispute", "if i close|cancel|withdraw & dispute",
        # the request, not the past: "aliexpress closed my dispute and…" is a decision, "i
        # cancelled my dispute and…" the buyer's own step
        "close$|closing|cancel$|cancelling|canceling the dispute and",
        "close$|closing|cancel$|cancelling|canceling dispute and",
        "close|cancel|withdraw the|my dispute for|to get",
        "refund|return via|through|by|over|to|with paypal",
        "paypal & close|cancel & dispute",
        "transfer to my card",
    ),
    "confirm": (
        "me to confirm", "confirm$|confirming receipt|delivery|order & before|early|first|yet",
        "confirm$|confirming & not arriv|receiv|come",
        "confirm$|confirming & have not|did not|has not",
    ),
    "payout": (
        "pay|paid|payment|send|sent|transfer outside", "pay|paid|send|transfer directly",
        "outside aliexpress|ali|site|platform", "wants & extra payment",
        "western union & seller", "transfer to his|her|their card",
    ),
    # a fake "support" or "refund department" asking for card details, a code or a login
    "phishing": (
        "support|agent|department|operator & card number|details",
        "support|agent|department|operator & sms|verification|confirmation code",
        "support|agent|department|operator & password|login|cvv|cvc",
    ),
    "": (
        "pay|send via|through|by|over|to|with paypal", "money via|through|by|to paypal",
        "card transfer", "send & card number",
        # the buyer's own past step, at a seller's word: a scam, but nothing asked of them now
        # (without the seller it is the buyer's haste: "confirmed before testing, it's fake")
        "confirmed receipt|delivery|order & before|early|first|yet & seller|he|she|they",
        "confirmed & not arriv|receiv|come & seller|he|she|they",
        "confirmed & have not|did not|has not & seller|he|she|they",
    ),
}
