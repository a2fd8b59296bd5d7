"""Parsers for what users type while adding or editing an order (pure; see parser.py)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta

from flows.deadlines.maths import days_left, deadline_from_shipping
from flows.engine.markers import N_
from flows.engine.spec import Say
from flows.inputs.dateinput import (
    MAX_DAYS_AHEAD,
    AmbiguousDate,
    DateInputError,
    normalise,
    numeric_date,
    read_deadline,
    word_date,
)
from flows.inputs.parser import InputContext, InputResult, Parser
from flows.inputs.timezones import likely_zone, parse_zone, zone
from flows.inputs.words import alternatives, every_language

NUMBER_DIGITS = (8, 20)
LABEL_MAX = 40
PROMISE_MAX = 180
SHIPPED_MAX_AGO = 200
TWO_WAY = "twoway"
"""The hidden trigger a deadline screen fires for a date that reads two ways ("1/5")."""
READINGS = "date_readings"
"""The fact holding the two days such a date may mean (ISO dates, day-first reading first)."""

BAD_NUMBER = N_(
    "An order number has only digits, usually 16 or more, for example 8123456789012345. "
    "Copy it from the order page (\"Order details\" → \"Order ID\") and send it here."
)
CARD_NUMBER = N_(
    "That looks like a bank card number, not an order number. Never send your card number to "
    "anyone, including me. Copy the order number from the order page (\"Order details\" → "
    "\"Order ID\") and send it here."
)
BAD_LABEL = N_("Please send a short name of up to 40 characters, for example \"headphones\".")
DATE_ERRORS: dict[str, str] = {
    "unparseable": N_(
        "I couldn't read that. Send the date or the days left as the order page shows them, "
        "for example: 25.12, 25 December, Dec 25, in 12 days, or just 12 (days left)."
    ),
    "in_past": N_(
        "That date has already passed. If the order page still shows a countdown, "
        "send the days left, for example 3 or 3 days 05:30."
    ),
    "too_far": N_(
        "That is too far ahead for buyer protection. Please check the date on the order page "
        "and send it again, for example 25.12 or in 12 days."
    ),
}
BAD_SHIP_DAY = N_(
    "I couldn't read that date. Send the day the seller shipped the order, "
    "for example: 5.03, 5 March, Mar 5, or yesterday."
)
SHIP_DAY_FUTURE = N_("That day hasn't come yet. Send the day the order was shipped, e.g. 5.03.")
BAD_DISPUTE_DAY = N_(
    "I couldn't read that date. Send the day you opened the dispute as the dispute page shows "
    "it, for example: 5.03, 5 March, Mar 5, or yesterday; or press \"Not sure\"."
)
DISPUTE_DAY_FUTURE = N_("That day hasn't come yet. Send the day you opened the dispute, e.g. 5.03.")
SHIP_DAY_OLD = N_("That is too long ago for an order still on its way. Please check the date.")
BAD_PROMISE = N_(
    "Send the number of days from the delivery promise, for example 60 for "
    "\"Delivery within 60 days\"."
)
PROMISE_OVER = N_(
    "By those dates buyer protection would already have ended on {date}. If the order page "
    "still shows a countdown, go back and send the days left instead."
)
BAD_ZONE = N_(
    "I don't know that time zone. Press a button, or type a zone like Europe/Berlin, "
    "a city like Moscow, or an offset like UTC+3."
)

_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_WORDS = every_language()
PAST_WORDS: dict[str, int] = {k: v for w in _WORDS for k, v in w.days_ago.items()}


def _any(field: str) -> str:
    """One field's words of every language as one alternation."""
    return alternatives(tuple(f for w in _WORDS for f in getattr(w, field)))


_ORDER_NUMBER = re.compile(
    rf"(?:{_any('order')}\s*{_any('order_number')}?\s*)?[:#№.]?\s*([\d\s-]+)", re.IGNORECASE
)
_LABEL = (rf"(?:{_any('order')}\w*(?:\s*{_any('order_number')})?|{_any('order_number')}\s+"
          rf"{_any('order')}\w*|#|№)")
_LABELLED = re.compile(
    rf"(?<!\w){_LABEL}\s*[:.#№]?\s*(?:№\s*)?(?P<id>\d{{1,20}}(?:[ -]\d{{4,8}}){{0,4}})(?!\d)")
# Without a label, only an order number's own shape: 15-20 digits, or four groups of four.
_BARE = re.compile(r"(?<![\w.,:/-])(?P<id>\d{15,20}|\d{4}(?:[ -]\d{4}){3,4})(?![\w.,:/-]*\d)")
_TRACKING = re.compile(rf"{_any('tracking')}\w*(?:\W+\w+)?\W*$")
_TRACK_COMMAND = re.compile(
    rf"(?:^|[.!?,;]\s*){_any('track_command')}\s+(?:(?:\w+\s+)?{_any('order')}\w*\s*)?"
    r"[:#№]?\s*$")
_COMMAND_END = re.compile(rf"\s*(?:{_any('track_command_after')}\b|[.,!;]|$)")
"""A request to follow the order ("track 8123… for me"): its digits are the order's."""
_OTHER_NUMBER = re.compile(rf"(?<!\w)(?:{_any('other_numbers')})\w*\W*$")
"""Words whose own number follows a number sign: a dispute's, a ticket's, a return's."""
_CARD = re.compile(rf"(?<!\w)(?:{_any('card')})\w*(?:\W+\w+){{0,2}}\W*$")
_CARD_PREFIX = re.compile(r"(?=\d{16,19}\Z)(?:4|5[1-5]|2[2-7])\d*")
"""A card network's first digits (Visa, Mastercard, Mir) and a card's length."""
_PROMISE = re.compile(rf"{_any('within')}?\s*(\d{{1,3}})\s*{_any('promise_units')}?\.?")


def facts_zone(ctx: InputContext) -> str:
    """The user's zone remembered in the dialogue, else the likely one for their language."""
    return ctx.facts.get("tz") or likely_zone(ctx.lang)


def utc_text(moment: datetime) -> str:
    """An aware moment as the UTC ISO text the database stores."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def ascii_digits(text: str) -> str:
    """Fullwidth, Arabic-Indic and other decimal digits as ASCII, so one order has one number
    ("№" stays a number sign: NFKC alone would make it the letters "No")."""
    folded = unicodedata.normalize("NFKC", text.replace("№", "#"))
    if folded.isascii():
        return folded
    return _OTHER_DIGIT.sub(lambda found: str(unicodedata.decimal(found.group())), folded)


def find_order_number(text: str) -> str | None:
    """The order number in a message, digits only: after a label ("Order ID:", «Номер заказа»,
    «№») in any of our languages, or alone when shaped like one; None if there is none."""
    folded = ascii_digits(text).lower()
    low, high = NUMBER_DIGITS
    for pattern in (_LABELLED, _BARE):
        for found in pattern.finditer(folded):
            before = max(0, found.start() - 30), found.start()
            if pattern is _BARE and _TRACKING.search(folded, *before) and not (
                    _TRACK_COMMAND.search(folded, 0, found.start())
                    and _COMMAND_END.match(folded, found.end())):
                continue  # a tracking number made of digits is not the order's
            digits = re.sub(r"\D", "", found["id"])
            unlabelled = pattern is _BARE or found.group().lstrip()[:1] in "#№"
            # twenty-fourth pass D: "#5521-0304-7781-9904" is how buyers mark an order's number;
            # nobody writes "#" before a card's, so only a card word before it makes it one
            hashed = pattern is _LABELLED and found.group().lstrip()[:1] == "#"
            if unlabelled and _CARD_PREFIX.fullmatch(digits) and (
                    _CARD.search(folded, *before) or (not hashed and card_shaped(found["id"]))):
                continue  # a bank card's number is never the order's
            if hashed_only(found) and _OTHER_NUMBER.search(folded, *before):
                continue  # twenty-sixth pass C: "dispute #5123098765", "case #…": not the order's
            if low <= len(digits) <= high:
                return digits
    return None


def hashed_only(found: re.Match[str]) -> bool:
    """Whether a labelled number's only label is a number sign ("#…", «№…»), no order word."""
    return found.re is _LABELLED and found.group().lstrip()[:1] == "#"


def card_shaped(typed: str) -> bool:
    """Whether digits typed in four groups of four are a payment card's number: a card
    network's first digits and a valid Luhn check digit (an order number rarely has both)."""
    groups = typed.replace("-", " ").split()
    digits = "".join(groups)
    if len(groups) != 4 or len(digits) != 16 or not _CARD_PREFIX.fullmatch(digits):
        return False
    total = 0
    for place, digit in enumerate(int(d) for d in reversed(digits)):
        doubled = digit * 2 if place % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def order_number(text: str, ctx: InputContext) -> InputResult:
    """An AliExpress order number: 8-20 digits in any script, spaces and dashes ignored, as
    typed alone or copied with its label from the app ("Order ID: 8123...", «№8123...»)."""
    found = _ORDER_NUMBER.fullmatch(ascii_digits(text).strip())
    if found and card_shaped(found[1].strip()):
        return InputResult(error=Say(CARD_NUMBER))
    digits = re.sub(r"\D", "", found[1]) if found else ""
    low, high = NUMBER_DIGITS
    if not low <= len(digits) <= high:
        digits = find_order_number(text) or ""
    if not low <= len(digits) <= high:
        return InputResult(error=Say(BAD_NUMBER))
    return InputResult("number", {"order_number": digits})


def order_label(text: str, ctx: InputContext) -> InputResult:
    """A short name for the order, on one line."""
    label = " ".join(text.split())
    if not label or len(label) > LABEL_MAX:
        return InputResult(error=Say(BAD_LABEL))
    return InputResult("label", {"order_label": label})


def order_deadline(text: str, ctx: InputContext) -> InputResult:
    """The end of buyer protection as a date, days left or a countdown; a date that reads
    two ways ("1/5", "05/01") asks which day it is, never guesses."""
    found = read_deadline(ascii_digits(text), ctx.lang, ctx.now, zone(facts_zone(ctx)))
    if isinstance(found, AmbiguousDate):
        return InputResult(TWO_WAY, {READINGS: " ".join(d.isoformat() for d in found.days)})
    if isinstance(found, DateInputError):
        return InputResult(error=Say(DATE_ERRORS[found.reason]))
    return InputResult(
        "deadline", {"order_deadline": utc_text(found.deadline), "order_kind": found.kind})


def past_day(text: str, today: date) -> date | str:
    """A day on or before `today` (yearless: the latest such), else "unparseable" or "future"."""
    normalised = normalise(text)
    if normalised in PAST_WORDS:
        return today - timedelta(days=PAST_WORDS[normalised])
    parts = numeric_date(normalised) or word_date(normalised)
    if parts is None:
        return "unparseable"
    day, month, year = parts
    valid = []
    for guess in (year,) if year else (today.year, today.year - 1):
        try:
            valid.append(date(guess, month, day))
        except ValueError:
            continue
    if not valid:
        return "unparseable"
    return next((d for d in valid if d <= today), "future")


def dispute_day(text: str, ctx: InputContext) -> InputResult:
    """The day a dispute was opened: today or earlier, within the last ~200 days."""
    today = ctx.now.astimezone(zone(facts_zone(ctx))).date()
    found = past_day(ascii_digits(text), today)
    if isinstance(found, str):
        return InputResult(error=Say(DISPUTE_DAY_FUTURE if found == "future" else BAD_DISPUTE_DAY))
    if (today - found).days > SHIPPED_MAX_AGO:
        return InputResult(error=Say(SHIP_DAY_OLD))
    return InputResult("opened", {"dispute_day": found.isoformat()})


def ship_day(text: str, ctx: InputContext) -> InputResult:
    """The day the seller shipped: today or earlier, within the last ~200 days."""
    today = ctx.now.astimezone(zone(facts_zone(ctx))).date()
    found = past_day(text, today)
    if isinstance(found, str):
        return InputResult(error=Say(SHIP_DAY_FUTURE if found == "future" else BAD_SHIP_DAY))
    if (today - found).days > SHIPPED_MAX_AGO:
        return InputResult(error=Say(SHIP_DAY_OLD))
    return InputResult("shipped", {"order_shipped": found.isoformat()})


def promise_days(text: str, ctx: InputContext) -> InputResult:
    """The delivery promise in days; with the ship day it gives the end of protection."""
    found = _PROMISE.fullmatch(normalise(text))
    days = int(found[1]) if found else 0
    shipped = ctx.facts.get("order_shipped")
    if not 1 <= days <= PROMISE_MAX or not shipped:
        return InputResult(error=Say(BAD_PROMISE))
    tz = zone(facts_zone(ctx))
    deadline = deadline_from_shipping(date.fromisoformat(shipped), days, tz)
    if deadline <= ctx.now:
        shown = (date.fromisoformat(shipped) + timedelta(days=days)).strftime("%d.%m.%Y")
        return InputResult(error=Say(PROMISE_OVER, {"date": shown}))
    if days_left(deadline, ctx.now, tz) > MAX_DAYS_AHEAD:
        return InputResult(error=Say(DATE_ERRORS["too_far"]))
    return InputResult(
        "promise", {"order_deadline": utc_text(deadline), "order_kind": "shipping"})


def timezone(text: str, ctx: InputContext) -> InputResult:
    """A time zone typed as an IANA name, a city or a UTC offset."""
    name = parse_zone(text)
    if name is None:
        return InputResult(error=Say(BAD_ZONE))
    return InputResult("tz", {"tz": name})


# The parsers screens name in `expects`; bot/dialogue/assembly.py registers them on the service.
PARSERS: dict[str, Parser] = {
    "order_number": order_number,
    "order_label": order_label,
    "order_deadline": order_deadline,
    "dispute_day": dispute_day,
    "ship_day": ship_day,
    "promise_days": promise_days,
    "timezone": timezone,
}
