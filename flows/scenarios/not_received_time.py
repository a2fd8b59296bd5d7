"""Item not received, part 2: little or no time left, no dispute button, what to write.

The screens here belong to the "notreceived" flow built in `not_received.py`
(R14, R28, R31, R32, R36, R37, C04-C08, C13, C20, C23).
"""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Screen
from flows.scenarios.cancel import DISPUTE_BUTTON_DELAY

DISPUTE_TEXT = (
    "I have not received this order. The tracking number [TRACKING NUMBER] shows: "
    "[WHAT THE TRACKING SHOWS AND SINCE WHEN]. I wrote to the seller on [DATE], "
    "but the parcel has not arrived. I ask for a full refund. Screenshots of the tracking "
    "and of my messages to the seller are attached."
)

GOODWILL_REQUEST = (
    "Hello! My order No. [ORDER NUMBER] never arrived, and the buyer protection ended "
    "before I could open a dispute. The tracking number [TRACKING NUMBER] shows: "
    "[WHAT THE TRACKING SHOWS AND SINCE WHEN]. Could you please help me: send the item "
    "again, or refund the money through AliExpress? Thank you very much!"
)

WHERE_TO_OPEN = N_(
    "Where: \"My Orders\" → the order → \"Open dispute\" (in newer apps \"Return/refund "
    "request\"). Say that you didn't receive the item and ask for a full refund."
)

TO_WRITE = Choice("write", N_("✍️ What to write in the dispute"), "notreceived_write",
                  detail=True)
NO_BUTTON = Choice("nobutton", N_("There's no dispute button"), "notreceived_nobutton",
                   detail=True)
# Translators: button; "protection" is AliExpress's buyer protection (its countdown on the order
# page).
ENDED = Choice("ended", N_("Protection has already ended"), "notreceived_ended")

ENDED_NOTE = N_(
    "Good to know: protection has ended only when the order is \"Completed\" and the dispute "
    "button is gone; until then the countdown on the order page is your deadline."
)

SCREENS = (
    Screen(
        "notreceived_urgent",
        (
            N_("Time is almost up. With 2 days (48 hours) or less left, or with the countdown gone "
               "but the dispute button still there, don't wait for the seller or for an "
               "extension: open the dispute now. A request to extend protection may not be "
               "answered in time, and when the countdown ends, the money goes to the seller."),
            WHERE_TO_OPEN,
            N_("If the parcel arrives while the dispute is open, tell the seller in the "
               "dispute and agree on what to do. Don't close the dispute just because "
               "of a promise."),
            N_("What to do now: open the dispute right away, even with a short description, "
               "and attach screenshots of the tracking. Then the seller has about 5 days to "
               "answer. The next screen shows what to write."),
        ),
        (TO_WRITE, NO_BUTTON),
        rules=("C23", "C05", "C13", "R31", "R91", "C07", "R46"),
        applies=("C23", "C05", "C13", "R31", "R91", "R47", "R43", "C07", "C08", "R46"),
    ),
    Screen(
        "notreceived_nobutton",
        (
            N_("Why the dispute button may be missing:\n"
               "• the seller shipped only recently;\n"
               "• the tracking is updating normally and the delivery deadline hasn't "
               "passed: the system often waits for it before it lets you claim "
               "\"not received\";\n"
               "• buyer protection has ended: the order is \"Completed\" and a dispute "
               "is no longer possible."),
            DISPUTE_BUTTON_DELAY,
            N_("In newer apps the button may be called \"Return/refund request\". Look on "
               "the order details page, next to the item."),
            N_("What to do now: take screenshots of the countdown and of the order page. "
               "Try again every day or two. If the countdown is about to end and there is "
               "still no button, ask the seller to extend protection and contact AliExpress "
               "support from the order page."),
        ),
        (ENDED,),
        rules=("C04", "C20", "C06", "R39", "R40", "R91"),
        applies=("C04", "C20", "C06", "R39", "R40", "R91"),
    ),
    Screen(
        "notreceived_ended",
        (
            N_("Before we call it over, check two things on the order page:\n"
               "1. Is the order marked \"Completed\" (or \"Finished\")?\n"
               "2. Is the \"Open dispute\" / \"Return/refund request\" button gone?"),
        ),
        (
            # Translators: answer button: the order shows "Completed" and the "Open dispute" button
            # is gone.
            Choice("over", N_("Yes: completed, no button"), "notreceived_after",
                   means=("completed",)),
            Choice("button", N_("The button is still there"), "notreceived_urgent"),
            Choice("unsure", N_("Not sure"), "notreceived_ended_help"),
        ),
        rules=("C06", "R11", "R38"),
        asks="order_status",
        note=ENDED_NOTE,
        note_rules=("C06", "R11", "R38"),
    ),
    Screen(
        "notreceived_ended_help",
        (
            N_("Open \"My Orders\": the status is written on each order. A completed order "
               "usually has no countdown any more."),
            N_("Not sure about the button? Just press it. If the dispute form opens, "
               "protection is still on, and you should open the dispute right now. If there "
               "is no such button on the order or on the item, protection has most likely "
               "ended."),
            N_("If it has ended, the money has gone to the seller and a dispute is no longer "
               "possible: what's left is the seller's goodwill, such as a resend or a refund "
               "by agreement."),
            N_("What did you find?"),
        ),
        (
            Choice("over", N_("Yes: completed, no button"), "notreceived_after",
                   means=("completed",)),
            Choice("button", N_("The button is still there"), "notreceived_urgent"),
        ),
        rules=("C06", "R11", "R14", "R37"),
        applies=("C06", "R11", "R14", "R37"),
        asks="order_status",
        note=ENDED_NOTE,
        note_rules=("C06",),
    ),
    Screen(
        "notreceived_after",
        (
            N_("Buyer protection has ended and the order is completed: the money has gone "
               "to the seller, and a dispute is no longer possible."),
            N_("What's left is the seller's goodwill. Ask politely for a new shipment or a "
               "refund. They don't have to agree, but some sellers do. The same applies if "
               "the parcel turns up later and something is wrong with it."),
            N_("Keep everything inside AliExpress: don't pay anything extra and don't share "
               "card details to get this money back. As a last resort, if you paid by card, "
               "ask your bank whether it can dispute the payment."),
            N_("Next time: check the countdown every few days, and ask for an extension or "
               "open a dispute well before it ends."),
            N_("What to do now: send the seller the message below through the AliExpress "
               "chat."),
        ),
        (Choice("bank", N_("Ask my bank"), "disputelost_bank"),),
        rules=("R14", "R37", "R11", "R36", "C06", "R15"),
        applies=("R14", "R37", "R11", "R36", "C06", "R15"),
        seller_text=GOODWILL_REQUEST,
    ),
    Screen(
        "notreceived_write",
        (
            N_("In the dispute form:\n"
               "• reason: the item was not received (the wording differs between apps);\n"
               "• what you want: \"Refund only\", the full amount;\n"
               "• description: short and factual, in English (a draft is below);\n"
               "• evidence: screenshots of the tracking and of your chat with the seller. "
               "They aren't required when nothing arrived, but they help."),
            N_("Then the seller answers. They may offer to send the item again or agree to "
               "refund. If their offer doesn't suit you, don't accept it; a coupon isn't cash. "
               "If the seller "
               "doesn't reply within about 5 days, the dispute usually resolves in your favour "
               "automatically; check the dispute page for its exact timer."),
            N_("If you can't agree, escalate the dispute to AliExpress (\"Escalate dispute\" "
               "on the dispute page). "
               "You can usually do it from about day 3 after opening; without an agreement "
               "it goes to AliExpress automatically (older rules say after 15 days)."),
            N_("What to do now: fill in the form, paste the text below with your details, "
               "attach the screenshots and submit. Don't close the dispute because of a "
               "promise: assume you get one per item."),
        ),
        (
            Choice("follow", N_("⚖️ After the dispute is open"), "dispute_stage"),
            Choice("deal", N_("🚨 Seller offers a side deal"), "scams_what"),
        ),
        rules=("R31", "R43", "R46", "R47", "R32", "R28", "R45", "R48", "C07", "C08", "C09", "C13",
               "C25", "R54", "R30"),
        applies=("R31", "R43", "R46", "R47", "R32", "R28", "R45", "R48", "C07", "C08", "C09", "C13",
                 "C25", "R54", "R30"),
        seller_text=DISPUTE_TEXT,
    ),
)
