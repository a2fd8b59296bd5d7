"""Shared fixtures: a fake clock, a real SQLite file, the emulator and a real PTB Application."""

from __future__ import annotations

import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import sqlite_utils
from telegram.ext import Application

from bot.config import Settings
from bot.dialogue.assembly import build_service
from bot.dialogue.service import DialogueService
from bot.storage import open_database
from bot.telegram.app import build_application
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.clock import FakeClock
from tests.support.group import Group
from tests.support.offline import OfflineRequest
from tests.support.orders import record_plans

TOKEN = "123456789:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
SLOW_TIERS = ("process", "wheel", "browser")  # pyproject.toml's markers; `make check` skips them


@pytest.fixture(autouse=True)
def processes_only_in_the_slow_tiers(request: pytest.FixtureRequest,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail a test that starts a process without a slow-tier marker, so `make check` stays fast."""
    if any(request.node.get_closest_marker(tier) for tier in SLOW_TIERS):
        return

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError(f"{request.node.nodeid} starts a process: mark it with one of "
                             f"{SLOW_TIERS} (pyproject.toml)")

    monkeypatch.setattr(subprocess.Popen, "_execute_child", refuse)


@pytest.fixture
def clock() -> FakeClock:
    """Time that moves only when a test says so."""
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh SQLite file per test."""
    return tmp_path / "refundbot.sqlite3"


@pytest.fixture
def db(db_path: Path) -> sqlite_utils.Database:
    """The migrated database."""
    return open_database(db_path)


@pytest.fixture
def service(db: sqlite_utils.Database, clock: FakeClock) -> DialogueService:
    """The dialogue service over the test database."""
    return build_service(db, clock)


@pytest.fixture
def emulator() -> BotApiEmulator:
    """An in-process Telegram (not listening; the offline request calls it directly)."""
    return BotApiEmulator(TOKEN)


@pytest.fixture
def live_emulator() -> Iterator[BotApiEmulator]:
    """The emulator listening on 127.0.0.1, for tests that run the real bot process."""
    with BotApiEmulator(TOKEN) as emulator:
        yield emulator


@pytest.fixture
def settings(db_path: Path) -> Settings:
    """Settings as the tests' bot would read them."""
    return Settings(TELEGRAM_BOT_TOKEN=TOKEN, REFUNDBOT_DB=db_path, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
async def app(
    settings: Settings, service: DialogueService, emulator: BotApiEmulator
) -> AsyncIterator[Application]:
    """A real, initialised PTB Application whose network is the emulator."""
    application = build_application(settings, service, OfflineRequest(emulator))
    await application.initialize()
    yield application
    await application.shutdown()


@pytest.fixture
def chat_with(app: Application, emulator: BotApiEmulator) -> Callable[..., Chat]:
    """Make a Chat for a user: `chat_with(user_id=7, language_code="ru")`."""
    return lambda **kw: Chat(app, emulator, **kw)


@pytest.fixture
def chat(chat_with: Callable[..., Chat]) -> Chat:
    """The default English-speaking user."""
    return chat_with()


@pytest.fixture
def ru(chat_with: Callable[..., Chat]) -> Chat:
    """A Russian-speaking user."""
    return chat_with(user_id=2002, language_code="ru")


@pytest.fixture
def plan_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """plan_reminders replaced by a recorder of (order id, inside a transaction?)."""
    return record_plans(monkeypatch)


@pytest.fixture
def group_with(app: Application, emulator: BotApiEmulator) -> Callable[..., Group]:
    """Make a group the bot can be added to: `group_with(chat_id=-100..., forum=True)`."""
    return lambda **kw: Group(app, emulator, **kw)


@pytest.fixture
def group(group_with: Callable[..., Group]) -> Group:
    """A supergroup of AliExpress buyers (the bot is not in it yet)."""
    return group_with()
