"""Ready texts (plain ASCII English) for the wrongitem, dispute and disputelost flows.

The user copies one into the dispute's description, a dispute reply or the order chat and
fills in the [BRACKETS]. The per-problem descriptions end with both possible requests,
so the user keeps the one they want.
"""

PARTIAL_REQUEST = "a partial refund of [AMOUNT AND CURRENCY]; I keep the item."
FULL_REQUEST = "a full refund; I send the item back, with the return shipping paid by the store."
ASK = (
    "I ask for (keep one line, delete the other):\n"
    f"- {PARTIAL_REQUEST}\n"
    f"- {FULL_REQUEST}\n"
    "Thank you."
)
ONE_REQUEST = {wanted: f"I ask for {request}\nThank you."
               for wanted, request in (("partial", PARTIAL_REQUEST), ("full", FULL_REQUEST))}
"""The one request a description keeps when the buyer said which they want (`refund_wanted`)."""


def one_request(seller_text: str, wanted: str | None) -> str:
    """A dispute description with only the request the buyer said they want; both when unsaid."""
    if wanted not in ONE_REQUEST or not seller_text.endswith(ASK):
        return seller_text
    return seller_text[:-len(ASK)] + ONE_REQUEST[wanted]

DEFECTIVE = (
    "Order No. [ORDER NUMBER]. The item is defective.\n"
    "Ordered: [PRODUCT, MODEL, COLOUR/OPTION] as shown in the listing.\n"
    "What happens: [THE FAULT, e.g. does not switch on / stops after 2 minutes].\n"
    "What I tried: [e.g. charged it fully, used another cable].\n"
    "Attached: a video of the fault, photos of the item and its label.\n" + ASK
)

DAMAGED = (
    "Order No. [ORDER NUMBER]. The item arrived damaged.\n"
    "Ordered: [PRODUCT, MODEL, COLOUR/OPTION].\n"
    "Received: [THE DAMAGE, e.g. cracked screen, broken leg, crushed box].\n"
    "Attached: photos of the parcel as delivered, of the damage and of the parcel label"
    " [, and the unpacking video].\n" + ASK
)

NOT_AS_DESCRIBED = (
    "Order No. [ORDER NUMBER]. The item is not as described.\n"
    "The listing says: [WHAT IT PROMISES, e.g. cotton / 20000 mAh / 30 cm long].\n"
    "Received: [WHAT IT REALLY IS, e.g. synthetic / tested 6000 mAh / 22 cm].\n"
    "Attached: a screenshot of the listing and photos [and the test or measurement].\n" + ASK
)

WRONG_ITEM = (
    "Order No. [ORDER NUMBER]. I received the wrong item.\n"
    "Ordered: [PRODUCT, SIZE, COLOUR] (see the order details).\n"
    "Received: [WHAT CAME, e.g. size M instead of XL / black instead of blue].\n"
    "Attached: a screenshot of my order and photos of what I received, with its label.\n" + ASK
)

MISSING = (
    "Order No. [ORDER NUMBER]. Parts of my order are missing.\n"
    "Ordered: [PRODUCT AND QUANTITY, e.g. set of 10 brushes / 3 pieces].\n"
    "Received: [WHAT CAME, e.g. 7 brushes / the charger is missing].\n"
    "Attached: a screenshot of the listing and a photo of everything that was in the parcel"
    " [, and the unpacking video].\n" + ASK
)

COUNTERFEIT = (
    "Order No. [ORDER NUMBER]. The item is not the original product the listing promises.\n"
    "The listing says: [e.g. original BRAND MODEL].\n"
    "Received: [WHAT SHOWS IT IS A COPY, e.g. wrong logo, no serial number, different"
    " packaging].\n"
    "Attached: a screenshot of the listing and close-up photos of the logo, labels and serial"
    " number.\n" + ASK
)

RETURN_REQUEST = (
    "Hello! I received order No. [ORDER NUMBER]. The item is as described, but [REASON,"
    " e.g. it does not fit me]. Would you accept a return for a refund? I will pay the return"
    " shipping. The item is unused and in its original packaging. Thank you!"
)

DISPUTE_DESCRIPTION = (
    "Order No. [ORDER NUMBER].\n"
    "Ordered: [PRODUCT, SIZE/COLOUR/OPTION, QUANTITY].\n"
    "Problem: [WHAT WENT WRONG, in one or two sentences].\n"
    "Attached: [PHOTOS / VIDEO / SCREENSHOTS].\n"
    "I ask for: [a partial refund of AMOUNT and I keep the item / a full refund and I return"
    " the item / a full refund, the item never arrived]. Thank you."
)

COUNTER_OFFER = (
    "Thank you for your offer. A refund of [THEIR AMOUNT] does not cover the problem:"
    " [SHORT REASON, e.g. 2 of 5 pieces are missing]. I can accept a partial refund of"
    " [YOUR AMOUNT] and keep the item. If we cannot agree, I will ask AliExpress to decide."
)

FULL_REFUND_COUNTER = (
    "Thank you for your offer. A refund of [THEIR AMOUNT] does not solve the problem: the item"
    " [SHORT REASON, e.g. does not switch on / is not the product I ordered]. I ask for a full"
    " refund of [AMOUNT PAID]. I will send the item back, with the return shipping paid by the"
    " store, as soon as the return is agreed here in the dispute. If we cannot agree, I will ask"
    " AliExpress to decide."
)

ACCEPT_RESEND = (
    "I can accept a replacement. Please send it and write the new tracking number here in the"
    " dispute. I will keep the dispute open until the new item arrives and works as described."
    " If it does not arrive before buyer protection ends, I ask for a full refund of"
    " [AMOUNT PAID]."
)

KEEP_OPEN = (
    "Thank you. I will keep the dispute open until the [refund / replacement] is done through"
    " AliExpress. Please make your offer in the dispute, and I will accept it there if it"
    " solves the problem."
)

GOODWILL_REQUEST = (
    "Hello! About order No. [ORDER NUMBER]: [THE PROBLEM, e.g. the item stopped working after"
    " a week / the parcel never arrived]. The dispute is closed, so I am asking you directly."
    " Could you help with [a partial refund of AMOUNT / a replacement / a resend]"
    " through AliExpress? Photos are attached. Thank you!"
)
