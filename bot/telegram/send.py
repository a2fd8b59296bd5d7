"""Deliver to Telegram: retried calls, best-effort extras, and a Reply as messages.

`reliably` is the one place that knows how to get a call through: back off and retry on
network errors and 5xx, wait out a 429's retry_after, and take "message is not modified" as
done. `best_effort` is for extras (answering a press, marking the pressed message) that must
never stop the reply. Sends and edits take their slot from the shared rate limiter.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial
from typing import TypeVar

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
)
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

from bot.dialogue.service import Button, Reply
from bot.reminders.limiter import Sleep, shared
from bot.telegram.formatting import seller_block

T = TypeVar("T")
log = logging.getLogger("refundbot.send")

BACKOFF = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)  # seconds before each retry after a network error
TRIES = len(BACKOFF) + 1
_sleep: Sleep = asyncio.sleep  # tests swap it for a fake clock


def retry_seconds(err: RetryAfter) -> float:
    """Telegram's retry_after in seconds (PTB 22 gives int or timedelta, with a warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = err.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def not_modified(err: TelegramError) -> bool:
    """Telegram's answer to an edit that changes nothing: the message already looks right."""
    return isinstance(err, BadRequest) and "not modified" in err.message.lower()


async def reliably(call: Callable[[], Awaitable[T]], *, chat_id: int | None = None,
                   urgent: bool = True, what: str = "call") -> T | None:
    """Make a Bot API call until Telegram takes it; None for "not modified".

    `chat_id` makes each try take a slot of the shared rate budget (sends and edits).
    Other 4xx errors are raised at once: trying again would get the same answer.
    """
    limiter = shared()
    for attempt in range(TRIES):
        slot = (await limiter.acquire(chat_id, urgent=urgent)
                if limiter is not None and chat_id is not None else None)
        try:
            return await call()
        except RetryAfter as err:
            seconds = retry_seconds(err)
            log.warning("%s: 429, retrying after %gs", what, seconds)
            if limiter is not None:
                limiter.hold(seconds)
            await _sleep(seconds)
        except BadRequest as err:  # a subclass of NetworkError: check it first
            if not_modified(err):
                return None
            raise
        except NetworkError as err:  # timeouts, resets, 5xx
            if attempt == TRIES - 1:
                raise
            log.warning("%s: %s; retry %d", what, type(err).__name__, attempt + 1)
            await _sleep(BACKOFF[attempt])
        finally:
            if slot is not None and limiter is not None:
                limiter.answered(slot)
    raise NetworkError(f"{what}: still refused after {TRIES} tries")


async def best_effort(call: Callable[[], Awaitable[object]], *, chat_id: int | None = None,
                      what: str = "extra") -> bool:
    """One try of a call the reply does not depend on; False (logged) when it failed."""
    limiter = shared()
    slot = (await limiter.acquire(chat_id)
            if limiter is not None and chat_id is not None else None)
    try:
        await call()
    except TelegramError as err:
        if not_modified(err):
            return True
        if isinstance(err, RetryAfter) and limiter is not None:
            limiter.hold(retry_seconds(err))  # the next sends must wait too
        log.info("%s skipped: %s", what, type(err).__name__)
        return False
    finally:
        if slot is not None and limiter is not None:
            limiter.answered(slot)
    return True


async def answer_press(query: CallbackQuery, text: str | None = None, *,
                       show_alert: bool = False) -> bool:
    """Answer a button press (stops the spinner, maybe a toast or an alert); the reply
    matters more."""
    return await best_effort(lambda: query.answer(text, show_alert=show_alert or None),
                             what="answerCallbackQuery")


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """One button per row: labels are long and phones are narrow."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.key)]
                                 for b in buttons])


async def send_reply(
    bot: Bot, chat_id: int, reply: Reply, thread_id: int | None = None
) -> list[int]:
    """Send every message of a reply in order, each retried; return the Telegram message ids."""
    ids = []
    for message in reply.messages:
        sent: Message | None
        if message.document:
            name, content = message.document
            document = InputFile(content, filename=name)
            sent = await reliably(partial(
                bot.send_document, chat_id, document, caption=message.text or None,
                reply_markup=keyboard(message.buttons), message_thread_id=thread_id,
            ), chat_id=chat_id, what="sendDocument")
        else:
            text, mode = seller_block(message.text) if message.copy else (message.text, None)
            sent = await reliably(partial(
                bot.send_message, chat_id, text, reply_markup=keyboard(message.buttons),
                message_thread_id=thread_id, parse_mode=mode,
            ), chat_id=chat_id, what="sendMessage")
        if sent is not None:
            ids.append(sent.message_id)
    return ids
