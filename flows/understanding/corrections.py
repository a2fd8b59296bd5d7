"""Twenty-seventh pass E: a time the buyer corrects is read as the time they settle on.

"6 days, no, 8", "three days ago, I mean four", «10 дней назад, вернее 12», "not 10 days,
actually 12", «не 2 дня, а 3»: the first count is taken back, so every time reader
(`protection_hours`, `dispute_days`, `refund_days`, `tracking_quiet_days`) reads the message
with the first count replaced by the settled one, its unit and its "ago" carried over when the
correction leaves them out. Only a count with a time unit is corrected: "ordered 2, no 3 items"
and "3 days, no update" stay as they are.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import Any


@cache
def _spelled(module: ModuleType) -> str:
    """The language's number words as one alternation, longest first."""
    m: Any = module
    return "|".join(sorted((re.escape(w) for w in m.WORD_NUMBERS), key=len, reverse=True))


@cache
def _patterns(module: ModuleType) -> tuple[re.Pattern[str], ...]:
    """The corrections' patterns: "X, no, Y", "not X, (but) Y" and "X …, wait, it's Y"."""
    m: Any = module
    w: dict[str, str] = m.CORRECTION_WORDS
    spelled = _spelled(module)
    number = rf"(?:\d{{1,4}}(?:[.,]\d)?|{spelled})"
    unit = rf"(?:{m.BUSINESS_DAYS}|{'|'.join(m.UNITS.values())})"
    part = rf"{number} ?{unit}\b"
    taken = (rf"(?P<x>{number} ?(?P<xu>{unit})\b(?: (?:and |и )?{part})?)"
             rf"(?: (?P<ago>{w['ago']})\b)?")
    # the settled count: with its own unit, or bare and then ending its clause
    settled = (rf"(?:(?P<y>{part}(?: (?:and |и )?{part})?)|"
               rf"(?P<bare>{number})(?=\s*(?:[,.;:!?)—–-]|$|"
               rf"(?:{w['ago']}|{w['then']})\b)))(?: (?P<yago>{w['ago']})\b)?")
    gap, strong, weak = r"[\s,.!:;—–-]*", rf"\b(?:{w['marks']})\b", rf"\b(?:{w['fillers']})\b"
    marks = rf"{gap}(?:{weak}{gap}){{0,2}}{strong}(?:{gap}(?:{weak}|{strong})){{0,2}}{gap}"
    no_then = re.compile(rf"(?<![\w.,]){taken}{marks}{settled}", re.IGNORECASE)
    not_first = re.compile(rf"\b{w['not']} {taken}\s*[,—–-]?\s*{w['but']}{settled}",
                           re.IGNORECASE)
    # "10 days ago was the last scan, wait, it's 9": the count restated ("it's 9") after a
    # taking back may come a few words after the count it corrects
    restated = re.compile(rf"(?<![\w.,]){taken}"
                          rf"(?P<gap>(?: (?![^\W\d]*\d)(?!{spelled}\b)[^\s,.;!?]+){{1,5}})"
                          rf"{gap}\b(?:{w['restate']}){gap}{settled}", re.IGNORECASE)
    return no_then, not_first, restated


def _settled(found: re.Match[str]) -> str:
    """The settled count, with the taken-back count's unit when it left it out, in the frame of
    the count it corrects: "ago" only if that one said it ("for 9 days, no, 10 days ago was the
    last scan" keeps a span of days)."""
    count = found.group("y") or f"{found.group('bare')} {found.group('xu')}"
    return f"{count} {found.group('ago')}" if found.group("ago") else count


def settle(module: ModuleType, text: str) -> str:
    """`text` with every corrected time count replaced by the one the buyer settles on."""
    if not hasattr(module, "CORRECTION_WORDS"):
        return text
    no_then, not_first, restated = _patterns(module)
    for pattern in (not_first, no_then, restated):  # "not 10 days, actually 12" first
        for _ in range(3):  # a correction corrected again («9, нет, 10, а, нет, 9»)
            changed = pattern.sub(_settled, text)
            if changed == text:
                break
            text = changed
    return text
