"""The loop that sends due reminders: claim, send one message per user, mark sent.

A window of WINDOW sends is in flight at once (Telegram answers in 50-100 ms; one at a time
reached only 9-18 msg/s), each taking its slot from the shared limiter when it starts. A crash
can leave at most WINDOW messages sent but not marked: those rows are sent again after the
restart (at most WINDOW duplicates per crash), and nothing is lost. A clean stop (SIGTERM) is
no crash: the sends in flight finish and are marked, the claimed rest goes back to the queue.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

import sqlite_utils
from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.clock import Clock, iso
from bot.i18n import use_language
from bot.reminders import outbox
from bot.reminders.kinds import quiet_exempt
from bot.reminders.message import ReminderMessage, compose
from bot.reminders.outbox import Due
from bot.storage.conversation_log import LogEntry
from bot.telegram.rate_limit import RateLimiter, Sleep
from bot.telegram.send import Sender, keyboard
from flows.deadlines.maths import in_quiet_hours, out_of_quiet_hours
from flows.languages import DEFAULT_LANGUAGE

log = logging.getLogger("refundbot.reminders")

BACKOFF = (1.0, 2.0, 4.0, 8.0)  # seconds between tries after a network error
MAX_TRIES = 8                  # sends of one message per claim (429s included) before release
IDLE = 5.0                     # longest nap when nothing is due: orders saved meanwhile
WINDOW = 4                     # sends in flight; also the most duplicates a crash can cause
DRAIN = 5.0                    # longest wait at a clean stop for the sends in flight


@dataclass
class Stats:
    """What the dispatcher did, for logs, tests and benchmarks."""

    sent: int = 0
    retry_after: int = 0
    network_errors: int = 0
    blocked: int = 0
    deferred: int = 0


class Dispatcher:
    """Claims due reminders and delivers them, paced and retried; one iteration per call."""

    def __init__(self, db: sqlite_utils.Database, bot: Bot, clock: Clock, *,
                 default_lang: str = DEFAULT_LANGUAGE, sleep: Sleep = asyncio.sleep,
                 limiter: RateLimiter | None = None, batch_users: int = 30,
                 idle: float = IDLE, window: int = WINDOW) -> None:
        self.db, self.bot, self.clock, self.default_lang = db, bot, clock, default_lang
        self.sleep, self.batch_users, self.idle = sleep, batch_users, idle
        # The bot's one budget when it runs on Telegram, so replies keep going first.
        self.limiter = limiter or RateLimiter(sleep=sleep)
        self.sender = Sender(self.limiter, sleep, backoff=BACKOFF, tries=MAX_TRIES)
        self.window, self.slots = window, asyncio.Semaphore(window)
        self.stats = Stats()
        self.stopping = False

    def recover(self) -> int:
        """Return rows a previous process left mid-send to the queue (call once at start)."""
        count = outbox.recover(self.db)
        if count:
            log.info("re-queued %d reminders left in sending by the previous run", count)
        return count

    async def run_once(self) -> int:
        """Claim one batch of users with due reminders and deliver them; the messages sent."""
        tasks = self._start_batch()
        return sum(await asyncio.gather(*tasks)) if tasks else 0

    def _start_batch(self) -> list[asyncio.Task[int]]:
        """Claim a batch and start one delivery per user; the window bounds the sends."""
        rows = outbox.claim(self.db, self.clock.now(), self.batch_users,
                            default_lang=self.default_lang)
        by_user: dict[int, list[Due]] = {}
        for row in rows:
            by_user.setdefault(row.user_id, []).append(row)
        return [asyncio.create_task(self._deliver_in_window(user_id, items))
                for user_id, items in by_user.items()]

    async def _deliver_in_window(self, user_id: int, items: list[Due]) -> int:
        """One user's delivery, once a place in the window is free."""
        async with self.slots:
            if self.stopping:  # claimed, never sent: back to the queue for the next start
                outbox.release(self.db, [item.id for item in items])
                return 0
            return await self._deliver(user_id, items)

    def seconds_to_next(self) -> float:
        """How long the loop may nap: until the next due row, at most `idle` seconds."""
        due = outbox.next_due(self.db)
        if due is None:
            return self.idle
        wait = (datetime.fromisoformat(due) - self.clock.now()).total_seconds()
        return min(max(wait, 0.0), self.idle)

    async def run_forever(self) -> None:
        """Recover, then send whatever falls due, napping while nothing does.

        The next batch is claimed while the last sends of the previous one are in flight,
        so the window never runs dry at a batch boundary.
        """
        self.recover()
        running: set[asyncio.Task[int]] = set()
        try:
            await self._loop(running)
        except asyncio.CancelledError:
            await self._drain(running)
            raise

    async def _drain(self, running: set[asyncio.Task[int]]) -> None:
        """At a clean stop: let the sends in flight finish and be marked (at most DRAIN
        seconds), so a SIGTERM sends nothing twice; deliveries not yet started put their rows
        back. What is still unfinished then is re-queued by `recover` at the next start."""
        self.stopping = True
        if not running:
            return
        done, pending = await asyncio.wait(running, timeout=DRAIN)
        self._collect(done)
        for task in pending:
            task.cancel()

    async def _loop(self, running: set[asyncio.Task[int]]) -> None:
        """Claim and start deliveries for ever, keeping `running` up to date."""
        while True:
            try:
                while len(running) >= self.window:
                    done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                    running -= done  # in place: a stop drains the very same set
                    self._collect(done)
                started = self._start_batch()
                running |= set(started)
                if started:
                    continue
                if running:
                    done, _ = await asyncio.wait(running, timeout=self.seconds_to_next(),
                                                 return_when=asyncio.FIRST_COMPLETED)
                    running -= done
                    self._collect(done)
                    continue
            except Exception:  # keep reminding: one bad row must not stop the loop
                log.exception("reminder dispatch failed; retrying shortly")
                await self.sleep(self.idle)
                continue
            await self.sleep(self.seconds_to_next())

    @staticmethod
    def _collect(done: set[asyncio.Task[int]]) -> None:
        """Log a delivery that failed outright (its rows stay claimed until the lease ends)."""
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                log.error("a reminder delivery failed", exc_info=task.exception())

    async def _deliver(self, user_id: int, items: list[Due]) -> int:
        """Send one user's due reminders as one message (a few, if there are many orders)."""
        now = self.clock.now()
        recipient = items[0].recipient
        tz = recipient.zone
        urgent = any(quiet_exempt(i.kind) and i.order.deadline > now for i in items)
        if in_quiet_hours(now, tz) and not urgent:
            # Downtime may bring them due at night: wait for the user's morning.
            outbox.release(self.db, [i.id for i in items], out_of_quiet_hours(now, tz))
            self.stats.deferred += len(items)
            return 0
        with use_language(recipient.lang):
            messages = compose(items, now)
        sent = 0
        for index, message in enumerate(messages):
            if not await self._send(user_id, message):
                rest = [rid for m in messages[index + 1:] for rid in m.ids]
                if rest:
                    outbox.release(self.db, rest)
                break
            sent += 1
        return sent

    async def _send(self, user_id: int, message: ReminderMessage) -> bool:
        """Send one message until Telegram takes it; False when it had to be put back."""
        try:
            result = await self.sender.reliably(
                partial(self.bot.send_message, user_id, message.text,
                        reply_markup=keyboard(message.buttons)),
                chat_id=user_id, urgent=False, what="reminder", retried=self._count)
        except Forbidden:
            log.info("a user blocked the bot; holding their reminders (users.blocked_at)")
            outbox.block_user(self.db, user_id, message.ids, self.clock.now())
            self.stats.blocked += 1
            return False
        except BadRequest as err:
            log.warning("Telegram refused reminder(s) %s: %s", message.ids, err.message)
            outbox.fail(self.db, message.ids, err.message)
            return False
        except TelegramError as err:
            log.warning("reminder(s) %s not sent (%s); will retry", message.ids, err.message)
            later = self.clock.now() + timedelta(seconds=BACKOFF[-1] * 4)
            outbox.release(self.db, message.ids, later, f"network: {err.message}")
            return False
        if result is not None:
            self._mark(user_id, message, result.message_id)
        return result is not None

    def _count(self, kind: str) -> None:
        """One retry of a send, for the stats."""
        if kind == "429":
            self.stats.retry_after += 1
        else:
            self.stats.network_errors += 1

    def _mark(self, user_id: int, message: ReminderMessage, message_id: int) -> None:
        """Record the delivery and log the text for the operators, as the dialogue does."""
        now = self.clock.now()
        entry = LogEntry(iso(now), user_id, user_id, "out", "reminder", message.text, None, None)
        outbox.mark_sent(self.db, message.ids, message_id, now, entry)
        self.stats.sent += 1
