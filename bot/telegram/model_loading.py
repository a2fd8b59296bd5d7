"""The understanding's model, loaded in a worker thread while the first long poll is parked.

Loading takes seconds (the scikit-learn import and both languages' weights), so it no longer
holds up the first poll; instead, a message that may be read by the model (text, a caption, a
photo) waits here until it is loaded, so no handler ever loads it half-way on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, TypeHandler

from bot.telegram.context import BotContext, state_made
from flows.understanding import warm_up

log = logging.getLogger("refundbot")

WAIT_GROUP = -100  # before every feature's handlers


@dataclass
class ModelLoading:
    """The loading task, once started."""

    task: asyncio.Task[None] | None = None


def start_loading(app: Application) -> asyncio.Task[None]:
    """Start loading the model in a worker thread; the task raises if a corpus is broken."""
    loading = state_made(app, ModelLoading)
    if loading.task is None:
        loading.task = asyncio.create_task(asyncio.to_thread(warm_up), name="model")
    return loading.task


async def model_loaded(app: Application) -> None:
    """Return once the model is loaded (at once when loading was never started, as in tests)."""
    task = state_made(app, ModelLoading).task
    if task is not None and not task.done():
        # Shielded: a handler cancelled at stop must not cancel the loading for the others.
        await asyncio.shield(task)


def may_need_model(update: Update) -> bool:
    """Whether handling this update may read a message with the model."""
    message = update.message or update.edited_message
    return message is not None and bool(message.text or message.caption or message.photo
                                        or message.document)


async def wait_for_model(update: object, context: BotContext) -> None:
    """Hold a message that may be understood until the model is loaded."""
    if isinstance(update, Update) and may_need_model(update):
        await model_loaded(context.application)


def add_model_wait(app: Application) -> None:
    """Make every update that may need the model wait for it first."""
    app.add_handler(TypeHandler(Update, wait_for_model, block=True), group=WAIT_GROUP)
