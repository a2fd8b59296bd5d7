"""The buttons each screen offers are read from the one machine in a single pass at import; they
are what the machine itself answers when asked state by state."""

from __future__ import annotations

from flows.engine.build import Move
from flows.engine.machine import MACHINE, OFFERED, SCREENS


def test_each_screen_offers_what_the_machine_holds_for_it_in_screen_order() -> None:
    for state in SCREENS:
        moves = [t for trigger in MACHINE.get_triggers(state)
                 for t in MACHINE.events[trigger].transitions[state]
                 if isinstance(t, Move) and t.offered]
        asked = tuple(t.choice for t in sorted(moves, key=lambda t: t.order))
        assert OFFERED[state] == asked, state
    assert set(OFFERED) == set(SCREENS)
    assert sum(map(len, OFFERED.values())) > len(SCREENS)  # most screens have buttons
