"""Scenario: a fake "AliExpress support" or courier message asking for codes, logins or a fee.

Phishing, not a seller's trick: never share, report, and where the real notices appear
(R86: money moves only through AliExpress; R87: nothing is released until you confirm).
"""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen

FLOW = Flow(
    name="phishing",
    # Translators: title of the guide for fake messages that pretend to come from AliExpress
    # support or a courier.
    title=N_("🎣 Fake \"AliExpress support\" or courier message"),
    entry="phishing_fake",
    in_menu=False,
    screens=(
        Screen(
            "phishing_fake",
            (
                N_("This is very likely a fake message (phishing). AliExpress support never "
                   "asks for a code from a text message, your password or card details, and no "
                   "one real asks you to pay a customs or \"refund\" fee through a link."),
                # Russian carriers hand a parcel over against the code they texted the buyer:
                # telling every buyer never to give a code would keep them from their parcel.
                N_("A courier handing you the parcel in person may ask for the delivery code "
                   "texted to you: that's normal. Never give it to anyone who calls or writes."),
                N_("Don't open the link, don't send any code or login, and don't pay. Your "
                   "money moves only through the AliExpress checkout and its own refund, never "
                   "through a link someone sends you."),
                N_("Where real notices are: in the AliExpress app itself, on the order page and "
                   "in the app's messages. A real import duty, if your country charges one, is "
                   "asked by your post or customs service on its own official site or at pickup."),
                N_("Report it: send a screenshot to AliExpress support from the app (Help → "
                   "chat) and block the sender. If you already shared a code or card details, "
                   "change your AliExpress password and call your bank to block the card now."),
                N_("What to do now: open the order page in the app. Its status, the buyer "
                   "protection countdown and the dispute page there are the real ones; if they "
                   "show no problem and no payment due, there is none."),
            ),
            (Choice("scams", N_("🚨 Seller tricks to watch for"), "scams_what"),),
            rules=("R86", "R87", "R36", "R58"),
            applies=("R86", "R87", "R36", "R58"),
        ),
    ),
)
