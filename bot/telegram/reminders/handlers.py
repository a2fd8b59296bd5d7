"""Reminders on Telegram: their buttons (group -1) and the dispatcher loop in the background.

Reminder buttons carry `r1:<reminder id>:<action>` so they work whatever step the user's
dialogue is at. The id is only a lookup key: the reminder must belong to the presser. A press
is then one event of the dialogue service: a jump (`jump_<action>`) to the order's own screen
for that action with the order id as its argument, in the one transaction of any press, or
the guide for the order's status. An action the order's status no longer allows (an old
message) opens the order's page instead, as it stands now.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler

from bot.dialogue.service import Incoming
from bot.i18n import _, use_language
from bot.orders.store import owned_order
from bot.reminders.kinds import GUIDE, kind_named, parse_button
from bot.reminders.outbox import owned_reminder
from bot.reminders.plan import replan_flagged
from bot.storage.inbox import polled_update_id
from bot.telegram.background import add_background
from bot.telegram.context import BotContext, sender_in, service_in, settings_in
from bot.telegram.reminders.dispatch import Dispatcher
from flows.engine.callbacks import ReminderButton
from flows.engine.markers import N_
from flows.orders.lifecycle import Action, Stage, Status, allowed, row

NOT_YOURS = N_("This reminder button is no longer valid.")
# The order's page: where a press its status no longer allows lands.
PAGE = "jump_open"
# What a reminder's action jumps to: its own screen (flows/scenarios/orders.py, JUMPS).
JUMP_OF: dict[str, str] = {Action.EXTEND: "jump_extend", Action.RECEIVED: "jump_received",
           Action.DISPUTE: "jump_dispute", Action.DECIDED: "jump_decided",
           Action.ARRIVED: "jump_arrived"}


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
    order = owned_order(context.db, user.id, str(found.order_id))
    status = row(order.status if order else Status.CLOSED)
    if action == GUIDE:
        record = kind_named(found.kind)
        flow = status.guide_for(record.stage if record else Stage.LAST)[0]
        event = Incoming(user.id, chat_id, "command", "guide", user.language_code,
                         user.username, payload=flow, update_id=polled_update_id())
    else:
        jump = JUMP_OF.get(action, PAGE) if allowed(status.status, Action(action)) else PAGE
        event = Incoming(user.id, chat_id, "jump", jump, user.language_code, user.username,
                         label=query.data, arg=str(found.order_id), update_id=polled_update_id())
    reply = await context.service.handle(event)
    await context.sender.send_reply(context.bot, chat_id, reply)
    raise ApplicationHandlerStop




async def _dispatch_loop(app: Application) -> None:
    """Send due reminders for as long as the bot runs."""
    service = service_in(app)
    replan_flagged(service.db, service.clock.now(), offsets=settings_in(app).reminder_offsets)
    dispatcher = Dispatcher(service.db, app.bot, service.clock, default_lang=service.default_lang,
                            limiter=sender_in(app).limiter)
    await dispatcher.run_forever()


def add_reminders(app: Application) -> None:
    """Register the reminder buttons (before the dialogue) and the dispatcher loop."""
    app.add_handler(CallbackQueryHandler(on_reminder_button, pattern=ReminderButton.owns),
                    group=-1)
    add_background(app, "reminders", _dispatch_loop)
