"""Reminders: the outbox at 4,000,000 rows, dispatch at Telegram's pace, the bot's memory.

Run: `.venv/bin/python -m benchmarks reminders` (also part of `make bench`).
"""

from __future__ import annotations

import statistics
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.console import rss_mb
from benchmarks.reminder_db import BACKLOG, BATCH, DbFigures, measure, small_database
from benchmarks.report import cpu_seconds
from emulator.botapi import BotApiEmulator, Call
from emulator.process import bot_process

HEADING = "## Reminders: the outbox at 4,000,000 rows and dispatch at Telegram's pace"
TOKEN = "123456789:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
DISPATCH = 900  # reminders due at once: 30 seconds of sending at 30 messages a second
SMALL_ORDERS = 1_000


@dataclass
class DispatchFigures:
    """What one run of the real bot process against the limiting emulator measured."""

    sent: int
    rate: float
    too_many: int
    cpu_ms: float
    rss_start: float
    rss_end: float
    rss_peak: float


def _reminder(call: Call) -> bool:
    """A reminder Telegram accepted."""
    return call.method == "sendMessage" and call.ok and "⏰ Order" in call.text


def dispatch(db_path: Path, due: int) -> DispatchFigures:
    """Start `refundbot run` on the database; time its first `due` reminders, CPU and memory."""
    with BotApiEmulator(TOKEN, enforce_limits=True) as emu, bot_process(emu, db_path) as proc:
        first = emu.wait_for(_reminder, timeout=300)
        cpu_start, rss_start = cpu_seconds(proc.pid), rss_mb(proc.pid)[0]
        count = 0

        def enough(call: Call) -> bool:
            nonlocal count
            count += _reminder(call)
            return count >= due

        last = emu.wait_for(enough, timeout=due / 10 + 120)
        cpu_end, (rss_end, rss_peak) = cpu_seconds(proc.pid), rss_mb(proc.pid)
        too_many = emu.too_many_requests
    rate = (due - 1) / (last.time - first.time)
    return DispatchFigures(due, rate, too_many, (cpu_end - cpu_start) / (due - 1) * 1000,
                           rss_start, rss_end, rss_peak)


def _row(name: str, run: DispatchFigures) -> str:
    """One table row for a dispatch run."""
    return (f"| {name} | {run.sent} | {run.rate:.1f} msg/s | {run.too_many} "
            f"| {run.cpu_ms:.2f} ms | {run.rss_start:.0f} MiB | {run.rss_end:.0f} MiB "
            f"({run.rss_peak:.0f}) |")


def section(db: DbFigures, big: DispatchFigures, small: DispatchFigures) -> str:
    """The Markdown section for docs/performance.md."""
    claims = sorted(db.claim_ms)
    p95 = claims[int(len(claims) * 0.95) - 1]
    return "\n".join([
        HEADING, "",
        f"An outbox of {db.orders:,} orders ({db.orders // 4:,} users) and {db.reminders:,} "
        f"reminder rows (deadlines from 100 days ago to 200 days ahead; a third already sent), "
        f"with {BACKLOG:,} users' reminders due at once, as after downtime.", "",
        "| What | Result | Goal |", "|---|---|---|",
        f"| Build the database (executemany, one transaction) | {db.build_s:.0f} s | ~1 min |",
        f"| Database size | {db.size_mb:,.0f} MiB | |",
        f"| Claim one batch ({BATCH} users, `BEGIN IMMEDIATE`), median / p95 / max over "
        f"{len(claims)} batches | {statistics.median(claims):.1f} / {p95:.1f} / "
        f"{claims[-1]:.1f} ms | < 10 ms |",
        f"| Claim when nothing is due (median) | {db.empty_claim_ms:.2f} ms | |",
        f"| Next due time, for the idle nap (median) | {db.next_due_ms:.3f} ms | |",
        f"| Mark one message sent, with its log line (mean) | {db.mark_ms:.2f} ms | |",
        "",
        f"Dispatch: the real `refundbot run` process sending {DISPATCH} due reminders (one per "
        "user) to the emulator in limits mode (`BotApiEmulator(enforce_limits=True)`: 30 "
        "messages/s overall, 1/s per chat, 429 beyond). Rate from the first to the last "
        "reminder Telegram accepted; CPU of the bot process per message over that span; "
        "resident memory when the first reminder went out and after the last (peak in "
        "brackets).", "",
        "| Database | Reminders | Rate (goal ≥ 29) | 429s (goal 0) | CPU per message "
        "| RSS at first send | RSS after (peak) |",
        "|---|---|---|---|---|---|---|",
        _row(f"{db.orders:,} orders / {db.reminders:,} reminders", big),
        _row(f"{SMALL_ORDERS:,} orders / {SMALL_ORDERS:,} reminders", small),
        "",
        "Command: `make bench` (or `.venv/bin/python -m benchmarks reminders`).", "",
    ])


def run() -> str:
    """Build, measure, dispatch on the big and on a small database; return the section."""
    with tempfile.TemporaryDirectory() as tmp:
        now = datetime.now(UTC).replace(microsecond=0)
        big_path = Path(tmp) / "big" / "bot.sqlite3"
        small_path = Path(tmp) / "small" / "bot.sqlite3"
        figures = measure(big_path, now, keep_due=DISPATCH)
        big = dispatch(big_path, DISPATCH)
        small_database(small_path, now, SMALL_ORDERS, DISPATCH)
        small = dispatch(small_path, DISPATCH)
    return section(figures, big, small)


if __name__ == "__main__":
    print(run())
