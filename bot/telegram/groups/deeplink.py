"""`/start g_<flow>_<group>` in private chat: the member arrives from a group's button."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, CommandHandler, filters

from bot.clock import iso
from bot.dialogue.service import Incoming
from bot.groups.links import PAYLOAD, parse_group_payload
from bot.groups.store import record_source
from bot.storage import transaction
from bot.storage.inbox import polled_update_id
from bot.telegram.context import BotContext
from flows.engine.machine import FLOW_BY_NAME


async def on_deep_link(update: Update, context: BotContext) -> None:
    """`/start g_<flow>_<group>` in private: open the guide there, note the group."""
    user, chat = update.effective_user, update.effective_chat
    parsed = parse_group_payload(context.args[0]) if context.args else None
    if user is None or chat is None or parsed is None:
        return
    flow, group_id = parsed
    reply = await context.service.handle(Incoming(
        user.id, chat.id, "command", "start", user.language_code, user.username,
        payload=flow if flow in FLOW_BY_NAME else None, update_id=polled_update_id()))
    with transaction(context.db):
        record_source(context.db, user.id, group_id, flow, iso(context.clock.now()))
    await context.sender.send_reply(context.bot, chat.id, reply)
    raise ApplicationHandlerStop


def deep_link_handler() -> CommandHandler[BotContext, None]:
    """The handler for group deep links; other /start payloads go to the dialogue."""
    payload = PAYLOAD.pattern.removeprefix("^")
    return CommandHandler("start", on_deep_link, filters=filters.ChatType.PRIVATE
                          & filters.Regex(r"^/start(@\w+)?\s+" + payload))
