"""The parcel's tracking number in a message, for the blanks of the texts for the seller.

Pure. Only shapes that carry letters are read (the international "RB123456789CN" and the
carriers' letter prefixes with a run of digits, such as "LP00123456789012"): a number of
digits alone is the order's (`flows.inputs.orders.find_order_number`), a card's or a phone's.
"""

from __future__ import annotations

import re

_SHAPE = re.compile(
    r"(?<![\w/.-])(?P<id>[A-Z]{2}\d{9}[A-Z]{2}|[A-Z]{2,4}\d{8,22}[A-Z]{0,2})(?![\w/.-])",
    re.IGNORECASE)


def find_tracking_number(text: str) -> str | None:
    """The first tracking number in `text`, in capitals; None when there is none."""
    found = _SHAPE.search(text)
    return found["id"].upper() if found else None
