"""In-memory guards for groups: a sliding-window rate limiter and a short-lived cache.

Both take the moment as an argument (from the service's clock), so tests move time by hand.
Losing them on restart is harmless: the limiter starts empty, the cache asks Telegram again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from datetime import datetime, timedelta
from typing import Generic, TypeVar

V = TypeVar("V")
PRUNE_ABOVE = 10_000  # keys; past this, expired entries are swept so memory stays bounded


class SlidingWindow:
    """At most `limit` events per key within any `window`."""

    def __init__(self, limit: int, window: timedelta) -> None:
        self.limit, self.window = limit, window
        self._events: dict[Hashable, deque[datetime]] = {}

    def allow(self, key: Hashable, now: datetime) -> bool:
        """Take one slot for `key` if one is free; False (and nothing taken) otherwise."""
        if len(self._events) > PRUNE_ABOVE:
            since = now - self.window
            self._events = {k: q for k, q in self._events.items() if q and q[-1] > since}
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) >= self.limit:
            return False
        events.append(now)
        return True


class TtlCache(Generic[V]):
    """Values that expire `ttl` after they were stored."""

    def __init__(self, ttl: timedelta) -> None:
        self.ttl = ttl
        self._items: dict[Hashable, tuple[datetime, V]] = {}

    def get(self, key: Hashable, now: datetime) -> V | None:
        """The value if still fresh, else None."""
        item = self._items.get(key)
        if item is None or item[0] <= now:
            self._items.pop(key, None)
            return None
        return item[1]

    def put(self, key: Hashable, value: V, now: datetime) -> None:
        """Store a value until now + ttl."""
        if len(self._items) > PRUNE_ABOVE:
            self._items = {k: item for k, item in self._items.items() if item[0] > now}
        self._items[key] = (now + self.ttl, value)

    def drop_chat(self, chat_id: int) -> None:
        """Forget every entry whose key is a (chat_id, ...) tuple."""
        for key in [k for k in self._items if isinstance(k, tuple) and k[:1] == (chat_id,)]:
            del self._items[key]
