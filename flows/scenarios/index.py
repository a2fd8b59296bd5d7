"""All flows in menu order; the one place a new scenario is registered."""

from flows.engine.spec import Flow
from flows.scenarios import (
    basics,
    cancel,
    dispute,
    dispute_lost,
    forget,
    frozen,
    money_late,
    multi_item,
    not_received,
    not_shipped,
    orders,
    phishing,
    received_wrong,
    scams,
    settings,
    truths,
)
from flows.scenarios.menu import core_flow

SCENARIOS: tuple[Flow, ...] = (
    cancel.FLOW, not_shipped.FLOW, not_received.FLOW, multi_item.FLOW, received_wrong.FLOW,
    dispute.FLOW, dispute_lost.FLOW, money_late.FLOW, scams.FLOW, basics.FLOW,
    phishing.FLOW, frozen.FLOW, truths.FLOW,
    orders.FLOW, settings.FLOW, forget.FLOW,
)


def all_flows() -> tuple[Flow, ...]:
    """The core flow (with a menu entry per scenario) followed by every scenario."""
    return (core_flow(SCENARIOS), *SCENARIOS)
