"""Scenario: my orders. Add an order with its deadline, see the list, act on one order.

The content of the list and of an order's page comes from views in bot/orders; the
buttons that act on one order are `takes_arg` choices the views draw with the order id.
"""

from dataclasses import replace

from flows.engine.conditions import Facts, condition
from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.inputs.orders import TWO_WAY
from flows.inputs.parser import TYPED
from flows.orders.lifecycle import Action
from flows.scenarios.settings import TZ_PROMPT, tz_screen

# Translators: main-menu button and heading of the buyer's list of orders.
LIST_TITLE = N_("📋 My orders")
# Translators: heading of one order's page.
ORDER_TITLE = N_("📦 Your order")
NOT_SURE = N_("Not sure")
# Translators: button that skips giving the order a name.
SKIP = N_("Skip")


@condition("orders_has_tz")
def has_tz(facts: Facts) -> bool:
    """The user's time zone is known (asked once, before the first date)."""
    return bool(facts.get("tz"))


ADD = Choice("add", N_("➕ Add an order"), "orders_explain", effect="orders_start")
OPEN = Choice("open", N_("Open the order"), "orders_order", takes_arg=True)
TO_LIST = Choice("list", LIST_TITLE, "orders_list")
TO_ORDER = Choice("order", N_("⬅️ Back to the order"), "orders_order")
SETTINGS = Choice("settings", N_("⚙️ Settings"), "settings_main")

# Shown per order by the order page's view: the buttons flows/orders/lifecycle.py allows for
# the order's status, each carrying the order id.
ACTION_LABELS: dict[str, str] = {
    # Translators: order button: the seller extended buyer protection (the AliExpress countdown);
    # the bot then asks for the new end.
    Action.EXTEND: N_("🔁 Seller extended protection"),
    # Translators: order button: the buyer opened a dispute; the bot then asks when.
    Action.DISPUTE: N_("⚖️ I opened a dispute"),
    # Translators: order button: the dispute ended; the bot then asks how (won, lost, closed).
    Action.DECIDED: N_("🏁 Dispute closed / decided"),
    # Translators: order button: the parcel arrived; the bot then asks whether everything is fine
    # with it.
    Action.RECEIVED: N_("📦 I received it"),
    Action.ARRIVED: N_("✅ Refund arrived"),
    # Translators: order button; the order page shows it as cancelled (no parcel is coming).
    Action.CANCELLED: N_("🚫 The order was cancelled"),
    # Translators: order button that reopens a closed order.
    Action.REOPEN: N_("↩️ Reopen"),
    # Translators: order button that sends a calendar file (.ics) with the order's dates.
    Action.CALENDAR: N_("📅 Calendar file (.ics)"),
    Action.DELETE: N_("🗑 Delete"),
}
_OPENS: dict[str, tuple[str, str | None]] = {
    Action.EXTEND: ("orders_extend", "orders_tz"),
    Action.DISPUTE: ("orders_dispute_when", None),
    Action.DECIDED: ("orders_decided", None),
    Action.RECEIVED: ("orders_received", None),
    Action.ARRIVED: ("orders_arrived", None),
    Action.CANCELLED: ("orders_done", "order_cancelled"),
    Action.REOPEN: ("orders_done", "order_reopen"),
    Action.CALENDAR: ("orders_calendar", None),
    Action.DELETE: ("orders_delete", None),
}
ACTIONS = tuple(Choice(action, label, _OPENS[action][0], takes_arg=True,
                       effect=_OPENS[action][1]) for action, label in ACTION_LABELS.items())

# Translators: never shown as a button: a jump to "How did you pay?" after a won dispute.
WON_ASK = Choice("refund", N_("✅ Won: a refund was decided"), "orders_refund", takes_arg=True)
# The order's screens a jump opens from anywhere with the order id (a reminder's buttons): the
# action's own screen, in the one transaction of the press. `jump_<action>`.
JUMPS = tuple(replace(c, trigger=f"jump_{c.trigger}") for c in (
    OPEN, *(a for a in ACTIONS if a.trigger in (Action.EXTEND, Action.RECEIVED, Action.DISPUTE,
                                              Action.DECIDED, Action.ARRIVED)), WON_ASK))

ALL_FINE = N_("Is everything fine with it?")
NOT_FINE_NOTE = N_(
    "If it is damaged, wrong, incomplete or doesn't work, don't confirm receipt on AliExpress "
    "yet: I keep the reminders running and show you what to do."
)
PROBLEM_END = (
    N_("Once a parcel counts as delivered, AliExpress may cut the time left to about 5 days. "
       "Until you send me the countdown the order page shows now, I assume that cut and the "
       "reminders say so."),
    # Translators: "buyer protection" is AliExpress's term: the countdown on the order page.
    N_("Send the end of buyer protection as the order page shows it now."),
)
# Translators: button that skips typing the countdown and opens the guide for a faulty item.
PROBLEM_GUIDE = N_("🔧 Later: show me what to do")
# Translators: buttons answering "Is everything fine with it?" about a received item.
FINE = N_("✅ All fine, close the order")
NOT_FINE = N_("⚠️ Something is wrong with it")
WRONG_ITEM_ENTRY = "wrongitem_problem"


def dispute_day_choices(dest: str, effect: str) -> tuple[Choice, ...]:
    """When the dispute was opened, remembered as `dispute_day` (today, yesterday, a date, "")."""
    # Translators: buttons answering "When did you open the dispute?"
    answers = (("today", N_("Today"), "today"), ("yesterday", N_("Yesterday"), "yesterday"),
               ("unsure", NOT_SURE, ""))
    return (
        *(Choice(key, label, dest, sets={"dispute_day": day}, effect=effect)
          for key, label, day in answers),
        # Translators: never shown as a button: names the dispute date the buyer types here.
        Choice("opened", N_("Dispute date"), dest, hidden=True, effect=effect),
    )


DISPUTE_WHEN = (
    N_("When did you open the dispute? The dispute page shows the date. The seller's reply "
       "time counts from that day."),
    N_("Press a button or send the date, for example 5.03 or 5 March."),
)

# Keys as in flows.deadlines.maths.REFUND_BUSINESS_DAYS.
# Translators: answer buttons to "How did you pay?"; the balance and e-wallet are payment options.
PAYMENT_METHODS = (("card", N_("💳 Bank card")), ("alipay", N_("👛 AliExpress or Alipay balance")),
                   ("ewallet", N_("📱 E-wallet")))


def payment_choices(dest: str, effect: str | None = None) -> tuple[Choice, ...]:
    """How the user paid, remembered as `order_payment` (it sets the refund time, C01/C02)."""
    return tuple(
        Choice(key, label, dest, sets={"order_payment": "" if key == "unsure" else key},
               effect=effect)
        for key, label in (*PAYMENT_METHODS, ("unsure", NOT_SURE))
    )


def status_choices() -> tuple[Choice, ...]:
    """Where the order stands; a dispute asks its date first, the other answers save."""
    return (
        # Translators: answer buttons to "Where does the order stand?" when adding it.
        Choice("waiting", N_("📦 Waiting for the parcel"), "orders_done",
               sets={"order_status": "open"}, effect="order_save"),
        Choice("disputing", N_("⚖️ A dispute is already open"), "orders_since",
               sets={"order_status": "dispute"}),
        Choice("skip", SKIP, "orders_done", sets={"order_status": "open"}, effect="order_save"),
    )


DEADLINE_EXAMPLES = N_(
    "Look at the order page and send what it shows: a date (25.12, 25 December, Dec 25) "
    "or the days left (in 12 days, or just 12; a countdown like 12 days 05:30 works too)."
)

# Asked when the seller extended protection, from the order page or from a reminder.
NEW_END = (
    # Translators: "buyer protection" is AliExpress's term: the countdown on the order page.
    N_("Send the new end of buyer protection as the order page shows it now."),
    DEADLINE_EXAMPLES,
)

# Translators: asked when the buyer typed a date like 1/5 that may mean 1 May or 5 January;
# the two days are the buttons below.
WHICH_DAY = (
    N_("That date can be read two ways. Which day does the order page show?"),
    N_("Press the day, or type the date with the month in words, for example 5 January."),
)
DATES_VIEW = "date_readings"


def two_way(question: str) -> Choice:
    """The hidden choice of a deadline screen for a date that reads two ways: ask which."""
    # Translators: never shown as a button: names a date that reads two ways.
    return Choice(TWO_WAY, N_("Date that reads two ways"), f"{question}_which", hidden=True)


def which_day(question: str, deadline: Choice) -> Screen:
    """Which of two days a typed date means: both as buttons (view `date_readings`), or type.

    A day pressed goes through the deadline parser as if typed, so it takes the same way
    (`deadline`, with its effect) as a date typed on `question` would.
    """
    return Screen(
        f"{question}_which",
        WHICH_DAY,
        (
            # Translators: never shown as a button: names the day the buyer picks.
            Choice(TYPED, N_("Day"), f"{question}_which", takes_arg=True),
            deadline,
            two_way(question),
            # Translators: button under the two possible days when neither is right.
            Choice("retype", N_("Neither, let me type it"), question),
        ),
        expects="order_deadline",
        view=DATES_VIEW,
    )


# The deadline choices of the three screens that ask for the end of protection.
NEW_DEADLINE = Choice("deadline", N_("Deadline"), "orders_payment", hidden=True)
EXTENDED = Choice("deadline", N_("Deadline"), "orders_done", hidden=True, effect="order_extend")

FLOW = Flow(
    name="orders",
    title=LIST_TITLE,
    entry="orders_list",
    command="orders",
    jumps=JUMPS,
    screens=(
        Screen("orders_list", (LIST_TITLE,), (ADD, OPEN, SETTINGS), view="orders_list"),
        Screen(
            "orders_explain",
            (N_("Before the questions, here is what I'll do with the order's deadline, the end of "
                "buyer protection:"),),
            (Choice("next", N_("Continue"), "orders_number"),),
            view="reminder_schedule",
            rules=("C05",),
        ),
        Screen(
            "orders_number",
            (N_("Let's add an order. Send its number: open the order on AliExpress, "
                "\"Order details\" → \"Order ID\", and copy the long number "
                "(for example 8123456789012345)."),),
            # Translators: never shown as a button: names the order number the buyer types here.
            (Choice("number", N_("Order number"), "orders_label", hidden=True),),
            expects="order_number",
        ),
        Screen(
            "orders_label",
            (N_("Now a short name so you recognise the order in my messages, "
                "for example \"headphones\" (up to 40 characters)."),),
            # Translators: never shown as a button: names the order name the buyer types here.
            (Choice("label", N_("Name"), "orders_deadline", hidden=True,
                    conditions=("orders_has_tz",)),
             Choice("label", N_("Name"), "orders_tz", hidden=True, unless=("orders_has_tz",)),
             Choice("skip", SKIP, "orders_deadline", sets={"order_label": ""},
                    conditions=("orders_has_tz",)),
             Choice("skip", SKIP, "orders_tz", sets={"order_label": ""},
                    unless=("orders_has_tz",))),
            expects="order_label",
        ),
        tz_screen("orders_tz", (N_("One question I ask only once, before the first date."),
                                TZ_PROMPT), "orders_deadline"),
        Screen(
            "orders_deadline",
            # Translators: "buyer protection" is AliExpress's term: the countdown on the order page.
            (N_("When does buyer protection end?"), DEADLINE_EXAMPLES),
            # Translators: never shown as a button: names the protection end the buyer types here.
            (NEW_DEADLINE, two_way("orders_deadline"),
             # Translators: button for buyers who cannot see the protection end but know when the
             # seller shipped.
             Choice("ship", N_("📦 I only know the ship date"), "orders_shipped")),
            expects="order_deadline",
            rules=("C05",),
        ),
        which_day("orders_deadline", NEW_DEADLINE),
        Screen(
            "orders_shipped",
            (N_("On which day did the seller ship the order? "
                "For example 5.03, 5 March or yesterday."),),
            # Translators: never shown as a button: names the ship date the buyer types here.
            (Choice("shipped", N_("Ship date"), "orders_promise", hidden=True),),
            expects="ship_day",
        ),
        Screen(
            "orders_promise",
            (N_("How many days does the delivery promise give? If the order page says "
                "\"Delivery within 60 days\", send 60."),),
            # Translators: never shown as a button: names the number of delivery days the buyer
            # types here.
            (Choice("promise", N_("Delivery promise"), "orders_payment", hidden=True),),
            expects="promise_days",
        ),
        Screen(
            "orders_payment",
            (N_("How did you pay? A refund goes back the same way, and the time it takes "
                "depends on it."),),
            payment_choices("orders_status"),
            rules=("C01", "C02", "C14"),
            form=True,
        ),
        Screen("orders_status", (N_("Last question: where does the order stand now?"),),
               status_choices(), form=True),
        Screen("orders_since", DISPUTE_WHEN, dispute_day_choices("orders_done", "order_save"),
               expects="dispute_day", rules=("C07",)),
        Screen("orders_order", (ORDER_TITLE,), (*ACTIONS, TO_LIST), view="order_detail",
               rules=("C01", "C02", "C03", "C05", "C06", "C07", "C08")),
        Screen("orders_done", (ORDER_TITLE,), (*ACTIONS, ADD, TO_LIST), view="order_done",
               rules=("C01", "C02", "C03", "C05", "C06", "C07", "C08")),
        Screen(
            "orders_extend",
            NEW_END,
            (EXTENDED, two_way("orders_extend"), TO_ORDER),
            expects="order_deadline",
            view="order_heading",
            rules=("R91",),
        ),
        which_day("orders_extend", EXTENDED),
        Screen("orders_dispute_when", DISPUTE_WHEN,
               (*dispute_day_choices("orders_done", "order_dispute"), TO_ORDER),
               expects="dispute_day", view="order_heading", rules=("C07",)),
        Screen("orders_received", (ALL_FINE, NOT_FINE_NOTE),
               (Choice("fine", FINE, "orders_done", effect="order_fine"),
                Choice("notfine", NOT_FINE, "orders_problem_end", effect="order_problem"),
                TO_ORDER),
               view="order_heading", rules=("R87",)),
        Screen(
            "orders_problem_end",
            PROBLEM_END,
            (EXTENDED, two_way("orders_problem_end"),
             Choice("guide", PROBLEM_GUIDE, WRONG_ITEM_ENTRY), TO_ORDER),
            view="order_heading",
            expects="order_deadline",
            rules=("R87", "C09"),
        ),
        which_day("orders_problem_end", EXTENDED),
        Screen(
            "orders_decided",
            (N_("How did the dispute end?"),),
            # Translators: answers to "How did the dispute end?"
            (Choice("won", N_("✅ Won: a refund was decided"), "orders_refund"),
             Choice("lost", N_("❌ Lost: AliExpress sided with the seller"), "orders_done",
                    effect="order_lost"),
             Choice("withdrawn", N_("🚪 I closed it myself"), "orders_done",
                    effect="order_withdrawn"),
             TO_ORDER),
            view="order_heading",
            rules=("R04", "R15", "R16", "C13"),
        ),
        Screen(
            "orders_refund",
            (N_("Good news! How did you pay? The refund goes back the same way, "
                "and how long it takes depends on it."),
             N_("Until the money is in your account, I keep the reminders before buyer "
                "protection ends: don't close the dispute on a promise.")),
            (*payment_choices("orders_done", effect="order_refund"), TO_ORDER),
            view="order_heading",
            rules=("C01", "C02", "C14", "C13"),
        ),
        Screen("orders_arrived",
               (N_("Has the whole refund arrived in your account? Then I'll close the order "
                   "and stop its reminders."),),
               (Choice("yes", N_("✅ Yes, close the order"), "orders_done", effect="order_close"),
                Choice("notyet", N_("Not yet: what can I do?"), "moneylate_method"), TO_ORDER),
               view="order_heading", rules=("C03",)),
        Screen(
            "orders_calendar",
            (ORDER_TITLE,),
            (TO_ORDER, TO_LIST),
            view="order_calendar",
        ),
        Screen(
            "orders_delete",
            (ORDER_TITLE,),
            (Choice("confirm", N_("🗑 Yes, delete"), "orders_deleted", effect="order_delete"),
             Choice("order", N_("No, keep it"), "orders_order")),
            view="order_brief",
        ),
        Screen("orders_deleted", (LIST_TITLE,), (ADD, OPEN, SETTINGS), view="orders_deleted"),
    ),
)
