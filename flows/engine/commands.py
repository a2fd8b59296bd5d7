"""Every slash command as one row: its name, where it works, its menu text and what it does.

The dialogue service reads `COMMANDS` (the private chat's); the four Telegram menus, /help's
list, the operators' handler and README's command table are all generated from `TABLE`, so
a new private command is one row here plus its texts. A test checks every trigger against
the machine and README's table against `readme_table()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from flows.engine.machine import FLOW_BY_COMMAND, open_trigger
from flows.engine.markers import N_
from flows.person import ALIEXPRESS_CHANNELS
from flows.scenarios.menu import HELP, PRIVACY, TO_LANGUAGE, TO_MENU


class Where(Enum):
    """Where a command works, and so which Telegram menu lists it."""

    PRIVATE = "private chat"
    GROUP = "group"
    GROUP_ADMIN = "group admins"
    OPERATOR = "operators' private chat"


PRIVATE = frozenset({Where.PRIVATE})
IN_GROUPS = frozenset({Where.GROUP, Where.GROUP_ADMIN})


@dataclass(frozen=True)
class Command:
    """A slash command (or a transport's own signal, like `resume`) and what it does.

    `trigger` is fired from whatever screen the user is on; without one, `note` is shown in
    place and nothing moves. `greets` puts the greeting first. `follows_link` lets a deep
    link (`/start <flow>`) open that flow instead. `asks_language` sends a user whose
    language is still unknown to the language screen first. `redraws` shows the saved
    screen again when the user has one (the console's `resume` on launch).
    `typed` False marks a transport's own signal (the console's `resume` on launch): the
    conversation log keeps the answer, not a command nobody typed. `where` says where it
    works; `description` is its line in those menus and in /help (None keeps it out of every
    menu: a signal, not something people type).
    Group and operator rows say only where and what; their handlers answer them.
    """

    name: str
    trigger: str | None = None
    note: str | None = None
    greets: bool = False
    follows_link: bool = False
    asks_language: bool = False
    redraws: bool = False
    where: frozenset[Where] = PRIVATE
    description: str | None = None
    typed: bool = True


def opens(flow_command: str, description: str) -> Command:
    """A private command that opens the flow declaring it (`Flow.command`)."""
    return Command(flow_command, open_trigger(FLOW_BY_COMMAND[flow_command].name),
                   description=description)


LANGUAGE_COMMAND = "language"

# Menu order is table order.
TABLE: tuple[Command, ...] = (
    Command("start", TO_MENU, greets=True, follows_link=True, asks_language=True,
            description=N_("Main menu")),
    Command("resume", TO_MENU, greets=True, follows_link=True, asks_language=True,
            redraws=True, typed=False),
    # What a reminder's button sends: like /start, minus the greeting.
    Command("guide", TO_MENU, follows_link=True),
    opens("orders", N_("My orders and their deadlines")),
    opens("settings", N_("Time zone and language")),
    Command("cancel", TO_MENU, description=N_("Stop and go back to the menu")),
    Command(LANGUAGE_COMMAND, TO_LANGUAGE, description=N_("Change the language")),
    Command("privacy", note=PRIVACY, description=N_("What I store about you")),
    opens("forget", N_("Delete everything I store about you")),
    # In Telegram the handover feature answers /human first (bot/telegram/handover/); where no
    # person can answer (the terminal chat), the honest note stands.
    Command("human", note=ALIEXPRESS_CHANNELS, description=N_("Talk to a person")),
    Command("help", note=HELP, description=N_("How to use the bot")),
    Command("start", where=IN_GROUPS),  # what "Start" in a group sends: /refund's answer
    Command("refund", where=IN_GROUPS, description=N_("How to get your money back")),
    Command("deadlines", where=IN_GROUPS, description=N_("Key AliExpress timelines")),
    Command("help", where=IN_GROUPS, description=N_("What I do in this group")),
    Command("settings", where=frozenset({Where.GROUP_ADMIN}),
            description=N_("Group settings (admins only)")),
    Command("logs", where=frozenset({Where.OPERATOR}),
            description=N_("Operators: a user's conversation log")),
    Command("find", where=frozenset({Where.OPERATOR}),
            description=N_("Operators: search every conversation")),
    Command("stats", where=frozenset({Where.OPERATOR}),
            description=N_("Operators: users, scenarios, reminders")),
    Command("reply", where=frozenset({Where.OPERATOR}),
            description=N_("Operators: answer a buyer who asked for a person")),
    Command("close", where=frozenset({Where.OPERATOR}),
            description=N_("Operators: close a buyer's conversation with a person")),
)


def rows(where: Where) -> tuple[Command, ...]:
    """The commands that work in one place, in table order."""
    return tuple(c for c in TABLE if where in c.where)


def menu(where: Where) -> tuple[tuple[str, str], ...]:
    """(name, description msgid) for one place's Telegram menu and help list."""
    return tuple((c.name, c.description) for c in rows(where) if c.description)


def names(where: Where) -> tuple[str, ...]:
    """The names of the commands that work in one place."""
    return tuple(c.name for c in rows(where))


COMMANDS: dict[str, Command] = {c.name: c for c in rows(Where.PRIVATE)}


def readme_table() -> str:
    """README's command table (English): every command with a menu line, and where it works."""
    lines = ["| Command | Where | What it does |", "|---|---|---|"]
    for command in TABLE:
        if command.description:
            places = ", ".join(w.value for w in Where if w in command.where)
            lines.append(f"| `/{command.name}` | {places} | {command.description}. |")
    return "\n".join(lines) + "\n"
