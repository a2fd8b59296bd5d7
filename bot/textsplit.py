"""Split long texts for Telegram's 4096-character limit at paragraph boundaries.

Telegram counts a message's length in UTF-16 code units, so an emoji outside the Basic
Multilingual Plane (📦, 🧺) counts twice; so does every length here.
"""

from __future__ import annotations

TELEGRAM_LIMIT = 4096


def utf16_len(text: str) -> int:
    """The length of a text as Telegram counts it (UTF-16 code units)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def hard_cut(text: str, limit: int) -> list[str]:
    """Cut a text with no separators into pieces of at most `limit` UTF-16 units,
    never between the two halves of a character."""
    pieces, start, size = [], 0, 0
    for index, ch in enumerate(text):
        width = 2 if ord(ch) > 0xFFFF else 1
        if size + width > limit:
            pieces.append(text[start:index])
            start, size = index, 0
        size += width
    pieces.append(text[start:])
    return pieces


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split at blank lines, then lines, then spaces, so each part fits in `limit`."""
    if utf16_len(text) <= limit:
        return [text]
    for sep in ("\n\n", "\n", " "):
        if sep in text:
            parts: list[str] = []
            current = ""
            for piece in text.split(sep):
                candidate = f"{current}{sep}{piece}" if current else piece
                if utf16_len(candidate) <= limit:
                    current = candidate
                    continue
                if current:
                    parts.append(current)
                current = piece
            parts.append(current)
            return [chunk for part in parts for chunk in split_text(part, limit)]
    return hard_cut(text, limit)
