"""The blanks of a message for the seller that the buyer's own words already fill."""

from __future__ import annotations

from collections.abc import Mapping

ORDER_NUMBER = "[ORDER NUMBER]"
"""The blank every seller and dispute text leaves for the order number."""
TRACKING_NUMBER = "[TRACKING NUMBER]"
"""The blank of the texts about a parcel for its tracking number."""
BLANKS = {ORDER_NUMBER: "order_id", TRACKING_NUMBER: "tracking_number"}
"""Each blank the buyer's words can fill, and the fact (vocabulary key) that fills it."""


def filled(seller_text: str, stated: Mapping[str, str]) -> str:
    """`seller_text` with the order and tracking numbers the buyer typed (`stated`: by
    vocabulary key); blanks with nothing typed stay for the buyer to fill."""
    for blank, key in BLANKS.items():
        if value := stated.get(key):
            seller_text = seller_text.replace(blank, value)
    return seller_text
