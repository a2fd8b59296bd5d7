"""Telegram formatting that needs care: the seller's text as a one-tap copyable block."""

from __future__ import annotations

import html

from telegram.constants import ParseMode


def seller_block(text: str) -> tuple[str, str]:
    """The text as an HTML `<pre>` block (tap to copy in Telegram) and its parse mode."""
    return f"<pre>{html.escape(text, quote=False)}</pre>", ParseMode.HTML
