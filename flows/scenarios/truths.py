"""Scenario: "is it true that ...?" about the rules, answered as refund-rules.md section 2
phrases the contradictions (C01, C04, C05, C07-C10, C12, C13, C18, C23).
"""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen

TO_MONEY = Choice("money", N_("💸 Claims about refunds and money"), "truths_money", detail=True)
TO_TIMES = Choice("times", N_("⏳ Claims about deadlines"), "truths_deadlines", detail=True)
ORDER_PAGE_WINS = N_("Rules change; the countdown and buttons on your own order page always win.")

FLOW = Flow(
    name="truths",
    # Translators: title of the guide that checks common claims about AliExpress rules.
    title=N_("❓ Is it true that…? Common claims checked"),
    entry="truths_deadlines",
    in_menu=False,
    screens=(
        Screen(
            "truths_deadlines",
            (
                N_("What guides say about deadlines, and what holds:"),
                N_("• The deadline: the buyer protection countdown on the order page; check it "
                   "from time to time. The 45-day figure in some guides is outdated. After you "
                   "confirm receipt you usually have 15 more days; once protection has ended, a "
                   "dispute is no longer possible. Don't wait for the last day.\n"
                   "• The dispute button: usually about a week after the seller ships; rules have "
                   "said 5, 6, 10 or 11 days. While the tracking updates normally, a \"not "
                   "received\" dispute may wait for the delivery deadline; after more than about "
                   "15 days of silence, try the button.\n"
                   "• Escalation: usually from about day 3 after opening, with no end date; "
                   "without an agreement the dispute goes to AliExpress by itself.\n"
                   "• Two clocks: about 5 days for the seller's first reply (silence usually "
                   "resolves it for you), up to about 15 for the whole negotiation.\n"
                   "• Disputes: assume one per item; if you close it, you may not reopen it.\n"
                   "• Extensions: you can only ask; the seller decides."),
                ORDER_PAGE_WINS,
            ),
            (TO_MONEY,),
            rules=("C05", "C04", "C08", "C07", "C09", "C13", "C23", "R52", "R36", "R38", "R11",
                   "C20", "R34", "R48"),
            applies=("C05", "C04", "C08", "C07", "C09", "C13", "C23", "C01", "C10", "C12", "C18",
                     "R52", "R36", "R38", "R11", "C20", "R34", "R48", "R36", "R38", "R11", "C20",
                     "R34", "R48"),
        ),
        Screen(
            "truths_money",
            (
                N_("What guides say about refunds, and what holds:"),
                N_("• Refund times: card refunds usually arrive within about "
                   "10 business days, sometimes up to 20; weekends and holidays don't count. "
                   "To the AliExpress balance or Alipay: usually within 1 business day.\n"
                   "• Automatic refunds: only when the seller didn't ship in "
                   "time, the order was frozen for the seller's fraud, you cancel during "
                   "\"Payment being verified\", and usually when the seller ignores the dispute. "
                   "Everything else needs you to act.\n"
                   "• How much: at most what you paid for the item and its shipping; no "
                   "compensation on top.\n"
                   "• Your chances: nobody can promise a result; clear evidence is what counts."),
                ORDER_PAGE_WINS,
            ),
            (TO_TIMES,),
            rules=("C01", "C02", "C10", "C12", "C18", "R74"),
            applies=("C01", "C02", "C10", "C12", "C18", "C05", "C13"),
        ),
    ),
)
