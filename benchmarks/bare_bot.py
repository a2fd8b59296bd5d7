"""A bare PTB bot making the same Bot API calls as the Refund Guide, for comparison.

/start sends a menu with a button; a press is answered, the pressed message edited and the
next screen sent (answer + edit + send), with 16 updates in flight as PTB allows.
Run by benchmarks.telegram: `python -m benchmarks.bare_bot` with TELEGRAM_BOT_TOKEN and
TELEGRAM_API_URL set.
"""

from __future__ import annotations

import logging
import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes

IN_FLIGHT = 16


def keyboard(step: int) -> InlineKeyboardMarkup:
    """One button leading to the next step."""
    return InlineKeyboardMarkup([[InlineKeyboardButton("Next", callback_data=f"go:{step}")]])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The menu."""
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, "What happened with your order?",
                                       reply_markup=keyboard(1))


async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer, mark the pressed message, send the next screen."""
    query = update.callback_query
    if query is None or query.message is None or update.effective_chat is None:
        return
    step = int((query.data or "go:0").split(":")[1])
    await query.answer()
    await query.edit_message_text(f"Screen {step - 1}\n\n» Next", reply_markup=None)
    await context.bot.send_message(update.effective_chat.id, f"Screen {step}",
                                   reply_markup=keyboard(step + 1))


def main() -> None:
    """Poll until SIGTERM."""
    logging.basicConfig(level=logging.WARNING)
    api = os.environ["TELEGRAM_API_URL"]
    app = (ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"])
           .base_url(f"{api}/bot").base_file_url(f"{api}/file/bot")
           .concurrent_updates(IN_FLIGHT).build())
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(press))
    print("bare bot polling", flush=True)
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
