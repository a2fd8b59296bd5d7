"""The poller's heartbeat inside the process: what systemd hears, and the exit on a stall."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.ops.heartbeat import AliveWriter, keep_alive
from bot.ops.liveness import Liveness
from bot.ops.sd_notify import notify


class Ticks:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        """The current fake monotonic time."""
        return self.now


def test_the_first_poll_says_ready_then_each_one_feeds_the_watchdog() -> None:
    said: list[tuple[str, ...]] = []
    life = Liveness(90, notifier=lambda *fields: said.append(fields) or True)
    life.polled()
    life.polled()
    life.waiting(4.0, "waiting for Telegram (NetworkError)")
    life.stopping()
    assert said == [("READY=1", "STATUS=polling Telegram"), ("WATCHDOG=1",), ("WATCHDOG=1",),
                    ("EXTEND_TIMEOUT_USEC=64000000",
                     "STATUS=waiting for Telegram (NetworkError)"),
                    ("STOPPING=1",)]


def test_a_stall_counts_only_after_the_first_poll_and_past_the_window() -> None:
    ticks = Ticks()
    life = Liveness(90, monotonic=ticks, notifier=lambda *fields: True)
    ticks.now += 500
    assert life.stalled_for() is None, "start-up has its own limits (systemd's start timeout)"
    life.polled()
    ticks.now += 90
    assert life.stalled_for() is None
    ticks.now += 1
    assert life.stalled_for() == 91


def test_the_guard_thread_acts_on_a_stall_without_the_event_loop() -> None:
    ticks = Ticks()
    life = Liveness(3, monotonic=ticks, notifier=lambda *fields: True)
    life.polled()
    acted = threading.Event()
    ages: list[float] = []
    life.guard(lambda age: (ages.append(age), acted.set()))
    ticks.now += 4
    assert acted.wait(timeout=10), "the guard did not act on a 4 s stall (window 3 s)"
    assert ages == [4]
    life.stopping()


@pytest.mark.parametrize("abstract", [False, True])
def test_notify_sends_a_datagram_to_the_socket_systemd_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, abstract: bool) -> None:
    name = f"@refundbot-test-{os.getpid()}" if abstract else str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as manager:
        manager.bind("\0" + name[1:] if abstract else name)
        manager.settimeout(10)
        monkeypatch.setenv("NOTIFY_SOCKET", name)
        assert notify("READY=1", "STATUS=polling Telegram")
        assert manager.recv(4096) == b"READY=1\nSTATUS=polling Telegram"


def test_without_a_service_manager_notify_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert notify("READY=1") is False


class HeldWrite(AliveWriter):
    """An alive writer whose write waits in its thread until released, noting what happened."""

    def __init__(self) -> None:
        super().__init__(Path("unused.sqlite3"), timedelta(seconds=15), busy_timeout=1.0)
        self.entered, self.release = threading.Event(), threading.Event()
        self.happened: list[str] = []

    def write(self, now: datetime) -> None:
        """Wait for the release, as a write held by a locked database would."""
        self.entered.set()
        self.release.wait()
        self.happened.append("write")

    def close(self) -> None:
        """Note the close."""
        self.happened.append("close")


async def test_a_stop_during_a_write_closes_the_connection_only_after_it() -> None:
    # closing the connection under a running write crashed the bot at stop (SIGSEGV)
    writer = HeldWrite()
    beating = asyncio.create_task(keep_alive(writer, lambda: datetime(2026, 3, 10), every=60))
    await asyncio.to_thread(writer.entered.wait)
    beating.cancel()
    for _ in range(10):  # let the cancelled task run as far as it can without the write
        await asyncio.sleep(0)
    assert writer.happened == []
    writer.release.set()
    with contextlib.suppress(asyncio.CancelledError):
        await beating
    assert writer.happened == ["write", "close"]
