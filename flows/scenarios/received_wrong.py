"""Scenario: the item arrived but is wrong (defective, damaged, not as described, wrong,
incomplete, counterfeit) or the buyer changed their mind (R09-R13, R43-R50, R94-R98, C12, C16-C18).
"""

from dataclasses import replace

from flows.engine.markers import N_
from flows.engine.spec import Choice, Flow, Screen
from flows.scenarios import dispute_texts as texts

PROBLEM_CHOICES = (
    # Translators: answer buttons to "What is wrong with the item?"; they match the dispute reasons
    # AliExpress offers.
    Choice("defective", N_("Defective or doesn't work"), "wrongitem_defective",
           means=("defective",)),
    Choice("damaged", N_("Arrived damaged or broken"), "wrongitem_damaged", means=("damaged",)),
    Choice("notdesc", N_("Not as described (size, material, specs)"), "wrongitem_notdesc",
           means=("not_as_described",)),
    Choice("wrong", N_("Wrong item, size or colour sent"), "wrongitem_wrong",
           means=("wrong", "wrong_size")),
    Choice("missing", N_("Parts or pieces missing"), "wrongitem_missing",
           means=("missing_parts",)),
    # Translators: answer button: the item is a counterfeit of a brand.
    Choice("fake", N_("Counterfeit / fake brand"), "wrongitem_fake", means=("fake",)),
    # Translators: answer button: nothing is wrong, the buyer changed their mind (no dispute
    # reason).
    Choice("remorse", N_("It's as described, I just don't want it"), "wrongitem_remorse",
           means=("remorse",)),
    Choice("unsure", N_("Not sure"), "wrongitem_unsure"),
)

RESOLUTION_CHOICES = (
    # Translators: answer buttons to "What do you want?": keep the item with part of the money back,
    # or return it for all of it.
    Choice("keep", N_("Keep it, partial refund"), "wrongitem_partial", means=("partial",)),
    Choice("giveback", N_("Send it back, full refund"), "wrongitem_return", means=("full",)),
    Choice("unsure", N_("Not sure"), "wrongitem_choose"),
)

TO_RESOLUTION = Choice("resolution", N_("Refund only or return?"), "wrongitem_resolution",
                       detail=True)
TO_OPEN = Choice("open", N_("How to open the dispute"), "dispute_open")
TO_EVIDENCE = Choice("evidence", N_("📋 Evidence checklist"), "wrongitem_evidence", detail=True)

EVIDENCE_COMMON = N_(
    "For every problem also keep: a screenshot of the listing (sellers sometimes edit it "
    "later), a photo of the parcel label, the unpacking video if you filmed one, and "
    "screenshots of other buyers' reviews that mention the same fault. Keep the packaging "
    "until the dispute is over. Describe only what is really wrong: exaggeration backfires."
)
STORE_PAYS = N_("The store usually pays the return shipping; you pay it only if you changed your "
                "mind.")
NEXT = N_(
    "Don't confirm receipt while this is unsettled, and don't close the dispute for a promise. "
    "Next: the seller usually has about 5 days to answer; if you can't agree, escalate the "
    "dispute to AliExpress."
)
DO_NOW = N_(
    'What to do now: take the photos and video today. Write to the seller in the order chat, '
    'then open a dispute ("Open dispute" or "Return/refund request" on the order page) before '
    "the countdown there ends."
)
# Which request to make (refund only or return & refund), one detail button away.
TYPES = ("R43", "R44")
COMMON_RULES = ("R07", "R46", "R47", "R50", "R94", "R31", "C12", "C18", "C07", "R52",
                "R87", "C13", "C05", "R28")


def _problem(name: str, what: str, evidence: str, rules: tuple[str, ...], seller_text: str,
             extra: tuple[Choice, ...] = ()) -> Screen:
    """An advice screen for one kind of problem: what counts, the evidence, the next step."""
    return Screen(name, (what, evidence, STORE_PAYS, NEXT, DO_NOW),
                  (*extra, TO_EVIDENCE, TO_RESOLUTION, TO_OPEN), rules=(*rules, *COMMON_RULES),
                  seller_text=seller_text, applies=(*rules, *COMMON_RULES, *TYPES))


FLOW = Flow(
    name="wrongitem",
    # Translators: main-menu button that opens the guide for a faulty, damaged or wrong item.
    title=N_("🔧 Item arrived faulty or wrong"),
    entry="wrongitem_problem",
    screens=(
        Screen(
            "wrongitem_problem",
            (
                N_("What is wrong with the item? Compare it with the listing as it was when you "
                   "ordered, and with the size, colour and quantity you chose."),
            ),
            PROBLEM_CHOICES,
            rules=("R07", "R97"),
            asks="problem",
            note=N_("Good to know: an item that arrived defective, damaged, wrong or not as "
                    "described is a reason for a refund, which you claim with a dispute."),
            note_rules=("R07", "R97"),
        ),
        Screen(
            "wrongitem_unsure",
            (
                N_('How to tell: open "My Orders" → the order and tap the product to see the '
                   'listing. Compare it with what you got, point by point: model, size, colour, '
                   "material, quantity, what's in the set, the specs."),
                N_("• Doesn't work or broke at once → defective.\n"
                   "• Cracked, dented or broken on the way → damaged.\n"
                   "• Works, but differs from the listing → not as described.\n"
                   "• Another product, size or colour than you chose → wrong item.\n"
                   "• Fewer pieces or parts than promised → missing.\n"
                   '• The listing promised a brand or "original", you got a copy → counterfeit.\n'
                   "• Matches the listing, but you don't like it → you just don't want it."),
                N_("Any of the first six is a reason for a refund: open a dispute before the "
                   "countdown on the order page ends, with photos or video. Keep the item for a "
                   "partial refund, or send it back for a full one, usually at the store's cost. "
                   "The last one usually isn't a reason."),
                N_("Take screenshots of the listing now: sellers sometimes edit it. "
                   "Which case is closest?"),
            ),
            PROBLEM_CHOICES[:-1],
            rules=("R09", "R46", "C16", "R07", "R97", "R31", "C05", "R13", "R43", "R44", "R49",
                   "C12"),
            applies=("R09", "R46", "C16", "R07", "R97", "R31", "C05", "R13", "R43", "R44", "R49",
                     "C12"),
            asks="problem",
            note=N_("Good to know: what counts is the listing. Keep screenshots of it and photos "
                    "of what arrived; if the item matches the listing, a dispute is unlikely "
                    "to succeed."),
            note_rules=("R09", "R46", "C16"),
        ),
        _problem(
            "wrongitem_defective",
            N_("Defective: the item doesn't work, stops working soon after it arrives, or has a "
               "manufacturing fault. Buyer Protection covers this."),
            N_("Evidence for a defect:\n"
               "• a video that shows the fault, from switching it on until the problem appears;\n"
               "• a photo of the model or serial-number label;\n"
               "• a few words on what you tried (charging, another cable, the instructions)."),
            ("R97", "R12"), texts.DEFECTIVE,
        ),
        _problem(
            "wrongitem_damaged",
            N_("Damaged: cracked, broken, dented or wet when it arrived. Buyer Protection covers "
               "items that arrive damaged, but not damage done after delivery."),
            N_("Evidence for damage:\n"
               "• photos of the parcel as it was delivered, before and after opening;\n"
               "• close-ups of every damaged spot and a photo of the whole item;\n"
               "• the parcel label with the tracking number."),
            ("R97",), texts.DAMAGED,
        ),
        _problem(
            "wrongitem_notdesc",
            N_("Not as described: it works, but differs from the listing in size, material, "
               "capacity, quality or features. What counts is what the listing promised, "
               "not what you expected."),
            N_("Evidence:\n"
               "• screenshots of the listing lines it contradicts (specs, size chart, photos);\n"
               "• measurements, with the ruler or tape visible in the photo;\n"
               "• for electronics, a test result (a tester or an app screenshot);\n"
               "• labels that show the real material or model."),
            ("R09", "R12", "R43"), texts.NOT_AS_DESCRIBED,
            (Choice("misread", N_("Maybe I misread the listing"), "wrongitem_remorse",
                    detail=True),),
        ),
        _problem(
            "wrongitem_wrong",
            N_("Wrong item: the seller sent a different product, size or colour from the one in "
               "your order. That is the seller's mistake and counts as not as described. "
               "If you chose the wrong size yourself, it's a different case: press "
               '"I ordered the wrong size myself".'),
            N_("Evidence:\n"
               "• a screenshot of the order details with the size, colour or model you chose;\n"
               "• photos of what arrived, with its size tag, label or model number;\n"
               "• the parcel label."),
            ("C17",), texts.WRONG_ITEM,
            (Choice("myself", N_("I ordered the wrong size myself"), "wrongitem_remorse",
                    detail=True),),
        ),
        _problem(
            "wrongitem_missing",
            N_("Missing parts or quantity: fewer pieces than you paid for, or a set without some "
               "of its parts (a charger, a cable, screws). A partial refund for what's missing "
               "is often the simplest fix."),
            N_("Evidence:\n"
               "• a screenshot of the listing or order with the quantity or the set's contents;\n"
               "• a photo of everything that was in the parcel, laid out and counted;\n"
               "• the parcel label (the weight on it can help);\n"
               "• the unpacking video, if you have one."),
            ("R43", "R49"), texts.MISSING,
        ),
        _problem(
            "wrongitem_fake",
            N_('Counterfeit: the listing promised a brand or an "original", and you got a copy. '
               "That is not as described. If the listing never claimed the brand, there are no "
               "grounds."),
            N_("Evidence:\n"
               '• screenshots of the listing where it says the brand, "original" or "genuine";\n'
               "• close-ups of the logo, labels, serial number and packaging;\n"
               "• where you can, the brand's official photos or a serial-number check that "
               "shows the difference."),
            ("R12",), texts.COUNTERFEIT,
        ),
        Screen(
            "wrongitem_remorse",
            (
                N_("If the item matches the listing, a dispute is unlikely to succeed. Ask the "
                   "seller for a return: you will probably pay the return shipping. Check whether "
                   "the listing had Free Return."),
                N_('Some listings are marked "Free Return". Then you can usually send the item '
                   "back for any reason within a set period (one source says 15 days after the "
                   'promised delivery date), through "Return/refund request" on the order page. '
                   "The order page shows whether it applies and until when."),
                N_("Without Free Return the seller decides. They may say no, and then there are "
                   "no grounds for a refund."),
                N_("Don't call an item \"not as described\" when it isn't: the seller can show "
                   "the listing, you will lose, and you may not get a second dispute. But if it "
                   "does have a real fault, don't tell the seller it's fine: that removes your "
                   "grounds."),
                N_("What to do now: look for \"Free Return\" on the order page. If it's there, "
                   "use it; if not, send the seller the message below."),
            ),
            (Choice("sellersize", N_("The seller sent another size"), "wrongitem_wrong"),),
            rules=("R09", "R10", "R12", "R13", "R19", "R50", "R95", "R98", "C13", "C16", "C17"),
            applies=("R09", "R10", "R12", "R13", "R19", "R50", "R95", "R98", "C13", "C16", "C17"),
            seller_text=texts.RETURN_REQUEST,
        ),
        Screen(
            "wrongitem_evidence",
            (
                EVIDENCE_COMMON,
                N_("What to do now: take the photos and video today, each showing the problem "
                   "clearly next to something that identifies the item (its label, serial "
                   "number, or the parcel with its tracking number), and attach them to the "
                   "dispute."),
            ),
            (TO_RESOLUTION, TO_OPEN),
            rules=("R46", "R47", "C18"),
            applies=("R46", "R47", "C18"),
        ),
        Screen(
            "wrongitem_resolution",
            (
                N_("There are two kinds of request. Which do you want?"),
                N_('• "Refund only": you keep the item and get money back; usually a partial '
                   "refund of an amount you name, when the item is usable despite the problem.\n"
                   '• "Return & refund": you send the item back and get a full refund. For a '
                   "defective, damaged, not-as-described or wrong item the store usually pays "
                   "the return shipping."),
            ),
            RESOLUTION_CHOICES,
            rules=("R43", "R44", "R47", "C12", "R49"),
            asks="refund_wanted",
            note=N_("Good to know: the dispute form asks which you want. \"Refund only\" keeps "
                    "the item for part of the money; \"Return & refund\" sends it back for all "
                    "of it, and for a faulty or wrong item the store usually pays the return "
                    "shipping."),
            note_rules=("R43", "R44", "R47", "C12", "R49"),
        ),
        Screen(
            "wrongitem_choose",
            (
                N_("A rule of thumb:\n"
                   "• Usable, with a small fault or a missing piece → keep it and ask for a "
                   "partial refund.\n"
                   "• Unusable, fake or a different thing altogether → return it for a full "
                   "refund; the store usually pays the shipping.\n"
                   "• Unusable but cheap → ask for a full refund without a return; the seller "
                   "may agree, since shipping back can cost more than the item."),
                N_("Sending a parcel abroad takes time, even when the store pays. If a fair "
                   "partial refund would settle it for you, that is usually the quicker way."),
            ),
            tuple(replace(c, means=()) for c in RESOLUTION_CHOICES[:-1]),
            rules=("R43", "R44", "R49", "R98"),
            applies=("R43", "R44", "R49", "R98"),
        ),
        Screen(
            "wrongitem_partial",
            (
                N_('Keep the item: choose "Refund only" in the dispute and enter the amount you '
                   "want back. You don't send anything."),
                N_("How much: what the problem is worth, e.g. the price difference to what was "
                   "promised, the value of the missing pieces, or the cost of a repair. A fair "
                   "sum is easier to agree. At most what you paid for the item (and its "
                   "shipping, if the order is refunded in full). No compensation on top."),
                N_("The refund follows the amount you enter, so check it before you send. "
                   "If the item is useless and cheap, you can ask for the full amount without a "
                   "return; the seller may agree, but doesn't have to."),
                N_("The seller may offer less, or part of the money plus a coupon. If the "
                   "problem doesn't stop you using the item, a reasonable offer is often worth "
                   "taking. A coupon isn't cash: you can only spend it on a later purchase."),
                N_('What to do now: open the dispute, choose "Refund only", enter your amount '
                   "and attach the evidence."),
            ),
            (TO_OPEN, Choice("lowoffer", N_("The seller offered less"), "dispute_counter")),
            rules=("R43", "R49", "R54", "R63", "R74", "R98", "C12"),
            applies=("R43", "R49", "R54", "R63", "R74", "R98", "C12"),
        ),
        Screen(
            "wrongitem_return",
            (
                N_('Send it back: choose "Return & refund" in the dispute. You get the full '
                   "price once the return is done."),
                N_("Don't post anything until the return is agreed in the dispute and the return "
                   "address is shown there, not just sent in a chat. Then ship it within the "
                   "time the dispute page gives."),
                N_("Shipping: for a defective, damaged, not-as-described or wrong item the store "
                   "usually pays; the dispute page shows how to send it. If you pay yourself, "
                   "use a tracked service, keep the receipt and enter the tracking number in "
                   "the dispute."),
                N_("Keep the receipt and tracking until the money is back: the refund comes "
                   "after the return is received."),
                N_('What to do now: open the dispute with "Return & refund", attach your '
                   "evidence and wait for the return address in the dispute."),
            ),
            (TO_OPEN,),
            rules=("R44", "R47", "R63", "R97", "R98", "C12"),
            applies=("R44", "R47", "R63", "R97", "R98", "C12"),
        ),
    ),
)
