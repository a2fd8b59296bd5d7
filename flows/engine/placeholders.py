"""The blanks of a message for the seller that the buyer's own words already fill."""

from __future__ import annotations

from collections.abc import Mapping

ORDER_NUMBER = "[ORDER NUMBER]"
"""The blank every seller and dispute text leaves for the order number."""


def filled(seller_text: str, stated: Mapping[str, str]) -> str:
    """`seller_text` with the order number the buyer typed (`stated`: by vocabulary key)."""
    order = stated.get("order_id")
    return seller_text.replace(ORDER_NUMBER, order) if order else seller_text
