"""Long-running loops inside the bot process (reminder dispatch, log purge).

Features register a loop while the application is built; the loops start after
the bot is connected and are cancelled when it stops, so SIGTERM stays quick.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress

from telegram.ext import Application

Loop = Callable[[Application], Awaitable[None]]
log = logging.getLogger("refundbot.background")


def add_background(app: Application, name: str, loop: Loop) -> None:
    """Register a loop to run for as long as the application runs."""
    app.bot_data.setdefault("background", []).append((name, loop))


async def start_background(app: Application) -> None:
    """Start every registered loop (called from post_init)."""
    tasks = [asyncio.create_task(loop(app), name=name)
             for name, loop in app.bot_data.get("background", [])]
    app.bot_data["background_tasks"] = tasks
    for task in tasks:
        log.info("background loop %s started", task.get_name())


async def stop_background(app: Application) -> None:
    """Cancel the loops and wait for them to finish their current step."""
    tasks: list[asyncio.Task[None]] = app.bot_data.get("background_tasks", [])
    for task in tasks:
        task.cancel()
    for task in tasks:
        with suppress(asyncio.CancelledError):
            await task
