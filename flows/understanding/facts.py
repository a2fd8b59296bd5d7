"""Fact extraction: the shared code that reads each language's word tables (`facts_<lang>.py`).

Precision first: a fact is reported only when a pattern says it plainly; when unsure, nothing.
Durations and dates go through the same words for every fact, and dates through
`flows.dateinput`, so "ends on 25 December" and "12 д 05:30" read as the date screens read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from types import ModuleType
from typing import Any

from flows.inputs import dateinput
from flows.routing import normalise
from flows.understanding.vocabulary import FACTS

HOURS_PER = {"hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30}
QUIET_DEAD_DAYS = 15
"""Tracking silent this many days or more is "dead" (R34); fewer is "stalled"."""
REFERENCE_DAY = date(2001, 1, 1)
"""Countdowns need no calendar; this stands in for today when none is given."""
MAX_HOURS = 24 * 200
COUNTDOWN = re.compile(r"(?<![\d:.])(\d{1,3}):([0-5]\d):([0-5]\d)(?![\d:])")
"""The order page's countdown, HH:MM:SS: whole hours left."""


@dataclass(frozen=True)
class Tables:
    """One language's compiled patterns."""

    facts: dict[str, tuple[tuple[re.Pattern[str], str | None], ...]]
    duration: re.Pattern[str]
    pair: re.Pattern[str]
    bare: re.Pattern[str]
    left_after: re.Pattern[str]
    left_before: re.Pattern[str]
    ends_on: re.Pattern[str]
    ended: tuple[re.Pattern[str], ...]
    soon: tuple[re.Pattern[str], ...]
    protection_words: re.Pattern[str]
    not_protection: re.Pattern[str]
    protection_named: re.Pattern[str]
    hypothetical: re.Pattern[str]
    quiet: tuple[re.Pattern[str], ...]
    amount: tuple[re.Pattern[str], ...]
    units: dict[str, re.Pattern[str]]
    numbers: dict[str, int]
    currencies: dict[str, str]


def _number_pattern(words: dict[str, int]) -> str:
    """Digits or a number word of the language (longest words first)."""
    spelled = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return rf"\d{{1,4}}|{spelled}"


@cache
def tables(module: ModuleType) -> Tables:
    """Compile a language's word tables once."""
    m: Any = module
    n = _number_pattern(m.WORD_NUMBERS)
    spelled = n.split("|", 1)[1]
    unit = "|".join(m.UNITS.values())
    pair = re.compile(rf"(?<!\w)(?:(?P<n>\d{{1,4}}) ?|(?P<w>{spelled}) )?(?P<unit>{unit})\b")
    one = rf"(?:\d{{1,4}} ?(?:{unit})|(?:{spelled}) (?:{unit}))\b"
    duration = re.compile(rf"(?<![\w.,])(?:{one})(?: (?:and |и )?(?:{one}))?")
    compiled = {key: tuple((re.compile(p), v) for p, v in rows) for key, rows in m.FACTS.items()}
    return Tables(
        facts=compiled, duration=duration, pair=pair,
        bare=re.compile(rf"^(?:{m.BARE_BEFORE})?(?:{one})(?: (?:and |и )?(?:{one}))?"
                        rf"(?: (?:{m.BARE_AFTER}))?$"),
        left_after=re.compile(rf"^{m.LEFT_AFTER}"), left_before=re.compile(m.LEFT_BEFORE),
        ends_on=re.compile(m.ENDS_ON),
        ended=tuple(re.compile(p) for p in m.PROTECTION_ENDED),
        soon=tuple(re.compile(p) for p in m.PROTECTION_SOON),
        protection_words=re.compile(rf"\b(?:{m.PROTECTION_WORDS})"),
        not_protection=re.compile(m.NOT_PROTECTION),
        protection_named=re.compile(m.PROTECTION_NAMED), hypothetical=re.compile(m.HYPOTHETICAL),
        quiet=tuple(re.compile(p.replace("{n}", n).replace("{unit}", unit)) for p in m.QUIET),
        amount=tuple(re.compile(p) for p in m.AMOUNT),
        units={k: re.compile(rf"^(?:{v})$") for k, v in m.UNITS.items()},
        numbers=m.WORD_NUMBERS, currencies=m.CURRENCIES,
    )


def _hours(t: Tables, text: str) -> int | None:
    """Whole hours in a duration: "2 days", "36h", "1 day and 12 hours", "a week", "неделю"."""
    total = 0
    for found in t.pair.finditer(text):
        number, word, unit = found.group("n"), found.group("w"), found.group("unit")
        count = int(number) if number else t.numbers[word] if word else 1
        kind = next(k for k, p in t.units.items() if p.match(unit))
        total += count * HOURS_PER[kind]
    return total or None


def bucket(hours: int) -> str:
    """The `protection_left` value the question screens use for a number of hours left."""
    if hours <= 0:
        return "ended"
    if hours < 48:
        return "hours"
    return "days" if hours <= 24 * 7 else "week"


def _bare_countdown(text: str, lang: str, today: date | None) -> int | None:
    """Hours left when the whole message is a deadline as the date screens accept it."""
    now = datetime.combine(today or REFERENCE_DAY, time(12), tzinfo=UTC)
    parsed = dateinput.parse_deadline(text, lang, now, UTC)  # type: ignore[arg-type]
    if not isinstance(parsed, dateinput.DeadlineInput):
        return None
    if parsed.kind == "date" and today is None:
        return None
    return max(0, (parsed.deadline - now) // timedelta(hours=1))


def protection(t: Tables, text: str, lang: str, today: date | None) -> dict[str, str]:
    """`protection_left` (and `protection_hours` when a number was given)."""
    if t.not_protection.search(text) and not t.protection_named.search(text):
        return {}
    if any(p.search(text) for p in t.ended):
        return {"protection_left": "ended"}
    bare = t.bare.match(text)
    if (bare or re.match(r"^[\d\s:]+[^\W\d]{1,5}[\d\s:]*$", text)) and re.search(r"[^\W\d]", text):
        hours = _bare_countdown(text, lang, today)
        if hours is None and bare:
            found = t.duration.search(text)
            hours = _hours(t, found.group()) if found else None
        if hours is not None and hours <= MAX_HOURS:
            return {"protection_left": bucket(hours), "protection_hours": str(hours)}
    about_protection = bool(t.protection_words.search(text))
    clock = COUNTDOWN.search(text)
    if clock and (about_protection or COUNTDOWN.fullmatch(text)):
        hours = int(clock.group(1))
        return {"protection_left": bucket(hours) if hours else "hours",
                "protection_hours": str(hours)}
    for found in t.duration.finditer(text):
        after = text[found.end():]
        before = text[:found.start()]
        if not (t.left_after.match(after) or (about_protection and t.left_before.search(before))):
            continue
        if t.hypothetical.search(before):
            continue
        hours = _hours(t, found.group())
        if hours is not None and 0 < hours <= MAX_HOURS:
            return {"protection_left": bucket(hours), "protection_hours": str(hours)}
    if any(p.search(text) for p in t.soon):
        return {"protection_left": "hours"}
    if today is not None and (on := t.ends_on.search(text)):
        words = on.group("date").split()
        for size in (3, 2):
            parts = dateinput.word_date(" ".join(words[:size])) if len(words) >= size else None
            parts = parts or dateinput.numeric_date(words[0]) if words else parts
            if parts:
                day, month, year = parts
                try:
                    target = date(year or today.year, month, day)
                except ValueError:
                    return {}
                if year is None and target < today - timedelta(days=31):
                    target = target.replace(year=today.year + 1)
                hours = (target - today).days * 24
                if 0 <= hours <= MAX_HOURS:
                    return {"protection_left": bucket(hours), "protection_hours": str(hours)}
                return {}
    return {}


def quiet(t: Tables, text: str) -> dict[str, str]:
    """`tracking` stalled/dead with `tracking_quiet_days` from "no updates for 18 days"."""
    for pattern in t.quiet:
        if found := pattern.search(text):
            hours = _hours(t, f"{found.group('n') or ''} {found.group('unit')}".strip())
            if hours is None:
                continue
            days = max(1, hours // 24)
            state = "dead" if days >= QUIET_DEAD_DAYS else "stalled"
            return {"tracking": state, "tracking_quiet_days": str(days)}
    return {}


def amount(t: Tables, text: str) -> dict[str, str]:
    """The first money amount, with its currency when named ("$25", «25 тысяч рублей»)."""
    for pattern in t.amount:
        for found in pattern.finditer(text):
            groups = found.groupdict()
            value = groups["n"].replace(",", ".")
            if groups.get("k"):
                value = str(int(value) * 1000)
            cur = groups.get("cur")
            if cur is None:
                return {"amount": value} if groups.get("k") else {}
            currency = next((c for w, c in t.currencies.items() if cur.startswith(w)), None)
            if currency is not None:
                return {"amount": value, "currency": currency}
    return {}


def dispute_days(text: str, facts: dict[str, str], t: Tables, ago: str) -> dict[str, str]:
    """Days since the dispute opened, from "opened 5 days ago" when a dispute is mentioned."""
    if facts.get("dispute") not in ("opened", "refused", "offer", "escalated"):
        return {}
    found = re.search(rf"({t.duration.pattern})(?: {ago})", text)
    if found is None:
        return {}
    hours = _hours(t, found.group(1))
    return {"dispute_days": str(max(0, hours // 24))} if hours is not None else {}


def extract(module: ModuleType, text: str, lang: str, today: date | None) -> dict[str, str]:
    """Every fact a language's tables find in `text`, each checked against the vocabulary."""
    t = tables(module)
    norm = normalise(text)
    if not norm:
        return {}
    found: dict[str, str] = {}
    for key, rows in t.facts.items():
        for pattern, value in rows:
            if pattern.search(norm):
                if value is not None:
                    found[key] = value
                break
    quiet_facts = quiet(t, norm)
    if quiet_facts and found.get("tracking") in (None, "moving", "in_country"):
        found.update(quiet_facts)
    found.update(protection(t, norm, lang, today))
    found.update(amount(t, norm))
    found.update(dispute_days(norm, found, t, getattr(module, "AGO", "ago")))
    return {k: v for k, v in found.items() if not FACTS[k] or v in FACTS[k]}
