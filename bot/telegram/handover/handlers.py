"""A person to talk to, in Telegram: /human, the buttons, buyers' messages while a case is open,
operators' replies to a case's post, /reply and /close.

Runs before every other feature (group -3): a buyer talking to a person must not be answered
by the dialogue, and a reply in the operators' group must not reach the groups feature.
"""

from __future__ import annotations

from functools import partial

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.clock import iso
from bot.handover import store, texts
from bot.handover.post import case_post, start_of_day, who
from bot.i18n import _, use_language
from bot.operators import queries
from bot.operators.audit import AuditEntry, record
from bot.operators.links import transcript_url
from bot.storage import transaction
from bot.storage.dialogues import load_dialogue
from bot.storage.users import touch_user
from bot.telegram.context import BotContext, service_in
from bot.telegram.dialogue.handlers import pressed_label
from bot.telegram.updates import command_name
from flows.engine.callbacks import Handover
from flows.person import ALIEXPRESS_CHANNELS, asks_for_person
from flows.scenarios import menu

HANDOVER_GROUP = -3
ASK, BACK = "ask", "back"
REPLY, CLOSE = "reply", "close"


def ask_button() -> InlineKeyboardButton:
    """The "Talk to a person" button (in the current language)."""
    return InlineKeyboardButton(_(texts.TALK_TO_PERSON), callback_data=Handover(ASK).pack())


def _back_markup() -> InlineKeyboardMarkup:
    """The "Back to the bot" button (in the current language)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(
        _(texts.BACK_TO_BOT), callback_data=Handover(BACK).pack())]])


def _targets(context: BotContext) -> list[int]:
    """Where cases are posted: the operators' chat, or else each operator's private chat."""
    chat = context.settings.operators_chat
    return [chat] if chat is not None else list(context.settings.operators)


def _is_operator_chat(context: BotContext, chat_id: int, user: User) -> bool:
    """An operator writing in the operators' chat or in their own private chat."""
    return user.id in context.settings.operators and chat_id in (
        context.settings.operators_chat, user.id)


def _audit(context: BotContext, user: User, action: str, target: str, allowed: bool) -> None:
    """Record an operator's action on a case (or a refused attempt)."""
    record(context.db, AuditEntry(iso(context.clock.now()), f"tg:{user.id}", "telegram",
                                  action, target, allowed))


async def _send(context: BotContext, chat_id: int, text: str,
                markup: InlineKeyboardMarkup | None = None,
                reply_to: int | None = None) -> Message | None:
    """Send through the shared rate budget, with retries."""
    call = partial(context.bot.send_message, chat_id, text, reply_markup=markup,
                   reply_to_message_id=reply_to)
    return await context.sender.reliably(call, chat_id=chat_id, what="sendMessage")


async def _post(context: BotContext, case: store.Case, text_for: object) -> None:
    """Post to every operators' chat (each in its reader's language) and remember the posts."""
    db, service = context.db, context.service
    for target in _targets(context):
        firsts = dict(store.posts_of(db, case))
        with use_language(service.language_of(target, None)):
            text = text_for() if callable(text_for) else str(text_for)
        sent = await _send(context, target, text, reply_to=firsts.get(target))
        if sent is not None:
            with transaction(db):
                store.add_post(db, target, sent.message_id, case)


async def ask_for_person(update: Update, context: BotContext, said: tuple[str, str]) -> None:
    """A buyer asks for a person: open a case and post it, or say honestly why not."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    db, settings, now = context.db, context.settings, context.clock.now()
    at = iso(now)
    opened = None
    with transaction(db):
        touch_user(db, user.id, at, user.language_code, user.username)
        lang = context.service.language_of(user.id, user.language_code)
        dialogue = load_dialogue(db, user.id, menu.MENU)
        markup = None
        with use_language(lang):
            if not settings.has_operators():
                answer = _(ALIEXPRESS_CHANNELS)
            elif store.open_case_of(db, user.id) is not None:
                answer, markup = _(texts.ALREADY_OPEN), _back_markup()
            elif store.cases_since(db, user.id, start_of_day(now, settings.operators_tz)) \
                    >= settings.handover_per_day:
                answer = _(texts.LIMIT).format(n=settings.handover_per_day) + "\n\n" + _(
                    ALIEXPRESS_CHANNELS)
            else:
                opened = store.open_case(db, user.id, lang, dialogue.state, at)
                answer = (_(texts.OPENED_WITH_HOURS).format(hours=settings.operators_hours,
                                                            zone=settings.operators_tz)
                          if settings.operators_hours else _(texts.OPENED))
                markup = _back_markup()
        store.log_handover(db, at, user.id, dialogue.state, said, [("text", answer)])
    await _send(context, chat.id, answer, markup)
    if opened is not None:
        link = transcript_url(settings.console_url, settings.db_path, opened.user_id)
        await _post(context, opened, lambda: case_post(db, opened, dialogue.facts, link))


async def _buyer_writes(update: Update, context: BotContext, case: store.Case,
                        text: str) -> None:
    """A buyer's message while a case is open goes to the operators."""
    user = update.effective_user
    assert user is not None
    db, at = context.db, iso(context.clock.now())
    lang = context.service.language_of(user.id, user.language_code)
    with transaction(db), use_language(lang):
        state = load_dialogue(db, user.id, menu.MENU).state
        ack = _(texts.PASSED_ON)
        store.log_handover(db, at, user.id, state, ("text", text), [("text", ack)])
    label = who(db, user.id)
    await _post(context, case, lambda: _(texts.FROM_BUYER).format(who=label, case=case.id,
                                                                 text=text))
    await _send(context, user.id, ack, _back_markup_in(lang))


def _back_markup_in(lang: str) -> InlineKeyboardMarkup:
    """The "Back to the bot" button in a given language."""
    with use_language(lang):
        return _back_markup()


async def reply_to_buyer(context: BotContext, operator: User, chat_id: int, case: store.Case,
                         text: str) -> None:
    """An operator's answer reaches the buyer as from the support team; logged and audited."""
    db, at = context.db, iso(context.clock.now())
    label = who(db, case.user_id)
    _audit(context, operator, "reply", str(case.user_id), True)
    with use_language(context.service.language_of(operator.id, operator.language_code)):
        if case.closed_at is not None:
            await _send(context, chat_id, _(texts.NO_OPEN_CASE).format(who=label))
            return
        sent_note = _(texts.REPLY_SENT).format(who=label)
    with use_language(case.lang):
        shown = _(texts.FROM_SUPPORT).format(text=text)
    with transaction(db):
        state = load_dialogue(db, case.user_id, menu.MENU).state
        store.log_handover(db, at, case.user_id, state, None, [("operator_text", shown)])
    await _send(context, case.user_id, shown, _back_markup_in(case.lang))
    await _send(context, chat_id, sent_note)


async def close(context: BotContext, case: store.Case, by: str, operator: User | None) -> None:
    """Close a case: the buyer is back with the bot, the operators are told."""
    db, at = context.db, iso(context.clock.now())
    label = who(db, case.user_id)
    with transaction(db), use_language(case.lang):
        store.close_case(db, case.id, at, by)
        told = _(texts.CLOSED_BY_SUPPORT if operator else texts.BACK_WITH_BOT)
        state = load_dialogue(db, case.user_id, menu.MENU).state
        store.log_handover(db, at, case.user_id, state, None, [("text", told)])
    await _send(context, case.user_id, told)
    message = texts.CASE_CLOSED if operator else texts.BUYER_LEFT
    await _post(context, case, lambda: _(message).format(who=label, case=case.id))


async def on_human(update: Update, context: BotContext) -> None:
    """/human in a private chat."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    await ask_for_person(update, context, ("command", "/human"))
    raise ApplicationHandlerStop


async def on_button(update: Update, context: BotContext) -> None:
    """"Talk to a person" and "Back to the bot": the presser acts on their own case only."""
    query, user = update.callback_query, update.effective_user
    key = Handover.unpack(query.data or "") if query else None
    if query is None or user is None or key is None:
        return
    await context.sender.answer_press(query)
    old = query.message if isinstance(query.message, Message) else None
    label = pressed_label(old, query.data or "") or key.action
    if key.action == ASK:
        await ask_for_person(update, context, ("click", label))
    elif key.action == BACK:
        case = store.open_case_of(context.db, user.id)
        if case is not None:
            await close(context, case, "buyer", None)
        else:
            with use_language(context.service.language_of(user.id, user.language_code)):
                await _send(context, user.id, _(texts.BACK_WITH_BOT))
    raise ApplicationHandlerStop


async def on_text(update: Update, context: BotContext) -> None:
    """Text: an operator's reply to a case post, a buyer's message to an open case, or a
    request for a person; anything else goes on to the other features."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or not message.text or user is None or chat is None:
        return
    replied = message.reply_to_message
    if replied is not None:
        case = store.case_by_post(context.db, chat.id, replied.message_id)
        if case is not None:
            if not _is_operator_chat(context, chat.id, user):
                # Someone else in the operators' group: their words go nowhere.
                if chat.type != ChatType.PRIVATE:
                    _audit(context, user, "reply", str(case.user_id), False)
                    raise ApplicationHandlerStop
                return
            await reply_to_buyer(context, user, chat.id, case, message.text)
            raise ApplicationHandlerStop
    if chat.type != ChatType.PRIVATE:
        return
    case = store.open_case_of(context.db, user.id)
    if case is not None:
        await _buyer_writes(update, context, case, message.text)
        raise ApplicationHandlerStop
    if asks_for_person(message.text):
        await ask_for_person(update, context, ("text", message.text))
        raise ApplicationHandlerStop


async def on_operator_command(update: Update, context: BotContext) -> None:
    """/reply USER text and /close USER, by operators in their chats; others fall through."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or not message.text or user is None or chat is None:
        return
    name, args = command_name(message.text), message.text.split(maxsplit=2)[1:]
    allowed = _is_operator_chat(context, chat.id, user)
    if not allowed:
        _audit(context, user, name, " ".join(args[:1]), False)
        return
    with use_language(context.service.language_of(user.id, user.language_code)):
        usage = _(texts.CLOSE_USAGE) if name == CLOSE else _(texts.REPLY_USAGE)
        if not args or (name == REPLY and len(args) < 2):
            await _send(context, chat.id, usage)
            raise ApplicationHandlerStop
        target = queries.resolve_user(context.db, args[0])
        case = store.open_case_of(context.db, target.id) if target else None
        if target is None or case is None:
            text = (_(texts.NO_SUCH_USER) if target is None else _(texts.NO_OPEN_CASE)).format(
                who=args[0] if target is None else target.label())
            _audit(context, user, name, args[0], True)
            await _send(context, chat.id, text)
            raise ApplicationHandlerStop
    if name == REPLY:
        await reply_to_buyer(context, user, chat.id, case, args[1])
    else:
        _audit(context, user, "close", str(case.user_id), True)
        await close(context, case, f"tg:{user.id}", user)
    raise ApplicationHandlerStop


def add_handover_handlers(app: Application) -> None:
    """Register the handover's commands, buttons and text handler (group -3); the service
    may now offer a person under "not understood" and ratings under answers."""
    service_in(app).feedback = True
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("human", on_human, new), group=HANDOVER_GROUP)
    app.add_handler(CommandHandler((REPLY, CLOSE), on_operator_command, new),
                    group=HANDOVER_GROUP)
    app.add_handler(CallbackQueryHandler(on_button, pattern=f"^{Handover.prefix}:"),
                    group=HANDOVER_GROUP)
    app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, on_text),
                    group=HANDOVER_GROUP)
