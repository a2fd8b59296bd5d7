"""Global commands as data: each fires a machine trigger valid from every screen, or shows a note.

`bot/dialogue.py` reads this table; a test checks every trigger here against the machine.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.engine.machine import FLOWS, open_trigger
from flows.person import ALIEXPRESS_CHANNELS
from flows.scenarios.menu import HELP, PRIVACY, TO_LANGUAGE, TO_MENU


@dataclass(frozen=True)
class Command:
    """A slash command (or a transport's own signal, like `resume`) and what it does.

    `trigger` is fired from whatever screen the user is on; without one, `note` is shown in
    place and nothing moves. `greets` puts the greeting first. `follows_link` lets a deep
    link (`/start <flow>`) open that flow instead. `asks_language` sends a user whose
    language is still unknown to the language screen first. `redraws` shows the saved
    screen again when the user has one (the console's `resume` on launch).
    """

    name: str
    trigger: str | None = None
    note: str | None = None
    greets: bool = False
    follows_link: bool = False
    asks_language: bool = False
    redraws: bool = False


LANGUAGE_COMMAND = "language"

COMMANDS: dict[str, Command] = {c.name: c for c in (
    Command("start", TO_MENU, greets=True, follows_link=True, asks_language=True),
    Command("resume", TO_MENU, greets=True, follows_link=True, asks_language=True,
            redraws=True),
    # What a reminder's button sends: like /start, minus the greeting.
    Command("guide", TO_MENU, follows_link=True),
    Command("cancel", TO_MENU),
    Command(LANGUAGE_COMMAND, TO_LANGUAGE),
    Command("help", note=HELP),
    Command("privacy", note=PRIVACY),
    # In Telegram the handover feature answers /human first (bot/telegram/handover/); where no
    # person can answer (the terminal chat), the honest note stands.
    Command("human", note=ALIEXPRESS_CHANNELS),
    *(Command(f.command, open_trigger(f.name)) for f in FLOWS if f.command),
)}
