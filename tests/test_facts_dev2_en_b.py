"""English money and item facts, phrased as a second independent writer phrased them (issue 16).

Sixth pass, group B (problem, several_items, payment, card_expired, bank_gone, amount, currency,
coupon, order_id), precision first: each block names a kind of phrasing the extractors missed
or over-read on the second dev set (`benchmarks/data/facts_dev2_en.tsv`) and holds our own buyer
messages of that kind, with look-alikes that must give nothing. No line of any set is copied.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, read_as

ORDER_COUNTED: tuple[tuple[str, Want], ...] = (
    # an order told by its count with no noun after it, or whole items counted as missing
    ("the shop only sent half my order of 4, where is the rest", {"several_items": "yes"}),
    ("this order of three came in a tiny bag with one thing inside", {"several_items": "yes"}),
    ("they want me to wait for the 3 missing products", {"several_items": "yes"}),
    ("two missing things, and the dispute is open", {"several_items": "yes"}),
    ("i had 3 mugs in the order, only 2 arrived", {"several_items": "yes"}),
    ("four pillows were ordered but only one came", {"several_items": "yes"}),
    ("bought five socks and only 3 in the bag", {"several_items": "yes"}),
    # a count that is money, days or other orders is no count of items
    ("my order of 3 dollars never came", {"several_items": None}),
    ("my order of 2 weeks ago never came", {"several_items": None}),
    ("an order of 5.99 is still not here", {"several_items": None}),
    ("waited 3 days but only 1 update came", {"several_items": None}),
    ("2 orders but only one arrived", {"several_items": None}),
    # things bought in separate orders
    ("bought 2 things in separate orders, one is missing", {"several_items": None}),
    ("ordered three items as different orders", {"several_items": None}),
    ("two lamps in one order, only one came", {"several_items": "yes"}),
)

TWO_THINGS_IN_ORDER: tuple[tuple[str, Want], ...] = (
    # two different things named as the content of one order
    ("in my order i had a kettle and a toaster, the toaster is missing", {"several_items": "yes"}),
    ("from that order i bought a hat plus a scarf, scarf never came", {"several_items": "yes"}),
    ("in this order we ordered a blue lamp and a white cable", {"several_items": "yes"}),
    # a hole and a tear, a few days: not things bought
    ("in the order i got a refund and a coupon", {"several_items": None}),
    ("in my order i had a week and a half to wait", {"several_items": None}),
)

WALLET_OWNED: tuple[tuple[str, Want], ...] = (
    # the buyer's own e-wallet or wallet provider, or money said to sit there
    # (ninth pass: a wallet provider gone, with no method named, is no payment fact, by the
    # payment rule FACTS.md decided on 2026-12-06)
    ("my ewallet provider shut down last month, refund approved", {"payment": None}),
    ("refund was approved but my wallet company is gone", {"payment": None}),
    ("bought it with my wallet, now the wallet service closed", {"payment": "wallet"}),
    ("all my money was on yoomoney and it lost the licence", {"payment": "wallet"}),
    ("my funds were in webmoney when it stopped", {"payment": "wallet"}),
    # the seller's wallet, or a question, is not how the buyer paid
    ("the seller wants payment to his wallet", {"payment": None}),
    ("can i pay with my wallet", {"payment": None}),
    ("i lost my wallet on the bus, can i still order", {"payment": None}),
)

WALLET_COMPANY_GONE: tuple[tuple[str, Want], ...] = (
    # a wallet company that closed for good
    ("the wallet company closed and my refund is stuck", {"bank_gone": "yes"}),
    ("wallet company has closed, where does the money go", {"bank_gone": "yes"}),
    ("refund approved, then the wallet company was closed in may", {"bank_gone": "yes"}),
    # it closed the buyer's account: not the company gone
    ("the wallet company closed my account", {"bank_gone": None}),
)

BACK_TO_PAYPAL: tuple[tuple[str, Want], ...] = (
    # the refund said to land on PayPal with no "my"
    ("dispute won, 40 dollars back to paypal they promise", {"payment": "paypal"}),
    ("support says its returned to paypal but i see nothing", {"payment": "paypal"}),
    ("12 euro refunded onto paypal 3 days ago, still not there", {"payment": "paypal"}),
    ("credited to paypal, it says", {"payment": "paypal"}),
    # the seller's channel, or a condition, is no payment of the buyer's
    ("the seller will send the money back via paypal if i close the dispute", {"payment": None}),
    ("he wants me to pay him back to paypal", {"payment": None}),
)

MAY_THEY_SEND: tuple[tuple[str, Want], ...] = (
    # a question or a fear of what a seller might send is no problem the buyer has
    ("good reviews here, could they still ship a counterfeit", {"problem": None}),
    ("does a 4.9 star store sell fakes too", {"problem": None}),
    ("ordered earbuds yesterday, will they send me a fake one", {"problem": None}),
    ("im scared they might send broken glasses", {"problem": None}),
    # what they did send still counts
    ("they sent a fake, can i get my money back", {"problem": "fake"}),
    ("the watch is a counterfeit and the seller ignores me", {"problem": "fake"}),
)

OWN_SLIP: tuple[tuple[str, Want], ...] = (
    # the buyer's own slip when ordering is no fault of the item
    ("not shipped yet, can i cancel, i chose the wrong size", {"problem": None}),
    ("oops selected wrong color at checkout, want to cancel", {"problem": None}),
    ("paid 5 min ago and clicked the wrong variant, help me cancel", {"problem": None}),
    ("my bad, i picked a wrong model", {"problem": None}),
    ("the wrong size was my own fault, can i still return it", {"problem": None}),
    ("wrong colour is my mistake, i tapped too fast", {"problem": None}),
    # the seller's slip is the item's problem
    ("the seller picked the wrong colour for me", {"problem": "wrong_size"}),
    ("they chose the wrong size when packing", {"problem": "wrong_size"}),
)

SIZE_CAME_THEN_ORDERED: tuple[tuple[str, Want], ...] = (
    # the size sent, then the size ordered, as bare numbers
    ("sneakers arrived 40 but i ordered 43", {"problem": "wrong_size"}),
    ("got 38, we ordered 36 for my daughter", {"problem": "wrong_size"}),
    ("boots are 41 while i selected 39", {"problem": "wrong_size"}),
    ("received a size 36 although we chose 38", {"problem": "wrong_size"}),
    # a number that is days, money or the same size is nothing of the kind
    ("came 12 days after i ordered 2 more", {"problem": None}),
    ("got 38 and i ordered 38, fits fine", {"problem": None}),
)

PUT_INSTEAD: tuple[tuple[str, Want], ...] = (
    # another thing in place of the one ordered, told "instead of X they put Y"
    ("instead of the cable they packed a sticker", {"problem": "wrong"}),
    ("instead of a blender the seller sent a cheap fan", {"problem": "wrong"}),
    ("instead of my earrings they put a hair clip in the bag", {"problem": "wrong"}),
    ("the package has something different from what i ordered", {"problem": "wrong"}),
    ("got something else than we paid for", {"problem": "wrong"}),
    # a refund or a coupon instead is no item
    ("instead of a refund they sent a coupon", {"problem": None}),
)

DOES_NOT_EVEN: tuple[tuple[str, Want], ...] = (
    # it does not even start, worked a while then died, stopped doing its job
    ("the tablet doesnt even power on", {"problem": "defective"}),
    ("projector did not even light up once", {"problem": "defective"}),
    ("worked fine for a week and then it died", {"problem": "defective"}),
    ("the speaker worked three days then quit", {"problem": "defective"}),
    ("the fan stopped spinning after an hour", {"problem": "defective"}),
    ("my kettle stopped boiling", {"problem": "defective"}),
    ("the blender worked twice and then died", {"problem": "defective"}),
    ("used it a few times and it broke", {"problem": "defective"}),
    # a tracking page or a seller that stops is no item
    ("the tracking stopped updating", {"problem": None}),
    ("the seller stopped replying", {"problem": None}),
)

SAID_VERSUS_REAL: tuple[tuple[str, Want], ...] = (
    # what the listing or chart said against what came
    ("the description said real leather, this is clearly fake leather",
     {"problem": "not_as_described"}),
    ("size chart said 70cm length, actual is 61", {"problem": "not_as_described"}),
    ("listing claims 5000 lumens, in reality it is dim", {"problem": "not_as_described"}),
    ("the rug is half the size of the picture", {"problem": "not_as_described"}),
    ("table came a third of the size in the listing", {"problem": "not_as_described"}),
    ("the 1TB ssd is actually 64GB", {"problem": "not_as_described"}),
    ("this 20000mah power bank is really 5000mah", {"problem": "not_as_described"}),
    ("the bag is a third as big as in the pictures", {"problem": "not_as_described"}),
    # the listing's delivery time is not the item
    ("the listing said 10 days delivery, its 30 days now", {"problem": None}),
)

CYRILLIC_CURRENCY: tuple[tuple[str, Want], ...] = (
    # a Russian or Ukrainian currency word inside an English message
    ("they owe me 1800 грн since march", {"amount": "1800", "currency": "UAH"}),
    ("refund 950 гривень still not on the card", {"amount": "950", "currency": "UAH"}),
    ("paid 4500 руб and got nothing", {"amount": "4500", "currency": "RUB"}),
    ("order for 700 р was cancelled, where is my money", {"amount": "700", "currency": "RUB"}),
    ("12000 тенге refund pending", {"amount": "12000", "currency": "KZT"}),
    # thousands grouped with a space
    ("the refund is 1 500 rub, not here yet", {"amount": "1500", "currency": "RUB"}),
    ("paid 2 300 грн for it", {"amount": "2300", "currency": "UAH"}),
    ("they owe me 12 000 tenge", {"amount": "12000", "currency": "KZT"}),
    # a Cyrillic word that is no currency gives no amount
    ("waited 20 дней and nothing", {"amount": None, "currency": None}),
)

PIECE_OF_ORDER: tuple[tuple[str, Want], ...] = (
    # a piece missing from the order is a whole item of it, not a part of one item
    ("the seller will resend the missing item from my order of 4", {"problem": None,
                                                                    "several_items": "yes"}),
    ("one piece is missing from the order, i bought three", {"problem": None}),
    ("they refunded the missing products from this 3 item order", {"problem": None,
                                                                   "several_items": "yes"}),
    # a part missing from the item itself still is
    ("the shelf came without screws", {"problem": "missing_parts"}),
    ("missing pieces in the puzzle box", {"problem": "missing_parts"}),
)

RULES_QUESTION: tuple[tuple[str, Want], ...] = (
    # a question about what the rules allow names a problem nobody has yet
    ("is it possible to return a faulty item after a month", {"problem": None}),
    ("how do i open a dispute for a damaged parcel", {"problem": None}),
    ("how to report a counterfeit product here", {"problem": None}),
    ("is there a way to claim a refund for a broken screen", {"problem": None}),
    # the buyer's own item, then the question, still counts
    ("my lamp is defective, how do i open a dispute", {"problem": "defective"}),
)

NOT_THIS_ITEM: tuple[tuple[str, Want], ...] = (
    # someone else's purchase, other buyers' reviews or an earlier order are not this item
    ("my brother got a counterfeit from the same store, mine has not come yet", {"problem": None}),
    ("reviews say it arrives cracked, mine is still in transit", {"problem": None}),
    ("other buyers wrote that the charger is fake", {"problem": None}),
    ("my previous order was damaged, this one is fine so far", {"problem": None}),
    ("the first parcel arrived crushed, the second one has no screws",
     {"problem": "missing_parts"}),
    ("the earlier order was fine, this one came smashed", {"problem": "damaged"}),
)

CARD_QUESTION: tuple[tuple[str, Want], ...] = (
    # whether a card would have to be new, or what if it expires, says no card expired
    ("do i need to get a new card for the refund", {"card_expired": None, "payment": None}),
    ("should we order a replacement card before the money comes back", {"card_expired": None}),
    ("what if my card expires before they pay me back", {"card_expired": None}),
    ("in case the visa expires next month, where does the refund go", {"card_expired": None}),
    # a card that did expire still counts
    ("my card expired, do i need to do anything", {"card_expired": "yes"}),
    ("got a new card last week and the refund is still pending", {"card_expired": "yes"}),
)

CARD_TOLD_BY_USE: tuple[tuple[str, Want], ...] = (
    # the card named by what it was used for, or the money sent back to it by another word
    ("the card i used to pay is blocked now, where is my refund", {"payment": "card"}),
    ("that visa we used to buy it no longer works", {"payment": "card"}),
    ("they reimbursed me to a debit card", {"payment": "card"}),
    ("the 30 euro were credited onto the mastercard", {"payment": "card"}),
    ("aliexpress paid back to my old card", {"payment": "card"}),
    # the seller's card, or a question, is not how the buyer paid
    ("the seller wants to be paid back to his card", {"payment": None}),
    ("can the refund be returned to a different card", {"payment": None}),
)

CARD_SINCE_CLOSED: tuple[tuple[str, Want], ...] = (
    # a card closed or changed since, told with "since" or "thats been"
    ("the refund went to a card that has since been cancelled", {"card_expired": "yes"}),
    ("money sent to my card, which has since been closed", {"card_expired": "yes"}),
    ("refunded to the card thats been changed", {"card_expired": "yes"}),
    # a card that has not been closed is no such card
    ("my card has not been closed, the refund is just late", {"card_expired": None}),
)

OTHERS_ORDER_SENT: tuple[tuple[str, Want], ...] = (
    # someone else's order in my parcel is the wrong item
    ("received somebody elses order, not my shoes", {"problem": "wrong"}),
    ("they sent me someone elses package with a toy inside", {"problem": "wrong"}),
    ("got somebody else s parcel", {"problem": "wrong"}),
)

SELLER_SENT_SOME: tuple[tuple[str, Want], ...] = (
    # the seller sent part of the count ordered
    ("the seller sent 2 of 4 cushions", {"several_items": "yes"}),
    ("they shipped only one of the three bulbs", {"several_items": "yes"}),
    ("store packed me just 1 of 2 chargers", {"several_items": "yes"}),
    # a count of orders, days or messages is not items
    ("the seller sent 2 of 3 orders already", {"several_items": None}),
    ("shipped 1 of 2 days late", {"several_items": None}),
)

SOMEONE_ELSE_WENT_UNDER: tuple[tuple[str, Want], ...] = (
    # the seller, a shop or a carrier went under, told with "who/that": not the buyer's bank
    ("my bank works, it was the shop that went bust", {"bank_gone": None}),
    ("the seller who went bankrupt still has my money", {"bank_gone": None}),
    ("turns out the courier firm has gone out of business", {"bank_gone": None}),
    # the buyer's own bank still counts, whoever else is named
    ("my bank went bankrupt and the seller does not answer", {"bank_gone": "yes"}),
    ("the bank which issued my card went under", {"bank_gone": "yes"}),
)

COLLAPSE_ASKED: tuple[tuple[str, Want], ...] = (
    # a collapse asked about or feared has not happened
    ("is my bank going bankrupt a problem for the refund", {"bank_gone": None}),
    ("what if my bank goes bust before they pay me", {"bank_gone": None}),
    ("if the wallet gets shut down, where does the money go", {"bank_gone": None}),
    ("could qiwi lose its licence soon", {"bank_gone": None}),
    # told as done, it counts
    ("qiwi lost its licence last month", {"bank_gone": "yes"}),
)

SAME_ONE_TWICE: tuple[tuple[str, Want], ...] = (
    # the same thing twice in place of two different ones
    ("ordered a kettle and a toaster but they sent two of the same kettle", {"problem": "wrong"}),
    ("i had a blue and a red cup in the order, got 2 identical blue ones", {"problem": "wrong"}),
    ("received both the same colour instead of one of each", {"problem": "wrong"}),
    # the same day, or identical messages, are no item
    ("got both the same day", {"problem": None}),
    ("they sent 2 identical messages about the dispute", {"problem": None}),
)

ONE_SIDE_WORKING: tuple[tuple[str, Want], ...] = (
    # one side of a pair working told with "working" or "playing"
    ("the earbuds have only one side working", {"problem": "defective"}),
    ("only the left earphone playing, right is silent", {"problem": "defective"}),
    ("headset: only one speaker works", {"problem": "defective"}),
)

ONLY_THE_BOX: tuple[tuple[str, Want], ...] = (
    # the item fine first, then only the box or the wrapping damaged
    ("the vase is totally fine, only the outer box got squashed", {"problem": None}),
    ("arrived intact but the packaging was torn", {"problem": None}),
    ("everything inside is ok though the envelope came wet", {"problem": None}),
    # the item damaged too still counts
    ("the box was crushed and the mug inside is cracked", {"problem": "damaged"}),
)

NOT_YET_OR_BEFORE: tuple[tuple[str, Want], ...] = (
    # a hope about this order, or what happened last time, is not this item's problem
    ("hopefully it will not be a fake this time", {"problem": None}),
    ("i hope this one wont arrive broken", {"problem": None}),
    ("last time i got a counterfeit from them, so i ordered elsewhere", {"problem": None}),
    ("previously they sent me a cracked one, now waiting for this order", {"problem": None}),
    # "last time i checked" is now
    ("last time i checked it was still cracked", {"problem": "damaged"}),
)

ROWS = [(kind, text, want)
        for kind, rows in (("order_counted", ORDER_COUNTED),
                           ("two_things_in_order", TWO_THINGS_IN_ORDER),
                           ("wallet_owned", WALLET_OWNED),
                           ("wallet_company_gone", WALLET_COMPANY_GONE),
                           ("back_to_paypal", BACK_TO_PAYPAL),
                           ("may_they_send", MAY_THEY_SEND), ("own_slip", OWN_SLIP),
                           ("size_came_then_ordered", SIZE_CAME_THEN_ORDERED),
                           ("put_instead", PUT_INSTEAD), ("does_not_even", DOES_NOT_EVEN),
                           ("said_versus_real", SAID_VERSUS_REAL),
                           ("cyrillic_currency", CYRILLIC_CURRENCY),
                           ("piece_of_order", PIECE_OF_ORDER),
                           ("rules_question", RULES_QUESTION), ("not_this_item", NOT_THIS_ITEM),
                           ("card_question", CARD_QUESTION),
                           ("card_told_by_use", CARD_TOLD_BY_USE),
                           ("card_since_closed", CARD_SINCE_CLOSED),
                           ("others_order_sent", OTHERS_ORDER_SENT),
                           ("seller_sent_some", SELLER_SENT_SOME),
                           ("someone_else_went_under", SOMEONE_ELSE_WENT_UNDER),
                           ("collapse_asked", COLLAPSE_ASKED),
                           ("only_the_box", ONLY_THE_BOX),
                           ("not_yet_or_before", NOT_YET_OR_BEFORE),
                           ("same_one_twice", SAME_ONE_TWICE),
                           ("one_side_working", ONE_SIDE_WORKING))
        for text, want in rows]


@pytest.mark.parametrize(("kind", "text", "want"), ROWS,
                         ids=[f"{k}-{i}" for i, (k, _t, _w) in enumerate(ROWS)])
def test_buyer_says(kind: str, text: str, want: Want) -> None:
    assert read_as(text, "en", want) == want, text
