"""Reminders on Telegram: their buttons (group -1) and the dispatcher loop in the background.

Reminder buttons carry `r1:<reminder id>:<action>` so they work whatever step the user's
dialogue is at. The id is only a lookup key: the reminder must belong to the presser.
Every press then goes through the dialogue service as one event (a jump to the screen for
that action), so the conversation log holds exactly the messages the user was sent.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler

from bot.dialogue.service import Incoming
from bot.i18n import _, use_language
from bot.orders.store import owned_order
from bot.reminders.kinds import (
    BUTTON_PREFIX,
    EXTENDED,
    RECEIVED,
    REFUNDED,
    guide_flow,
    parse_button,
)
from bot.reminders.presses import owned_reminder, record_press
from bot.storage import transaction
from bot.telegram.background import add_background
from bot.telegram.context import BotContext, sender_in, service_in
from bot.telegram.reminders.dispatch import Dispatcher
from flows.engine.markers import N_
from flows.scenarios.orders import REMIND_EXTEND, REMIND_RECEIVED, REMIND_REFUND

NOT_YOURS = N_("This reminder button is no longer valid.")
# The screen each action opens (flows/scenarios/orders.py); "guide" opens the kind's guide.
SCREEN_FLOW = {EXTENDED: REMIND_EXTEND.name, RECEIVED: REMIND_RECEIVED.name,
               REFUNDED: REMIND_REFUND.name}


async def on_reminder_button(update: Update, context: BotContext) -> None:
    """Open the guide, the new-date question, "All fine?" or "Refund arrived?" for the order."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        raise ApplicationHandlerStop
    parsed = parse_button(query.data or "")
    found = owned_reminder(context.db, parsed[0], user.id) if parsed else None
    if parsed is None or found is None:
        with use_language(context.service.language_of(user.id, user.language_code)):
            text = _(NOT_YOURS)
        await context.sender.answer_press(query, text)
        raise ApplicationHandlerStop
    action = parsed[1]
    message = query.message if isinstance(query.message, Message) else None
    chat_id = message.chat.id if message else user.id
    await context.sender.answer_press(query)
    with transaction(context.db):
        record_press(context.db, user.id, found, action, context.clock.now())
    flow = SCREEN_FLOW.get(action) or guide_flow(found.kind, owned_order(
        context.db, user.id, str(found.order_id)))
    reply = await context.service.handle(Incoming(user.id, chat_id, "command", "guide",
                                                  user.language_code, user.username, payload=flow))
    await context.sender.send_reply(context.bot, chat_id, reply)
    raise ApplicationHandlerStop


async def _dispatch_loop(app: Application) -> None:
    """Send due reminders for as long as the bot runs."""
    service = service_in(app)
    dispatcher = Dispatcher(service.db, app.bot, service.clock, default_lang=service.default_lang,
                            limiter=sender_in(app).limiter)
    await dispatcher.run_forever()


def add_reminders(app: Application) -> None:
    """Register the reminder buttons (before the dialogue) and the dispatcher loop."""
    app.add_handler(CallbackQueryHandler(on_reminder_button, pattern=f"^{BUTTON_PREFIX}:"),
                    group=-1)
    add_background(app, "reminders", _dispatch_loop)
