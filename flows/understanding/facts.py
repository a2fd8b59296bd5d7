"""Fact extraction: the shared code that reads each language's word tables (`facts_<lang>.py`).

Precision first: a fact is reported only when a pattern says it plainly; when unsure, nothing.
Durations and dates go through the same words for every fact, and dates through
`flows.dateinput`, so "ends on 25 December" and "12 д 05:30" read as the date screens read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from flows.inputs import dateinput
from flows.inputs.orders import find_order_number
from flows.understanding import (
    corrections,
    currencies,
    dated,
    items_missing,
    number_roles,
    prefilter,
    processing_over,
    tracking_number,
)
from flows.understanding.fact_reader import asked, second_opinion, wish_allowed
from flows.understanding.scams import scam_requests
from flows.understanding.text import CLAUSE_MARK, NEVER, compiled, normalise
from flows.understanding.vocabulary import (
    DEAD_QUIET_DAYS,
    FACTS,
    on_its_way,
    quiet_tracking,
    time_left,
)

HOURS_PER = {"hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30}
NEXT_UNIT = {("month", "week"), ("month", "day"), ("week", "day"), ("day", "hour")}
"""A duration's second part is one of these smaller units: "1 day 20 hours", "2 weeks 3 days"."""
REFERENCE_DAY = date(2001, 1, 1)
"""Countdowns need no calendar; this stands in for today when none is given."""
MAX_HOURS = 24 * 200
TERM_HOURS = 24 * 30
"""A duration named as the protection's own ("90 days protection") this long is its whole term."""
TERM_DAYS = frozenset({60, 75, 90, 120})
"""AliExpress's usual whole protection and delivery terms: "protection 60 days" names one of
them, while "protection 45 days" is what the order page's countdown shows."""
BUSINESS_DAYS_A_WEEK = 5
BUSINESS_DAYS_A_MONTH = 21
MAX_REFUND_DAYS = 200
_LONG_NUMBER = re.compile(r"(?<![\d.,:])\d{4,20}(?: \d{4,8}){0,4}(?![\d.,:])")
LONG_NUMBER_DIGITS = 12
"""A number this long is an order or tracking number: the other facts read past it."""
MASK = ""
"""A row value that blanks out what it matches ("the tracking does not work" is no broken item)
and lets the next rows read the rest; None blocks the fact for the whole message."""
COUNTDOWN = re.compile(r"(?<![\d:.])(\d{1,3}):([0-5]\d):([0-5]\d)(?![\d:])")
"""The order page's countdown, HH:MM:SS: whole hours left."""


@dataclass(frozen=True)
class Tables:
    """One language's compiled patterns."""

    facts: dict[str, tuple[tuple[re.Pattern[str], str | None], ...]]
    duration: re.Pattern[str]
    single: re.Pattern[str]
    pair: re.Pattern[str]
    bare: re.Pattern[str]
    left_after: re.Pattern[str]
    left_before: re.Pattern[str]
    term_before: re.Pattern[str]
    term_named: re.Pattern[str]
    ends_on: re.Pattern[str]
    ended: tuple[re.Pattern[str], ...]
    other_timer: re.Pattern[str]
    soon: tuple[re.Pattern[str], ...]
    protection_words: re.Pattern[str]
    not_protection: re.Pattern[str]
    protection_named: re.Pattern[str]
    other_clock: tuple[re.Pattern[str], re.Pattern[str]]
    hypothetical: re.Pattern[str]
    quiet: tuple[re.Pattern[str], ...]
    quiet_not_after: re.Pattern[str]
    quiet_not_now: re.Pattern[str]
    quiet_own: re.Pattern[str]
    quiet_own_after: re.Pattern[str]
    not_a_count: re.Pattern[str]
    amount: tuple[re.Pattern[str], ...]
    units: dict[str, re.Pattern[str]]
    numbers: dict[str, float]
    nth_days: dict[str, float]
    currencies: dict[str, str]
    vague: frozenset[str]
    refund_days: tuple[re.Pattern[str], ...]
    refund_cue: re.Pattern[str]
    """A word every `refund_days` row needs: without one, no row is tried (worst-case inputs)."""
    refund_day_words: dict[str, int]
    """Days a word names as its unit («позавчера» 2): the refund's count with no number."""
    business: re.Pattern[str]
    days_before: re.Pattern[str]
    card_renewed: re.Pattern[str]
    unit_alone: re.Pattern[str]
    ui_status: re.Pattern[str]
    ui_values: dict[str, str]
    not_order_status: re.Pattern[str]
    moved_again: re.Pattern[str]
    not_my_dispute: re.Pattern[str]
    half_after: re.Pattern[str]
    many_units: re.Pattern[str]
    joint: tuple[re.Pattern[str], re.Pattern[str]]
    """The word joining a duration's parts: right before a count, right after a unit."""
    quiet_blank: re.Pattern[str]
    quiet_other_after: re.Pattern[str]
    parcel_named: re.Pattern[str]
    parts_comma: re.Pattern[str]
    inside_dispute: re.Pattern[str]
    escalated_ago: re.Pattern[str]
    decided_for: re.Pattern[str]
    """Of `DECIDED_AGO`'s words, the dispute won, lost or decided (`DECIDED_FOR`): the days since
    are not its age."""
    opened_since: re.Pattern[str]
    """An opening told after the decision (`OPENED_SINCE`): the days are its age again."""
    others_story: re.Pattern[str]
    elapsed: tuple[re.Pattern[str], re.Pattern[str]]
    cues: dict[str, tuple[prefilter.Needs, ...]]
    """Per fact key, each row's cues (`prefilter`), derived with the rows."""
    everyday: tuple[tuple[re.Pattern[str], str], ...]
    """The buyer's everyday words for their dispute, each with the dispute's own word
    (`EVERYDAY_DISPUTE`; `as_dispute`)."""
    step_words: re.Pattern[str]
    """Words of a dispute step no row may have placed (`STEP_WORDS`): with any of them, a
    dispute's age alone says nothing of its stage."""
    stage_unplaced: re.Pattern[str]
    """A dispute step that states no stage but tells of a dispute (`STAGE_UNPLACED`: a rejection
    naming no one): its age is still read."""
    spoken: tuple[tuple[re.Pattern[str], str], ...] = ()
    """Durations said in a way the duration reader cannot split («полсуток», «дней пять»), each
    with its rewrite into one it can («12 часов», «пять дней»; `SPOKEN_COUNTS`)."""
    day_clock: re.Pattern[str] = re.compile(NEVER)
    """A day count followed by a clock without seconds («2 дн. 11:20», "3d 04:12"), as pasted
    from the order page."""
    left_then: re.Pattern[str] = re.compile(NEVER)
    """Words telling a time left at an earlier moment (`LEFT_THEN`: "had 4 days left so i
    opened it")."""
    opened_now: re.Pattern[str] = re.compile(NEVER)
    """Words making that earlier moment now (`OPENED_NOW`: "just now")."""


NUMBER = r"\d{1,4}(?:[.,]\d)?"
"""A count in a duration: "3", "2.5", «1,5»."""


def _number_pattern(words: dict[str, float]) -> str:
    """Digits or a number word of the language (longest words first)."""
    spelled = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return rf"{NUMBER}|{spelled}"


def _count(t: Tables, number: str | None, word: str | None) -> float:
    """The count of a duration part: digits ("2.5"), a number word («полтора»), or one."""
    if number:
        return float(number.replace(",", "."))
    return t.numbers[word] if word else 1


def _optional_number(pattern: str) -> str:
    """A pattern whose number may be left out («неделю назад») takes the unit alone only when no
    number stands before it, so skipped words never swallow the number ("16 дней" is not 1)."""
    return pattern.replace("(?P<n>{n})? ?", r"(?:(?P<n>{n}) ?|(?<![\d.,] )(?<![\d.,]))")


@cache
def tables(module: ModuleType) -> Tables:
    """Compile a language's word tables once."""
    m: Any = module
    n = _number_pattern(m.WORD_NUMBERS)
    nth_days = getattr(m, "NTH_DAY_COUNTS", {})
    # «девятый день стоит» is 9 days: one branch for the ordinals, read from `nth_days` after
    quiet_n = f"{n}|{m.NTH_DAY}" if nth_days else n
    spelled = n.split("|", 1)[1]
    unit = "|".join(m.UNITS.values())
    refund_units = f"{m.BUSINESS_DAYS}|{unit}"
    # a number word some languages write glued to its unit («полмесяца»: `GLUED_COUNT`), for
    # the silences' counts only (a duration told twice, «полмесяца, 15 дней», is no sum)
    glued = getattr(m, "GLUED_COUNT", NEVER)
    pair = re.compile(rf"(?<![\w.,])(?:(?P<n>{NUMBER}) ?|(?P<w>(?:{spelled})(?= )|{glued}) ?)?"
                      rf"(?P<unit>{unit})\b")
    one = rf"(?:{NUMBER} ?(?:{unit})|(?:{spelled}) (?:{unit}))\b"
    duration = re.compile(rf"(?<![\w.,])(?:{one})(?: (?:and |и )?(?:{one}))?")
    compiled = {key: tuple((re.compile(p), v) for p, v in rows) for key, rows in m.FACTS.items()}
    return Tables(
        facts=compiled, duration=duration, single=re.compile(rf"(?<![\w.,]){one}"), pair=pair,
        bare=re.compile(rf"^(?:{m.BARE_BEFORE})?(?:{one})(?: (?:and |и )?(?:{one}))?"
                        rf"(?: (?:{m.BARE_AFTER}))?$"),
        left_after=re.compile(rf"^{m.LEFT_AFTER}"), left_before=re.compile(m.LEFT_BEFORE),
        term_before=re.compile(getattr(m, "TERM_BEFORE", NEVER)),
        term_named=re.compile(getattr(m, "TERM_NAMED", NEVER)),
        ends_on=re.compile(m.ENDS_ON),
        ended=tuple(re.compile(p) for p in m.PROTECTION_ENDED),
        other_timer=re.compile(m.OTHER_TIMER),
        soon=tuple(re.compile(p) for p in m.PROTECTION_SOON),
        protection_words=re.compile(rf"\b(?:{m.PROTECTION_WORDS})"),
        not_protection=re.compile(m.NOT_PROTECTION),
        protection_named=re.compile(m.PROTECTION_NAMED), hypothetical=re.compile(m.HYPOTHETICAL),
        other_clock=(re.compile(m.OTHER_CLOCK_BEFORE), re.compile(m.OTHER_CLOCK_AFTER)),
        quiet=tuple(re.compile(_optional_number(p).replace("{n}", quiet_n).replace("{unit}", unit))
                    for p in m.QUIET),
        quiet_not_after=re.compile(m.QUIET_NOT_AFTER),
        quiet_not_now=re.compile(getattr(m, "QUIET_NOT_NOW", NEVER)),
        quiet_own=re.compile(getattr(m, "QUIET_OWN", NEVER)),
        quiet_own_after=re.compile(getattr(m, "QUIET_OWN_AFTER", NEVER)),
        not_a_count=re.compile(m.NOT_A_COUNT),
        amount=tuple(re.compile(p) for p in m.AMOUNT),
        units={k: re.compile(rf"^(?:{v})$") for k, v in m.UNITS.items()},
        numbers=m.WORD_NUMBERS, nth_days=nth_days, currencies=m.CURRENCIES,
        vague=frozenset(m.VAGUE),
        refund_days=tuple(re.compile(_optional_number(p).replace("{n}", n)
                                     .replace("{unit}", refund_units))
                          for p in m.REFUND_DAYS),
        refund_cue=re.compile(getattr(m, "REFUND_CUE", "")),
        refund_day_words=getattr(m, "REFUND_DAY_WORDS", {}),
        business=re.compile(rf"^(?:{m.BUSINESS_DAYS})$"),
        card_renewed=re.compile(m.CARD_RENEWED),
        unit_alone=re.compile(m.UNIT_ALONE),
        ui_status=re.compile(r"[\"'«“„‘]\s*(" + "|".join(
            sorted(map(re.escape, m.UI_STATUS), key=len, reverse=True)) + r")\s*[.!]?\s*[\"'»”“’]"),
        ui_values=m.UI_STATUS,
        not_order_status=re.compile(m.NOT_ORDER_STATUS),
        days_before=re.compile(rf"(?<![\w.,])(?:(?P<n>{NUMBER}) ?|(?P<w>{spelled}) )"
                               rf"(?:{m.UNITS['day']})(?: and| и)? $"),
        moved_again=re.compile(getattr(m, "MOVED_AGAIN", NEVER)),
        not_my_dispute=re.compile(getattr(m, "NOT_MY_DISPUTE", NEVER)),
        half_after=re.compile(getattr(m, "HALF_AFTER", NEVER)),
        many_units=re.compile(getattr(m, "MANY_UNITS", NEVER)),
        joint=(re.compile(rf" (?:{getattr(m, 'JOINT', NEVER)}) $"),
               re.compile(rf" (?:{getattr(m, 'JOINT', NEVER)}) ")),
        quiet_blank=re.compile(getattr(m, "QUIET_BLANK", NEVER)),
        quiet_other_after=re.compile(getattr(m, "QUIET_OTHER_AFTER", NEVER)),
        parcel_named=re.compile(getattr(m, "PARCEL_NAMED", NEVER)),
        parts_comma=re.compile(rf"(?<![\w.,])({NUMBER} ?(?:{unit})),(?=\s*{NUMBER} ?(?:{unit})\b)",
                               re.IGNORECASE),
        inside_dispute=re.compile(getattr(m, "INSIDE_THE_DISPUTE", NEVER)),
        escalated_ago=re.compile(getattr(m, "ESCALATED_AGO", NEVER)),
        decided_for=re.compile(getattr(m, "DECIDED_FOR", NEVER)),
        opened_since=re.compile(getattr(m, "OPENED_SINCE", NEVER)),
        others_story=re.compile(getattr(m, "OTHERS_STORY", NEVER)),
        elapsed=(re.compile(getattr(m, "ELAPSED_BEFORE", NEVER)),
                 re.compile(getattr(m, "ELAPSED_AFTER", NEVER))),
        cues=prefilter.row_cues(compiled),
        everyday=tuple((re.compile(p), r) for p, r in getattr(m, "EVERYDAY_DISPUTE", ())),
        stage_unplaced=re.compile(getattr(m, "STAGE_UNPLACED", NEVER)),
        step_words=re.compile(m.STEP_WORDS),
        spoken=tuple((re.compile(p), r) for p, r in getattr(m, "SPOKEN_COUNTS", ())),
        day_clock=re.compile(rf"(?<![\w.,:])(\d{{1,3}} ?(?:{m.UNITS['day']}) )"
                             r"([01]?\d|2[0-3]):([0-5]\d)(?![\d:])"),
        left_then=re.compile(getattr(m, "LEFT_THEN", NEVER)),
        opened_now=re.compile(getattr(m, "OPENED_NOW", NEVER)),
    )


def _hours(t: Tables, text: str) -> int | None:
    """Whole hours in a duration: "2 days", "36h", "1 day and 12 hours", "a week", "неделю"."""
    total = 0
    for found in t.pair.finditer(text):
        number, word, unit = found.group("n"), found.group("w"), found.group("unit")
        kind = next(k for k, p in t.units.items() if p.match(unit))
        total += int(_count(t, number, word) * HOURS_PER[kind])
    return total or None


def _part(t: Tables, text: str) -> tuple[str, float, bool]:
    """(unit kind, count, exact) of one simple duration: "3 days", «неделю», "a few days"."""
    found = t.pair.search(text)
    assert found is not None  # `single` matched, so a unit is there
    number, word, unit = found.group("n"), found.group("w"), found.group("unit")
    kind = next(k for k, p in t.units.items() if p.match(unit))
    return kind, _count(t, number, word), word not in t.vague


def durations(t: Tables, text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, hours, exact) of each duration; "1 day 20 hours" is one, "a week 30 hours"
    two; "a few days" is not exact.

    Punctuation is gone after normalising, so two durations side by side ("not moving for a
    week, 30 hours left") are joined only when the second is a smaller unit that the first
    cannot hold ("1 day 20 hours", "2 weeks 3 days").
    """
    spans: list[tuple[int, int, int, bool, str]] = []
    for found in t.single.finditer(text):
        kind, count, exact = _part(t, found.group())
        hours = int(count * HOURS_PER[kind])
        stop = found.end()
        if half := t.half_after.match(text, stop):  # "a month and a half": the half follows
            hours, stop = hours + HOURS_PER[kind] // 2, half.end()
        if spans:
            start, end, total, was_exact, last = spans[-1]
            gap = text[end:found.start()]
            joined = gap in (" ", " and ", " и ") and (last, kind) in NEXT_UNIT
            if joined and hours < HOURS_PER[last]:
                spans[-1] = (start, stop, total + hours, was_exact and exact, kind)
                continue
        spans.append((found.start(), stop, hours, exact, kind))
    return [(start, end, hours, exact) for start, end, hours, exact, _k in spans]


def bucket(hours: int) -> str:
    """The `protection_left` value the question screens use for a number of hours left."""
    return time_left(hours)


def _bare_countdown(text: str, lang: str, today: date | None) -> int | None:
    """Hours left when the whole message is a deadline as the date screens accept it."""
    now = datetime.combine(today or REFERENCE_DAY, time(12), tzinfo=UTC)
    parsed = dateinput.read_deadline(text, lang, now, UTC)  # type: ignore[arg-type]
    if not isinstance(parsed, dateinput.DeadlineInput):
        return None
    if parsed.kind == "date" and today is None:
        return None
    return max(0, (parsed.deadline - now) // timedelta(hours=1))


DAY_COUNTDOWN = re.compile(r"(?<![\d:.])(\d{1,2}):([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?![\d:])")
"""A countdown with its days in front, D:HH:MM:SS ("4:03:12:50"): read as HH:MM:SS, its days
turned into hours (twenty-second pass D)."""


def as_counts(t: Tables, text: str) -> str:
    """`text` with a days-first countdown as hours ("4:03:12:50" -> "99:12:50"), a pasted
    "2d 11:20" given its seconds, and the language's spoken durations rewritten
    (`Tables.spoken`), for the protection reader."""
    # twenty-sixth pass C: the order page pasted without seconds («2 дн. 11:20», "3d 04:12"):
    # the clock after a day count is its hours and minutes, never a time of day
    text = t.day_clock.sub(lambda f: f"{f[1]}{f[2]}:{f[3]}:00", text)
    text = DAY_COUNTDOWN.sub(lambda f: f"{int(f[1]) * 24 + int(f[2])}:{f[3]}:{f[4]}", text)
    for pattern, count in t.spoken:
        text = pattern.sub(count, text)
    return text


def _told_then(t: Tables, before: str, text: str) -> bool:
    """The count is the time left at an earlier moment («защиты оставалось 5 часов, спор
    открыла», "had 4 days left so i opened it"), unless the opening is now ("just now")."""
    return bool(t.left_then.search(before)) and not t.opened_now.search(text)


def protection(t: Tables, text: str, lang: str, today: date | None) -> dict[str, str]:
    """`protection_left` (and `protection_hours` when a number was given)."""
    if t.not_protection.search(text) and not t.protection_named.search(text):
        return {}
    if ended(t, text):
        return {"protection_left": "ended"}
    bare = t.bare.match(text)
    if (bare or compiled(r"^[\d\s:]+[^\W\d]{1,5}[\d\s:]*$").match(text)) and compiled(
            r"[^\W\d]").search(text):
        hours = _bare_countdown(text, lang, today)
        spans = durations(t, text)
        if hours is None and bare and len(spans) == 1:
            hours = spans[0][2]
            if not spans[0][3]:
                return {"protection_left": bucket(hours)}
        if hours == 0:
            return {"protection_left": "ended"}  # "0 days": time up has no hours left
        if hours is not None and hours <= MAX_HOURS:
            return {"protection_left": bucket(hours), "protection_hours": str(hours)}
    about_protection = bool(t.protection_words.search(text))
    clock = COUNTDOWN.search(text)
    days = t.days_before.search(text, 0, clock.start()) if clock else None  # "5 days 03:12:44"
    shown_at = days.start() if days else clock.start() if clock else 0
    others = (shown_at, clock.end()) if clock else (0, 0)
    if clock and (t.other_clock[0].search(text[max(0, shown_at - 100):shown_at])
                  or t.other_clock[1].match(text[clock.end():clock.end() + 100])):
        clock = None  # "the processing timer shows 2 days 11:40:09": the nearest clock named
    if clock and _told_then(t, text[max(0, shown_at - 60):shown_at], text):
        clock = None  # twenty-sixth pass C: "the timer was at 20:10:05 when i opened it"
    if clock and (about_protection or COUNTDOWN.fullmatch(text)):
        hours = int(clock.group(1))
        if days:
            hours += int(_count(t, days.group("n"), days.group("w")) * HOURS_PER["day"])
        if clock.group() in ("0:00:00", "00:00:00") and not hours:
            return {"protection_left": "ended"}  # the countdown at zero: time is up
        return {"protection_left": bucket(hours) if hours else "hours",
                "protection_hours": str(hours)}
    spans = durations(t, text)
    taken: list[tuple[int, int]] | None = None  # the quiet spans, found only when needed
    for i, (start, end, hours, exact) in enumerate(spans):
        # the rules read a few words on either side: a bounded window keeps a long message linear
        before, after = text[max(0, start - 100):start], text[end:end + 100]
        if compiled(r"\d ?[-–]? $").search(before):
            continue  # "5-7 days left": a range gives no count
        if compiled(r" (?:ago|назад)\b").match(after):
            continue  # «защита 2 дня назад была 5 дней»: a moment past is no time left
        if start > 100:
            before = before[before.find(" ") + 1:]  # no cut word at the window's start
        left = t.left_after.match(after)
        following = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        if left and end + left.end() > following:
            left = None  # "a week 30 hours left": "left" belongs to the nearer duration
        if left and left.groupdict().get("own") and hours >= TERM_HOURS:
            continue  # "i have 90 days protection": the whole term, not the time left
        if not (left or (about_protection and t.left_before.search(before))):
            continue
        if not left and hours >= TERM_HOURS:
            if t.term_before.search(before) and (
                    t.term_named.search(before[-60:]) or (exact and hours / 24 in TERM_DAYS)):
                continue  # "protection is 60 days but...": the whole term: the screen asks
            if any(t.left_after.match(text[e:e + 100]) for _, e, _, _ in spans[i + 1:]):
                continue  # "protection is 60 days, only 3 days left": the term is not what is left
        if clock is None and others[0] <= start < others[1]:
            continue  # the days of another clock's countdown ("1 day 05:11:00 to ship")
        said_as = t.hypothetical.search(before)
        bound = bool(said_as and said_as.groupdict().get("bound"))
        below = bool(said_as and said_as.groupdict().get("below"))
        if said_as and not (bound or below):
            continue
        if t.other_clock[0].search(before) or t.other_clock[1].match(after):
            continue  # "the seller has 5 days left to respond" is the seller's clock
        if _told_then(t, before, text):
            continue  # twenty-sixth pass C: time left at the moment a dispute was opened
        if t.elapsed[0].search(before) and t.elapsed[1].match(after):
            continue  # «через 19 дней алик встал на мою сторону»: how long an event took
        if taken is None:
            taken = [found.span() for p in t.quiet for found in _quiet_spans(t, text, p)]
        if any(a <= start < b for a, b in taken):
            continue  # "no updates for 3 days": the tracking's duration, not protection's
        if hours == 0 and exact:
            return {"protection_left": "ended"}  # "0 days left": time up has no hours left
        if 0 < hours <= MAX_HOURS:
            if bound:
                return {"protection_left": bucket(hours + 1)}  # "over a week": more, no count
            if below:  # "less than 2 days": a bucket only when all it allows lies in one
                if bucket(hours - 1) == bucket(1):
                    return {"protection_left": bucket(1)}
                continue
            if not exact:
                return {"protection_left": bucket(hours)}
            return {"protection_left": bucket(hours), "protection_hours": str(hours)}
    for pattern in t.soon:
        if found := pattern.search(text):
            said_as = t.hypothetical.search(text[:found.start()])
            if said_as and not said_as.groupdict().get("bound"):
                continue  # "if protection ends tomorrow": a condition, not the time left
            return {"protection_left": "hours"}
    if today is not None and (on := t.ends_on.search(text)):
        readings = dated.date_parts(on.group("date"))
        if len(readings) != 1:
            return {}  # "ends on 1/5": 1 May or 5 January; the order screen asks
        day, month, year = readings[0]
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


def ended(t: Tables, text: str) -> bool:
    """Whether the buyer says protection is over; the seller's processing timer is not it."""
    for pattern in t.ended:
        for found in pattern.finditer(text):
            if t.protection_named.search(found.group()):
                return True
            before = " ".join(text[:found.start()].split()[-2:])
            if not (t.other_timer.search(found.group()) or t.other_timer.search(before)):
                return True
    return False


def _opening_count(t: Tables, text: str, found: re.Match[str]) -> bool:
    """Whether the count a refund row read is an opening's ("won one last year, 3 days ago i
    opened a new one", «выиграла, этот открыла 3 дня назад»; twenty-seventh pass E)."""
    start = found.start("n") if found.group("n") else found.start("unit")
    # a count that opens the row's match is told of the event after it («…, вчера выиграла»)
    before = start > found.start() and compiled(
        rf"(?:{t.opened_since.pattern})\w*(?: \w+)? $").search(text[max(0, start - 40):start])
    after = compiled(rf" (?:i |we |я |мы )?(?:{t.opened_since.pattern})").match(text[found.end():])
    return bool(before or after)


def refund_days(t: Tables, text: str) -> dict[str, str]:
    """`refund_days`: business days since the refund was approved, when the buyer counts them."""
    if not t.refund_cue.search(text):
        return {}
    for pattern in t.refund_days:
        found = pattern.search(text)
        if found is None or _opening_count(t, text, found):
            continue
        number, unit = found.group("n") or "1", found.group("unit")
        if number in t.vague:
            return {}
        if number in t.nth_days:  # «третий рабочий день после одобрения»: the third day is three
            told = t.nth_days[number]
        else:
            told = _count(t, number, None) if number[0].isdigit() else t.numbers.get(number, 0)
        # "a week and a half ago": the half told after the unit
        told += 0.5 if found.groupdict().get("half") else 0
        # whole units first: «полторы недели» is 7 business days, never one week's 5
        count = int(told)
        if unit in t.refund_day_words:  # twenty-fourth pass C: «одобрили позавчера» is two days
            days = t.refund_day_words[unit]
        elif t.business.match(unit):
            days = count
        elif t.units["hour"].match(unit):
            days = count // 24
        elif t.units["week"].match(unit):
            days = int(told * BUSINESS_DAYS_A_WEEK)
        elif t.units["month"].match(unit):
            days = int(told * BUSINESS_DAYS_A_MONTH)
        else:  # twenty-third pass C: days told are the buyer's own count, as stated (FACTS.md)
            days = count
        return {"refund_days": str(days)} if 0 < days <= MAX_REFUND_DAYS else {}
    return {}


@lru_cache(maxsize=512)
def _all_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """Every match of a pattern in a text, kept: quiet() and protection() both scan the same
    message with the same (many) quiet patterns."""
    return tuple(pattern.finditer(text))


_TRACE_NAMED = re.compile(r"\b(?:updates?|scans?|movement|обновлени\w*|движени\w*|скан\w*|"
                          r"строч\w*|запис\w*|отметк\w*|апдейт\w*)")
"""Words that name what the tracking shows (an update, a scan, a line): the silence is its own."""
_SPOKEN = re.compile(r"\b(?:he|she|they|seller|store|shop|said|says|told|claims?|говор\w*|"
                     r"сказал\w*|пишут|написал\w*|продав\w*|магазин\w*)\b")
"""Words of someone speaking: the clause after them may still be what they said."""


def _quiet_spans(t: Tables, text: str, pattern: re.Pattern[str],
                 ends: tuple[int, ...] = ()) -> list[re.Match[str]]:
    """The matches of one quiet-tracking pattern whose duration is not the time left; `ends`
    are the text's clause ends, which the words naming another subject never cross."""
    spans = []
    for found in _all_matches(pattern, text):
        lead = text[found.start():found.start("n") if found.group("n") else found.start("unit")]
        since = max(0, found.start() - 60)
        clause_at = 0
        if t.parcel_named.search(found.group()) or t.quiet_own.search(found.group()):
            # «12 дней спору, 55 дней трек стоит»: a silence that names the parcel is its own
            # from its clause's start; a bare one ("refund, they said, 3 weeks nothing") is not
            clause_at = max([0, *(e for e in ends if e <= found.start())])
            since = max(since, clause_at)
        if len(lead.split()) > 2:
            # a match that opens with its own silence words ("no updates for 16 days") is
            # another's only when the two words before name it ("the refund has not moved"):
            # "paid by card, no updates for 16 days" is the parcel's
            since = max(since, len(" ".join(text[:found.start()].split()[:-2])))
        own = t.quiet_own.match(text, found.start())  # "tracking frozen for 35 days" names
        # its own subject: the clause before it ("10 days in dispute, ...") is another's
        # twenty-second pass A: so do days told right before the tracking's own silence in the
        # same clause ("opened a dispute because 22 days the tracking has not updated")
        after = t.quiet_own_after.match(text, found.end("unit"))
        if not own and after and not any(found.end("unit") <= e < after.end() for e in ends):
            own = after
        # eighteenth pass: a silence that names the tracking's updates is its own clause's:
        # words of the clause before are not right before its days («В пути», 2 дня без
        # обновлений); a bare one ("refund, they said, 3 weeks nothing") is still theirs
        told_from = since
        if _TRACE_NAMED.search(found.group()):
            told_from = max([since, *(e for e in ends if e < found.start())])
            said = t.quiet_not_after.search(text, since, found.start())
            if said and _SPOKEN.search(said.group()):
                told_from = since  # "within 30 days he said, no updates ...": may be his words
        if not own and t.quiet_not_after.search(text, told_from, found.start()):
            continue  # "ordered 3 weeks ago and nothing since": the order's age
        other = t.quiet_other_after.match(text, found.end())
        if other and any(found.end() <= e < other.end() for e in ends):
            other = None  # «17 дней тишины, спор не открыт»: the dispute is the next clause's
        if other and not t.parcel_named.search(text, max(0, found.start() - 60), found.end()):
            continue  # «12 дней молчит продавец»: the subject named after the silence is another
        unit_at = found.start("unit")
        if (found.group("n") and compiled(r"\d ?[-–]? $").search(text[:found.start("n")])
                and found.start("n") - 1 not in ends):
            continue  # "10-12 days", «2-3 недели»: a range gives no count (not across a clause
            # end: «на $35.40, четыре дня висит» is a price, then the days)
        count_at = found.start("n") if found.group("n") else unit_at
        if t.protection_named.search(text, found.start(), count_at):
            continue  # "no updates, buyer protection ends in 4 days": a silence never reaches
            # past the word protection; the days are protection's
        if found.start() == count_at and t.left_before.search(text, clause_at, count_at):
            continue  # «защиты осталось 5 дней, трек стоит»: the days are the time left
        if found.group("n") is None and t.not_a_count.search(text, max(0, unit_at - 30), unit_at):
            continue  # «с прошлого месяца» names a month, it does not count one
        left = t.left_after.match(text[found.end():])
        if left and not t.single.search(text, found.end(), found.end() + left.end()):
            rest = text[found.end() + left.end():].lstrip()
            # «осталось 30 часов», «до конца защиты 3 дня»: "left" is the next duration's
            if (not t.single.match(compiled(r"^[^\W\d]+ ").sub("", rest))
                    and not t.single.match(rest)):
                continue  # «стоит 3 дня до конца защиты»: the days are the time left
        spans.append(found)
    return spans


def _count_after(t: Tables, text: str, at: int) -> str | None:
    """The count said after its unit, as approximations are in Russian: «дня четыре» is 4."""
    said = compiled(r" (\d{1,3}|[^\W\d]+)\b(?: (\w+))?").match(text[at:])
    if not said or not (said.group(1).isdigit() or said.group(1) in t.numbers):
        return None
    if said.group(2) and any(unit.match(said.group(2)) for unit in t.units.values()):
        return None  # «неделю 5 дней до конца защиты»: the number starts the next duration
    if said.group(2) and said.group(2).isdigit():
        return None  # «дней 10-12»: a range gives no count
    return said.group(1)


def _count_before(t: Tables, text: str, at: int) -> str | None:
    """A number word right before a unit that a pattern's skipped words took ("last status two
    months ago" is 60 days, never one month)."""
    said = compiled(r"(?<!\S)([^\W\d]+) $").search(text[max(0, at - 30):at])
    word = said.group(1) if said else None
    return word if word in t.numbers or word in t.nth_days else None


def _takes_away(joint: re.Match[str]) -> bool:
    """Whether a duration's joining word takes its second part away (the group `less`: «без»)."""
    return bool(joint.groupdict().get("less"))


def _bare_part_before(t: Tables, text: str, at: int, hours: int) -> int:
    """The hours to add for a bigger first part joined by "and" (or «без») right before the count
    at `at` («месяц и пять дней» is 35 days, never five), else 0."""
    window = text[max(0, at - 30):at]
    joint = t.joint[0].search(window)
    if not joint:
        return 0
    part = next((p for p in t.pair.finditer(window) if p.end() == joint.start()), None)
    first = _hours(t, part.group()) if part else None
    if not first or first <= hours:
        return 0
    return first - 2 * hours if _takes_away(joint) else first  # «без»: the whole is first - count


def _part_after(t: Tables, text: str, at: int, hours: int) -> int:
    """The hours of a smaller second part joined right after a duration's unit at `at` ("a week
    and 2 days" is 9 days), else 0; never the time left ("a week and 2 days left")."""
    joint = t.joint[1].match(text, at)
    part = t.pair.match(text, joint.end()) if joint else None
    if not part or t.left_after.match(text[part.end():]):
        return 0
    second = _hours(t, part.group())
    if not second or second >= hours:
        return 0
    return -second if joint and _takes_away(joint) else second  # «месяц без двух дней»: 28


def quiet(t: Tables, text: str, ends: tuple[int, ...] = ()) -> dict[str, str]:
    """`tracking` stalled/dead with `tracking_quiet_days` from "no updates for 18 days"; `ends`
    are the text's clause ends (the words before or after a silence that name another subject
    count only in its own clause)."""
    if not t.pair.search(text):
        return {}  # no unit of time at all
    for pattern in t.quiet:
        for found in _quiet_spans(t, text, pattern, ends):
            if not found.group("n") and compiled(r" \d{1,3} \d").match(text[found.end("unit"):]):
                continue  # «дней 10-12»: a range gives no count
            number = (found.group("n") or _count_before(t, text, found.start("unit"))
                      or _count_after(t, text, found.end("unit")))
            if number in t.nth_days:
                number = str(int(t.nth_days[number]))  # the ninth day of silence is nine days
            elif number and not number[0].isdigit() and number not in t.numbers:
                continue  # «новый день»: a word shaped like an ordinal that counts nothing
            elif number is None and t.many_units.fullmatch(found.group("unit")):
                continue  # twenty-first pass: «…десят дней молчит», "for days": many, not one
            hours = _hours(t, f"{number or ''} {found.group('unit')}".strip())
            if hours is None:
                continue
            alone = hours
            if found.group("n"):
                # "2 weeks and 3 days": the whole duration, not its first part; but not when
                # its second part is the time left ("silent 3 weeks, 2 days left": 21)
                at = found.start("n")
                hours = next((h for start, end, h, exact in durations(t, text)
                              if start == at and exact and h > hours
                              and not t.left_after.match(text[end:])), hours)
                less = _bare_part_before(t, text, at, hours)
                taken = t.joint[0].search(text, max(0, at - 30), at)
                if not less and taken and _takes_away(taken):
                    continue  # «без двух дней месяц»: what is taken away is no silence
                hours += less
            if hours == alone:
                hours += _part_after(t, text, found.end("unit"), hours)
            days = max(1, hours // 24)
            state = quiet_tracking(days)
            if number in t.vague:
                # "a few days" is stalled and "a few months" dead; "a few weeks" could be either
                if 7 < days < 2 * DEAD_QUIET_DAYS:
                    return {}
                return {"tracking": state}
            return {"tracking": state, "tracking_quiet_days": str(days)}
    return {}


_IMAGINED = re.compile(r"\b(?:what if|if|in case|suppose|once|when|если|вдруг|когда)\b"
                       r"(?: \w+){0,4} $")
"""Words right before a silence that imagine it ("what if there is no update since ...")."""


def _imagined_or_anothers(module: ModuleType, text: str, at: int) -> bool:
    """Whether the silence told at `at` is imagined ("what if there is no update since ...") or
    another's than the parcel's («продавец молчит с понедельника»: the seller's)."""
    anothers = getattr(module, "SILENCE_OF_ANOTHER", None)
    return bool(_IMAGINED.search(text, max(0, at - 40), at) or (
        anothers and compiled(anothers).search(text[max(0, at - 40):at])))


def quiet_since_day(t: Tables, module: ModuleType, text: str) -> dict[str, str]:
    """`tracking` stalled with its days from a silence since a named day ("no update since
    yesterday" is 1, «с позавчера ни одного обновления» 2, "since sunday" stalled with no count),
    unless it is someone else's or imagined."""
    text = t.others_story.sub(" ", text)
    for pattern, days in getattr(module, "QUIET_SINCE_DAY", ()):
        found = pattern.search(text)
        if found and not _imagined_or_anothers(module, text, found.start()):
            return {"tracking": "stalled", **({"tracking_quiet_days": str(days)} if days else {})}
    return {}


_RULE_TIME = re.compile(r"\b(?:within|in|after|через|спустя|после) $")
"""Words before a duration that make it a rule's or a future time, not days that passed."""


def shipped_age(t: Tables, module: ModuleType, text: str) -> dict[str, str]:
    """`tracking_quiet_days` beside a number that never worked: the order's shipping age, from
    15 days on (label audit 24; twenty-seventh pass E)."""
    if not compiled(getattr(module, "NEVER_WORKED", NEVER)).search(text):
        return {}  # dead after a silence: the shipping age is not how long it has been quiet
    for pattern in getattr(module, "SHIPPED_AGO", ()):
        found = compiled(pattern.replace("{dur}", rf"(?P<dur>{t.duration.pattern})")).search(
            text)
        hours = _hours(t, found.group("dur")) if found else None
        if hours is not None and hours // 24 >= DEAD_QUIET_DAYS:
            return {"tracking_quiet_days": str(hours // 24)}
    return {}


def quiet_since_date(t: Tables, module: ModuleType, text: str,
                     today: date | None) -> dict[str, str]:
    """`tracking` and its days from a silence since a calendar date ("no update since nov 20",
    «трек стоит с 20 ноября», "last scan 28.11"), counted as `dated.span` counts; a date that
    reads two ways ("since 1/5"), lies ahead or is someone else's or imagined gives none."""
    if today is None or not (dated.any_date(module, text) or dated.day_of_month(module, text)):
        return {}
    text = t.others_story.sub(" ", text)
    said = dated.span(module, "QUIET_SINCE_DATE", text, today,
                      lambda at: _imagined_or_anothers(module, text, at))
    days = (said[1] - said[0]).days if said else 0
    if not said:  # "no update since the 3rd, today is the 17th": days of the month only
        days = dated.days_of_month(module, "QUIET_SINCE_DAY_OF_MONTH", text, today) or 0
    return {"tracking": quiet_tracking(days), "tracking_quiet_days": str(days)} if days else {}


def quiet_bare_count(t: Tables, module: ModuleType, text: str) -> dict[str, str]:
    """The tracking's silence told last with its count and no unit, after another duration in
    days ("dispute 13 days, tracking silent 27", «спор 20 дней, трек молчит 14»): the same unit."""
    found = compiled(getattr(module, "QUIET_BARE_COUNT", NEVER)).search(text)
    if not found:
        return {}
    said = list(t.pair.finditer(text, 0, found.start()))
    if not said or not compiled(module.UNITS["day"]).fullmatch(said[-1].group("unit")):
        return {}  # "protection 30 hours, tracking silent 5": no unit to share
    if _RULE_TIME.search(text, max(0, said[-1].start() - 12), said[-1].start()):
        return {}  # «спор можно открыть через 10 дней, …»: a rule's time, not a story's days
    days = int(found.group("n"))
    return {"tracking": quiet_tracking(days), "tracking_quiet_days": str(days)}


_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
"""A number whose commas group its thousands ("1,299", "12,500.99"), not a decimal comma."""


def amount(t: Tables, text: str) -> dict[str, str]:
    """The first money amount, with its currency when named ("$25", «25 тысяч рублей»)."""
    for pattern in t.amount:
        for found in pattern.finditer(text):
            groups = found.groupdict()
            number = groups["n"]
            if _COMMA_THOUSANDS.fullmatch(number):
                number = number.replace(",", "")  # "1,299.50": the commas group thousands
            value = number.replace(",", ".").replace(" ", "")  # "3 500": thousands
            if groups.get("k"):
                value = str(round(float(value) * 1000))  # «1,5 тыс» is 1500
            cur = groups.get("cur")
            if cur is None:  # a number alone is money only in thousands or by its words
                return {"amount": value} if groups.get("k") or groups.get("money") else {}
            currency = next((c for w, c in t.currencies.items() if cur.startswith(w)), None)
            if currency == "":  # twenty-fourth pass D: unless the words point to one country
                currency = currencies.pointed(cur, text)
            if currency is not None:  # "": a name several currencies share gives none
                return {"amount": value, "currency": currency} if currency else {"amount": value}
    return {}


_LIST_COMMA = re.compile(r"(?<=\d),\s+(?=\d)")
"""A comma and a space between two numbers: a list ("size 27, they sent 24, 780 UAH"), never
one number's thousands ("1,299" has no space)."""


def _money_text(text: str, norm: str) -> str:
    """The normalised text the amount is read from: a list's comma between two numbers kept as
    `CLAUSE_MARK`, so the numbers are never read as one grouped in thousands (twenty-third pass
    D); `norm` itself when there is none."""
    if not _LIST_COMMA.search(text):
        return norm
    return _marked(text, lambda low: _LIST_COMMA.sub(f" {_CLAUSE_SIGN} ", low))


DISPUTE_CLOCKS = frozenset({"opened", "refused", "offer", "escalated"})
"""Stages of a dispute under way: its page runs its own countdowns (the seller's reply, the
buyer's answer to a refusal or an offer), so time left that does not name protection is not
protection's (FACTS.md: a dispute banner's countdown is no protection time)."""


DISPUTE_NAMED = r"\b(?:dispute|claim(?!s\b|ed\b)|спор|диспут)"
"""Words that name a dispute ("the seller claims" is a verb, not a claim)."""


def dispute_in_play(t: Tables, text: str, facts: Mapping[str, str],
                    unplaced: bool = False) -> bool:
    """Whether the buyer has a dispute whose age may be read: a stage was read, or a step told
    that states none (`unplaced`), or the words name their own dispute (a stage the rules cannot
    place still has an age)."""
    if facts.get("dispute") == "none":
        return False
    if "dispute" in facts or unplaced:
        return True
    return not t.not_my_dispute.search(text) and bool(compiled(DISPUTE_NAMED).search(text))


def _clause_before(text: str, at: int, to: int) -> str:
    """The words of a duration's clause (`number_roles.clause_at`) before it: "how long can a
    dispute stay open, 15 days?" asks; "open 5 days, how long does it usually take?" tells."""
    clause = number_roles.clause_at(text, at, to)
    return clause[:clause.find(text[at:to])] if text[at:to] in clause else clause


def dispute_days(text: str, facts: dict[str, str], t: Tables, module: Any,
                 unplaced: bool = False) -> dict[str, str]:
    """Days since the dispute opened ("opened 5 days ago", "open for 4 days", "rejected after
    8 days", «открыла спор вчера»), when the buyer has one; `unplaced`: a step was told that
    states no stage (a rejection naming no one), so the dispute is the buyer's all the same."""
    if not dispute_in_play(t, text, facts, unplaced):
        return {}
    staged = "dispute" in facts or unplaced
    # «неделю назад»: a unit alone is one of it (whole words only, never the "д" of «5 д»)
    alone = "|".join(u for units in t.units.values() for u in units.pattern[4:-2].split("|")
                     if len(u) > 2 and u.isalpha())
    alone = alone or r"(?!x)x"  # English has no unit alone: an empty group would match nothing
    # «пятый день»: after an ordinal a unit alone names which day it is, it does not count one
    ordinal = r"(?<!ый )(?<!ой )(?<!ий )(?<!ьи )(?<!ые )"
    # a unit alone is a whole word (eighteenth pass: «за недостающую» is no «за нед»)
    duration = rf"(?P<dur>{t.duration.pattern}|(?<!\w)(?<!\d ){ordinal}(?:{alone})(?!\w))"
    # the duration must follow the dispute words: «спор открыт, заказ пришёл неделю назад» is not it
    # "dispute, tracking stopped 20 days ago": the noun alone opens no count, the verb does
    opened = (r"\b(?:disputed|claim(?!s\b|ed\b)|opened|filed|started|спор|диспут|открыл|открыт|"
              r"подал)\w*")
    between = r"(?: (?!arriv|came|receiv|ship|order|deliver|parcel|package|box|пришл|пришел|получ|"
    between += r"отправ|заказ|достав|"
    # «спор выиграла две недели назад»: the days since it was decided are not its age
    between += r"выигр|проигр|закрыл|закрыт|отклон|решил|решен|"
    # twenty-third pass C: a number skipped is another count's ("won it 12 business days ago")
    between += r"\d)\w+){0,3}?"
    # "opened 1 week after delivery": a duration tied to another event is not the age
    not_age = getattr(module, "NOT_AN_AGE_AFTER", "")
    # "opened a dispute, 5 days ago": a comma right after the dispute's words is a pause
    pause = rf"(?: \{CLAUSE_MARK})?"
    # «спор открыт, заказ идёт уже 20 дней»: a duration after another subject is that subject's
    other = getattr(module, "ANOTHER_SUBJECT", "")
    words = rf"(?: (?!(?:{other})\b)\w+)" if other else r"(?: \w+)"
    patterns = (rf"{opened}{between}{pause} {duration}(?: {module.AGO})",
                rf"\b(?:dispute|claim|спор|диспут)\w*{words}{{0,3}}?{pause} {module.OPEN_FOR}"
                rf"{pause} {duration}{not_age}",
                *(p.replace("{dur}", duration) for p in module.DISPUTE_AGE))
    for pattern in patterns:
        found = compiled(pattern).search(text)
        if found and not staged and not compiled(DISPUTE_NAMED).search(found.group()):
            continue
        if (found and " " not in (dur := found.group("dur")) and not dur[:1].isdigit()
                and t.not_a_count.search(text, max(0, found.start("dur") - 30),
                                         found.start("dur"))):
            continue  # «сколько дней длится спор»: a unit alone after such words counts nothing
        veto = number_roles.age_vetoes(module)
        if found and veto.ago.match(text, found.end("dur")) and t.escalated_ago.search(
                text, max(0, found.start("dur") - 60), found.start("dur")):
            continue  # "escalated it 3 days ago": the days since an escalation are not its age
        decided = found and veto.ago.match(text, found.end("dur")) and veto.decided.search(
            text[max(0, found.start("dur") - 60):found.start("dur")])
        if decided and t.decided_for.search(decided.group()) and not t.opened_since.search(
                decided.group()):
            continue  # twenty-fourth pass C: «выиграл спор 2 недели назад» is the win's day
        if found and (veto.general.search(found.group()) or compiled(
                getattr(module, "DISPUTES_ASKED_BEFORE", NEVER)).search(
                _clause_before(text, found.start("dur"), found.end("dur")))):
            continue  # «спор сколько дней длится, неделю?»: disputes in general, not this one
        if found and t.left_after.match(text[found.end("dur"):found.end("dur") + 100]):
            continue  # "dispute open, 5 days left": days left are never the dispute's age
        if found and t.inside_dispute.search(text, max(0, found.start("dur") - 40),
                                             found.start("dur")):
            continue  # «первые 4 дня спора»: a span inside the dispute is not its age
        if found and (hours := _hours(t, found.group("dur"))) is not None:
            return {"dispute_days": str(max(0, hours // 24))}
    ordinal = "|".join(module.ORDINALS)
    if said := compiled(module.ORDINAL_DAY.replace("{ordinal}", ordinal)).search(text):
        return {"dispute_days": str(module.ORDINALS[said.group("o") or said.group("p")])}
    for pattern, days in module.DISPUTE_DAY_WORDS:
        said = compiled(pattern).search(text)
        if said and (staged or compiled(DISPUTE_NAMED).search(said.group())):
            number = said.groupdict().get("n") or said.groupdict().get("m") or "0"
            return {"dispute_days": str(days if days >= 0 else int(number))}
    return {}


def quoted_status(t: Tables, text: str) -> dict[str, str]:
    """`order_status` from a status quoted as the app shows it ("Awaiting shipment", «Завершён»),
    unless the words before it make it a refund's or a dispute's."""
    folded = text.lower().replace("ё", "е")
    alone = " ".join(re.findall(r"\w+", folded))
    if alone in t.ui_values:  # the whole message is a status as the app shows it: "Completed"
        return {"order_status": t.ui_values[alone]}
    said = [t.ui_values[found.group(1)] for found in t.ui_status.finditer(folded)
            if not t.not_order_status.search(folded, max(0, found.start() - 40), found.start())]
    # «был „Отправлено“, а теперь „Завершён“»: the status quoted last is the latest
    return {"order_status": said[-1]} if said else {}


_ASKED = re.compile(r"[^.!?;,\n]*\?+")
"""A clause that ends in a question mark: the buyer asks it, they do not say it."""


_YES_NO = re.compile(
    r"(?i)(?:^|(?<=[.!?;,\n:\u2014-]))\s*(?:(?:so|and|but|ok|okay|also|then|а|и|но|так) )?"
    r"(?:(?:is|are|was|were|has|have|had|did|does|do)"
    r" (?:i|we|you|it|he|she|they|that|this|there|my|the|our|your|his|her|their|aliexpress|ali|"
    r"seller|store|shop|order|parcel|package|dispute|claim|protection|tracking|refund)\b"
    r"|[^\W\d_]+ ли\b)"
    r"(?P<asked>(?:(?! (?:if|when|whenever|since|because|cause|though|although|even|that|but|"
    r"after|before|until|while|once|как|если|когда|хотя|хоть|что|но|а|раз|после|пока|потому)\b)"
    r"[^.!?;,\n])*)(?=[^.!?;,\n]*\?)")
"""The asked part of a yes/no question about a state ("has it shipped?", "is my protection
over?", «закончилась ли защита?»), up to its first condition or statement ("is it normal that
the seller has not shipped?"): the buyer asks whether it is so, they do not say it. A question
about what to do ("can i cancel ...?", "should i ...?") states nothing and is read as before; one
without the inverted verb ("it says shipped??", «защита кончилась?») is as often a statement said
with feeling, and is read too."""


STATE_KEYS = frozenset({"order_status", "protection_left", "protection_hours", "tracking",
                        "tracking_quiet_days", "dispute", "dispute_days", "card_expired",
                        "bank_gone", "items_missing", "refund_wanted"})
"""Facts that are a state a yes/no question asks about ("is my dispute rejected?", "can i keep
it for a partial refund?"); the others are things the question still names ("can i cancel one
of the 3 items?": several items)."""


_SHORT_ASKED = re.compile(
    r"(?i)\s*(?!(?:\w+ )?(?:why|how|what|when|where|почему|как|что|когда|где|зачем|сколько|"
    r"отчего)\b)(?:[^\W\d_]+ ?){1,4}\?\s*")
"""A whole message of a few words asking one thing ("shipped already?", «уже отправили?»,
«защита закончилась?»); "??" or a question word ("why not shipped?") says it with feeling."""


_DENIED = re.compile(
    r"(?i)[^.!?;,\n]*\?+(?=\s*(?:(?:no(?! way| idea)|nope|nah|нет|неа)\b|"
    r"(?:it|that)(?: i|'|’| )?s not\b|(?:it|that) (?:is not|isn'?t|was not|wasn'?t)\b|"
    r"not (?:at all|true|really)\b|не(?:т|а)?,? (?:это )?не так\b))")
"""A state said as a question and answered no at once ("tracking says delivered? no it's not",
«пишет доставлено? нет»): the buyer quotes it to deny it, so it is not said."""


def _unasked(text: str) -> str:
    """`text` with the asked part of each yes/no question left out (a clause end in its place),
    and a state asked and denied at once."""
    if "?" not in text:
        return text
    if _SHORT_ASKED.fullmatch(text):
        return ""
    return _YES_NO.sub(" . ", _DENIED.sub(" . ", text))


_CLAUSE_END = re.compile(r"[!?;\n]+|(?<!\b[Nn][Oro])(?:[.,](?!\d)|(?<!\d)[.,])")
"""Where a clause ends: punctuation other than a number's own ("12.50") or an abbreviated
number's ("Order no. 8123...")."""

_CLAUSE_SIGN = "¥%¥"
"""Stands for a clause end while the text is normalised: signs survive it, words never match it."""
_CLAUSE_SIGNS = re.compile(r"(?:\s*¥%¥\s*)+")


def _clauses(t: Tables, text: str) -> str:
    """The normalised text with its clause ends kept as `CLAUSE_MARK` (one `normalise` call); a
    comma between a duration's parts ("5 days, 3 hours") ends no clause."""
    return _marked(text, lambda low: _CLAUSE_END.sub(f" {_CLAUSE_SIGN} ",
                                                     t.parts_comma.sub(r"\1", low)))


def _marked(text: str, sign: Callable[[str], str]) -> str:
    """The normalised text with the places `sign` puts `_CLAUSE_SIGN` at (in the lower-cased
    text) kept as `CLAUSE_MARK`."""
    marked = _CLAUSE_SIGNS.sub(f" {CLAUSE_MARK} ",
                               _LONG_NUMBER.sub(_drop_long, normalise(text, sign)))
    return " ".join(marked.strip(f" {CLAUSE_MARK}").split())


def _blank(found: re.Match[str]) -> str:
    """Spaces as long as a match: what is blanked says nothing, and later offsets still hold."""
    return " " * len(found.group())


def _clause_ends(plain: str, marked: Callable[[], str]) -> tuple[int, ...]:
    """Where the clauses of `plain` end (offsets of the space between two clauses), read from
    the same text with its clause ends marked; none when the two do not line up."""
    if CLAUSE_MARK in plain:
        return ()
    ends: list[int] = []
    words: list[str] = []
    at = 0
    for word in marked().split():
        if word == CLAUSE_MARK:
            if words:
                ends.append(at)
            continue
        at += len(word) + (1 if words else 0)
        words.append(word)
    return tuple(ends) if " ".join(words) == plain else ()


def _drop_long(found: re.Match[str]) -> str:
    """A long digit run (an order or tracking number) as nothing; other numbers as they are."""
    digits = sum(ch.isdigit() for ch in found.group())
    return "" if digits >= LONG_NUMBER_DIGITS else found.group()


DISPUTE_KEYS = frozenset({"dispute", "dispute_days"})
"""The keys read through a language's everyday dispute words (eighteenth pass D)."""


def not_arrived(module: ModuleType, norm: str, found: Mapping[str, str]) -> bool:
    """Whether the facts put the parcel still on its way (`vocabulary.on_its_way`) and the words
    never put the item in the buyer's hands."""
    arrived: str | None = getattr(module, "ITEM_ARRIVED", None)
    return arrived is not None and on_its_way(found) and not re.search(arrived, norm)


def as_dispute(t: Tables, key: str, text: str) -> str:
    """`text` as `key` reads it: for a dispute key, the buyer's everyday words for their dispute
    ("my complaint", «третий день жалобы») rewritten to the dispute's own word."""
    if key in DISPUTE_KEYS:
        for pattern, word in t.everyday:
            text = pattern.sub(word, text)
    return text


def extract(module: ModuleType, text: str, lang: str, today: date | None) -> dict[str, str]:
    """Every fact a language's tables find in `text`, each checked against the vocabulary."""
    t = tables(module)
    requests, look_alike = scam_requests(text)  # the rules read the message as typed
    # twenty-seventh pass E: "6 days, no, 8" is 8; "RB…CN has been dead for a month" is the tracking
    text = tracking_number.as_tracking(module, corrections.settle(module, text))
    norm = " ".join(_LONG_NUMBER.sub(_drop_long, normalise(text)).split())
    if not norm:
        return {"order_id": order} if (order := find_order_number(text)) else {}
    found: dict[str, str] = {}
    clause_keys = getattr(module, "CLAUSE_KEYS", ())
    marked = _clauses(t, text) if clause_keys else norm
    told = _unasked(text)  # a state the buyer asks about ("has it shipped?") is not said
    told_norm, told_marked = norm, marked
    if told != text:
        told_norm = " ".join(_LONG_NUMBER.sub(_drop_long, normalise(told)).split())
        told_marked = _clauses(t, told) if clause_keys else told_norm
    # the told text with its clause ends marked, made once and only if a reader needs it
    told_clauses = cache(lambda: told_marked if clause_keys else _clauses(t, told))

    texts: dict[str, str] = {}  # a dispute key's text rewrites the whole message: once

    def text_for(key: str) -> str:
        """The text a key is read from: with its clause ends marked, if the language says so;
        without the asked part of a yes/no question, if the key is a state."""
        if key not in texts:
            texts[key] = (as_dispute(t, key, told_marked if key in clause_keys else told_norm)
                          if key in STATE_KEYS else marked if key in clause_keys else norm)
        return texts[key]

    said_nothing: set[str] = set()  # keys a row decided to leave unsaid
    for key, rows in t.facts.items():
        read = text_for(key)
        for (pattern, value), needs in zip(rows, t.cues[key], strict=True):
            if needs and not prefilter.present(needs, read):
                continue  # the row cannot match without its cue: as if searched in vain
            if value == MASK:  # a look-alike says nothing, and the rest of the message still may
                read = pattern.sub(" ", read)
            elif pattern.search(read):
                if value is not None:
                    found[key] = value
                else:
                    said_nothing.add(key)
                break
    empty = getattr(module, "EMPTY_TRACKING", None)
    if "tracking" not in found and empty and empty.search(text):
        found["tracking"] = "no_tracking"  # a pasted "Tracking number: —" (twenty-sixth D)
    if "order_status" not in found:
        found.update(quoted_status(t, told))
    if told_status := processing_over.status(told_norm, found):
        found["order_status"] = told_status  # the seller's time to ship run out: not shipped
    quiet_text = text_for("tracking_quiet_days")
    moved = [match.end() for match in t.moved_again.finditer(quiet_text)]
    # A silence that ended, is someone else's, or whose parcel the buyer already has is no
    # fact; quiet once but moved since, only a silence told after the movement counts.
    # words no silence is read from (what happens in general) are blanked first
    since_moved = moved[-1] if moved else 0
    quiet_facts = {} if t.quiet_not_now.search(quiet_text) else quiet(
        t, t.quiet_blank.sub(_blank, quiet_text[since_moved:]),
        tuple(e - since_moved for e in _clause_ends(quiet_text, told_clauses)
              if e >= since_moved))
    if not quiet_facts and not t.quiet_not_now.search(quiet_text):
        quiet_facts = (quiet_since_day(t, module, quiet_text[since_moved:])  # eighteenth pass
                       or quiet_bare_count(t, module, quiet_text[since_moved:]))
    # Tracking can only go quiet once shipped: «висит в статусе «Ожидает отправки» неделю»
    shipped = found.get("order_status") not in ("verifying", "awaiting")
    if (not quiet_facts and shipped and found.get("tracking") in (None, "moving", "in_country")
            and not t.quiet_not_now.search(quiet_text)):
        # a silence since a date, counted to today: only of a parcel that moved once (beside a
        # number that never worked, the date is the shipping's, which the labels leave unsaid)
        found.update(quiet_since_date(t, module, quiet_text[since_moved:], today))
    elif quiet_facts and shipped and found.get("tracking") in (None, "moving", "in_country"):
        found.update(quiet_facts)
    elif (found.get("tracking") == "dead"
          and int(quiet_facts.get("tracking_quiet_days", 0)) >= DEAD_QUIET_DAYS):
        # never worked, N days; below 15 the days are no silence beside `dead` (label audit 24)
        found["tracking_quiet_days"] = quiet_facts["tracking_quiet_days"]
    if found.get("tracking") == "dead" and "tracking_quiet_days" not in found:
        found.update(shipped_age(t, module, quiet_text))  # never worked, shipped N days ago
    if found.get("bank_gone") and found.get("card_expired") and not t.card_renewed.search(norm):
        del found["card_expired"]  # the card closed with its bank: the bank is the fact
        found.setdefault("payment", "card")  # ... and the card is still the one paid with
    if found.get("items_missing") == items_missing.IF_SEVERAL:
        # "the lamp came, the cable never did" is an item missing only from an order of several
        found.pop("items_missing")
        if found.get("several_items"):
            found["items_missing"] = "yes"
    if found.get("items_missing"):
        found["several_items"] = "yes"  # items missing from an order are some of its several
    if found.get("problem") == "remorse" and found.get("order_status") in ("verifying", "awaiting"):
        del found["problem"]  # a change of mind before shipping is a cancellation (FACTS.md)
    elif found.get("problem") == "remorse" and not_arrived(module, norm, found):
        del found["problem"]  # ... and so is one about a parcel still on its way (thirtieth pass)
    if (found.get("problem") == "missing_parts" and found.get("items_missing")
            and not items_missing.PARTS_NAMED.search(norm)):
        del found["problem"]  # a whole item of the order missing is no part missing (FACTS.md)
    if not wish_allowed(found):
        found.pop("refund_wanted", None)  # a wish only for an item that came, with a problem
    if found.get("card_expired") and "payment" not in found:
        found["payment"] = "card"  # an expired card is the one the buyer paid with
    time_text = t.unit_alone.sub(r"\1 1 \2", as_counts(t, text_for("protection_left")))
    time_facts = protection(t, time_text, lang, today)
    if (time_facts.get("protection_left") == "ended" and text.rstrip().endswith("?")
            and ended(t, norm) and not ended(t, normalise(_ASKED.sub(" ", text)))):
        # "has my protection ended?": over only in a question, not answered after it, is not said
        time_facts = {}
    if (found.get("dispute") in DISPUTE_CLOCKS
            and not t.protection_named.search(text_for("protection_left"))):
        time_facts = {}  # "dispute open, 5 days left": the dispute's own clock, unless named
    found.update(time_facts)
    found.update(amount(t, t.others_story.sub(" ", _money_text(text, norm))))
    found.update(dispute_days(text_for("dispute_days"), found, t, module,
                              unplaced=bool(t.stage_unplaced.search(text_for("dispute")))))
    if "dispute_days" not in found and dispute_in_play(t, text_for("dispute_days"), found):
        found.update(dated.dispute_days_on(module, text_for("dispute_days"), today))
    if ("dispute_days" in found and "dispute" not in found and "dispute" not in said_nothing
            and not t.step_words.search(text_for("dispute"))):
        found["dispute"] = "opened"  # a dispute of N days with no step told is an open one
    found.update(number_roles.second_opinion(lang, number_roles.Reading(
        t, module, told_clauses, durations, text_for,
        lambda known: dispute_in_play(t, text_for("dispute_days"), known)), found))
    if len(requests) == 1:
        found["scam_request"] = next(iter(requests))
    # two requests at once: the buyer is asked which; a look-alike the rules took back ("i
    # withdrew it myself") is no request, whatever the model thinks
    ruled_out = frozenset({"scam_request"} if len(requests) > 1 or (look_alike and not requests)
                          else ())
    # learned: a value where the patterns said nothing, a veto where the model is sure otherwise
    found = second_opinion(lang, text_for, found, t.facts, lambda key: as_dispute(
        t, key, _clauses(t, asked(told if key in STATE_KEYS else text))), ruled_out)
    found.update(refund_days(t, norm) or dated.refund_days_on(module, norm, today))
    if (found.get("order_status") == "awaiting" and "processing_over" not in found
            and processing_over.waited_past_promise(
                told_norm, getattr(module, "PROCESSING_WAIT", None))):
        found["processing_over"] = "yes"  # waited longer than the seller's stated time to ship
    if found.get("processing_over") and "order_status" not in found:
        found["order_status"] = "awaiting"  # the time to ship ran out: not shipped (README)
    if order := find_order_number(text):
        found["order_id"] = order
    return {k: v for k, v in found.items() if not FACTS[k] or v in FACTS[k]}
