"""The data types scenarios are declared with: screens, choices and flows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Choice:
    """A button on a screen: pressing it fires `trigger` and moves to `dest`.

    `conditions`/`unless` name predicates in `flows.conditions`; several choices with
    the same trigger on one screen form one button whose destination depends on facts.
    `sets` records facts (e.g. the order status) for later screens to branch on.
    `effect` asks bot/ for a side effect (e.g. "lang:ru"); `hidden` choices are fired
    by typed input rather than shown as buttons.
    """

    trigger: str
    label: str
    dest: str
    conditions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    sets: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    effect: str | None = None
    hidden: bool = False


@dataclass(frozen=True)
class Screen:
    """One state of the dialogue: what the bot says there and the choices it offers.

    `text` holds msgids, one per paragraph. `rules` lists the ids in
    refund-rules.md (R../C..) the advice rests on; it is metadata, never shown.
    `seller_text` is a message for the seller, sent apart for copying. It is
    deliberately English and not marked for translation: sellers read English (R30).
    """

    name: str
    text: tuple[str, ...]
    choices: tuple[Choice, ...] = ()
    rules: tuple[str, ...] = ()
    seller_text: str | None = None
    home: bool = True


@dataclass(frozen=True)
class Flow:
    """A scenario: its screens, the screen it starts at and its title in the menu."""

    name: str
    title: str
    entry: str
    screens: tuple[Screen, ...]
