"""The understanding's model, loaded in a worker thread before the first poll, so the event
loop keeps answering Telegram and signals meanwhile and no handler ever loads it half-way."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from telegram.ext import Application

from bot.telegram.context import state_made
from flows.understanding import warm_up


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
