"""One line in the buyer's language above each English text for the seller: what it asks for.

Seller texts stay English (R30); the buyer should still know what they are sending.
Keyed by the seller text itself, so a screen needs no extra field and a test can check
that every seller text has its gloss.
"""

from flows.engine.markers import N_
from flows.scenarios import cancel, multi_item, not_received, not_received_time, scams
from flows.scenarios import dispute_texts as texts

# Translators: {gloss} is one of the glosses below, which start in lower case
# because they complete this sentence.
FRAME = N_("✉️ Below, for the seller in English: {gloss}")

DESCRIPTION_WITH_BOTH = N_(
    "the dispute description for this problem, with both requests (a partial refund or a "
    "return); keep the one you want."
)

DESCRIPTION_WITH_ONE = {
    "partial": N_("the dispute description for this problem, asking for a partial refund (you keep "
                  "the item), as you said. Fill in the amount."),
    "full": N_("the dispute description for this problem, asking for a full refund (you send the "
               "item back), as you said."),
}
"""The gloss of a description that keeps only the request the buyer said they want."""

GLOSSES: dict[str, str] = {
    cancel.CANCEL_REQUEST: N_(
        "a request to confirm the cancellation of an order that hasn't shipped yet."),
    cancel.TRACKING_REQUEST: N_(
        "the tracking number shows nothing; a request for one that works."),
    not_received.NOT_RECEIVED_NOTICE: N_(
        "the parcel hasn't arrived: a request to check with the carrier, and a warning that "
        "you will open a dispute before protection ends."),
    # Translators: starts in lower case: it fills {gloss} in the line above each text for the
    # seller.
    not_received.EXTENSION_REQUEST: N_(
        "a request to extend buyer protection so that you can wait for the parcel."),
    not_received_time.GOODWILL_REQUEST: N_(
        "a polite request to resend the item or refund you, although protection has ended."),
    not_received_time.DISPUTE_TEXT: N_(
        "the dispute description: the order didn't arrive, and you ask for a full refund."),
    multi_item.CONFIRM_LATER: N_(
        "you will confirm receipt only when every item has arrived."),
    texts.DEFECTIVE: DESCRIPTION_WITH_BOTH,
    texts.DAMAGED: DESCRIPTION_WITH_BOTH,
    texts.NOT_AS_DESCRIBED: DESCRIPTION_WITH_BOTH,
    texts.WRONG_ITEM: DESCRIPTION_WITH_BOTH,
    texts.MISSING: DESCRIPTION_WITH_BOTH,
    texts.COUNTERFEIT: DESCRIPTION_WITH_BOTH,
    texts.RETURN_REQUEST: N_(
        "asks whether the seller accepts a return of an item that is as described."),
    texts.DISPUTE_DESCRIPTION: N_(
        "a short dispute description: what you ordered, what went wrong, what you ask for."),
    texts.COUNTER_OFFER: N_("turns down the seller's amount and names yours, with the reason."),
    texts.FULL_REFUND_COUNTER: N_(
        "turns down the seller's amount and asks for a full refund, with the item sent back."),
    texts.ACCEPT_RESEND: N_(
        "accepts a replacement and asks for its tracking number in the dispute, which stays "
        "open."),
    texts.KEEP_OPEN: N_(
        "you keep the dispute open and ask for the offer to be made inside the dispute."),
    texts.GOODWILL_REQUEST: N_(
        "after the dispute closed: a request for a partial refund or a resend."),
    scams.KEEP_DISPUTE_OPEN: N_(
        "you keep the dispute open and accept a refund only through AliExpress."),
    scams.CONFIRM_LATER: N_(
        "the parcel hasn't arrived, so you won't confirm receipt until it has and you have "
        "checked it."),
    scams.PAY_INSIDE_ONLY: N_("you pay only through the AliExpress checkout."),
}


def gloss_of(seller_text: str | None, wanted: str | None) -> str | None:
    """The gloss of a seller text (untranslated), for the request the buyer said they want."""
    gloss = GLOSSES.get(seller_text or "")
    if gloss == DESCRIPTION_WITH_BOTH and wanted in DESCRIPTION_WITH_ONE:
        return DESCRIPTION_WITH_ONE[wanted]
    return gloss
