"""Per-event cost of the dialogue engine: one `advance()`, and one keyboard plus press check.

Run: `.venv/bin/python -m benchmarks engine` (also part of `make bench`). Every button of every
screen is pressed once per round; the figure is the median round divided by the presses.
"""

from __future__ import annotations

import statistics
import time

from flows.engine import machine

ROUNDS = 15


def _per_event(fn: object, pairs: list[tuple[str, str]]) -> float:
    """Median microseconds per call of fn(state, trigger) over ROUNDS rounds of all pairs."""
    call = fn  # type: ignore[assignment]
    rounds = []
    for _ in range(ROUNDS + 1):
        started = time.perf_counter()
        for state, trigger in pairs:
            call(state, trigger)  # type: ignore[operator]
        rounds.append((time.perf_counter() - started) / len(pairs) * 1e6)
    return statistics.median(rounds[1:])  # the first round warms caches


def run() -> str:
    """Measure advance() and the keyboard/press check; return a Markdown section."""
    pairs = [(s, c.trigger) for s in machine.SCREENS for c in machine.buttons(s)]
    advance = _per_event(lambda s, t: machine.advance(s, t, {}), pairs)
    press = _per_event(lambda s, t: (machine.buttons(s), machine.is_valid(s, t)), pairs)
    return (
        "## Dialogue engine, per event\n\n"
        f"Every button of every screen pressed once per round ({len(pairs)} presses over "
        f"{len(machine.SCREENS)} screens, median of {ROUNDS} rounds). `advance()` fires the "
        "trigger on the shared `transitions` machine; the keyboard and the press check read "
        "the machine's offered transitions, asked once per state at import.\n\n"
        "| step | per event |\n|---|---|\n"
        f"| `advance(state, trigger, facts)` | {advance:.0f} µs |\n"
        f"| `buttons(state)` + `is_valid(state, trigger)` | {press:.1f} µs |\n"
    )


if __name__ == "__main__":
    print(run())
