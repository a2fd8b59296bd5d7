"""Reminders on Telegram: their buttons (group -1) and the dispatcher loop in the background.

Reminder buttons carry `r1:<reminder id>:<action>` so they work whatever step the user's
dialogue is at. The id is only a lookup key: the reminder must belong to the presser.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler, ContextTypes

from bot.clock import iso
from bot.dialogue import DialogueService, Incoming, Reply, button_key
from bot.i18n import _, use_language
from bot.reminders.kinds import BUTTON_PREFIX, ORDERS_FLOW, guide_flow, parse_button
from bot.reminders.outbox import close_order, owned_reminder
from bot.storage import transaction
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.dialogues import load_dialogue
from bot.telegram.background import add_background
from bot.telegram.dialogue_handlers import service_of
from bot.telegram.reminder_dispatch import Dispatcher
from bot.telegram.send import send_reply
from flows import core
from flows.markers import N_

NOT_YOURS = N_("This reminder button is no longer valid.")
STOPPED = N_("Done: no more reminders for order No. {number}. Glad it arrived!")
STOPPED_TOAST = N_("Reminders stopped for this order.")
# The orders dialogue's own steps to the "new date" question (flows/scenarios/orders.py).
EXTEND_STEPS = ("open", "extend")


async def _jump(service: DialogueService, inc: Incoming, flow: str) -> Reply:
    """Open a scenario from a reminder (the menu when it does not exist)."""
    return await service.handle(Incoming(inc.user_id, inc.chat_id, "command", "guide",
                                         inc.tg_lang, inc.username, payload=flow))


async def _to_new_date(service: DialogueService, inc: Incoming, order_id: int) -> Reply:
    """Walk the orders dialogue to this order's "new date" question, as the user would."""
    reply = await _jump(service, inc, ORDERS_FLOW)
    for trigger in EXTEND_STEPS:
        step = load_dialogue(service.db, inc.user_id, core.MENU).step
        pressed = await service.handle(Incoming(
            inc.user_id, inc.chat_id, "click", button_key(step, trigger, str(order_id)),
            inc.tg_lang, inc.username))
        if not pressed.accepted:
            break
        reply = pressed
    return reply


async def _drop_buttons(message: Message | None, reminder_id: int) -> None:
    """Remove one order's buttons from a reminder that may cover several orders."""
    if message is None or message.reply_markup is None:
        return
    mine = f"{BUTTON_PREFIX}:{reminder_id}:"
    keep = [row for row in message.reply_markup.inline_keyboard
            if not any(str(b.callback_data or "").startswith(mine) for b in row)]
    try:
        await message.edit_reply_markup(InlineKeyboardMarkup(keep) if keep else None)
    except BadRequest as err:
        if "not modified" not in str(err).lower():
            raise


async def on_reminder_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open the guide, I extended it, or I received it / stop; then stop further handling."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        raise ApplicationHandlerStop
    service = service_of(context)
    parsed = parse_button(query.data or "")
    found = owned_reminder(service.db, parsed[0], user.id) if parsed else None
    message = query.message if isinstance(query.message, Message) else None
    chat_id = message.chat.id if message else user.id
    inc = Incoming(user.id, chat_id, "click", "", user.language_code, user.username)
    with use_language(service.language_of(user.id, user.language_code)):
        if parsed is None or found is None:
            await query.answer(_(NOT_YOURS))
            raise ApplicationHandlerStop
        reminder_id, action = parsed
        if action == "stop":
            now, text = service.clock.now(), _(STOPPED).format(number=found.number)
            with transaction(service.db):
                close_order(service.db, found.order_id, now)
                log_messages(service.db, [
                    LogEntry(iso(now), chat_id, user.id, "in", "click", query.data or "",
                             None, None),
                    LogEntry(iso(now), chat_id, user.id, "out", "text", text, None, None)])
            await query.answer(_(STOPPED_TOAST))
            await _drop_buttons(message, reminder_id)
            await context.bot.send_message(chat_id, text)
            raise ApplicationHandlerStop
    await query.answer()
    if action == "extended":
        reply = await _to_new_date(service, inc, found.order_id)
    else:
        reply = await _jump(service, inc, guide_flow(found.kind))
    await send_reply(context.bot, chat_id, reply)
    raise ApplicationHandlerStop


async def _dispatch_loop(app: Application) -> None:
    """Send due reminders for as long as the bot runs."""
    service: DialogueService = app.bot_data["service"]
    dispatcher = Dispatcher(service.db, app.bot, service.clock, default_lang=service.default_lang)
    app.bot_data["reminder_dispatcher"] = dispatcher
    await dispatcher.run_forever()


def add_reminders(app: Application) -> None:
    """Register the reminder buttons (before the dialogue) and the dispatcher loop."""
    app.add_handler(CallbackQueryHandler(on_reminder_button, pattern=f"^{BUTTON_PREFIX}:"),
                    group=-1)
    add_background(app, "reminders", _dispatch_loop)
