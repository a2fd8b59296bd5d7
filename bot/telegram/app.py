"""Build the PTB Application and run it with long polling."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from contextlib import suppress

from telegram.error import InvalidToken
from telegram.ext import Application, ApplicationBuilder
from telegram.request import BaseRequest

from bot.config import Settings
from bot.dialogue.service import DialogueService
from bot.reminders.limiter import RateLimiter, install_shared
from bot.telegram.background import start_background, stop_background
from bot.telegram.card_and_menus import publish_commands
from bot.telegram.context import CONTEXT_TYPES, install, service_in, settings_in
from bot.telegram.dialogue.handlers import add_dialogue_handlers
from bot.telegram.errors import install_redaction, on_error
from bot.telegram.groups.handlers import add_group_handlers
from bot.telegram.handover.handlers import add_handover_handlers
from bot.telegram.operators.handlers import add_operator_handlers
from bot.telegram.polling import Poller, TokenRejected
from bot.telegram.ratings.handlers import add_rating_handlers
from bot.telegram.reminders.handlers import add_reminders
from flows.understanding import warm_up

log = logging.getLogger("refundbot")


async def _post_init(app: Application) -> None:
    """Once connected: train the understanding, publish the card and menus, start loops."""
    # Trained before the first update, so no buyer waits seconds for the first typed message.
    await asyncio.to_thread(warm_up)
    await publish_commands(app.bot, settings_in(app).operators)
    await start_background(app)
    log.info("bot @%s is up", app.bot.username)


async def _post_stop(app: Application) -> None:
    """Stop background loops before the database closes."""
    await stop_background(app)


async def _post_shutdown(app: Application) -> None:
    """Close the database last, after the final update has been handled."""
    service_in(app).db.conn.close()
    log.info("stopped cleanly")


def build_application(
    settings: Settings, service: DialogueService, request: BaseRequest | None = None
) -> Application:
    """The Application with every handler; `request` replaces the network in tests."""
    assert settings.token is not None
    builder = (
        ApplicationBuilder()
        .token(settings.token.get_secret_value())
        .context_types(CONTEXT_TYPES)
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app = builder.build()
    install(app, service, settings)
    # Feature handlers come first (group -1) and stop further handling when they act.
    add_rating_handlers(app)
    add_handover_handlers(app)
    add_operator_handlers(app)
    add_group_handlers(app)
    add_reminders(app)
    add_dialogue_handlers(app)
    app.add_error_handler(on_error)
    return app


QUIET_LOGGERS = ("transitions", "httpx", "httpcore", "telegram", "apscheduler")
STOP_GRACE = 10.0  # seconds the updates being handled get to finish on SIGTERM


def quiet_libraries() -> None:
    """Library loggers at WARNING: per-event INFO lines cost CPU (and httpx's URLs hold the
    token)."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


async def serve(settings: Settings, service: DialogueService) -> None:
    """Connect, then poll and handle updates until SIGINT/SIGTERM; raises TokenRejected."""
    app = build_application(settings, service)
    # Telegram's ~30 messages/s. A benchmark of the bot's own capacity sets 0 (no budget);
    # read here, not in Settings, because it is not a knob for production.
    rate = int(os.environ.get("REFUNDBOT_SEND_RATE", "30"))
    install_shared(RateLimiter(rate) if rate > 0 else None)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await app.initialize()
    except InvalidToken as err:
        raise TokenRejected from err
    try:
        await _post_init(app)
        await app.start()
        poller = Poller(app, service.db, service.clock)
        polling = asyncio.create_task(poller.run(), name="polling")
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait([polling, stopping], return_when=asyncio.FIRST_COMPLETED)
        polling.cancel()
        stopping.cancel()
        with suppress(asyncio.CancelledError):
            await polling  # re-raises TokenRejected or a crash of the loop itself
        await poller.drain(STOP_GRACE)
        await app.stop()
        await _post_stop(app)
    finally:
        await app.shutdown()
        await _post_shutdown(app)
        install_shared(None)


def run_polling(settings: Settings, service: DialogueService) -> None:
    """Run until SIGINT/SIGTERM; updates being handled finish first. Raises TokenRejected."""
    assert settings.token is not None
    install_redaction(settings.token.get_secret_value())
    quiet_libraries()
    log.info("starting long polling against %s", settings.api_url)
    asyncio.run(serve(settings, service))
