"""The model loads in the background after start-up: a typed message waits for it, a button
press does not."""

from __future__ import annotations

import asyncio

from telegram.ext import Application

from bot.telegram.context import state_made
from bot.telegram.model_loading import ModelLoading
from tests.support.chat import Chat


async def _settle() -> None:
    """Let every task that can run, run (no real time passes)."""
    for _ in range(20):
        await asyncio.sleep(0)


def _loading(app: Application) -> asyncio.Event:
    """Pretend the model is still loading until the returned event is set."""
    loaded = asyncio.Event()

    async def loading() -> None:
        """The stand-in for the worker thread."""
        await loaded.wait()

    state_made(app, ModelLoading).task = asyncio.create_task(loading())
    return loaded


async def test_a_typed_message_waits_for_the_model_then_gets_its_answer(
        app: Application, chat: Chat) -> None:
    await chat.send("/start")
    shown = len(chat.texts())
    loaded = _loading(app)
    typing = asyncio.create_task(chat.send("my parcel never arrived"))
    await _settle()
    assert not typing.done() and len(chat.texts()) == shown, "answered before the model loaded"
    loaded.set()
    await typing
    assert len(chat.texts()) > shown


async def test_a_button_press_does_not_wait_for_the_model(app: Application, chat: Chat) -> None:
    await chat.send("/start")
    loaded = _loading(app)
    await chat.click("Cancel a paid order")
    assert chat.last_text().startswith("What status does the order show?")
    loaded.set()
