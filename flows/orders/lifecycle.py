"""An order's life cycle, declared once: its statuses, what each offers and the moves between them.

Order buttons, the validity of a press, which reminders an order gets and what they say all
come from STATUSES and MOVES; nothing else names a status. Adding a status is one row here
(plus its texts in flows/orders/wording.py and the order card's next step).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from flows.orders import wording as w


class Status(StrEnum):
    """Where an order stands (the value is what SQLite stores)."""

    OPEN = "open"                        # waiting for the parcel
    PROBLEM = "problem"                  # arrived with a problem, no dispute yet
    DISPUTE = "dispute"                  # a dispute is open
    REFUND_PROMISED = "refund_promised"  # dispute won: the refund is on its way
    CANCELLED = "cancelled"              # cancelled: no parcel, a refund is on its way
    DISPUTE_LOST = "dispute_lost"        # AliExpress sided with the seller
    CLOSED = "closed"                    # all fine, refund arrived, or the buyer closed it


class Action(StrEnum):
    """What a buyer can do to an order (the value is the button's trigger)."""

    EXTEND = "extend"          # the seller extended protection, or the countdown shown now
    DISPUTE = "dispute"        # I opened a dispute
    CANCELLED = "cancelled"    # the order was cancelled
    RECEIVED = "received"      # I received it: asks FINE or NOT_FINE
    FINE = "fine"
    NOT_FINE = "notfine"
    DECIDED = "decided"        # dispute closed / decided: asks WON, LOST or WITHDRAWN
    WON = "won"                # won with a refund (asks how the buyer paid)
    LOST = "lost"
    WITHDRAWN = "withdrawn"    # closed by me
    ARRIVED = "arrived"        # the refund arrived
    REOPEN = "reopen"
    CALENDAR = "calendar"
    DELETE = "delete"


class Reminder(StrEnum):
    """Families of reminders; the protection family has one kind per configured lead time."""

    PROTECTION = "protection"
    DISPUTE_BUTTON = "dispute_button"
    SELLER_REPLY = "seller_reply"
    REFUND_OVERDUE = "refund_overdue"


class Stage(StrEnum):
    """Where a protection reminder's lead time falls (bounds in STAGE_BOUNDS_HOURS)."""

    EARLY = "early"    # a week or more: check the tracking, ask for an extension
    DECIDE = "decide"  # a few days: prepare and decide
    LAST = "last"      # the last day: act now


# Upper bound (hours) of each stage's lead time, most urgent first.
STAGE_BOUNDS_HOURS: tuple[tuple[float, Stage], ...] = (
    (24, Stage.LAST), (72, Stage.DECIDE), (float("inf"), Stage.EARLY))

# Questions an action asks before it moves the order: the answers are the moves.
ASKS: Mapping[Action, tuple[Action, ...]] = MappingProxyType({
    Action.RECEIVED: (Action.FINE, Action.NOT_FINE),
    Action.DECIDED: (Action.WON, Action.LOST, Action.WITHDRAWN),
})
# Actions that never change the status but need the order (offered where `dates` says so).
KEEPS = (Action.CALENDAR, Action.DELETE)
# The order page's buttons, in this order, filtered by what the status allows.
PAGE_ORDER = (Action.EXTEND, Action.DISPUTE, Action.DECIDED, Action.RECEIVED, Action.ARRIVED,
              Action.CANCELLED, Action.REOPEN, Action.CALENDAR, Action.DELETE)


@dataclass(frozen=True)
class StatusRow:
    """One status: whether its clocks run, its reminders, their wording and its buttons' labels.

    `protection` maps each stage to the msgids of the protection reminder in this status;
    `reminder_actions` are the actions a reminder's buttons offer (besides the guide);
    `extension_draft` adds the English request to the seller to the early reminder;
    `stage_guides` gives a stage its own guide (flow, label) instead of `guide`.
    """

    status: Status
    countdown: bool
    awaits_refund: bool
    reminders: frozenset[Reminder]
    protection: Mapping[Stage, tuple[str, ...]]
    guide: str
    guide_label: str
    reminder_actions: tuple[Action, ...]
    step: str
    ended: str = w.ENDED_ACTION
    extension_draft: bool = False
    labels: Mapping[Action, str] = field(default_factory=lambda: MappingProxyType({}))
    stage_guides: Mapping[Stage, tuple[str, str]] = field(
        default_factory=lambda: MappingProxyType({}))

    def guide_for(self, at: Stage) -> tuple[str, str]:
        """(flow, button label) of the guide a reminder at this stage opens."""
        return self.stage_guides.get(at, (self.guide, self.guide_label))


def _same(*msgids: str) -> Mapping[Stage, tuple[str, ...]]:
    """The same wording at every stage."""
    return MappingProxyType(dict.fromkeys(Stage, msgids))


_NONE: Mapping[Stage, tuple[str, ...]] = MappingProxyType({})

ROWS = (
    StatusRow(
        Status.OPEN, countdown=True, awaits_refund=False,
        reminders=frozenset({Reminder.PROTECTION, Reminder.DISPUTE_BUTTON}),
        protection=MappingProxyType({
            Stage.EARLY: (w.PROTECTION_LEFT, w.TRACK_ACTION),
            Stage.DECIDE: (w.PROTECTION_LEFT, w.EVIDENCE_ACTION),
            Stage.LAST: (w.OPEN_NOW, w.OPEN_WHERE)}),
        guide="notreceived", guide_label=w.TRACK_GUIDE,
        reminder_actions=(Action.EXTEND, Action.RECEIVED), step=w.STEP_OPEN,
        extension_draft=True,
        stage_guides=MappingProxyType({Stage.DECIDE: ("dispute", w.EVIDENCE_GUIDE),
                                       Stage.LAST: ("dispute", w.OPEN_GUIDE)})),
    StatusRow(
        Status.PROBLEM, countdown=True, awaits_refund=False,
        reminders=frozenset({Reminder.PROTECTION}),
        protection=MappingProxyType({
            Stage.EARLY: (w.PROTECTION_LEFT, w.PROBLEM_ACTION),
            Stage.DECIDE: (w.PROTECTION_LEFT, w.PROBLEM_ACTION),
            Stage.LAST: (w.PROBLEM_NOW, w.PROBLEM_WHERE)}),
        guide="wrongitem", guide_label=w.PROBLEM_GUIDE,
        reminder_actions=(Action.EXTEND, Action.DISPUTE), step=w.STEP_PROBLEM,
        labels=MappingProxyType({Action.EXTEND: w.COUNTDOWN_NOW_LABEL})),
    StatusRow(
        Status.DISPUTE, countdown=True, awaits_refund=False,
        reminders=frozenset({Reminder.PROTECTION, Reminder.SELLER_REPLY}),
        protection=_same(w.PROTECTION_LEFT, w.DISPUTE_KEEP),
        guide="dispute", guide_label=w.DISPUTE_GUIDE,
        reminder_actions=(Action.DECIDED, Action.EXTEND), step=w.STEP_DISPUTE,
        ended=w.ENDED_IN_DISPUTE),
    StatusRow(
        Status.REFUND_PROMISED, countdown=True, awaits_refund=True,
        reminders=frozenset({Reminder.PROTECTION, Reminder.REFUND_OVERDUE}),
        protection=_same(w.PROTECTION_LEFT, w.PROMISED_KEEP),
        guide="moneylate", guide_label=w.REFUND_GUIDE,
        reminder_actions=(Action.ARRIVED,), step=w.STEP_PROMISED, ended=w.ENDED_IN_DISPUTE),
    StatusRow(
        Status.CANCELLED, countdown=False, awaits_refund=True,
        reminders=frozenset({Reminder.REFUND_OVERDUE}), protection=_NONE,
        guide="moneylate", guide_label=w.REFUND_GUIDE,
        reminder_actions=(Action.ARRIVED,), step=w.STEP_CANCELLED),
    StatusRow(
        Status.DISPUTE_LOST, countdown=False, awaits_refund=False, reminders=frozenset(),
        protection=_NONE, guide="disputelost", guide_label=w.LOST_GUIDE, reminder_actions=(),
        step=w.STEP_LOST),
    StatusRow(
        Status.CLOSED, countdown=False, awaits_refund=False, reminders=frozenset(),
        protection=_NONE, guide="notreceived", guide_label=w.TRACK_GUIDE, reminder_actions=(),
        step=w.STEP_CLOSED),
)
STATUSES: Mapping[Status, StatusRow] = MappingProxyType({row.status: row for row in ROWS})

_WAITING = (Status.OPEN, Status.PROBLEM, Status.DISPUTE, Status.REFUND_PROMISED)
# (status, action) -> the status it leads to. A pair not here is refused and changes nothing.
MOVES: Mapping[tuple[Status, Action], Status] = MappingProxyType({
    **{(s, Action.EXTEND): s for s in _WAITING},
    (Status.OPEN, Action.DISPUTE): Status.DISPUTE,
    (Status.PROBLEM, Action.DISPUTE): Status.DISPUTE,
    (Status.OPEN, Action.CANCELLED): Status.CANCELLED,
    (Status.OPEN, Action.FINE): Status.CLOSED,
    (Status.PROBLEM, Action.FINE): Status.CLOSED,
    (Status.DISPUTE, Action.FINE): Status.CLOSED,
    (Status.OPEN, Action.NOT_FINE): Status.PROBLEM,
    (Status.DISPUTE, Action.NOT_FINE): Status.DISPUTE,
    (Status.DISPUTE, Action.WON): Status.REFUND_PROMISED,
    (Status.DISPUTE, Action.LOST): Status.DISPUTE_LOST,
    (Status.DISPUTE, Action.WITHDRAWN): Status.CLOSED,
    (Status.REFUND_PROMISED, Action.ARRIVED): Status.CLOSED,
    (Status.CANCELLED, Action.ARRIVED): Status.CLOSED,
    **{(s, Action.REOPEN): Status.OPEN
       for s in (Status.CANCELLED, Status.DISPUTE_LOST, Status.CLOSED)},
})


def move(status: str, action: Action) -> Status | None:
    """The status `action` leads to from `status`, or None when the action is refused there."""
    try:
        return MOVES.get((Status(status), action))
    except ValueError:
        return None


def allowed(status: str, action: Action) -> bool:
    """Whether a press of `action` is valid for an order in `status` (its questions included)."""
    if action is Action.CALENDAR:
        return status in STATUSES and STATUSES[Status(status)].countdown
    if action is Action.DELETE:
        return status in STATUSES
    return move(status, action) is not None or any(
        move(status, answer) is not None for answer in ASKS.get(action, ()))


def buttons(status: str) -> tuple[Action, ...]:
    """The order page's buttons for an order in `status`: exactly the actions allowed there."""
    return tuple(action for action in PAGE_ORDER if allowed(status, action))


def row(status: str) -> StatusRow:
    """The row of a stored status (an unknown one reads as closed: no reminders, no harm)."""
    try:
        return STATUSES[Status(status)]
    except ValueError:
        return STATUSES[Status.CLOSED]


def stage(lead_hours: float) -> Stage:
    """The stage a protection reminder `lead_hours` before the end falls in."""
    return next(s for bound, s in STAGE_BOUNDS_HOURS if lead_hours <= bound)
