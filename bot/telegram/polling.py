"""Our own long polling: store each update before confirming it, parse one at a time, and
handle many users at once while each user's updates keep their order.

Why not PTB's Updater: it confirms an update on the next getUpdates, before it is handled
(a crash loses the batch), and one update it cannot parse fails the whole batch forever.
Here a batch is written to the inbox table first, so the offset may move at once; an update
that does not parse is logged (id and type only) and skipped; a crash leaves unsettled rows
that the next start handles, and a row settled with its dialogue change is never redone.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import warnings
from datetime import timedelta
from functools import partial
from typing import Any

import sqlite_utils
from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application
from telegram.warnings import PTBUserWarning

from bot.clock import Clock, iso
from bot.ops.health import DEFAULT_WINDOW
from bot.ops.heartbeat import record_poll
from bot.ops.liveness import Liveness
from bot.storage import handling as current
from bot.storage import inbox
from bot.storage.dialogues import mark_shown, unshown
from bot.telegram.context import sender_in, service_in
from bot.telegram.send import retry_seconds

log = logging.getLogger("refundbot.polling")
# getUpdates is asked for raw JSON on purpose (an update this PTB cannot parse is skipped, not
# fatal to the batch); PTB would print a warning suggesting Bot.get_updates at every start.
warnings.filterwarnings("ignore", r"Please use 'Bot\.getUpdates'", PTBUserWarning)

IN_FLIGHT = 16      # updates handled at once (different users); measured best on 2 cores
BATCH = 100         # getUpdates limit
BACKLOG = 200       # stop fetching while this many fetched updates wait for a handler
LONG_POLL = 25      # seconds Telegram may hold a getUpdates open
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0)
STALE_AFTER = timedelta(minutes=10)  # REFUNDBOT_STALE_UPDATES: older pending updates are dropped
REDRAW_WITHIN = timedelta(hours=1)  # older undelivered screens are left for the next message


class TokenRejected(Exception):
    """The Bot API refused the token (401/404)."""


def kind_of(raw: dict[str, Any]) -> str:
    """The update's type (message, callback_query, poll_answer, ...), for logs."""
    return next((key for key in raw if key != "update_id"), "unknown")


def order_key(update: Update) -> int | str:
    """Updates with the same key are handled one after another: in a group the group (its
    settings and limits are shared), else the user."""
    chat, user = update.effective_chat, update.effective_user
    if chat is not None and (chat.type != "private" or user is None):
        return chat.id
    if user is not None:
        return user.id
    return f"update:{update.update_id}"


class Poller:
    """Fetch, store, confirm and hand updates to the Application's handlers."""

    def __init__(self, app: Application, db: sqlite_utils.Database, clock: Clock, *,
                 in_flight: int = IN_FLIGHT, timeout: int = LONG_POLL,
                 liveness: Liveness | None = None,
                 stale_after: timedelta = STALE_AFTER) -> None:
        self.app, self.db, self.clock, self.timeout = app, db, clock, timeout
        self.stale_after = stale_after
        self.liveness = liveness or Liveness(DEFAULT_WINDOW.total_seconds())
        self.slots = asyncio.Semaphore(in_flight)
        self.tails: dict[int | str, asyncio.Task[None]] = {}
        self.running: set[asyncio.Task[None]] = set()
        self.settled: list[int] = []
        self.handled = 0
        self.polled = asyncio.Event()  # set by the first successful poll

    async def run(self) -> None:
        """Replay what a previous run left unhandled, then poll until cancelled."""
        stale = inbox.settle_stale(self.db, iso(self.clock.now() - self.stale_after))
        if stale:
            log.info("settled %d updates stored more than %s ago without handling them "
                     "(a long outage or a restored copy)", stale, self.stale_after)
        left = inbox.pending(self.db)
        if left:
            log.info("handling %d updates stored before the last stop", len(left))
        for row in left:
            self.schedule(row)
        # Queued now, each behind its user's replays, so a stop during the replays still
        # lets them finish (drain) instead of leaving them to the next start.
        self.redraw_unshown()
        if self.running:
            await asyncio.wait(set(self.running))
        offset = inbox.next_offset(self.db)
        failures = 0
        # The first poll does not wait for updates: Telegram answering it is "ready".
        timeout = 0
        while True:
            while len(self.running) >= BACKLOG:
                await asyncio.wait(set(self.running), return_when=asyncio.FIRST_COMPLETED)
            self.flush()
            try:
                raw = await self.app.bot.do_api_request(
                    "getUpdates", api_kwargs={"offset": offset, "limit": BATCH,
                                              "timeout": timeout,
                                              "allowed_updates": Update.ALL_TYPES},
                    read_timeout=timeout + 10)
            except InvalidToken as err:
                raise TokenRejected from err
            except RetryAfter as err:
                await asyncio.sleep(retry_seconds(err))
                continue
            except TelegramError as err:  # network trouble, 5xx, a 409 conflict
                log.warning("getUpdates failed (%s); retrying", type(err).__name__)
                await asyncio.sleep(BACKOFF[min(failures, len(BACKOFF) - 1)])
                failures += 1
                continue
            updates = [u for u in raw or () if isinstance(u, dict) and "update_id" in u]
            try:
                stored = inbox.store(self.db, updates, iso(self.clock.now())) if updates else []
            except sqlite3.Error as err:
                # The offset stays: Telegram keeps the updates and sends them again.
                wait = BACKOFF[min(failures, len(BACKOFF) - 1)]
                log.warning("cannot store %d updates (%s); they stay with Telegram, "
                            "retrying in %.1f s", len(updates), err, wait)
                await asyncio.sleep(wait)
                failures += 1
                continue
            failures, timeout = 0, self.timeout
            for row in stored:
                self.schedule(row)
            if updates:
                offset = max(int(u["update_id"]) for u in updates) + 1
            self.beat()

    def beat(self) -> None:
        """Note the successful poll in the database, then tell the liveness guard; a poll
        whose note cannot be written does not count (health must see a bot that cannot
        write)."""
        try:
            record_poll(self.db, self.clock.now(), timedelta(seconds=self.liveness.window))
        except sqlite3.Error as err:
            log.warning("cannot write the poll heartbeat (%s)", err)
            return
        self.liveness.polled()
        self.polled.set()

    def schedule(self, row: inbox.Stored) -> None:
        """Parse one stored update and queue it behind the same user's earlier ones."""
        raw: Any = row.raw
        try:
            if raw is None:
                raw = json.loads(row.payload)
            update = Update.de_json(raw, self.app.bot)
        except Exception:  # a type or field this library version does not know
            kind = kind_of(raw) if isinstance(raw, dict) else "unknown"
            log.warning("skipping update %d (%s): it does not parse", row.update_id, kind)
            self.settled.append(row.update_id)
            return
        key = order_key(update)
        # Only a row stored by an earlier run can have been settled already.
        task = asyncio.create_task(self._handle(row.update_id, update, self.tails.get(key),
                                                replayed=row.raw is None))
        self.tails[key] = task
        self.running.add(task)
        task.add_done_callback(partial(self._finished, key=key))

    def redraw_unshown(self) -> None:
        """Send again the screens a crash caught between saving and sending (recent ones)."""
        since = iso(self.clock.now() - REDRAW_WITHIN)
        users = unshown(self.db, since)
        if users:
            log.info("sending %d screens the last run saved but did not deliver", len(users))
        for user_id in users:
            task = asyncio.create_task(self._redraw(user_id, self.tails.get(user_id)))
            self.tails[user_id] = task
            self.running.add(task)
            task.add_done_callback(partial(self._finished, key=user_id))

    async def _redraw(self, user_id: int, before: asyncio.Task[None] | None) -> None:
        """One user's undelivered screen, in turn with their updates."""
        if before is not None:
            await asyncio.wait([before])
        async with self.slots:
            reply = await service_in(self.app).redraw(user_id)
            if reply is None:
                return
            try:
                await sender_in(self.app).send_reply(self.app.bot, user_id, reply)
            except TelegramError as err:
                log.warning("could not redraw a screen: %s", type(err).__name__)
                return
            mark_shown(self.db, user_id)

    def _finished(self, task: asyncio.Task[None], key: int | str) -> None:
        """Forget a finished task (and its user's tail, if it was the last one)."""
        self.running.discard(task)
        if self.tails.get(key) is task:
            del self.tails[key]

    async def _handle(self, update_id: int, update: Update,
                      before: asyncio.Task[None] | None, replayed: bool) -> None:
        """Wait for the user's previous update, take a slot, run the handlers, settle."""
        if before is not None:
            await asyncio.wait([before])  # its outcome is its own; only the order matters
        async with self.slots:
            if replayed and inbox.is_done(self.db, update_id):
                return  # settled together with its effects before a crash: not again
            handling = current.Handling(update_id, db=self.db)
            current.CURRENT.set(handling)
            await self.app.process_update(update)
            chat, user = update.effective_chat, update.effective_user
            if not handling.failed and user is not None and chat is not None \
                    and chat.type == "private":
                try:
                    mark_shown(self.db, user.id)
                except sqlite3.Error as err:  # the screen is sent again with the next message
                    log.warning("cannot note a screen as delivered (%s)", err)
            self.settled.append(update_id)
            self.handled += 1
            if len(self.running) <= 1:  # quiet now: settle without waiting for the next poll
                self.flush()

    def flush(self) -> None:
        """Settle handled updates in one transaction (those with a dialogue already are);
        when the database cannot be written they wait for the next flush."""
        if self.settled:
            ids, self.settled = self.settled, []
            try:
                inbox.settle(self.db, ids)
            except sqlite3.Error as err:
                log.warning("cannot settle %d handled updates yet (%s)", len(ids), err)
                self.settled = ids + self.settled

    async def drain(self, timeout: float) -> None:
        """On stop: let updates being handled finish (up to `timeout`), then settle them."""
        if self.running:
            _done, pending = await asyncio.wait(set(self.running), timeout=timeout)
            for task in pending:
                task.cancel()
        self.flush()

