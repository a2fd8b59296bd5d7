"""Which rules of the knowledge base the screens rest on, and which are left out on purpose."""

from __future__ import annotations

from flows.engine.machine import SCREENS

# Rules no screen states, each with the reason; README's "Knowledge" section repeats them.
DELIBERATE_OMISSIONS: dict[str, str] = {
    "R79": "\"100 percent compensation of all expenses\" contradicts R74/C12 (a refund never "
           "exceeds what was paid) and would be a promise AliExpress does not make.",
    "R96": "The seller's apology e-mail and replacement come from a generic retailer RMA "
           "process in the second guide, not from AliExpress's own rules.",
}


def covered_rules() -> set[str]:
    """Every rule or contradiction id that at least one screen names."""
    return {rule for screen in SCREENS.values() for rule in screen.rules}


def uncovered(known: set[str]) -> set[str]:
    """Known ids that no screen names and that are not deliberate omissions."""
    return known - covered_rules() - set(DELIBERATE_OMISSIONS)
