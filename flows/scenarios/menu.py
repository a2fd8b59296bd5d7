"""The screens every user passes through (menu, language) and the dialogue's fixed texts."""

import re

from flows.engine.conditions import condition
from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.languages import LANGUAGES, native_name

MENU = "menu"
LANGUAGE = "language"
TO_MENU = "to_menu"
TO_LANGUAGE = "to_language"
TO_MENU_LABEL = N_("⬅️ Main menu")
BACK = "back"
BACK_LABEL = N_("↩️ Back")

GREETING = N_(
    "Hi! I'm Refund Guide. I help AliExpress buyers get their money back: "
    "I explain what to do for your order's situation, with the deadlines that apply, "
    "and I draft your messages to the seller in English."
)
MENU_PROMPT = N_("What happened with your order? Pick the closest case.")
# The language screen shows this in every language (bot/dialogue/language_screen.py).
LANGUAGE_PROMPT = N_("Choose your language:")
LANGUAGE_VIEW = "prompt_in_every_language"
# Translators: {commands} is the command menu, one "/command – what it does" line each.
HELP = N_(
    "I walk you step by step to a refund on AliExpress.\n\n"
    "Commands:\n{commands}\n\n"
    "I'm not AliExpress. Rules change; the countdown and buttons on your own order page always win."
)
# Translators: {days} is the log retention with its unit and plural form, e.g. "90 days".
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
    "Log entries are deleted after {days}; the rest stays until you delete it. "
    "When an operator reads the log (or someone tries their commands), that is recorded "
    "and kept for {days} too.\n\n"
    "I don't ask for passwords, card numbers or your AliExpress login.\n"
    "/forget deletes everything I store about you, at once."
)
UNKNOWN_INPUT = N_("I didn't get that. Please use the buttons, or /help for the commands.")
UNKNOWN_COMMAND = N_("I don't know that command. /help lists the ones I understand.")
NOT_TEXT = N_("I can only read text and button presses. Please use the buttons below.")
STALE_BUTTON = N_("That button is from an earlier step. Here is where we are now:")
ROUTED = N_("It sounds like this case: {title}. If not, press Main menu.")
CLARIFY_PROMPT = N_(
    "Which of these two is closer to what happened? If neither fits, press Main menu "
    "and pick from the full list."
)
# One line per question the buyer's own words already answered.
# Translators: {answer} is the label of the button the bot pressed for the buyer.
# Every template quotes {answer}, so the label goes in without quotes of its own.
QUOTED_ARG = "answer"
USED = {
    "order_status": N_("You said the order is \"{answer}\", so I skipped that question."),
    "tracking": N_("You said the tracking shows \"{answer}\", so I skipped that question."),
    "protection_left": N_("You said the time left on protection is \"{answer}\", so I "
                          "skipped that question."),
    "problem": N_("You said what's wrong: \"{answer}\", so I skipped that question."),
    "dispute": N_("You said where the dispute stands: \"{answer}\", so I skipped that "
                  "question."),
    # A refund sent to the balance is not a payment made with it: one line true for both.
    "payment": N_("You said where the money goes (how you paid, or where the refund is sent): "
                  "\"{answer}\", so I skipped that question."),
    "coupon": N_("You mentioned a coupon, so the offer is \"{answer}\"."),
    "offer": N_("You said the seller offers \"{answer}\", so I skipped that question."),
    "scam_request": N_("You said the seller asks you to \"{answer}\", so I skipped that "
                       "question."),
}
USED["items"] = USED["problem"]  # what's wrong with an order of several items
USED["shipment"] = USED["order_status"]  # whether the seller shipped (not_shipped.py)
# Translators: {answer} is the label of the button the bot pressed for the buyer.
USED_OTHER = N_("From your message: \"{answer}\", so I skipped that question.")
USED_HINT = N_("If I got it wrong, press ✏️ below to change it.")
# Translators: a button that reopens a question the bot answered from the buyer's
# message; {answer} is the answer it took.
FIX_LABEL = N_("✏️ Change \"{answer}\"")

GREETING_REPLY = N_(
    "Hello! Tell me in your own words what happened with your order, for example "
    "\"the parcel hasn't arrived, 3 days of protection left\", or pick the closest case below."
)
HELP_REPLY = N_(
    "I'm here to help. Describe the problem in a sentence or two, for example "
    "\"the seller refuses to refund a broken item\", or pick the closest case below. "
    "/help lists my commands."
)
THANKS_REPLY = N_("You're welcome! If anything else comes up with your order, just write.")
OFFTOPIC_REPLY = N_(
    "I only help with AliExpress orders and refunds. Tell me what happened with your "
    "order, or pick a case below."
)
EMPTY_REPLY = N_(
    "I can't read that. Tell me in words what happened with your order, or use the buttons."
)
LONG_REPLY = N_(
    "That's a long message, and I couldn't find your order's problem in it. "
    "Describe it in one or two sentences, or use the buttons."
)
# Said with the answer when a message over the reading limit was understood from its start.
CUT_NOTE = N_(
    "Your message is long, so I read only its beginning: if something important came later, "
    "send it in a new message."
)
ORDER_NUMBER_REPLY = N_(
    "That looks like an order number. To follow an order and its deadline, use /orders. "
    "For advice, tell me what happened with the order."
)
# Translators: {languages} lists the languages the bot speaks, e.g. "English and Russian".
OTHER_LANGUAGE_REPLY = N_(
    "I understand only {languages}. Please write in one of them, or use the buttons."
)
UNCLEAR_REPLY = N_(
    "I couldn't tell what happened from that. Describe it in a sentence, like "
    "\"the parcel hasn't arrived\" or \"the seller refuses a refund\", or use the buttons."
)
SAME_CASE_REPLY = N_(
    "We're already on this case. I couldn't find the answer to this question in your "
    "message: please pick one of the buttons."
)
LONG_TEXT = 1000
ORDER_NUMBER = re.compile(r"^(order|заказ)?\s*(no\.?|nr\.?|№|#)?\s*\d[\d ]{5,}$", re.IGNORECASE)

CLARIFY = "clarify"
PICK = "pick"
CANDIDATES_VIEW = "route_candidates"

# The effect the dialogue service itself runs: it sets the language of the reply, too.
LANGUAGE_EFFECT = "lang"
# Each language is named in itself (CLDR), so its label needs no translation.
LANGUAGE_CHOICES = tuple(
    Choice(f"lang_{code}", native_name(code), MENU, effect=f"{LANGUAGE_EFFECT}:{code}")
    for code in LANGUAGES
)


def unclear_reply(text: str) -> str:
    """The answer to text that names no case: says what was wrong with it, in a line."""
    stripped = text.strip()
    letters = [c for c in stripped if c.isalpha()]
    if ORDER_NUMBER.match(stripped):
        return ORDER_NUMBER_REPLY
    if not letters:
        return EMPTY_REPLY
    if len(stripped) > LONG_TEXT:
        return LONG_REPLY
    if not any(c.isascii() or "\u0400" <= c <= "\u04ff" for c in letters):
        return OTHER_LANGUAGE_REPLY
    return UNCLEAR_REPLY


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
            Screen(LANGUAGE, (LANGUAGE_PROMPT,), LANGUAGE_CHOICES, home=False,
                   view=LANGUAGE_VIEW),
            Screen(CLARIFY, (CLARIFY_PROMPT,), picks, view=CANDIDATES_VIEW),
        ),
    )
