"""An offline bot: PTB's requests answered in-process by the Bot API emulator, no network."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

from telegram.request import BaseRequest, RequestData

from emulator.botapi import BotApiEmulator, UploadedFile


class OfflineRequest(BaseRequest):
    """A `BaseRequest` that hands every call to an emulator's dispatcher directly."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    @property
    def read_timeout(self) -> float | None:
        """No real I/O, so no real timeout."""
        return 1.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        """Answer `{base}/bot{token}/{method}` from the emulator."""
        if "/file/bot" in url:  # a file download (getFile's path)
            token, path = unquote(url.split("/file/bot", 1)[1]).split("/", 1)
            data = self.emulator.file_content(token, path)
            return (404, b"") if data is None else (200, data)
        token, api_method = url.rsplit("/bot", 1)[1].split("/", 1)
        raw: dict[str, Any] = dict(request_data.json_parameters) if request_data else {}
        # Uploads (sendDocument) travel as multipart parts, as over HTTP.
        for name, (filename, content, mime) in (
                request_data.multipart_data if request_data else {}).items():
            data = content if isinstance(content, bytes) else content.read()
            raw[name] = UploadedFile(filename, mime, data)
        status, body = self.emulator.dispatch(token, api_method, raw)
        return status, json.dumps(body).encode()
