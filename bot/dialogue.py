"""The dialogue service both transports call: lock the user, load, advance, save, log.

Features extend it without editing it: `views` add content to screens that name one,
`effects` run the side effects that choices ask for (see bot/features.py).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from weakref import WeakValueDictionary

import sqlite_utils

from bot.clock import Clock, iso
from bot.i18n import _, ngettext, pick_language, use_language
from bot.storage import inbox, transaction
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.dialogues import DialogueState, load_dialogue, save_dialogue
from bot.storage.users import set_language, touch_user
from bot.textsplit import split_text
from flows import core, engine
from flows.inputs import INPUTS, InputContext
from flows.routing import route
from flows.spec import Say

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


@dataclass
class Context:
    """What a view or an effect may use: the database, the user, facts and the moment."""

    db: sqlite_utils.Database
    user_id: int
    chat_id: int
    now: datetime
    facts: Mapping[str, str]
    arg: str | None = None
    param: str | None = None
    forgotten: bool = False

    def forget_user(self) -> None:
        """Tell the service the user's data was erased: save and log nothing more."""
        self.forgotten = True


@dataclass(frozen=True)
class ViewButton:
    """A button a view adds: a trigger the screen declares with `takes_arg=True`, a label,
    and the argument (validated again by the effect: never trust it)."""

    trigger: str
    label: str
    arg: str | None = None


@dataclass(frozen=True)
class View:
    """Content a view adds to a screen: translated paragraphs, buttons, maybe a file."""

    paragraphs: tuple[str, ...] = ()
    buttons: tuple[ViewButton, ...] = ()
    document: tuple[str, bytes] | None = None


ViewFn = Callable[[Context], View]
EffectFn = Callable[[Context], Mapping[str, str] | None]


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
        ViewButton(core.PICK, _(engine.FLOW_BY_NAME[n].title), n) for n in names
    ))


class DialogueService:
    """Turns an Incoming into a Reply, keeping state and the log in SQLite."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock, default_lang: str = "en") -> None:
        self.db = db
        self.clock = clock
        self.default_lang = default_lang
        self.views: dict[str, ViewFn] = {core.CANDIDATES_VIEW: candidates_view}
        self.effects: dict[str, EffectFn] = {}
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
                before = load_dialogue(self.db, inc.user_id, core.MENU)
                decision = self._decide(before, inc, user.lang, lang, now)
                if decision.stale and not before.shown:
                    # The press is stale only because the screen never arrived: show it now.
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
            before = load_dialogue(self.db, user_id, core.MENU)
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
        if name == "lang":
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
            return self._command(before, inc, chosen_lang)
        if inc.kind == "click":
            return self._click(before, inc.value)
        if inc.kind == "text":
            return self._text(before, inc.value, lang, now)
        return Decision(before, [Say(core.NOT_TEXT)])

    def _click(self, before: DialogueState, key: str) -> Decision:
        """A button press counts only if it belongs to the screen the user is on now."""
        parsed = parse_key(key)
        if parsed and parsed[0] == before.step:
            _step, trigger, arg = parsed
            facts = {**before.facts, "arg": arg} if arg else before.facts
            valid = engine.is_valid(before.state, trigger, with_arg=arg is not None)
            step = engine.advance(before.state, trigger, facts) if valid else None
            if step is not None:
                moved = DialogueState(step.state, before.step + 1, dict(step.facts))
                return Decision(moved, accepted=True, effect=step.effect)
        return Decision(before, [Say(core.STALE_BUTTON)], stale=True)

    def _text(self, before: DialogueState, text: str, lang: str, now: datetime) -> Decision:
        """Typed text: input for screens that expect it, otherwise a pointer to the buttons."""
        expects = engine.SCREENS[before.state].expects
        if expects is None:
            return self._route(before, text)
        result = INPUTS[expects](text, InputContext(lang, now, before.facts))
        if result.error is not None or result.trigger is None:
            return Decision(before, [result.error or Say(core.UNKNOWN_INPUT)])
        step = engine.advance(before.state, result.trigger, {**before.facts, **result.facts})
        assert step is not None, f"{expects} fired {result.trigger}, not a choice of the screen"
        moved = DialogueState(step.state, before.step + 1, dict(step.facts))
        return Decision(moved, effect=step.effect)

    def _route(self, before: DialogueState, text: str) -> Decision:
        """Free text outside an input screen: open the scenario it describes, or ask."""
        routed = route(text)
        flow = engine.FLOW_BY_NAME.get(routed.flow or "")
        if flow is not None:
            step = engine.advance(before.state, engine.open_trigger(flow.name), before.facts)
            assert step is not None, "open_* jumps are valid from every state"
            moved = DialogueState(step.state, before.step + 1, before.facts)
            return Decision(moved, [Say(core.ROUTED, {"title": Say(flow.title)})])
        candidates = [c for c in routed.candidates if c in engine.FLOW_BY_NAME]
        if not candidates:
            return Decision(before, [Say(core.UNKNOWN_INPUT)])
        facts = {**before.facts, "candidates": ",".join(candidates)}
        return Decision(DialogueState(core.CLARIFY, before.step + 1, facts))

    def _command(self, before: DialogueState, inc: Incoming, chosen_lang: str | None) -> Decision:
        """Commands: jumps (/start, /cancel, /language, flow commands) or notes in place.

        `resume` (sent by the console on launch) redraws a saved step or starts afresh.
        """
        name = inc.value
        if name == "resume":
            if before.step > 0:
                return Decision(before, redraw=True)
            name = "start"
        if name == "start" and chosen_lang is None and inc.tg_lang is None:
            name = "language"
        # `guide` is what a reminder's button sends: like /start, minus the greeting.
        jumps = {"start": core.TO_MENU, "guide": core.TO_MENU, "cancel": core.TO_MENU,
                 "language": core.TO_LANGUAGE}
        jumps.update({c: engine.open_trigger(f.name) for c, f in engine.FLOW_BY_COMMAND.items()})
        if name in jumps:
            target = jumps[name]
            if name in ("start", "guide") and inc.payload in engine.FLOW_BY_NAME:
                target = engine.open_trigger(inc.payload)
            step = engine.advance(before.state, target, before.facts)
            assert step is not None, "global jumps are valid from every state"
            intro = [Say(core.GREETING)] if inc.value in ("start", "resume") else []
            return Decision(DialogueState(step.state, before.step + 1, before.facts), intro)
        info = {"help": core.HELP, "privacy": core.PRIVACY}.get(name, core.UNKNOWN_COMMAND)
        return Decision(before, [Say(info, dict(self.note_args))])

    def _render(self, dialogue: DialogueState, intro: list[Say], full: bool,
                ctx: Context) -> list[Outgoing]:
        """The messages for a screen: intro notices, then the screen (or just its buttons)."""
        screen = engine.SCREENS[dialogue.state]
        view = self.views[screen.view](ctx) if screen.view else View()
        buttons = tuple(
            Button(button_key(dialogue.step, b.trigger, b.arg), b.label) for b in view.buttons
        ) + tuple(
            Button(button_key(dialogue.step, c.trigger), _(c.label))
            for c in engine.buttons(dialogue.state)
        )
        texts = [say(item) for item in intro]
        if full or not texts:
            texts.append("\n\n".join([*(_(p) for p in screen.text), *view.paragraphs]))
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
