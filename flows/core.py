"""The screens every user passes through (menu, language) and the dialogue's fixed texts."""

from flows.conditions import condition
from flows.markers import N_
from flows.spec import Choice, Flow, Screen

MENU = "menu"
LANGUAGE = "language"
TO_MENU = "to_menu"
TO_LANGUAGE = "to_language"
TO_MENU_LABEL = N_("⬅️ Main menu")

GREETING = N_(
    "Hi! I'm Refund Guide. I help AliExpress buyers get their money back: "
    "I explain what to do for your order's situation, with the deadlines that apply, "
    "and I draft your messages to the seller in English."
)
MENU_PROMPT = N_("What happened with your order? Pick the closest case.")
LANGUAGE_PROMPT = N_("Choose your language / Выберите язык:")
HELP = N_(
    "I walk you step by step to a refund on AliExpress.\n\n"
    "Commands:\n"
    "/start – main menu\n"
    "/orders – your orders, their deadlines and reminders\n"
    "/cancel – stop what we're doing and go back to the menu\n"
    "/settings – time zone and language\n"
    "/language – English or Russian\n"
    "/privacy – what I store and how to delete it\n"
    "/forget – delete everything I store about you\n"
    "/help – this message\n\n"
    "I'm not AliExpress. Rules change; the countdown and buttons on your own order page always win."
)
# Formatted with {days}, the log retention (REFUNDBOT_LOG_RETENTION_DAYS), by the service.
PRIVACY = N_(
    "What I store about you:\n"
    "• your Telegram user id, username, language and time zone, when you first and last "
    "wrote to me, and whether you blocked me;\n"
    "• where you are in the dialogue and the answers you gave there;\n"
    "• the orders you add (number, name, dates, deadline, payment method, status) "
    "and their reminders;\n"
    "• which group's link brought you here, if one did;\n"
    "• a log of the messages you send me and my answers, so the people who run this bot "
    "can check what it told you.\n\n"
    "Log entries are deleted after {days} days; the rest stays until you delete it. "
    "When an operator reads the log (or someone tries their commands), that is recorded "
    "and kept for {days} days too.\n\n"
    "I don't ask for passwords, card numbers or your AliExpress login.\n"
    "/forget deletes everything I store about you, at once."
)
UNKNOWN_INPUT = N_("I didn't get that. Please use the buttons, or /help for the commands.")
UNKNOWN_COMMAND = N_("I don't know that command. /help lists the ones I understand.")
NOT_TEXT = N_("I can only read text and button presses. Please use the buttons below.")
STALE_BUTTON = N_("That button is from an earlier step. Here is where we are now:")
ROUTED = N_("It sounds like this case: {title}. If not, press Main menu.")
CLARIFY_PROMPT = N_(
    "I'm not sure which case this is. Which of these is closest? "
    "If none fits, press Main menu and pick from the full list."
)
CLARIFY = "clarify"
PICK = "pick"
CANDIDATES_VIEW = "route_candidates"

LANGUAGE_CHOICES = (
    Choice("lang_en", N_("English"), MENU, effect="lang:en"),
    Choice("lang_ru", N_("Русский"), MENU, effect="lang:ru"),
)


def _picked(flow_name: str) -> str:
    """Register, and name, the condition "the user picked this flow among the candidates"."""
    name = f"picked_{flow_name}"
    condition(name)(lambda facts: facts.get("arg") == flow_name)
    return name


def core_flow(scenarios: tuple[Flow, ...]) -> Flow:
    """The menu, language and clarify screens; the menu offers every scenario's entry."""
    menu_choices = tuple(
        Choice(f"open_{f.name}", f.title, f.entry) for f in scenarios if f.in_menu
    )
    picks = tuple(
        Choice(PICK, f.title, f.entry, conditions=(_picked(f.name),), takes_arg=True)
        for f in scenarios
    )
    return Flow(
        name="core",
        title=N_("Main menu"),
        entry=MENU,
        screens=(
            Screen(
                MENU,
                (MENU_PROMPT,),
                (*menu_choices, Choice("language", N_("🌐 Language / Язык"), LANGUAGE)),
                home=False,
            ),
            Screen(LANGUAGE, (LANGUAGE_PROMPT,), LANGUAGE_CHOICES, home=False),
            Screen(CLARIFY, (CLARIFY_PROMPT,), picks, view=CANDIDATES_VIEW),
        ),
    )
