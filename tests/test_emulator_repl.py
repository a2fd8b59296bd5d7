"""Trying the bot by hand, as README says: the standalone emulator with a user typing into it
(`python -m emulator.repl`), and `refundbot run` started with the line it prints."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from emulator.botapi import STANDALONE_TOKEN, BotApiEmulator
from emulator.process import stop

ROOT = Path(__file__).resolve().parent.parent


class Lines:
    """A process's stdout, line by line, read with a timeout."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        assert proc.stdout is not None
        stream = proc.stdout
        threading.Thread(target=lambda: [self.lines.put(x) for x in stream], daemon=True).start()

    def until(self, pattern: str, timeout: float = 60) -> list[str]:
        """Lines up to and including the first one matching `pattern`."""
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"no line matching {pattern!r}; saw {seen}")
            seen.append(line.rstrip("\n"))
            if re.search(pattern, line):
                return seen


@pytest.fixture
def repl(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Lines]]:
    """`python -m emulator.repl --port 0`, you as user 1001 in English."""
    proc = subprocess.Popen([sys.executable, "-m", "emulator.repl", "--port", "0"], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        yield proc, Lines(proc)
    finally:
        stop(proc)


def test_the_standalone_token_is_one_the_bot_accepts() -> None:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=STANDALONE_TOKEN)  # type: ignore[call-arg]
    assert settings.token is not None
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"TELEGRAM_BOT_TOKEN={STANDALONE_TOKEN}" in readme
    assert "python -m emulator.repl" in readme


@pytest.mark.process
def test_typing_as_a_user_to_the_bot_started_as_the_repl_says(
        repl: tuple[subprocess.Popen[str], Lines], tmp_path: Path) -> None:
    proc, out = repl
    [hint] = [line for line in out.until(r"make run") if "make run" in line]
    settings = dict(re.findall(r"(TELEGRAM_\w+)=(\S+)", hint))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFUNDBOT_", "TELEGRAM_"))}
    bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=tmp_path, text=True,
                           env={**env, **settings, "REFUNDBOT_DB": str(tmp_path / "bot.sqlite3")},
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert proc.stdin is not None
        proc.stdin.write("/start\n")
        proc.stdin.flush()
        menu = out.until(r"^\s+\[\d+\] 📦")
        assert any("What happened with your order?" in line for line in menu)
        number = next(re.search(r"\[(\d+)\]", line)[1] for line in menu  # type: ignore[index]
                      if "📦" in line)
        proc.stdin.write(f"{number}\n")
        proc.stdin.flush()
        assert out.until(r"tracking")
        proc.stdin.write("/quit\n")
        proc.stdin.flush()
        assert proc.wait(timeout=30) == 0
    finally:
        stop(bot)


@pytest.mark.process
def test_the_bot_starts_and_stops_without_a_warning(tmp_path: Path) -> None:
    with BotApiEmulator(STANDALONE_TOKEN) as emulator:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("REFUNDBOT_", "TELEGRAM_", "PYTHONWARNINGS"))}
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=tmp_path, text=True,
                               env={**env, "TELEGRAM_API_URL": emulator.url,
                                    "TELEGRAM_BOT_TOKEN": emulator.token,
                                    "REFUNDBOT_DB": str(tmp_path / "bot.sqlite3")},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            emulator.wait_until_polling(timeout=60)
            emulator.user_sends(1001, "/start")
            emulator.wait_for_text(1001, "What happened with your order?", timeout=60)
            bot.send_signal(signal.SIGTERM)
            _out, err = bot.communicate(timeout=30)
        finally:
            stop(bot)
    assert bot.returncode == 0, err
    assert "stopped cleanly" in err
    assert "Warning" not in err and "warn" not in err.lower(), err
