"""Scenario: AliExpress froze the order because of the seller's fraud (R05, R06, C10).

The refund is automatic; the buyer only watches the order's "Payment" tab and the timing.
"""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios.cancel import REFUND_TIMING

FLOW = Flow(
    name="frozen",
    # Translators: title of the guide for an order AliExpress froze because of the seller's fraud.
    title=N_("🧊 Order frozen by AliExpress"),
    entry="frozen_order",
    in_menu=False,
    screens=(
        Screen(
            "frozen_order",
            (
                N_("When AliExpress freezes an order because it found fraud by the seller, the "
                   "refund is automatic: you don't need to open a dispute, cancel or write to "
                   "the seller. The money goes back the way you paid."),
                REFUND_TIMING,
                N_("What to watch: the order's status and its \"Payment\" tab, which shows when "
                   "the refund was sent and how much. If a card refund hasn't arrived after about "
                   "10 business days, check your bank statement, then contact AliExpress support "
                   "with the order number."),
                N_("If the seller writes to you now, offering a refund by PayPal or a card "
                   "transfer, or asking you to confirm receipt or pay anything: refuse."),
                N_("What to do now: nothing but watch the \"Payment\" tab; keep a screenshot "
                   "of the notice about the frozen order."),
            ),
            (Choice("late", N_("💸 Refund hasn't arrived"), "moneylate_method"),),
            rules=("R05", "R06", "C10", "C01", "C02", "C03", "C14", "R24", "R80", "R86", "R87",
                   "R64"),
            applies=("R05", "R06", "C10", "C01", "C02", "C03", "C14", "R24", "R80", "R86", "R64"),
        ),
    ),
)
