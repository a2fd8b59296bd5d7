"""👍 / 👎 under answers, "What was wrong?" after a 👎, and the note typed for "other".

Private chats only (the dialogue, and so the rating buttons, never appear in groups). A press
rates only an answer the presser was offered: the step is looked up in their own rows.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot.clock import iso
from bot.i18n import _, use_language
from bot.ratings import store, texts
from bot.storage import transaction
from bot.telegram.context import BotContext
from bot.telegram.handover.handlers import ask_button
from flows.engine.callbacks import RateAnswer, RateReason

RATINGS_GROUP = -4
NOTE_WAIT = timedelta(minutes=30)  # how long after "Something else" a text is taken as the note


def reasons_markup(step: int) -> InlineKeyboardMarkup:
    """The reasons to pick after a 👎, then the way to a person (current language)."""
    rows = [[InlineKeyboardButton(_(label), callback_data=RateReason(step, code).pack())]
            for code, label in store.REASONS]
    return InlineKeyboardMarkup([*rows, [ask_button()]])


async def on_rating(update: Update, context: BotContext) -> None:
    """A 👍 / 👎 or a reason press."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    rated = RateAnswer.unpack(query.data)
    reason = RateReason.unpack(query.data)
    db, at = context.db, iso(context.clock.now())
    with use_language(context.service.language_of(user.id, user.language_code)):
        with transaction(db):
            if rated is not None:
                row = store.rate(db, user.id, rated.step, rated.value, at)
            elif reason is not None:
                row = store.give_reason(db, user.id, reason.step, reason.reason, at)
            else:
                row = None
        if row is None:
            await context.sender.answer_press(query, _(texts.STALE))
            raise ApplicationHandlerStop
        if rated is not None and rated.value == store.DOWN:
            await context.sender.answer_press(query)
            ask = partial(context.bot.send_message, user.id, _(texts.WHAT_WAS_WRONG),
                          reply_markup=reasons_markup(rated.step))
            await context.sender.reliably(ask, chat_id=user.id, what="sendMessage")
        elif reason is not None and reason.reason == store.OTHER:
            await context.sender.answer_press(query)
            ask = partial(context.bot.send_message, user.id, _(texts.TYPE_IT))
            await context.sender.reliably(ask, chat_id=user.id, what="sendMessage")
        else:
            await context.sender.answer_press(query, _(texts.THANKS))
    raise ApplicationHandlerStop


async def on_note(update: Update, context: BotContext) -> None:
    """Text right after "Something else": the buyer's note on a 👎; else goes on."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or not message.text or user is None or chat is None \
            or chat.type != ChatType.PRIVATE:
        return
    now = context.clock.now()
    with transaction(context.db):
        taken = store.take_note(context.db, user.id, message.text, iso(now - NOTE_WAIT))
    if not taken:
        return
    with use_language(context.service.language_of(user.id, user.language_code)):
        text = _(texts.NOTED)
    await context.sender.reliably(partial(context.bot.send_message, chat.id, text),
                                  chat_id=chat.id, what="sendMessage")
    raise ApplicationHandlerStop


def add_rating_handlers(app: Application) -> None:
    """Register the rating presses and the note handler (group -4, before the handover)."""
    app.add_handler(CallbackQueryHandler(
        on_rating, pattern=f"^({RateAnswer.prefix}|{RateReason.prefix}):"), group=RATINGS_GROUP)
    app.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_note),
        group=RATINGS_GROUP)
