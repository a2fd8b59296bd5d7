"""What the bot makes of a screenshot (pure): the "I read: ..." line and what it understood.

The screenshot's facts (`screenshot.read_screenshot`) and its caption's (read as typed text)
go together; a fact they disagree on is dropped, so the question that asks it is asked,
and one line says so. A page that is not AliExpress, or says nothing usable, gets one line
saying what to send instead, and the turn keeps the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flows.engine.markers import N_
from flows.engine.spec import Say
from flows.understanding import Understanding, understand
from flows.understanding.screenshot import Screenshot, intent, read_screenshot

MIN_LETTERS = 20
"""Fewer letters than this read off an image: it was too blurry or small to read at all."""
MAX_EVENT = 60

READ = N_("I read: {facts}.")
# Translators: joins the parts of "I read: ..." ("Awaiting delivery", "order 8187...8765").
JOIN = N_("{first}, {rest}")
# Translators: the status as the AliExpress page shows it, quoted as read.
STATUS = N_("status \"{status}\"")
# Translators: {left} is the countdown as the page shows it, e.g. "12 d 05:31".
LEFT = N_("buyer protection {left} left")
# Translators: a countdown in days (abbreviated, any number) and hours:minutes.
DAYS_CLOCK = N_("{days} d {clock}")
# Translators: {number} is the order number with its middle left out, e.g. 8187...8765.
ORDER = N_("order {number}")
# Translators: {event} is the tracking line as read, e.g. "14 Nov Arrived in destination country".
TRACKING = N_("tracking: {event}")
DISPUTE = N_("dispute: {state}")
DISPUTE_STATES = {
    "opened": N_("open, waiting for the seller"),
    "refused": N_("the seller refused"),
    "offer": N_("the seller made an offer"),
    "escalated": N_("escalated to AliExpress"),
    "lost": N_("AliExpress decided for the seller"),
    "won": N_("refund completed"),
}
NOT_ALIEXPRESS = N_(
    "I couldn't find an AliExpress order in this image. Send a screenshot of the order page "
    "(My orders → the order) showing its status, the Buyer Protection timer and the order "
    "number, or type what it says.")
BLURRY = N_(
    "I couldn't read this image: it is too blurry, too small or cut off. Send a screenshot "
    "(not a photo of the screen) of the whole order page with its status, the Buyer "
    "Protection timer and the order number, or type what it says.")
# Translators: {what} names a fact, e.g. "the order status".
DISAGREE = N_("Your message and the screenshot say different things about {what}, so I "
              "won't guess: please answer from the order page.")
FACT_NAMES = {
    "order_status": N_("the order status"),
    "protection_left": N_("the time left on buyer protection"),
    "protection_hours": N_("the time left on buyer protection"),
    "tracking": N_("the tracking"),
    "tracking_quiet_days": N_("the tracking"),
    "dispute": N_("the dispute"),
}


@dataclass(frozen=True)
class Read:
    """The notices to show first, and what was understood (None: keep the screen)."""

    intro: tuple[Say, ...]
    heard: Understanding | None


def masked(number: str) -> str:
    """An order number with its middle left out: enough to recognise, little to leak."""
    return f"{number[:4]}...{number[-4:]}"


def _parts(shot: Screenshot) -> list[Say | str]:
    """The pieces of the "I read" line, in the order a page shows them."""
    parts: list[Say | str] = []
    if shot.status:
        parts.append(Say(STATUS, {"status": shot.status}))
    if shot.left is not None:
        hours, rest = divmod(int(shot.left.total_seconds()) % 86400, 3600)
        clock = f"{hours:02d}:{rest // 60:02d}"
        days = shot.left.days
        left: Say | str = Say(DAYS_CLOCK, {"days": days, "clock": clock}) if days else clock
        parts.append(Say(LEFT, {"left": left}))
    if shot.order:
        parts.append(Say(ORDER, {"number": masked(shot.order)}))
    if shot.event:
        event = shot.event if len(shot.event) <= MAX_EVENT else shot.event[:MAX_EVENT] + "…"
        parts.append(Say(TRACKING, {"event": event}))
    if state := shot.facts.get("dispute"):
        parts.append(Say(DISPUTE, {"state": Say(DISPUTE_STATES[state])}))
    return parts


def read_line(shot: Screenshot) -> Say:
    """One short line saying what was read off the image."""
    parts = _parts(shot)
    joined: Say | str = parts[-1]
    for part in reversed(parts[:-1]):
        joined = Say(JOIN, {"first": part, "rest": joined})
    return Say(READ, {"facts": joined})


def read(text: str, caption: str | None, lang: str, today: date) -> Read:
    """The screenshot's text with its caption: notices and the understanding to follow."""
    shot = read_screenshot(text, today)
    if not shot.page or not shot.readable:
        letters = sum(ch.isalpha() for ch in text)
        return Read((Say(BLURRY if letters < MIN_LETTERS else NOT_ALIEXPRESS),), None)
    said = understand(caption, lang, today) if caption and caption.strip() else None
    said_facts = dict(said.facts) if said else {}
    clash = {k for k, v in shot.facts.items() if k in said_facts and said_facts[k] != v}
    names = list(dict.fromkeys(FACT_NAMES.get(k, FACT_NAMES["order_status"]) for k in clash))
    facts = {k: v for k, v in {**said_facts, **shot.facts}.items()
             if k not in clash and not (k.startswith("protection") and "protection_left"
                                        in clash) and not (k.startswith("tracking")
                                                           and "tracking" in clash)}
    case, candidates = intent(shot)
    if case is None and not candidates and said is not None:
        case, candidates = said.intent, said.candidates
    intro = [read_line(shot)]
    intro += [Say(DISAGREE, {"what": Say(name)}) for name in names]
    return Read(tuple(intro), Understanding(case, candidates, facts,
                                            said.scam if said else False))
