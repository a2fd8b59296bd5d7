"""The dialogue engine: one shared `transitions` machine for every user.

Per event the one shared model gets the user's saved state, the trigger fires and
the new state is read back; nothing per user stays in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from transitions import EventData, MachineError

from flows.engine.build import MovesMachine, offered_by_state
from flows.engine.conditions import CONDITIONS
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios.index import all_flows
from flows.scenarios.menu import (
    BACK,
    BACK_LABEL,
    LANGUAGE,
    MENU,
    TO_LANGUAGE,
    TO_MENU,
    TO_MENU_LABEL,
)

FLOWS: tuple[Flow, ...] = all_flows()
SCREENS: dict[str, Screen] = {s.name: s for f in FLOWS for s in f.screens}
FLOW_BY_NAME: dict[str, Flow] = {f.name: f for f in FLOWS}
FLOW_BY_COMMAND: dict[str, Flow] = {f.command: f for f in FLOWS if f.command}
FLOW_OF: dict[str, str] = {s.name: f.name for f in FLOWS for s in f.screens}
HOME = Choice(TO_MENU, TO_MENU_LABEL, MENU)
PICK_LANGUAGE = Choice(TO_LANGUAGE, TO_MENU_LABEL, LANGUAGE)
# The machine sends Back home; `flows.engine.answering` sends it to the previous screen when
# the dialogue has one.
GO_BACK = Choice(BACK, BACK_LABEL, MENU)
# Jumps with an argument, valid from every screen (a reminder's button with its order id).
JUMPS: tuple[Choice, ...] = tuple(j for f in FLOWS for j in f.jumps)
_JUMP_TRIGGERS = frozenset(j.trigger for j in JUMPS if j.takes_arg)
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


def _record(event: EventData) -> None:
    """An `after` callback that tells the model which choice's transition fired."""
    model: Conversation = event.model  # type: ignore[assignment]
    model.chosen = event.transition.choice  # type: ignore[union-attr]


def has_back(state: str) -> bool:
    """Whether a screen offers Back: a guide's question or advice, not input or a view."""
    screen = SCREENS[state]
    return screen.home and state in _GUIDES and not screen.expects and not screen.view


def _row(trigger: str, source: str, choice: Choice, offered: bool) -> dict[str, Any]:
    """One `transitions` dict; conditions stay names so diagrams can print them."""
    return {"trigger": trigger, "source": source, "dest": choice.dest,
            "conditions": list(choice.conditions), "unless": list(choice.unless),
            "choice": choice, "offered": offered}


def transitions_of(screens: Iterable[Screen], jumps: bool = True) -> list[dict[str, Any]]:
    """The one translation of screens into `transitions` dicts, for the machine and diagrams.

    Each screen's choices in order, then (with `jumps`) the ways out every screen has:
    home and Back (offered where the screen shows them), language and each flow's opener.
    """
    rows: list[dict[str, Any]] = []
    for screen in screens:
        seen: set[str] = set()
        for c in screen.choices:
            rows.append(_row(c.trigger, screen.name, c, c.trigger not in seen))
            seen.add(c.trigger)
        if jumps:
            back = BACK not in seen and has_back(screen.name)
            rows.append(_row(BACK, screen.name, GO_BACK, back))
            rows.append(_row(TO_MENU, screen.name, HOME, TO_MENU not in seen and screen.home))
    if jumps:
        opens = (Choice(open_trigger(f.name), f.title, f.entry) for f in FLOWS)
        rows += [_row(j.trigger, "*", j, False) for j in (PICK_LANGUAGE, *opens, *JUMPS)]
    return rows


def _runnable(row: dict[str, Any], order: int) -> dict[str, Any]:
    """A row with its condition names turned into predicates and the choice recorded."""
    # None, not [], when a row has no conditions, and `after` already a list: `transitions`
    # then skips wrapping them for each of the ~3,900 transitions (~1 ms of the start-up).
    return {**row, "conditions": [_predicate(n) for n in row["conditions"]] or None,
            "unless": [_predicate(n) for n in row["unless"]] or None, "after": [_record],
            "order": order}


MACHINE = MovesMachine(
    model=None,
    states=list(SCREENS),
    transitions=[_runnable(r, i) for i, r in enumerate(transitions_of(SCREENS.values()))],
    initial=MENU,
    auto_transitions=False,
    send_event=True,
)


# Read from the machine once: keyboards and press checks read these.
OFFERED: dict[str, tuple[Choice, ...]] = offered_by_state(MACHINE)


def choices(state: str) -> tuple[Choice, ...]:
    """The buttons of a screen, one per trigger, plus Back and home where they apply."""
    return OFFERED[state]


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


# The same answers per state, kept: every press checks them (issue 20: the turn's cost).
BUTTONS: dict[str, tuple[Choice, ...]] = {
    s: tuple(c for c in offered if not c.hidden and not c.takes_arg)
    for s, offered in OFFERED.items()
}
PRESSABLE: dict[tuple[str, bool], frozenset[str]] = {
    **{(s, False): frozenset(c.trigger for c in b) for s, b in BUTTONS.items()},
    **{(s, True): frozenset(c.trigger for c in o if c.takes_arg) for s, o in OFFERED.items()},
}


def buttons(state: str) -> tuple[Choice, ...]:
    """The fixed buttons of a screen (not typed-input triggers, not the view's own)."""
    return BUTTONS[state]


def is_jump(trigger: str) -> bool:
    """Whether `trigger` is a jump that takes an argument, valid from every screen."""
    return trigger in _JUMP_TRIGGERS


def is_valid(state: str, trigger: str, with_arg: bool = False) -> bool:
    """Whether a button press may fire this trigger on the screen the user is on.

    A press with an argument may only fire a `takes_arg` choice, one without only a
    fixed button; typed-input triggers are never reachable by a press.
    """
    allowed = PRESSABLE.get((state, with_arg))
    return allowed is not None and trigger in allowed


