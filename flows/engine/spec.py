"""The data types scenarios are declared with: screens, choices and flows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Say:
    """A text to show: a msgid (with its plural and count) and the values to format into it."""

    msgid: str
    args: Mapping[str, object] = field(default_factory=lambda: EMPTY)
    plural: str | None = None
    n: int = 1


@dataclass(frozen=True)
class Choice:
    """A button on a screen: pressing it fires `trigger` and moves to `dest`.

    `conditions`/`unless` name predicates in `flows.engine.conditions`; several choices with
    the same trigger on one screen form one button whose destination depends on facts.
    `sets` records facts (e.g. the order status) for later screens to branch on.
    `effect` asks bot/ for a side effect (e.g. "lang:ru"). `hidden` choices are fired
    only by typed input, never by a button. `takes_arg` choices are the buttons a
    screen's view draws with an argument (e.g. an order id); only they accept one.
    `means` lists the values of the screen's `asks` fact this choice stands for: when
    the buyer already said one of them, the dialogue takes this choice itself.
    `detail` marks a clearly labelled button to more of the same answer (e.g. "Evidence
    checklist"): its screen's rules count as one tap away from the screen that offers it.
    """

    trigger: str
    label: str
    dest: str
    conditions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    sets: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    effect: str | None = None
    hidden: bool = False
    takes_arg: bool = False
    means: tuple[str, ...] = ()
    detail: bool = False


@dataclass(frozen=True)
class Screen:
    """One state of the dialogue: what the bot says there and the choices it offers.

    `text` holds msgids, one per paragraph. `rules` lists the ids in
    refund-rules.md (R../C..) the advice rests on; it is metadata, never shown.
    `seller_text` is a message for the seller, sent apart for copying. It is
    deliberately English and not marked for translation: sellers read English (R30).
    `expects` names a parser in `flows.inputs.parser` for what the user types on this screen;
    `view` names content bot/ adds at render time (e.g. the user's orders).
    `asks` names the fact (a key of `flows.understanding.vocabulary.FACTS`) this question
    asks for; its choices' `means` map the fact's values onto them.
    `note` is what a question screen still tells the buyer when their words answered it and
    the dialogue skips it, and `note_rules` the rules that note states; `note_unless` names the
    choices (triggers) whose answer the note does not concern, so it is not said for them.
    `applies` marks an answer screen: the rules (from refund-rules.md) that apply to the
    situations reaching it; each is said on the screen or one `detail` button away.
    `form` marks a question asked while something is being filled in (adding an order):
    typed text there is an answer or nothing, never a jump to another guide that would drop
    what was filled in so far.
    """

    name: str
    text: tuple[str, ...]
    choices: tuple[Choice, ...] = ()
    rules: tuple[str, ...] = ()
    seller_text: str | None = None
    home: bool = True
    expects: str | None = None
    view: str | None = None
    asks: str | None = None
    note: str | None = None
    note_rules: tuple[str, ...] = ()
    note_unless: tuple[str, ...] = ()
    applies: tuple[str, ...] = ()
    form: bool = False


@dataclass(frozen=True)
class Flow:
    """A scenario: its screens, the screen it starts at, its title in the menu.

    `command` is a slash command that opens the flow (e.g. "orders"); `in_menu`
    says whether the main menu lists it. `jumps` are `takes_arg` choices valid from every
    screen, fired by a jump event with its argument (e.g. a reminder's button that opens
    one order's screen with the order id), never offered as a screen's button.
    """

    name: str
    title: str
    entry: str
    screens: tuple[Screen, ...]
    command: str | None = None
    in_menu: bool = True
    jumps: tuple[Choice, ...] = ()
