"""The TLS context the bot verifies Telegram with, made once for both of PTB's connection pools.

Made in a thread at start (bot/cli.py): loading the CA certificates is ~20 ms of C that runs
without the GIL, so it overlaps the imports instead of following them.
"""

from __future__ import annotations

import ssl


def tls_context() -> ssl.SSLContext:
    """httpx's default context: SSL_CERT_FILE or SSL_CERT_DIR when set, else certifi's CAs."""
    from httpx import create_ssl_context  # in the thread: PTB imports it too, once

    return create_ssl_context()
