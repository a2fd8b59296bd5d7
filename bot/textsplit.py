"""Split long texts for Telegram's 4096-character limit at paragraph boundaries."""

from __future__ import annotations

TELEGRAM_LIMIT = 4096


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split at blank lines, then lines, then spaces, so each part fits in `limit`."""
    if len(text) <= limit:
        return [text]
    for sep in ("\n\n", "\n", " "):
        if sep in text:
            parts: list[str] = []
            current = ""
            for piece in text.split(sep):
                candidate = f"{current}{sep}{piece}" if current else piece
                if len(candidate) <= limit:
                    current = candidate
                    continue
                if current:
                    parts.append(current)
                current = piece
            parts.append(current)
            return [chunk for part in parts for chunk in split_text(part, limit)]
    return [text[i : i + limit] for i in range(0, len(text), limit)]
