"""Tesseract in a bounded pool of worker threads: the event loop never waits for an image.

tesserocr (Tesseract's C++ API in-process, the model loaded once per worker) releases the GIL
while it recognises, so one user's image never delays another user's text. Tesseract is
optional: without it `Reader.available` is False and the bot says it cannot read images.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.deferred_import import DeferredModule

# Pillow and tesserocr load with the first image (in its worker), not at start: they cost every
# start ~30 ms and resident memory, and without the `screenshots` extra they are not installed.
if TYPE_CHECKING:
    from PIL import Image, ImageOps
else:
    Image = DeferredModule("PIL.Image")
    ImageOps = DeferredModule("PIL.ImageOps")

log = logging.getLogger("refundbot.screenshots")

LANGUAGES = "eng+rus"
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata")
WORKERS = 1
"""Images read at once. Each worker holds its own English and Russian models: one adds about
39 MiB to the bot, two about 60 MiB (the budget's limit); one also leaves the second core to
the event loop and SQLite, so typed messages never wait for an image."""
WAITING = 4
"""Images queued beyond those being read; past this the buyer is asked to send it again."""
MAX_PIXELS = 12_000_000
"""Bigger images are not decoded at all (a decompression bomb is small on the wire)."""


def tessdata() -> str | None:
    """The folder with eng and rus trained data (TESSDATA_PREFIX first), or None."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    for folder in filter(None, candidates):
        if all((Path(folder) / f"{lang}.traineddata").is_file() for lang in ("eng", "rus")):
            return folder
    return None


def prepare(data: bytes) -> Image.Image:
    """Decode an image to grey (what measurably helped; see docs/screenshots.md)."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    with Image.open(io.BytesIO(data)) as image:
        return ImageOps.exif_transpose(image).convert("L")


class Reader:
    """Reads the text off images, at most WORKERS at once and WAITING more in line."""

    def __init__(self, workers: int = WORKERS, waiting: int = WAITING) -> None:
        self.folder = tessdata()
        # Optional (the `screenshots` extra): found here without being imported.
        installed = find_spec("tesserocr") is not None and find_spec("PIL") is not None
        self._api: Any = DeferredModule("tesserocr") if installed else None
        self._local = threading.local()
        self._pool: ThreadPoolExecutor | None = None
        self._workers = workers
        self._slots = asyncio.Semaphore(workers + waiting)
        self._busy = 0

    @property
    def available(self) -> bool:
        """Whether Tesseract and its English and Russian data are installed."""
        return self.missing is None

    @property
    def missing(self) -> str | None:
        """What a deployer must install for images to be read, or None when nothing is missing."""
        if self._api is None:
            return "the screenshots extra (requirements/screenshots.txt: Pillow and tesserocr)"
        if self.folder is None:
            return "Tesseract's English and Russian data (tesseract-ocr-eng, tesseract-ocr-rus)"
        return None

    def _engine(self) -> Any:
        """The Tesseract of the calling worker thread (loaded on its first image, then kept)."""
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = self._api.PyTessBaseAPI(path=self.folder, lang=LANGUAGES)
            self._local.engine = engine
        return engine

    def read_now(self, data: bytes) -> str:
        """The text of an image, in this thread; "" when it is not an image we can decode."""
        try:
            image = prepare(data)
        except (OSError, ValueError, Image.DecompressionBombError) as err:
            log.info("screenshot not decoded: %s", type(err).__name__)
            return ""
        return self.read_image(image)

    def read_image(self, image: Image.Image) -> str:
        """The text of a decoded image, in this thread (boxed countdowns read apart)."""
        from bot.screenshots import page_text  # loaded on the first image, like Tesseract

        engine = self._engine()
        try:
            return page_text.read_page(engine, image)
        finally:
            engine.Clear()  # the page's results and image go now, not at the next image

    async def read(self, data: bytes) -> str | None:
        """The text of an image, read in the pool; None when too many images are waiting."""
        if self._slots.locked():
            return None
        async with self._slots:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="ocr")
            return await asyncio.get_running_loop().run_in_executor(self._pool, self.read_now,
                                                                    data)

    def close(self) -> None:
        """Stop the workers (after the images in hand)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
