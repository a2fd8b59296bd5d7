"""Deliver to Telegram: retried calls, best-effort extras, and a Reply as messages.

`Sender.reliably` is the one place that knows how to get a call through: back off and retry
on network errors and 5xx, wait out a 429's retry_after, and take "message is not modified"
as done. `best_effort` is for extras (answering a press, marking the pressed message) that
must never stop the reply. The application owns one Sender (handlers reach it as
`context.sender`); its rate limiter is the process's one send budget, so replies and
reminders share it. Sends and edits take their slot from it.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
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

from bot.dialogue.service import Reply
from bot.storage.handling import settle_before_send
from bot.telegram.formatting import seller_block
from bot.telegram.rate_limit import RateLimiter, Sleep

T = TypeVar("T")
log = logging.getLogger("refundbot.send")

BACKOFF = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)  # seconds before each retry after a network error
TRIES = len(BACKOFF) + 1
Retried = Callable[[str], None]  # told "429" or "network" before each retry (for stats)


def retry_seconds(err: RetryAfter) -> float:
    """Telegram's retry_after in seconds (PTB 22 gives int or timedelta, with a warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = err.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def not_modified(err: TelegramError) -> bool:
    """Telegram's answer to an edit that changes nothing: the message already looks right."""
    return isinstance(err, BadRequest) and "not modified" in err.message.lower()


def keyboard(buttons: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    """(label, callback data) pairs, one button per row: labels are long, phones narrow."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]
                                 for label, data in buttons])


@dataclass
class Sender:
    """Gets Bot API calls through for the whole application: one rate budget (`limiter`,
    None for none), the back-off between tries, and how to wait (a fake clock in tests)."""

    limiter: RateLimiter | None = None
    sleep: Sleep = asyncio.sleep
    # Told the log row of each reply message Telegram accepted (the log says "delivered").
    delivered: Callable[[int], None] | None = None
    backoff: tuple[float, ...] = BACKOFF
    tries: int = TRIES

    async def reliably(self, call: Callable[[], Awaitable[T]], *, chat_id: int | None = None,
                       urgent: bool = True, what: str = "call",
                       retried: Retried | None = None) -> T | None:
        """Make a Bot API call until Telegram takes it; None for "not modified".

        `chat_id` makes each try take a slot of the rate budget (sends and edits). Other
        4xx errors are raised at once: trying again would get the same answer. After the
        last try the last network error is raised.
        """
        limiter = self.limiter
        if chat_id is not None:  # a send or edit: a kill from here on may lose it, not double it
            settle_before_send()
        for attempt in range(self.tries):
            slot = (await limiter.acquire(chat_id, urgent=urgent)
                    if limiter is not None and chat_id is not None else None)
            try:
                return await call()
            except RetryAfter as err:
                seconds = retry_seconds(err)
                log.warning("%s: 429, retrying after %gs", what, seconds)
                if retried:
                    retried("429")
                if limiter is not None:
                    limiter.hold(seconds)
                await self.sleep(seconds)
            except BadRequest as err:  # a subclass of NetworkError: check it first
                if not_modified(err):
                    return None
                raise
            except NetworkError as err:  # timeouts, resets, 5xx
                if attempt == self.tries - 1:
                    raise
                log.warning("%s: %s; retry %d", what, type(err).__name__, attempt + 1)
                if retried:
                    retried("network")
                await self.sleep(self.backoff[min(attempt, len(self.backoff) - 1)])
            finally:
                if slot is not None and limiter is not None:
                    limiter.answered(slot)
        raise NetworkError(f"{what}: still refused after {self.tries} tries")

    async def best_effort(self, call: Callable[[], Awaitable[object]], *,
                          chat_id: int | None = None, what: str = "extra") -> bool:
        """One try of a call the reply does not depend on; False (logged) when it failed."""
        limiter = self.limiter
        if chat_id is not None:
            settle_before_send()
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

    async def answer_press(self, query: CallbackQuery, text: str | None = None, *,
                           show_alert: bool = False) -> bool:
        """Answer a button press (stops the spinner, maybe a toast or an alert); the reply
        matters more."""
        return await self.best_effort(lambda: query.answer(text, show_alert=show_alert or None),
                                      what="answerCallbackQuery")

    async def send_reply(self, bot: Bot, chat_id: int, reply: Reply,
                         thread_id: int | None = None) -> list[int]:
        """Send every message of a reply in order, each retried; return the message ids."""
        ids = []
        rows = iter(reply.log_ids)
        for message in reply.messages:
            row = next(rows, None)
            sent: Message | None
            buttons = keyboard([(b.label, b.key) for b in message.buttons])
            if message.document:
                name, content = message.document
                document = InputFile(content, filename=name)
                sent = await self.reliably(partial(
                    bot.send_document, chat_id, document, caption=message.text or None,
                    reply_markup=buttons, message_thread_id=thread_id,
                ), chat_id=chat_id, what="sendDocument")
            else:
                text, mode = seller_block(message.text) if message.copy else (message.text, None)
                sent = await self.reliably(partial(
                    bot.send_message, chat_id, text, reply_markup=buttons,
                    message_thread_id=thread_id, parse_mode=mode,
                ), chat_id=chat_id, what="sendMessage")
            if sent is not None:
                ids.append(sent.message_id)
            if row is not None and self.delivered is not None:
                try:  # accepted (None: "not modified" is accepted too)
                    self.delivered(row)
                except sqlite3.Error as err:  # the log may lag; the user has the message
                    log.warning("cannot note a message as delivered (%s)", err)
        return ids
