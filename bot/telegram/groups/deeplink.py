"""`/start g_<flow>_<group>` in private chat: the member arrives from a group's button."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, CommandHandler, ContextTypes, filters

from bot.clock import iso
from bot.dialogue.service import Incoming
from bot.groups.links import PAYLOAD, parse_group_payload
from bot.groups.store import record_source
from bot.storage import transaction
from bot.telegram.dialogue.handlers import service_of
from bot.telegram.send import send_reply
from flows.engine import FLOW_BY_NAME


async def on_deep_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/start g_<flow>_<group>` in private: open the guide there, note the group."""
    user, chat = update.effective_user, update.effective_chat
    parsed = parse_group_payload(context.args[0]) if context.args else None
    if user is None or chat is None or parsed is None:
        return
    flow, group_id = parsed
    service = service_of(context)
    reply = await service.handle(Incoming(
        user.id, chat.id, "command", "start", user.language_code, user.username,
        payload=flow if flow in FLOW_BY_NAME else None))
    with transaction(service.db):
        record_source(service.db, user.id, group_id, flow, iso(service.clock.now()))
    await send_reply(context.bot, chat.id, reply)
    raise ApplicationHandlerStop


def deep_link_handler() -> CommandHandler[ContextTypes.DEFAULT_TYPE, None]:
    """The handler for group deep links; other /start payloads go to the dialogue."""
    payload = PAYLOAD.pattern.removeprefix("^")
    return CommandHandler("start", on_deep_link, filters=filters.ChatType.PRIVATE
                          & filters.Regex(r"^/start(@\w+)?\s+" + payload))
