"""One turn of the dialogue as a pure decision: saved state and an event in, a Decision out.

No Telegram, no SQLite, no clock: the moment, the languages, the input parsers and the
values of /help and /privacy come in a `TurnContext`. bot/dialogue/service.py locks, loads,
calls `decide`, runs the effect it names, renders, saves and logs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from flows.engine import answering, outcomes
from flows.engine import machine as engine
from flows.engine.answering import Moved, Used
from flows.engine.callbacks import TEXT, DialogueKey
from flows.engine.commands import COMMANDS, LANGUAGE_COMMAND
from flows.engine.spec import Say
from flows.inputs.parser import TYPED, InputContext, Parser
from flows.scenarios import menu
from flows.understanding import Understanding, understand

Kind = Literal["command", "click", "jump", "text", "screenshot", "other"]


@dataclass(frozen=True)
class DialogueState:
    """A user's current screen, how many steps they have taken, and the facts gathered.

    `shown` is False while the screen of this step has not reached the user (a failed send
    or a crash between saving and sending): their next event gets it again.
    """

    state: str
    step: int = 0
    facts: dict[str, str] = field(default_factory=dict)
    shown: bool = True


@dataclass(frozen=True)
class Incoming:
    """One thing a user did: a command, a button press, a jump, typed text, or anything else.

    `label` is the pressed button's text as the user saw it, for the log only; `payload` is
    what followed /start (a deep link). A jump (`kind="jump"`) fires the trigger in `value`
    with `arg` (e.g. an order id) from whatever screen the user is on, when the machine
    declares that trigger a jump. `update_id` is the Telegram update this event came in
    (None elsewhere): the service settles it in the turn's own transaction. A screenshot
    (`kind="screenshot"`) carries the text read off the image in `value`, its caption in
    `caption`.
    """

    user_id: int
    chat_id: int
    kind: Kind
    value: str = ""
    tg_lang: str | None = None
    username: str | None = None
    label: str | None = None
    payload: str | None = None
    arg: str | None = None
    update_id: int | None = None
    caption: str | None = None


@dataclass(frozen=True)
class TurnContext:
    """What a turn may know besides the state and the event, all plain data.

    `chosen_lang` is the language the user picked (None until they do), `lang` the one the
    turn answers in; `parsers` read typed input by the name a screen `expects`; `note_args`
    are the values formatted into /help and /privacy (e.g. the log retention). `heard` is
    what `understand` made of this event's text in `lang` on `now`'s date, when the caller
    worked it out beforehand (off its event loop); None makes the turn understand it itself.
    """

    now: datetime
    lang: str
    chosen_lang: str | None = None
    parsers: Mapping[str, Parser] = field(default_factory=dict)
    note_args: Mapping[str, object] = field(default_factory=dict)
    heard: Understanding | None = None


@dataclass(frozen=True)
class Decision:
    """Where an event leads: the new state, notices to show first, and what the press did.

    `outcome` is what the reply is (flows/engine/outcomes.py), for the conversation log,
    when the turn said it; `what` derives it from the screen otherwise.
    """

    state: DialogueState
    intro: list[Say] = field(default_factory=list)
    accepted: bool = False
    stale: bool = False
    effect: str | None = None
    redraw: bool = False
    outcome: str = field(default="", compare=False)

    @property
    def what(self) -> str:
        """What the reply is: as the turn said, or by the screen it shows."""
        return self.outcome or outcomes.screen_outcome(self.state.state)


def button_key(step: int, trigger: str, arg: str | None = None) -> str:
    """The callback data of a dialogue button: the step it was shown at, trigger, argument."""
    return DialogueKey(step, trigger, arg).pack()


def decide(before: DialogueState, inc: Incoming, ctx: TurnContext) -> Decision:
    """Pick the next state for an event; a screen that never arrived is shown first."""
    decision = _decide(before, inc, ctx)
    if not before.shown and (decision.stale or inc.kind in ("text", "screenshot", "other")):
        # The screen never arrived: a press is stale only because of that, and text
        # cannot answer a question the user never saw. Show the screen now.
        decision = Decision(before, redraw=True)
    return decision


def _decide(before: DialogueState, inc: Incoming, ctx: TurnContext) -> Decision:
    """Dispatch on the kind of event."""
    if inc.kind == "command":
        return _command(before, inc, ctx)
    if inc.kind == "click":
        return _click(before, inc.value, ctx)
    if inc.kind == "jump":
        return _jump(before, inc.value, inc.arg)
    if inc.kind == "text":
        return _text(before, inc.value, ctx)
    if inc.kind == "screenshot":
        return _screenshot(before, inc.value, inc.caption, ctx)
    return Decision(before, [Say(menu.NOT_TEXT)], outcome=outcomes.UNSUPPORTED)


def _stale(before: DialogueState) -> Decision:
    """A press that does not belong here: say so and stay."""
    return Decision(before, [Say(menu.STALE_BUTTON)], stale=True, outcome=outcomes.INFO)


def _click(before: DialogueState, data: str, ctx: TurnContext) -> Decision:
    """A button press counts only if it belongs to the screen the user is on now."""
    key = DialogueKey.unpack(data)
    if key is None or key.step != before.step:
        return _stale(before)
    if key.trigger == TYPED and key.arg is not None \
            and engine.is_valid(before.state, TYPED, with_arg=True):
        # A button that answers for the buyer: its argument is read as if typed.
        return _input(before, key.arg, ctx, accepted=True)
    moved = _press(before, key.trigger, key.arg)
    return _stale(before) if moved is None else _moved(before, moved, accepted=True)


def _jump(before: DialogueState, trigger: str, arg: str | None) -> Decision:
    """A jump with its argument: from any screen, if the machine declares it a jump."""
    if arg is None or not TEXT.fullmatch(arg) or not engine.is_jump(trigger):
        return _stale(before)
    moved = answering.step(before.state, trigger, {**before.facts, "arg": arg})
    return _stale(before) if moved is None else _moved(before, moved, accepted=True)


def _press(before: DialogueState, trigger: str, arg: str | None) -> Moved | None:
    """Where a press leads: a correction, Back, or a choice of the current screen."""
    if trigger == answering.FIX:
        return answering.correct(before.facts, arg or "")
    facts = {**before.facts, "arg": arg} if arg else before.facts
    if not engine.is_valid(before.state, trigger, with_arg=arg is not None):
        return None
    return answering.step(before.state, trigger, facts)


def used_notes(used: Iterable[Used]) -> list[Say]:
    """One line per question answered from the buyer's words, then how to undo it."""
    notes = [Say(menu.USED.get(u.key, menu.USED_OTHER), {"answer": Say(u.choice.label)})
             for u in used]
    return [*notes, *answering.skipped_notes(used), Say(menu.USED_HINT)] if notes else []


def _moved(before: DialogueState, moved: Moved, intro: Iterable[Say] = (),
           accepted: bool = False) -> Decision:
    """A Decision for a move: the notices, then one line per question answered for the user."""
    state = DialogueState(moved.state, before.step + 1, dict(moved.facts))
    return Decision(state, [*intro, *used_notes(moved.used)], accepted=accepted,
                    effect=moved.effect)


def _text(before: DialogueState, text: str, ctx: TurnContext) -> Decision:
    """Typed text: input for screens that expect it, otherwise understood as a message."""
    if engine.SCREENS[before.state].expects is None:
        return _route(before, text, ctx)
    return _input(before, text, ctx)


def _input(before: DialogueState, text: str, ctx: TurnContext,
           accepted: bool = False) -> Decision:
    """Input for a screen that expects it: read by the screen's parser, or a clear error."""
    expects = engine.SCREENS[before.state].expects
    if expects is None:
        return _stale(before)
    result = ctx.parsers[expects](text, InputContext(ctx.lang, ctx.now, before.facts))
    if result.error is not None or result.trigger is None:
        return Decision(before, [result.error or Say(menu.UNKNOWN_INPUT)],
                        outcome=outcomes.NOT_UNDERSTOOD)
    moved = answering.step(before.state, result.trigger, {**before.facts, **result.facts})
    assert moved is not None, f"{expects} fired {result.trigger}, not a choice of the screen"
    return _moved(before, moved, accepted=accepted)


def _route(before: DialogueState, text: str, ctx: TurnContext) -> Decision:
    """Free text: answer the question on screen, open the case it describes, or reply.

    A scam request wins over everything; what the buyer said is kept only when the
    text led somewhere, so a message nobody understood saves nothing.
    """
    heard = ctx.heard if ctx.heard is not None else understand(text, ctx.lang, ctx.now.date())
    return _follow(before, heard, text, ctx)


def understands_text(before: DialogueState, inc: Incoming) -> bool:
    """Whether `decide` would understand this event's text as a message (not as input)."""
    return (inc.kind == "text" and before.shown
            and engine.SCREENS[before.state].expects is None)


def _screenshot(before: DialogueState, text: str, caption: str | None,
                ctx: TurnContext) -> Decision:
    """A screenshot's read text: say what was read, then answer as if the buyer typed it."""
    # Imported with the first screenshot: its patterns (~8 ms to compile) are not needed
    # before the bot polls, nor ever without screenshot reading installed.
    from flows.understanding import screenshot_reply as reading

    read = reading.read(text, caption, ctx.lang, ctx.now.date())
    if read.heard is None:
        return Decision(before, list(read.intro))
    return _follow(before, read.heard, caption or "", ctx, read.intro)


def _follow(before: DialogueState, heard: Understanding, text: str, ctx: TurnContext,
            intro: Iterable[Say] = ()) -> Decision:
    """Where what the buyer said (typed or shown) leads, after the notices in `intro`."""
    facts = answering.remember(before.facts, heard.facts)
    # Only a message understood from its start says it was cut; one nobody understood
    # gets the long-message reply instead.
    cut = [Say(menu.CUT_NOTE)] if heard.cut else []
    if not heard.scam and answering.answered_here(before.state, heard.facts):
        return _moved(before, answering.settle(before.state, facts), [*intro, *cut])
    if engine.SCREENS[before.state].form and not heard.scam:
        # Half an order is on this screen: a date or a story must not carry the buyer off.
        return Decision(before, [*intro, Say(menu.UNKNOWN_INPUT)], outcome=outcomes.NOT_UNDERSTOOD)
    flow = engine.FLOW_BY_NAME.get(answering.case_for(heard) or "")
    candidates = [c for c in heard.candidates if c in engine.FLOW_BY_NAME][:2]
    if flow is None and len(candidates) == 1:
        flow = engine.FLOW_BY_NAME[candidates[0]]
    if flow is not None and flow.name == engine.FLOW_OF.get(before.state) \
            and not heard.facts and not heard.scam:
        # Reopening the case the buyer is in, with nothing new, would only undo answers.
        return Decision(before, [*intro, Say(menu.SAME_CASE_REPLY), *cut],
                        outcome=outcomes.INFO)
    if flow is not None:
        moved = answering.step(before.state, engine.open_trigger(flow.name), facts)
        assert moved is not None, "open_* jumps are valid from every state"
        return _moved(before, moved,
                      [*intro, Say(menu.ROUTED, {"title": Say(flow.title)}), *cut])
    if candidates:
        facts = answering.arrive(before.state, menu.CLARIFY,
                                 {**facts, "candidates": ",".join(candidates)})
        return Decision(DialogueState(menu.CLARIFY, before.step + 1, facts), [*intro, *cut])
    if intro:
        return Decision(before, list(intro))
    return _small_talk(before, heard.intent, text, ctx)


def _small_talk(before: DialogueState, intent: str | None, text: str,
                ctx: TurnContext) -> Decision:
    """Greetings and help lead to the menu, thanks and off-topic keep the screen."""
    if intent == "language":
        moved = answering.step(before.state, menu.TO_LANGUAGE, before.facts)
        assert moved is not None, "the language screen is reachable from every state"
        return _moved(before, moved)
    if intent in ("greeting", "help"):
        moved = answering.step(before.state, menu.TO_MENU, before.facts)
        assert moved is not None, "the menu is reachable from every state"
        reply = menu.GREETING_REPLY if intent == "greeting" else menu.HELP_REPLY
        return _moved(before, moved, [Say(reply)])
    if intent == "thanks":
        return Decision(before, [Say(menu.THANKS_REPLY)], outcome=outcomes.INFO)
    # Off-topic is the bot unable to place the message too: operators count it as not understood.
    reply = menu.OFFTOPIC_REPLY if intent == "offtopic" else menu.unclear_reply(text)
    return Decision(before, [Say(reply, ctx.note_args)], outcome=outcomes.NOT_UNDERSTOOD)


def _command(before: DialogueState, inc: Incoming, ctx: TurnContext) -> Decision:
    """Commands, as `flows.engine.commands` declares them: a jump, a redraw or a note."""
    command = COMMANDS.get(inc.value)
    if command is None:
        return Decision(before, [Say(menu.UNKNOWN_COMMAND, ctx.note_args)],
                        outcome=outcomes.UNKNOWN_COMMAND)
    if command.redraws and before.step > 0:
        return Decision(before, redraw=True)
    greets = command.greets
    if command.asks_language and ctx.chosen_lang is None and inc.tg_lang is None:
        command = COMMANDS[LANGUAGE_COMMAND]
    if command.trigger is None:
        return Decision(before, [Say(command.note or menu.UNKNOWN_COMMAND, ctx.note_args)],
                        outcome=outcomes.INFO)
    target = command.trigger
    if command.follows_link and inc.payload in engine.FLOW_BY_NAME:
        target = engine.open_trigger(inc.payload)
    moved = answering.step(before.state, target, before.facts)
    assert moved is not None, "global jumps are valid from every state"
    return _moved(before, moved, [Say(menu.GREETING)] if greets else [])
