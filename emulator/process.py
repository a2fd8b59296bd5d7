"""Start the real `refundbot run` process against a local Bot API emulator."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from emulator.botapi import BotApiEmulator


@contextmanager
def bot_process(
    emulator: BotApiEmulator, db_path: Path, command: Sequence[str] | None = None, **env: str
) -> Iterator[subprocess.Popen[str]]:
    """Run the bot (`python -m bot run`, or `command`) until the block ends, then stop it
    with SIGTERM (or kill it if it hangs)."""
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": emulator.token,
        "TELEGRAM_API_URL": emulator.url,
        "REFUNDBOT_DB": str(db_path),
        **env,
    }
    proc = subprocess.Popen(
        list(command or [sys.executable, "-m", "bot", "run"]), env=environment, cwd=db_path.parent,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        yield proc
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[str]) -> None:
    """SIGTERM, as systemd would, kill it if it has not stopped within 15 s; close its pipes."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
