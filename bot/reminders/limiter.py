"""Pace sends to Telegram's limits: ~30 messages a second overall and one a second per chat.

PTB's AIORateLimiter does not enforce the per-chat limit, so the dispatcher uses this.
Sends are counted from when Telegram answered: the request reached Telegram earlier, so a
window measured from the answers never holds more sends than Telegram counts in it.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable

Sleep = Callable[[float], Awaitable[None]]


class RateLimiter:
    """Sliding one-second windows, overall and per chat, for one sender at a time."""

    def __init__(self, per_second: int = 30, chat_interval: float = 1.0, *,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.per_second, self.chat_interval = per_second, chat_interval
        self.monotonic, self.sleep = monotonic, sleep
        self._sent: deque[float] = deque()
        self._chats: OrderedDict[int, float] = OrderedDict()

    def delay(self, chat_id: int) -> float:
        """Seconds to wait before a message to chat_id may go (0 when it may go now)."""
        now = self.monotonic()
        while self._sent and self._sent[0] <= now - 1.0:
            self._sent.popleft()
        while self._chats and next(iter(self._chats.values())) <= now - self.chat_interval:
            self._chats.popitem(last=False)
        wait = 0.0
        if len(self._sent) >= self.per_second:
            wait = self._sent[0] + 1.0 - now
        if chat_id in self._chats:
            wait = max(wait, self._chats[chat_id] + self.chat_interval - now)
        return max(wait, 0.0)

    async def wait(self, chat_id: int) -> None:
        """Sleep until a message to chat_id fits both windows."""
        while (pause := self.delay(chat_id)) > 0:
            await self.sleep(pause)

    def sent(self, chat_id: int) -> None:
        """Count a send Telegram has answered (also a 429: Telegram counted it too)."""
        now = self.monotonic()
        self._sent.append(now)
        self._chats[chat_id] = now
        self._chats.move_to_end(chat_id)
