"""English money and item facts, in the kinds of phrasing an independent writer used (issue 16).

Fifth pass, group B (problem, several_items, payment, card_expired, bank_gone, amount,
currency): each block names a kind of phrasing the extractors missed or misread on the dev
set (`benchmarks/data/facts_dev_en.tsv`) and holds our own buyer messages of that kind, with
their look-alikes that must give nothing. No line of any set is copied here.
"""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, read_as

SIGN_AFTER: tuple[tuple[str, Want], ...] = (
    # the currency sign after the number, as much of Europe writes it
    ("the seller wants 35 € more for delivery", {"amount": "35", "currency": "EUR"}),
    ("paid 19,90€ and nothing came", {"amount": "19.90", "currency": "EUR"}),
    ("refund of 12$ still not here", {"amount": "12", "currency": "USD"}),
    ("it was 60 £ with shipping", {"amount": "60", "currency": "GBP"}),
    ("3 items for 9.99 € in total, one missing", {"amount": "9.99", "currency": "EUR"}),
    ("seller gives back 50% only", {"amount": None, "currency": None}),
)

SLANG_CURRENCY: tuple[tuple[str, Want], ...] = (
    # British slang for pounds
    ("spent 40 quid on it and it broke in a day", {"amount": "40", "currency": "GBP"}),
    ("seller offers me 5 quid back, cheeky", {"amount": "5", "currency": "GBP"}),
    ("only 12 quid but still i want it back", {"amount": "12", "currency": "GBP"}),
)

LISTED_MEASURE: tuple[tuple[str, Want], ...] = (
    # a measure compared with what the listing said
    ("the rug is about a third of the size they advertised", {"problem": "not_as_described"}),
    ("sleeves are way shorter than listed", {"problem": "not_as_described"}),
    ("the table is half the height stated on the page", {"problem": "not_as_described"}),
    ("tent is much smaller than the seller said, fits one person", {"problem": "not_as_described"}),
    ("lamp is weaker than they claimed, barely lights the room", {"problem": "not_as_described"}),
    # money and time compared are not the item
    ("the refund is smaller than they promised", {"problem": None}),
    ("delivery took longer than they said", {"problem": None}),
)

PROPERTY_DIFFERENT: tuple[tuple[str, Want], ...] = (
    # a property of the item (material, fabric, stitching) unlike the listing
    ("the fabric feels completely different, cheap polyester", {"problem": "not_as_described"}),
    ("stitching and leather are not the same as the pics", {"problem": "not_as_described"}),
    ("its made of a cheaper plastic than the photos show", {"problem": "not_as_described"}),
    ("quality is way different from what i saw online", {"problem": "not_as_described"}),
    ("i tried a different material last time, this one is great", {"problem": None}),
    ("the material is nice, no complaints", {"problem": None}),
)

REAL_CAPACITY: tuple[tuple[str, Want], ...] = (
    # the capacity measured, far from the one claimed
    ("says 2tb on the box, actual capacity is 60gb", {"problem": "not_as_described"}),
    ("tested it: the true capacity is about half", {"problem": "not_as_described"}),
    ("real capacity around 4000mah while they advertise 20000", {"problem": "not_as_described"}),
    ("is the real capacity really 20000mah?", {"problem": None}),
)

VARIANT_CAME: tuple[tuple[str, Want], ...] = (
    # another colour came in the place of the one ordered
    ("a pink pair arrived instead of the white one", {"problem": "wrong_size"}),
    ("grey came but i ordered navy", {"problem": "wrong_size"}),
    ("the black version was sent instead of silver", {"problem": "wrong_size"}),
    ("red one showed up instead of my blue", {"problem": "wrong_size"}),
    ("the blue one came and it is perfect", {"problem": None}),
)

ORDERED_GOT: tuple[tuple[str, Want], ...] = (
    # another product, told as "ordered X got Y" without "instead"
    ("i ordered a usb hub and got a hair clip", {"problem": "wrong"}),
    ("bought wireless earbuds, received a phone stand", {"problem": "wrong"}),
    ("ordered a kettle they sent me a toaster lol", {"problem": "wrong"}),
    ("purchased a smartwatch but received a bracelet", {"problem": "wrong"}),
    ("ordered a dress and got a refund already", {"problem": None}),
    ("ordered a week ago and got a message from the seller", {"problem": None}),
    ("ordered shoes and got a notification they shipped", {"problem": None}),
    ("ordered a phone and got a case as a gift", {"problem": None}),
    ("ordered earphones and got a tracking number", {"problem": None}),
    ("i ordered a blue dress and got a red dress", {"problem": "wrong_size"}),
)

SENT_WRONG: tuple[tuple[str, Want], ...] = (
    # the wrong thing sent, in any form of the verb
    ("they shipped me the wrong cable", {"problem": "wrong"}),
    ("seller keeps sending the wrong adapter", {"problem": "wrong"}),
    ("i received wrong charger, it is for samsung", {"problem": "wrong"}),
    ("they sent it to the wrong address", {"problem": None}),
    ("the courier delivered to the wrong house", {"problem": None}),
)

PIECE_OF_ORDER: tuple[tuple[str, Want], ...] = (
    # a piece of an order of several pieces is one item of several, not a part of one
    ("one piece of my 4 piece order never came", {"problem": None, "several_items": "yes"}),
    ("the missing item of my 3-item order, what do i do", {"problem": None}),
    ("a piece from my 5 pc order is missing", {"problem": None}),
    ("the lamp came without the screws", {"problem": "missing_parts"}),
)

CARD_STATE: tuple[tuple[str, Want], ...] = (
    # the buyer's card told by its state: the card is how they paid
    ("my bank is gone, card closed too, refund pending", {"payment": "card"}),
    ("the card is dead since the bank lost its license", {"payment": "card", "bank_gone": "yes"}),
    ("refund approved but my card doesnt work anymore", {"payment": "card"}),
    ("card cancelled after i lost it, where does the refund go", {"payment": "card"}),
    ("the sd card doesnt work", {"payment": None}),
    ("the gift card is invalid", {"payment": None}),
    ("his card was closed", {"payment": None}),
    ("the sim card is dead", {"payment": None}),
)

BACK_WHERE_PAID: tuple[tuple[str, Want], ...] = (
    # the refund expected back where the buyer paid
    ("waiting 2 weeks and still nothing on my paypal", {"payment": "paypal"}),
    ("money was returned to my paypal? i dont see it", {"payment": "paypal"}),
    ("the refund should go back to my alipay right", {"payment": "balance"}),
    ("it says refunded to my aliexpress balance, can i withdraw", {"payment": "balance"}),
    ("nothing in my qiwi yet after the refund", {"payment": "wallet"}),
    ("i paid with my aliexpress account balance", {"payment": "balance"}),
    ("i paid with a gift card", {"payment": None}),
    ("paid with an amazon gift card and my visa", {"payment": "card"}),
    ("seller says he will send money back to my paypal if i close the dispute",
     {"payment": None}),
    ("he offered to pay me back to my paypal", {"payment": None}),
)

CARD_GONE_NOT_BANK: tuple[tuple[str, Want], ...] = (
    # the card, not the bank, no longer exists
    ("the refund went to a card that no longer exists", {"bank_gone": None}),
    ("my old visa card doesnt exist anymore", {"bank_gone": None, "card_expired": "yes"}),
    ("refund landed on a card which does not exist now", {"bank_gone": None}),
    ("the bank that issued my card no longer exists", {"bank_gone": "yes"}),
)

CARD_SWAPPED: tuple[tuple[str, Want], ...] = (
    # the bank replaced the card, or the card is past its date
    ("sber swapped the old card for a new one", {"card_expired": "yes"}),
    ("my mastercard is past its expiry date", {"card_expired": "yes"}),
    ("card is past the expiration date now, new one coming", {"card_expired": "yes"}),
    ("the bank swapped the card i used to pay", {"card_expired": "yes", "payment": "card"}),
    ("they reissued my visa after the fraud alert", {"card_expired": "yes"}),
    ("swapped the sd card in the camera", {"card_expired": None}),
    ("the coupon is past its date", {"card_expired": None}),
)

ORDER_HOLDS: tuple[tuple[str, Want], ...] = (
    # one order holding a count of things
    ("order with 3 t-shirts, one never came", {"several_items": "yes"}),
    ("my order had two lamps and one is cracked", {"several_items": "yes"}),
    ("single order, 5 candles, 2 broken", {"several_items": "yes"}),
    ("the order contained 4 cups", {"several_items": "yes"}),
    ("same order 2 phone cases, got one", {"several_items": "yes"}),
    ("order of 20 dollars still not here", {"several_items": None}),
    ("the order had 2 tracking numbers", {"several_items": None}),
    ("my order is 3 weeks late", {"several_items": None}),
    ("i have an order with 3 problems", {"several_items": None}),
)

OUT_OF: tuple[tuple[str, Want], ...] = (
    # one thing counted against the order's whole, words between
    ("only one pillow came out of 4", {"several_items": "yes"}),
    ("2 socks missing out of 10 pairs", {"several_items": "yes"}),
    ("the one speaker arrived out of two", {"several_items": "yes"}),
    ("gave it 1 star out of 5", {"several_items": None}),
    ("one seller out of three replied", {"several_items": None}),
)

# Kinds found with our own messages beyond the dev set (same rules: our phrasings only).

BROKE_IN_USE: tuple[tuple[str, Want], ...] = (
    ("the heels snapped off the first time i wore them", {"problem": "defective"}),
    ("one of the wheels fell off after a week", {"problem": "defective"}),
    ("it powers on but the screen is all lines", {"problem": "defective"}),
    ("tv shows stripes across the picture", {"problem": "defective"}),
    ("the charger gets super hot and smells burnt", {"problem": "defective"}),
    ("headphones only play from one side", {"problem": "defective"}),
    ("vacuum turns on but it doesnt suck", {"problem": "defective"}),
    ("seller said do not open a dispute, i will fix it", {"problem": None}),
    ("it is hot outside and the parcel is late", {"problem": None}),
)

ARRIVAL_DAMAGE: tuple[tuple[str, Want], ...] = (
    ("mirror arrived in three pieces", {"problem": "damaged"}),
    ("the monitor has a big crack in the corner, came like that", {"problem": "damaged"}),
    ("parcel was soaked and the book is ruined", {"problem": "damaged"}),
    ("the box was dented but the phone inside is perfect", {"problem": None}),
    ("packaging torn, the watch itself is fine", {"problem": None}),
    ("a 3 pieces set, all arrived ok", {"problem": None}),
)

COPIES: tuple[tuple[str, Want], ...] = (
    ("these are cheap copies, not the brand at all", {"problem": "fake"}),
    ("they are not real adidas, the logo is off", {"problem": "fake"}),
    ("this is not genuine lego", {"problem": "fake"}),
    ("the leather is not real leather", {"problem": "not_as_described"}),
    ("the refund is not real yet, still pending", {"problem": None}),
    ("the seller has fake reviews and fake promises", {"problem": None}),
    ("might be fake idk, havent got it yet", {"problem": None}),
    ("are the airpods on aliexpress fake", {"problem": None}),
    ("it was advertised as a replica so i knew", {"problem": None}),
)

SIZE_PICKED: tuple[tuple[str, Want], ...] = (
    ("the shoes are a size smaller than i picked", {"problem": "wrong_size"}),
    ("i asked for 38 and they sent 36", {"problem": "wrong_size"}),
    ("wanted xl but they shipped m", {"problem": "wrong_size"}),
    ("received a kids size instead of adult", {"problem": "wrong_size"}),
    ("got an eu size instead of the us one", {"problem": "wrong_size"}),
)

FOUND_IN_PARCEL: tuple[tuple[str, Want], ...] = (
    ("the parcel had a phone case in it, i ordered a power bank", {"problem": "wrong"}),
    ("package contained some cheap earrings but i bought a watch", {"problem": "wrong"}),
    ("this is not what i bought at all, it is a plastic toy", {"problem": "wrong"}),
    ("received someone elses order", {"problem": "wrong"}),
)

CLAIMED_VS_REAL: tuple[tuple[str, Want], ...] = (
    ("claimed 128gb but its really 8gb", {"problem": "not_as_described"}),
    ("sold as 3000 lumens but actually barely lights the desk", {"problem": "not_as_described"}),
    ("colour is much darker than in the pictures", {"problem": "not_as_described"}),
    ("it looks way cheaper than on the photos", {"problem": "not_as_described"}),
    ("it looks even better than in the pictures", {"problem": None}),
)

BOX_HAD_NO: tuple[tuple[str, Want], ...] = (
    ("box had no charging cable inside", {"problem": "missing_parts"}),
    ("the set came with no screws at all", {"problem": "missing_parts"}),
    ("package has no power adapter", {"problem": "missing_parts"}),
    ("got it, no parts missing, all good", {"problem": None}),
    ("checked the box, nothing missing", {"problem": None}),
    ("phone comes with no charger, is that normal", {"problem": None}),
    ("the charger is not included, says the listing", {"problem": None}),
    ("ordered a phone case and a charger, the charger is missing",
     {"problem": None, "several_items": "yes"}),
    ("set of 6 glasses, 1 piece is missing", {"problem": None}),
)

REGRET: tuple[tuple[str, Want], ...] = (
    ("it arrived and honestly i regret it", {"problem": "remorse"}),
    ("got them yesterday, bought on impulse, want to return", {"problem": "remorse"}),
    ("tried it on, was an impulse buy, sending it back", {"problem": "remorse"}),
    ("i do not regret it, love it", {"problem": None}),
    ("not shipped yet and i regret this order, can i cancel", {"problem": None}),
)

WALLET_DEBITED: tuple[tuple[str, Want], ...] = (
    ("the money came from my qiwi wallet", {"payment": "wallet"}),
    ("it was debited from my yoomoney", {"payment": "wallet"}),
    ("payment went from my webmoney", {"payment": "wallet"}),
)

CARD_RAN_OUT: tuple[tuple[str, Want], ...] = (
    ("my visa ran out in march", {"card_expired": "yes"}),
    ("the debit card has lapsed since", {"card_expired": "yes"}),
    ("my old mastercard is out of date", {"card_expired": "yes"}),
    ("my patience ran out", {"card_expired": None}),
)

ORDER_LIST: tuple[tuple[str, Want], ...] = (
    ("order included a case, a cable and a charger", {"several_items": "yes"}),
    ("the order contained a hat and a scarf, no scarf came", {"several_items": "yes"}),
    ("there were supposed to be 3 pairs of socks, got 2", {"several_items": "yes"}),
    ("should have been 4 candles in the order", {"several_items": "yes"}),
    ("the package had a hole and a tear", {"several_items": None}),
    ("it should be 2 weeks more", {"several_items": None}),
)

THOUSANDS_SPACE: tuple[tuple[str, Want], ...] = (
    # a space inside a number: never read its last group alone; before a currency word the
    # whole number is read (sixth pass)
    ("paid 1 500 rub", {"amount": "1500", "currency": "RUB"}),
    ("it was $1 299 with shipping", {"amount": None}),
    ("refund 2 400 uah", {"amount": "2400", "currency": "UAH"}),
)

RATING_NOT_ITEMS: tuple[tuple[str, Want], ...] = (
    ("rated it 4 out of 5", {"several_items": None}),
    ("i gave the shop 3 out of 5 stars", {"several_items": None}),
    ("review score 9 out of 10", {"several_items": None}),
)

PAID_W: tuple[tuple[str, Want], ...] = (
    ("paid w/ card", {"payment": "card"}),
    ("bought it w/ my visa", {"payment": "card"}),
    ("payed w/ paypal", {"payment": "paypal"}),
)

CARD_STOLEN_NEW: tuple[tuple[str, Want], ...] = (
    ("my card was stolen so i blocked it and got a new one", {"card_expired": "yes"}),
    ("card got hacked, the bank sent me a replacement card", {"card_expired": "yes"}),
    ("card lost last week, ordered a new one", {"card_expired": "yes"}),
    ("my card was charged and the seller sent a new one", {"card_expired": None}),
)

CODE_BEFORE: tuple[tuple[str, Want], ...] = (
    # the currency code before the number, a rouble sign, a country before the word
    ("the refund of USD 18 is pending", {"amount": "18", "currency": "USD"}),
    ("refund of EUR 25 approved", {"amount": "25", "currency": "EUR"}),
    ("GBP 14.99 order, never came", {"amount": "14.99", "currency": "GBP"}),
    ("paid 2490₽", {"amount": "2490", "currency": "RUB"}),
    ("seller offers 10 us dollars", {"amount": "10", "currency": "USD"}),
    ("paid 45 belarusian rubles", {"amount": "45", "currency": "BYN"}),
    ("paid 500 rur for it", {"amount": "500", "currency": "RUB"}),
    ("13 thousand rubles gone", {"amount": "13000", "currency": "RUB"}),
    ("usd 50% off coupon", {"amount": None}),
)

COUPON_TYPOS: tuple[tuple[str, Want], ...] = (
    ("coupoun for next purchase", {"coupon": "yes"}),
    ("they offered me a cupon", {"coupon": "yes"}),
    ("seller gives coupens instead of money", {"coupon": "yes"}),
)

PART_OF_ORDER: tuple[tuple[str, Want], ...] = (
    ("the order arrived partially", {"several_items": "yes"}),
    ("the box was missing a product", {"several_items": "yes"}),
    ("received the order minus one item", {"several_items": "yes"}),
    ("got my mouse, keyboard never showed up, both one order", {"several_items": "yes"}),
    ("ordered x3, got x1", {"several_items": "yes"}),
    ("the shoes arrived, the socks didnt", {"several_items": "yes"}),
    ("my lamp came but the mug didnt", {"several_items": "yes"}),
    ("the drone came but the remote is missing", {"several_items": None}),
    ("the courier came but the parcel did not", {"several_items": None}),
    ("the refund came and the money still not there", {"several_items": None}),
    ("my bmw x5 phone holder never came", {"several_items": None}),
)

SET_SHORT: tuple[tuple[str, Want], ...] = (
    ("a set of 12 brushes came with 10", {"several_items": "yes"}),
    ("lot of 5, only 3 inside", {"several_items": "yes"}),
    ("pack of 10 but there were 8", {"several_items": "yes"}),
    ("a pack of gum", {"several_items": None}),
)

BROKEN_ON_ARRIVAL: tuple[tuple[str, Want], ...] = (
    # non-native English for damage on arrival
    ("product broken when arrive", {"problem": "damaged"}),
    ("the glass was broke when i open the box", {"problem": "damaged"}),
    ("it came damage, the corner is crushed", {"problem": "damaged"}),
    ("the vase is chipped", {"problem": "damaged"}),
    ("what if it arrives chipped", {"problem": None}),
)

DOES_NOT_WORK_MORE: tuple[tuple[str, Want], ...] = (
    ("it doesnt works", {"problem": "defective"}),
    ("the watch lags and freezes", {"problem": "defective"}),
    ("the battery drains in an hour", {"problem": "defective"}),
    ("mic doesnt pick up anything", {"problem": "defective"}),
    ("touch screen not responding", {"problem": "defective"}),
    ("the led strip gives no light", {"problem": "defective"}),
    ("the seller is not responding", {"problem": None}),
    ("the site keeps crashing when i pay", {"problem": None}),
    ("battery lasts 2 days, great", {"problem": None}),
)

NOT_MY_ORDER: tuple[tuple[str, Want], ...] = (
    ("this is not my order", {"problem": "wrong"}),
    ("it is not the product from the listing, totally other thing", {"problem": "wrong"}),
    ("what came is not the item, somebody mixed it up", {"problem": "wrong"}),
    ("this is not my order number", {"problem": None}),
)

SENT_NEED: tuple[tuple[str, Want], ...] = (
    ("they sent 2xl, i need m", {"problem": "wrong_size"}),
    ("got a 44 but i wear 42", {"problem": "wrong_size"}),
    ("received xs when we asked for l", {"problem": "wrong_size"}),
)

LOOK_LIKE: tuple[tuple[str, Want], ...] = (
    ("it does not look like on the photos", {"problem": "not_as_described"}),
    ("doesnt look anything like in the pictures", {"problem": "not_as_described"}),
    ("the dress does not look as on the site", {"problem": "not_as_described"}),
)

LOOK_ALIKES_MORE: tuple[tuple[str, Want], ...] = (
    # found with our own adversarial messages: each must say nothing of the fact named
    ("bought 2 items from 2 different sellers", {"several_items": None}),
    ("three things from three different shops, all late", {"several_items": None}),
    ("my friend's card was closed", {"payment": None}),
    ("the delivery company lost its license", {"bank_gone": None}),
    ("the courier lost their licence last year", {"bank_gone": None}),
    ("the payment company lost its licence", {"bank_gone": "yes"}),
    ("the package had a hole but the item is fine", {"problem": None}),
    ("i hope the quality is not different from the photos", {"problem": None}),
    ("it looks different from the photos", {"problem": "not_as_described"}),
)

NOT_ANOTHER_PRODUCT: tuple[tuple[str, Want], ...] = (
    # what came after ordering was a message, a fee or a notice, not another product
    ("ordered a laptop stand and received a survey", {"problem": None}),
    ("i ordered a tablet and got a cancellation", {"problem": None}),
    ("ordered a chair and got a delay notice", {"problem": None}),
    ("ordered a camera and got a customs fee", {"problem": None}),
    ("ordered a mat and got an invoice", {"problem": None}),
    ("received the wrong parcel notification", {"problem": None}),
    ("the post delivered the wrong day", {"problem": None}),
)

NOT_COUNTED_ITEMS: tuple[tuple[str, Want], ...] = (
    ("one out of three emails got an answer", {"several_items": None}),
    ("i got 1 reply out of 3 messages", {"several_items": None}),
    ("the sms came but the courier did not", {"several_items": None}),
)

NOT_THE_ITEM: tuple[tuple[str, Want], ...] = (
    # the packaging or the listing, not the item
    ("came in not original packaging", {"problem": None}),
    ("the box is not original but the watch is fine", {"problem": None}),
    ("listing says no charger, is that right", {"problem": None}),
    ("not original, the logo is crooked", {"problem": "fake"}),
    ("the description says no scratches but it arrived scratched", {"problem": "damaged"}),
)

STORY_KINDS: tuple[tuple[str, Want], ...] = (
    # kinds found in our own long, fact-dense messages
    ("my order (2 items, a lamp and a shade) came yesterday but the shade is torn",
     {"several_items": "yes", "problem": "damaged"}),
    ("the seam is torn after one wash", {"problem": None}),
    ("so the seller sent me a black hoodie when i clearly picked grey", {"problem": "wrong_size"}),
    ("my qiwi is closed now cause of the licence thing", {"payment": "wallet", "bank_gone": "yes"}),
    ("received a used phone with scratches, listing said brand new",
     {"problem": "not_as_described"}),
    ("sold as new but it is clearly second hand", {"problem": "not_as_described"}),
    ("the seller packed only the base of the lamp, no shade, no bulb",
     {"problem": "missing_parts"}),
    ("package arrived, the tent has no poles", {"problem": "missing_parts"}),
    ("no screws needed, it clicks together", {"problem": None}),
    ("my account at the bank was closed, not the bank itself", {"bank_gone": None}),
    ("my card was blocked by the bank, the bank is fine", {"bank_gone": None}),
)

QUANTITY_SHORT: tuple[tuple[str, Want], ...] = (
    # fewer units than ordered, told as a quantity (as the dispute form puts it)
    ("quantity is less than ordered", {"several_items": "yes"}),
    ("the number of pieces is less than i ordered", {"several_items": "yes"}),
    ("wrong quantity, i paid for 10", {"several_items": "yes"}),
    ("got less than i ordered", {"several_items": "yes"}),
    ("the refund amount is less than i paid", {"several_items": None}),
    ("got less refund than i paid", {"several_items": None}),
)

SPECS_DIFFER: tuple[tuple[str, Want], ...] = (
    ("the functionality differs from the description", {"problem": "not_as_described"}),
    ("the size differs from what was claimed", {"problem": "not_as_described"}),
    ("dimensions do not match the listing", {"problem": "not_as_described"}),
    ("my size differs from yours", {"problem": None}),
)

CARD_AND_BANK_MORE: tuple[tuple[str, Want], ...] = (
    ("that card doesnt work anymore, it expired", {"card_expired": "yes"}),
    ("i no longer use that visa", {"card_expired": "yes"}),
    ("the old visa is gone", {"card_expired": "yes"}),
    ("the central bank took away my bank's license", {"bank_gone": "yes"}),
    ("qiwi is not working anymore", {"bank_gone": "yes"}),
    ("yoomoney closed my wallet", {"bank_gone": None}),
    # a bank or a card that does not work is not the item; an item that does not work still is
    ("my bank is under sanctions and doesnt work", {"problem": None}),
    ("my card does not work", {"problem": None}),
    ("the card reader does not work", {"problem": "defective"}),
    ("i used my card, the charger does not work", {"problem": "defective", "payment": "card"}),
    ("paid by card and it does not work", {"problem": "defective", "payment": "card"}),
)

NON_NATIVE_PROBLEM: tuple[tuple[str, Want], ...] = (
    # non-native English for what is wrong with the item
    ("it stop working after 3 days", {"problem": "defective"}),
    ("no working since i got it", {"problem": "defective"}),
    ("it arrive broken, what i do", {"problem": "damaged"}),
    ("will it arrive broken", {"problem": None}),
    ("the colour not same like photo", {"problem": "not_as_described"}),
    ("size not same as description", {"problem": "not_as_described"}),
    ("the dress is ugly in real life, not like the pics", {"problem": "not_as_described"}),
    ("i receive different thing", {"problem": "wrong"}),
    ("is other model not what i buy", {"problem": "wrong"}),
    ("i order red they send blue", {"problem": "wrong_size"}),
    ("the size is not what i ordered", {"problem": "wrong_size"}),
    ("the colour is not what i chose", {"problem": "wrong_size"}),
    ("is fake not original", {"problem": "fake"}),
    ("is this original or fake", {"problem": None}),
    ("the gold plating came off after a day", {"problem": "defective"}),
    ("the shoes fell apart after 2 wears", {"problem": "defective"}),
    ("very dim, nothing like the 8000 lumens they claimed", {"problem": "not_as_described"}),
    # a count ordered against a count got is items, not a size
    ("i ordered 12 and got 10", {"problem": None, "several_items": "yes"}),
    ("i order size 40 they send size 38", {"problem": "wrong_size"}),
)

FEWER_SENT: tuple[tuple[str, Want], ...] = (
    # a count ordered and fewer sent, told many ways
    ("i ordered 2, the seller sent 1", {"several_items": "yes"}),
    ("i ordered two and the seller sent only one", {"several_items": "yes"}),
    ("the package only had one, i ordered two", {"several_items": "yes", "problem": None}),
    ("one is missing, i paid for two", {"several_items": "yes"}),
    ("i have only half of what i ordered", {"several_items": "yes"}),
    ("seller forgot one item", {"several_items": "yes"}),
    ("i ordered 2 weeks ago and he sent one message", {"several_items": None}),
    ("the package had a lamp but i ordered a mirror", {"problem": "wrong"}),
)

ROWS = [(kind, text, want)
        for kind, rows in (("sign_after", SIGN_AFTER), ("slang_currency", SLANG_CURRENCY),
                           ("listed_measure", LISTED_MEASURE),
                           ("property_different", PROPERTY_DIFFERENT),
                           ("real_capacity", REAL_CAPACITY), ("variant_came", VARIANT_CAME),
                           ("ordered_got", ORDERED_GOT), ("sent_wrong", SENT_WRONG),
                           ("piece_of_order", PIECE_OF_ORDER), ("card_state", CARD_STATE),
                           ("back_where_paid", BACK_WHERE_PAID),
                           ("card_gone_not_bank", CARD_GONE_NOT_BANK),
                           ("card_swapped", CARD_SWAPPED), ("order_holds", ORDER_HOLDS),
                           ("out_of", OUT_OF), ("broke_in_use", BROKE_IN_USE),
                           ("arrival_damage", ARRIVAL_DAMAGE), ("copies", COPIES),
                           ("size_picked", SIZE_PICKED), ("found_in_parcel", FOUND_IN_PARCEL),
                           ("claimed_vs_real", CLAIMED_VS_REAL), ("box_had_no", BOX_HAD_NO),
                           ("regret", REGRET), ("wallet_debited", WALLET_DEBITED),
                           ("card_ran_out", CARD_RAN_OUT), ("order_list", ORDER_LIST),
                           ("thousands_space", THOUSANDS_SPACE),
                           ("rating_not_items", RATING_NOT_ITEMS), ("paid_w", PAID_W),
                           ("card_stolen_new", CARD_STOLEN_NEW), ("code_before", CODE_BEFORE),
                           ("coupon_typos", COUPON_TYPOS), ("part_of_order", PART_OF_ORDER),
                           ("set_short", SET_SHORT),
                           ("broken_on_arrival", BROKEN_ON_ARRIVAL),
                           ("does_not_work_more", DOES_NOT_WORK_MORE),
                           ("not_my_order", NOT_MY_ORDER), ("sent_need", SENT_NEED),
                           ("look_like", LOOK_LIKE), ("look_alikes_more", LOOK_ALIKES_MORE),
                           ("not_another_product", NOT_ANOTHER_PRODUCT),
                           ("not_counted_items", NOT_COUNTED_ITEMS),
                           ("not_the_item", NOT_THE_ITEM), ("story_kinds", STORY_KINDS),
                           ("quantity_short", QUANTITY_SHORT), ("specs_differ", SPECS_DIFFER),
                           ("card_and_bank_more", CARD_AND_BANK_MORE),
                           ("non_native_problem", NON_NATIVE_PROBLEM), ("fewer_sent", FEWER_SENT))
        for text, want in rows]


@pytest.mark.parametrize(("kind", "text", "want"), ROWS,
                         ids=[f"{k}-{i}" for i, (k, _t, _w) in enumerate(ROWS)])
def test_buyer_says(kind: str, text: str, want: Want) -> None:
    assert read_as(text, "en", want) == want, text
