"""The dialogue service both transports call: lock the user, load, advance, save, log.

What transports use lives here (Incoming, Reply, Outgoing, Button, the callback keys).
Features extend the service without editing it through the hooks in bot/dialogue/hooks.py:
`views` add content to screens that name one, `effects` run the side effects that choices
ask for, `parsers` read what users type on screens that expect input (wired in
bot/dialogue/assembly.py, which checks that none is missing).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from weakref import WeakValueDictionary

import sqlite_utils

from bot.clock import Clock, iso
from bot.dialogue.hooks import Context, EffectFn, View, ViewButton, ViewFn
from bot.i18n import _, ngettext, pick_language, use_language
from bot.storage import inbox, transaction
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.dialogues import DialogueState, load_dialogue, save_dialogue
from bot.storage.users import set_language, touch_user
from bot.textsplit import split_text
from flows.engine import answering
from flows.engine import machine as engine
from flows.engine.answering import Moved, Used
from flows.engine.commands import COMMANDS, LANGUAGE_COMMAND
from flows.engine.spec import Say
from flows.inputs.parser import InputContext, Parser
from flows.languages import DEFAULT_LANGUAGE
from flows.scenarios import menu
from flows.scenarios.seller_glosses import FRAME, GLOSSES
from flows.understanding import understand

KEY_VERSION = "v1"
ARG_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
Kind = Literal["command", "click", "text", "other"]


@dataclass(frozen=True)
class Incoming:
    """One thing a user did: a command, a button press, typed text, or anything else.

    `label` is the pressed button's text as the user saw it, for the log only;
    `payload` is what followed /start (a deep link).
    """

    user_id: int
    chat_id: int
    kind: Kind
    value: str = ""
    tg_lang: str | None = None
    username: str | None = None
    label: str | None = None
    payload: str | None = None


@dataclass(frozen=True)
class Button:
    """A button: its callback key and its translated label."""

    key: str
    label: str


@dataclass(frozen=True)
class Outgoing:
    """One message to send; `copy` marks a text meant to be copied to the seller.

    `document` is a file to send instead of a text, as (file name, content).
    """

    text: str
    buttons: tuple[Button, ...] = ()
    copy: bool = False
    document: tuple[str, bytes] | None = None


@dataclass(frozen=True)
class Reply:
    """What to send back; `accepted` says a button press moved the dialogue on."""

    messages: tuple[Outgoing, ...]
    lang: str
    accepted: bool = False
    stale: bool = False


@dataclass(frozen=True)
class Decision:
    """Where an event leads: the new state, notices to show first, and what the press did."""

    state: DialogueState
    intro: list[Say] = field(default_factory=list)
    accepted: bool = False
    stale: bool = False
    effect: str | None = None
    redraw: bool = False


def button_key(step: int, trigger: str, arg: str | None = None) -> str:
    """The callback data of a button: version, the step it was shown at, trigger, argument."""
    return f"{KEY_VERSION}:{step}:{trigger}" + (f":{arg}" if arg else "")


def parse_key(key: str) -> tuple[int, str, str | None] | None:
    """The (step, trigger, arg) in a callback key, or None when it is not one of ours."""
    parts = key.split(":")
    if len(parts) not in (3, 4) or parts[0] != KEY_VERSION or not parts[1].isdigit():
        return None
    arg = parts[3] if len(parts) == 4 else None
    if arg is not None and not ARG_SHAPE.match(arg):
        return None
    return int(parts[1]), parts[2], arg


def say(item: Say) -> str:
    """Translate (with plural forms) and format one text; Say values are translated too."""
    text = ngettext(item.msgid, item.plural, item.n) if item.plural else _(item.msgid)
    args = {k: say(v) if isinstance(v, Say) else v for k, v in item.args.items()}
    return text.format(**args) if args else text


def candidates_view(ctx: Context) -> View:
    """The scenarios free text might mean, as buttons on the clarify screen."""
    names = [n for n in ctx.facts.get("candidates", "").split(",") if n in engine.FLOW_BY_NAME]
    return View(buttons=tuple(
        ViewButton(menu.PICK, _(engine.FLOW_BY_NAME[n].title), n) for n in names
    ))


def used_notes(used: Iterable[Used]) -> list[Say]:
    """One line per question answered from the buyer's words, then how to undo it."""
    notes = [Say(menu.USED.get(u.key, menu.USED_OTHER), {"answer": Say(u.choice.label)})
             for u in used]
    return [*notes, *answering.skipped_notes(used), Say(menu.USED_HINT)] if notes else []


def seller_gloss(seller_text: str | None) -> str | None:
    """The line above a seller text that says, in the buyer's language, what it asks for."""
    gloss = GLOSSES.get(seller_text or "")
    return _(FRAME).format(gloss=_(gloss)) if gloss else None


def screen_buttons(dialogue: DialogueState) -> tuple[Button, ...]:
    """A screen's own buttons, the corrections of answers taken for the user, Back, home."""
    own = engine.buttons(dialogue.state)
    last = (menu.BACK, menu.TO_MENU)
    fixes = tuple(
        Button(button_key(dialogue.step, answering.FIX, question),
               _(menu.FIX_LABEL).format(answer=_(choice.label)))
        for question, choice in answering.offered_fixes(dialogue.facts)
    )
    return tuple(
        Button(button_key(dialogue.step, c.trigger), _(c.label))
        for c in own if c.trigger not in last
    ) + fixes + tuple(
        Button(button_key(dialogue.step, c.trigger), _(c.label)) for c in own if c.trigger in last
    )


class DialogueService:
    """Turns an Incoming into a Reply, keeping state and the log in SQLite."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock,
                 default_lang: str = DEFAULT_LANGUAGE) -> None:
        self.db = db
        self.clock = clock
        self.default_lang = default_lang
        self.views: dict[str, ViewFn] = {menu.CANDIDATES_VIEW: candidates_view}
        self.effects: dict[str, EffectFn] = {}
        self.parsers: dict[str, Parser] = {}
        # Values formatted into /help and /privacy, e.g. {"days": 90} (the log retention).
        self.note_args: dict[str, object] = {}
        self._locks: WeakValueDictionary[int, asyncio.Lock] = WeakValueDictionary()

    def _lock(self, user_id: int) -> asyncio.Lock:
        """The lock that serialises one user's events."""
        lock = self._locks.get(user_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[user_id] = lock
        return lock

    async def handle(self, inc: Incoming) -> Reply:
        """Process one event for one user, atomically."""
        async with self._lock(inc.user_id):
            now = self.clock.now()
            at = iso(now)
            # From Telegram's poller the screen counts as shown only once it was sent.
            tracked = inbox.CURRENT.get() is not None
            with transaction(self.db):
                inbox.settle_current(self.db)
                user = touch_user(self.db, inc.user_id, at, inc.tg_lang, inc.username)
                lang = pick_language(user.lang, inc.tg_lang, self.default_lang)
                before = load_dialogue(self.db, inc.user_id, menu.MENU)
                decision = self._decide(before, inc, user.lang, lang, now)
                if not before.shown and (decision.stale or inc.kind in ("text", "other")):
                    # The screen never arrived: a press is stale only because of that, and
                    # text cannot answer a question the user never saw. Show the screen now.
                    decision = Decision(before, redraw=True)
                after = decision.state
                ctx = Context(self.db, inc.user_id, inc.chat_id, now, after.facts,
                              arg=after.facts.get("arg"))
                if decision.effect:
                    lang = self._apply_effect(decision.effect, ctx, lang)
                    after = DialogueState(after.state, after.step, dict(ctx.facts))
                with use_language(lang):
                    full = (decision.redraw or decision.stale or after.step != before.step
                            or not before.shown)
                    messages = self._render(after, decision.intro, full, ctx)
                if not ctx.forgotten:
                    save_dialogue(self.db, inc.user_id, after, at, shown=not tracked)
                    self._log(inc, at, before.state, after.state, messages)
            if ctx.forgotten:
                # Old page images of the erased rows live on in the WAL until a checkpoint.
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return Reply(tuple(messages), lang, decision.accepted, decision.stale)

    async def redraw(self, user_id: int) -> Reply | None:
        """The user's current screen again, when it never reached them (a crash between
        saving and sending); None when it did. Changes nothing but the log."""
        async with self._lock(user_id):
            before = load_dialogue(self.db, user_id, menu.MENU)
            if before.shown:
                return None
            now = self.clock.now()
            with transaction(self.db):
                lang = self.language_of(user_id, None)
                ctx = Context(self.db, user_id, user_id, now, before.facts,
                              arg=before.facts.get("arg"))
                with use_language(lang):
                    messages = self._render(before, [], True, ctx)
                entries = [LogEntry(iso(now), user_id, user_id, "out",
                                    "document" if m.document else "seller_text" if m.copy
                                    else "text", m.document[0] if m.document else m.text,
                                    before.state, before.state) for m in messages]
                log_messages(self.db, entries)
            return Reply(tuple(messages), lang)

    def language_of(self, user_id: int, tg_lang: str | None) -> str:
        """The language to answer this user in, without changing anything."""
        row = self.db.execute("SELECT lang FROM users WHERE id = ?", [user_id]).fetchone()
        return pick_language(row[0] if row else None, tg_lang, self.default_lang)

    def _apply_effect(self, effect: str, ctx: Context, lang: str) -> str:
        """Run the side effect a choice asked for; return the (maybe new) language."""
        name, _sep, param = effect.partition(":")
        if name == menu.LANGUAGE_EFFECT:
            set_language(self.db, ctx.user_id, param)
            return param
        ctx.param = param or None
        updates = self.effects[name](ctx)
        if updates:
            ctx.facts = {**ctx.facts, **updates}
        return lang

    def _decide(self, before: DialogueState, inc: Incoming, chosen_lang: str | None,
                lang: str, now: datetime) -> Decision:
        """Pick the next state for an event."""
        if inc.kind == "command":
            return self._command(before, inc, chosen_lang, lang)
        if inc.kind == "click":
            return self._click(before, inc.value)
        if inc.kind == "text":
            return self._text(before, inc.value, lang, now)
        return Decision(before, [Say(menu.NOT_TEXT)])

    def _click(self, before: DialogueState, key: str) -> Decision:
        """A button press counts only if it belongs to the screen the user is on now."""
        parsed = parse_key(key)
        if parsed and parsed[0] == before.step:
            _step, trigger, arg = parsed
            moved = self._press(before, trigger, arg)
            if moved is not None:
                return self._moved(before, moved, accepted=True)
        return Decision(before, [Say(menu.STALE_BUTTON)], stale=True)

    @staticmethod
    def _press(before: DialogueState, trigger: str, arg: str | None) -> Moved | None:
        """Where a press leads: a correction, Back, or a choice of the current screen."""
        if trigger == answering.FIX:
            return answering.correct(before.facts, arg or "")
        facts = {**before.facts, "arg": arg} if arg else before.facts
        if not engine.is_valid(before.state, trigger, with_arg=arg is not None):
            return None
        return answering.step(before.state, trigger, facts)

    @staticmethod
    def _moved(before: DialogueState, moved: Moved, intro: Iterable[Say] = (),
               accepted: bool = False) -> Decision:
        """A Decision for a move: the notices, then one line per question answered for the user."""
        state = DialogueState(moved.state, before.step + 1, dict(moved.facts))
        return Decision(state, [*intro, *used_notes(moved.used)], accepted=accepted,
                        effect=moved.effect)

    def _text(self, before: DialogueState, text: str, lang: str, now: datetime) -> Decision:
        """Typed text: input for screens that expect it, otherwise understood as a message."""
        expects = engine.SCREENS[before.state].expects
        if expects is None:
            return self._route(before, text, lang, now)
        result = self.parsers[expects](text, InputContext(lang, now, before.facts))
        if result.error is not None or result.trigger is None:
            return Decision(before, [result.error or Say(menu.UNKNOWN_INPUT)])
        moved = answering.step(before.state, result.trigger, {**before.facts, **result.facts})
        assert moved is not None, f"{expects} fired {result.trigger}, not a choice of the screen"
        return self._moved(before, moved)

    def _route(self, before: DialogueState, text: str, lang: str, now: datetime) -> Decision:
        """Free text: answer the question on screen, open the case it describes, or reply.

        A scam request wins over everything; what the buyer said is kept only when the
        text led somewhere, so a message nobody understood saves nothing.
        """
        heard = understand(text, lang, now.date())
        facts = answering.remember(before.facts, heard.facts)
        if not heard.scam and answering.answered_here(before.state, heard.facts):
            return self._moved(before, answering.settle(before.state, facts))
        flow = engine.FLOW_BY_NAME.get(answering.case_for(heard) or "")
        candidates = [c for c in heard.candidates if c in engine.FLOW_BY_NAME][:2]
        if flow is None and len(candidates) == 1:
            flow = engine.FLOW_BY_NAME[candidates[0]]
        if flow is not None and flow.name == engine.FLOW_OF.get(before.state) \
                and not heard.facts and not heard.scam:
            # Reopening the case the buyer is in, with nothing new, would only undo answers.
            return Decision(before, [Say(menu.SAME_CASE_REPLY)])
        if flow is not None:
            moved = answering.step(before.state, engine.open_trigger(flow.name), facts)
            assert moved is not None, "open_* jumps are valid from every state"
            return self._moved(before, moved, [Say(menu.ROUTED, {"title": Say(flow.title)})])
        if candidates:
            facts = answering.arrive(before.state, menu.CLARIFY,
                                     {**facts, "candidates": ",".join(candidates)})
            return Decision(DialogueState(menu.CLARIFY, before.step + 1, facts))
        return self._small_talk(before, heard.intent, text)

    def _small_talk(self, before: DialogueState, intent: str | None, text: str) -> Decision:
        """Greetings and help lead to the menu, thanks and off-topic keep the screen."""
        if intent == "language":
            moved = answering.step(before.state, menu.TO_LANGUAGE, before.facts)
            assert moved is not None, "the language screen is reachable from every state"
            return self._moved(before, moved)
        if intent in ("greeting", "help"):
            moved = answering.step(before.state, menu.TO_MENU, before.facts)
            assert moved is not None, "the menu is reachable from every state"
            reply = menu.GREETING_REPLY if intent == "greeting" else menu.HELP_REPLY
            return self._moved(before, moved, [Say(reply)])
        replies = {"thanks": menu.THANKS_REPLY, "offtopic": menu.OFFTOPIC_REPLY}
        return Decision(before, [Say(replies.get(intent or "", menu.unclear_reply(text)))])

    def _command(self, before: DialogueState, inc: Incoming, chosen_lang: str | None,
                 lang: str) -> Decision:
        """Commands, as `flows.engine.commands` declares them: a jump, a redraw or a note."""
        command = COMMANDS.get(inc.value)
        if command is None:
            return Decision(before, [Say(menu.UNKNOWN_COMMAND, self._note_args(lang))])
        if command.redraws and before.step > 0:
            return Decision(before, redraw=True)
        greets = command.greets
        if command.asks_language and chosen_lang is None and inc.tg_lang is None:
            command = COMMANDS[LANGUAGE_COMMAND]
        if command.trigger is None:
            return Decision(before, [Say(command.note or menu.UNKNOWN_COMMAND,
                                         self._note_args(lang))])
        target = command.trigger
        if command.follows_link and inc.payload in engine.FLOW_BY_NAME:
            target = engine.open_trigger(inc.payload)
        moved = answering.step(before.state, target, before.facts)
        assert moved is not None, "global jumps are valid from every state"
        return self._moved(before, moved, [Say(menu.GREETING)] if greets else [])

    def _note_args(self, lang: str) -> dict[str, object]:
        """Values for /help and /privacy; the retention in days with its plural form."""
        args = dict(self.note_args)
        days = args.get("days")
        if isinstance(days, int):
            with use_language(lang):
                # Translators: {n} is a number of days; the result fills {days} in the /privacy text
                # ("kept for 90 days").
                args["days"] = ngettext("{n} day", "{n} days", days).format(n=days)
        return args

    def _render(self, dialogue: DialogueState, intro: list[Say], full: bool,
                ctx: Context) -> list[Outgoing]:
        """The messages for a screen: intro notices, then the screen (or just its buttons)."""
        screen = engine.SCREENS[dialogue.state]
        view = self.views[screen.view](ctx) if screen.view else View()
        buttons = tuple(
            Button(button_key(dialogue.step, b.trigger, b.arg), b.label) for b in view.buttons
        ) + screen_buttons(dialogue)
        texts = [say(item) for item in intro]
        if full or not texts:
            gloss = seller_gloss(screen.seller_text) if full else None
            texts.append("\n\n".join([*(_(p) for p in screen.text), *view.paragraphs,
                                       *([gloss] if gloss else [])]))
        parts = [part for text in texts for part in split_text(text)]
        messages = [Outgoing(p) for p in parts]
        if full and screen.seller_text:
            messages.append(Outgoing(screen.seller_text, copy=True))
        if full and view.document:
            messages.insert(0, Outgoing("", document=view.document))
        last = messages[-1]
        messages[-1] = Outgoing(last.text, buttons, last.copy)
        return messages

    def _log(self, inc: Incoming, at: str, state_before: str, state_after: str,
             messages: Iterable[Outgoing]) -> None:
        """Write the incoming event and every outgoing message to the conversation log."""
        shown = {"command": f"/{inc.value}" + (f" {inc.payload}" if inc.payload else ""),
                 "click": inc.label or inc.value}
        entries = [LogEntry(
            at, inc.chat_id, inc.user_id, "in", inc.kind,
            shown.get(inc.kind, inc.value), state_before, state_after,
        )]
        for m in messages:
            kind = "document" if m.document else "seller_text" if m.copy else "text"
            text = m.document[0] if m.document else m.text
            entries.append(LogEntry(
                at, inc.chat_id, inc.user_id, "out", kind, text, state_before, state_after,
            ))
        log_messages(self.db, entries)
