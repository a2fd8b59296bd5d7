"""All flows in menu order; the one place a new scenario is registered."""

from flows.core import core_flow
from flows.scenarios import cancel
from flows.spec import Choice, Flow

SCENARIOS: tuple[Flow, ...] = (cancel.FLOW,)


def all_flows() -> tuple[Flow, ...]:
    """The core flow (with a menu entry per scenario) followed by every scenario."""
    entries = tuple(Choice(f"open_{f.name}", f.title, f.entry) for f in SCENARIOS if f.in_menu)
    return (core_flow(entries), *SCENARIOS)
