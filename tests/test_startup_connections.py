"""The bot's two connection pools to Telegram (the calls and the long poll) are PTB's, with
one TLS context between them: the CA certificates are loaded once at start, not twice."""

from __future__ import annotations

import ssl

from telegram.request import HTTPXRequest

from bot.config import Settings
from bot.dialogue.service import DialogueService
from bot.telegram.app import build_application


def tls_of(request: object) -> ssl.SSLContext:
    """The TLS context a PTB request's connection pool verifies Telegram with."""
    assert isinstance(request, HTTPXRequest)
    return request._client._transport._pool._ssl_context  # type: ignore[attr-defined,no-any-return]


async def test_the_calls_and_the_long_poll_share_one_tls_context_and_keep_ptbs_pools(
        settings: Settings, service: DialogueService) -> None:
    app = build_application(settings, service)
    long_poll, calls = app.bot._request
    assert long_poll is not calls
    assert tls_of(long_poll) is tls_of(calls)
    assert tls_of(calls).verify_mode == ssl.CERT_REQUIRED and tls_of(calls).check_hostname
    pools = [r._client._transport._pool._max_connections for r in (calls, long_poll)]
    assert pools == [256, 1]  # as PTB's builder sizes them
