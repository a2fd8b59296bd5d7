"""The bot's two connection pools to Telegram (the calls and the long poll) are PTB's, with
one TLS context between them: the CA certificates are loaded once at start, not twice, and in
a thread of their own (bot/telegram/tls.py)."""

from __future__ import annotations

import ssl

from telegram.request import HTTPXRequest

from bot.config import Settings
from bot.dialogue.service import DialogueService
from bot.startup import in_background
from bot.telegram.app import build_application
from bot.telegram.tls import tls_context


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


async def test_the_context_made_in_the_background_at_start_is_the_one_both_pools_use(
        settings: Settings, service: DialogueService) -> None:
    made = in_background(tls_context, "tls").result(timeout=30)
    app = build_application(settings, service, tls=made)
    assert [tls_of(request) for request in app.bot._request] == [made, made]
