"""The hooks features register with the dialogue service: views and effects.

A view adds content to a screen that names it (paragraphs, buttons, a file); an effect runs
the side effect a choice asks for and may return facts. Both get a `Context`. Features
install theirs on a `HookRegistry` (the service is one) in bot/dialogue/assembly.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import sqlite_utils


@dataclass
class Context:
    """What a view or an effect may use: the database, the user, facts and the moment."""

    db: sqlite_utils.Database
    user_id: int
    chat_id: int
    now: datetime
    facts: Mapping[str, str]
    arg: str | None = None
    param: str | None = None
    forgotten: bool = False

    def forget_user(self) -> None:
        """Tell the service the user's data was erased: save and log nothing more."""
        self.forgotten = True


@dataclass(frozen=True)
class ViewButton:
    """A button a view adds: a trigger the screen declares with `takes_arg=True`, a label,
    and the argument (validated again by the effect: never trust it)."""

    trigger: str
    label: str
    arg: str | None = None


@dataclass(frozen=True)
class View:
    """Content a view adds to a screen: translated paragraphs, buttons, maybe a file."""

    paragraphs: tuple[str, ...] = ()
    buttons: tuple[ViewButton, ...] = ()
    document: tuple[str, bytes] | None = None


ViewFn = Callable[[Context], View]
EffectFn = Callable[[Context], Mapping[str, str] | None]


class HookRegistry(Protocol):
    """Where features register: views and effects by the name `flows/` gives them, and
    values formatted into /help and /privacy (e.g. {"days": 90}, the log retention)."""

    views: dict[str, ViewFn]
    effects: dict[str, EffectFn]
    note_args: dict[str, object]
