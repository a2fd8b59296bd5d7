"""Tests that read like conversations: `await chat.send("/start")`, `await chat.click(...)`."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application

from emulator.botapi import BotApiEmulator


class Chat:
    """One user talking to a real PTB Application whose Telegram is the emulator."""

    def __init__(self, app: Application, emulator: BotApiEmulator, user_id: int = 1001,
                 language_code: str = "en", username: str | None = None) -> None:
        self.app, self.emu, self.user_id = app, emulator, user_id
        self.language_code, self.username = language_code, username

    async def _feed(self, update: dict[str, Any]) -> None:
        """Process one update exactly as polling would."""
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def send(self, text: str) -> None:
        """The user types a message (or a /command)."""
        await self._feed(self.emu.user_sends(
            self.user_id, text, language_code=self.language_code, username=self.username))

    async def send_sticker(self) -> None:
        """The user sends a sticker."""
        await self._feed(self.emu.user_sends_sticker(
            self.user_id, language_code=self.language_code))

    async def send_photo(self, data: bytes, caption: str | None = None,
                         declared_size: int | None = None, sent_at: int | None = None) -> None:
        """The user sends a photo (Telegram's compressed kind), maybe with a caption; `sent_at`
        is the message's date (Unix time; now by default)."""
        await self._feed(self.emu.user_sends_photo(
            self.user_id, data, caption=caption, declared_size=declared_size,
            language_code=self.language_code, **({"date": sent_at} if sent_at else {})))

    async def click(self, label: str) -> None:
        """The user presses the newest button whose label contains `label`."""
        await self._feed(self.emu.click_button(self.user_id, label))

    async def walk(self, *labels: str) -> None:
        """From /start, press the buttons containing each label in turn."""
        await self.send("/start")
        for label in labels:
            await self.click(label)

    async def press(self, message_id: int, data: str) -> None:
        """The user presses a button with exactly this callback data on a given message."""
        await self._feed(self.emu.user_clicks(self.user_id, message_id, data))

    def texts(self) -> list[str]:
        """Every bot message in this chat, oldest first, as currently shown."""
        return [m.get("text", "") for m in self.emu.messages(self.user_id)]

    def last_text(self) -> str:
        """The newest bot message."""
        return self.texts()[-1]

    def screen(self) -> str:
        """The current screen (and its seller text), without the pressed question above it."""
        return "\n".join(t for t in self.texts()[-2:] if "\n\n» " not in t)

    def transcript(self) -> str:
        """All bot messages joined, for `in` assertions across split messages."""
        return "\n".join(self.texts())

    def buttons(self) -> list[str]:
        """Labels of the buttons on the newest message that has any."""
        for message in reversed(self.emu.messages(self.user_id)):
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            if rows:
                return [b["text"] for row in rows for b in row]
        return []
