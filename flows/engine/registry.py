"""The start-up check that every view, effect and input parser a screen names is registered."""

from __future__ import annotations

from collections.abc import Collection

from flows.engine.machine import SCREENS


def check_registry(views: Collection[str], effects: Collection[str],
                   parsers: Collection[str]) -> list[str]:
    """One line per name a screen uses that nothing registered; empty when all are there.

    An effect is named up to its first colon ("lang:ru" needs the effect "lang").
    """
    missing: list[str] = []
    for screen in SCREENS.values():
        if screen.view and screen.view not in views:
            missing.append(f"screen {screen.name!r}: view {screen.view!r} is not registered")
        if screen.expects and screen.expects not in parsers:
            missing.append(f"screen {screen.name!r}: input parser {screen.expects!r} "
                           "is not registered")
        for choice in screen.choices:
            effect = (choice.effect or "").partition(":")[0]
            if effect and effect not in effects:
                missing.append(f"screen {screen.name!r}, choice {choice.trigger!r}: "
                               f"effect {effect!r} is not registered")
    return missing
