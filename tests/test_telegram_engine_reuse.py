"""The reused machine model gives exactly what a throwaway model per event gave."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from transitions import MachineError

from flows.engine import machine as engine
from flows.engine.conditions import CONDITIONS


def throwaway_advance(state: str, trigger: str, facts: Mapping[str, str]) -> engine.Step | None:
    """The previous implementation: a fresh model added and removed for every event."""
    if state not in engine.SCREENS:
        state = engine.MENU
    model = engine.Conversation(facts)
    engine.MACHINE.add_model(model, initial=state)
    try:
        if not model.trigger(trigger) or model.chosen is None:  # type: ignore[attr-defined]
            return None
        chosen = model.chosen
        return engine.Step(model.state, MappingProxyType({**facts, **chosen.sets}),
                           chosen.effect)
    except (MachineError, AttributeError):
        return None
    finally:
        engine.MACHINE.remove_model(model)


def fact_sets() -> list[dict[str, str]]:
    """No facts, and each fact any condition reads set to each value the flows give it."""
    values: dict[str, set[str]] = {}
    for screen in engine.SCREENS.values():
        for choice in screen.choices:
            for key, value in choice.sets.items():
                values.setdefault(key, set()).add(value)
    sets: list[dict[str, str]] = [{}]
    for key, options in sorted(values.items()):
        sets += [{key: value} for value in sorted(options)]
    sets.append({k: sorted(v)[-1] for k, v in values.items()})
    return sets


def guarded(state: str, trigger: str) -> bool:
    """Whether a transition of `trigger` from `state` has a condition (or an `unless`)."""
    event = engine.MACHINE.events.get(trigger)
    return event is not None and any(t.conditions for t in event.transitions.get(state, []))


def test_every_state_and_trigger_gives_the_same_step() -> None:
    """Each state with each trigger it has (and some it has not), under every fact set where
    a condition could read them."""
    every = sorted(engine.MACHINE.events)
    facts_variants = fact_sets()
    compared = moved = 0
    for state in [*engine.SCREENS, "gone_state"]:
        screen = engine.SCREENS.get(state)
        own = engine.MACHINE.get_triggers(state) if screen else []
        triggers = [*own, every[compared % len(every)], "no_such_trigger"]
        conditional = screen is not None and any(c.conditions or c.unless
                                                 for c in screen.choices)
        for trigger in triggers:
            # every fact set where a condition reads them; elsewhere facts only pass through
            variants = (facts_variants if guarded(state, trigger)
                        else [facts_variants[-1] if conditional else {}])
            for facts in variants:
                expected = throwaway_advance(state, trigger, facts)
                got = engine.advance(state, trigger, facts)
                assert got == expected, (state, trigger, facts)
                compared += 1
                moved += got is not None
    assert moved > len(engine.SCREENS)  # the comparison covered real moves, not only Nones
    assert CONDITIONS and compared > 2000
    assert sum(guarded(s, t) for s in engine.SCREENS for t in engine.MACHINE.get_triggers(s)) > 5


def test_a_refused_trigger_leaves_nothing_behind() -> None:
    assert engine.advance(engine.MENU, "no_such_trigger", {"x": "1"}) is None
    first = engine.advance(engine.MENU, engine.TO_LANGUAGE, {})
    assert first is not None and first.state == engine.LANGUAGE and dict(first.facts) == {}
