"""Group /settings for admins: language, when the bot answers, mute. Group chats only.

Callback data is a `GroupSetting` record (`gs1:<what>:<value>`); who may press is checked
on the server (getChatMember, asked again on every press), never taken from the button.
"""

from __future__ import annotations

from typing import cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.clock import iso
from bot.groups import public_wording
from bot.groups.store import MODES, GroupChat, Mode, get_chat, log_group_event, set_lang, set_mode
from bot.i18n import LANGUAGES, _, use_language
from bot.storage import transaction
from bot.telegram.context import BotContext
from bot.telegram.groups.admins import bot_sees_all, is_admin, sender_is_admin
from bot.telegram.groups.posting import Buttons, now_of, post
from flows.engine.callbacks import GroupSetting


def _mark(label: str, chosen: bool) -> str:
    """A button label with a tick when it is the current choice."""
    return f"✓ {label}" if chosen else label


async def settings_screen(context: BotContext,
                          group: GroupChat) -> tuple[str, Buttons]:
    """The settings text and keyboard, in the group's language."""
    sees_all = await bot_sees_all(context, group)
    with use_language(group.lang):
        text = _(public_wording.SETTINGS).format(
            language=_(public_wording.LANGUAGE_NAMES[group.lang]),
            mode=_(public_wording.MODE_NAMES[group.mode]))
        if not sees_all:
            text += "\n\n" + _(public_wording.NEEDS_ACCESS)
        languages = [InlineKeyboardButton(
            _mark(_(public_wording.LANGUAGE_NAMES[lang]), lang == group.lang),
            callback_data=GroupSetting("lang", lang).pack()) for lang in LANGUAGES]
        modes = [[InlineKeyboardButton(
            _mark(_(public_wording.MODE_BUTTONS[mode]), mode == group.mode),
            callback_data=GroupSetting("mode", mode).pack())] for mode in MODES]
        done = [InlineKeyboardButton(_(public_wording.DONE),
                                     callback_data=GroupSetting("done").pack())]
    return text, [languages, *modes, done]


async def open_settings(context: BotContext, message: Message,
                        group: GroupChat) -> None:
    """/settings in a group: the screen for admins, a short refusal for everyone else."""
    if not await sender_or_refuse(context, message, group):
        return
    text, buttons = await settings_screen(context, group)
    await post(context, group.id, text, buttons=buttons, reply_to=message)


async def sender_or_refuse(context: BotContext, message: Message,
                           group: GroupChat) -> bool:
    """True for an admin; otherwise say only admins may, and return False."""
    if await sender_is_admin(context, message):
        return True
    with use_language(group.lang):
        await post(context, group.id, _(public_wording.NOT_ADMIN), reply_to=message)
    return False


async def on_settings_click(update: Update, context: BotContext,
                            data: str) -> None:
    """A press on the settings keyboard: check the presser is an admin, apply, redraw."""
    query = update.callback_query
    message = query.message if query else None
    if query is None or not isinstance(message, Message):
        return
    group = get_chat(context.db, message.chat.id)
    key = GroupSetting.unpack(data)
    if group is None or not group.active or key is None:
        await context.sender.answer_press(query)
        return
    with use_language(group.lang):
        refusal = _(public_wording.NOT_ADMIN)
        blocked = _(public_wording.NEEDS_ACCESS_SHORT)
    if not await is_admin(context, group.id, query.from_user.id, fresh=True):
        await context.sender.answer_press(query, refusal, show_alert=True)
        return
    if key.what == "mode" and key.value == "mentions" and not await bot_sees_all(context, group):
        await context.sender.answer_press(query, blocked, show_alert=True)
        return
    await context.sender.answer_press(query)
    what, value = key.what, key.value or ""
    if what == "done":
        with use_language(group.lang):
            await _edit(context, message, _(public_wording.SAVED), None)
        return
    changed = _apply(context, group, query.from_user.id, what, value)
    text, buttons = await settings_screen(context, changed)
    await _edit(context, message, text, InlineKeyboardMarkup(buttons))


def _apply(context: BotContext, group: GroupChat, admin_id: int,
           what: str, value: str) -> GroupChat:
    """Store one change and log it as a group event; unknown values change nothing."""
    db, at = context.db, iso(now_of(context))
    with transaction(db):
        if what == "lang" and value in LANGUAGES and value != group.lang:
            set_lang(db, group.id, value, at)
        elif what == "mode" and value in MODES and value != group.mode:
            set_mode(db, group.id, cast(Mode, value), at)
        else:
            return group
        log_group_event(db, at, group.id, admin_id, "group_settings", f"{what}={value}")
    changed = get_chat(db, group.id)
    assert changed is not None
    return changed


async def _edit(context: BotContext, message: Message, text: str,
                markup: InlineKeyboardMarkup | None) -> None:
    """Redraw the settings message (the answer to the press, so retried); an identical
    redraw is not an error."""
    await context.sender.reliably(lambda: message.edit_text(text, reply_markup=markup),
                                  chat_id=message.chat.id, what="editMessageText")
