"""What the bot says in groups: short, public, never about anyone's own order.

The timelines in DEADLINES follow refund-rules.md section 2 (C01, C02, C04, C05, C07, C08):
ranges where sources disagree, and the order page as the authority.
"""

from __future__ import annotations

from flows.engine.markers import N_
from flows.languages import LANGUAGES, native_name

INTRO = N_(
    "Hi! I'm Refund Guide. I help AliExpress buyers get their money back: cancelled orders, "
    "parcels that never came, disputes, late refunds."
)
# Translators: {commands} and {admin_commands} are the group menus, a line per command.
GROUP_HELP = N_(
    "In this group:\n{commands}\n\n"
    "Orders, deadlines and disputes are personal: I deal with them only in a private chat "
    "and never ask for order numbers here.\n\n"
    "For admins:\n{admin_commands}"
)
ADDED_BY_MEMBER = N_(
    "A member who is not an admin added me. Admins can mute me in /settings "
    "or remove me from the group."
)
REFUND_ANSWER = N_(
    "I can walk you through getting your money back on AliExpress, step by step, with the "
    "deadlines that apply. Your order stays private: let's continue in a private chat."
)
MENTION_ANSWER = N_(
    "Sounds like a refund question. I can help step by step in a private chat, "
    "where your order details stay private."
)
DEADLINES = N_(
    "Key AliExpress timelines. Rules have changed over the years, so these are ranges: "
    "the countdown and buttons on your own order page always win.\n\n"
    "• Buyer Protection: your deadline is the countdown on the order page. After you confirm "
    "receipt you usually have 15 more days. The 45-day figure in some guides is outdated.\n"
    "• Opening a dispute: the button usually appears about a week after the seller ships "
    "(some rules say 5, 6, 10 or 11 days).\n"
    "• Seller's reply: if the seller doesn't reply within about 5 days, the dispute usually "
    "resolves in your favour. The dispute page shows its exact timer.\n"
    "• Escalation: usually possible from about day 3 after opening the dispute; without "
    "agreement it is escalated automatically (older rules say after 15 days).\n"
    "• Refund after approval: to the AliExpress balance or Alipay usually within 1 business "
    "day; to a bank card usually about 10 business days, sometimes up to 20.\n\n"
    "For the dates of your own order, continue in a private chat."
)
# Translators: button under a group answer; opens a private chat with the bot.
CONTINUE = N_("Continue in private chat")
NOT_ADMIN = N_("Only group admins can change my settings.")
CHANNEL_NOTE = N_(
    "I work in groups, not in channels, so I left the channel. Add me to your "
    "buyers' group instead."
)

# Translators: group settings; {language} is a language name, {mode} one of the "I answer" phrases
# below (lower case).
SETTINGS = N_("My settings for this group\n\nLanguage: {language}\nI answer: {mode}")
MODE_NAMES = {
    # Translators: completes "I answer: ..." in the group settings.
    "commands": N_("commands only"),
    "mentions": N_("commands and messages about refunds"),
    "muted": N_("nothing (muted)"),
}
MODE_BUTTONS = {
    # Translators: group settings buttons: when the bot answers in the group.
    "commands": N_("Only commands"),
    "mentions": N_("Also messages about refunds"),
    # Translators: group settings button: the bot answers nothing in this group.
    "muted": N_("Mute"),
}
# Each language is named in itself, so these are not msgids.
LANGUAGE_NAMES = {lang: native_name(lang) for lang in LANGUAGES}
# Translators: button that closes the group settings.
DONE = N_("Done")
SAVED = N_("Settings saved.")
NEEDS_ACCESS = N_(
    "To reply to messages about refunds I have to see them: make me an admin of this "
    "group, or turn off my privacy mode in @BotFather (Bot Settings → Group Privacy) "
    "and then add me to the group again."
)
NEEDS_ACCESS_SHORT = N_(
    "I can't see ordinary messages here yet. Make me an admin first (see the note above)."
)
