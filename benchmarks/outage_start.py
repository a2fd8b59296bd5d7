"""Start-up through an outage: `refundbot run` launched while Telegram is down for 5 s.

The bot retries getMe with the poller's back-off (0.5, 1, 2, 4, 8 s ...) inside the same
process; this measures how long after Telegram comes back it polls, and the whole time from
launch to the first successful poll.

Run: `.venv/bin/python -m benchmarks outage` (also part of `make bench`).
"""

from __future__ import annotations

import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process

TOKEN = "123456789:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
DOWN = 5.0  # seconds Telegram is unreachable after the launch
RUNS = 3


def free_port() -> int:
    """A local TCP port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def measure_once(db_path: Path) -> tuple[float, float]:
    """(launch to first successful poll, Telegram back to first successful poll)."""
    emulator = BotApiEmulator(TOKEN, port=free_port())
    started = time.perf_counter()
    with bot_process(emulator, db_path) as proc:
        threading.Event().wait(DOWN)  # the outage itself: nothing to wait for but time
        back = time.perf_counter()
        with emulator:
            emulator.wait_for(lambda c: c.method == "getUpdates" and c.ok, timeout=120)
            polled = time.perf_counter()
            assert proc.poll() is None, "the bot must come up without a restart"
    return polled - started, polled - back


def run() -> str:
    """Measure RUNS starts through a 5 s outage and return a Markdown section."""
    with tempfile.TemporaryDirectory() as tmp:
        results = [measure_once(Path(tmp) / f"bench{n}.sqlite3") for n in range(RUNS)]
    total = [r[0] for r in results]
    after = [r[1] for r in results]
    return (
        "## Start-up through a Telegram outage\n\n"
        f"`refundbot run` launched with the emulator down for {DOWN:.0f} s, then up: the "
        "bot waits it out in the same process (no restart) and polls. "
        f"{RUNS} runs, each on a new database. The second row depends on where the "
        "back-off (0.5, 1, 2, 4, 8 s) stands when Telegram returns.\n\n"
        "| | median | max |\n|---|---|---|\n"
        f"| launch to first successful poll | {statistics.median(total):.2f} s "
        f"| {max(total):.2f} s |\n"
        f"| Telegram back to first successful poll | {statistics.median(after):.2f} s "
        f"| {max(after):.2f} s |\n\n"
        "Command: `.venv/bin/python -m benchmarks outage`\n"
    )


if __name__ == "__main__":
    print(run())
