"""The console's door: wrong passwords slow down per account and per address, and the
Datasette debug pages stay shut to anyone not logged in.

An ASGI layer in front of Datasette (the plugin wraps the app with it). A wrong password
is counted for the account typed and for the visitor's address; from the `FREE`-th on,
each one doubles how long both must wait before the next try (`BASE` seconds, at most
`CAP`), and a try within the wait is answered 429 at once without checking anything.
A right password clears the account's and the address's count.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
FREE = 3            # wrong passwords allowed before any wait
BASE = 2.0          # seconds of the first wait; doubled by each further wrong password
CAP = 900.0         # the longest wait
LOGIN = "/-/login"
# Datasette pages that explain permissions or the running instance: operators only.
DEBUG_PAGES = ("/-/allow-debug", "/-/permissions", "/-/actor", "/-/threads", "/-/messages",
               "/-/plugins", "/-/settings", "/-/config", "/-/versions", "/-/databases")


@dataclass
class LoginThrottle:
    """Wrong-password counts per account and per address, and when each was last wrong."""

    failures: dict[str, tuple[int, datetime]] = field(default_factory=dict)

    def wait(self, keys: list[str], now: datetime) -> float:
        """Seconds before these may try again (0: now)."""
        left = 0.0
        for key in keys:
            count, last = self.failures.get(key, (0, now))
            if count >= FREE:
                until = last + timedelta(seconds=min(CAP, BASE * 2 ** (count - FREE)))
                left = max(left, (until - now).total_seconds())
        return left

    def failed(self, keys: list[str], now: datetime) -> None:
        """Count one wrong password for each key."""
        for key in keys:
            self.failures[key] = (self.failures.get(key, (0, now))[0] + 1, now)

    def succeeded(self, keys: list[str]) -> None:
        """A right password: forget these keys' failures."""
        for key in keys:
            self.failures.pop(key, None)


async def _read_body(receive: Any) -> bytes:
    """The whole request body (a login form is small)."""
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    return body


def _replay(body: bytes) -> Callable[[], Awaitable[dict[str, Any]]]:
    """A `receive` that hands the already read body on once."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _answer(send: Any, status: int, text: str,
                  headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """A short plain-text response."""
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), *(headers or [])]})
    await send({"type": "http.response.body", "body": text.encode()})


def guard(app: Asgi, throttle: LoginThrottle, now: Callable[[], datetime],
          logged_in: Callable[[dict[str, Any]], bool]) -> Asgi:
    """`app` behind the login throttle and the debug-page lock."""

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        if path.startswith(DEBUG_PAGES) and not logged_in(scope):
            await send({"type": "http.response.start", "status": 302,
                        "headers": [(b"location", LOGIN.encode())]})
            await send({"type": "http.response.body", "body": b""})
            return
        if path != LOGIN or scope.get("method") != "POST":
            await app(scope, receive, send)
            return
        body = await _read_body(receive)
        account = (parse_qs(body.decode("utf-8", "replace")).get("username") or [""])[0]
        address = (scope.get("client") or ("unknown",))[0]
        keys = [f"account:{account.strip().lower()}", f"address:{address}"]
        left = throttle.wait(keys, now())
        if left > 0:
            seconds = math.ceil(left)
            await _answer(send, 429, f"Too many wrong passwords. Try again in {seconds} s.\n",
                          [(b"retry-after", str(seconds).encode())])
            return
        status: list[int] = []

        async def watch(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await app(scope, _replay(body), watch)
        if status == [302]:  # logged in: redirected with the signed cookie
            throttle.succeeded(keys)
        else:
            throttle.failed(keys, now())

    return guarded
