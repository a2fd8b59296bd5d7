"""The typed context every handler gets: the dialogue service, its database and clock, and
the settings, as properties instead of string keys into `bot_data`.

Registered with `ApplicationBuilder().context_types(CONTEXT_TYPES)`. Handlers never index
`bot_data`: the shared dependencies go in with `install`, a feature's per-process state
(such as the groups' rate limits) with `install_state`, found again by its type. Code that
holds the Application rather than a context (start-up, background loops) uses `service_in`,
`settings_in` and `sender_in`.
"""

from __future__ import annotations

from typing import Any, TypeVar

import sqlite_utils
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.dialogue.service import DialogueService
from bot.telegram.send import Sender

S = TypeVar("S")
SERVICE, SETTINGS, SENDER = "service", "settings", "sender"


def service_in(app: Application[Any, Any, Any, Any, Any, Any]) -> DialogueService:
    """The dialogue service the application was built with."""
    service: DialogueService = app.bot_data[SERVICE]
    return service


def settings_in(app: Application[Any, Any, Any, Any, Any, Any]) -> Settings:
    """The settings the application was built with."""
    settings: Settings = app.bot_data[SETTINGS]
    return settings


def sender_in(app: Application[Any, Any, Any, Any, Any, Any]) -> Sender:
    """The application's one Sender: retries and the process's send-rate budget."""
    sender: Sender = app.bot_data[SENDER]
    return sender


def state_in(app: Application[Any, Any, Any, Any, Any, Any], kind: type[S]) -> S:
    """The per-process state of this type a feature installed with `install_state`."""
    value = app.bot_data[kind]
    assert isinstance(value, kind), f"no {kind.__name__} installed"
    return value


def state_made(app: Application[Any, Any, Any, Any, Any, Any], kind: type[S]) -> S:
    """A feature's per-process state of this type, made and installed on first use."""
    if kind not in app.bot_data:
        install_state(app, kind())
    return state_in(app, kind)


def install(app: Application[Any, Any, Any, Any, Any, Any], service: DialogueService,
            settings: Settings, sender: Sender) -> None:
    """Give the application its dependencies (once, while it is built)."""
    app.bot_data[SERVICE] = service
    app.bot_data[SETTINGS] = settings
    app.bot_data[SENDER] = sender


def install_state(app: Application[Any, Any, Any, Any, Any, Any], value: object) -> None:
    """Keep one feature's per-process state, found again by its type."""
    app.bot_data[type(value)] = value


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's callback context with the bot's dependencies as typed properties."""

    @property
    def service(self) -> DialogueService:
        """The dialogue service: handle an Incoming, the user's language."""
        return service_in(self.application)

    @property
    def db(self) -> sqlite_utils.Database:
        """The SQLite database (the service's)."""
        return self.service.db

    @property
    def clock(self) -> Clock:
        """The clock (a fake one in tests)."""
        return self.service.clock

    @property
    def sender(self) -> Sender:
        """Sends, edits and press answers, retried and within the send-rate budget."""
        return sender_in(self.application)

    @property
    def settings(self) -> Settings:
        """The bot's settings (operators, retention, API URL)."""
        return settings_in(self.application)

    def state(self, kind: type[S]) -> S:
        """A feature's per-process state, by its type (see `install_state`)."""
        return state_in(self.application, kind)


CONTEXT_TYPES = ContextTypes(context=BotContext)
