"""Per-event cost of the dialogue engine: one `advance()`, one keyboard plus press check, and
one whole turn (`decide()` for a button press, as the service calls it).

Run: `.venv/bin/python -m benchmarks engine` (also part of `make bench`). Every button of every
screen is pressed once per round; the figure is the median round divided by the presses.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime

from flows.engine import machine
from flows.engine.turn import DialogueState, Incoming, TurnContext, button_key, decide

ROUNDS = 15


def _per_event(fn: object, pairs: list[tuple[str, str]]) -> float:
    """Median microseconds per call of fn(state, trigger) over ROUNDS rounds of all pairs."""
    call = fn  # type: ignore[assignment]
    rounds = []
    for _ in range(ROUNDS + 1):
        # CPU time of this process: on a shared machine wall time also counts other programs.
        started = time.process_time()
        for state, trigger in pairs:
            call(state, trigger)  # type: ignore[operator]
        rounds.append((time.process_time() - started) / len(pairs) * 1e6)
    return statistics.median(rounds[1:])  # the first round warms caches


def run() -> str:
    """Measure advance() and the keyboard/press check; return a Markdown section."""
    pairs = [(s, c.trigger) for s in machine.SCREENS for c in machine.buttons(s)]
    advance = _per_event(lambda s, t: machine.advance(s, t, {}), pairs)
    press = _per_event(lambda s, t: (machine.buttons(s), machine.is_valid(s, t)), pairs)
    ctx = TurnContext(datetime(2026, 3, 2, tzinfo=UTC), "en", "en")
    # The callback data as the press brings it: built once, outside the timing.
    presses = [(s, button_key(5, t)) for s, t in pairs]
    turn = _per_event(lambda s, k: decide(DialogueState(s, 5), Incoming(1, 1, "click", k), ctx),
                      presses)
    return (
        "## Dialogue engine, per event\n\n"
        f"Every button of every screen pressed once per round ({len(pairs)} presses over "
        f"{len(machine.SCREENS)} screens, median of {ROUNDS} rounds). `advance()` fires the "
        "trigger on the shared `transitions` machine; the keyboard and the press check read "
        "the machine's offered transitions, asked once per state at import. One turn is "
        "`flows.engine.turn.decide` for a valid press: the callback data unpacked, the press "
        "checked against the screen, the trigger fired, questions already answered taken "
        "(CPU time).\n\n"
        "| step | per event |\n|---|---|\n"
        f"| `advance(state, trigger, facts)` | {advance:.0f} µs |\n"
        f"| `buttons(state)` + `is_valid(state, trigger)` | {press:.1f} µs |\n"
        f"| one turn: `decide(state, press, context)` | {turn:.0f} µs |\n"
    )


if __name__ == "__main__":
    print(run())
