"""Telegram side of screenshots: a photo or image file in a private chat, and the offer's button.

The image is checked against the size limit before download, read in the OCR pool, and the
text goes through the dialogue service as a `screenshot` event (logged as "[screenshot]" and
the read text, never the image). An order number with a countdown then gets the one-tap offer.
"""

from __future__ import annotations

import logging
from datetime import UTC

from telegram import Message, Update
from telegram.constants import ChatAction
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler

from bot.clock import iso
from bot.dialogue.service import Incoming, Reply
from bot.i18n import _, use_language
from bot.reminders.plan import Planner
from bot.screenshots.download import download, picture, too_big
from bot.screenshots.ocr import Reader
from bot.screenshots.offer import PREFIX, accept, offer_message, offer_of, parse_key
from bot.storage import transaction
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.inbox import polled_update_id
from bot.telegram.context import BotContext, install_state
from flows.engine.markers import N_

log = logging.getLogger("refundbot.screenshots")

TOO_BIG = N_("This image is too big for me (over 10 MB). Send a screenshot instead: on a phone, "
             "the screenshot of the order page is small enough.")
NO_OCR = N_("I can't read images here. Please type what the order page says: the status, the "
            "time left on Buyer Protection and the order number.")
BUSY = N_("I'm reading many images right now. Please send yours again in a minute.")


async def _say(context: BotContext, chat_id: int, user_id: int, tg_lang: str | None,
               msgid: str) -> None:
    """One line in the user's language; the dialogue does not move."""
    with use_language(context.service.language_of(user_id, tg_lang)):
        text = _(msgid)
    await context.sender.reliably(lambda: context.bot.send_message(chat_id, text), chat_id=chat_id,
                   what="sendMessage")


async def on_image(update: Update, context: BotContext) -> None:
    """A screenshot in a private chat: read it, answer as if typed, offer to add the order."""
    message, user = update.effective_message, update.effective_user
    found = picture(message) if message else None
    if message is None or user is None or found is None:
        return
    chat_id, lang = message.chat.id, user.language_code
    reader = context.state(Reader)
    if not reader.available:
        await _say(context, chat_id, user.id, lang, NO_OCR)
        raise ApplicationHandlerStop
    if too_big(found.size):
        await _say(context, chat_id, user.id, lang, TOO_BIG)
        raise ApplicationHandlerStop
    await context.sender.best_effort(
        lambda: context.bot.send_chat_action(chat_id, ChatAction.TYPING),
        chat_id=chat_id, what="sendChatAction")
    data = await download(context.bot, found)
    if data is None:
        await _say(context, chat_id, user.id, lang, TOO_BIG)
        raise ApplicationHandlerStop
    text = await reader.read(data)
    del data  # the image is not kept a moment longer than the reading
    if text is None:
        await _say(context, chat_id, user.id, lang, BUSY)
        raise ApplicationHandlerStop
    reply = await context.service.handle(Incoming(
        user.id, chat_id, "screenshot", text, lang, user.username,
        update_id=polled_update_id(), caption=message.caption))
    await context.sender.send_reply(context.bot, chat_id, reply)
    await _offer(context, message, user.id, text, reply)
    raise ApplicationHandlerStop


async def _offer(context: BotContext, message: Message, user_id: int, text: str,
                 reply: Reply) -> None:
    """The one-tap "add this order" when the image shows an order number and a countdown."""
    # With the first image, like Tesseract: the screenshot patterns wait until they are needed.
    from flows.understanding.screenshot import read_screenshot

    # The photo's time: when it was sent (a late update has a shorter countdown by now).
    sent_at = min(message.date.astimezone(UTC), context.clock.now())
    offer = offer_of(read_screenshot(text, sent_at.date()), sent_at)
    if offer is None:
        return
    with use_language(reply.lang):
        out = offer_message(context.db, user_id, offer)
    await context.sender.send_reply(context.bot, message.chat.id, Reply((out,), reply.lang))


async def on_offer(update: Update, context: BotContext) -> None:
    """The offer's button: save the order with the deadline read off the screenshot."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        raise ApplicationHandlerStop
    await context.sender.answer_press(query)
    offer = parse_key(query.data or "")
    chat_id = query.message.chat.id if query.message else user.id
    lang = context.service.language_of(user.id, user.language_code)
    now = context.clock.now()
    with use_language(lang), transaction(context.db):
        if offer is None:
            text = _(NOT_AN_OFFER)
        else:
            planner = Planner(context.settings.reminder_offsets)
            text = accept(context.db, user.id, offer, now, planner)
        log_messages(context.db, [
            LogEntry(iso(now), chat_id, user.id, "in", "click", query.data or "", None, None),
            LogEntry(iso(now), chat_id, user.id, "out", "text", text, None, None)])
    old = query.message if isinstance(query.message, Message) else None
    if old is not None:
        await context.sender.best_effort(lambda: old.edit_reply_markup(reply_markup=None),
                                         chat_id=chat_id, what="editMessageReplyMarkup")
    await context.sender.reliably(lambda: context.bot.send_message(chat_id, text), chat_id=chat_id,
                   what="sendMessage")
    raise ApplicationHandlerStop


NOT_AN_OFFER = N_("That button is no longer valid. Send the screenshot again.")


def add_screenshots(app: Application) -> Reader:
    """Install the OCR reader and the offer's button (group -1, before the dialogue's)."""
    reader = Reader()
    if reader.missing:
        log.warning("images will not be read: install %s", reader.missing)
    install_state(app, reader)
    app.add_handler(CallbackQueryHandler(on_offer, pattern=f"^{PREFIX}"), group=-1)
    return reader
