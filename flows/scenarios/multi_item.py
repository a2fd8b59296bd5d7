"""Scenario: several items in one order: one dispute per item, no early confirmation (R42, R87)."""

from flows.engine.conditions import Facts, condition, said
from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.understanding.vocabulary import stated_time_left

SHORT = ("hours", "days")
"""Time left on protection, as the buyer said it, that is a week or less: no time to wait."""


@condition("multiitem_time_short")
def little_time_left(facts: Facts) -> bool:
    """The buyer said a week or less is left on protection (a typed number decides)."""
    return stated_time_left(said(facts)) in SHORT

CONFIRM_LATER = (
    "Hello! Thank you for your message. Not all items of order No. [ORDER NUMBER] have "
    "arrived yet. I will confirm receipt when every item has arrived and I have checked it. "
    "Thank you for understanding!"
)

PROBLEM_CHOICES = (
    # Translators: answer buttons to "What is the problem with the order?" for an order of several
    # items.
    Choice("missing", N_("Some items haven't arrived"), "multiitem_missing",
           unless=("multiitem_time_short",), means=("missing",)),
    Choice("missing", N_("Some items haven't arrived"), "multiitem_missing_soon",
           conditions=("multiitem_time_short",), means=("missing",)),
    Choice("faulty", N_("Some items are faulty or wrong"), "multiitem_faulty", means=("faulty",)),
    Choice("mixed", N_("One missing, another faulty"), "multiitem_mixed", detail=True,
           means=("mixed",)),
    # Translators: answer button; "confirm receipt" is the AliExpress button that releases the money
    # to the seller.
    Choice("confirm", N_("Seller asks me to confirm receipt"), "multiitem_confirm"),
    Choice("unsure", N_("Not sure"), "multiitem_unsure"),
)

# Both problems at once: how many disputes, and of which type (issue 16).
ALSO_MISSING = N_(
    "If another item also hasn't arrived, that's a second dispute of its own: \"not received\", "
    "\"Refund only\", the full price of that item."
)
ALSO_FAULTY = N_(
    "If another item arrived faulty or wrong, that's a second dispute of its own: \"Return & "
    "refund\", or \"Refund only\" with a partial amount if you keep it, with photos or video."
)
TO_MIXED = Choice("mixed", N_("🧺 One missing, another faulty"), "multiitem_mixed", detail=True)

NOT_WHOLE_ORDER = N_(
    "Don't press \"Confirm receipt\" for the order while anything is missing or broken. "
    "It confirms the whole order: the seller gets paid for everything, and you usually have "
    "only about 15 more days to open a dispute."
)

FLOW = Flow(
    name="multiitem",
    # Translators: main-menu button that opens the guide for an order of several items.
    title=N_("🧺 Several items in one order"),
    entry="multiitem_problem",
    screens=(
        Screen(
            "multiitem_problem",
            (N_("What's wrong with your order of several items?"),),
            PROBLEM_CHOICES,
            rules=("R42",),
            asks="items",
            note=N_("Good to know: one dispute covers one item, so open one per problem item."),
            note_rules=("R42",),
        ),
        Screen(
            "multiitem_unsure",
            (
                N_("An order with several items from one store is one order, but each item in "
                   "it counts separately: a dispute covers one item, and the "
                   "\"Open dispute\" / \"Return/refund request\" button is next to each item "
                   "on the order details page."),
                N_("Open \"My Orders\" → the order and go through the items one by one: has "
                   "each arrived, and is each as described? Items can also travel in separate "
                   "parcels with their own tracking numbers."),
                N_("In short: one dispute per problem item, each before the countdown on the order "
                   "page ends: for a missing one, \"not received\" with \"Refund only\"; for a "
                   "faulty one, photos or video and \"Return & refund\" or a partial \"Refund "
                   "only\". A missing item with no tracking updates for more than 15 days needs "
                   "no more waiting. Don't confirm receipt while anything is missing or broken."),
                N_("What did you find?"),
            ),
            tuple(c for c in PROBLEM_CHOICES if c.trigger != "unsure"),
            rules=("R42", "R87", "R43", "R44", "R49", "R31", "R46", "C05", "R34"),
            applies=("R42", "R87", "R43", "R44", "R49", "R31", "R46", "C05", "C13", "R34"),
            asks="items",
            note=N_("Good to know: one dispute covers one item, and don't confirm receipt for "
                    "the order while any item is missing or faulty."),
            note_rules=("R42", "R87"),
        ),
        Screen(
            "multiitem_missing",
            (
                N_("Items from one order sometimes travel in separate parcels, each with its "
                   "own tracking number. Check the order page: the missing item may still be "
                   "on its way."),
                NOT_WHOLE_ORDER,
                N_("If an item really hasn't come, open a separate \"not received\" dispute "
                   "for it, one per missing item, before the countdown on the order page ends. "
                   "One dispute covers one item only."),
                N_("Don't wait for a missing item whose tracking hasn't updated for more than 15 "
                   "days: that is reason enough to open its \"not received\" dispute now."),
                ALSO_FAULTY,
                N_("What to do now: list which items are missing and check the countdown. "
                   "Then follow the item-not-received guide for each missing item."),
            ),
            (TO_MIXED,
             Choice("guide", N_("📦 Item-not-received guide"), "notreceived_tracking")),
            rules=("R42", "R87", "C05", "R29", "R31", "R43", "R44", "R49", "R34"),
            applies=("R42", "R87", "C05", "R29", "R31", "R43", "R44", "R49", "R34"),
        ),
        Screen(
            "multiitem_missing_soon",
            (
                N_("You said a week or less is left on buyer protection, so don't wait for the "
                   "missing item: open its \"not received\" dispute now, one per missing item, "
                   "before the countdown on the order page ends. After that, a dispute is no "
                   "longer possible."),
                NOT_WHOLE_ORDER,
                N_("If the missing item's tracking still moves, you can also request an extension "
                   "of buyer protection on the order page. The seller decides, so don't count on "
                   "it: open the dispute before the timer ends."),
                ALSO_FAULTY,
                N_("What to do now: open a \"not received\" dispute for each missing item today, "
                   "\"Refund only\", the full price of that item."),
            ),
            (TO_MIXED,
             Choice("guide", N_("📦 Item-not-received guide"), "notreceived_tracking")),
            rules=("R42", "R87", "C05", "C23", "R29", "R31", "R43", "R44", "R49", "R34", "R36"),
            applies=("R42", "R87", "C05", "C23", "R29", "R31", "R43", "R44", "R49", "R34", "R36"),
        ),
        Screen(
            "multiitem_faulty",
            (
                N_("Open one dispute per faulty or wrong item, each with its own photos or "
                   "video. Don't describe several items in one dispute: it covers only the "
                   "item you opened it for, and you should assume you get one dispute per item."),
                N_("For each item choose what you ask for: a refund only (full, or partial if "
                   "you keep a usable item) or return and refund; for a faulty or wrong item the "
                   "store usually pays the return shipping. A wrong size or colour the seller "
                   "sent counts as not as described. If the seller's terms are unacceptable, "
                   "escalate the dispute to AliExpress without waiting."),
                ALSO_MISSING,
                NOT_WHOLE_ORDER,
                N_("What to do now: for each problem item, take clear photos or a video that "
                   "show the defect, then open a dispute for that item before the countdown "
                   "ends. Items that are fine need nothing."),
            ),
            (TO_MIXED, Choice("guide", N_("🔧 Faulty or wrong item guide"), "wrongitem_problem")),
            rules=("R42", "R43", "R44", "R46", "R49", "R87", "C05", "C13", "R31", "C12", "C17",
                   "R56"),
            applies=("R42", "R43", "R44", "R46", "R49", "R87", "C05", "C13", "R31", "C12", "C17",
                     "R56"),
        ),
        Screen(
            "multiitem_mixed",
            (
                N_("Two problems in one order mean two disputes, one per item, each of its "
                   "own type:\n"
                   "• the missing item: a \"not received\" dispute, \"Refund only\", the full "
                   "price of that item;\n"
                   "• the faulty or wrong item: \"Return & refund\" for the full price, or "
                   "\"Refund only\" with a partial amount if you keep it, with photos or a "
                   "video of the fault."),
                N_("For the faulty or wrong item the store usually pays the return shipping, and "
                   "a wrong size or colour the seller sent counts as not as described. If the "
                   "seller's terms in either dispute are unacceptable, escalate it to AliExpress "
                   "without waiting."),
                N_("Each dispute covers only its own item, and you should assume you get one "
                   "per item. Items that are fine need nothing."),
                NOT_WHOLE_ORDER,
                N_("What to do now: on the order page, open the two disputes, one next to each "
                   "item, before the countdown there ends. It is your real deadline."),
            ),
            (Choice("evidence", N_("📋 Evidence checklist"), "wrongitem_evidence", detail=True),),
            rules=("R42", "R43", "R44", "R49", "R31", "R87", "C05", "C13", "R46", "C12", "C17",
                   "R56"),
            applies=("R42", "R43", "R44", "R49", "R31", "R87", "C05", "C13", "R47", "C18", "R46",
                     "C12", "C17", "R56"),
        ),
        Screen(
            "multiitem_confirm",
            (
                N_("Don't. The seller is paid for the order only after you confirm receipt "
                   "or when the countdown ends. Until then, AliExpress holds the money."),
                N_("A seller who asks you to confirm receipt before everything has arrived is a "
                   "warning sign of a scam: after confirmation, your protection shrinks to about "
                   "15 days, and the seller gets the money for every item. Promises like "
                   "\"I'll send the rest after you confirm\" are a reason to say no."),
                N_("What to do now: confirm receipt only when every item has arrived and works. "
                   "You can reply to the seller with the message below."),
            ),
            (Choice("scams", N_("🚨 Other seller tricks"), "scams_what"),),
            rules=("R87", "C05"),
            applies=("R87", "C05"),
            seller_text=CONFIRM_LATER,
        ),
    ),
)
