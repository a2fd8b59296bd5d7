"""Who administers a group, and whether the bot reads every message there (getChatMember,
cached briefly: never taken from a button or a message)."""

from __future__ import annotations

import logging

from telegram import Bot, Message
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.clock import iso
from bot.groups.store import GroupChat, set_bot_status
from bot.telegram.context import BotContext
from bot.telegram.groups.posting import now_of, runtime

log = logging.getLogger("refundbot.groups")

ADMIN_STATUSES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def is_admin(context: BotContext, chat_id: int, user_id: int, *,
                   fresh: bool = False) -> bool:
    """Whether a user administers the group, from getChatMember, cached briefly; `fresh`
    asks Telegram again (a change of settings: a demoted admin must not keep the right)."""
    state, now = runtime(context), now_of(context)
    known = None if fresh else state.admins.get((chat_id, user_id), now)
    if known is not None:
        return known
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError as err:
        log.warning("group %s: admin check failed (%s)", chat_id, err.message)
        return False
    answer = member.status in ADMIN_STATUSES
    state.admins.put((chat_id, user_id), answer, now)
    return answer


async def sender_is_admin(context: BotContext, message: Message) -> bool:
    """Whether a group message comes from an admin; anonymous admins post as the group."""
    if message.sender_chat is not None:
        return message.sender_chat.id == message.chat.id
    user = message.from_user
    return user is not None and await is_admin(context, message.chat.id, user.id)


async def bot_sees_all(context: BotContext, group: GroupChat) -> bool:
    """Whether the bot receives every group message: privacy mode off, or it is an admin."""
    bot: Bot = context.bot
    if bot.can_read_all_group_messages:
        return True
    status = group.bot_status
    if status is None:
        try:
            status = (await bot.get_chat_member(group.id, bot.id)).status
        except TelegramError:
            return False
        set_bot_status(context.db, group.id, status, iso(now_of(context)))
    return status in ADMIN_STATUSES
