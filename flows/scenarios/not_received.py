"""Scenario: item not received. Tracking first, then the protection time left (R27-R37, R51, R91).

The screens for little or no time left live in `not_received_time.py`.
"""

from flows.engine.conditions import Facts, condition, said
from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios.not_received_time import (
    ENDED,
    NO_BUTTON,
    SCREENS,
    TO_WRITE,
    WHERE_TO_OPEN,
)
from flows.understanding.vocabulary import stated_time_left

TRACKING = "tracking"

EXTENSION_REQUEST = (
    "Hello! My order No. [ORDER NUMBER] has not arrived yet. The tracking number "
    "[TRACKING NUMBER] last showed: [LAST TRACKING UPDATE AND DATE]. The buyer protection "
    "for this order ends on [DATE]. Could you please extend the buyer protection by "
    "[NUMBER] days so that I can wait for the parcel? If it cannot be extended, I will have "
    "to open a dispute before the protection ends. Thank you!"
)

NOT_RECEIVED_NOTICE = (
    "Hello! I have not received my order No. [ORDER NUMBER]. The tracking number "
    "[TRACKING NUMBER] shows: [WHAT THE TRACKING SHOWS AND SINCE WHEN]. Could you please "
    "check with the carrier where the parcel is, and tell me if it has a new tracking number? "
    "If it cannot be found, please tell me how you will solve this: a full refund or a new "
    "shipment. My buyer protection ends on [DATE], so if we cannot solve it before then, "
    "I will open a \"not received\" dispute. Thank you!"
)


@condition("notreceived_dead")
def tracking_dead(facts: Facts) -> bool:
    """No tracking updates for more than 15 days, or a number that never worked."""
    return facts.get(TRACKING) == "dead"


@condition("notreceived_stalled")
def tracking_stalled(facts: Facts) -> bool:
    """Tracking has gone quiet, but for less than about 15 days."""
    return facts.get(TRACKING) == "stalled"


@condition("notreceived_hours_left")
def hours_left(facts: Facts) -> bool:
    """The buyer said 2 days (48 hours) or less are left on protection (a typed number decides)."""
    return stated_time_left(said(facts)) == "hours"


TRACKING_CHOICES = (
    # Translators: answer buttons to "What does the tracking show?"; "Delivered" is the tracking
    # status.
    Choice("moving", N_("Moving or in my country"), "notreceived_time",
           sets={TRACKING: "moving"}, means=("moving", "in_country")),
    Choice("stalled", N_("Stuck for less than 15 days"), "notreceived_time",
           sets={TRACKING: "stalled"}, means=("stalled",)),
    Choice("dead", N_("No updates for 15+ days / dead number"), "notreceived_time",
           sets={TRACKING: "dead"}, means=("dead", "no_tracking")),
    # Translators: answer button; "Delivered" is the tracking status.
    Choice("delivered", N_("\"Delivered\", but I don't have it"), "notreceived_delivered",
           sets={TRACKING: "delivered"}, unless=("notreceived_hours_left",),
           means=("delivered",)),
    Choice("delivered", N_("\"Delivered\", but I don't have it"), "notreceived_delivered_now",
           sets={TRACKING: "delivered"}, conditions=("notreceived_hours_left",),
           means=("delivered",)),
    Choice("unsure", N_("Not sure"), "notreceived_track_help"),
)

# Translators: answer buttons to "How much time is left on buyer protection?" (the countdown on the
# order page).
WEEK = N_("More than a week")
DAYS = N_("A few days")
# The conditions of one trigger exclude each other, so their order changes nothing.
WEEK_LEFT = ("week",)
DAYS_LEFT = ("days",)
TIME_CHOICES = (
    Choice("week", WEEK, "notreceived_wait", unless=("notreceived_dead", "notreceived_stalled"),
           means=WEEK_LEFT),
    Choice("week", WEEK, "notreceived_stalled", conditions=("notreceived_stalled",),
           means=WEEK_LEFT),
    Choice("week", WEEK, "notreceived_dispute", conditions=("notreceived_dead",),
           means=WEEK_LEFT),
    Choice("days", DAYS, "notreceived_extend", unless=("notreceived_dead",), means=DAYS_LEFT),
    Choice("days", DAYS, "notreceived_dispute", conditions=("notreceived_dead",),
           means=DAYS_LEFT),
    # Translators: answer button about the buyer protection countdown on the order page.
    Choice("hours", N_("2 days or less"), "notreceived_urgent", means=("hours",)),
    # Translators: answer button: buyer protection has ended or the order page shows no countdown.
    Choice("ended", N_("Already ended / no countdown"), "notreceived_ended", means=("ended",)),
    # With dead tracking the answer is the same whatever the time left: open the dispute now.
    Choice("unsure", N_("Not sure"), "notreceived_dispute", conditions=("notreceived_dead",)),
    Choice("unsure", N_("Not sure"), "notreceived_stalled", conditions=("notreceived_stalled",)),
    Choice("unsure", N_("Not sure"), "notreceived_time_help",
           unless=("notreceived_dead", "notreceived_stalled")),
)

# The "delivered in our system -> about 5 days left" trap (refund-rules.md section 3).
DELIVERED_TRAP = N_(
    "Watch out: once the tracking says \"delivered\", AliExpress may cut the time left to "
    "about 5 days, even if you have nothing. Check the countdown again whenever the "
    "tracking changes."
)

# What the tracking and deadline questions tell the buyer, said too when their words answer them.
TRACKING_NOTE = N_(
    "Good to know: the tracking number often changes once the parcel leaves China, and more "
    "than 15 days without any update is a reason to open a \"not received\" dispute."
)
DEADLINE_NOTE = N_(
    "Good to know: your deadline is the buyer protection countdown on the order page, so check "
    "it regularly. The \"45 days from dispatch\" in some guides is outdated."
)
DEADLINE_ENDED_NOTE = N_(
    "Good to know: your deadline is the buyer protection countdown on the order page, so check "
    "it regularly; once the order is \"Completed\" and the dispute button is gone, a dispute "
    "is no longer possible. The \"45 days from dispatch\" in some guides is outdated."
)

FLOW = Flow(
    name="notreceived",
    # Translators: main-menu button that opens the guide for a parcel that never arrived.
    title=N_("📦 Item not received"),
    entry="notreceived_tracking",
    screens=(
        Screen(
            "notreceived_tracking",
            (
                N_("Let's see how urgent this is. First: what does the tracking show? "
                   "Open \"My Orders\" → the order → the tracking (delivery) section."),
            ),
            TRACKING_CHOICES,
            rules=("R29", "R34"),
            asks="tracking",
            note=TRACKING_NOTE,
            note_rules=("R29", "R34"),
        ),
        Screen(
            "notreceived_track_help",
            (
                N_("The tracking section of the order lists the parcel's steps with dates. "
                   "Look at the newest step and its date."),
                N_("The tracking number often changes once the parcel leaves China, and the "
                   "order page may not show the new one. If the last step says the parcel was "
                   "handed to an airline or reached your country, it may still be moving: "
                   "ask the seller for the new number."),
                N_("If the number shows nothing at all, count the days since the order "
                   "became \"Shipped\"."),
                N_("If the order still says \"Awaiting shipment\", it hasn't shipped: the seller "
                   "must ship before the processing countdown ends, or the refund starts by "
                   "itself, and until it ships you can still cancel. Once shipped, your deadline "
                   "is the buyer protection countdown on the order page: ask the seller to extend "
                   "it, or open a \"not received\" dispute (\"Open dispute\") before it ends; "
                   "after it ends, a dispute is no longer possible."),
                N_("Which is closest?"),
            ),
            TRACKING_CHOICES[:4],
            rules=("R29", "C26", "C05", "R91", "C23", "R31", "R02", "R01", "R20", "R11"),
            applies=("R29", "C26", "C05", "R91", "C23", "R31", "R02", "R01", "R20", "R11"),
            asks="tracking",
            note=N_("Good to know: the tracking number often changes once the parcel leaves "
                    "China, and a number that never shows anything may mean the parcel wasn't "
                    "really sent."),
            note_rules=("R29", "C26"),
        ),
        Screen(
            "notreceived_time",
            (
                N_("Now the deadline. The order page shows a buyer protection countdown "
                   "(called \"Buyer Protection\", the delivery deadline or the order completion "
                   "time, depending on the app). That countdown is your real deadline; the "
                   "\"45 days from dispatch\" in some guides is outdated."),
                N_("How much time is left?"),
            ),
            TIME_CHOICES,
            rules=("R36", "R35", "R38", "C05"),
            asks="protection_left",
            note=DEADLINE_NOTE,
            note_rules=("R36", "R35", "R38", "C05"),
        ),
        Screen(
            "notreceived_time_help",
            (
                N_("Open \"My Orders\" → the order. Near the status or the tracking there is a "
                   "countdown, or a date by which the order completes. Guides count this time "
                   "differently (some add 15 days to the timer), so go by what your order "
                   "page shows."),
                DELIVERED_TRAP,
                N_("No countdown at all? If the order says \"Completed\" and there is no "
                   "\"Open dispute\" / \"Return/refund request\" button, protection has ended. "
                   "If the button is still there, you can still open a dispute."),
                N_("With a week or less left and no parcel, ask the seller to extend protection "
                   "(only they can); with 2 days or less left, open the dispute instead "
                   "(\"Open dispute\" on the order page)."),
                N_("How much time is left?"),
            ),
            TIME_CHOICES[:-3],
            rules=("R11", "R36", "R38", "C05", "C06", "R91", "C23", "R31"),
            applies=("R11", "R36", "R38", "C05", "C06", "R91", "C23", "R31"),
            asks="protection_left",
            note=DEADLINE_ENDED_NOTE,
            note_rules=("R36", "R38", "C05", "R11", "C06"),
        ),
        Screen(
            "notreceived_wait",
            (
                N_("The parcel is moving and you have more than a week. Usually the best thing "
                   "is to wait."),
                N_("Go by the delivery estimate on the order page: guides give very different "
                   "delivery times."),
                N_("While the tracking updates normally and the delivery deadline hasn't "
                   "passed, the system often won't let you open a \"not received\" dispute yet."),
                N_("What to do now: nothing to send yet. Check the tracking and the countdown "
                   "(the countdown is your real deadline) every few days. When about 5–7 days are "
                   "left and the parcel hasn't come, "
                   "ask the seller to extend protection; if they don't, open a dispute before "
                   "the countdown ends."),
            ),
            (
                Choice("extend", N_("How to ask for an extension"), "notreceived_extend",
                       detail=True),
                Choice("stalled", N_("Tracking has stopped"), "notreceived_stalled"),
            ),
            rules=("R27", "R36", "C20", "C23", "C24", "R91", "C05"),
            applies=("R27", "R36", "C20", "C23", "C24", "R91", "C05", "R41", "R88"),
        ),
        Screen(
            "notreceived_stalled",
            (
                N_("Tracking often goes quiet for a while, especially between countries: "
                   "the parcel may have got a new number in your country."),
                N_("Write to the seller: ask where the parcel is and whether it has a new "
                   "tracking number. Sellers read English; the message below is ready."),
                N_("If there are still no updates after more than 15 days in total, don't wait "
                   "any longer: open a \"not received\" dispute, even if the seller asks you "
                   "not to."),
                N_("If the dispute button won't open yet, the system is waiting for the delivery "
                   "deadline: try again every few days. Add the order in /orders and I'll remind "
                   "you before the countdown ends."),
                N_("What to do now: send the message below. Take a screenshot of the last "
                   "tracking update with its date and check again in a few days. When about a "
                   "week is left on the "
                   "protection countdown (the order page's countdown is your real deadline), "
                   "ask for an extension or open the dispute."),
            ),
            (
                Choice("dead", N_("It's 15+ days now"), "notreceived_dispute"),
                Choice("extend", N_("How to ask for an extension"), "notreceived_extend",
                       detail=True),
            ),
            rules=("R27", "R29", "R30", "R34", "R51", "C05", "R36", "R46", "C20"),
            applies=("R27", "R29", "R30", "R34", "R51", "C05", "R36", "R41", "R88", "R46",
                     "C20"),
            seller_text=NOT_RECEIVED_NOTICE,
        ),
        Screen(
            "notreceived_extend",
            (
                N_("With only a few days left, act now. You can ask the seller to extend buyer "
                   "protection: on the order page, or on the \"Open dispute\" screen, which "
                   "offers an extension too."),
                N_("Only the seller can extend it; you can only ask. Don't count on it: if "
                   "the countdown hasn't been extended when 2 days are left, open the dispute. "
                   "Sellers who ignore extension requests can be penalised by AliExpress."),
                N_("What to do now: request the extension on the order page and send the "
                   "seller the message below in the order chat (\"Contact now\"); keep "
                   "screenshots of the tracking and of the chat. Check the countdown on the "
                   "order page tomorrow: it is your real deadline."),
            ),
            (Choice("dispute", N_("Open a dispute instead"), "notreceived_open", detail=True),),
            rules=("C23", "R91", "R41", "R88", "R27", "R30", "C05", "R31", "R46", "R94"),
            applies=("C23", "R91", "R41", "R88", "R27", "R30", "C05", "R31", "C13", "R46", "R94"),
            seller_text=EXTENSION_REQUEST,
        ),
        Screen(
            "notreceived_dispute",
            (
                N_("No tracking updates for more than 15 days, or a number that never "
                   "worked: that's a reason to open a \"not received\" dispute now. Don't wait "
                   "for the countdown on the order page, your real deadline, to run low."),
                N_("When the tracking shows nothing or has stopped, AliExpress can decide to "
                   "refund you in full. Open the dispute even if the seller asks you to wait "
                   "or promises the parcel is coming; an extension only delays it, and the "
                   "seller decides whether to grant it."),
                WHERE_TO_OPEN,
                N_("If it won't open yet, the system may be waiting for the delivery "
                   "deadline: try again every few days and don't let the countdown run out."),
                N_("What to do now: tell the seller (the message below), then open the dispute "
                   "without waiting for their answer."),
            ),
            (TO_WRITE, NO_BUTTON),
            rules=("R33", "R34", "R51", "R28", "R31", "C20", "C05", "C23"),
            applies=("R33", "R34", "R51", "R28", "R31", "C20", "C05", "R47", "R43", "C07", "C08",
                     "C23"),
            seller_text=NOT_RECEIVED_NOTICE,
        ),
        Screen(
            "notreceived_open",
            (
                N_("With only a few days of protection left and no extension, opening the "
                   "dispute now is the safe choice, even if the parcel is still moving. When "
                   "the countdown on the order page ends, the money goes to the seller: it is "
                   "your real deadline."),
                WHERE_TO_OPEN,
                N_("If it won't open yet, the system may be waiting for the delivery deadline: "
                   "ask the seller for the extension again and try every day. Don't let the "
                   "countdown run out."),
                N_("If the parcel arrives while the dispute is open, tell the seller in the "
                   "dispute and agree on what to do. Don't close it because of a promise, and "
                   "don't confirm receipt before the parcel is in your hands."),
                N_("What to do now: tell the seller (the message below), then open the dispute "
                   "without waiting for their answer."),
            ),
            (TO_WRITE, NO_BUTTON),
            rules=("C23", "R91", "R31", "C13", "C20", "R87", "C05"),
            applies=("C23", "R91", "R31", "C13", "C20", "R87", "C05", "R47", "R43", "C07", "C08"),
            seller_text=NOT_RECEIVED_NOTICE,
        ),
        Screen(
            "notreceived_delivered",
            (
                N_("The tracking says \"delivered\", but you have nothing: act quickly. "
                   "Once the system counts the parcel as delivered, the time left to open "
                   "a dispute can shrink to about 5 days. Check the countdown right now."),
                N_("First check the obvious: the post office or pickup point named in the "
                   "tracking, parcel lockers, neighbours, and whether the city and postcode "
                   "in the tracking are yours."),
                N_("Don't press \"Confirm receipt\". Open a \"not received\" dispute before the "
                   "countdown ends. Say the tracking shows it delivered but you didn't get it, "
                   "and attach a screenshot of the tracking."),
                N_("What to do now: ask at the delivery point today, write to the seller "
                   "(the message below), and open the dispute without waiting for the last day."),
            ),
            (TO_WRITE, NO_BUTTON, ENDED),
            rules=("R31", "R46", "R87", "C05"),
            applies=("R31", "R46", "R87", "C05", "R47", "R43", "C07", "C08"),
            seller_text=NOT_RECEIVED_NOTICE,
        ),
        Screen(
            "notreceived_delivered_now",
            (
                N_("The tracking says \"delivered\", you have nothing, and 2 days (48 hours) or "
                   "less are left: open a \"not received\" dispute now, before you go looking "
                   "for the parcel. Asking at the post office and waiting for the seller can take "
                   "longer than the time you have, and when the countdown ends, the money goes "
                   "to the seller."),
                WHERE_TO_OPEN,
                N_("In the dispute, say that the tracking shows it delivered but you didn't get "
                   "it, and attach a screenshot of the tracking. Don't press \"Confirm "
                   "receipt\". If the parcel turns up while the dispute is open, tell the "
                   "seller in the dispute, and don't close it because of a promise."),
                N_("What to do now: open the dispute right away, then ask at the delivery point "
                   "named in the tracking and write to the seller (the message below)."),
            ),
            (TO_WRITE, NO_BUTTON),
            rules=("R31", "R46", "R87", "C05", "C13"),
            applies=("R31", "R46", "R87", "C05", "C13", "R47", "R43", "C07", "C08"),
            seller_text=NOT_RECEIVED_NOTICE,
        ),
        *SCREENS,
    ),
)
