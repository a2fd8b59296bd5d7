"""Per-event cost of the dialogue engine: one `advance()`, one keyboard plus press check, and
one whole turn (`decide()` for a button press, as the service calls it).

Run: `.venv/bin/python -m benchmarks engine` (also part of `make bench`). Every button of every
screen is pressed once per round; the figure is the median round divided by the presses.
`--source DIR` compares one turn here with one turn of an older tree (from `git archive`),
each in its own process, alternated, so a busy machine weighs on both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.engine import machine
from flows.engine.turn import DialogueState, Incoming, TurnContext, button_key, decide

ROUNDS = 15
ALTERNATIONS = 5
ROOT = Path(__file__).resolve().parent.parent

# One turn for a press, measured inside a tree: this one's pure `decide`, or, in a tree from
# before issue 20, the dialogue service's `_click` (the same work, then inside bot/). The
# states and events are built before the timing in both, as the service hands them over.
TURN_IN_TREE = """
import statistics, time, types
from flows.engine import machine
pairs = [(s, c.trigger) for s in machine.SCREENS for c in machine.buttons(s)]
try:
    from datetime import UTC, datetime
    from flows.engine.turn import DialogueState, Incoming, TurnContext, button_key, decide
    ctx = TurnContext(datetime(2026, 3, 2, tzinfo=UTC), "en", "en")
    events = [(DialogueState(s, 5), Incoming(1, 1, "click", button_key(5, t))) for s, t in pairs]
    def turn(state, event): decide(state, event, ctx)
except ImportError:
    from bot.dialogue.service import DialogueService, DialogueState, button_key
    stub = types.SimpleNamespace(_press=DialogueService._press, _moved=DialogueService._moved)
    events = [(DialogueState(s, 5, {}), button_key(5, t)) for s, t in pairs]
    def turn(state, key): DialogueService._click(stub, state, key)
rounds = []
for _ in range(16):
    started = time.process_time()
    for state, event in events:
        turn(state, event)
    rounds.append((time.process_time() - started) / len(events) * 1e6)
print(statistics.median(rounds[1:]))
"""


def _per_event(fn: Callable[[Any, Any], object], pairs: Sequence[tuple[Any, Any]]) -> float:
    """Median microseconds per call of fn(state, trigger) over ROUNDS rounds of all pairs."""
    call = fn
    rounds = []
    for _ in range(ROUNDS + 1):
        # CPU time of this process: on a shared machine wall time also counts other programs.
        started = time.process_time()
        for state, trigger in pairs:
            call(state, trigger)
        rounds.append((time.process_time() - started) / len(pairs) * 1e6)
    return statistics.median(rounds[1:])  # the first round warms caches


def run() -> str:
    """Measure advance() and the keyboard/press check; return a Markdown section."""
    pairs = [(s, c.trigger) for s in machine.SCREENS for c in machine.buttons(s)]
    advance = _per_event(lambda s, t: machine.advance(s, t, {}), pairs)
    press = _per_event(lambda s, t: (machine.buttons(s), machine.is_valid(s, t)), pairs)
    ctx = TurnContext(datetime(2026, 3, 2, tzinfo=UTC), "en", "en")
    # The state and the press as the service hands them over: built once, outside the timing.
    presses = [(DialogueState(s, 5), Incoming(1, 1, "click", button_key(5, t))) for s, t in pairs]
    turn = _per_event(lambda state, event: decide(state, event, ctx), presses)
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


def _turn_in(tree: Path) -> float:
    """Microseconds per turn measured by a fresh process running `tree`'s code."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", TURN_IN_TREE], cwd=tree, env=env, check=True,
                          capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def compare(source: Path) -> str:
    """One turn here and in `source`, alternated ALTERNATIONS times; medians as Markdown."""
    here: list[float] = []
    there: list[float] = []
    for _ in range(ALTERNATIONS):
        there.append(_turn_in(source))
        here.append(_turn_in(ROOT))
    before, after = statistics.median(there), statistics.median(here)
    return (f"| one turn for a press, {source.name} | {before:.1f} µs "
            f"(runs {', '.join(f'{x:.1f}' for x in there)}) |\n"
            f"| one turn for a press, this checkout | {after:.1f} µs "
            f"(runs {', '.join(f'{x:.1f}' for x in here)}) |\n")


def main(argv: list[str]) -> None:
    """The engine section; with --source, the side-by-side turn comparison too."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engine")
    parser.add_argument("--source", type=Path, help="an older source tree, for 'before'")
    args = parser.parse_args(argv)
    print(compare(args.source) if args.source else run())


if __name__ == "__main__":
    main(sys.argv[1:])
