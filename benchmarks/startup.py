"""Production as deployed: install size, start-up against a bare PTB bot, memory after use.

Side by side in one run, all from the production install (a venv made as the Dockerfile makes
it: the lock, then the wheel; `emulator/install.py`), on the same interpreter and the same
emulator:
- install size: `du` of that venv, and again without the `screenshots` extra (Pillow and
  tesserocr, whose wheel carries the Tesseract engine, uninstalled from it at the end);
- start-up: from launching the process to its first long poll parked at the emulator, for
  `refundbot run` and for the bare PTB bot (`benchmarks/bare_bot.py` run by the venv's python);
- memory: `refundbot run`'s resident set after DIALOGUES users each sent /start and pressed
  two buttons (the bare bot after the same, for scale).

Run: `.venv/bin/python -m benchmarks startup` (part of `make bench`). `--source DIR` measures
another source tree instead of this checkout, e.g. an older commit from `git archive`, for
before/after figures; a tree without a lock is installed as it was then (wheel with deps).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks.console import rss_mb
from benchmarks.telegram import _first_button, _wait_replies
from emulator.botapi import BotApiEmulator
from emulator.install import build_context, production_venv
from emulator.process import stop

ROOT = Path(__file__).resolve().parent.parent
HEADING = "## Production: install size, start-up, memory"
TOKEN = "123456789:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
RUNS = 5
DIALOGUES = 1000
PRESSES = 2
GOALS = {"install_mb": 120.0, "rss_mib": 100.0, "startup_ratio": 2.0}
SCREENSHOTS_EXTRA = ("pillow", "tesserocr")


@dataclass
class Figures:
    """One production install measured."""

    install_mb: float
    bot_start: list[float]
    bare_start: list[float]
    bot_rss: float
    bot_peak: float
    bare_rss: float
    lean_mb: float

    @property
    def ratio(self) -> float:
        """Median start-up of the bot over the bare bot's."""
        return statistics.median(self.bot_start) / statistics.median(self.bare_start)


def du_mb(path: Path) -> float:
    """Disk usage of a folder in MB (10^6 bytes), as `du -s` counts it."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) * 1024 / 1e6


@contextmanager
def started(cmd: list[str], emu: BotApiEmulator, cwd: Path) -> Iterator[subprocess.Popen[str]]:
    """A bot process against the emulator, stopped with SIGTERM at the end."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFUNDBOT_", "TELEGRAM_"))}
    env.update(TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_URL=emu.url,
               REFUNDBOT_DB=str(cwd / "bench.sqlite3"), REFUNDBOT_SEND_RATE="0")
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        stop(proc)


def start_seconds(cmd: list[str], cwd: Path) -> float:
    """Seconds from launching `cmd` to its first long poll parked at a fresh emulator."""
    with BotApiEmulator(TOKEN) as emu:
        began = time.perf_counter()
        with started(cmd, emu, cwd):
            emu.wait_until_polling(timeout=120)
            return time.perf_counter() - began


def rss_after_dialogues(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(current, peak) MiB of the process after DIALOGUES users' /start and PRESSES presses."""
    users = range(20_000, 20_000 + DIALOGUES)
    with BotApiEmulator(TOKEN) as emu, started(cmd, emu, cwd) as proc:
        emu.wait_until_polling(timeout=120)
        mark = emu.mark()
        for user in users:
            emu.user_sends(user, "/start")
        _wait_replies(emu, users, mark, 600)
        for _round in range(PRESSES):
            mark = emu.mark()
            for user in users:
                emu.user_clicks(user, *_first_button(emu, user))
            _wait_replies(emu, users, mark, 600)
        return rss_mb(proc.pid)


def measure(source: Path) -> Figures:
    """Install `source` as production does, then measure it."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _wheel, bin_dir = production_venv(build_context(source, work / "src"), work)
        install = du_mb(work / "venv")
        bot = [str(bin_dir / "refundbot"), "run"]
        # -P: not benchmarks/ first on sys.path, where telegram.py would shadow PTB's package.
        bare = [str(bin_dir / "python"), "-P", str(ROOT / "benchmarks" / "bare_bot.py")]
        runs = work / "runs"
        runs.mkdir()
        bot_start, bare_start = [], []
        for _ in range(RUNS):  # interleaved, so machine load hits both alike
            bot_start.append(start_seconds(bot, runs))
            bare_start.append(start_seconds(bare, runs))
        (runs / "bench.sqlite3").unlink()
        bot_rss, bot_peak = rss_after_dialogues(bot, runs)
        bare_rss, _peak = rss_after_dialogues(bare, runs)
        subprocess.run([str(bin_dir / "pip"), "uninstall", "-q", "-y", *SCREENSHOTS_EXTRA],
                       capture_output=True, check=True)
        lean = du_mb(work / "venv")
    return Figures(install, bot_start, bare_start, bot_rss, bot_peak, bare_rss, lean)


def rows(label: str, f: Figures) -> list[str]:
    """Table rows for one install."""
    return [
        f"| {label} | {f.install_mb:.0f} MB | {statistics.median(f.bot_start):.2f} s "
        f"(max {max(f.bot_start):.2f}) | {statistics.median(f.bare_start):.2f} s | "
        f"{f.ratio:.1f}x | {f.bot_rss:.0f} MiB (peak {f.bot_peak:.0f}) | {f.bare_rss:.0f} MiB |",
        f"| {label}, without the `screenshots` extra | {f.lean_mb:.0f} MB | | | | | |",
    ]


def section(after: Figures, before: Figures | None = None, before_label: str = "") -> str:
    """The Markdown section for docs/performance.md."""
    met = {"install_mb": after.install_mb <= GOALS["install_mb"],
           "rss_mib": after.bot_rss <= GOALS["rss_mib"],
           "startup_ratio": after.ratio <= GOALS["startup_ratio"]}
    lines = [
        HEADING, "",
        "The production install made as the Dockerfile makes it (a venv from "
        "`requirements/prod.txt` with hashes, then the wheel without dependencies), measured "
        "side by side in one run on the same interpreter and emulator. Install: `du` of the "
        "venv, and of the same venv with the `screenshots` extra (Pillow, tesserocr with its "
        "Tesseract engine) uninstalled, as an install without screenshot reading would be. "
        f"Start-up: launch to the first long poll parked at the emulator, median of {RUNS} "
        "(interleaved with the bare PTB bot, `benchmarks/bare_bot.py`, run by the same venv). "
        f"Memory: resident set after {DIALOGUES:,} users each sent /start and pressed "
        f"{PRESSES} buttons.",
        "",
        "| install | size (goal <= 120 MB) | `refundbot run` start | bare PTB start "
        "| ratio (goal <= 2x) | bot RSS (goal <= 100 MiB) | bare RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    if before is not None:
        lines += rows(f"before ({before_label})", before)
    lines += rows("this checkout", after)
    lines += ["", "Goals: " + ", ".join(f"{k} {'met' if v else 'NOT met'}"
                                        for k, v in met.items()) + ".", "",
              "Command: `make bench` (or `.venv/bin/python -m benchmarks startup`; "
              "before/after: `--source DIR` with an older tree from `git archive`).", ""]
    return "\n".join(lines)


def run() -> str:
    """Measure this checkout (the `make bench` entry point)."""
    return section(measure(ROOT))


def main(argv: list[str]) -> None:
    """Measure this checkout, and with --source an older tree beside it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, help="an older source tree, for 'before'")
    parser.add_argument("--label", default="before", help="what the older tree is")
    args = parser.parse_args(argv)
    before = measure(args.source) if args.source else None
    print(section(measure(ROOT), before, args.label))


if __name__ == "__main__":
    main(sys.argv[1:])
