"""Questions the buyer already answered: take the choice, remember the way back, undo a guess.

Pure. What the buyer said is kept in the dialogue facts as `said.<key>` (keys and values
of `flows.understanding.vocabulary.FACTS`), apart from the facts choices set. `history`
is the stack of screens passed through, popped by Back. `fixes` names the questions the
last step answered by itself, each offered to the buyer as a one-tap correction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from flows.engine import machine as engine
from flows.engine.cases import case_for as case_for  # the routing policy the service calls
from flows.engine.conditions import SAID, said
from flows.engine.spec import Choice, Say
from flows.scenarios.menu import BACK, MENU
from flows.scenarios.money_late_advice import REFUND_WAIT
from flows.scenarios.not_shipped import SHIPMENT, SHIPPED_DEAD
from flows.understanding import vocabulary
from flows.understanding.vocabulary import FACTS

HISTORY = "history"
FIXES = "fixes"
FIX = "fix"
MAX_HISTORY = 30
TIME_LEFT = "protection_left"
HOURS = "protection_hours"
REFUND_CHECK_DAYS = 10
"""From this many business days a late card refund is checked with the bank statement (R76)."""
REFUND_BANK_DAYS = 20
"""Past this many business days the bank is asked too (R76, C03)."""
STATUS = "order_status"
PROCESSING_OVER = "processing_over"
"""The seller's processing timer ran out: it answers the status question (`order_status`)."""
ITEMS = "items"
"""Derived fact (`DERIVED`): what is wrong in an order of several items (`multi_item.py`)."""
ITEM_FAULTS = frozenset(v for v in FACTS["problem"] if v != "remorse")
"""The problems that make an item of the order faulty or wrong (not a change of mind)."""
_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Used:
    """A question answered from what the buyer said: the screen, the fact and the choice.

    `lands` is the screen the step ended on, so a skipped question's note is said only
    when that screen does not already say its rules.
    """

    screen: str
    key: str
    choice: Choice
    lands: str = ""


@dataclass(frozen=True)
class Moved:
    """Where a step led: the state, the facts, the side effect asked for, the answers used."""

    state: str
    facts: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    effect: str | None = None
    used: tuple[Used, ...] = ()


def remember(facts: Mapping[str, str], heard: Mapping[str, str]) -> dict[str, str]:
    """`facts` plus what the buyer just said; values outside the vocabulary are dropped."""
    kept = {f"{SAID}{k}": v for k, v in heard.items()
            if k in FACTS and (not FACTS[k] or v in FACTS[k])}
    if HOURS in heard and TIME_LEFT not in heard:  # a new number outdates an older bucket
        kept[f"{SAID}{TIME_LEFT}"] = ""
    return {k: v for k, v in {**facts, **kept}.items() if v != ""}


time_left = vocabulary.stated_time_left


def order_status(stated: Mapping[str, str]) -> str | None:
    """Where the order stands; an unshipped order whose processing timer the buyer says ran out
    is time up (the order closes and refunds itself, R01), never "time left"."""
    status = stated.get(STATUS)
    # "closed" is read as completed; an unshipped order closes when its timer runs out
    if stated.get(PROCESSING_OVER) == "yes" and status in (None, "awaiting", "completed"):
        return "cancelled"
    return status


def shipment(stated: Mapping[str, str]) -> str | None:
    """Whether the seller shipped, by the not-shipped guide's question: awaiting, time up, or
    marked shipped with a tracking number that shows nothing (the status alone can't say)."""
    if stated.get(SHIPMENT):  # answered by a press
        return stated[SHIPMENT]
    status = order_status(stated)
    if status == "shipped":
        return SHIPPED_DEAD if tracking(stated) in ("dead", "no_tracking") else None
    return status


def refund_account(stated: Mapping[str, str]) -> str | None:
    """What happened to where a refund goes: an expired card, a closed bank or wallet."""
    if stated.get("refund_account"):  # answered by a press
        return stated["refund_account"]
    if stated.get("card_expired") == "yes":
        return "card_expired"
    if stated.get("bank_gone") == "yes":
        return "wallet_gone" if stated.get("payment") == "wallet" else "bank_gone"
    return None


def refund_wait(stated: Mapping[str, str]) -> str | None:
    """How long the approved refund has been on its way: a trouble with where it goes wins,
    then the business days the buyer typed, by the question's buttons (under 10, 10-20, over 20)."""
    if stated.get(REFUND_WAIT):  # answered by a press
        return stated[REFUND_WAIT]
    trouble = refund_account(stated)
    if trouble:
        return trouble
    days = stated.get("refund_days", "")
    if not days.isdigit():
        return None
    return "lt10" if int(days) < REFUND_CHECK_DAYS else (
        "d10_20" if int(days) <= REFUND_BANK_DAYS else "gt20")


def payment(stated: Mapping[str, str]) -> str | None:
    """How the buyer paid; an expired card says it was a card."""
    return stated.get("payment") or ("card" if stated.get("card_expired") == "yes" else None)


def tracking(stated: Mapping[str, str]) -> str | None:
    """What the tracking shows; days without an update split stuck from dead at 15 (R34)."""
    shown, quiet = stated.get("tracking"), stated.get("tracking_quiet_days", "")
    if quiet.isdigit() and shown in (None, "stalled", "dead"):
        return vocabulary.quiet_tracking(int(quiet))
    return shown


def offer(stated: Mapping[str, str]) -> str | None:
    """What a seller offers in a dispute: money (a coupon, or an amount in an offer), if said."""
    if stated.get("offer"):  # answered by a press
        return stated["offer"]
    money = stated.get("dispute") == "offer" and stated.get("amount", "").isdigit()
    return "partial" if stated.get("coupon") == "yes" or money else None


def items(stated: Mapping[str, str]) -> str | None:
    """What is wrong in an order of several items: some missing, some faulty, or both."""
    if stated.get(ITEMS):  # answered by a press
        return stated[ITEMS]
    missing = stated.get("items_missing") == "yes"
    faulty = stated.get("problem") in ITEM_FAULTS
    if missing:
        return "mixed" if faulty else "missing"
    return "faulty" if faulty else None


def outcome(stated: Mapping[str, str]) -> str | None:
    """How a dispute ended; a completed order or ended protection with none said means none."""
    if stated.get("outcome"):  # answered by a press
        return stated["outcome"]
    if stated.get("dispute"):
        return stated["dispute"]
    ended = stated.get("order_status") == "completed" or time_left(stated) == "ended"
    return "none" if ended else None


# Facts a screen may ask that are read from several vocabulary facts.
DERIVED = {TIME_LEFT: time_left, STATUS: order_status, SHIPMENT: shipment,
           "refund_account": refund_account,
           REFUND_WAIT: refund_wait, "payment": payment,
           "tracking": tracking, "offer": offer, "outcome": outcome, ITEMS: items}
ALSO_FORGOTTEN = {TIME_LEFT: (HOURS,), STATUS: (PROCESSING_OVER,),
                  SHIPMENT: (STATUS, PROCESSING_OVER)}
"""Per asked fact, the other said facts an answer to it replaces."""
# The vocabulary facts each derived fact is read from.
SOURCES = {TIME_LEFT: {TIME_LEFT, HOURS}, STATUS: {STATUS, PROCESSING_OVER},
           SHIPMENT: {STATUS, PROCESSING_OVER, "tracking", "tracking_quiet_days"},
           "refund_account": {"card_expired", "bank_gone"},
           REFUND_WAIT: {"card_expired", "bank_gone", "refund_days"},
           "payment": {"payment", "card_expired"}, "tracking": {"tracking", "tracking_quiet_days"},
           "offer": {"coupon", "amount", "dispute"},
           "outcome": {"dispute", "order_status", TIME_LEFT, HOURS},
           ITEMS: {"items_missing", "problem"}}


def _value(key: str, stated: Mapping[str, str]) -> str | None:
    """The stated value of `key`; a derived fact is read from the facts it rests on."""
    derive = DERIVED.get(key)
    return derive(stated) if derive else stated.get(key)


def answers(state: str, stated: Mapping[str, str]) -> Choice | None:
    """The choice of `state` that the stated facts stand for, if the screen asks one."""
    screen = engine.SCREENS.get(state)
    if screen is None or screen.asks is None:
        return None
    value = _value(screen.asks, stated)
    if value is None:
        return None
    return next((c for c in screen.choices
                 if value in c.means and not c.hidden and not c.takes_arg), None)


def history(facts: Mapping[str, str]) -> list[str]:
    """The screens passed through, oldest first."""
    return [s for s in facts.get(HISTORY, "").split() if s in engine.SCREENS]


def arrive(source: str, dest: str, facts: Mapping[str, str]) -> dict[str, str]:
    """Facts after moving: the menu starts a new story, anything else remembers the way back."""
    if dest == MENU:
        return {k: v for k, v in facts.items() if k != HISTORY and not k.startswith(SAID)}
    kept = dict(facts)
    if dest != source:
        kept[HISTORY] = " ".join([*history(facts), source][-MAX_HISTORY:])
    return kept


def settle(state: str, facts: Mapping[str, str], effect: str | None = None) -> Moved:
    """Take each following question's choice that the stated facts answer, once per screen."""
    current, known, used, seen = state, dict(facts), [], set()
    while current not in seen:
        seen.add(current)
        # Only a screen that asks a question can be answered: skip building `said` otherwise.
        choice = answers(current, said(known)) if engine.SCREENS[current].asks else None
        step = engine.advance(current, choice.trigger, known) if choice else None
        if choice is None or step is None:
            break
        used.append(Used(current, engine.SCREENS[current].asks or "", choice))
        known = arrive(current, step.state, step.facts)
        current, effect = step.state, step.effect or effect
    known.pop(FIXES, None)
    if used:
        known[FIXES] = " ".join(u.screen for u in used)
    landed = tuple(Used(u.screen, u.key, u.choice, current) for u in used) if used else ()
    return Moved(current, MappingProxyType(known), effect, landed)


def _needs_note(question: str, lands: str) -> bool:
    """Whether a skipped question's note says something the screen reached does not."""
    screen, reached = engine.SCREENS[question], engine.SCREENS.get(lands)
    said_there = set(reached.rules) if reached else set()
    return bool(screen.note) and not set(screen.note_rules) <= said_there


def skipped_notes(used: Iterable[Used]) -> list[Say]:
    """What the skipped questions would have told the buyer, once each, when still unsaid."""
    seen: set[str] = set()
    notes = []
    for u in used:
        note = engine.SCREENS[u.screen].note
        if (note and note not in seen and _concerns(u.screen, u.choice)
                and _needs_note(u.screen, u.lands)):
            seen.add(note)
            notes.append(Say(note))
    return notes


def noted_rules(facts: Mapping[str, str]) -> set[str]:
    """The rules said by the notes of the questions the last step skipped (not a note that its
    answer's choice is `note_unless`)."""
    stated = said(facts)
    return {r for q in facts.get(FIXES, "").split() if q in engine.SCREENS
            and _concerns(q, answers(q, stated)) for r in engine.SCREENS[q].note_rules}


def _concerns(question: str, choice: Choice | None) -> bool:
    """Whether a skipped question's note concerns the answer taken (not one of `note_unless`:
    "AliExpress's decision is final" is no news to a buyer who never had a dispute)."""
    return choice is None or choice.trigger not in engine.SCREENS[question].note_unless


def step(state: str, trigger: str, facts: Mapping[str, str]) -> Moved | None:
    """Fire a trigger, remember the way back, then answer what the buyer already said."""
    if trigger == BACK and history(facts):
        return back(facts)
    moved = engine.advance(state, trigger, facts)
    if moved is None:
        return None
    known = arrive(state, moved.state, pressed(state, trigger, moved.facts))
    return settle(moved.state, known, moved.effect)


def pressed(state: str, trigger: str, facts: Mapping[str, str]) -> dict[str, str]:
    """Facts after a question was answered by a press: the answer counts as said.

    So a case reopened by a later message replays the answers already given. Only a
    choice that stands for one value records it: "Lost or closed" says neither.
    """
    screen = engine.SCREENS.get(state)
    choice = next((c for c in screen.choices if c.trigger == trigger and len(c.means) == 1),
                  None) if screen is not None and screen.asks else None
    if choice is None or screen is None or screen.asks is None:
        return dict(facts)
    dropped = _also_forgotten(screen.asks)
    kept = {k: v for k, v in facts.items() if k not in dropped}
    kept[f"{SAID}{screen.asks}"] = choice.means[0]
    return kept


def _also_forgotten(key: str) -> set[str]:
    """What the buyer said besides `key` that its answer was read from, forgotten once they
    answer or correct that question themselves (a new number of hours outdates a bucket; a
    pressed status outdates "the processing timer ran out")."""
    return {f"{SAID}{k}" for k in ALSO_FORGOTTEN.get(key, ())}


def back(facts: Mapping[str, str]) -> Moved:
    """Return to the previous screen (the menu when there is none), answers kept."""
    passed = history(facts)
    target = passed.pop() if passed else MENU
    kept = {k: v for k, v in facts.items() if k != FIXES}
    kept[HISTORY] = " ".join(passed)
    if target == MENU:
        kept = arrive("", MENU, kept)
    return Moved(target, MappingProxyType(kept))


def correct(facts: Mapping[str, str], question: str) -> Moved | None:
    """Reopen a question answered by itself in the last step, with its fact forgotten."""
    if question not in facts.get(FIXES, "").split():
        return None
    key = engine.SCREENS[question].asks or ""
    dropped = {f"{SAID}{key}", FIXES} | _also_forgotten(key)
    kept = {k: v for k, v in facts.items() if k not in dropped}
    passed = history(facts)
    if question in passed:
        passed = passed[:len(passed) - passed[::-1].index(question) - 1]
    kept[HISTORY] = " ".join(passed)
    return Moved(question, MappingProxyType(kept))


def offered_fixes(facts: Mapping[str, str]) -> list[tuple[str, Choice]]:
    """The questions answered by themselves in the last step, with the choice taken."""
    stated = said(facts)
    found = ((q, answers(q, stated)) for q in facts.get(FIXES, "").split())
    return [(q, c) for q, c in found if c is not None]


def answered_here(state: str, heard: Mapping[str, str]) -> bool:
    """Whether text typed at a question answers that very question."""
    screen = engine.SCREENS.get(state)
    if screen is None or screen.asks is None:
        return False
    keys = SOURCES.get(screen.asks, {screen.asks})
    return bool(keys & set(heard)) and answers(state, said(remember({}, heard))) is not None
