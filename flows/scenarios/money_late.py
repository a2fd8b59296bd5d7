"""Scenario: a dispute was won or an order cancelled, but the refund hasn't arrived.

Two questions (how the buyer paid, how many business days have passed) lead to the
timing for that payment method or to the next rung of the escalation ladder (C03).
The advice screens live in `money_late_advice`.
"""

from flows.engine.conditions import Facts, condition
from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios import money_late_advice as advice
from flows.scenarios.money_late_advice import PAID, REFUND_WAIT


@condition("moneylate_wallet")
def paid_by_wallet(facts: Facts) -> bool:
    """The buyer paid with an e-wallet."""
    return facts.get(PAID) == "wallet"


@condition("moneylate_other")
def paid_other_way(facts: Facts) -> bool:
    """The buyer paid by Western Union, bank transfer or another method."""
    return facts.get(PAID) == "other"


METHOD_CHOICES = (
    # Translators: answer buttons to "How did you pay?"; the balance and e-wallet are AliExpress
    # payment options.
    Choice("card", N_("💳 Bank card"), "moneylate_days", sets={PAID: "card"}, means=("card",)),
    Choice("balance", N_("AliExpress balance / Alipay"), "moneylate_balance",
           sets={PAID: "balance"}, means=("balance",)),
    Choice("wallet", N_("E-wallet"), "moneylate_days", sets={PAID: "wallet"}, means=("wallet",)),
    # Translators: answer button: ways of payment other than a card, the balance or an e-wallet.
    Choice("other", N_("Western Union, bank transfer, other"), "moneylate_days",
           sets={PAID: "other"}, means=("other", "paypal")),
)

# Translators: answer buttons to "How long ago was the refund approved?" Business days: weekends and
# holidays do not count.
UNDER_10 = N_("Under 10 business days")
DAYS_CHOICES = (
    Choice("lt10", UNDER_10, "moneylate_wallet_wait", conditions=("moneylate_wallet",),
           means=("lt10",)),
    Choice("lt10", UNDER_10, "moneylate_other_wait", conditions=("moneylate_other",),
           means=("lt10",)),
    Choice("lt10", UNDER_10, "moneylate_card_wait", means=("lt10",)),
    # Translators: answer buttons to "How long ago was the refund approved?" Business days: weekends
    # and holidays do not count.
    Choice("d10_20", N_("10–20 business days"), "moneylate_check", means=("d10_20",)),
    Choice("gt20", N_("Over 20 business days"), "moneylate_escalate", means=("gt20",)),
)

FLOW = Flow(
    name="moneylate",
    # Translators: main-menu button: AliExpress approved the refund but the money has not arrived.
    title=N_("💸 Refund approved, no money yet"),
    entry="moneylate_method",
    screens=(
        Screen(
            "moneylate_method",
            (
                N_("A refund starts when a dispute is closed in your favour or a cancellation "
                   "is confirmed. It takes time: on the first day after that the money "
                   "won't be there yet."),
                N_("The refund goes back the way you paid: card → the card's account; e-wallet → "
                   "that wallet; AliExpress balance or Alipay → there."),
                advice.TIMING_OVERVIEW,
                N_("For the exact steps for your order: how did you pay?"),
            ),
            (*METHOD_CHOICES, Choice("unsure", N_("Not sure"), "moneylate_method_unsure")),
            rules=("R04", "R78", "R64", "C14", "C01", "C02", "R76", "R72", "R73"),
            applies=("R04", "R78", "R64", "C14", "C01", "C02", "R76", "R72", "R73"),
            asks="payment",
            note=N_("Good to know: a refund goes back the way you paid, and it takes time: on "
                    "the first day after approval the money won't be there yet."),
            note_rules=("R04", "R78", "R64", "C14"),
        ),
        Screen(
            "moneylate_method_unsure",
            (
                N_("Where to see it: My Orders → the order → order details, section \"Payment\". "
                   "It shows the card number (last digits), the amount and the date you paid. "
                   "It doesn't say where the refund goes."),
                N_("The refund goes back to the method you paid with: card → the card's account; "
                   "e-wallet → that wallet. If you chose the AliExpress balance or Alipay as the "
                   "refund destination, it goes there."),
                advice.TIMING_OVERVIEW,
                N_("Which one matches your order?"),
            ),
            METHOD_CHOICES,
            rules=("R80", "C14", "C01", "C02", "R72", "R73", "R76"),
            applies=("R80", "C14", "C01", "C02", "R72", "R73", "R76"),
            asks="payment",
            note=advice.TIMING_NOTE,
            note_rules=("R80", "C14", "C01", "C02", "R72", "R73", "R76"),
        ),
        Screen(
            "moneylate_days",
            (
                N_("How many business days have passed since the refund was approved "
                   "(the dispute closed in your favour or the cancellation was confirmed)? "
                   "Count weekdays only: weekends and holidays don't count."),
            ),
            (*DAYS_CHOICES, Choice("unsure", N_("Not sure"), "moneylate_days_unsure"),
             Choice("account", N_("Card expired or closed, bank or wallet gone"),
                    "moneylate_account",
                    means=advice.ACCOUNT_TROUBLES)),
            rules=("R76", "C03"),
            asks=REFUND_WAIT,
            note=N_("Good to know: count business days only (weekends and holidays don't count). "
                    "After about 10 business days check your bank statement, including the date "
                    "of the purchase, then contact AliExpress support; after 20, your bank too."),
            note_rules=("R76", "C03"),
        ),
        Screen(
            "moneylate_days_unsure",
            (
                N_("Where to see the date: open My Orders → the order. The dispute (or "
                   "return/refund) section shows when it was closed; a cancelled order shows "
                   "when it was cancelled. Count weekdays from that day."),
                N_("Roughly: 10 business days is two weeks, 20 is four. Up to 10, waiting is "
                   "normal; then check your bank statement (also on the purchase date) and write "
                   "to AliExpress support with the order number (and the dispute number, if you "
                   "had a dispute); after 20, ask your bank too."),
                advice.BALANCE_SETTING,
                N_("If the dispute is still open, or the cancellation is still waiting for the "
                   "seller, the refund hasn't started yet: the clock starts only when it is "
                   "approved (for an order the seller never shipped, when the processing "
                   "countdown ends, by itself). On the first day after that, the money won't be "
                   "there yet; the order's \"Payment\" tab shows when the refund was sent."),
                N_("Which is closest?"),
            ),
            (*DAYS_CHOICES,
             Choice("stillopen", N_("The dispute is still open"), "dispute_stage"),
             # Translators: button to the overview of refund times by payment method.
             Choice("timing", N_("⏱ How long refunds take"), "moneylate_method_unsure",
                    detail=True)),
            rules=("R76", "R04", "R03", "C03", "R71", "R75", "C15", "R83", "R84", "R85", "R01",
                   "R78", "R24", "R80"),
            applies=("R76", "R04", "R03", "C03", "C01", "C02", "C14", "R71", "R75", "C15", "R83",
                     "R84", "R85", "R01", "R78", "R24", "R80"),
            asks=REFUND_WAIT,  # the same question again, after where to see the date
        ),
        *advice.SCREENS,
    ),
)
