"""The pieces the one machine is built of: transitions that know their choice, and the
keyboard of a state read back from the machine."""

from __future__ import annotations

from typing import Any

from transitions import Machine, Transition

from flows.engine.spec import Choice


class Move(Transition):
    """A transition that carries the choice behind it and whether its screen offers it.

    `offered` marks the first choice per trigger on a screen: the one its keyboard shows
    (choices with the same trigger and other conditions share that button); `order` is the
    row's place in `transitions_of`, which keyboards keep.
    """

    def __init__(self, source: str, dest: str, conditions: Any = None, unless: Any = None,
                 before: Any = None, after: Any = None, prepare: Any = None,
                 choice: Choice | None = None, offered: bool = False, order: int = 0) -> None:
        super().__init__(source, dest, conditions, unless, before, after, prepare)
        self.choice = choice
        self.offered = offered
        self.order = order


class MovesMachine(Machine):
    """A `transitions` machine whose transitions are Moves."""

    transition_cls = Move


def offered_by_state(machine: Machine) -> dict[str, tuple[Choice, ...]]:
    """The choices the machine holds for each state that its screen offers, in screen order.

    One pass over the machine's events: asking `get_triggers` per state scanned every event
    for every state (~6 ms of the start-up)."""
    moves: dict[str, list[Move]] = {state: [] for state in machine.states}
    for event in machine.events.values():
        for source, held in event.transitions.items():
            moves[source] += [t for t in held
                              if isinstance(t, Move) and t.offered and t.choice is not None]
    return {state: tuple(t.choice for t in sorted(found, key=lambda t: t.order))  # type: ignore[misc]
            for state, found in moves.items()}
