"""The error handler, and a log filter that keeps the token out of every log line."""

from __future__ import annotations

import logging
import re

from telegram import Update

from bot.clock import iso
from bot.i18n import _, use_language
from bot.storage import transaction
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.dialogues import load_dialogue
from bot.storage.handling import CURRENT
from bot.telegram.context import BotContext
from flows.engine.markers import N_
from flows.engine.outcomes import ERROR
from flows.scenarios.menu import MENU

log = logging.getLogger("refundbot.errors")

APOLOGY = N_("Sorry, something went wrong on my side. Please try again, or send /start.")


def redact(text: str, token: str) -> str:
    """`text` with the token, and its secret half alone, replaced in any letter case (PTB
    lowercases BadRequest texts, so an exact match would miss an echoed token)."""
    if not token:
        return text
    secret = token.partition(":")[2]
    for part in (token, secret):
        if len(part) >= 8:  # never blank out a short fragment everywhere
            text = re.sub(re.escape(part), "<TOKEN>", text, flags=re.IGNORECASE)
    return text


class RedactToken(logging.Filter):
    """Replace the bot token wherever it appears in a record (message, args, traceback)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        if not self.token:
            return True
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = redact(text, self.token)
        record.args = None
        return True


def install_redaction(token: str) -> None:
    """Attach the redacting filter to every handler of the root logger."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactToken(token))


async def on_error(update: object, context: BotContext) -> None:
    """Log the traceback, and give the user a short apology in their language.

    The update counts as failed: its screen is not marked shown, so the user's next message
    or press gets the current screen again.
    """
    handling = CURRENT.get()
    if handling is not None:
        handling.failed = True
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    service = context.service
    lang = service.language_of(user.id, user.language_code) if user else service.default_lang
    with use_language(lang):
        text = _(APOLOGY)
    chat_id = update.effective_chat.id
    await context.sender.best_effort(lambda: context.bot.send_message(chat_id, text),
                                     chat_id=chat_id, what="apology")
    if user is not None and chat_id == user.id:
        log_apology(context, user.id, text)


def log_apology(context: BotContext, user_id: int, text: str) -> None:
    """Put the apology in the conversation log (outcome `error`), so operators see where the
    bot failed; a database that is itself the failure only costs this line."""
    try:
        db = context.db
        with transaction(db):
            state = load_dialogue(db, user_id, MENU).state
            log_messages(db, [LogEntry(iso(context.clock.now()), user_id, user_id, "out", "text",
                                       text, state, state, ERROR)])
    except Exception:
        log.warning("could not log the apology", exc_info=True)
