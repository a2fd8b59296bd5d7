"""Messages for the seller, deliberately in English whatever the user's language (R30).

They are not marked for translation: sellers read English, and the user copies
the text as is, filling in the [BRACKETS].
"""

SELLER_TEXTS: dict[str, str] = {
    "cancel_request": (
        "Hello! I would like to cancel order No. [ORDER NUMBER]. "
        "I ordered the wrong item by mistake, and the order has not been shipped yet. "
        "Could you please confirm the cancellation? Thank you!"
    ),
}
