"""Group chats in tests: `await group.add_bot(by=ADMIN)`, `await group.send(USER, "/refund")`."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

from telegram import Update
from telegram.ext import Application

from emulator.botapi import ADMIN_RIGHTS, BotApiEmulator

ANONYMOUS_ADMIN = 1087968824  # @GroupAnonymousBot: the sender of anonymous admins' messages
GROUP_ID = -1001234567890


class Group:
    """One group (or supergroup, forum, channel) with the bot, driven update by update.

    With `app=None` updates are only queued in the emulator, for a real bot process to poll.
    """

    def __init__(self, app: Application | None, emulator: BotApiEmulator,
                 chat_id: int = GROUP_ID,
                 *, kind: str = "supergroup", title: str = "AliExpress buyers",
                 forum: bool = False) -> None:
        self.app, self.emu, self.id, self.kind = app, emulator, chat_id, kind
        self.chat = emulator.add_chat(chat_id, kind, title=title, is_forum=forum)
        self.admins: set[int] = set()

    async def _feed(self, update: dict[str, Any]) -> None:
        """Process one update exactly as polling would (a real process polls it instead)."""
        if self.app is not None:
            await self.app.process_update(Update.de_json(update, self.app.bot))

    def set_admins(self, *user_ids: int) -> None:
        """Who Telegram reports as administrators (getChatMember)."""
        self.admins = set(user_ids)
        self.emu.set_chat_admins(self.id, self.admins)

    def _bot_member(self, status: str) -> dict[str, Any]:
        """The bot's membership as Telegram describes it."""
        bot = {"id": self.emu.bot_id, "is_bot": True, "first_name": "Refund Guide Test",
               "username": self.emu.username}
        if status == "administrator":
            return {"status": status, "user": bot, "can_be_edited": False,
                    "is_anonymous": False, **ADMIN_RIGHTS}
        return {"status": status, "user": bot, **({"until_date": 0} if status == "kicked" else {})}

    async def bot_becomes(self, old: str, new: str, *, by: int,
                          language_code: str = "en") -> None:
        """A my_chat_member update: someone changed the bot's status from `old` to `new`."""
        if new == "administrator":
            self.set_admins(*self.admins, self.emu.bot_id)
        actor = {"id": by, "is_bot": False, "first_name": "Admin", "language_code": language_code}
        await self._feed(self.emu.push_update({"my_chat_member": {
            "chat": self.chat, "from": actor, "date": int(time.time()),
            "old_chat_member": self._bot_member(old), "new_chat_member": self._bot_member(new),
        }}))

    async def add_bot(self, *, by: int, language_code: str = "en") -> None:
        """Someone adds the bot as an ordinary member."""
        await self.bot_becomes("left", "member", by=by, language_code=language_code)

    async def joined(self, admin: int, language_code: str = "en") -> Group:
        """The usual start: `admin` administers the group and adds the bot."""
        self.set_admins(admin)
        await self.add_bot(by=admin, language_code=language_code)
        return self

    async def send(self, user_id: int, text: str, *, thread: int | None = None,
                   language_code: str = "en") -> None:
        """A member writes in the group (in a forum topic if `thread` is given)."""
        await self._feed(self.emu.user_sends(
            user_id, text, chat_id=self.id, chat_type=self.kind, language_code=language_code,
            message_thread_id=thread))

    async def service_message(self, user_id: int, **fields: Any) -> None:
        """A message with arbitrary fields, e.g. `migrate_to_chat_id=-100...` or `sender_chat`."""
        await self._feed(self.emu.user_sends_message(
            user_id, chat_id=self.id, chat_type=self.kind, **fields))

    async def send_photo(self, user_id: int, data: bytes) -> None:
        """A member posts a photo in the group."""
        await self._feed(self.emu.user_sends_photo(user_id, data, chat_id=self.id,
                                                   chat_type=self.kind))

    async def send_as_group(self, text: str) -> None:
        """An anonymous admin writes: Telegram shows the group itself as the sender."""
        entities = ([{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
                    if text.startswith("/") else [])
        await self._feed(self.emu.user_sends_message(
            ANONYMOUS_ADMIN, chat_id=self.id, chat_type=self.kind, first_name="Group",
            username="GroupAnonymousBot", text=text, entities=entities, sender_chat=self.chat))

    async def click(self, user_id: int, label: str) -> None:
        """A member presses the newest button whose label contains `label`."""
        await self._feed(self.emu.click_button(user_id, label, chat_id=self.id))

    async def press(self, user_id: int, message_id: int, data: str) -> None:
        """A member presses a button with exactly this callback data on a given message."""
        await self._feed(self.emu.user_clicks(user_id, message_id, data, chat_id=self.id))

    def messages(self) -> list[dict[str, Any]]:
        """The bot's messages in the group, oldest first, as currently shown."""
        return self.emu.messages(self.id)

    def texts(self) -> list[str]:
        """The texts of the bot's messages in the group."""
        return [m.get("text", "") for m in self.messages()]

    def last_text(self) -> str:
        """The bot's newest message in the group."""
        return self.texts()[-1]

    def buttons(self) -> list[str]:
        """Labels of the buttons on the bot's newest message that has any."""
        for message in reversed(self.messages()):
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            if rows:
                return [b["text"] for row in rows for b in row]
        return []

    def start_payload(self) -> str:
        """The ?start= payload of the newest "Continue in private chat" link."""
        for message in reversed(self.messages()):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if "url" in button:
                        return parse_qs(urlsplit(button["url"]).query)["start"][0]
        raise AssertionError("no link button in the group")
