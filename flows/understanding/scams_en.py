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
        "refund|return via|through|by|over|to|with paypal & seller|he|she|store|shop|vendor",
        "paypal & close|cancel & dispute",
        "transfer to my card",
        # the request by any of its verbs and nouns: "asks me to withdraw my claim"
        "me|us to close|cancel|withdraw|remove|delete|drop|retract|end$"
        " & dispute|claim|case|complaint|report",
        # the seller's own words quoted: an imperative, never the buyer's past ("withdrew")
        "pls|please|plz|kindly|friend close=|withdraw=|retract="
        " & dispute|claim|case|complaint|send|refund|money|pay",
        # "cancel" and "remove" are an order's words too: only with the dispute named
        "pls|please|plz|kindly|friend cancel=|remove=|delete=|drop= & dispute|claim|case|complaint",
        "close=|closing|cancel=|withdraw= dispute|claim|case|complaint please|pls|plz",
        "says=|said=|tells=|told=|writes=|wrote=|messaging=|msg=|texted=|asks=|keeps=|wants="
        "|begs=|begging=|insists=|chat= & close=|cancel=|withdraw=|remove=|delete=|drop=|retract="
        " it|dispute|claim|case|complaint & dispute|claim|case|complaint",
    ),
    # the buyer's own step ("i withdrew it"), or someone else's doing it ("support will close
    # the dispute"): no request
    "!close": ("will|would|gonna close=|cancel=",),
    "confirm": (
        "me to confirm", "me|us to mark|press|click|tap & receipt|received|delivered|arrived",
        "confirm$|confirming receipt|delivery|order & before|early|first|yet",
        "confirm$|confirming & not arriv|receiv|come",
        "confirm$|confirming & have not|did not|has not",
        # asked in the seller's words: "please confirm receipt", "press 'confirm receipt' now"
        "please|pls|plz|kindly|just confirm= & receipt|received|delivery|delivered|goods|order",
        "press=|click=|tap=|hit=|mark= & confirm|receipt|received|delivered"
        " & says=|said=|asks=|wants=|tells=|told=|msg=|messaging=|texted=|writes=|wrote=|keeps="
        "|promis|offer|coupon|rating",
    ),
    # the buyer's own early confirmation, nobody asking
    "!confirm": (
        "pressed=|clicked=|tapped=|confirmed=|hit= & mistake|accident|accidentally|mistakenly"
        "|misclick|myself",
        "nobody asked|asking", "no one asked|asking",
    ),
    "payout": (
        "pay|paid|payment|send|sent|transfer outside", "pay|paid|send|transfer directly",
        "wants & extra payment",
        "transfer to his|her|their card", "pay|transfer|wire by|via|through|with western",
        "to him|her|them by|via|through western",
        # more money asked on top of the order, by whoever the asker
        # the buyer's paying, never the seller's "he'll send $15 extra"
        "pay|transfer|wire|paying extra|more|additional|difference|top"
        " & seller|store|shop|vendor|he|she|they|sms|text|email|msg|link|says|asks|wants",
        "extra|more|additional money|payment|fee|charge"
        " & wants|asks|asking|demands|needs$|requires$|before",
        "on top of & wants|asks|asking|demands|needs$|shop|store|seller",
        "wants=|asks=|demands= another|extra|more"
        " & customs|fee|shipping|money|payment|dollars|bucks|euro|usd|eur",
        "deal|buy|order|purchase|trade|business|continue outside",
        "pay|payment|transfer & outside aliexpress|ali|site|platform",
        "send|pay|transfer|money|fee & unlock|release|speed"
        " & asks|wants|needs|says|seller|shop|store|vendor",
        "money|pay|send|transfer on|via|through|to zelle|cashapp|venmo|opay|moneygram"
        " & asks|wants|needs$|says|seller|shop|store|vendor|he|they",
        # the order bought again on the seller's own site
        "buy|order|purchase|reorder|pay & their|his|her|own website|site|webshop",
        "pay|transfer|send & straight|directly to him|her|them",
    ),
    # a fake "support" or "refund department" asking for card details, a code or a login
    "phishing": (
        "support|agent|department|operator & card number|details",
        "support|agent|department|operator & sms|verification|confirmation code",
        "support|agent|department|operator & password|login|cvv|cvc",
        # anyone after what opens the card or the account: the details, not the number alone
        "cvv|cvc|cvv2|expiry=|expiration=|passcode|password|login$|logins$|otp"
        " & asks|asking|asked|wants|wanted|needs$|requests|requesting|demands|give|tell|read"
        "|enter|provide|share|verify",
        "one time password|code|pass & asks|asking|asked|wants|wanted|needs$|give|tell|read",
        "card details|data|info & asks|asking|asked|wants|wanted|needs$|requests|enter|provide",
        "numbers|digits on the back", "pin$ code|number|of & card|bank",
        "photo|picture|scan of card", "card both sides",
        "sms|digit|verification|confirmation|security code & asks|asking|asked|wants|wanted"
        "|needs$|give|tell|read|say|dictate",
        "code from|in|of sms|text|message & asks|asking|asked|wants|wanted|needs$|give|tell"
        "|read|say|dictate",
        "read|tell|give|say|dictate|send him|her|them|operator code|codes",
        "enter=|type=|give=|tell=|read=|dictate= the|your|a code", "code from my|the|your bank",
    ),
    # a fee by a link: customs, storage, redelivery, insurance, an "unlock" (the intent is the
    # classifier's: from a courier or customs it is the fake-message guide's)
    "payout?": ("fee|duty|charge|storage|redelivery|insurance|unlock|release & link|click",),
    # the seller's paying the buyer back is no payout ("says he'll pay me back via western union")
    "!payout": ("pay= me=", "pays= me=", "send= me=", "sends= me=", "refund= me=",
                # customs itself charging is a real duty, not the seller's extra
                "customs wants|asks|charges|demands|charging"),
    # a courier or a pickup point asking for the delivery code is how a parcel is handed over
    "!phishing": ("courier~|postman~|driver~|pickup~|locker~", "parcel point", "post office",
                  "delivery guy|man|men|person"),
    "": (
        "western union & seller",
        # the seller's money or the buyer's outside the site: a scam, but which way it goes the
        # other words say ("close the dispute, we return money outside ali")
        "outside aliexpress|ali|site|platform",
        "pay|send via|through|by|over|to|with paypal", "money via|through|by|to paypal",
        "card transfer", "send & card number",
        # the buyer's own past step, at a seller's word: a scam, but nothing asked of them now
        # (without the seller it is the buyer's haste: "confirmed before testing, it's fake")
        "confirmed receipt|delivery|order & before|early|first|yet & seller|he|she|they",
        "confirmed & not arriv|receiv|come & seller|he|she|they",
        "confirmed & have not|did not|has not & seller|he|she|they",
    ),
}
