"""The dialogue engine: one shared `transitions` machine for every user.

Per event the one shared model gets the user's saved state, the trigger fires and
the new state is read back; nothing per user stays in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from transitions import EventData, Machine, MachineError

from flows.catalog import all_flows
from flows.conditions import CONDITIONS
from flows.core import BACK, BACK_LABEL, LANGUAGE, MENU, TO_LANGUAGE, TO_MENU, TO_MENU_LABEL
from flows.spec import Choice, Flow, Screen

FLOWS: tuple[Flow, ...] = all_flows()
SCREENS: dict[str, Screen] = {s.name: s for f in FLOWS for s in f.screens}
FLOW_BY_NAME: dict[str, Flow] = {f.name: f for f in FLOWS}
FLOW_BY_COMMAND: dict[str, Flow] = {f.command: f for f in FLOWS if f.command}
FLOW_OF: dict[str, str] = {s.name: f.name for f in FLOWS for s in f.screens}
HOME = Choice(TO_MENU, TO_MENU_LABEL, MENU)
PICK_LANGUAGE = Choice(TO_LANGUAGE, TO_MENU_LABEL, LANGUAGE)
# The machine sends Back home; `flows.answering` sends it to the previous screen when
# the dialogue has one.
GO_BACK = Choice(BACK, BACK_LABEL, MENU)
# Screens of the guide scenarios (flows without their own command) get a Back button.
_GUIDES = {s.name for f in FLOWS if f.command is None for s in f.screens}


class Conversation:
    """The model a transition runs on: facts for conditions, and the choice that fired."""

    state: str

    def __init__(self, facts: Mapping[str, str]) -> None:
        self.facts = facts
        self.chosen: Choice | None = None

    def reset(self, facts: Mapping[str, str]) -> None:
        """Ready the shared model for the next event: these facts, no choice yet."""
        self.facts, self.chosen = facts, None


@dataclass(frozen=True)
class Step:
    """The outcome of one event: where the user is now and what the press asked for."""

    state: str
    facts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    effect: str | None = None


def open_trigger(flow_name: str) -> str:
    """The trigger that opens a flow from anywhere (menu entries, commands, typed text)."""
    return f"open_{flow_name}"


def _predicate(name: str) -> Any:
    """Wrap a named fact predicate as a transitions condition callable."""
    fn = CONDITIONS[name]
    return lambda event: fn(event.model.facts)


def _record(choice: Choice) -> Any:
    """An `after` callback that tells the model which choice's transition fired."""

    def after(event: EventData) -> None:
        model: Conversation = event.model  # type: ignore[assignment]
        model.chosen = choice

    return after


def choices(state: str) -> tuple[Choice, ...]:
    """The buttons of a screen, one per trigger, plus the way home where it applies."""
    screen = SCREENS[state]
    seen: dict[str, Choice] = {}
    for choice in screen.choices:
        seen.setdefault(choice.trigger, choice)
    if has_back(state):
        seen.setdefault(BACK, GO_BACK)
    if screen.home:
        seen.setdefault(TO_MENU, HOME)
    return tuple(seen.values())


def has_back(state: str) -> bool:
    """Whether a screen offers Back: a guide's question or advice, not input or a view."""
    screen = SCREENS[state]
    return screen.home and state in _GUIDES and not screen.expects and not screen.view


def _transitions() -> list[dict[str, Any]]:
    """Every screen's choices as transitions dicts, plus `to_menu` from everywhere."""
    result: list[dict[str, Any]] = []
    for screen in SCREENS.values():
        for c in screen.choices:
            result.append({
                "trigger": c.trigger,
                "source": screen.name,
                "dest": c.dest,
                "conditions": [_predicate(n) for n in c.conditions],
                "unless": [_predicate(n) for n in c.unless],
                "after": _record(c),
            })
    opens = (Choice(open_trigger(f.name), f.title, f.entry) for f in FLOWS)
    jumps = [HOME, PICK_LANGUAGE, GO_BACK, *opens]
    for jump in jumps:
        result.append({"trigger": jump.trigger, "source": "*", "dest": jump.dest,
                       "after": _record(jump)})
    return result


MACHINE = Machine(
    model=None,
    states=list(SCREENS),
    transitions=_transitions(),
    initial=MENU,
    auto_transitions=False,
    send_event=True,
)


_MODEL = Conversation({})
MACHINE.add_model(_MODEL, initial=MENU)


def advance(state: str, trigger: str, facts: Mapping[str, str]) -> Step | None:
    """Fire `trigger` from `state`; None when the trigger is not valid there.

    One model is reused (set its state, fire, read back): adding and removing a model per
    event rebuilt its trigger methods each time (~2.9 ms); events never interleave here
    because nothing awaits between setting the state and reading the result.
    """
    if state not in SCREENS:
        state = MENU
    model = _MODEL
    model.reset(facts)
    MACHINE.set_state(state, model)
    try:
        if not model.trigger(trigger) or model.chosen is None:  # type: ignore[attr-defined]
            return None
        chosen = model.chosen
        return Step(model.state, MappingProxyType({**facts, **chosen.sets}), chosen.effect)
    except (MachineError, AttributeError):
        return None
    finally:
        model.reset({})


def buttons(state: str) -> tuple[Choice, ...]:
    """The fixed buttons of a screen (not typed-input triggers, not the view's own)."""
    return tuple(c for c in choices(state) if not c.hidden and not c.takes_arg)


def is_valid(state: str, trigger: str, with_arg: bool = False) -> bool:
    """Whether a button press may fire this trigger on the screen the user is on.

    A press with an argument may only fire a `takes_arg` choice, one without only a
    fixed button; typed-input triggers are never reachable by a press.
    """
    if state not in SCREENS:
        return False
    allowed = (c for c in choices(state) if c.takes_arg) if with_arg else buttons(state)
    return trigger in {c.trigger for c in allowed}


