"""What group handlers share: the rate limiter, the admin cache, and posting to a group."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
)
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.clock import iso
from bot.groups.limits import SlidingWindow, TtlCache
from bot.groups.store import GroupChat, set_bot_status
from bot.telegram.dialogue.handlers import service_of

log = logging.getLogger("refundbot.groups")

GROUP_LIMIT = 20                       # messages per minute per group (Telegram's limit)
ADMIN_TTL = timedelta(seconds=60)      # how long a getChatMember answer is trusted
MENTION_COOLDOWN = timedelta(minutes=10)  # one keyword reply per member per group
ADMIN_STATUSES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
Buttons = list[list[InlineKeyboardButton]]


@dataclass
class GroupRuntime:
    """Per-process state for groups; safe to lose on restart."""

    limiter: SlidingWindow = field(
        default_factory=lambda: SlidingWindow(GROUP_LIMIT, timedelta(minutes=1)))
    mentions: SlidingWindow = field(default_factory=lambda: SlidingWindow(1, MENTION_COOLDOWN))
    admins: TtlCache[bool] = field(default_factory=lambda: TtlCache(ADMIN_TTL))


def runtime(context: ContextTypes.DEFAULT_TYPE) -> GroupRuntime:
    """The group state the application was built with."""
    state: GroupRuntime = context.application.bot_data["groups"]
    return state


def now_of(context: ContextTypes.DEFAULT_TYPE) -> datetime:
    """The current moment from the service's clock (a fake one in tests)."""
    return service_of(context).clock.now()


def thread_of(message: Message | None) -> int | None:
    """The forum topic a message is in, so the answer lands in the same topic."""
    return message.message_thread_id if message and message.is_topic_message else None


async def post(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str, *,
               buttons: Buttons | None = None, reply_to: Message | None = None) -> Message | None:
    """Send one message to a group within its rate limit; None when skipped or refused."""
    if not runtime(context).limiter.allow(chat_id, now_of(context)):
        log.info("group %s: over %s messages a minute, answer skipped", chat_id, GROUP_LIMIT)
        return None
    try:
        return await context.bot.send_message(
            chat_id, text, reply_markup=InlineKeyboardMarkup(buttons) if buttons else None,
            message_thread_id=thread_of(reply_to),
            reply_parameters=(ReplyParameters(reply_to.message_id,
                                              allow_sending_without_reply=True)
                              if reply_to else None),
        )
    except (Forbidden, BadRequest) as err:  # removed, or not allowed to write: stay quiet
        log.warning("group %s: could not post (%s)", chat_id, err.message)
        return None


async def is_admin(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int) -> bool:
    """Whether a user administers the group, from getChatMember, cached briefly."""
    state, now = runtime(context), now_of(context)
    known = state.admins.get((chat_id, user_id), now)
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


async def sender_is_admin(context: ContextTypes.DEFAULT_TYPE, message: Message) -> bool:
    """Whether a group message comes from an admin; anonymous admins post as the group."""
    if message.sender_chat is not None:
        return message.sender_chat.id == message.chat.id
    user = message.from_user
    return user is not None and await is_admin(context, message.chat.id, user.id)


async def bot_sees_all(context: ContextTypes.DEFAULT_TYPE, group: GroupChat) -> bool:
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
        set_bot_status(service_of(context).db, group.id, status, iso(now_of(context)))
    return status in ADMIN_STATUSES
