"""Scenario: the dispute was lost or closed: what is still possible, honestly, with low odds
(R12, R14-R16, R37, R86, C06, C13, C18).
"""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios import dispute_texts as texts

HOW_CHOICES = (
    # Translators: answer buttons to "How did the dispute end?"
    Choice("decided", N_("AliExpress decided for the seller"), "disputelost_decided",
           means=("lost",)),
    Choice("closed", N_("I closed or cancelled it myself"), "disputelost_closed",
           means=("closed_by_me",)),
    Choice("expired", N_("Time ran out / no dispute opened"), "disputelost_expired",
           means=("none",)),
    # Translators: answer button: the seller rejected the buyer's dispute, which is not over yet
    # (it can still be escalated to AliExpress).
    Choice("refused", N_("The seller rejected it, still open"), "dispute_escalate",
           means=("refused",)),
    Choice("unsure", N_("Not sure"), "disputelost_unsure"),
)

# Translators: buttons after a lost dispute: ask the seller for a refund as a favour, or ask the
# bank for a chargeback.
TO_GOODWILL = Choice("goodwill", N_("Ask the seller for goodwill"), "disputelost_goodwill",
                     detail=True)
TO_BANK = Choice("bank", N_("Ask my bank"), "disputelost_bank", detail=True)

OTHER_OPTIONS = N_(
    "What's left: the seller's goodwill, or, as a last resort, your own bank's dispute process. "
    "Neither is certain."
)

FLOW = Flow(
    name="disputelost",
    # Translators: main-menu button that opens the guide for a dispute that was lost or closed.
    title=N_("🚫 Dispute lost or closed"),
    entry="disputelost_how",
    screens=(
        Screen(
            "disputelost_how",
            (N_("How did the dispute end?"),),
            HOW_CHOICES,
            rules=("R15", "R16"),
            asks="outcome",
            note=N_("Good to know: AliExpress's decision is final. You can write to support with "
                    "new information and the dispute number, but the chances are low."),
            note_rules=("R15", "R16"),
            note_unless=("expired",),
        ),
        Screen(
            "disputelost_unsure",
            (
                N_('Open "My Orders" → the order and its dispute. The details show where it '
                   "stands:\n"
                   "• rejected by the seller but still open: it isn't over, you can escalate it "
                   "to AliExpress;\n"
                   "• a decision by AliExpress for the seller;\n"
                   "• closed or cancelled by you;\n"
                   '• closed because time ran out, or the order is "Completed" with no dispute.'),
                N_("If it shows a refund to you, the dispute was won and the money is on its "
                   "way. If AliExpress decided for the seller, the decision is final; support may "
                   "look at new information with the dispute number, but the chances are low."),
                N_("If the order isn't \"Completed\" and its countdown is still running, you can "
                   "still open a dispute (\"Open dispute\" / \"Return/refund request\" on the "
                   "order page) before it ends; an extension is the seller's decision."),
                N_("Which is closest?"),
            ),
            HOW_CHOICES[:-1],
            rules=("R04", "R58", "C06", "R15", "R16", "C05", "R31", "C23", "R11"),
            applies=("R04", "R58", "C06", "R15", "R16", "C05", "R31", "C23", "R11"),
            asks="outcome",
            note=N_("Good to know: if the dispute shows a refund to you, it was won and the money "
                    "is on its way; an order is closed for good only when it says \"Completed\" "
                    "and the dispute button is gone."),
            note_rules=("R04", "C06"),
        ),
        Screen(
            "disputelost_decided",
            (
                N_("The arbitration decision is final: AliExpress won't discuss or revise it. "
                   "Usually it means the seller showed convincing evidence (proof of delivery "
                   "for a parcel that didn't come, or that the item matches the listing), or "
                   "your evidence wasn't clear enough."),
                N_("One thing you can still try: write to AliExpress support with new "
                   "information that wasn't in the dispute (a clearer video, a test result, a "
                   "note from your post office that nothing was delivered) and "
                   "give the dispute number. To be honest, the chances are low. Don't count on "
                   "a second dispute for this item: assume you get one per item."),
                N_("If the decision refunds only part of the money, the amount follows the "
                   "terms of the dispute (the refund you asked for and what AliExpress "
                   "accepted), and it goes back the way you paid."),
                OTHER_OPTIONS,
                N_("What to do now: find the dispute number in the dispute details on the order "
                   "page and decide whether you have anything new to show."),
            ),
            (TO_GOODWILL, TO_BANK),
            rules=("R12", "R15", "R16", "C18", "C13", "R48", "R63"),
            applies=("R12", "R15", "R16", "C18", "C13", "R48", "R37", "R14", "R63"),
        ),
        Screen(
            "disputelost_closed",
            (
                N_("Assume you get one dispute per item: after you close or cancel it, you may "
                   "not be able to reopen it."),
                N_("Check anyway: some buyers report that the button came back while buyer "
                   'protection was still running. If "Open dispute" or "Return/refund request" is '
                   "on the order page and the countdown is still on, open it again with all your "
                   "evidence, and don't close it until the problem is solved."),
                N_("If the button is gone, ask the seller to keep their promise, or write to "
                   "AliExpress support with the dispute number; the chances are low."),
                N_("What to do now: open the order page and look for the button and the "
                   "countdown."),
            ),
            (
                Choice("reopen", N_("The button is there"), "dispute_open"),
                Choice("promised", N_("They promised to pay outside AliExpress"), "scams_closed"),
                TO_GOODWILL,
                TO_BANK,
            ),
            rules=("C13", "R15", "R48", "C18"),
            applies=("C13", "R15", "R48", "C18", "R37", "R14"),
        ),
        Screen(
            "disputelost_expired",
            (
                N_('If the order is "Completed" or "Finished" and the dispute button is gone, '
                   "buyer protection has ended and the money has gone to the seller. A dispute "
                   "is no longer possible."),
                N_("Before you give up, check: is a countdown still running on the order page, "
                   "or is a dispute button still there? If so, use it today."),
                OTHER_OPTIONS,
                N_("Next time: don't wait for the last days of the countdown. You can request an "
                   "extension of buyer protection, but the seller decides."),
                N_("What to do now: check the order page once more, then write to the seller."),
            ),
            (Choice("reopen", N_("The button is there"), "dispute_open"), TO_GOODWILL, TO_BANK),
            rules=("R11", "R14", "R36", "R37", "C06", "C23", "C05"),
            applies=("R11", "R14", "R36", "R37", "C06", "C23", "C05", "R15"),
        ),
        Screen(
            "disputelost_goodwill",
            (
                N_("The seller doesn't have to help, but some do: a partial refund, a "
                   "replacement or a resend by agreement. A short, polite message with the facts "
                   "and photos works best. Ask for one concrete thing. A coupon isn't cash: "
                   "judge an offer by the money."),
                N_("Keep it on AliExpress. Never send money, card details or a code to anyone "
                   "for a \"refund\", and be careful with offers to pay you through PayPal or "
                   "another app: payments outside AliExpress aren't protected."),
                N_("What to do now: send the message below in the order chat."),
            ),
            (TO_BANK,),
            rules=("R14", "R37", "R86", "R94", "R30", "R54", "R46"),
            applies=("R14", "R37", "R86", "R94", "R30", "R54", "R46"),
            seller_text=texts.GOODWILL_REQUEST,
        ),
        Screen(
            "disputelost_bank",
            (
                N_('Some banks can dispute a card payment (a "chargeback"). It is your bank\'s '
                   "own process, not AliExpress's: whether it is possible, the deadlines and the "
                   "papers needed all depend on your bank and card. Nothing is certain."),
                N_("Banks usually want to see that you tried to solve it first. Have ready: the "
                   "order number, the dispute number and its result, your messages with the "
                   "seller, and the photos or video."),
                N_("If you paid with PayPal, PayPal has its own claim process with its own time "
                   "limits."),
                N_("What to do now: ask your bank (app chat or phone) whether they can dispute "
                   "this payment, and by when."),
            ),
            (TO_GOODWILL,),
            rules=("R15", "C18"),
            applies=("R15", "C18"),
        ),
    ),
)
