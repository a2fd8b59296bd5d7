"""Scenario: a seller asks for something that takes away the buyer's protection.

Close the dispute for a refund by PayPal or card transfer, confirm receipt before the
parcel has arrived, pay outside AliExpress (R86, R87, R88; refund-rules.md section 3,
"Paying outside AliExpress" and "Confirming receipt early").
"""

from dataclasses import replace

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen

KEEP_DISPUTE_OPEN = (
    "Hello. I will keep the dispute for order No. [ORDER NUMBER] open. "
    "If you agree to a refund, please accept it in the dispute on AliExpress. "
    "I do not accept payments or refunds outside AliExpress. Thank you."
)

CONFIRM_LATER = (
    "Hello. The parcel of order No. [ORDER NUMBER] has not arrived yet, so I cannot confirm "
    "receipt now. I will do it once it has arrived and I have checked it. Thank you."
)

PAY_INSIDE_ONLY = (
    "Hello. I only pay through the AliExpress checkout. "
    "I will not send money outside AliExpress. Thank you."
)

ESCROW = N_(
    "Until you confirm receipt or the protection countdown ends, the seller hasn't been paid: "
    "AliExpress holds your money, and that is what protects you."
)

WATCH_COUNTDOWN = N_(
    "Meanwhile, watch the buyer protection countdown on the order page: it is your deadline, and "
    "whatever the seller promises has to be settled inside AliExpress before it ends."
)

OPEN_DISPUTE = Choice("open", N_("How to open a dispute"), "dispute_open")

WHAT_CHOICES = (
    # Translators: answer buttons to "What does the seller ask?"; each is a known seller trick.
    # "Confirm receipt" is the AliExpress button.
    Choice("close", N_("Close the dispute for a promise"), "scams_close",
           means=("close",)),
    # Translators: answer button; "confirm receipt" is the AliExpress button that releases the money
    # to the seller.
    Choice("confirm", N_("Confirm receipt before it arrives"), "scams_confirm",
           means=("confirm",)),
    Choice("payout", N_("Pay outside AliExpress"), "scams_payout", means=("payout",)),
    # Translators: answer button: a message pretending to be AliExpress support or a courier.
    Choice("phishing", N_("\"Support\" or a courier asks for a code or a fee"), "phishing_fake"),
)

FLOW = Flow(
    name="scams",
    # Translators: main-menu button that opens the warnings about sellers' tricks.
    title=N_("🚨 Suspicious seller request"),
    entry="scams_what",
    screens=(
        Screen(
            "scams_what",
            (
                N_("Some sellers try to talk buyers out of AliExpress's protection. Whatever "
                   "they promise, the rule is simple: money moves only through AliExpress."),
                N_("What is the seller asking you to do?"),
            ),
            (*WHAT_CHOICES, Choice("unsure", N_("Not sure"), "scams_unsure")),
            rules=("R86",),
            asks="scam_request",
            note=N_("Good to know: whatever a seller promises, money moves only through "
                    "AliExpress."),
            note_rules=("R86",),
        ),
        Screen(
            "scams_unsure",
            (
                N_("Say no if a seller asks you to:\n"
                   "• close, cancel or not open a dispute in exchange for a promise;\n"
                   "• take a refund by PayPal, card transfer or any other system instead of "
                   "through AliExpress;\n"
                   "• confirm receipt before the parcel has arrived and you have checked it;\n"
                   "• pay them directly, or pay extra outside the checkout;\n"
                   "• send card details, passwords or codes;\n"
                   "• cancel the order yourself so they avoid a penalty: you don't have to (if "
                   "they can't ship, the refund comes by itself when the processing countdown "
                   "ends; cancelling is possible only until it ships, and the seller confirms "
                   "it).\n"
                   "A message from \"AliExpress support\" or a courier asking for a code, a login "
                   "or a fee through a link is fake: see the last button."),
                N_("An honest seller can refund you inside AliExpress: by agreeing to your "
                   "request in the dispute or by cancelling the order. Anything else leaves you "
                   "without protection. A real refund goes back the way you paid (to a card "
                   "usually within about 10 business days)."),
                WATCH_COUNTDOWN,
                N_("Which one is closest to what happened?"),
            ),
            tuple(replace(c, means=()) for c in WHAT_CHOICES),
            rules=("R86", "R87", "R51", "C13", "C14", "R64", "C01", "C05", "R36", "R20", "R18",
                   "R01", "R89"),
            applies=("R86", "R87", "R51", "C13", "C14", "R64", "C01", "C05", "R36", "R20", "R18",
                     "R01", "R89"),
        ),
        Screen(
            "scams_close",
            (
                N_("Don't close the dispute. A seller who promises a refund by PayPal or a card "
                   "transfer, or a new item, once you close it will most likely not keep the "
                   "promise, and you won't be able to prove anything."),
                N_("Once a dispute is closed, you may not be able to open another one for this "
                   "item, and a payment outside AliExpress has no buyer protection."),
                N_("An honest seller refunds inside the dispute: accepts your request or offers "
                   "an amount there. Part of the money plus a coupon is worth taking only if the "
                   "money itself is fair: a coupon isn't cash."),
                N_("AliExpress penalises sellers who break its rules, which is why some of "
                   "them push buyers to settle privately."),
                ESCROW,
                N_("What to do now: keep the dispute open, reply with the message below and "
                   "watch the protection countdown on the order page: it is your deadline. If "
                   "the seller keeps pushing, escalate to AliExpress with screenshots of the "
                   "chat; if it is already escalated, add them there and wait for the decision."),
            ),
            (
                Choice("closed", N_("I already closed it"), "scams_closed"),
                # Translators: button; to escalate is to ask AliExpress to decide the dispute.
                Choice("escalate", N_("How to escalate the dispute"), "dispute_escalate"),
            ),
            rules=("R86", "R51", "C13", "R88", "C08", "R46", "R87", "R54", "R36"),
            applies=("R86", "R51", "C13", "R88", "C08", "R46", "R87", "R54", "R36"),
            seller_text=KEEP_DISPUTE_OPEN,
        ),
        Screen(
            "scams_closed",
            (
                N_("Look at the order page first. While buyer protection is still running, "
                   "the \"Open dispute\" / \"Return/refund request\" button may be there again: "
                   "some buyers have reopened a dispute this way, but don't count on it."),
                N_("If the button is there, open a new dispute and say honestly that you closed "
                   "the first one because the seller promised a refund outside AliExpress. "
                   "Attach screenshots of that chat."),
                N_("If there is no button, write to AliExpress support with the order number, "
                   "the old dispute number and the screenshots. Don't send the seller any money "
                   "or personal details."),
                N_("What to do now: open the order page and look for the dispute button before "
                   "the protection countdown ends."),
            ),
            (OPEN_DISPUTE,),
            rules=("C13", "C06", "R46", "R15", "R31"),
            applies=("C13", "C06", "R46", "R15", "R31"),
        ),
        Screen(
            "scams_confirm",
            (
                N_("Don't confirm receipt until the parcel is in your hands and you have "
                   "checked it. A seller asking you to confirm early is a known scam."),
                N_("The seller gets your money only when you confirm receipt or the protection "
                   "countdown runs out. Confirming releases the money to them and cuts your "
                   "protection short: at most about 15 more days to open a dispute, and less "
                   "under some rules."),
                N_("\"Confirm and I'll send a gift\", \"the system needs it to ship\" and the like "
                   "are not real reasons."),
                N_("What to do now: don't press \"Confirm receipt\". Reply with the message below "
                   "and watch the protection countdown on the order page: if the parcel doesn't "
                   "come, open a dispute before it ends."),
            ),
            # Translators: answer button: the buyer already pressed "Confirm receipt".
            (Choice("confirmed", N_("I already confirmed"), "scams_confirmed"),),
            rules=("R87", "C05", "R36", "R38"),
            applies=("R87", "C05", "R36", "R38"),
            seller_text=CONFIRM_LATER,
        ),
        Screen(
            "scams_confirmed",
            (
                N_("Act quickly: after confirming, little time is left. Open the order page now; "
                   "if the \"Open dispute\" / \"Return/refund request\" button is still there, use "
                   "it today."),
                N_("In the dispute, say honestly that you confirmed receipt because the seller "
                   "asked you to, and that the parcel hasn't arrived. Attach screenshots of the "
                   "seller's messages and of the tracking."),
                N_("If the button is gone, write to AliExpress support with the order number "
                   "and the screenshots. The chances are lower, but it is worth asking."),
                N_("What to do now: check the order page for the dispute button right now."),
            ),
            (OPEN_DISPUTE,),
            rules=("C05", "C06", "R46", "R15"),
            applies=("C05", "C06", "R46", "R15"),
        ),
        Screen(
            "scams_payout",
            (
                N_("Don't pay a seller outside AliExpress: not by PayPal, bank transfer, card "
                   "transfer or any other way. Buyer protection doesn't cover payments made "
                   "outside the site, and nobody can get that money back for you."),
                N_("The same goes for \"extra\" payments a seller asks for after the order: "
                   "shipping surcharges, fees, a \"discount\" for paying directly. "
                   "An honest seller "
                   "takes payment only through the AliExpress checkout."),
                ESCROW,
                N_("Don't cancel the order to pay the seller directly instead. Cancel only if you "
                   "no longer want the item: that is possible only until it ships, and the "
                   "seller has to confirm it."),
                WATCH_COUNTDOWN,
                N_("What to do now: refuse, reply with the message below, and pay only through "
                   "the AliExpress checkout. You can report the seller's messages to AliExpress "
                   "support."),
            ),
            (Choice("paid", N_("I already paid outside"), "scams_paidout"),),
            rules=("R86", "R90", "R87", "R18", "R20", "R36"),
            applies=("R86", "R90", "R87", "R18", "R20", "R36"),
            seller_text=PAY_INSIDE_ONLY,
        ),
        Screen(
            "scams_paidout",
            (
                N_("AliExpress can't refund money sent outside its checkout: its buyer "
                   "protection doesn't cover it."),
                N_("Contact your bank or the payment service you used (PayPal, your card's bank) "
                   "right away. Explain that you paid a seller who is cheating you, and ask "
                   "whether the payment can be disputed or recalled. The sooner, the better."),
                N_("Keep screenshots of the seller's messages and of the payment, and report "
                   "the seller to AliExpress support. Don't send any more money, even if they "
                   "promise a refund \"after one more payment\"."),
                N_("What to do now: contact your bank or payment service today."),
            ),
            rules=("R86",),
            applies=("R86",),
        ),
    ),
)
