"""The dialogue service both transports call: lock, load, decide, act, render, save, log.

What to do with an event is decided in flows/engine/turn.py (pure); this module does it, in
one transaction. Transports import what they use from here (Incoming, Reply, Outgoing, Button).
Features extend the service without editing it through the hooks in bot/dialogue/hooks.py:
`views` add content to screens that name one, `effects` run the side effects that choices
ask for, `parsers` read what users type on screens that expect input (wired in
bot/dialogue/assembly.py, which checks that none is missing).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from weakref import WeakValueDictionary

import sqlite_utils

from bot.clock import Clock, iso
from bot.dialogue.hooks import Context, EffectFn, View, ViewButton, ViewFn
from bot.handover.texts import TALK_TO_PERSON
from bot.i18n import _, ngettext, pick_language, use_language
from bot.ratings.store import RATING_LABELS, offer_rating
from bot.storage import inbox, transaction
from bot.storage.checkpoint import Checkpoints
from bot.storage.conversation_log import LogEntry, log_messages
from bot.storage.dialogues import load_dialogue, save_dialogue
from bot.storage.users import set_language, touch_user
from bot.textsplit import split_text
from flows.engine import answering, outcomes
from flows.engine import machine as engine
from flows.engine.callbacks import DialogueKey, Handover, RateAnswer
from flows.engine.commands import COMMANDS
from flows.engine.placeholders import filled
from flows.engine.spec import Say
from flows.engine.turn import (
    Decision,
    DialogueState,
    Incoming,
    Kind,
    TurnContext,
    button_key,
    decide,
    understands_text,
    used_notes,
)
from flows.inputs.parser import Parser
from flows.languages import DEFAULT_LANGUAGE
from flows.scenarios import menu
from flows.scenarios.dispute_texts import one_request
from flows.scenarios.seller_glosses import FRAME, gloss_of
from flows.understanding import Understanding, understand

# What transports and tests import from here; the turn itself lives in flows/engine/turn.py.
__all__ = ["Button", "Decision", "DialogueService", "DialogueState", "Incoming", "Kind",
           "Outgoing", "Reply", "button_key", "say", "seller_gloss", "used_notes"]


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
    # The log rows of `messages`, in order, to mark delivered as Telegram accepts each.
    log_ids: tuple[int, ...] = ()


QUOTES = str.maketrans("", "", "\"«»“”")


def unquoted(label: str) -> str:
    """A button label without quote marks of its own, for a template that quotes it."""
    return " ".join(label.translate(QUOTES).split())


def say(item: Say) -> str:
    """Translate (with plural forms) and format one text; Say values are translated too."""
    text = ngettext(item.msgid, item.plural, item.n) if item.plural else _(item.msgid)
    args = {k: say(v) if isinstance(v, Say) else v for k, v in item.args.items()}
    if menu.QUOTED_ARG in args:
        args[menu.QUOTED_ARG] = unquoted(str(args[menu.QUOTED_ARG]))
    return text.format(**args) if args else text


def candidates_view(ctx: Context) -> View:
    """The scenarios free text might mean, as buttons on the clarify screen."""
    names = [n for n in ctx.facts.get("candidates", "").split(",") if n in engine.FLOW_BY_NAME]
    return View(buttons=tuple(
        ViewButton(menu.PICK, _(engine.FLOW_BY_NAME[n].title), n) for n in names
    ))


def seller_gloss(seller_text: str | None, wanted: str | None = None) -> str | None:
    """The line above a seller text that says, in the buyer's language, what it asks for
    (`wanted`: the request the buyer said they want, for a dispute description)."""
    gloss = gloss_of(seller_text, wanted)
    return _(FRAME).format(gloss=_(gloss)) if gloss else None


def rating_offered(db: sqlite_utils.Database, user_id: int, dialogue: DialogueState, at: str,
                   messages: list[Outgoing]) -> list[Outgoing]:
    """An answer's last message with 👍 / 👎 under its own buttons (private chats only)."""
    offer_rating(db, user_id, dialogue.step, dialogue.state, at)
    return with_buttons(messages, *(Button(RateAnswer(dialogue.step, value).pack(), _(label))
                                    for value, label in RATING_LABELS))


def with_buttons(messages: list[Outgoing], *more: Button) -> list[Outgoing]:
    """The messages with `more` buttons after the last message's own, above Back and Main menu
    (which stay last, where thumbs find them)."""
    last = messages[-1]
    nav = 0
    for button in reversed(last.buttons):
        key = DialogueKey.unpack(button.key)
        if key is None or key.trigger not in (menu.BACK, menu.TO_MENU):
            break
        nav += 1
    cut = len(last.buttons) - nav
    buttons = last.buttons[:cut] + more + last.buttons[cut:]
    return [*messages[:-1], Outgoing(last.text, buttons, last.copy, last.document)]


def screen_buttons(dialogue: DialogueState) -> tuple[Button, ...]:
    """A screen's own buttons, the corrections of answers taken for the user, Back, home."""
    own = engine.buttons(dialogue.state)
    last = (menu.BACK, menu.TO_MENU)
    fixes = tuple(
        Button(button_key(dialogue.step, answering.FIX, question),
               _(menu.FIX_LABEL).format(answer=unquoted(_(choice.label))))
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
        # Ratings under answers and a person under "not understood": set by the transport
        # that handles their buttons (Telegram), so no other transport shows dead buttons.
        self.feedback = False
        # Values formatted into /help and /privacy, e.g. {"days": 90} (the log retention).
        self.note_args: dict[str, object] = {}
        self._locks: WeakValueDictionary[int, asyncio.Lock] = WeakValueDictionary()
        self.checkpoints = Checkpoints(db)

    def _lock(self, user_id: int) -> asyncio.Lock:
        """The lock that serialises one user's events."""
        lock = self._locks.get(user_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[user_id] = lock
        return lock

    async def handle(self, inc: Incoming) -> Reply:
        """Process one event for one user, atomically: load, decide, act, render, save, log."""
        async with self._lock(inc.user_id):
            now = self.clock.now()
            at = iso(now)
            log_ids: tuple[int, ...] = ()
            early = await self._understood(inc, now)
            with transaction(self.db):
                if inc.update_id is not None:
                    inbox.settle_one(self.db, inc.update_id)
                user = touch_user(self.db, inc.user_id, at, inc.tg_lang, inc.username)
                lang = pick_language(user.lang, inc.tg_lang, self.default_lang)
                before = load_dialogue(self.db, inc.user_id, menu.MENU)
                # /help, /privacy and the "I understand only ..." reply fill these in.
                notes = self._note_args(lang) if inc.kind in ("command", "text") else {}
                heard = early[1] if early is not None and early[0] == lang else None
                decision = decide(before, inc, TurnContext(now, lang, user.lang, self.parsers,
                                                           notes, heard))
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
                    if self.feedback and inc.chat_id == inc.user_id:
                        messages = self._feedback(inc.user_id, decision, full, after, at,
                                                  messages)
                if not ctx.forgotten:
                    # From Telegram the screen counts as shown only once it was sent.
                    save_dialogue(self.db, inc.user_id, after, at,
                                  shown=inc.update_id is None)
                    log_ids = self._log(inc, at, before.state, after.state, messages,
                                        decision.what)
            if ctx.forgotten:
                # Old page images of the erased rows live on in the WAL until a checkpoint.
                self.checkpoints.after_erase()
            return Reply(tuple(messages), lang, decision.accepted, decision.stale, log_ids)

    async def _understood(self, inc: Incoming,
                          now: datetime) -> tuple[str, Understanding] | None:
        """What a typed message means and the language it was read in, worked out in a
        worker thread; None for an event the turn will not understand as a message."""
        if inc.kind != "text":
            return None
        # Under the user's lock nothing else changes their screen or language before the
        # turn; the turn re-checks the language all the same and reads again if it moved.
        if not understands_text(load_dialogue(self.db, inc.user_id, menu.MENU), inc):
            return None
        lang = self.language_of(inc.user_id, inc.tg_lang)
        # A long hostile message costs milliseconds: other users' turns run meanwhile. The
        # machine (not thread-safe) and SQLite stay on the loop; `understand` is pure.
        return lang, await asyncio.to_thread(understand, inc.value, lang, now.date())

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
                                    before.state, before.state,
                                    outcomes.screen_outcome(before.state), delivered=0)
                           for m in messages]
                log_ids = log_messages(self.db, entries)
            return Reply(tuple(messages), lang, log_ids=log_ids)

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

    def _feedback(self, user_id: int, decision: Decision, full: bool, after: DialogueState,
                  at: str, messages: list[Outgoing]) -> list[Outgoing]:
        """👍 / 👎 under a freshly shown answer; the way to a person under "not understood"."""
        if full and decision.what == outcomes.ANSWER:
            return rating_offered(self.db, user_id, after, at, messages)
        if decision.what == outcomes.NOT_UNDERSTOOD:
            return with_buttons(messages, Button(Handover("ask").pack(), _(TALK_TO_PERSON)))
        return messages

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
        """The message for a screen: intro notices, then the screen (or just its buttons)."""
        screen = engine.SCREENS[dialogue.state]
        view = self.views[screen.view](ctx) if screen.view else View()
        buttons = tuple(
            Button(button_key(dialogue.step, b.trigger, b.arg), b.label) for b in view.buttons
        ) + screen_buttons(dialogue)
        # What was understood, the facts used and the advice travel as one message; only
        # Telegram's length limit splits it.
        texts = [say(item) for item in intro]
        said = answering.said(dialogue.facts)
        if full or not texts:
            gloss = seller_gloss(screen.seller_text, said.get("refund_wanted")) if full else None
            texts += [*(_(p) for p in screen.text), *view.paragraphs, *([gloss] if gloss else [])]
        messages = [Outgoing(part) for part in split_text("\n\n".join(texts))]
        if full and screen.seller_text:
            draft = one_request(filled(screen.seller_text, said), said.get("refund_wanted"))
            messages.append(Outgoing(draft, copy=True))
        if full and view.document:
            messages.insert(0, Outgoing("", document=view.document))
        last = messages[-1]
        messages[-1] = Outgoing(last.text, buttons, last.copy)
        return messages

    def _log(self, inc: Incoming, at: str, state_before: str, state_after: str,
             messages: Iterable[Outgoing], outcome: str) -> tuple[int, ...]:
        """Write the incoming event and every outgoing message to the conversation log;
        return the outgoing rows' ids (a transport that sends them marks each delivered)."""
        shown = {"command": f"/{inc.value}" + (f" {inc.payload}" if inc.payload else ""),
                 "click": inc.label or inc.value,
                 "jump": inc.label or f"{inc.value} {inc.arg or ''}".strip(),
                 # The image itself is never kept: what was read off it, for the operators.
                 "screenshot": "\n".join(["[screenshot]", *filter(None, [inc.caption]),
                                          inc.value])}
        # A transport's own signal (the terminal chat's resume on launch) was never typed.
        signal = inc.kind == "command" and inc.value in COMMANDS and not COMMANDS[inc.value].typed
        entries = [] if signal else [LogEntry(
            at, inc.chat_id, inc.user_id, "in", inc.kind,
            shown.get(inc.kind, inc.value), state_before, state_after,
        )]
        # Delivered once the transport got it out (Telegram accepted it, the terminal printed
        # it): the transport marks each row (Reply.log_ids).
        delivered = 0
        for m in messages:
            kind = "document" if m.document else "seller_text" if m.copy else "text"
            text = m.document[0] if m.document else m.text
            entries.append(LogEntry(
                at, inc.chat_id, inc.user_id, "out", kind, text, state_before, state_after,
                outcome, delivered,
            ))
        return log_messages(self.db, entries)
