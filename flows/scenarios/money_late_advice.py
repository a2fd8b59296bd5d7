"""Advice screens of the "refund approved, no money yet" scenario (see `money_late`).

Timing by payment method (C01, C02, C14), the escalation ladder (C03), and where the refund
goes when that has changed: an expired card (R81, C22), a bank that lost its licence (R82, C21),
a closed wallet, or a card or account the buyer closed (R64, R67).
"""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Screen

PAID = "moneylate_paid"
"""The fact that records how the buyer paid: card, balance, wallet or other."""

ACCOUNT = "refund_account"
"""Derived fact (see `flows.engine.answering.DERIVED`): what happened to where the refund goes."""
ACCOUNT_TROUBLES = ("card_expired", "bank_gone", "wallet_gone", "account_closed")
REFUND_WAIT = "refund_wait"
"""Derived fact (`flows.engine.answering.DERIVED`): business days since the refund was approved,
as the question's buckets, or a trouble with where it goes."""

TIMING_OVERVIEW = N_(
    "How long it usually takes:\n"
    "• AliExpress balance or Alipay: usually within 1 business day;\n"
    "• bank card: usually within about 10 business days, sometimes up to 20, "
    "depending on your bank;\n"
    "• e-wallet or other methods: usually within about a week, up to 10 business days.\n"
    "Weekends and holidays don't count."
)

TIMING_NOTE = N_(
    "Good to know: the order's \"Payment\" section shows how you paid, and the refund goes "
    "back that way. To the AliExpress balance or Alipay it usually takes 1 business day, to a "
    "card about 10 business days, sometimes up to 20; weekends and holidays don't count."
)

CARD_TIMING = N_(
    "Card refunds usually arrive within about 10 business days, and sometimes take up to "
    "20 business days depending on your bank. Weekends and holidays don't count. The status "
    "on your order's Payment/Refund tab shows when AliExpress sent the refund; after that "
    "it is up to your bank."
)

BALANCE_SETTING = N_(
    "The money may also have gone to your AliExpress balance or Alipay account instead: "
    "that happens when a refund setting sends refunds there automatically. Look at the "
    "balance, and switch the setting back to the original payment method if you want "
    "refunds on your card or wallet. Money on the balance can't be withdrawn, "
    "only spent on purchases."
)

SUPPORT = N_(
    "Contact AliExpress support (Help → the chat assistant, then ask for a live agent). "
    "Give the order number (and the dispute number, if you had a dispute), and ask for the "
    "date the refund was sent and its reference number."
)

WALLET_GONE = Choice("walletgone", N_("The e-wallet is closed or doesn't work"),
                     "moneylate_wallet_closed")
EDGE_CASES = (
    Choice("expired", N_("My card expired or was replaced"), "moneylate_card_expired"),
    Choice("bankgone", N_("My bank lost its licence"), "moneylate_bank_closed"),
    WALLET_GONE,
    # Translators: button: the buyer closed, after paying, the bank account or card the refund
    # goes to (the bank itself still works).
    Choice("closed", N_("I closed that card or account"), "moneylate_account_closed"),
)
# The same three as a question: each stands for one value of the derived ACCOUNT fact.
ACCOUNT_CHOICES = tuple(
    Choice(c.trigger, c.label, c.dest, means=(value,))
    for c, value in zip(EDGE_CASES, ACCOUNT_TROUBLES, strict=True)
)

SCREENS = (
    Screen(
        "moneylate_account",
        (N_("What happened to the card or account the refund goes to?"),),
        ACCOUNT_CHOICES,
        asks=ACCOUNT,
    ),
    Screen(
        "moneylate_card_wait",
        (
            CARD_TIMING,
            N_("Guides quote anything from \"a few days\" to \"several weeks\", so a wait of a "
               "week or two is normal."),
            N_("Good to know: the refund goes to the card's bank account even if you have "
               "removed the card from your AliExpress account. Some banks book it on the date "
               "of the original purchase, so look there in your statement too. You get back "
               "at most what you paid; after a partial refund, the amount agreed in the "
               "dispute."),
            N_("What to do now: check that the order's Payment/Refund tab shows the refund as "
               "sent, then wait until 10 business days have passed. If nothing has arrived by "
               "then, come back here and choose \"10–20 business days\"."),
        ),
        EDGE_CASES,
        rules=("C01", "R61", "R69", "R77", "R78", "R67", "R74", "R63", "C12", "R24", "R80"),
        applies=("C01", "R61", "R69", "R77", "R78", "R67", "R74", "R63", "C12", "R24", "R80"),
    ),
    Screen(
        "moneylate_wallet_wait",
        (
            N_("A refund to an e-wallet goes back to the same wallet. It usually arrives "
               "within about a week; the official help says up to 10 business days, depending "
               "on the payment method."),
            N_("Older guides name Yandex Money (now YooMoney), WebMoney and QIWI. Whichever "
               "wallet you used, the refund goes back to it, even if you no longer use it "
               "for anything else."),
            BALANCE_SETTING,
            N_("What to do now: check the wallet's history, including the days around the "
               "purchase date, and the order's Payment/Refund tab. If nothing has arrived "
               "after 10 business days, come back and choose \"10–20 business days\"."),
        ),
        (WALLET_GONE,),
        rules=("R64", "R65", "R66", "R72", "R73", "C14", "C01", "R83", "R84", "R85", "C15"),
        applies=("R64", "R65", "R66", "R72", "R73", "C14", "C01", "R83", "R84", "R85", "C15"),
    ),
    Screen(
        "moneylate_other_wait",
        (
            N_("The refund goes back the way you paid. Older guides list Western Union and "
               "payment systems such as EBANX among the ways money is returned. There is no "
               "reliable current figure for these; the official help says refunds take up to "
               "10 business days, depending on the payment method."),
            BALANCE_SETTING,
            N_("What to do now: check the order's Payment/Refund tab to see that the refund was "
               "sent. If nothing has reached you after 10 business days, contact AliExpress "
               "support with the order number (and the dispute number, if you had a dispute), "
               "and ask where and how the refund was paid."),
        ),
        rules=("R64", "R65", "C14", "C01", "R75", "R83", "R85", "C15"),
        applies=("R64", "R65", "C14", "C01", "R75", "R83", "R85", "C15"),
    ),
    Screen(
        "moneylate_balance",
        (
            N_("Refunds to the AliExpress balance or Alipay usually arrive within 1 business "
               "day (about 24 hours)."),
            N_("Where to look: the balance (wallet) section of your AliExpress account; in "
               "older versions, the Alipay account. This money can't be withdrawn to a card; "
               "you can only spend it on purchases."),
            N_("If it isn't there after 1–2 business days, check the order's Payment/Refund "
               "tab: was the refund sent, and where to? It may have gone to your card instead; "
               "then card times apply (usually about 10 business days, sometimes up to 20)."),
            N_("What to do now: if the refund is shown as sent but your balance hasn't changed "
               "after 2 business days, contact AliExpress support with the order number (and "
               "the dispute number, if you had a dispute)."),
        ),
        (Choice("tocard", N_("It went to my card"), "moneylate_days", sets={PAID: "card"}),),
        rules=("C02", "R70", "R72", "R73", "R68", "R83", "R84", "R85", "C15", "C01"),
        applies=("C02", "R70", "R72", "R73", "R68", "R83", "R84", "R85", "C15", "C01"),
    ),
    Screen(
        "moneylate_check",
        (
            N_("A card refund usually arrives within about 10 business days and sometimes takes "
               "up to 20, depending on the bank, so yours may still be on its way. After 10 "
               "business days it is worth checking, step by step:"),
            N_("1. The order's Payment/Refund tab: is the refund shown as sent (for example "
               "\"Refund completed\")? If not, it hasn't been issued yet.\n"
               "2. Your card statement or wallet history, including the days around the "
               "original purchase date: some banks book the refund on the day you paid.\n"
               "3. Your AliExpress balance or Alipay account, and its refund setting: if refunds "
               "go to the balance automatically, the money is there."),
            SUPPORT,
            N_("What to do now: go through steps 1–3 today. If they don't find the money, "
               "write to support. If more than 20 business days pass, contact your bank too."),
        ),
        # Translators: answer button to "How long ago was the refund approved?" Business days:
        # weekends and holidays do not count.
        (*EDGE_CASES, Choice("gt20", N_("Over 20 business days"), "moneylate_escalate")),
        rules=("C03", "C01", "R71", "R75", "R76", "R80", "R24", "R83", "R84", "C15"),
        applies=("C03", "C01", "R71", "R75", "R76", "R80", "R24", "R83", "R84", "C15"),
    ),
    Screen(
        "moneylate_escalate",
        (
            N_("More than 20 business days is longer than usual even for a slow bank. "
               "Time to ask both sides:"),
            N_("1. If you haven't yet: check the order's Payment/Refund tab, your statement "
               "around the purchase date, and your AliExpress balance or Alipay account with "
               "its refund setting.\n"
               "2. Write to AliExpress support with the order number (and the dispute number, "
               "if you had a dispute). Ask for the date the refund was sent and its reference "
               "number.\n"
               "3. Contact your bank or wallet service with that date, the amount and the "
               "reference number, and ask them to trace the incoming refund."),
            N_("Keep screenshots of the dispute decision and of the Payment/Refund tab: "
               "support and the bank may ask for them."),
            N_("What to do now: write to AliExpress support today, then contact your bank "
               "with the refund details."),
        ),
        EDGE_CASES,
        rules=("C03", "C01", "R71", "R75", "R76", "R83", "C15"),
        applies=("C03", "C01", "R71", "R75", "R76", "R83", "C15"),
    ),
    Screen(
        "moneylate_card_expired",
        (
            N_("If your card expired, was blocked or was replaced after you paid, the refund "
               "still goes to the bank account behind that card. AliExpress can't send it to "
               "a different card."),
            N_("A reissued card usually stays on the same account, so the money often simply "
               "shows up there. If it doesn't, your bank holds it on the account: ask the bank "
               "to credit it to you or to your new card. Some banks pay it out at a branch "
               "when you bring your passport."),
            N_("What to do now: contact your bank, say that a refund from AliExpress is due to "
               "your old card, give the amount and the date, and ask them to put it on your "
               "account or your new card."),
        ),
        rules=("R81", "C22", "R67"),
        applies=("R81", "C22", "R67"),
    ),
    Screen(
        "moneylate_wallet_closed",
        (
            N_("The refund goes back to the wallet you paid with: AliExpress normally refunds "
               "only to the original payment method, even if that wallet has closed."),
            N_("Older guides name QIWI, WebMoney and Yandex Money (now YooMoney). Some wallet "
               "services have since closed or lost their licence, QIWI among them by news "
               "reports: check whether yours still works (log in, or ask its support) before "
               "you wait any longer."),
            N_("Not sent yet: contact AliExpress support now, say the wallet no longer works "
               "and ask whether the refund can go elsewhere. Don't count on it."),
            N_("Already sent: ask the wallet's operator, or whoever handles its closure, how to "
               "claim money that arrived after it closed. Have the order number, the amount "
               "and the date ready."),
            N_("What to do now: look at the order's Payment/Refund tab to see whether the "
               "refund has been sent, then follow the matching step."),
        ),
        rules=("R64", "R65", "R82", "C14", "C21"),
        applies=("R64", "R65", "R82", "C14", "C21"),
    ),
    Screen(
        "moneylate_account_closed",
        (
            N_("The refund still goes to the card or account you paid with, even if you closed "
               "it: AliExpress normally refunds only to the original payment method and doesn't "
               "send it to another card. What happens to the money then depends on your bank."),
            N_("Many banks receive a refund to a closed card or account and pay it out to you, "
               "to another of your accounts or at a branch with your passport; others send it "
               "back, and getting it then may be hard. Ask before you assume it is lost."),
            N_("Not sent yet: contact AliExpress support now, say the account is closed and ask "
               "whether the refund can go elsewhere. Don't count on it."),
            N_("What to do now: look at the order's Payment/Refund tab. If the refund has been "
               "sent, contact your bank with the amount and the date and ask how to receive "
               "it; if not, write to AliExpress support first."),
        ),
        rules=("R64", "R67", "C14", "C21", "C22"),
        applies=("R64", "R67", "C14", "C21", "C22"),
    ),
    Screen(
        "moneylate_bank_closed",
        (
            N_("If your bank lost its licence or went bankrupt, what matters is whether the "
               "refund has already been sent."),
            N_("Not sent yet: contact AliExpress support at once, explain that the bank is "
               "closed and ask whether the refund can go elsewhere. Don't count on it: "
               "AliExpress normally refunds only to the original payment method."),
            N_("Already sent: it can't be cancelled, and the money lands on your account at "
               "that bank. Claim it from the bank's liquidator or the deposit insurer; in "
               "Russia, see asv.org.ru."),
            N_("What to do now: look at the order's Payment/Refund tab to see whether the "
               "refund has been sent, then follow the matching step above."),
        ),
        rules=("R82", "C21"),
        applies=("R82", "C21"),
    ),
)
