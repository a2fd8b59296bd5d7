"""Scenario: the seller didn't ship within the processing time (R01, R02, C10, C01, C02)."""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios.cancel import REFUND_TIMING

SHIPMENT = "shipment"
"""Derived fact (`flows.engine.answering.DERIVED`): whether the seller shipped, as this guide's
question splits it: awaiting shipment, time up (closed), or marked shipped with a dead number."""
SHIPPED_DEAD = "shipped_dead"
"""Marked "Shipped" while the tracking number shows nothing (R23, C26)."""

STATUS_CHOICES = (
    # Translators: answer buttons to "What does the order show?"; quoted words are AliExpress order
    # statuses, as the app shows them.
    Choice("waiting", N_("\"Awaiting shipment\", time left"), "notshipped_waiting",
           means=("awaiting",)),
    Choice("closed", N_("Time ran out / order closed"), "notshipped_closed",
           means=("cancelled",)),
    # Translators: answer button; "Shipped" is the AliExpress order status.
    Choice("fake", N_("\"Shipped\", but tracking is dead"), "cancel_fake", detail=True,
           means=(SHIPPED_DEAD,)),
    Choice("unsure", N_("Not sure"), "notshipped_unsure"),
)

FLOW = Flow(
    name="notshipped",
    # Translators: main-menu button that opens the guide for an order the seller has not shipped.
    title=N_("⏳ Seller hasn't shipped"),
    entry="notshipped_status",
    screens=(
        Screen(
            "notshipped_status",
            (
                N_("After you pay, the seller has a set processing time to ship the order and "
                   "add a tracking number. What does the order page show now? "
                   "Open \"My Orders\" and tap the order."),
            ),
            STATUS_CHOICES,
            rules=("R02", "C27"),
            asks=SHIPMENT,
            note=N_("Good to know: the seller has to ship and add a tracking number before the "
                    "processing countdown on the order page ends."),
            note_rules=("R02",),
            # the processing countdown is no news for an order already marked shipped
            note_unless=("fake",),
        ),
        Screen(
            "notshipped_unsure",
            (
                N_("Where to look: \"My Orders\" → the order. While the status is "
                   "\"Awaiting shipment\", the page shows a countdown or a date by which "
                   "the seller has to ship."),
                N_("• Still \"Awaiting shipment\" and the countdown is running: the seller "
                   "still has time.\n"
                   "• The order is marked as closed or cancelled: the time ran out "
                   "(or the order was cancelled).\n"
                   "• \"Shipped\" or \"Awaiting delivery\": the seller says it's on its way; "
                   "check that the tracking number shows anything."),
                N_("If the countdown ends and the order was never shipped, the order is "
                   "cancelled and the refund starts automatically, with no dispute needed. If it "
                   "says \"Shipped\" but the tracking shows nothing, it can't be cancelled any "
                   "more: open a \"not received\" dispute once the button appears (about a week "
                   "after shipping; while the tracking moves, it may wait for the delivery "
                   "deadline), and don't let the buyer protection countdown run out: after it, "
                   "a dispute is no longer possible."),
                N_("Which one is closest?"),
            ),
            STATUS_CHOICES[:3],
            rules=("R02", "C26", "C27", "R01", "C10", "R23", "C04", "R31", "R34", "C05", "C20",
                   "R11"),
            applies=("R02", "C26", "C27", "R01", "C10", "R23", "C04", "R31", "R34", "C05", "R46",
                     "C20", "R11"),
            asks=SHIPMENT,
            note=N_("Good to know: the seller has to ship before the processing countdown on the "
                    "order page ends, and a \"Shipped\" order whose tracking shows nothing may not "
                    "really be on its way."),
            note_rules=("R02", "C26"),
        ),
        Screen(
            "notshipped_waiting",
            (
                N_("The seller still has time. Before the countdown on the order page ends, "
                   "they must mark the order \"Shipped\" and add a tracking number."),
                N_("If they don't, the order is cancelled and the refund starts automatically; "
                   "the order's \"Payment\" tab shows it. You don't need to open a dispute or "
                   "write to anyone for that."),
                N_("If you'd rather not wait (or no longer want it), you can ask to cancel now, "
                   "as long as it hasn't shipped: \"Cancel order\" with a reason that doesn't "
                   "blame the seller, such as \"I don't want it anymore\". The seller has to "
                   "confirm it, so that refund is not automatic. Once it's \"Shipped\", it can't "
                   "be cancelled any more: there is no immediate refund, and a return needs the "
                   "seller's agreement."),
                N_("What to do now: nothing urgent. Look at the order page now and then: its "
                   "countdown is what counts. If the status changes to \"Shipped\", check that "
                   "the tracking number shows real movement."),
            ),
            (
                Choice("cancel", N_("I'd rather cancel now"), "cancel_awaiting", detail=True),
                Choice("closed", N_("Time ran out / order closed"), "notshipped_closed"),
                # Translators: answer button; "Shipped" is the AliExpress order status.
                Choice("fake", N_("\"Shipped\", but tracking is dead"), "cancel_fake",
                       detail=True),
            ),
            rules=("R01", "R02", "R03", "C10", "C26", "R20", "R21", "R18", "R80", "R24", "R19"),
            applies=("R01", "R02", "R03", "C10", "C26", "R20", "R21", "R18", "R22", "R89", "R24",
                     "R23", "C04", "R80", "R19"),
        ),
        Screen(
            "notshipped_closed",
            (
                N_("If the seller didn't ship within the processing time, the order is "
                   "cancelled and the refund starts by itself. You don't need to open a dispute "
                   "or ask anyone."),
                REFUND_TIMING,
                N_("What to check:\n"
                   "• the order is closed or cancelled, not \"Shipped\";\n"
                   "• the \"Payment\" tab shows the refund and its amount;\n"
                   "• the money goes back the way you paid (card, balance or wallet).\n"
                   "If the countdown has ended but the order still says \"Awaiting shipment\", "
                   "you can cancel it yourself now (the button below) or look again later; if it "
                   "stays stuck, contact AliExpress support from the order page."),
                N_("What to do now: open the order's \"Payment\" tab and check that the refund "
                   "was sent. If a card refund hasn't arrived after about 10 business days, check "
                   "your bank statement, including the date of the original purchase: some "
                   "banks book the refund on that date."),
            ),
            (
                Choice("late", N_("💸 Refund hasn't arrived"), "moneylate_method"),
                # the countdown over and the order still unshipped: cancelling is the buyer's
                Choice("cancel", N_("I'd rather cancel now"), "cancel_awaiting", detail=True),
            ),
            rules=("R01", "R06", "R24", "R80", "C01", "C02", "C03", "C14", "C10"),
            applies=("R01", "R06", "R24", "R80", "C01", "C02", "C03", "C14", "C10", "R03", "R18",
                     "R22", "R89"),
        ),
    ),
)
