"""Long-running loops inside the bot process (reminder dispatch, log purge).

Features register a loop while the application is built; the loops start after
the bot is connected and are cancelled when it stops, so SIGTERM stays quick.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application

from bot.telegram.context import state_made

Loop = Callable[[Application], Coroutine[Any, Any, None]]
log = logging.getLogger("refundbot.background")


@dataclass
class Loops:
    """The loops features registered, and their tasks once started."""

    registered: list[tuple[str, Loop]] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


def add_background(app: Application, name: str, loop: Loop) -> None:
    """Register a loop to run for as long as the application runs."""
    state_made(app, Loops).registered.append((name, loop))


async def start_background(app: Application) -> None:
    """Start every registered loop (called from post_init)."""
    loops = state_made(app, Loops)
    loops.tasks = [asyncio.create_task(loop(app), name=name) for name, loop in loops.registered]
    for task in loops.tasks:
        log.info("background loop %s started", task.get_name())


async def stop_background(app: Application) -> None:
    """Cancel the loops and wait for them to finish their current step."""
    tasks = state_made(app, Loops).tasks
    for task in tasks:
        task.cancel()
    for task in tasks:
        with suppress(asyncio.CancelledError):
            await task
