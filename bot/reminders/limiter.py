"""One rate budget for every send: ~30 messages a second overall, a few per chat, replies first.

PTB's AIORateLimiter does not enforce the per-chat limit, so the bot uses this one limiter for
replies and reminders alike. A send reserves its slot when it starts (`acquire`), so a window of
sends in flight never holds more than Telegram counts; replies (`urgent`) go before reminders,
which only take the slots no reply is waiting for. A 429 holds everyone for its retry_after.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

Sleep = Callable[[float], Awaitable[None]]
# Per chat: (sends, seconds) windows. Telegram tolerates short bursts but about 1/s over time.
CHAT_WINDOWS: tuple[tuple[int, float], ...] = ((3, 1.0), (20, 20.0))
YIELD = 0.02  # how often a reminder looks again while replies are waiting


class RateLimiter:
    """Sliding windows, overall and per chat, shared by every sender in the process."""

    def __init__(self, per_second: int = 30, chat_windows: tuple[tuple[int, float], ...] =
                 CHAT_WINDOWS, *, monotonic: Callable[[], float] = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.per_second, self.chat_windows = per_second, chat_windows
        self.monotonic, self.sleep = monotonic, sleep
        self._horizon = max(seconds for _n, seconds in chat_windows)
        self._sent: deque[float] = deque()
        self._chats: dict[int, deque[float]] = {}
        self._urgent_waiting = 0
        self._hold_until = 0.0

    def delay(self, chat_id: int, urgent: bool = True) -> float:
        """Seconds to wait before a message to chat_id may go (0 when it may go now)."""
        now = self.monotonic()
        while self._sent and self._sent[0] <= now - 1.0:
            self._sent.popleft()
        wait = max(self._hold_until - now, 0.0)
        if not urgent and self._urgent_waiting:
            wait = max(wait, YIELD)
        if len(self._sent) >= self.per_second:
            wait = max(wait, self._sent[0] + 1.0 - now)
        times = self._chats.get(chat_id)
        if times:
            while times and times[0] <= now - self._horizon:
                times.popleft()
            for limit, seconds in self.chat_windows:
                recent = [t for t in times if t > now - seconds]
                if len(recent) >= limit:
                    wait = max(wait, recent[-limit] + seconds - now)
        return max(wait, 0.0)

    async def acquire(self, chat_id: int, *, urgent: bool = True) -> None:
        """Wait until a message to chat_id fits, then reserve its slot (the send starts now)."""
        if urgent:
            self._urgent_waiting += 1
        try:
            while (pause := self.delay(chat_id, urgent)) > 0:
                await self.sleep(pause)
        finally:
            if urgent:
                self._urgent_waiting -= 1
        self.sent(chat_id)

    async def wait(self, chat_id: int) -> None:
        """Sleep until a message to chat_id fits both windows (without reserving it)."""
        while (pause := self.delay(chat_id)) > 0:
            await self.sleep(pause)

    def sent(self, chat_id: int) -> None:
        """Count a send to chat_id from now."""
        now = self.monotonic()
        self._sent.append(now)
        times = self._chats.setdefault(chat_id, deque())
        times.append(now)
        if len(self._chats) > 10_000:  # forget chats quiet for longer than every window
            self._chats = {c: t for c, t in self._chats.items() if t[-1] > now - self._horizon}

    def hold(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for `seconds`."""
        self._hold_until = max(self._hold_until, self.monotonic() + seconds)


_shared: RateLimiter | None = None


def install_shared(limiter: RateLimiter | None) -> None:
    """Make `limiter` the process's one budget (the bot on Telegram; None switches it off)."""
    global _shared
    _shared = limiter


def shared() -> RateLimiter | None:
    """The process's one budget, when the bot runs on Telegram."""
    return _shared
