"""Parsers for what users type on screens that expect input (order numbers, dates...).

Each is pure: the text and an InputContext in, an InputResult out. Screens name them in
`expects`; features register them on the dialogue service by that name. On success the
result names a (hidden) trigger of the screen to fire and the facts to remember; on
failure it carries the message to show, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from flows.engine.spec import EMPTY, Say


@dataclass(frozen=True)
class InputContext:
    """What a parser may know besides the text: language, the moment, facts so far."""

    lang: str
    now: datetime
    facts: Mapping[str, str] = field(default_factory=lambda: EMPTY)


@dataclass(frozen=True)
class InputResult:
    """Either a trigger to fire with facts to remember, or an error to show."""

    trigger: str | None = None
    facts: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    error: Say | None = None


Parser = Callable[[str, InputContext], InputResult]

TYPED = "typed"
"""The trigger of a button that answers a typed-input screen for the buyer: its argument goes
through the screen's parser as if typed (e.g. one of the two days a date may mean)."""
