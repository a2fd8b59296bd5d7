"""Operators' commands in a private chat: /logs, /find, /stats, and the transcript pages.

Anyone else (and anyone in a group) is recorded in the audit and the update goes on
untouched, so they get exactly the answer any unknown command gets.
"""

from __future__ import annotations

import math
from functools import partial
from zoneinfo import ZoneInfo

import sqlite_utils
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.constants import ChatType, MessageLimit
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    filters,
)

from bot.clock import iso
from bot.dialogue.service import DialogueService
from bot.i18n import _, use_language
from bot.operators import queries, stats, transcript
from bot.operators.audit import AuditEntry, record
from bot.operators.retention import retention_loop
from bot.storage import transaction
from bot.telegram.background import add_background
from bot.telegram.context import BotContext, service_in, settings_in
from bot.telegram.updates import command_name
from flows.engine.callbacks import OPERATOR_PREFIX, TranscriptOpen, TranscriptPage
from flows.engine.commands import Where, names
from flows.inputs.timezones import zone

# A group of their own, before every feature's group -1: within one group PTB runs only the
# first matching handler, so sharing -1 would hide /logs in groups from the groups feature.
OPERATOR_GROUP = -2
PAGE_SIZE, DEFAULT_N, MAX_N = 5, 10, 200
Answer = tuple[str, InlineKeyboardMarkup | None]


def _allowed(context: BotContext, user: User, chat_type: str | None) -> bool:
    """Operators only, and only in their private chat with the bot."""
    return chat_type == ChatType.PRIVATE and user.id in context.settings.operators


def _audit(context: BotContext, user: User, action: str, target: str,
           allowed: bool) -> None:
    """Record the attempt, allowed or not (its transaction settles the update too)."""
    with transaction(context.db):
        record(context.db, AuditEntry(iso(context.clock.now()), f"tg:{user.id}", "telegram",
                                      action, target, allowed))


def viewer_zone(db: sqlite_utils.Database, viewer: int, operators_tz: str) -> ZoneInfo:
    """The operator's own time zone (/settings), else the operators' (REFUNDBOT_OPERATORS_TZ)."""
    return zone(queries.user_by_id(db, viewer).tz or operators_tz)


def logs_page(db: sqlite_utils.Database, viewer: int, user_id: int, n: int, page: int,
              operators_tz: str = "UTC") -> Answer:
    """Page `page` (1 = newest) of the last `n` exchanges of a user, with paging buttons."""
    user = queries.user_by_id(db, user_id)
    total = min(n, queries.count_exchanges(db, user_id))
    pages = math.ceil(total / PAGE_SIZE)
    if pages == 0:
        return _("Nothing logged for {user}.").format(user=user.label()), None
    page = min(max(page, 1), pages)
    offset = (page - 1) * PAGE_SIZE
    chunk = queries.exchanges(db, user_id, min(PAGE_SIZE, total - offset), offset)
    tz = viewer_zone(db, viewer, operators_tz)
    text = transcript.transcript_page(user, chunk, page, pages, tz)
    row = [InlineKeyboardButton(label, callback_data=TranscriptPage(user_id, n, to).pack())
           for label, to, shown in ((_("⬅️ Older"), page + 1, page < pages),
                                    (_("Newer ➡️"), page - 1, page > 1)) if shown]
    return fit(text), InlineKeyboardMarkup([row]) if row else None


def fit(text: str) -> str:
    """Cut a text to what one Telegram message holds."""
    return transcript.clipped(text, MessageLimit.MAX_TEXT_LENGTH)


def answer_logs(service: DialogueService, viewer: int, args: list[str],
                operators_tz: str = "UTC") -> Answer:
    """/logs <user id | @username> [N]."""
    db = service.db
    if not args or len(args) > 2 or (len(args) == 2 and not args[1].isdigit()):
        return _("Usage: /logs <user id or @username> [number of exchanges, 1–{max}]").format(
            max=MAX_N), None
    user = queries.resolve_user(db, args[0])
    if user is None:
        return _("I have no user {who} in the logs.").format(who=args[0]), None
    n = min(max(int(args[1]), 1), MAX_N) if len(args) == 2 else DEFAULT_N
    return logs_page(db, viewer, user.id, n, 1, operators_tz)


def answer_find(service: DialogueService, viewer: int, args: list[str],
                operators_tz: str = "UTC") -> Answer:
    """/find <text>: the conversations whose messages match, each with a button to read it."""
    db = service.db
    text = " ".join(args)
    if queries.fts_query(text) is None:
        return _("Usage: /find <words to look for>"), None
    hits = queries.search_conversations(db, text)
    tz = viewer_zone(db, viewer, operators_tz)
    buttons = [[InlineKeyboardButton(f"📜 {hit.user.label()}",
                                     callback_data=TranscriptOpen(hit.user.id).pack())]
               for hit in hits]
    return fit(transcript.search_results(text, hits, tz)), (
        InlineKeyboardMarkup(buttons) if buttons else None)


def answer_stats(service: DialogueService, viewer: int, args: list[str],
                 operators_tz: str = "UTC") -> Answer:
    """/stats."""
    return stats.render(stats.collect(service.db, service.clock.now())), None


ANSWERS = {"logs": answer_logs, "find": answer_find, "stats": answer_stats}
# The operators' commands this module answers; /reply and /close are the handover's own.
COMMANDS = [name for name in names(Where.OPERATOR) if name in ANSWERS]
assert set(ANSWERS) <= set(names(Where.OPERATOR)), "an answered command is missing its row"


async def on_operator_command(update: Update, context: BotContext) -> None:
    """/logs, /find, /stats: answer operators; audit and pass on everyone else."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or not message.text or user is None or chat is None:
        return
    name, args = command_name(message.text), message.text.split()[1:]
    allowed = _allowed(context, user, chat.type)
    _audit(context, user, name, " ".join(args), allowed)
    if not allowed:
        return
    service = context.service
    with use_language(service.language_of(user.id, user.language_code)):
        text, markup = ANSWERS[name](service, user.id, args, context.settings.operators_tz)
    await context.sender.reliably(partial(context.bot.send_message, chat.id, text,
                                          reply_markup=markup),
                                  chat_id=chat.id, what="sendMessage")
    raise ApplicationHandlerStop


async def on_operator_button(update: Update, context: BotContext) -> None:
    """Transcript paging (`op:l:user:n:page`, edits in place) and search results (`op:o:user`)."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    key = TranscriptPage.unpack(query.data) or TranscriptOpen.unpack(query.data)
    chat_type = query.message.chat.type if query.message else None
    if key is None or not _allowed(context, user, chat_type):
        _audit(context, user, "logs", query.data, False)
        return
    paging = isinstance(key, TranscriptPage)
    user_id, n, page = key.user_id, DEFAULT_N, 1
    if isinstance(key, TranscriptPage):
        n, page = key.n, key.page
    _audit(context, user, "logs", f"{user_id} page {page}", True)
    await context.sender.answer_press(query)
    with use_language(context.service.language_of(user.id, user.language_code)):
        text, markup = logs_page(context.db, user.id, user_id, min(n, MAX_N), page,
                                 context.settings.operators_tz)
    if paging and query.message is not None:
        # The page itself is the answer to the press: retried, unlike a cosmetic edit.
        chat_id = query.message.chat.id
        await context.sender.reliably(partial(context.bot.edit_message_text, text, chat_id,
                                              query.message.message_id, reply_markup=markup),
                                      chat_id=chat_id, what="editMessageText")
    else:
        await context.sender.reliably(partial(context.bot.send_message, user.id, text,
                                              reply_markup=markup),
                                      chat_id=user.id, what="sendMessage")
    raise ApplicationHandlerStop



def add_operator_handlers(app: Application) -> None:
    """Register the operators' commands and buttons, and the daily log purge."""
    command_filter = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler(COMMANDS, on_operator_command, command_filter),
                    group=OPERATOR_GROUP)
    app.add_handler(CallbackQueryHandler(on_operator_button, pattern=f"^{OPERATOR_PREFIX}:"),
                    group=OPERATOR_GROUP)
    service, days = service_in(app), settings_in(app).log_retention_days
    add_background(app, "log-retention",
                   lambda _app: retention_loop(service.db, service.clock, days))
