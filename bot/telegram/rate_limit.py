"""One rate budget for every send: ~30 messages a second overall, a few per chat, replies first.

PTB's AIORateLimiter does not enforce the per-chat limit, so the bot uses this one limiter for
replies and reminders alike: the application owns one, inside its `Sender`
(bot/telegram/send.py). A send holds its slot from when it starts (`acquire`) until Telegram
answers, then counts from the answer (`answered`), so sends in flight never make the windows
hold more than Telegram counts; replies (`urgent`) go before reminders, which only take the
slots no reply is waiting for. A 429 holds everyone for its retry_after.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable

Sleep = Callable[[float], Awaitable[None]]
# Per chat: (sends, seconds) windows. Telegram tolerates short bursts but about 1/s over time.
CHAT_WINDOWS: tuple[tuple[int, float], ...] = ((3, 1.0), (20, 20.0))
YIELD = 0.02  # how often a reminder looks again while replies are waiting


class Slot:
    """One send in the windows: in flight (counts until answered), then its answer time."""

    __slots__ = ("at", "chat_id")

    def __init__(self, chat_id: int) -> None:
        self.chat_id, self.at = chat_id, math.inf


class RateLimiter:
    """Sliding windows, overall and per chat, shared by every sender in the process.

    A send holds its slot from the moment it starts; once Telegram answered, the slot counts
    from the answer (Telegram received it before), so the windows never hold more sends than
    Telegram counts, however long a call takes.
    """

    def __init__(self, per_second: int = 30, chat_windows: tuple[tuple[int, float], ...] =
                 CHAT_WINDOWS, *, monotonic: Callable[[], float] = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.per_second, self.chat_windows = per_second, chat_windows
        self.monotonic, self.sleep = monotonic, sleep
        self._horizon = max(seconds for _n, seconds in chat_windows)
        self._sent: list[Slot] = []
        self._chats: dict[int, list[Slot]] = {}
        self._urgent_waiting = 0
        self._hold_until = 0.0

    def delay(self, chat_id: int, urgent: bool = True) -> float:
        """Seconds to wait before a message to chat_id may go (0 when it may go now)."""
        now = self.monotonic()
        self._sent = [s for s in self._sent if s.at > now - 1.0]
        wait = max(self._hold_until - now, 0.0)
        if not urgent and self._urgent_waiting:
            wait = max(wait, YIELD)
        if len(self._sent) >= self.per_second:
            wait = max(wait, self._free_at(self._sent, len(self._sent) - self.per_second, 1.0,
                                           now))
        slots = self._chats.get(chat_id)
        if slots:
            slots[:] = [s for s in slots if s.at > now - self._horizon]
            for limit, seconds in self.chat_windows:
                recent = [s for s in slots if s.at > now - seconds]
                if len(recent) >= limit:
                    wait = max(wait, self._free_at(recent, len(recent) - limit, seconds, now))
        return max(wait, 0.0)

    @staticmethod
    def _free_at(slots: list[Slot], index: int, seconds: float, now: float) -> float:
        """How long until enough of these slots leave the window (sends in flight: soon)."""
        times = sorted(s.at for s in slots)
        at = times[index]
        return YIELD if at == math.inf else at + seconds - now

    async def acquire(self, chat_id: int, *, urgent: bool = True) -> Slot:
        """Wait until a message to chat_id fits, then hold its slot (the send starts now)."""
        if urgent:
            self._urgent_waiting += 1
        try:
            while (pause := self.delay(chat_id, urgent)) > 0:
                await self.sleep(pause)
        finally:
            if urgent:
                self._urgent_waiting -= 1
        slot = self._hold(chat_id)
        if len(self._chats) > 10_000:  # forget chats quiet for longer than every window
            now = self.monotonic()
            self._chats = {c: s for c, s in self._chats.items()
                           if any(x.at > now - self._horizon for x in s)}
        return slot

    def answered(self, slot: Slot) -> None:
        """Telegram answered this send (or it failed): it counts from now."""
        slot.at = self.monotonic()

    async def wait(self, chat_id: int) -> None:
        """Sleep until a message to chat_id fits the windows (without holding a slot)."""
        while (pause := self.delay(chat_id)) > 0:
            await self.sleep(pause)

    def sent(self, chat_id: int) -> None:
        """Count a send to chat_id that Telegram answered just now."""
        self.answered(self._hold(chat_id))

    def _hold(self, chat_id: int) -> Slot:
        """Add a slot without waiting."""
        slot = Slot(chat_id)
        self._sent.append(slot)
        self._chats.setdefault(chat_id, []).append(slot)
        return slot

    def hold(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for `seconds`."""
        self._hold_until = max(self._hold_until, self.monotonic() + seconds)

