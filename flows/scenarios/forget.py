"""/forget: the user erases everything the bot keeps about them, after one confirmation."""

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios.menu import MENU

FORGET_EFFECT = "forget"
REPORT_VIEW = "forget_report"

FLOW = Flow(
    name="forget",
    title=N_("🗑 Delete my data"),
    entry="forget_confirm",
    command="forget",
    in_menu=False,
    screens=(
        Screen(
            "forget_confirm",
            (
                N_("This deletes everything I keep about you: your orders and their reminders, "
                   "where you are in the dialogue, your language, and the log of our "
                   "conversation. It cannot be undone."),
                N_("Delete it all?"),
            ),
            (
                Choice("forget_yes", N_("🗑 Yes, delete everything"), "forget_done",
                       effect=FORGET_EFFECT),
                Choice("forget_no", N_("No, keep my data"), MENU),
            ),
            home=False,
        ),
        Screen(
            "forget_done",
            (N_("Done: I deleted everything I kept about you. If you write to me again, "
                "I start from scratch (/start)."),),
            home=False,
            view=REPORT_VIEW,
        ),
    ),
)
