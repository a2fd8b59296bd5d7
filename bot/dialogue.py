"""The dialogue service both transports call: lock the user, load, advance, save, log."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal
from weakref import WeakValueDictionary

import sqlite_utils

from bot.clock import Clock, iso
from bot.i18n import _, pick_language, use_language
from bot.storage import transaction
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.dialogues import DialogueState, load_dialogue, save_dialogue
from bot.storage.users import set_language, touch_user
from bot.textsplit import split_text
from flows import core, engine

KEY_VERSION = "v1"
Kind = Literal["command", "click", "text", "other"]


@dataclass(frozen=True)
class Incoming:
    """One thing a user did: a command, a button press, typed text, or anything else."""

    user_id: int
    chat_id: int
    kind: Kind
    value: str = ""
    tg_lang: str | None = None
    username: str | None = None


@dataclass(frozen=True)
class Button:
    """A button: its callback key and its translated label."""

    key: str
    label: str


@dataclass(frozen=True)
class Outgoing:
    """One message to send; `copy` marks a text meant to be copied to the seller."""

    text: str
    buttons: tuple[Button, ...] = ()
    copy: bool = False


@dataclass(frozen=True)
class Reply:
    """What to send back; `pressed` notes the choice made, for the pressed message."""

    messages: tuple[Outgoing, ...]
    lang: str
    pressed: str | None = None
    stale: bool = False


@dataclass(frozen=True)
class Decision:
    """Where an event leads: the new state, notices to show first, and what the press did."""

    state: DialogueState
    intro: list[str] = field(default_factory=list)
    pressed: str | None = None
    stale: bool = False
    effect: str | None = None
    redraw: bool = False


def button_key(step: int, trigger: str) -> str:
    """The callback data of a button: version, the step it was shown at, the trigger."""
    return f"{KEY_VERSION}:{step}:{trigger}"


def parse_key(key: str) -> tuple[int, str] | None:
    """The (step, trigger) in a callback key, or None when it is not one of ours."""
    parts = key.split(":")
    if len(parts) != 3 or parts[0] != KEY_VERSION or not parts[1].isdigit():
        return None
    return int(parts[1]), parts[2]


class DialogueService:
    """Turns an Incoming into a Reply, keeping state and the log in SQLite."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock, default_lang: str = "en") -> None:
        self.db = db
        self.clock = clock
        self.default_lang = default_lang
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
            at = iso(self.clock.now())
            with transaction(self.db):
                user = touch_user(self.db, inc.user_id, at, inc.tg_lang, inc.username)
                lang = pick_language(user.lang, inc.tg_lang, self.default_lang)
                before = load_dialogue(self.db, inc.user_id, core.MENU)
                decision = self._decide(before, inc, user.lang)
                after = decision.state
                if decision.effect and decision.effect.startswith("lang:"):
                    lang = decision.effect.removeprefix("lang:")
                    set_language(self.db, inc.user_id, lang)
                with use_language(lang):
                    label = _(decision.pressed) if decision.pressed else None
                    pressed = _(core.PRESSED).format(label=label) if label else None
                    full = decision.redraw or decision.stale or after.step != before.step
                    messages = self._render(after, decision.intro, full)
                save_dialogue(self.db, inc.user_id, after, at)
                self._log(inc, at, before.state, after.state, label, messages)
            return Reply(tuple(messages), lang, pressed, decision.stale)

    def language_of(self, user_id: int, tg_lang: str | None) -> str:
        """The language to answer this user in, without changing anything."""
        row = self.db.execute("SELECT lang FROM users WHERE id = ?", [user_id]).fetchone()
        return pick_language(row[0] if row else None, tg_lang, self.default_lang)

    def _decide(self, before: DialogueState, inc: Incoming, chosen_lang: str | None) -> Decision:
        """Pick the next state for an event."""
        if inc.kind == "command":
            return self._command(before, inc, chosen_lang)
        if inc.kind == "click":
            parsed = parse_key(inc.value)
            if parsed and parsed[0] == before.step and engine.is_valid(before.state, parsed[1]):
                step = engine.advance(before.state, parsed[1], before.facts)
                if step is not None:
                    label = next(
                        c.label for c in engine.choices(before.state) if c.trigger == parsed[1]
                    )
                    moved = DialogueState(step.state, before.step + 1, dict(step.facts))
                    return Decision(moved, pressed=label, effect=step.effect)
            return Decision(before, [core.STALE_BUTTON], stale=True)
        return Decision(before, [core.UNKNOWN_INPUT if inc.kind == "text" else core.NOT_TEXT])

    def _command(self, before: DialogueState, inc: Incoming, chosen_lang: str | None) -> Decision:
        """Commands: /start, /cancel, /language jump; /help, /privacy inform in place.

        `resume` (sent by the console on launch) redraws a saved step or starts afresh.
        """
        jumps = {"start": core.TO_MENU, "cancel": core.TO_MENU, "language": core.TO_LANGUAGE}
        name = inc.value
        if name == "resume":
            if before.step > 0:
                return Decision(before, redraw=True)
            name = "start"
        if name == "start" and chosen_lang is None and inc.tg_lang is None:
            name = "language"
        if name in jumps:
            step = engine.advance(before.state, jumps[name], before.facts)
            assert step is not None, "global jumps are valid from every state"
            intro = [core.GREETING] if inc.value in ("start", "resume") else []
            return Decision(DialogueState(step.state, before.step + 1, before.facts), intro)
        info = {"help": core.HELP, "privacy": core.PRIVACY}.get(name, core.UNKNOWN_COMMAND)
        return Decision(before, [info])

    def _render(self, dialogue: DialogueState, intro: list[str], full: bool) -> list[Outgoing]:
        """The messages for a screen: intro notices, then the screen (or just its buttons)."""
        screen = engine.SCREENS[dialogue.state]
        buttons = tuple(
            Button(button_key(dialogue.step, c.trigger), _(c.label))
            for c in engine.buttons(dialogue.state)
        )
        texts = [_(m) for m in intro]
        if full or not texts:
            texts.append("\n\n".join(_(p) for p in screen.text))
        parts = [part for text in texts for part in split_text(text)]
        messages = [Outgoing(p) for p in parts]
        if full and screen.seller_text:
            messages.append(Outgoing(screen.seller_text, copy=True))
        last = messages[-1]
        messages[-1] = Outgoing(last.text, buttons, last.copy)
        return messages

    def _log(
        self,
        inc: Incoming,
        at: str,
        state_before: str,
        state_after: str,
        pressed: str | None,
        messages: Iterable[Outgoing],
    ) -> None:
        """Write the incoming event and every outgoing message to the conversation log."""
        shown = {"command": f"/{inc.value}", "click": pressed or f"[stale] {inc.value}"}
        entries = [LogEntry(
            at, inc.chat_id, inc.user_id, "in", inc.kind,
            shown.get(inc.kind, inc.value), state_before, state_after,
        )]
        for m in messages:
            kind = "seller_text" if m.copy else "text"
            entries.append(LogEntry(
                at, inc.chat_id, inc.user_id, "out", kind, m.text, state_before, state_after,
            ))
        log_messages(self.db, entries)
