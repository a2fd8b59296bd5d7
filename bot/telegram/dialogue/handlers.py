"""Private-chat handlers: commands, button presses, text and everything else."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot.dialogue.service import Incoming, Kind
from bot.i18n import _, use_language
from bot.screenshots.handlers import add_screenshots, on_image
from bot.storage.inbox import polled_update_id
from bot.telegram.context import BotContext
from bot.telegram.updates import command_name
from flows.engine.markers import N_

PRIVATE = filters.ChatType.PRIVATE
# New messages only: an edit of an old message is not the user's next step.
NEW = filters.UpdateType.MESSAGE
EDITS_NOT_READ = N_("I don't read edited messages. Please send what you meant as a new message.")


async def _dispatch(update: Update, context: BotContext, kind: Kind,
                    value: str, payload: str | None = None) -> None:
    """Hand one event to the dialogue service and send what it answers."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    reply = await context.service.handle(Incoming(
        user.id, chat.id, kind, value, user.language_code, user.username, payload=payload,
        update_id=polled_update_id()))
    await context.sender.send_reply(context.bot, chat.id, reply)


async def on_command(update: Update, context: BotContext) -> None:
    """Any /command in a private chat; `/start payload` carries a deep link's payload."""
    message = update.effective_message
    if message and message.text:
        words = message.text.split()
        payload = words[1] if len(words) > 1 else None
        await _dispatch(update, context, "command", command_name(message.text), payload)


async def on_text(update: Update, context: BotContext) -> None:
    """Typed text in a private chat."""
    message = update.effective_message
    if message and message.text:
        await _dispatch(update, context, "text", message.text)


async def on_other(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice and the rest: a friendly pointer back to the buttons."""
    await _dispatch(update, context, "other", "")


async def on_edit(update: Update, context: BotContext) -> None:
    """An edited message: say edits are not read; the dialogue does not move."""
    user, chat = update.effective_user, update.effective_chat
    if user is not None and chat is not None:
        with use_language(context.service.language_of(user.id, user.language_code)):
            text = _(EDITS_NOT_READ)
        await context.sender.reliably(lambda: context.bot.send_message(chat.id, text),
                                      chat_id=chat.id, what="sendMessage")
    raise ApplicationHandlerStop


def pressed_label(message: Message | None, data: str) -> str | None:
    """The label of the button carrying `data` on the message, as the user saw it."""
    markup = message.reply_markup if message else None
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


async def on_click(update: Update, context: BotContext) -> None:
    """A button press: answer it, mark the pressed message, send the next screen.

    Answering and marking are best effort: only the next screen must arrive.
    """
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    await context.sender.answer_press(query)
    chat_id = query.message.chat.id if query.message else user.id
    old = query.message if isinstance(query.message, Message) else None
    label = pressed_label(old, query.data or "")
    reply = await context.service.handle(Incoming(
        user.id, chat_id, "click", query.data or "", user.language_code, user.username, label,
        update_id=polled_update_id()))
    if old is not None and reply.accepted and old.text and label:
        text = f"{old.text}\n\n» {label}"
        await context.sender.best_effort(lambda: old.edit_text(text, reply_markup=None),
                                         chat_id=chat_id, what="editMessageText")
    elif old is not None and (reply.stale or reply.accepted):
        await context.sender.best_effort(lambda: old.edit_reply_markup(reply_markup=None),
                                         chat_id=chat_id, what="editMessageReplyMarkup")
    await context.sender.send_reply(context.bot, chat_id, reply)


def add_dialogue_handlers(app: Application) -> None:
    """Register the private-chat dialogue handlers (edits are caught first, in group -2);
    screenshots are read before "everything else" answers them."""
    app.add_handler(MessageHandler(PRIVATE & filters.UpdateType.EDITED, on_edit), group=-2)
    app.add_handler(MessageHandler(PRIVATE & NEW & filters.COMMAND, on_command))
    app.add_handler(MessageHandler(PRIVATE & NEW & filters.TEXT & ~filters.COMMAND, on_text))
    add_screenshots(app)
    app.add_handler(MessageHandler(
        PRIVATE & NEW & (filters.PHOTO | filters.Document.IMAGE), on_image))
    app.add_handler(CallbackQueryHandler(on_click))
    app.add_handler(MessageHandler(
        PRIVATE & NEW & ~filters.TEXT & ~filters.StatusUpdate.ALL, on_other
    ))
