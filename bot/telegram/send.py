"""Turn a Reply into Telegram messages with inline keyboards."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message

from bot.dialogue import Button, Reply


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """One button per row: labels are long and phones are narrow."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.key)]
                                 for b in buttons])


async def send_reply(
    bot: Bot, chat_id: int, reply: Reply, thread_id: int | None = None
) -> list[int]:
    """Send every message of a reply in order; return the Telegram message ids."""
    ids = []
    for message in reply.messages:
        sent: Message
        if message.document:
            name, content = message.document
            sent = await bot.send_document(
                chat_id, InputFile(content, filename=name), caption=message.text or None,
                reply_markup=keyboard(message.buttons), message_thread_id=thread_id,
            )
        else:
            sent = await bot.send_message(
                chat_id, message.text, reply_markup=keyboard(message.buttons),
                message_thread_id=thread_id,
            )
        ids.append(sent.message_id)
    return ids
