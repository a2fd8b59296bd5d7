"""Posting to a group within its rate limit, and the per-process state group handlers share
(the rate limit, the mention cooldown, the admin cache; safe to lose on restart)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.error import BadRequest, Forbidden

from bot.groups.limits import SlidingWindow, TtlCache
from bot.telegram.context import BotContext

log = logging.getLogger("refundbot.groups")

GROUP_LIMIT = 20                       # messages per minute per group (Telegram's limit)
ADMIN_TTL = timedelta(seconds=60)      # how long a getChatMember answer is trusted
MENTION_COOLDOWN = timedelta(minutes=10)  # one keyword reply per member per group
Buttons = list[list[InlineKeyboardButton]]


@dataclass
class GroupRuntime:
    """Per-process state for groups; safe to lose on restart."""

    limiter: SlidingWindow = field(
        default_factory=lambda: SlidingWindow(GROUP_LIMIT, timedelta(minutes=1)))
    mentions: SlidingWindow = field(default_factory=lambda: SlidingWindow(1, MENTION_COOLDOWN))
    admins: TtlCache[bool] = field(default_factory=lambda: TtlCache(ADMIN_TTL))


def runtime(context: BotContext) -> GroupRuntime:
    """The group state the application was built with."""
    return context.state(GroupRuntime)


def now_of(context: BotContext) -> datetime:
    """The current moment from the service's clock (a fake one in tests)."""
    return context.clock.now()


def thread_of(message: Message | None) -> int | None:
    """The forum topic a message is in, so the answer lands in the same topic."""
    return message.message_thread_id if message and message.is_topic_message else None


async def post(context: BotContext, chat_id: int, text: str, *,
               buttons: Buttons | None = None, reply_to: Message | None = None) -> Message | None:
    """Send one message to a group within its rate limit; None when skipped or refused."""
    if not runtime(context).limiter.allow(chat_id, now_of(context)):
        log.info("group %s: over %s messages a minute, answer skipped", chat_id, GROUP_LIMIT)
        return None
    try:
        return await context.sender.reliably(partial(
            context.bot.send_message,
            chat_id, text, reply_markup=InlineKeyboardMarkup(buttons) if buttons else None,
            message_thread_id=thread_of(reply_to),
            reply_parameters=(ReplyParameters(reply_to.message_id,
                                              allow_sending_without_reply=True)
                              if reply_to else None),
        ), chat_id=chat_id, what="sendMessage")
    except (Forbidden, BadRequest) as err:  # removed, or not allowed to write: stay quiet
        log.warning("group %s: could not post (%s)", chat_id, err.message)
        return None
