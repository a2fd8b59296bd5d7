"""Start-up time of `refundbot run`: from process launch to the moment it starts polling.

Run: `.venv/bin/python -m benchmarks.startup` (also part of `make bench`).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from emulator.botapi import BotApiEmulator
from emulator.process import bot_process

TOKEN = "123456789:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
RUNS = 5


def measure_once(emulator: BotApiEmulator, db_path: Path) -> float:
    """Seconds from Popen to the bot's deleteWebhook, the call right before it starts polling."""
    mark = emulator.mark()
    started = time.perf_counter()
    with bot_process(emulator, db_path):
        emulator.wait_for(lambda c: c.method == "deleteWebhook", timeout=60, since=mark)
        return time.perf_counter() - started


def run() -> str:
    """Measure RUNS start-ups (first on a new database) and return a Markdown section."""
    with tempfile.TemporaryDirectory() as tmp, BotApiEmulator(TOKEN) as emulator:
        db_path = Path(tmp) / "bench.sqlite3"
        times = [measure_once(emulator, db_path) for _ in range(RUNS)]
    return (
        "## Start-up of `refundbot run`\n\n"
        "From launching the process to the call that starts polling (after getMe and the "
        "command menus) against the local emulator "
        f"({RUNS} runs; the first one creates and migrates the database).\n\n"
        "| first run | median | max |\n|---|---|---|\n"
        f"| {times[0]:.2f} s | {statistics.median(times):.2f} s | {max(times):.2f} s |\n\n"
        "Command: `.venv/bin/python -m benchmarks.startup`\n"
    )


if __name__ == "__main__":
    print(run())
