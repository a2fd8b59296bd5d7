"""The image of a message: which file it is, whether it is small enough, its bytes in memory.

Nothing touches the disk: the image lives in memory while it is read, then is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot, Message

MAX_BYTES = 10 * 1024 * 1024
"""Bigger images are refused before download (a phone screenshot is 0.1-3 MB)."""
IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")


@dataclass(frozen=True)
class Picture:
    """A message's image: the file to fetch and its size as Telegram declares it (0: unknown)."""

    file_id: str
    size: int


def picture(message: Message) -> Picture | None:
    """The largest photo size, or an image sent as a file; None for anything else."""
    if message.photo:
        best = message.photo[-1]
        return Picture(best.file_id, best.file_size or 0)
    document = message.document
    if document is not None and (document.mime_type or "") in IMAGE_TYPES:
        return Picture(document.file_id, document.file_size or 0)
    return None


def too_big(size: int) -> bool:
    """Whether an image of this many bytes is over the limit."""
    return size > MAX_BYTES


async def download(bot: Bot, found: Picture) -> bytes | None:
    """The image's bytes, in memory; None when Telegram's file turns out bigger than the limit."""
    file = await bot.get_file(found.file_id)
    if too_big(file.file_size or 0):
        return None
    data = bytes(await file.download_as_bytearray())
    return None if too_big(len(data)) else data
