"""The screens every user passes through (menu, language) and the dialogue's fixed texts."""

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
    "/cancel – stop what we're doing and go back to the menu\n"
    "/language – English or Russian\n"
    "/privacy – what I store and how to delete it\n"
    "/help – this message\n\n"
    "I'm not AliExpress. Rules change; the countdown and buttons on your own order page always win."
)
PRIVACY = N_(
    "What I store: your Telegram user id, username and language, where you are in the dialogue, "
    "and a log of the messages you send me and my answers (so the people who run this bot "
    "can check what it told you).\n\n"
    "I don't ask for passwords, card numbers or your AliExpress login. "
    "To have everything deleted, write to the operators of this bot."
)
UNKNOWN_INPUT = N_("I didn't get that. Please use the buttons, or /help for the commands.")
UNKNOWN_COMMAND = N_("I don't know that command. /help lists the ones I understand.")
NOT_TEXT = N_("I can only read text and button presses. Please use the buttons below.")
STALE_BUTTON = N_("That button is from an earlier step. Here is where we are now:")

LANGUAGE_CHOICES = (
    Choice("lang_en", N_("English"), MENU, effect="lang:en"),
    Choice("lang_ru", N_("Русский"), MENU, effect="lang:ru"),
)


def core_flow(menu_choices: tuple[Choice, ...]) -> Flow:
    """The menu and language screens; the menu offers every scenario's entry."""
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
        ),
    )
