"""The poller's heartbeat inside the process: systemd hears of it, and a stall ends the process.

Every successful poll calls `polled()`: the first sends READY=1, each one WATCHDOG=1 (so
`WatchdogSec=` restarts a bot whose polling hangs). A guard thread, independent of the event
loop, ends the process with STALLED when no poll has succeeded for the window, so Docker,
systemd or any supervisor restarts a bot that hangs, even one whose event loop is frozen.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

from bot.exit_codes import STALLED
from bot.ops.sd_notify import notify

log = logging.getLogger("refundbot.liveness")
START_STEP_MARGIN = 60.0  # seconds systemd grants a start-up retry beyond its wait


class Liveness:
    """When the bot last polled Telegram successfully, and what follows from it."""

    def __init__(self, window: float, *, monotonic: Callable[[], float] = time.monotonic,
                 notifier: Callable[..., bool] = notify) -> None:
        self.window, self.monotonic, self.notify = window, monotonic, notifier
        self.last = monotonic()
        self.ready = False
        self._stop = threading.Event()
        self._guard: threading.Thread | None = None

    def polled(self) -> None:
        """A poll succeeded (and its updates are stored)."""
        self.last = self.monotonic()
        if not self.ready:
            self.ready = True
            self.notify("READY=1", "STATUS=polling Telegram")
        self.notify("WATCHDOG=1")

    def waiting(self, seconds: float, why: str) -> None:
        """Start-up waits `seconds` before trying again: systemd extends the start timeout."""
        usec = int((seconds + START_STEP_MARGIN) * 1_000_000)
        self.notify(f"EXTEND_TIMEOUT_USEC={usec}", f"STATUS={why}")

    def stopping(self) -> None:
        """SIGTERM arrived: the bot finishes what it handles and stops."""
        self._stop.set()
        self.notify("STOPPING=1")

    def stalled_for(self) -> float | None:
        """Seconds since the last successful poll, if that is longer than the window."""
        age = self.monotonic() - self.last
        return age if self.ready and age > self.window else None

    def guard(self, on_stall: Callable[[float], None] | None = None) -> None:
        """Watch from a daemon thread, checking a few times per window (no busy loop)."""
        act = on_stall or exit_stalled
        every = max(self.window / 6, 0.5)

        def watch() -> None:
            """Until stopped: act once the polls have stalled."""
            while not self._stop.wait(every):
                age = self.stalled_for()
                if age is not None:
                    act(age)
                    return

        self._guard = threading.Thread(target=watch, name="stall-guard", daemon=True)
        self._guard.start()


def exit_stalled(age: float) -> None:
    """Log why, then end the process at once (the event loop may be the thing that hangs)."""
    log.error("no successful poll of Telegram for %d s; exiting with code %d so the "
              "supervisor restarts the bot", int(age), STALLED)
    logging.shutdown()
    os._exit(STALLED)
