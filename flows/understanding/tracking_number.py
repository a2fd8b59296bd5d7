"""The parcel's tracking number in a message, for the blanks of the texts for the seller.

Pure. Only shapes that carry letters are read (the international "RB123456789CN" and the
carriers' letter prefixes with a run of digits, such as "LP00123456789012", or a digit and a
letter before them, such as "0B046129384751"): a number of digits alone is the order's
(`flows.inputs.orders.find_order_number`), a card's or a phone's, except the ten digits a
carrier named just before it gives ("СДЭК 1092837465"). A number told in place of the
tracking ("RB…CN has been dead for a month") is read as the tracking for the fact readers
(`as_tracking`).
"""

from __future__ import annotations

import re
from types import ModuleType

SHAPE = re.compile(
    # (twenty-sixth pass B: a sentence's full stop after the number, "CNRUX…" five-letter
    # prefixes of the consolidated lines)
    r"(?<![\w/.-])(?P<id>[A-Z]{2}\d{9}[A-Z]{2}|[A-Z]{2,5}\d{8,22}[A-Z]{0,2}|\d[A-Z]\d{10,16})"
    r"(?![\w/-]|\.\w)|(?:сдэк|cdek)\W{0,3}(?:№|#|трек\W{0,2})?\s?(?P<carrier>\d{10})(?!\d)",
    re.IGNORECASE)


def find_tracking_number(text: str) -> str | None:
    """The first tracking number in `text`, in capitals; None when there is none."""
    found = SHAPE.search(text)
    return (found["id"] or found["carrier"]).upper() if found else None


_NAMED_BEFORE = re.compile(r"(?:track\w*|number|no\.?|#|code|трек\w*|номер\w*|№|код\w*)"
                           r"(?:\s+\S+)?[\s:#№=.\-–—]*$", re.IGNORECASE)
"""A tracking word just before the number: "tracking RB…", «трек-номер RB…», "number: RB…"."""


def as_tracking(module: ModuleType, text: str) -> str:
    """`text` with a carrier's number that stands for the tracking ("RB…CN has been dead for a
    month", «RB…CN месяц был мёртвый») read as the tracking's own word; a number a tracking word
    already names is left as it is."""
    word: str | None = getattr(module, "CORRECTION_WORDS", {}).get("tracking")
    if word is None:
        return text

    def named(found: re.Match[str]) -> str:
        """The number, or the tracking's word in its place."""
        before = text[max(0, found.start() - 30):found.start()]
        if not found.group("id") or _NAMED_BEFORE.search(before):
            return found.group()
        return word

    return SHAPE.sub(named, text)
