"""Scenario: cancel a paid order; the answer depends on the order status (R17-R26, C10, C11)."""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen

STATUS_CHOICES = (
    # Translators: answer buttons: the order status exactly as the AliExpress app shows it; use the
    # app's own wording in your language.
    Choice("verifying", N_("Payment being verified"), "cancel_verifying", means=("verifying",)),
    # Translators: order status as the AliExpress app shows it; use the app's own wording.
    Choice("awaiting", N_("Awaiting shipment"), "cancel_awaiting", means=("awaiting",)),
    # Translators: order statuses as the AliExpress app shows them; use the app's own wording.
    Choice("shipped", N_("Shipped / Awaiting delivery"), "cancel_shipped",
           means=("shipped", "delivered")),
    # Translators: answer button for any question the buyer cannot answer; keep it short and
    # neutral.
    Choice("unsure", N_("Not sure"), "cancel_unsure"),
)

CANCEL_REQUEST = (
    "Hello! I would like to cancel order No. [ORDER NUMBER]. "
    "I no longer need it, and the order has not been shipped yet. "
    "Could you please confirm the cancellation? Thank you!"
)

TRACKING_REQUEST = (
    "Hello! My order No. [ORDER NUMBER] is marked \"Shipped\" since [DATE], "
    "but the tracking number [TRACKING NUMBER] shows no information. "
    "Could you please check it and send me a tracking number that works? Thank you!"
)

# C01/C02 phrasing; shared with the "seller didn't ship" scenario.
REFUND_TIMING = N_(
    "When the money arrives depends on how you paid. To an AliExpress or Alipay balance: "
    "usually within 1 business day (about 24 h). To a card: usually within about "
    "10 business days, sometimes up to 20 business days depending on your bank. "
    "Weekends and holidays don't count. The order's \"Payment\" tab shows when "
    "AliExpress sent the refund."
)

# C04 phrasing without the reminder promise (the bot can't remind from this screen).
DISPUTE_BUTTON_DELAY = N_(
    "The dispute button usually appears about a week after the seller ships "
    "(some rules say 5, 6, 10 or 11 days). If you don't see it yet, check again in a day or two."
)

FLOW = Flow(
    name="cancel",
    # Translators: main-menu button that opens the guide to cancelling an order already paid for.
    title=N_("❌ Cancel a paid order"),
    entry="cancel_status",
    screens=(
        Screen(
            "cancel_status",
            (
                N_("What status does the order show? Open AliExpress → \"My Orders\"; "
                   "the status is written on the order."),
            ),
            STATUS_CHOICES,
            rules=("R20", "C27"),
            asks="order_status",
            note=N_("Good to know: you can cancel an order yourself only until the seller "
                    "ships it."),
            note_rules=("R20",),
        ),
        Screen(
            "cancel_unsure",
            (
                N_("How to find the status: in the AliExpress app open \"Account\" → "
                   "\"My Orders\" (on the website: \"My Orders\"). Each order shows one of these:"),
                N_("• \"Payment being verified\": you have just paid;\n"
                   "• \"Awaiting shipment\": paid, the seller hasn't sent it yet;\n"
                   "• \"Shipped\" or \"Awaiting delivery\": the parcel is on its way."),
                N_("What each means for cancelling: you can cancel only until the seller ships. "
                   "In \"Payment being verified\" the refund starts at once. In \"Awaiting "
                   "shipment\" the seller has to confirm, so pick a reason that doesn't blame "
                   "them, such as \"I don't want it anymore\". Once it is \"Shipped\", it can't "
                   "be cancelled: you wait for the parcel, and a return needs the seller's "
                   "agreement."),
                N_("Older and newer versions of the app name them slightly differently. "
                   "Which one is closest?"),
            ),
            STATUS_CHOICES[:3],
            rules=("C27", "R20", "R17", "R18", "R03", "R21", "R19"),
            applies=("C27", "R20", "R17", "R18", "R03", "R21", "R19"),
            asks="order_status",
        ),
        Screen(
            "cancel_verifying",
            (
                N_("Status \"Payment being verified\": you can cancel now, and the refund "
                   "starts at once. The seller doesn't need to confirm."),
                N_("How: \"My Orders\" → the order → \"Cancel order\" → choose a reason."),
                REFUND_TIMING,
                N_("What to do now: cancel the order on the order page, "
                   "then check its \"Payment\" tab in a day or two."),
            ),
            rules=("R17", "R25", "R24", "R80", "C10", "C01", "C02"),
            applies=("R17", "R25", "R24", "R80", "C10", "C01", "C02"),
        ),
        Screen(
            "cancel_awaiting",
            (
                N_("Status \"Awaiting shipment\": you can ask to cancel, but the seller has to "
                   "confirm it, so the refund is not automatic and may take a little time."),
                N_("How: \"My Orders\" → the order → \"Cancel order\". Pick a reason that "
                   "doesn't blame the seller, such as \"I don't want it anymore\": one that "
                   "blames them hurts their rating, so they may resist."),
                N_("Most sellers agree. Once the seller confirms, the order closes by itself "
                   "and the refund starts."),
                REFUND_TIMING,
                N_("You can cancel only until the order ships. If the seller refuses, or the "
                   "status suddenly changes to \"Shipped\", the parcel may already be on its way: "
                   "see what you can do then."),
                N_("What to do now: press \"Cancel order\" with a neutral reason. "
                   "To write to the seller too, use the message below."),
            ),
            # Translators: answer button; "Shipped" is the order status as the AliExpress app shows
            # it.
            (Choice("refused", N_("Seller refused / now \"Shipped\""), "cancel_shipped",
                    detail=True),
             # Translators: answer button: the buyer already asked to cancel and hears nothing.
             Choice("noanswer", N_("I asked, the seller doesn't answer"), "cancel_noanswer",
                    detail=True)),
            rules=("R03", "R18", "R20", "R21", "R22", "R24", "R26", "R89", "C11", "C01", "C02"),
            applies=("R03", "R18", "R20", "R21", "R22", "R24", "R26", "R89", "C11", "C01", "C02",
                     "R19", "R23", "R01"),
            seller_text=CANCEL_REQUEST,
        ),
        Screen(
            "cancel_noanswer",
            (
                N_("Nothing says how long a seller may take to answer a cancellation request. "
                   "Meanwhile the processing countdown on the order page keeps running."),
                N_("If the seller neither confirms nor ships before it ends, the order closes "
                   "and the refund starts by itself: no dispute needed. The order's \"Payment\" "
                   "tab shows it."),
                N_("If the status turns \"Shipped\" instead, the order can no longer be "
                   "cancelled: see what you can do then."),
                N_("What to do now: keep the cancellation request as it is, write to the seller "
                   "in the order chat (the message below), and check the countdown and the "
                   "status every day or two."),
            ),
            (Choice("shipped", N_("Now \"Shipped\""), "cancel_shipped", detail=True),),
            rules=("R01", "R02", "R18", "R24", "R26"),
            applies=("R01", "R02", "R18", "R24", "R26", "R19", "R23"),
            seller_text=CANCEL_REQUEST,
        ),
        Screen(
            "cancel_shipped",
            (
                N_("Status \"Shipped\": the order can no longer be cancelled, and there is no "
                   "immediate refund."),
                N_("What you can still do:\n"
                   "1. Wait for the parcel. If it arrives defective, damaged or not as described, "
                   "open a dispute (\"Open dispute\", in newer apps \"Return/refund request\") "
                   "before buyer protection ends.\n"
                   "2. If you simply don't want it any more (say you ordered the wrong size "
                   "yourself), ask the seller whether they accept a return. They don't have to, "
                   "and you would usually pay the return shipping.\n"
                   "3. Check the tracking number. If it doesn't work or shows no movement, "
                   "the \"Shipped\" status may be fake; then the only way is a dispute, once its "
                   "button appears: see the first button below."),
                N_("What to do now: open the tracking on the order page and keep an eye on the "
                   "buyer protection countdown there. That countdown is the deadline that counts."),
            ),
            (
                Choice("fake", N_("Tracking doesn't work"), "cancel_fake", detail=True),
                Choice("late", N_("📦 Parcel is late or lost"), "notreceived_tracking"),
            ),
            rules=("R19", "R20", "R26", "C26", "C05", "R36", "R07", "C12", "R31", "C17", "R23"),
            applies=("R19", "R20", "R26", "C26", "C05", "R36", "R07", "C12", "R31", "C17", "R23",
                     "C04"),
        ),
        Screen(
            "cancel_fake",
            (
                N_("Some sellers mark an order \"Shipped\" with a tracking number that doesn't "
                   "work, or before they really send it, so that it can't be cancelled any more."),
                N_("Once the order says \"Shipped\", you can't cancel it yourself. The only "
                   "way to get your money back is a dispute (\"Open dispute\", in newer apps "
                   "\"Return/refund request\")."),
                DISPUTE_BUTTON_DELAY,
                N_("Meanwhile, collect proof: screenshots of the tracking page showing no "
                   "information, with the date. Ask the seller for a tracking number that works "
                   "(the message below is ready) and keep their answer."),
                N_("What to do now: note the date the order became \"Shipped\" and check the "
                   "buyer protection countdown. As soon as the dispute button appears, open a "
                   "\"not received\" dispute. If the tracking still shows nothing after about 15 "
                   "days and the button won't open, the system is waiting for the delivery "
                   "deadline: try again every few days."),
            ),
            (Choice("guide", N_("📦 Item-not-received guide"), "notreceived_tracking"),),
            rules=("R23", "R40", "R26", "C04", "C26", "R29", "R30", "R31", "R46", "R36", "R34",
                   "C20"),
            applies=("R23", "R40", "R26", "C04", "C26", "R29", "R30", "R31", "R46", "R36", "R34",
                     "C20"),
            seller_text=TRACKING_REQUEST,
        ),
    ),
)
