"""The terminal chat: the same dialogue service as Telegram, over stdin and stdout."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TextIO

from bot.dialogue.service import Button, DialogueService, Incoming, Reply
from bot.i18n import _, use_language
from bot.storage.conversation_log import mark_delivered
from flows.engine.markers import N_

QUIT = {"/quit", "/exit"}
RULE = "-----"
# Translators: the terminal chat's frame around a ready message for the buyer to copy and send to
# the seller (the message itself stays English: sellers read English).
COPY_FRAME = N_("copy for the seller")


def save_document(name: str, content: bytes) -> Path:
    """Write a file the bot sends into the working directory (the terminal has no uploads)."""
    path = Path.cwd() / Path(name).name
    path.write_bytes(content)
    return path


def render(reply: Reply, out: TextIO) -> list[Button]:
    """Print a reply, numbering the buttons; return them for the next input."""
    buttons: list[Button] = []
    for message in reply.messages:
        if message.document:
            out.write(f"📎 file saved: {save_document(*message.document)}\n")
        elif message.copy:
            with use_language(reply.lang):
                frame = _(COPY_FRAME)
            out.write(f"{RULE} {frame} {RULE}\n{message.text}\n{RULE * 4}\n")
        else:
            out.write(f"{message.text}\n")
        buttons = list(message.buttons)
        for number, button in enumerate(buttons, start=1):
            out.write(f"  [{number}] {button.label}\n")
    out.write("\n")
    out.flush()
    return buttons


def to_incoming(line: str, buttons: list[Button], user_id: int, lang: str | None) -> Incoming:
    """Turn a typed line into an event: a command, a button (by number or label), or text."""
    text = line.strip()
    if text.startswith("/"):
        words = text[1:].split()
        name = words[0].split("@")[0].lower() if words else ""
        # What follows, as Telegram passes it: `/start <flow>` tries a deep link here.
        payload = words[1] if len(words) > 1 else None
        return Incoming(user_id, user_id, "command", name, tg_lang=lang, payload=payload)
    chosen = [b for n, b in enumerate(buttons, start=1)
              if text == str(n) or b.label.casefold().strip() == text.casefold()]
    if chosen:
        return Incoming(user_id, user_id, "click", chosen[0].key, tg_lang=lang,
                        label=chosen[0].label)
    return Incoming(user_id, user_id, "text", text, tg_lang=lang)


def shown(service: DialogueService, reply: Reply, out: TextIO) -> list[Button]:
    """Print a reply and note its messages in the log as delivered."""
    buttons = render(reply, out)
    for log_id in reply.log_ids:
        mark_delivered(service.db, log_id)
    return buttons


async def chat(
    service: DialogueService, stdin: TextIO, stdout: TextIO, user_id: int, lang: str | None
) -> None:
    """Run the conversation until end of input or /quit."""
    opening = Incoming(user_id, user_id, "command", "resume", tg_lang=lang)
    buttons = shown(service, await service.handle(opening), stdout)
    while True:
        stdout.write("> ")
        stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line or line.strip().lower() in QUIT:
            stdout.write("\n")
            return
        if not line.strip():
            continue
        reply = await service.handle(to_incoming(line, buttons, user_id, lang))
        buttons = shown(service, reply, stdout)
