"""The bot in groups: joining and leaving, public answers, and the step into private chat.

Nothing personal happens in a group: no orders, deadlines or dialogue, no order numbers.
Every group update is handled here (group -1), so the private dialogue never sees one.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, InlineKeyboardButton, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    filters,
)
from telegram.helpers import create_deep_linked_url

from bot.clock import iso
from bot.command_lines import lines_later
from bot.groups import public_wording
from bot.groups.keywords import topic_of
from bot.groups.links import MENU, group_payload
from bot.groups.store import (
    GroupChat,
    chat_added,
    chat_removed,
    ensure_chat,
    get_chat,
    log_group_event,
    log_group_exchange,
    move_chat,
    set_bot_status,
)
from bot.i18n import _, pick_language, use_language
from bot.storage import transaction
from bot.telegram.context import BotContext, install_state
from bot.telegram.groups.admins import is_admin
from bot.telegram.groups.deeplink import deep_link_handler
from bot.telegram.groups.posting import GroupRuntime, now_of, post, runtime
from bot.telegram.groups.settings import on_settings_click, open_settings
from bot.telegram.updates import command_name
from flows.engine.callbacks import GroupSetting
from flows.engine.commands import Where

log = logging.getLogger("refundbot.groups")

GROUPS = filters.ChatType.GROUPS & filters.UpdateType.MESSAGE
GROUP_EDITS = filters.ChatType.GROUPS & filters.UpdateType.EDITED
GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)
# command -> (answer, flow the "Continue in private chat" button opens)
ANSWERS = {
    "refund": (public_wording.REFUND_ANSWER, MENU),
    "start": (public_wording.REFUND_ANSWER, MENU),
    "help": (public_wording.GROUP_HELP, MENU),
    "deadlines": (public_wording.DEADLINES, "basics"),
}
# The command lists group texts name, from the group menus.
COMMAND_LISTS = {"commands": lines_later(Where.GROUP),
                 "admin_commands": lines_later(Where.GROUP_ADMIN, besides=Where.GROUP)}


def say(msgid: str) -> str:
    """A group text in the current language, with the command lists filled in."""
    return _(msgid).format(**COMMAND_LISTS)


def private_link(bot_username: str, flow: str, chat_id: int) -> str:
    """The URL of the "Continue in private chat" button."""
    return create_deep_linked_url(bot_username, group_payload(flow, chat_id))


def _in_group(update: object) -> bool:
    """Whether an update comes from a group or supergroup."""
    chat = update.effective_chat if isinstance(update, Update) else None
    return chat is not None and chat.type in GROUP_TYPES


class GroupMemberHandler(ChatMemberHandler[BotContext, None]):
    """my_chat_member in groups and channels; private ones (blocks) are left to others."""

    def check_update(self, update: object) -> bool:
        """Only chats that are not private."""
        chat = update.effective_chat if isinstance(update, Update) else None
        return bool(chat and chat.type != ChatType.PRIVATE and super().check_update(update))


class GroupButtonHandler(CallbackQueryHandler[BotContext, None]):
    """Every button press on a message in a group, so none reaches the private dialogue."""

    def check_update(self, update: object) -> bool:
        """Only presses in groups."""
        return bool(_in_group(update) and super().check_update(update))


def _present(member: ChatMember) -> bool:
    """Whether a membership means the bot is in the chat."""
    if member.status == ChatMemberStatus.RESTRICTED:
        return bool(getattr(member, "is_member", False))
    return member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR,
                             ChatMemberStatus.OWNER)


def continue_button(context: BotContext, flow: str,
                    chat_id: int) -> list[list[InlineKeyboardButton]]:
    """The one-tap way into private chat, opening `flow` there."""
    url = private_link(context.bot.username, flow, chat_id)
    return [[InlineKeyboardButton(_(public_wording.CONTINUE), url=url)]]


async def on_my_chat_member(update: Update, context: BotContext) -> None:
    """The bot was added to, removed from, promoted or demoted in a group or channel."""
    change = update.my_chat_member
    if change is None:
        return
    chat, actor = change.chat, change.from_user
    was_in, is_in = _present(change.old_chat_member), _present(change.new_chat_member)
    status = change.new_chat_member.status
    service = context.service
    db, at = service.db, iso(now_of(context))
    if chat.type == ChatType.CHANNEL:
        with transaction(db):
            log_group_event(db, at, chat.id, actor.id,
                            "channel_added" if is_in else "channel_removed", status)
        if is_in and not was_in:
            await _leave_channel(context, chat.id, actor.id, actor.language_code)
    elif is_in and not was_in:
        by_admin = await is_admin(context, chat.id, actor.id)
        lang = pick_language(None, actor.language_code, service.default_lang)
        with transaction(db):
            group = chat_added(db, chat.id, chat.title or "", chat.type, lang, status, actor.id, at)
            log_group_event(db, at, chat.id, actor.id, "group_added",
                            f"{status}; by {'admin' if by_admin else 'member'}")
        await _introduce(context, group, by_admin)
    elif was_in and not is_in:
        with transaction(db):
            chat_removed(db, chat.id, at)
            log_group_event(db, at, chat.id, actor.id, "group_removed", status)
        runtime(context).admins.drop_chat(chat.id)
    elif change.old_chat_member.status != status:
        with transaction(db):
            ensure_chat(db, chat.id, chat.title or "", chat.type, service.default_lang, at)
            set_bot_status(db, chat.id, status, at)
            log_group_event(db, at, chat.id, actor.id, "group_bot_status", status)
    raise ApplicationHandlerStop


async def _introduce(context: BotContext, group: GroupChat, by_admin: bool) -> None:
    """One short introduction in the group's language, with the commands."""
    with use_language(group.lang):
        parts = [_(public_wording.INTRO), say(public_wording.GROUP_HELP)]
        if not by_admin:
            parts.append(_(public_wording.ADDED_BY_MEMBER))
        await post(context, group.id, "\n\n".join(parts),
                   buttons=continue_button(context, MENU, group.id))


async def _leave_channel(context: BotContext, chat_id: int, actor_id: int,
                         actor_lang: str | None) -> None:
    """Leave a channel (nothing to do there) and tell whoever added the bot, if it can."""
    lang = pick_language(None, actor_lang, context.service.default_lang)
    with use_language(lang):
        note = _(public_wording.CHANNEL_NOTE)
    try:
        await context.sender.reliably(lambda: context.bot.leave_chat(chat_id), what="leaveChat")
        await context.sender.reliably(lambda: context.bot.send_message(actor_id, note),
                                      chat_id=actor_id, what="sendMessage")
    except TelegramError as err:  # best effort: they may never have started the bot
        log.info("channel %s: %s", chat_id, err.message)


def _group_of(context: BotContext, message: Message) -> GroupChat:
    """The stored group a message comes from (created with defaults if missing)."""
    service = context.service
    chat = message.chat
    return ensure_chat(service.db, chat.id, chat.title or "", chat.type, service.default_lang,
                       iso(now_of(context)))


async def on_group_command(update: Update, context: BotContext) -> None:
    """A /command in a group: public answers, or /settings for admins."""
    message = update.effective_message
    if message is None or not message.text:
        return
    head = message.text.split()[0]
    addressee = head.partition("@")[2]
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # meant for another bot in the group
    name = command_name(message.text)
    group = _group_of(context, message)
    if name == "settings":
        await open_settings(context, message, group)
    elif name in ANSWERS and group.mode != "muted":
        answer, flow = ANSWERS[name]
        await _answer(context, message, group, answer, flow, ("command", f"/{name}"))
    raise ApplicationHandlerStop


async def _answer(context: BotContext, message: Message, group: GroupChat,
                  msgid: str, flow: str, asked: tuple[str, str]) -> None:
    """Post a short public answer with the button into private chat, and log both."""
    with use_language(group.lang):
        text = say(msgid)
        sent = await post(context, group.id, text, reply_to=message,
                          buttons=continue_button(context, flow, group.id))
    if sent is not None:
        user = message.from_user
        log_group_exchange(context.db, iso(now_of(context)), group.id,
                           user.id if user else None, asked, text)


async def on_group_text(update: Update, context: BotContext) -> None:
    """Mentions mode: a member's message about refunds gets a short reply with the button."""
    message = update.effective_message
    user = message.from_user if message else None
    if message is None or not message.text or user is None or user.is_bot or message.sender_chat:
        return
    group = get_chat(context.db, message.chat.id)
    flow = topic_of(message.text)
    if group is None or not group.active or group.mode != "mentions" or flow is None:
        return
    if runtime(context).mentions.allow((group.id, user.id), now_of(context)):
        # The member's words stay out of the log: only the topic that matched is kept.
        await _answer(context, message, group, public_wording.MENTION_ANSWER, flow,
                      ("text", f"[about: {flow}]"))
    raise ApplicationHandlerStop


async def on_group_click(update: Update, context: BotContext) -> None:
    """A button press in a group: settings buttons are handled, anything else just answered."""
    query = update.callback_query
    if query is None:
        return
    data = query.data or ""
    if GroupSetting.owns(data):
        await on_settings_click(update, context, data)
    else:
        await context.sender.answer_press(query)
    raise ApplicationHandlerStop


async def on_group_edit(update: Update, context: BotContext) -> None:
    """An edited message in a group is not a new command or question: nothing happens."""
    raise ApplicationHandlerStop


async def on_migrate(update: Update, context: BotContext) -> None:
    """A group became a supergroup (new id): keep its settings and where users came from."""
    message = update.effective_message
    if message is None:
        return
    old, new = ((message.chat.id, message.migrate_to_chat_id) if message.migrate_to_chat_id
                else (message.migrate_from_chat_id, message.chat.id))
    if old and new:
        db, at = context.db, iso(now_of(context))
        with transaction(db):
            move_chat(db, old, new, at)
    raise ApplicationHandlerStop


def add_group_handlers(app: Application) -> None:
    """Register the group handlers (group -1) and the per-process group state."""
    install_state(app, GroupRuntime())
    handlers = [
        GroupMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(GROUP_EDITS, on_group_edit),
        deep_link_handler(),
        MessageHandler(GROUPS & filters.StatusUpdate.MIGRATE, on_migrate),
        MessageHandler(GROUPS & filters.COMMAND, on_group_command),
        MessageHandler(GROUPS & filters.TEXT & ~filters.COMMAND, on_group_text),
        GroupButtonHandler(on_group_click),
    ]
    for handler in handlers:
        app.add_handler(handler, group=-1)
