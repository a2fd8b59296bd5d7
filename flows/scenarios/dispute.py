"""Scenario: the dispute itself: opening it, the seller's reply, offers, escalation and the
decision (R31, R32, R42, R45, R47, R48, R52-R63, C04-C09, C13, C19, C25).
"""

from flows.engine.conditions import Facts, condition, said
from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios import dispute_texts as texts
from flows.scenarios.cancel import REFUND_TIMING

SELLER_REPLY_DAYS = 5
"""The seller's time to answer a dispute before it resolves for the buyer (R52)."""
UNUSABLE = ("defective", "damaged", "wrong")
"""Problems that leave the buyer without a usable item: part of the money is no fair deal."""


@condition("dispute_seller_late")
def seller_reply_overdue(facts: Facts) -> bool:
    """The buyer said the dispute has been open longer than the seller's time to reply."""
    days = said(facts).get("dispute_days", "")
    return days.isdigit() and int(days) > SELLER_REPLY_DAYS


@condition("dispute_item_unusable")
def item_unusable(facts: Facts) -> bool:
    """The buyer said the item doesn't work, arrived broken or is another product."""
    return said(facts).get("problem") in UNUSABLE


STAGE_CHOICES = (
    # Translators: answer buttons to "Where does the dispute stand?"; a dispute is AliExpress's
    # claim procedure, "escalated" means AliExpress arbitrates.
    Choice("notyet", N_("Not opened yet"), "dispute_open", means=("none",)),
    Choice("waiting", N_("Opened, waiting for the seller"), "dispute_waiting",
           unless=("dispute_seller_late",), means=("opened",)),
    Choice("waiting", N_("Opened, waiting for the seller"), "dispute_seller_late",
           conditions=("dispute_seller_late",), means=("opened",)),
    Choice("offer", N_("The seller replied with an offer"), "dispute_offer", means=("offer",)),
    Choice("refused", N_("Seller refuses / no agreement"), "dispute_escalate",
           means=("refused",)),
    # Translators: answer button: the buyer escalated the dispute and AliExpress now decides it.
    Choice("deciding", N_("Escalated, AliExpress is deciding"), "dispute_decision",
           means=("escalated",)),
    Choice("lost", N_("Lost or closed"), "disputelost_how", means=("lost", "closed_by_me")),
    Choice("unsure", N_("Not sure"), "dispute_unsure"),
)

OFFER_CHOICES = (
    # Translators: answer buttons to "What does the seller offer?" in an open dispute.
    Choice("partial", N_("Part of the money, maybe a coupon"), "dispute_counter",
           unless=("dispute_item_unusable",), means=("partial",)),
    Choice("partial", N_("Part of the money, maybe a coupon"), "dispute_counter_full",
           conditions=("dispute_item_unusable",), means=("partial",)),
    # Translators: answer button: the seller offers to send a new item.
    Choice("resend", N_("To send a new one"), "dispute_resend"),
    Choice("takeback", N_("To take the item back"), "wrongitem_return", detail=True),
    Choice("close", N_("To close the dispute first"), "dispute_closeask"),
    Choice("unsure", N_("Not sure"), "dispute_offer_unsure"),
)

OFFER_NOTE = N_(
    "Good to know: sellers often answer a dispute with an offer. Part of the money with a "
    "coupon is worth taking only if the money itself is fair: a coupon isn't cash."
)

# Translators: button: the seller will not accept the buyer's terms in the dispute.
TO_ESCALATE = Choice("escalate", N_("Seller won't agree"), "dispute_escalate")

NO_OUTSIDE_REFUND = N_(
    "Refuse any refund outside AliExpress (PayPal, a card transfer): it isn't protected. If the "
    "seller offers a coupon: a coupon isn't cash."
)

SELLER_SILENT = N_(
    "If the seller doesn't reply within about 5 days, the dispute usually resolves in your "
    "favour automatically. Check the dispute page for its exact timer."
)

ONE_DISPUTE = N_(
    "Assume you get one dispute per item. If you cancel it, you may not be able to reopen it. "
    "Don't close a dispute on a seller's promise."
)

FLOW = Flow(
    name="dispute",
    # Translators: main-menu button that opens the guide to opening and following an AliExpress
    # dispute.
    title=N_("⚖️ Open or follow a dispute"),
    entry="dispute_stage",
    screens=(
        Screen(
            "dispute_stage",
            (
                N_("Where are you with the dispute? On the order page it may be called a "
                   "dispute or a return/refund request."),
            ),
            STAGE_CHOICES,
            rules=("R58",),
            asks="dispute",
        ),
        Screen(
            "dispute_unsure",
            (
                N_('How to check: "My Orders" → the order. An open dispute shows on the order '
                   '(older versions: "Dispute in progress" / "Dispute finished"; newer ones list '
                   "it under returns/refunds). Open it to see whose turn it is and the timer."),
                N_("• No dispute shown → not opened yet.\n"
                   "• A timer for the seller's reply → waiting for the seller.\n"
                   "• The seller's proposal is shown → an offer.\n"
                   "• AliExpress has joined → it is deciding.\n"
                   "• Finished or closed without a refund → lost or closed."),
                N_("Either way: the deadline to open a dispute is the countdown on the order page; "
                   "the seller has about 5 days to reply to a dispute, or it usually resolves for "
                   "you; you can usually escalate from about day 3; assume one dispute per item, "
                   "so don't close it on a promise."),
                N_("Which is closest?"),
            ),
            STAGE_CHOICES[:-1],
            rules=("R58", "C07", "R52", "C08", "C13", "C05"),
            applies=("R58", "C07", "R52", "C08", "C13", "C05"),
            asks="dispute",
        ),
        Screen(
            "dispute_open",
            (
                N_('How to open: "My Orders" → the order → "Open dispute" (in newer apps '
                   '"Return/refund request").'),
                N_('The form asks: received or not, "Refund only" or "Return & refund", the '
                   "amount, the reason, a description, photos or video (and, for a return, the "
                   "shipping)."),
                N_("Write the description in English, short and factual: what you ordered, what "
                   "went wrong, what you ask for. Until escalated only you and the seller see "
                   "it; then AliExpress reads it too."),
                N_("Assume you get one dispute per item: with several products, open a separate "
                   "dispute for each item. Don't close a dispute on a seller's promise: you may "
                   "not be able to reopen it."),
                N_("Seller offers part of the money instead? Your decision, and there may be no "
                   "more later. Agree only inside the dispute, never by PayPal or a transfer, "
                   "and open it even if asked not to."),
                N_("Your deadline is the countdown on the order page; after you confirm receipt, "
                   "usually 15 more days. Don't wait for the last day."),
                N_("What to do now: press the button on the order page, paste the description "
                   "below (fill in the [BRACKETS]) and attach your evidence."),
            ),
            (
                Choice("texts", N_("Texts for a faulty or wrong item"), "wrongitem_problem"),
                Choice("notarrived", N_("The item never arrived"), "notreceived_tracking"),
                Choice("several", N_("Several items in one order"), "multiitem_problem"),
                # Translators: button: the "Open dispute" button is missing on the order page.
                Choice("nobutton", N_("I don't see the button"), "dispute_nobutton", detail=True),
                Choice("opened", N_("Opened it. What next?"), "dispute_waiting"),
            ),
            rules=("R30", "R31", "R38", "R42", "R43", "R44", "R45", "R47", "R48", "R94", "C05",
                   "C13", "R46", "R49", "R51", "R86"),
            applies=("R30", "R31", "R38", "R42", "R43", "R44", "R45", "R47", "R48", "R94", "C05",
                     "C13", "C04", "R39", "R46", "R49", "R51", "R86"),
            seller_text=texts.DISPUTE_DESCRIPTION,
        ),
        Screen(
            "dispute_nobutton",
            (
                N_("Why the button may be missing:\n"
                   "• Too early: it usually appears about a week (some rules say 5, 6, 10 or 11 "
                   "days) after the seller ships.\n"
                   '• Another name: in newer versions look for "Return/refund request", also '
                   "inside the order details.\n"
                   "• The parcel is moving normally and the delivery deadline hasn't passed: for "
                   "an item that hasn't arrived, the system may wait until then.\n"
                   '• Too late: the order shows "Completed" or "Finished" and the button is gone. '
                   "Then buyer protection has probably ended."),
                N_("What to do now: check the countdown on the order page. If the order is "
                   "completed and the button is gone, see what is still possible."),
            ),
            # Translators: button: the order shows "Completed" and the "Open dispute" button is
            # gone.
            (Choice("gone", N_("Order completed, button gone"), "disputelost_expired"),),
            rules=("C04", "C06", "C20", "C27", "R39"),
            applies=("C04", "C06", "C20", "C27", "R39"),
        ),
        Screen(
            "dispute_waiting",
            (
                N_("There are two different clocks:\n"
                   "• about 5 days for the seller's first reply;\n"
                   "• up to about 15 days for the whole negotiation before AliExpress steps in."),
                SELLER_SILENT,
                N_("Sellers often take several days. Be patient and polite, and answer in the "
                   "dispute itself, not only in the chat: if it is escalated, AliExpress reads "
                   "the dispute page."),
                ONE_DISPUTE,
                NO_OUTSIDE_REFUND,
                N_("Add your evidence to the dispute now (photos, video, screenshots of the "
                   "listing and the tracking). If the seller refuses or their terms are "
                   "unacceptable, you don't have to wait: you can usually escalate from about "
                   "day 3, and AliExpress then decides on the evidence."),
                N_("What to do now: check the dispute once a day and reply within the time it "
                   "shows."),
            ),
            (
                Choice("offer", N_("The seller replied with an offer"), "dispute_offer"),
                Choice("refused", N_("Seller refuses / no agreement"), "dispute_escalate"),
                Choice("close", N_("Seller asks me to close it"), "dispute_closeask"),
            ),
            rules=("R32", "R45", "R52", "R53", "R58", "R62", "R86", "C07", "C09", "C13", "R54",
                   "R46", "R47", "C08", "R56", "R55"),
            applies=("R32", "R45", "R52", "R53", "R58", "R62", "R86", "C07", "C09", "C13", "R54",
                     "R46", "R47", "C08", "R56", "R55"),
        ),
        Screen(
            "dispute_seller_late",
            (
                N_("You said the dispute has been open for more than 5 days."),
                SELLER_SILENT,
                N_("Look at the dispute page now: what does it show?\n"
                   "• Finished in your favour → the refund is on its way: to the AliExpress "
                   "balance or Alipay usually within 1 business day, to a card usually within "
                   "about 10 business days, sometimes up to 20.\n"
                   "• Still open and the seller silent → don't wait any longer: escalating is "
                   "usually possible from about day 3, so press \"Escalate dispute\" and "
                   "AliExpress decides on the evidence.\n"
                   "• The seller replied → answer in the dispute itself, not only in the "
                   "chat."),
                ONE_DISPUTE,
                NO_OUTSIDE_REFUND,
                N_("What to do now: look at the dispute page and pick below what it shows. "
                   "Before you escalate, add your evidence (photos, video, screenshots): the "
                   "decision is final."),
            ),
            (
                Choice("won", N_("Resolved for me, no money yet"), "moneylate_method"),
                Choice("silent", N_("Still open, no reply"), "dispute_escalate"),
                Choice("offer", N_("The seller replied with an offer"), "dispute_offer"),
                Choice("refused", N_("Seller refuses / no agreement"), "dispute_escalate"),
                Choice("close", N_("Seller asks me to close it"), "dispute_closeask"),
            ),
            rules=("R52", "C07", "C08", "R56", "R57", "R16", "R61", "C01", "C02", "R46", "C13",
                   "R86", "R54", "R58"),
            applies=("R52", "C07", "C08", "R56", "R57", "R16", "R61", "C01", "C02", "R46", "C13",
                     "R86", "R54", "R58"),
        ),
        Screen(
            "dispute_offer",
            (N_("What does the seller offer?"),),
            OFFER_CHOICES,
            rules=("R32", "R54"),
            asks="offer",
            note=OFFER_NOTE,
            note_rules=("R32", "R54"),
        ),
        Screen(
            "dispute_offer_unsure",
            (
                N_("Open the dispute on the order page: the seller's latest proposal is shown "
                   "there, with the amount. Also read the order chat. Typical offers:\n"
                   "• part of the money, sometimes with a coupon;\n"
                   "• a replacement or a resend;\n"
                   "• a full refund if you send the item back;\n"
                   "• a request to close the dispute first (don't)."),
                N_("Whatever it is, it's your decision: you don't have to accept. A coupon isn't "
                   "cash, and once you accept, the dispute closes on those terms; you may not get "
                   "a second one for this item. You never get more than you paid. Keep your "
                   "photos and screenshots in the dispute either way."),
                N_("Which is closest?"),
            ),
            OFFER_CHOICES[:-1],
            rules=("R32", "R54", "C13", "C12", "R74", "R46"),
            applies=("R32", "R54", "C13", "C12", "R74", "R44", "R98", "R47", "R63", "R46"),
            asks="offer",
            note=OFFER_NOTE,
            note_rules=("R32", "R54"),
        ),
        Screen(
            "dispute_counter",
            (
                N_("Part of the money, sometimes with a coupon, is a common offer. If the problem "
                   "doesn't stop you using the item and the sum is fair, it is often better to "
                   "agree."),
                N_("A coupon isn't cash: you can only spend it on a later purchase. Judge the "
                   "offer by the money."),
                N_("It's your decision. If you accept, the dispute closes with that amount, and "
                   "there may be no more later: you usually can't reopen it for this item. If "
                   "you'd rather send the item back for the full price, ask for \"Return & "
                   "refund\" instead."),
                N_("If the amount is too low, reject it in the dispute and name your amount again "
                   "with the reason (message below). You can't get more than you paid. When you "
                   "accept, you get exactly the agreed amount, so check the number."),
                N_("What to do now: accept in the dispute if the offer is fair; otherwise send "
                   "your counter-offer, and escalate if you can't agree."),
            ),
            (TO_ESCALATE,),
            rules=("R54", "R63", "R74", "C12", "C13", "R49", "R56", "R44"),
            applies=("R54", "R63", "R74", "C12", "C13", "R49", "R56", "R44"),
            seller_text=texts.COUNTER_OFFER,
        ),
        Screen(
            "dispute_counter_full",
            (
                N_("You said the item doesn't work, arrived broken or isn't what you ordered. "
                   "Then part of the money is rarely a fair deal: you can ask for \"Return & "
                   "refund\" instead, send the item back and get the full price."),
                N_("For a faulty, broken or wrong item the store usually pays the return "
                   "shipping; the dispute page shows how to send it. Don't post anything before "
                   "the return address is shown in the dispute."),
                N_("A coupon isn't cash: you can only spend it on a later purchase. Judge the "
                   "offer by the money."),
                N_("It's your decision, and there may be no more later: if you accept, the "
                   "dispute closes with that amount and you usually can't reopen it for this "
                   "item. Take part of the money only if it is close to what you paid. You "
                   "can't get more than you paid."),
                N_("Or keep the item and name your own amount instead: a partial refund needs no "
                   "return, and a fair sum is easier to agree."),
                N_("What to do now: reject the offer in the dispute, ask for a full refund with "
                   "a return (message below), and escalate if the seller won't agree."),
            ),
            (
                # Translators: button: the buyer would rather keep a faulty item for part of
                # the money.
                Choice("keep", N_("I'd keep it for part of the money"), "dispute_counter"),
                TO_ESCALATE,
            ),
            rules=("R44", "R54", "R74", "C12", "C13", "R56", "R63", "R49"),
            applies=("R44", "R54", "R74", "C12", "C13", "R56", "R63", "R49"),
            seller_text=texts.FULL_REFUND_COUNTER,
        ),
        Screen(
            "dispute_resend",
            (
                N_("A resend or replacement only helps if you still want the item. If you'd "
                   "rather have the money, say so and keep asking for the refund."),
                N_("Ask the seller to write the promise and the new tracking number in the "
                   "dispute itself. Keep the dispute open until the new item has arrived and "
                   "works."),
                ONE_DISPUTE,
                N_("Watch the countdown on the order page. If the replacement is slow and time "
                   "is running out, escalate rather than wait."),
                N_("What to do now: reply in the dispute with the message below."),
            ),
            (TO_ESCALATE,),
            rules=("R32", "R62", "C13", "C23", "C05", "R36"),
            applies=("R32", "R62", "C13", "C23", "C05", "R36"),
            seller_text=texts.ACCEPT_RESEND,
        ),
        Screen(
            "dispute_closeask",
            (
                ONE_DISPUTE,
                N_("An honest seller can refund or resend inside the dispute. A refund outside "
                   "AliExpress (PayPal, a card transfer, a promise for later) isn't protected: "
                   "refuse it."),
                N_("What to do now: reply politely that you will keep the dispute open (message "
                   "below), and escalate if the seller insists."),
            ),
            (
                Choice("scam", N_("They offer PayPal or a card transfer"), "scams_close"),
                TO_ESCALATE,
            ),
            rules=("C13", "R48", "R86"),
            applies=("C13", "R48", "R86"),
            seller_text=texts.KEEP_OPEN,
        ),
        Screen(
            "dispute_escalate",
            (
                N_("You can usually escalate from about day 3 after opening the dispute, and if "
                   "there's no agreement it is escalated automatically (older rules say after 15 "
                   "days). It does not expire after 3 days."),
                N_("If the seller's terms are unacceptable, you don't have to wait for the end: "
                   'press "Escalate dispute" as soon as it is there. It is on the order details / '
                   "dispute page."),
                N_("Then AliExpress decides on the evidence from both sides. Sellers defend "
                   "themselves hard, because lost disputes cost them. Clear photos, video and "
                   "the listing screenshot are what count."),
                N_("Add all your evidence now: the decision is final."),
                N_('What to do now: press "Escalate dispute", add your evidence and a short '
                   "summary, and answer AliExpress's questions within the time they give."),
            ),
            (Choice("deciding", N_("Escalated, AliExpress is deciding"), "dispute_decision"),),
            rules=("R16", "R46", "R55", "R56", "R57", "R59", "C08", "C18", "C25"),
            applies=("R16", "R46", "R55", "R56", "R57", "R59", "C08", "C18", "C25"),
        ),
        Screen(
            "dispute_decision",
            (
                N_("A decision can take from a few days to several weeks (one guide says up to "
                   "2 months). AliExpress decides on the evidence from both sides and may ask you "
                   "for more information: answer in time."),
                N_("If you win, the refund follows the terms of the dispute: the amount you asked "
                   "for, or the full price after a return."),
                REFUND_TIMING,
                N_("The decision is final."),
                N_("What to do now: wait, and check the dispute page every day or two."),
            ),
            (
                Choice("won", N_("Won, but no money yet"), "moneylate_method", means=("won",)),
                Choice("lost", N_("Lost or closed"), "disputelost_how",
                       means=("lost", "closed_by_me")),
            ),
            rules=("R04", "R16", "R60", "R61", "R63", "C01", "C02", "C19", "R55"),
            applies=("R04", "R16", "R60", "R61", "R63", "C01", "C02", "C19", "R55"),
            asks="dispute",
            note=N_("Good to know: AliExpress's decision is final. A won dispute is refunded by "
                    "its terms: to the AliExpress balance or Alipay usually within 1 business day, "
                    "to a card usually within about 10 business days, sometimes up to 20."),
            note_rules=("R16", "R61", "R63", "C01", "C02"),
        ),
    ),
)
