"""The real `refundbot run` process through what production throws at it: Telegram down at
start, polls that stop succeeding, a database another process holds locked, a disk that fills
up, a read-only or full disk at start; systemd's notify protocol; health in each case.

Windows are shortened through REFUNDBOT_HEALTH_WINDOW so no test waits long; every wait is
bounded and ends on an event (a log line, an API call, the process exiting)."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.exit_codes import STALLED, STORAGE
from emulator.botapi import BotApiEmulator
from emulator.process import bot_process, stop
from tests.conftest import TOKEN

pytestmark = pytest.mark.process

MENU = "What happened with your order?"


class Lines:
    """The process's stderr, read by a thread, so a test can wait for a line."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stderr is not None
        self.lines: list[str] = []
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._read, args=(proc.stderr,), daemon=True)
        self.thread.start()

    def _read(self, stream: object) -> None:
        """Collect lines until the pipe closes."""
        for line in stream:  # type: ignore[attr-defined]
            with self.cond:
                self.lines.append(line)
                self.cond.notify_all()

    def count(self, text: str) -> int:
        """How many lines so far contain `text`."""
        with self.cond:
            return sum(text in line for line in self.lines)

    def wait_for(self, text: str, times: int = 1, timeout: float = 30.0) -> None:
        """Block until `times` lines contain `text` (fail after `timeout`)."""
        with self.cond:
            if not self.cond.wait_for(lambda: self.count(text) >= times, timeout):
                pytest.fail(f"no {times} x {text!r} within {timeout} s:\n" + "".join(self.lines))

    def text(self) -> str:
        """Everything read so far."""
        with self.cond:
            return "".join(self.lines)


def health(db_path: Path) -> subprocess.CompletedProcess[str]:
    """`refundbot health` from outside, as a HEALTHCHECK runs it."""
    env = {**os.environ, "REFUNDBOT_DB": str(db_path)}
    return subprocess.run([sys.executable, "-m", "bot", "health"], env=env, cwd=db_path.parent,
                          capture_output=True, text=True, timeout=60)


def health_becomes(db_path: Path, prefix: str, timeout: float = 20.0) -> str:
    """Ask health until its line starts with `prefix` (bounded); return the last line."""
    line = ""
    done = threading.Event()
    for _attempt in range(int(timeout * 2)):
        line = health(db_path).stdout.strip()
        if line.startswith(prefix):
            return line
        done.wait(0.5)
    pytest.fail(f"health never said {prefix!r}; last: {line}")


def assert_no_crash(output: str) -> None:
    """Nothing failed unhandled, and the poll loop met the trouble without a traceback (the
    reminder loop logs its own retries with one)."""
    assert "never retrieved" not in output and 'polling.py", line' not in output, output
    reminders = output.count("reminder dispatch failed") + output.count("reminder delivery failed")
    assert output.count("Traceback (most recent call last)") <= reminders, output


def free_port() -> int:
    """A local TCP port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live() -> Iterator[BotApiEmulator]:
    """The emulator listening on 127.0.0.1."""
    with BotApiEmulator(TOKEN) as emulator:
        yield emulator


def test_a_start_while_telegram_is_down_waits_it_out(tmp_path: Path) -> None:
    port = free_port()
    emulator = BotApiEmulator(TOKEN, port=port)  # not started yet: the bot finds nobody
    db_path = tmp_path / "bot.sqlite3"
    with bot_process(emulator, db_path) as proc:
        lines = Lines(proc)
        lines.wait_for("cannot reach Telegram at start-up", times=2)
        assert health(db_path).stdout.startswith("starting: ")
        # Then a 5xx, as a proxy gives, and a 429; in this order, as the back-off after a
        # 5xx grows with the tries before it (4-8 s as the third or fourth, 2-4 s as the second).
        emulator.fail_next("getMe", 502, "Bad Gateway")
        emulator.fail_next("getMe", 429, "Too Many Requests: retry after 1")
        with emulator:
            emulator.wait_until_polling(timeout=30)
            assert proc.poll() is None, "the bot came up in the same process, no restart"
            emulator.user_sends(7, "/start")
            emulator.wait_for(lambda c: c.ok and c.method == "sendMessage"
                              and c.params.get("chat_id") == 7, timeout=30)
            assert health(db_path).stdout.startswith("healthy: ")
            stop(proc)
    assert proc.returncode == 0
    output = lines.text()
    assert "Bad Gateway" in output and "retry later" in output
    assert "Traceback" not in output and TOKEN not in output
    tries = [line for line in output.splitlines() if "cannot reach Telegram" in line]
    assert all(f"try {n}," in line for n, line in enumerate(tries, 1)), "one line per try"


def test_a_stop_while_waiting_for_telegram_is_clean_and_quick(tmp_path: Path) -> None:
    emulator = BotApiEmulator(TOKEN, port=free_port())  # never started
    with bot_process(emulator, tmp_path / "bot.sqlite3") as proc:
        lines = Lines(proc)
        lines.wait_for("cannot reach Telegram at start-up")
        stop(proc)  # SIGTERM; stop() kills it if it takes 15 s
    assert proc.returncode == 0
    lines.wait_for("stopped cleanly", timeout=10)


def test_a_bot_whose_polls_stop_succeeding_exits_4(live: BotApiEmulator,
                                                  tmp_path: Path) -> None:
    db_path = tmp_path / "bot.sqlite3"
    with bot_process(live, db_path, REFUNDBOT_HEALTH_WINDOW="3") as proc:
        lines = Lines(proc)
        live.wait_until_polling(timeout=30)
        assert health(db_path).stdout.startswith("healthy: ")
        live.fail_next("getUpdates", 502, "Bad Gateway", times=10_000)  # from now on
        assert proc.wait(timeout=30) == STALLED
    assert "no successful poll of Telegram for" in lines.text()
    assert "not running" in health(db_path).stdout


@contextmanager
def held_lock(db_path: Path) -> Iterator[None]:
    """Another process's writer holding the database (BEGIN IMMEDIATE) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()",
         str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "held"
    try:
        yield
    finally:
        holder.stdin.close()  # its read ends, it exits, the lock goes
        holder.wait(timeout=30)
        holder.stdout.close()


def test_a_writer_holding_the_database_costs_no_update(live: BotApiEmulator,
                                                       tmp_path: Path) -> None:
    db_path = tmp_path / "bot.sqlite3"
    # A sixth of production's times: window 15 s (90 s), so a long poll lasts 5 s and the
    # alive beat (every 2.5 s) may be 7.5 s old; the lock is held until health has said so,
    # about 10 s, which stands for a 60 s lock in production (window 30 cost 10 s more).
    with bot_process(live, db_path, REFUNDBOT_HEALTH_WINDOW="15") as proc:
        lines = Lines(proc)
        live.wait_until_polling(timeout=30)
        with held_lock(db_path):
            live.user_sends(7, "/start")
            lines.wait_for("database is locked", timeout=20)
            assert health_becomes(db_path, "unhealthy: the bot has not written its database")
            assert proc.poll() is None
        live.wait_for(lambda c: c.ok and c.method == "sendMessage"
                      and c.params.get("chat_id") == 7, timeout=30)
        health_becomes(db_path, "healthy: ")
        assert proc.poll() is None, "waited out without a restart"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM inbox").fetchone()[0] == 1
    assert_no_crash(lines.text())


def can_mount() -> str | None:
    """Why a small tmpfs cannot be mounted here, or None."""
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB tmpfs (skip outside CI when it cannot be mounted; fail in CI)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    reason = can_mount()
    done = None if reason else subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", str(mount_point)],
        capture_output=True, text=True)
    if done is None or done.returncode != 0:
        why = reason or f"mount failed: {done.stderr.strip() if done else ''}"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the disk is full; return it (remove it to free the space)."""
    filler = disk / "filler"
    # Unbuffered: a buffered file kept the last unwritten block and raised ENOSPC again on close.
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def test_a_disk_filling_mid_run_costs_no_update(live: BotApiEmulator, small_disk: Path) -> None:
    db_path = small_disk / "bot.sqlite3"
    with bot_process(live, db_path, REFUNDBOT_HEALTH_WINDOW="30") as proc:
        lines = Lines(proc)
        live.wait_until_polling(timeout=30)
        live.user_sends(7, "/start")
        live.wait_for_text(7, MENU, timeout=30)
        filler = fill(small_disk)
        mark = live.mark()
        live.user_sends(7, "/help")
        lines.wait_for("database or disk is full", timeout=20)
        line = health(db_path).stdout
        assert line.startswith("unhealthy: the disk holding") and "is full" in line, line
        assert proc.poll() is None
        filler.unlink()
        live.wait_for(lambda c: c.ok and c.method == "sendMessage"
                      and c.params.get("chat_id") == 7, timeout=30, since=mark)
        health_becomes(db_path, "healthy: ")
        assert proc.poll() is None, "waited out without a restart"
    assert_no_crash(lines.text())


def run_once(db_path: Path, emulator_url: str) -> subprocess.CompletedProcess[str]:
    """`refundbot run` that is expected to stop by itself."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator_url,
           "REFUNDBOT_DB": str(db_path)}
    return subprocess.run([sys.executable, "-m", "bot", "run"], env=env, cwd=db_path.parent,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def used_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database a bot has used (started, polled, stopped cleanly), made once per module: the
    start-up tests copy it rather than each running and stopping a bot first."""
    db_path = tmp_path_factory.mktemp("used") / "bot.sqlite3"
    with BotApiEmulator(TOKEN) as emulator, bot_process(emulator, db_path):
        emulator.wait_until_polling(timeout=30)
    return db_path


def copy_database(source: Path, folder: Path) -> Path:
    """The database file (and its -wal/-shm, if a stop left any) copied into `folder`."""
    for path in source.parent.glob(source.name + "*"):
        shutil.copyfile(path, folder / path.name)
    return folder / source.name


def test_a_locked_database_at_start_exits_with_a_code_that_restarts(
        live: BotApiEmulator, used_database: Path, tmp_path: Path) -> None:
    db_path = copy_database(used_database, tmp_path)
    with held_lock(db_path):
        done = run_once(db_path, live.url)
    assert done.returncode == STORAGE
    assert done.stderr.strip().splitlines() == [
        f"refundbot: cannot write the database {db_path}: another process holds the "
        "database locked (database is locked)"]


def test_a_full_or_read_only_disk_at_start_exits_with_a_code_that_restarts(
        live: BotApiEmulator, used_database: Path, small_disk: Path) -> None:
    db_path = copy_database(used_database, small_disk)
    filler = fill(small_disk)
    done = run_once(db_path, live.url)
    assert done.returncode == STORAGE, done.stderr
    assert "refundbot: cannot write the database" in done.stderr and "full" in done.stderr
    assert "Traceback" not in done.stderr
    filler.unlink()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    done = run_once(db_path, live.url)
    assert done.returncode == STORAGE, done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr


def test_systemd_hears_ready_watchdog_and_stopping(live: BotApiEmulator,
                                                   tmp_path: Path) -> None:
    address = str(tmp_path / "notify.sock")
    heard: list[list[str]] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as manager:
        manager.bind(address)
        manager.settimeout(30)

        def hear(field: str, times: int = 1) -> None:
            """Receive datagrams until `times` of them hold `field` (each recv within 30 s)."""
            while sum(field in message for message in heard) < times:
                heard.append(manager.recv(4096).decode().split("\n"))

        with bot_process(live, tmp_path / "bot.sqlite3", NOTIFY_SOCKET=address,
                         REFUNDBOT_HEALTH_WINDOW="6") as proc:
            hear("READY=1")
            assert live.calls_of("getUpdates"), "ready only once Telegram answered a poll"
            hear("WATCHDOG=1", times=3)  # one per successful poll (a poll lasts 2 s here)
            stop(proc)
            hear("STOPPING=1")
        assert proc.returncode == 0
    fields = [field for message in heard for field in message]
    assert fields.index("READY=1") < fields.index("WATCHDOG=1") < fields.index("STOPPING=1")
    assert fields.count("READY=1") == 1
