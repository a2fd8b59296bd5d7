"""Build the PTB Application and run it with long polling."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import ssl
from concurrent.futures import Future
from contextlib import suppress
from datetime import timedelta
from functools import partial

from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationBuilder
from telegram.request import BaseRequest, HTTPXRequest

from bot.config import Settings
from bot.dialogue.service import DialogueService
from bot.ops.heartbeat import ALIVE_EVERY, AliveWriter, keep_alive
from bot.ops.liveness import Liveness
from bot.startup import in_background, started
from bot.storage.checkpoint import EVERY
from bot.storage.conversation_log import mark_delivered
from bot.storage.database import BUSY_TIMEOUT
from bot.telegram.background import add_background, start_background, stop_background
from bot.telegram.card_and_menus import publish_commands
from bot.telegram.context import CONTEXT_TYPES, install, sender_in, service_in, settings_in
from bot.telegram.dialogue.handlers import add_dialogue_handlers
from bot.telegram.errors import install_redaction, on_error
from bot.telegram.groups.handlers import add_group_handlers
from bot.telegram.handover.handlers import add_handover_handlers
from bot.telegram.operators.handlers import add_operator_handlers
from bot.telegram.polling import BACKOFF, LONG_POLL, Poller, TokenRejected
from bot.telegram.rate_limit import RateLimiter
from bot.telegram.ratings.handlers import add_rating_handlers
from bot.telegram.reminders.handlers import add_reminders
from bot.telegram.send import Sender, retry_seconds
from bot.telegram.tls import tls_context
from flows.understanding import compile_facts, warm_up

log = logging.getLogger("refundbot")


async def on_start(app: Application) -> None:
    """Once connected: start the loops (the menus follow the first poll)."""
    await start_background(app)
    log.info("bot @%s is up", app.bot.username)


async def publish_when_polling(app: Application, polled: asyncio.Event) -> None:
    """Publish the card and menus once the first poll succeeded: buyers need not wait for
    them, and each call is retried as before."""
    await polled.wait()
    try:
        await publish_commands(app.bot, sender_in(app), settings_in(app).operators)
    except TelegramError as err:  # as at start-up before: the bot runs on without them
        log.warning("card and menus not published (%s); the bot runs on", type(err).__name__)


async def compile_when_polling(polled: asyncio.Event) -> None:
    """Compile the fact extractors once the first poll succeeded: about 1.4 s of CPU (the tables
    and their prefilter cues) the start need not wait for (a message that comes first compiles
    what it needs in its own worker thread)."""
    await polled.wait()
    # A daemon thread, not the default executor: a stop during the compile need not wait for
    # it to finish (the executor's threads are joined at exit); it is pure CPU, nothing to undo.
    await asyncio.wrap_future(in_background(compile_facts, "fact patterns"))


async def on_stop(app: Application) -> None:
    """Stop background loops before the database closes."""
    await stop_background(app)


async def on_shutdown(app: Application) -> None:
    """Close the database last, after the final update has been handled."""
    service_in(app).db.conn.close()
    log.info("stopped cleanly")


CALLS_POOL = 256  # PTB's own sizes: calls in parallel, and the one long poll
POLL_POOL = 1


def connections(tls: ssl.SSLContext) -> tuple[HTTPXRequest, HTTPXRequest]:
    """PTB's two connection pools (the calls, the long poll) as its builder makes them, but
    sharing one TLS context: each loaded the CA certificates again (~20 ms of start-up CPU)."""
    verify = {"verify": tls}
    return (HTTPXRequest(connection_pool_size=CALLS_POOL, httpx_kwargs=verify),
            HTTPXRequest(connection_pool_size=POLL_POOL, httpx_kwargs=verify))


def build_application(
    settings: Settings, service: DialogueService, request: BaseRequest | None = None,
    limiter: RateLimiter | None = None, tls: ssl.SSLContext | None = None,
) -> Application:
    """The Application with every handler; `request` replaces the network in tests,
    `limiter` is the process's send-rate budget (None: none) and `tls` the TLS context
    made at start (None: made now)."""
    assert settings.token is not None
    builder = (
        ApplicationBuilder()
        .token(settings.token.get_secret_value())
        .context_types(CONTEXT_TYPES)
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
    )
    calls, long_poll = ((request, request) if request is not None
                        else connections(tls or tls_context()))
    builder = builder.request(calls).get_updates_request(long_poll)
    app = builder.build()
    install(app, service, settings,
            Sender(limiter, delivered=partial(mark_delivered, service.db)))
    # Feature handlers come first (group -1) and stop further handling when they act.
    add_rating_handlers(app)
    add_handover_handlers(app)
    add_operator_handlers(app)
    add_group_handlers(app)
    add_reminders(app)
    add_dialogue_handlers(app)
    app.add_error_handler(on_error)
    # Tests shorten the routine checkpoint; not a setting for production.
    every = float(os.environ.get("REFUNDBOT_CHECKPOINT_EVERY", EVERY))
    add_background(app, "checkpoint", lambda _app: service.checkpoints.run(every=every))
    return app


QUIET_LOGGERS = ("transitions", "httpx", "httpcore", "telegram", "apscheduler")
STOP_GRACE = 10.0  # seconds the updates being handled get to finish on SIGTERM


def quiet_libraries() -> None:
    """Library loggers at WARNING: per-event INFO lines cost CPU (and httpx's URLs hold the
    token)."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


async def connect(app: Application, liveness: Liveness, stop: asyncio.Event) -> bool:
    """Initialize (getMe) until Telegram answers; network errors and 5xx are waited out with
    the poller's back-off, one log line per try. False if stopped while waiting; raises
    TokenRejected."""
    tries = 0
    while True:
        try:
            await app.initialize()
            return True
        except InvalidToken as err:
            raise TokenRejected from err
        except RetryAfter as err:
            wait, why = retry_seconds(err), "Telegram asks to retry later"
        except NetworkError as err:  # no connection, a timeout, a 5xx
            wait, why = BACKOFF[min(tries, len(BACKOFF) - 1)], f"{type(err).__name__}: {err}"
        tries += 1
        started()  # an outage may last: start-up's pause of the collector ends here
        log.warning("cannot reach Telegram at start-up (%s); try %d, next in %.1f s",
                    why, tries, wait)
        liveness.waiting(wait, f"waiting for Telegram ({why})")
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), wait)
        if stop.is_set():
            return False


async def serve(settings: Settings, service: DialogueService, loading: Future[None],
                tls: Future[ssl.SSLContext] | None = None) -> None:
    """Connect, then poll and handle updates until SIGINT/SIGTERM; raises TokenRejected.
    `loading` is the model loading in a thread: polling starts once it is done; `tls` the
    TLS context being made in another."""
    # Telegram's ~30 messages/s. A benchmark of the bot's own capacity sets 0 (no budget);
    # read here, not in Settings, because it is not a knob for production.
    rate = int(os.environ.get("REFUNDBOT_SEND_RATE", "30"))
    app = build_application(settings, service, limiter=RateLimiter(rate) if rate > 0 else None,
                            tls=tls.result() if tls is not None else None)
    liveness = Liveness(float(settings.health_window))
    every = min(ALIVE_EVERY, settings.health_window / 6)
    writer = AliveWriter(settings.db_path, timedelta(seconds=3 * every), BUSY_TIMEOUT)
    alive = asyncio.create_task(keep_alive(writer, service.clock.now, every), name="alive")
    stop = asyncio.Event()

    def stopping() -> None:
        """SIGINT/SIGTERM: tell systemd, then stop."""
        liveness.stopping()
        stop.set()

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping)
    model = asyncio.wrap_future(loading)  # loading while Telegram is reached, not after
    try:
        if await connect(app, liveness, stop):
            await poll_until_stopped(app, service, liveness, stop, model)
    finally:
        with suppress(Exception):  # its error, if any, was raised by poll_until_stopped
            await model
        alive.cancel()
        with suppress(asyncio.CancelledError):
            await alive
        await app.shutdown()
        await on_shutdown(app)


async def poll_until_stopped(app: Application, service: DialogueService, liveness: Liveness,
                             stop: asyncio.Event, model: asyncio.Future[None]) -> None:
    """Start the features, poll until `stop`, then let the updates in hand finish.

    `model` is the model loading in a worker thread: the poller starts once it is done; the
    card and menus are published in the background once the first poll succeeded, so they
    never hold it up."""
    await on_start(app)
    # Loaded before the first poll: every handler can rely on it. (Letting messages wait for it
    # behind a catch-all handler instead let reminder-button answers come twice after a kill,
    # tests/test_crash_every_handler.py.)
    await model
    started()
    await app.start()
    # A parked long poll must end well inside the health window, or a quiet bot looks hung.
    timeout = max(1, min(LONG_POLL, int(liveness.window) // 3))
    poller = Poller(app, service.db, service.clock, liveness=liveness, timeout=timeout,
                    stale_after=timedelta(minutes=settings_in(app).stale_updates))
    liveness.guard()
    polling = asyncio.create_task(poller.run(), name="polling")
    publishing = asyncio.create_task(publish_when_polling(app, poller.polled),
                                     name="card and menus")
    compiling = asyncio.create_task(compile_when_polling(poller.polled), name="fact patterns")
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait([polling, stopping], return_when=asyncio.FIRST_COMPLETED)
    for task in (polling, stopping, publishing, compiling):
        task.cancel()
    with suppress(asyncio.CancelledError):
        await polling  # re-raises TokenRejected or a crash of the loop itself
    with suppress(asyncio.CancelledError):
        await publishing
    with suppress(asyncio.CancelledError):
        await compiling
    await poller.drain(STOP_GRACE)
    await app.stop()
    await on_stop(app)


def run_polling(settings: Settings, service: DialogueService,
                model: Future[None] | None = None,
                tls: Future[ssl.SSLContext] | None = None) -> None:
    """Run until SIGINT/SIGTERM; updates being handled finish first. Raises TokenRejected.
    `model`: the model already loading in a thread (else it starts loading now); `tls`: the
    TLS context being made in a thread (else it is made when the application is built)."""
    assert settings.token is not None
    install_redaction(settings.token.get_secret_value())
    quiet_libraries()
    log.info("starting long polling against %s", settings.api_url)
    asyncio.run(serve(settings, service,
                      model or in_background(partial(warm_up, facts=False), "model"), tls))
