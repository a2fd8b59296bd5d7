"""Named predicates over a conversation's facts, used as transition conditions."""

from collections.abc import Callable, Mapping

Facts = Mapping[str, str]

CONDITIONS: dict[str, Callable[[Facts], bool]] = {}
SAID = "said."
"""The prefix under which the dialogue facts keep what the buyer stated (vocabulary keys)."""


def said(facts: Facts) -> dict[str, str]:
    """The facts the buyer stated, by vocabulary key."""
    return {k[len(SAID):]: v for k, v in facts.items() if k.startswith(SAID)}


def condition(name: str) -> Callable[[Callable[[Facts], bool]], Callable[[Facts], bool]]:
    """Register a predicate under `name` so scenarios can refer to it as data."""

    def register(fn: Callable[[Facts], bool]) -> Callable[[Facts], bool]:
        CONDITIONS[name] = fn
        return fn

    return register
