"""What buyers and operators are told about a case handed to a person (msgids, N_)."""

from __future__ import annotations

from flows.engine.markers import N_

TALK_TO_PERSON = N_("🙋 Talk to a person")
BACK_TO_BOT = N_("🤖 Back to the bot")
# Translators: {hours} are the operators' working hours as configured, e.g. "Mon-Fri
# 09:00-18:00"; {zone} their time zone, e.g. Europe/Moscow.
OPENED_WITH_HOURS = N_(
    "I've passed your conversation to the people who run this bot (they are not AliExpress "
    "staff). They answer during their working hours, {hours} ({zone}), so a reply may take "
    "until then.\n\nWrite here what you need; your messages go to them until they close the "
    "conversation or you press \"Back to the bot\".")
OPENED = N_(
    "I've passed your conversation to the people who run this bot (they are not AliExpress "
    "staff). They answer when they are available, which may take a while.\n\nWrite here what "
    "you need; your messages go to them until they close the conversation or you press \"Back "
    "to the bot\".")
ALREADY_OPEN = N_(
    "The support team already has your conversation: write here and they will see it, or press "
    "\"Back to the bot\".")
# Translators: {n} is how many times a day a buyer may ask for a person.
LIMIT = N_("You have asked for a person {n} times today, the most I can pass on in one day. "
           "Please try again tomorrow.")
PASSED_ON = N_("✉️ Passed on to the support team.")
# Translators: prefix of an operator's message shown to the buyer.
FROM_SUPPORT = N_("💬 Support team: {text}")
CLOSED_BY_SUPPORT = N_("The support team closed this conversation. You're back with the bot: "
                       "send /start for the menu.")
BACK_WITH_BOT = N_("You're back with the bot: send /start for the menu, or carry on where you "
                   "were.")
# Operators' side.
# Translators: a post to the operators; {who} is the buyer, {case} the case number.
POST_HEADER = N_("🙋 {who} asks for a person (case {case}).")
# Translators: a post to the operators; {lang} is a language code, {scenario} a scenario title,
# {screen} the dialogue state.
POST_WHERE = N_("Language: {lang}. Scenario: {scenario} ({screen}).")
POST_FACTS = N_("What the bot knows: {facts}")
POST_LAST = N_("The bot's last answers:")
# Translators: {user} is the buyer's id.
POST_HOWTO = N_("Transcript: /logs {user}\nReply to this message to answer the buyer; /close "
                "{user} when done.")
# Translators: {url} is the buyer's transcript in the web console, {user} their id.
POST_HOWTO_CONSOLE = N_("Transcript: {url}\nReply to this message to answer the buyer; /close "
                        "{user} when done.")
# Translators: a buyer's message passed on to the operators; {who} is the buyer.
FROM_BUYER = N_("💬 {who} (case {case}): {text}")
BUYER_LEFT = N_("{who} went back to the bot; case {case} is closed.")
REPLY_SENT = N_("✅ Sent to {who}.")
CASE_CLOSED = N_("Case {case} of {who} is closed.")
NO_OPEN_CASE = N_("{who} has no open case.")
NO_SUCH_USER = N_("I have no user {who}.")
REPLY_USAGE = N_("Usage: /reply <user id or @username> <text>")
CLOSE_USAGE = N_("Usage: /close <user id or @username>")
