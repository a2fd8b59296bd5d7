"""English facts about the dispute and the money, read as buyers type them on a phone.

Group B of issue 16: problem, dispute, dispute_days, payment, card_expired, bank_gone,
several_items. Each row is a buyer's message and the facts it must give (None: must not be
found). The phrasings are our own, written from how buyers type (typos, slang, non-native
English, the app's names), never from the held-out sets.
"""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import extract_facts

TODAY = date(2026, 3, 10)

Want = dict[str, str | None]

PROBLEM: tuple[tuple[str, Want], ...] = (
    # damaged on the way
    ("the vase came in pieces", {"problem": "damaged"}),
    ("screen arrived cracked, box was fine", {"problem": "damaged"}),
    ("glass top was shattered when i opened the parcel", {"problem": "damaged"}),
    ("my lamp arrived with a big crack on the base", {"problem": "damaged"}),
    ("mug came smashed", {"problem": "damaged"}),
    ("the phone case is all scratched and dented", {"problem": "damaged"}),
    ("item got damaged in delivery", {"problem": "damaged"}),
    ("the mirror is broken, arrived like that", {"problem": "damaged"}),
    ("received it today and the glass is broken", {"problem": "damaged"}),
    ("the box was crushed and the lamp inside too, its bent", {"problem": "damaged"}),
    # does not work
    ("the charger doesnt work at all", {"problem": "defective"}),
    ("earbuds wont charge", {"problem": "defective"}),
    ("its not working since day one", {"problem": "defective"}),
    ("watch stops working after 5 minutes", {"problem": "defective"}),
    ("the drone doesnt turn on", {"problem": "defective"}),
    ("left earbud has no sound", {"problem": "defective"}),
    ("the powerbank is dead, wont hold charge", {"problem": "defective"}),
    ("the item is faulty", {"problem": "defective"}),
    ("keyboard some keys do not work", {"problem": "defective"}),
    ("it broke after two days of use", {"problem": "defective"}),
    ("the remote dont work even with new batteries", {"problem": "defective"}),
    ("tablet keeps restarting and freezes", {"problem": "defective"}),
    # another product
    ("they sent me a totally different product", {"problem": "wrong"}),
    ("got a phone case instead of the charger i ordered", {"problem": "wrong"}),
    ("received something completely different", {"problem": "wrong"}),
    ("this is not the item i ordered", {"problem": "wrong"}),
    ("seller sent wrong item", {"problem": "wrong"}),
    ("i got the wrong product", {"problem": "wrong"}),
    # another size, colour or variant
    ("ordered M got XL", {"problem": "wrong_size"}),
    ("they sent blue instead of black", {"problem": "wrong_size"}),
    ("wrong colour sent", {"problem": "wrong_size"}),
    ("came in the wrong size", {"problem": "wrong_size"}),
    ("i chose size 42 but received 40", {"problem": "wrong_size"}),
    ("i ordered the white one and they sent grey", {"problem": "wrong_size"}),
    # unlike the listing
    ("looks nothing like the pictures", {"problem": "not_as_described"}),
    ("way smaller than on the pics", {"problem": "not_as_described"}),
    ("it is not as on the picture", {"problem": "not_as_described"}),
    ("the quality is not like described, cheap plastic", {"problem": "not_as_described"}),
    ("the listing says 2tb but it is only 32gb", {"problem": "not_as_described"}),
    ("not as described at all", {"problem": "not_as_described"}),
    ("the material is totally different from the description", {"problem": "not_as_described"}),
    # fake
    ("its a fake, not original", {"problem": "fake"}),
    ("counterfeit airpods", {"problem": "fake"}),
    ("the watch is a cheap copy", {"problem": "fake"}),
    ("this is not genuine nike", {"problem": "fake"}),
    # parts missing
    ("the charger was missing from the box", {"problem": "missing_parts"}),
    ("box came without the cable", {"problem": "missing_parts"}),
    ("no screws in the package", {"problem": "missing_parts"}),
    ("the kit is incomplete", {"problem": "missing_parts"}),
    # change of mind after it came
    ("i just dont like it", {"problem": "remorse"}),
    ("doesnt suit me, want to return", {"problem": "remorse"}),
    ("it came fine but i changed my mind", {"problem": "remorse"}),
    # questions, worries, negations and look-alikes give nothing
    ("what if it arrives broken?", {"problem": None}),
    ("can i get refund if the item is damaged", {"problem": None}),
    ("is it original?", {"problem": None}),
    ("is this brand genuine or fake", {"problem": None}),
    ("the box was a bit dented but the item is fine", {"problem": None}),
    ("not damaged, it just never came", {"problem": None}),
    ("item works fine, only the parcel is late", {"problem": None}),
    ("no defects, just want the tracking", {"problem": None}),
    ("the tracking number is fake", {"problem": None}),
    ("the aliexpress app does not work on my phone", {"problem": None}),
    ("the link to pay the customs fee looks fake", {"problem": None}),
    ("the promo code is not working", {"problem": None}),
    ("i hope it is not fake", {"problem": None}),
    ("in case the phone arrives broken what should i do", {"problem": None}),
    ("how do i know if its counterfeit before buying", {"problem": None}),
    ("the wrong address was on my account, can i change it", {"problem": None}),
)

DISPUTE: tuple[tuple[str, Want], ...] = (
    # opened, waiting
    ("opened a dispute 3 days ago", {"dispute": "opened"}),
    ("i opend a dispute", {"dispute": "opened"}),
    ("dispute is open, seller still silent", {"dispute": "opened"}),
    ("i have an open dispute for this order", {"dispute": "opened"}),
    ("i filed a claim on aliexpress", {"dispute": "opened"}),
    ("i clicked open dispute last week", {"dispute": "opened"}),
    ("i sent a return/refund request", {"dispute": "opened"}),
    ("dispute pending, waiting for seller response", {"dispute": "opened"}),
    ("my dispute is in progress", {"dispute": "opened"}),
    ("started a dispute yesterday", {"dispute": "opened"}),
    ("dispute opened, the seller hasnt answered", {"dispute": "opened"}),
    ("i already opened dispute for not received", {"dispute": "opened"}),
    ("i requested a refund through the app, waiting", {"dispute": "opened"}),
    ("seller keeps asking me to cancel the dispute", {"dispute": "opened"}),
    # the seller said no
    ("seller rejected my dispute", {"dispute": "refused"}),
    ("the seller refused the refund", {"dispute": "refused"}),
    ("the store declined my refund request", {"dispute": "refused"}),
    ("seller said no to my dispute", {"dispute": "refused"}),
    ("the seller disagreed with my dispute", {"dispute": "refused"}),
    ("opened dispute but seller rejected it", {"dispute": "refused"}),
    ("seller refuse to refund my money", {"dispute": "refused"}),
    ("dispute was rejected by the seller", {"dispute": "refused"}),
    # the seller offers something
    ("seller offered 5 dollars", {"dispute": "offer"}),
    ("the seller offers a partial refund of $10", {"dispute": "offer"}),
    ("seller proposed to resend the item", {"dispute": "offer"}),
    ("the seller wants to give me a coupon instead", {"dispute": "offer"}),
    ("the seller offering 30% back", {"dispute": "offer"}),
    ("store offered to send a new one", {"dispute": "offer"}),
    ("seller suggests i keep the item and get half refund", {"dispute": "offer"}),
    ("in the dispute the seller offered me 3 usd compensation", {"dispute": "offer"}),
    # escalated
    ("i escalated the dispute", {"dispute": "escalated"}),
    ("pressed escalate dispute yesterday", {"dispute": "escalated"}),
    ("aliexpress is now reviewing my dispute", {"dispute": "escalated"}),
    ("the case is escalated to aliexpress", {"dispute": "escalated"}),
    # lost
    ("aliexpress closed the dispute in favour of the seller", {"dispute": "lost"}),
    ("i lost the dispute", {"dispute": "lost"}),
    ("dispute was rejected by aliexpress", {"dispute": "lost"}),
    ("aliexpress rejected my claim", {"dispute": "lost"}),
    ("ali sided with the seller", {"dispute": "lost"}),
    ("aliexpress decided for the seller", {"dispute": "lost"}),
    ("aliexpress closed my dispute without refund", {"dispute": "lost"}),
    # won
    ("i won the dispute", {"dispute": "won"}),
    ("aliexpress ruled in my favour", {"dispute": "won"}),
    ("dispute closed in my favor, refund approved", {"dispute": "won"}),
    ("the dispute was decided in my favour", {"dispute": "won"}),
    # closed by the buyer
    ("i closed the dispute by mistake", {"dispute": "closed_by_me"}),
    ("i cancelled my dispute because seller promised to resend", {"dispute": "closed_by_me"}),
    ("i withdrew the claim", {"dispute": "closed_by_me"}),
    ("accidentally canceled the dispute", {"dispute": "closed_by_me"}),
    ("i closed my dispute after he promised a refund", {"dispute": "closed_by_me"}),
    # none yet
    ("i havent opened a dispute yet", {"dispute": "none"}),
    ("never opened a dispute", {"dispute": "none"}),
    ("didnt open dispute", {"dispute": "none"}),
    ("i did not file any claim", {"dispute": "none"}),
    ("no dispute opened", {"dispute": "none"}),
    ("order completed and i never disputed", {"dispute": "none"}),
    ("not opened any dispute so far", {"dispute": "none"}),
    ("i have not started dispute", {"dispute": "none"}),
    # a wish, a question, another order or someone else's: nothing
    ("should i open a dispute?", {"dispute": None}),
    ("i might open a dispute", {"dispute": None}),
    ("i will open a dispute tomorrow if he does not answer", {"dispute": None}),
    ("going to open dispute", {"dispute": None}),
    ("how do i open a dispute", {"dispute": None}),
    ("can i still open a dispute", {"dispute": None}),
    ("where is the open dispute button", {"dispute": None}),
    ("my friend opened a dispute and won", {"dispute": None}),
    ("the dispute i opened last year was for another order", {"dispute": None}),
    ("i lost my parcel", {"dispute": None}),
    ("i won a coupon in the game", {"dispute": None}),
    ("what happens if the seller rejects my dispute", {"dispute": None}),
    ("is it better to escalate or wait", {"dispute": None}),
    ("i want to open a dispute, no updates for 20 days", {"dispute": None}),
)

DISPUTE_DAYS: tuple[tuple[str, Want], ...] = (
    ("opened dispute 5 days ago", {"dispute_days": "5"}),
    ("i opened a dispute two weeks ago", {"dispute_days": "14"}),
    ("dispute open for 10 days now", {"dispute_days": "10"}),
    ("my dispute has been open 7 days", {"dispute_days": "7"}),
    ("it is day 3 of my dispute", {"dispute_days": "3"}),
    ("i opened the dispute a week ago", {"dispute_days": "7"}),
    ("the dispute started 4 days back", {"dispute_days": "4"}),
    ("filed a claim 3 days ago and nothing", {"dispute_days": "3"}),
    ("seller rejected my dispute after 6 days", {"dispute_days": "6"}),
    ("dispute was opened yesterday", {"dispute_days": "1"}),
    ("its been 6 days since i opened the dispute", {"dispute_days": "6"}),
    ("dispute is 12 days old", {"dispute_days": "12"}),
    ("i opened a dispute eight days ago, seller silent", {"dispute_days": "8"}),
    ("opened the dispute like 9 days ago", {"dispute_days": "9"}),
    ("dispute going on for 2 weeks", {"dispute_days": "14"}),
    ("i started the dispute on the 3rd and its the 10th today", {"dispute_days": None}),
    # a duration that is not the dispute's age
    ("opened the dispute after waiting 40 days", {"dispute_days": None}),
    ("order arrived 5 days ago, i opened a dispute", {"dispute_days": None}),
    ("the seller has 5 days to respond to my dispute", {"dispute_days": None}),
    ("dispute opened, protection ends in 5 days", {"dispute_days": None}),
    ("i want to open a dispute, it has been 20 days", {"dispute_days": None}),
    ("ordered 30 days ago, dispute open now", {"dispute_days": None}),
    ("the dispute will close in 3 days", {"dispute_days": None}),
)

PAYMENT: tuple[tuple[str, Want], ...] = (
    ("paid with my visa", {"payment": "card"}),
    ("i payed by card", {"payment": "card"}),
    ("used my debit card", {"payment": "card"}),
    ("paid by mastercard 25 usd", {"payment": "card"}),
    ("my card was charged $30", {"payment": "card"}),
    ("the money was taken from my card", {"payment": "card"}),
    ("refund should go back to my card", {"payment": "card"}),
    ("paid with credit card and no refund yet", {"payment": "card"}),
    ("i paid with bank card", {"payment": "card"}),
    ("payment method: visa", {"payment": "card"}),
    ("paid $12 via paypal", {"payment": "paypal"}),
    ("i paid through paypal", {"payment": "paypal"}),
    ("payment was made with paypal", {"payment": "paypal"}),
    ("i used paypal to pay", {"payment": "paypal"}),
    ("refund went to my paypal?", {"payment": "paypal"}),
    ("paid from my aliexpress balance", {"payment": "balance"}),
    ("i used my ali balance", {"payment": "balance"}),
    ("paid with alipay", {"payment": "balance"}),
    ("paid with qiwi", {"payment": "wallet"}),
    ("i paid through my yoomoney wallet", {"payment": "wallet"}),
    ("paid by webmoney", {"payment": "wallet"}),
    ("i paid using skrill", {"payment": "wallet"}),
    ("i paid by bank transfer", {"payment": "other"}),
    ("paid with my phone balance", {"payment": "other"}),
    # a channel the seller names, a question before buying: no payment
    ("seller wants me to pay by paypal", {"payment": None}),
    ("seller asks to pay via western union", {"payment": None}),
    ("the seller says he will refund to my paypal if i close the dispute", {"payment": None}),
    ("seller asked me to send money to his card", {"payment": None}),
    ("is it safe to pay with card?", {"payment": None}),
    ("can i pay with paypal", {"payment": None}),
    ("does aliexpress accept paypal", {"payment": None}),
    ("seller said transfer to his skrill", {"payment": None}),
    ("which is better to pay with, card or paypal", {"payment": None}),
    ("seller wants payment by bank transfer outside aliexpress", {"payment": None}),
)

CARD_EXPIRED: tuple[tuple[str, Want], ...] = (
    ("my card expired", {"card_expired": "yes", "payment": "card"}),
    ("the card i paid with expired last month", {"card_expired": "yes"}),
    ("i got a new card from the bank", {"card_expired": "yes"}),
    ("bank reissued my card", {"card_expired": "yes"}),
    ("my card was replaced", {"card_expired": "yes"}),
    ("card is no longer valid", {"card_expired": "yes"}),
    ("my old card is closed", {"card_expired": "yes"}),
    ("the card was blocked and reissued", {"card_expired": "yes"}),
    ("my visa expired in march", {"card_expired": "yes"}),
    ("i dont have that card anymore", {"card_expired": "yes"}),
    ("the refund went to my old card", {"card_expired": "yes", "payment": "card"}),
    # not an expired card
    ("my card is not expired", {"card_expired": None}),
    ("my card is valid", {"card_expired": None}),
    ("the coupon expired", {"card_expired": None}),
    ("protection expired", {"card_expired": None}),
    ("what if my card expires before the refund", {"card_expired": None}),
)

BANK_GONE: tuple[tuple[str, Want], ...] = (
    ("my bank lost its licence", {"bank_gone": "yes"}),
    ("the bank went bankrupt", {"bank_gone": "yes"}),
    ("my bank closed down last month", {"bank_gone": "yes"}),
    ("qiwi lost its license", {"bank_gone": "yes"}),
    ("qiwi wallet doesnt work anymore", {"bank_gone": "yes"}),
    ("my bank doesnt exist anymore", {"bank_gone": "yes"}),
    ("the bank was liquidated", {"bank_gone": "yes"}),
    ("central bank revoked the license of my bank", {"bank_gone": "yes"}),
    ("my wallet provider shut down", {"bank_gone": "yes"}),
    ("my bank is gone", {"bank_gone": "yes"}),
    # not a bank that is gone
    ("the bank is closed today, its sunday", {"bank_gone": None}),
    ("the seller's shop closed", {"bank_gone": None}),
    ("my bank declined the payment", {"bank_gone": None}),
    ("i went to the bank", {"bank_gone": None}),
    ("the store went bankrupt", {"bank_gone": None}),
)

SEVERAL_ITEMS: tuple[tuple[str, Want], ...] = (
    ("ordered 3 items in one order, 1 missing", {"several_items": "yes"}),
    ("one of the two items didnt arrive", {"several_items": "yes"}),
    ("only got 2 of 5", {"several_items": "yes"}),
    ("2 items in the same order, one broken", {"several_items": "yes"}),
    ("one item from my order is missing", {"several_items": "yes"}),
    ("the rest arrived but the mouse did not", {"several_items": "yes"}),
    ("i ordered a set of 10 and received 8", {"several_items": "yes"}),
    ("received 1 of 3 items", {"several_items": "yes"}),
    ("bought two things in one order", {"several_items": "yes"}),
    ("the order had three products, only two came", {"several_items": "yes"}),
    # several orders or parcels are not several items of one order
    ("i have 6 orders from the same seller", {"several_items": None}),
    ("two orders are late", {"several_items": None}),
    ("3 orders and 2 problems", {"several_items": None}),
    ("one of my orders is late", {"several_items": None}),
    ("i have several parcels coming from different sellers", {"several_items": None}),
    ("the item arrived", {"several_items": None}),
)

STORIES: tuple[tuple[str, Want], ...] = (
    # longer stories and more wordings, several facts at once
    # payment
    ("Order ID: 8123456789012345. Paid 34.50 USD with Visa, seller hasnt shipped in 10 days",
     {"payment": "card"}),
    ("paid with my tinkoff debit card, refund still not there", {"payment": "card"}),
    ("it was charged to my card twice", {"payment": "card"}),
    ("still nothing on my visa after 2 weeks", {"payment": "card"}),
    ("the card i paid with expired", {"payment": "card", "card_expired": "yes"}),
    ("my qiwi wallet which i paid with lost its licence",
     {"payment": "wallet", "bank_gone": "yes"}),
    ("refund should come back to my qiwi wallet", {"payment": "wallet"}),
    ("bought it with paypal, the seller offers refund via paypal", {"payment": "paypal"}),
    ("paid through western union", {"payment": "other"}),
    ("i topped up and paid from alipay", {"payment": "balance"}),
    ("the seller will pay me back to paypal if i confirm receipt", {"payment": None}),
    ("card details: seller wants my card number", {"payment": None}),
    ("which i payed with card expired", {"payment": "card"}),
    # card expired
    ("my bank blocked and reissued the card", {"card_expired": "yes"}),
    ("i now use another card", {"card_expired": "yes"}),
    ("expired mastercard, refund of 20 eur stuck", {"card_expired": "yes"}),
    ("the card was deactivated", {"card_expired": "yes"}),
    ("card got lost and i ordered a new one", {"card_expired": "yes"}),
    ("the card has run out, it expired in january", {"card_expired": "yes"}),
    ("card is expired now, where does money go", {"card_expired": "yes"}),
    ("my card expires next year", {"card_expired": None}),
    # bank gone
    ("the bank has been wound up", {"bank_gone": "yes"}),
    ("my bank went into administration", {"bank_gone": "yes"}),
    ("the bank i paid through is bankrupt, seller refunded", {"bank_gone": "yes"}),
    ("bank is closed for good", {"bank_gone": "yes"}),
    ("the bank disappeared", {"bank_gone": "yes"}),
    ("yoomoney closed my account", {"bank_gone": None}),
    ("my bank closed my card", {"bank_gone": None}),
    # several
    ("i ordered 4 things and only 3 came", {"several_items": "yes"}),
    ("both items arrived broken", {"several_items": "yes"}),
    ("ordered 2 pairs of shoes, one pair is wrong", {"several_items": "yes"}),
    ("the other item never came", {"several_items": "yes"}),
    ("partial delivery, the rest is not here", {"several_items": "yes"}),
    ("only one came out of two", {"several_items": "yes"}),
    ("i ordered 10 pcs", {"several_items": "yes"}),
    ("rated it 3 of 5 stars", {"several_items": None}),
    # problem
    ("the blender arrived with a cracked jug", {"problem": "damaged"}),
    ("arrived bent", {"problem": "damaged"}),
    ("broken in transit", {"problem": "damaged"}),
    ("dead pixels on the screen", {"problem": "defective"}),
    ("the monitor is doa", {"problem": "defective"}),
    ("seller shipped another model", {"problem": "wrong"}),
    ("the shoes are size 40, i ordered 42", {"problem": "wrong_size"}),
    ("material is not what was described", {"problem": "not_as_described"}),
    ("the description said 100% cotton but it is polyester", {"problem": "not_as_described"}),
    ("the listing said delivery in 10 days but it is already 30", {"problem": None}),
    ("battery capacity is fake, shows 2000 mah", {"problem": "not_as_described"}),
    ("missing the remote", {"problem": "missing_parts"}),
    ("i regret buying it", {"problem": "remorse"}),
    ("seller sent the wrong tracking number", {"problem": None}),
    ("the tracking is dead, it has been dead for 3 weeks", {"problem": None}),
    ("box arrived damaged and the item inside is fine", {"problem": None}),
    ("seller says my photo is fake", {"problem": None}),
    ("i do not like how long the delivery takes", {"problem": None}),
    ("the seller does not like my photos", {"problem": None}),
    ("the open dispute button does not work", {"problem": None}),
    # dispute
    ("i am in a dispute with the seller", {"dispute": "opened"}),
    ("waiting for the seller to respond to the dispute", {"dispute": "opened"}),
    ("seller said no, he wont refund", {"dispute": "refused"}),
    ("the seller rejected my request, says it was delivered", {"dispute": "refused"}),
    ("aliexpress refused the refund", {"dispute": "lost"}),
    ("i escalated but aliexpress decided for the seller", {"dispute": "lost"}),
    ("the dispute closed with a full refund", {"dispute": "won"}),
    ("i didnt even open a dispute", {"dispute": "none"}),
    ("dispute: none", {"dispute": "none"}),
    ("i never got to open a dispute", {"dispute": "none"}),
    ("the decision was for the seller", {"dispute": "lost"}),
    # dispute days
    ("dispute open since 5 days", {"dispute_days": "5"}),
    ("5 days have passed since i opened the dispute", {"dispute_days": "5"}),
    ("seller ignored my dispute for 6 days", {"dispute_days": "6"}),
    ("after 8 days of dispute the seller offered 3 dollars", {"dispute_days": "8"}),
    ("i opened the dispute 10 days ago and escalated 2 days ago", {"dispute_days": "10"}),
    ("my friend opened a dispute 5 days ago", {"dispute_days": None}),
)

ROWS = [(fact, text, want)
        for fact, rows in (("problem", PROBLEM), ("dispute", DISPUTE),
                           ("dispute_days", DISPUTE_DAYS), ("payment", PAYMENT),
                           ("card_expired", CARD_EXPIRED), ("bank_gone", BANK_GONE),
                           ("several_items", SEVERAL_ITEMS), ("stories", STORIES))
        for text, want in rows]


@pytest.mark.parametrize(("fact", "text", "want"), ROWS,
                         ids=[f"{f}-{i}" for i, (f, _t, _w) in enumerate(ROWS)])
def test_buyer_says(fact: str, text: str, want: Want) -> None:
    got = extract_facts(text, "en", TODAY)
    for key, value in want.items():
        assert got.get(key) == value, (text, got)
