"""Scenario: before buying / general questions.

How buyer protection works (R38, C05, C06, R36), what to expect from delivery times
(R92, R93, C24) and how to check a store (R90). The order page's countdown always wins.
"""

from dataclasses import replace

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen

TOPIC_CHOICES = (
    # Translators: topic buttons of the before-buying guide; buyer protection is AliExpress's
    # guarantee period for an order.
    Choice("protection", N_("How buyer protection works"), "basics_protection",
           means=("protection",)),
    Choice("delivery", N_("How long delivery takes"), "basics_delivery", means=("delivery",)),
    Choice("store", N_("How to check a store"), "basics_store", means=("store",)),
    Choice("truths", N_("Is it true that…?"), "truths_deadlines"),
)

FLOW = Flow(
    name="basics",
    # Translators: main-menu button that opens the before-buying guide; "protection" is AliExpress's
    # buyer protection.
    title=N_("ℹ️ Before buying: how protection works"),
    entry="basics_topic",
    screens=(
        Screen(
            "basics_topic",
            (
                N_("A few minutes of checking before you buy can save a lot of trouble later. "
                   "What would you like to know?"),
            ),
            (
                *TOPIC_CHOICES,
                Choice("scams", N_("Seller tricks to watch for"), "scams_what"),
                Choice("unsure", N_("Not sure"), "basics_unsure"),
            ),
            rules=("R90",),
            asks="basics_topic",
            note=N_("Good to know: check a store's rating and reviews before you buy."),
            note_rules=("R90",),
        ),
        Screen(
            "basics_unsure",
            (
                N_("Three things worth knowing before you buy:"),
                N_("1. Protection: AliExpress holds your money until you confirm receipt or the "
                   "countdown on the order page ends. If something goes wrong, open a dispute "
                   "from the order page before that.\n"
                   "2. Delivery: the estimate at checkout and on the order page is the one that "
                   "counts; cheap shipping can take weeks.\n"
                   "3. The store: check its rating and reviews, and never pay outside "
                   "AliExpress."),
                N_("The countdown on your order page always wins over any number in guides, "
                   "including mine. Which topic do you want in detail?"),
            ),
            tuple(replace(c, means=()) for c in TOPIC_CHOICES),
            rules=("R87", "R38", "C05", "C24", "R90", "R86"),
            applies=("R87", "R38", "C05", "C24", "R90", "R86"),
        ),
        Screen(
            "basics_protection",
            (
                N_("When you pay, the money doesn't go to the seller straight away. AliExpress "
                   "holds it until you confirm receipt or the buyer protection countdown on the "
                   "order page runs out."),
                N_("Protection covers an item that didn't arrive, arrived damaged or isn't as "
                   "described. Some categories may be excluded (custom-made, perishable or "
                   "hygiene items, for example), and damage you caused yourself isn't "
                   "covered: check the listing and the order page."),
                N_("Your deadline is the countdown on the order page. The 45-day figure in some "
                   "guides is outdated. If you confirm receipt, you usually have 15 more days. "
                   "Don't wait for the last day."),
                N_("If something goes wrong, open a dispute from the order page before the "
                   "countdown ends: the button is \"Open dispute\", in newer versions "
                   "\"Return/refund request\". An order is closed for good only when it says "
                   "\"Completed\" and that button is gone."),
                N_("If the parcel is slow, you can ask for longer protection on the order page, "
                   "but the seller decides. Don't count on it."),
                N_("What to do now: after paying, look at the countdown on the order page from "
                   "time to time, and more often as it gets close to the end."),
            ),
            (
                Choice("open", N_("How to open a dispute"), "dispute_open"),
                Choice("automatic", N_("When is a refund automatic?"), "basics_automatic"),
            ),
            rules=("R87", "R38", "R11", "C05", "C06", "R36", "C23", "R91", "R31"),
            applies=("R87", "R38", "R11", "C05", "C06", "R36", "C23", "R91", "R31"),
        ),
        Screen(
            "basics_automatic",
            (
                N_("A refund comes without a dispute only when the seller didn't ship in time, "
                   "when AliExpress froze the order because of seller fraud, when you cancel "
                   "while the status is \"Payment being verified\", and usually when the "
                   "seller ignores your dispute. Everything else needs you to act (cancel or "
                   "open a dispute) and a decision by the seller or AliExpress."),
            ),
            (Choice("open", N_("How to open a dispute"), "dispute_open"),
             Choice("frozen", N_("🧊 Order frozen by AliExpress"), "frozen_order")),
            rules=("C10", "R05", "R08"),
            applies=("C10", "R05", "R08"),
        ),
        Screen(
            "basics_delivery",
            (
                N_("The delivery estimate that counts is the one shown at checkout and then on "
                   "your order page. It depends on the delivery method and on your country."),
                N_("Older guides give rough figures, not promises: about 2 to 8 weeks on "
                   "average, and 15 days to a month for cheap Chinese postal services. Express "
                   "couriers are faster but cost more. Parcels often come a little later than "
                   "the site says."),
                N_("If you need something by a certain date, order well ahead: one guide "
                   "suggests 2–3 months."),
                N_("What to do now: before paying, read the delivery terms at checkout (the "
                   "method, the estimate, whether there is tracking). After paying, keep an eye "
                   "on the protection countdown on the order page: it is your real deadline."),
            ),
            rules=("R92", "R93", "C24", "R36"),
            applies=("R92", "R93", "C24", "R36"),
        ),
        Screen(
            "basics_store",
            (
                N_("Study the store before you buy:\n"
                   "• its rating and share of positive feedback;\n"
                   "• how long it has been open;\n"
                   "• reviews of this item, especially with photos, and what they say about "
                   "quality and delivery time;\n"
                   "• whether the title, photos and specifications agree with each other."),
                N_("Pick a delivery option with tracking: if something goes wrong, it makes a "
                   "dispute much easier. Keep all messages and payments inside AliExpress: "
                   "a seller who asks you to pay outside it is a red flag."),
                N_("What to do now: open the store page and look at its rating and reviews "
                   "before you add the item to your cart."),
            ),
            (Choice("scams", N_("Seller tricks to watch for"), "scams_what"),),
            rules=("R90", "R86", "R93"),
            applies=("R90", "R86", "R93"),
        ),
    ),
)
