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

from flows.understanding.tracking_number import SHAPE

_MARKS = {
    "en": (r"no+|nope|nah|sorry|oops|i mean|i meant|actually|or rather|make (?:that|it)|correction|"
           r"scratch that|my bad|my mistake"),
    "ru": r"нет|ой|вернее|точнее|то есть|в смысле|ні|точніше|тобто|ошиблась|ошибся",
}
"""Words that take back the count just said ("no", "I mean", «вернее», «ой»)."""
_FILLERS = {"en": r"wait|hold on|well|err?m?|uh+|um+|it'?s|it was",
            "ru": r"а|стоп|блин|извините|сорри|уже|нет"}
"""Words that may stand beside the taking back, never take it back alone («а, нет», "no wait")."""
_NOT = {"en": r"not", "ru": r"не"}
_BUT = {"en": r"(?:but |actually |it'?s |its |more like |rather )?",
        "ru": r"(?:а |уже |скорее )?"}
""""not 10 days, (but) 12": the count after the taken-back one."""
_RESTATE = {"en": r"(?:no|wait|sorry|actually|oops|hold on)[\s,.!]+(?:it'?s|it is|it was|its)",
            "ru": r"(?:нет|ой|стоп|вернее|точнее)[\s,.!]+(?:это|там|было)"}
"""A taking back that restates the count ("wait, it's 9", «нет, там 9»)."""
_THEN = {"en": r"actually|now|i think|i guess|or so", "ru": r"уже|вроде|кажется|точно"}
"""Words a bare settled count may stand before ("it's 6 actually", «9 вроде»)."""
_AGO = {"en": r"ago|back|before", "ru": r"назад|тому"}


@cache
def _spelled(module: ModuleType) -> str:
    """The language's number words as one alternation, longest first."""
    m: Any = module
    return "|".join(sorted((re.escape(w) for w in m.WORD_NUMBERS), key=len, reverse=True))


@cache
def _patterns(module: ModuleType, lang: str) -> tuple[re.Pattern[str], ...]:
    """The corrections' patterns: "X, no, Y", "not X, (but) Y" and "X …, wait, it's Y"."""
    m: Any = module
    spelled = _spelled(module)
    number = rf"(?:\d{{1,4}}(?:[.,]\d)?|{spelled})"
    unit = rf"(?:{m.BUSINESS_DAYS}|{'|'.join(m.UNITS.values())})"
    part = rf"{number} ?{unit}\b"
    taken = (rf"(?P<x>{number} ?(?P<xu>{unit})\b(?: (?:and |и )?{part})?)"
             rf"(?: (?P<ago>{_AGO[lang]})\b)?")
    # the settled count: with its own unit, or bare and then ending its clause
    settled = (rf"(?:(?P<y>{part}(?: (?:and |и )?{part})?)|"
               rf"(?P<bare>{number})(?=\s*(?:[,.;:!?)—–-]|$|"
               rf"(?:{_AGO[lang]}|{_THEN[lang]})\b)))(?: (?P<yago>{_AGO[lang]})\b)?")
    gap, strong, weak = r"[\s,.!:;—–-]*", rf"\b(?:{_MARKS[lang]})\b", rf"\b(?:{_FILLERS[lang]})\b"
    marks = rf"{gap}(?:{weak}{gap}){{0,2}}{strong}(?:{gap}(?:{weak}|{strong})){{0,2}}{gap}"
    no_then = re.compile(rf"(?<![\w.,]){taken}{marks}{settled}", re.IGNORECASE)
    not_first = re.compile(rf"\b{_NOT[lang]} {taken}\s*[,—–-]?\s*{_BUT[lang]}{settled}",
                           re.IGNORECASE)
    # "10 days ago was the last scan, wait, it's 9": the count restated ("it's 9") after a
    # taking back may come a few words after the count it corrects
    restated = re.compile(rf"(?<![\w.,]){taken}"
                          rf"(?P<gap>(?: (?![^\W\d]*\d)(?!{spelled}\b)[^\s,.;!?]+){{1,5}})"
                          rf"{gap}\b(?:{_RESTATE[lang]}){gap}{settled}", re.IGNORECASE)
    return no_then, not_first, restated


def _settled(found: re.Match[str]) -> str:
    """The settled count, with the taken-back count's unit when it left it out, in the frame of
    the count it corrects: "ago" only if that one said it ("for 9 days, no, 10 days ago was the
    last scan" keeps a span of days)."""
    count = found.group("y") or f"{found.group('bare')} {found.group('xu')}"
    return f"{count} {found.group('ago')}" if found.group("ago") else count


def settle(module: ModuleType, lang: str, text: str) -> str:
    """`text` with every corrected time count replaced by the one the buyer settles on."""
    if lang not in _MARKS:
        return text
    no_then, not_first, restated = _patterns(module, lang)
    for pattern in (not_first, no_then, restated):  # "not 10 days, actually 12" first
        for _ in range(3):  # a correction corrected again («9, нет, 10, а, нет, 9»)
            changed = pattern.sub(_settled, text)
            if changed == text:
                break
            text = changed
    return text


_TRACKING_WORD = {"en": "tracking", "ru": "трек"}
_NAMED_BEFORE = re.compile(r"(?:track\w*|number|no\.?|#|code|трек\w*|номер\w*|№|код\w*)"
                           r"(?:\s+\S+)?[\s:#№=.\-–—]*$", re.IGNORECASE)
"""A tracking word just before the number: "tracking RB…", «трек-номер RB…», "number: RB…"."""


def as_tracking(lang: str, text: str) -> str:
    """`text` with a carrier's number that stands for the tracking ("RB…CN has been dead for a
    month", «RB…CN месяц был мёртвый») read as the tracking's own word; a number a tracking word
    already names is left as it is."""
    word = _TRACKING_WORD.get(lang)
    if word is None:
        return text

    def named(found: re.Match[str]) -> str:
        """The number, or the tracking's word in its place."""
        before = text[max(0, found.start() - 30):found.start()]
        if not found.group("id") or _NAMED_BEFORE.search(before):
            return found.group()
        return word

    return SHAPE.sub(named, text)
