"""Words for `items_missing`: an order of several items where some whole items have not come.

`items_missing_more` puts each language's rows together: `EN_FIRST`, its own rows, `EN_REST`
(the same for `RU`).

`EN` and `RU` are `(pattern, value)` rows read like the rows of `facts_<lang>.FACTS`: `MASK`
blanks look-alikes out ("nothing is missing", a part missing from one product's box) and lets
later rows read the rest. `IF_SEVERAL` is a value only kept when the message also tells an
order of several items: "the lamp came but the cable never did" is an item missing from such an
order, while "the phone came but the charger is missing" alone is a part missing from one box.
"""

from __future__ import annotations

import re

MASK = ""
IF_SEVERAL = "if_several"
"""The row's reading holds only beside `several_items` (`facts.extract` settles it)."""


def fewer(pair: str, counts: dict[int, str]) -> str:
    """`pair` for every count it can hold: `{N}` a count of things and `{M}` a smaller one, so
    "ordered 4, got 3" reads while "ordered 3, got 3" does not (twenty-second pass B)."""
    return "(?:" + "|".join(
        pair.replace("{N}", _COUNT.format(counts[most])).replace(
            "{M}", _COUNT.format("|".join(counts[less] for less in range(1, most))))
        for most in sorted(counts, reverse=True) if most > 1) + ")"


def same(pair: str, counts: dict[int, str]) -> str:
    """`pair` for every count it can hold with `{N}` the same count twice: "ordered 3, got 3"
    tells every thing come, whatever later words say of a bare count."""
    return "(?:" + "|".join(pair.replace("{N}", _COUNT.format(counts[most]))
                            for most in sorted(counts, reverse=True) if most > 1) + ")"


_COUNT = r"(?<![$€£₽.,] )\b(?:{})\b(?![.,%]\d|%)"
"""A count as a whole word, never part of a price, a decimal or a percentage."""


def _counts(words: dict[int, str], most: int = 12) -> dict[int, str]:
    """Each count from 1 to `most` as its digits or the language's words for it."""
    return {n: f"{words[n]}|{n}" for n in range(1, most + 1)}


COUNTS_EN = _counts({1: "one|a single", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
                     7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"})
COUNTS_RU = _counts({1: "один|одна|одно|одну|одного|одной", 2: "два|две|двух|двое",
                     3: "три|трех|трое", 4: "четыре|четырех|четверо", 5: "пять|пяти|пятеро",
                     6: "шесть|шести|шестеро",
                     7: "семь|семи", 8: "восемь|восьми", 9: "девять|девяти", 10: "десять|десяти",
                     11: "одиннадцать|одиннадцати", 12: "двенадцать|двенадцати"})


PARTS_NAMED = re.compile(r"\b(?:parts?|pieces?|screws?|bolts?|nuts?|fittings?)\b|"
                         r"\b(?:детал|винт|шуруп|болт|гаек|гайк|комплектующ|креплен)")
"""Words that name a product's own parts: beside them a `missing_parts` reading stands even when
an item of the order is read missing too (twenty-first pass)."""

OTHERS_EN = (r"\b(?:my )?(?:sister|brother|mum|mom|mother|dad|father|friend|flatmate|roommate|"
             r"neighbou?r|colleague|coworker|wife|husband|son|daughter|cousin|aunt|uncle|grandma|"
             r"grandmother|girlfriend|boyfriend)s? (?:ordered|bought|got|has|had|received)\b"
             r"(?: \w+){0,8}")
"""Someone else's order ("my flatmate ordered 2 lamps and only one came"): the words after it
tell no item of the buyer's order (twentieth pass D; several_items reads it too)."""
OTHERS_RU = (r"\b(?:сестр|брат|мам|пап|отец|мать|подруг|друг(?!ой|ого|ому|ие|их|ую|ая|ое)|"
             r"сосед|коллег|жена|муж|сын|доч|тет|бабушк|дедушк)\w* (?:заказал\w*|купил\w*|брал\w*|"
             r"взял\w*|получил\w*)(?: \w+){0,8}|\bу (?:сестр|брат|мам|пап|отца|матери|подруг|"
             r"друг(?!ой|ого|ому|ие|их|ую|ая|ое)|сосед|коллег|жены|мужа|сына|доч|тет|бабушк|дедушк)"
             r"\w*(?: \w+){0,8}")
"""Someone else's order («подруга заказала 2 платья, пришло одно», «у соседки из заказа пришла
половина»)."""

_N_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|\d{1,3})"
_NO_OBJECT_EN = (r"(?! (?:its|their|his|her|some|any|one|two|three|four|half|\d+|parts?|pieces?|"
                 r"screws?|legs?|bits)\b| (?:the|a|an) (?:\w+ )?(?:parts?|pieces?|screws?|legs?|"
                 r"bits|lid|handle|cable|charger|battery|remote|strap|cover|plug|cord|wheel|"
                 r"button|lens|bulb|cap)\b)")
"""After "missing": a thing that lacks a part ("one is missing two legs") is no item missing
(twenty-second pass B)."""
_NOT_COME_EN = (
    r"(?:never (?:came|come|arrived|showed(?: up)?|turned up|got here|got to me|was delivered|"
    r"were delivered|was sent|were sent|was shipped|were shipped|made it|in the (?:box|bag|"
    r"parcel|package))|"
    r"(?:did|has|have|had|was|were|is|are) (?:just |simply |even |still )?not (?:come|came|arrive|"
    r"arrived|arrive yet|show up|"
    r"shown up|turn up|turned up|been delivered|delivered|made it|got here|there|inside|in (?:the "
    r"|my )?(?:box|package|parcel|bag|envelope|pouch))|"
    r"(?:is|are|was|were) (?:still |just |simply )?(?:missing" + _NO_OBJECT_EN + r"|lost|nowhere "
    r"to be (?:found|seen)|"
    r"on (?:the|"
    r"its|their) way|in transit|moving|coming|travell?ing|stuck)|"
    r"(?:still )?(?:missing" + _NO_OBJECT_EN + r"|not (?:here|there|arrived|received|delivered|"
    r"come))|no sign of (?:it|"
    r"them)|no ?where)")
"""A thing not (yet) come, after normalising ("didn't" is "did not"; twenty-second pass B: "is
just not there")."""
_NOT_AN_ITEM_EN = (r"(?:parts?|pieces?|screws?|bolts?|nuts?|accessor(?:y|ies)|cables?|chargers?|"
                   r"batter(?:y|ies)|manuals?|instructions?|remotes?|lids?|straps?|mounts?|"
                   r"adapters?|fittings?|legs?|handles?|buttons?|tracking|track|updates?|info|"
                   r"information|money|refund|payment|parcel|package|box|order|seller|details?|"
                   r"page|status|number|link|code|label|receipt|invoice|sticker|seal|it|they|one|"
                   r"is|are|was|were|be|been|still|just|something|nothing|anything|everything|"
                   r"stuff|thing|half|part|bits|spare)")
"""Words before "missing" that name no whole item of the order: a product's own parts, the
tracking, money, the order itself (twenty-second pass B)."""
_ITEMS_EN = r"(?:items?|things?|products?|pieces?|pairs?|units?|goods|stuff|pcs|ones?)"
_A_COUNT_EN = (r"(?=$| (?:items?|pieces?|pcs|things?|units?|pairs?|of|only|so|and|but|no|not|the|"
               r"its|it|in|i|from|out|yet|still|which|protection|order|dispute|have|has|had|seller|"
               r"paid|tracking|status|opened|aliexpress|what|where|how|can|should|is|was|one|"
               r"missing|came|arrived)\b)")
"""After a bare count received ("got 3"): the count ends there, it is no "2 ashtrays"."""
_NOT_THINGS_EN = (r"(?:(?:days?|weeks?|months?|hours?|minutes?|years?|times?|dollars?|bucks|usd|"
                  r"eur|euros?|pounds?|gbp|orders?|parcels?|packages?|boxes|shipments?|sellers?|"
                  r"stores?|shops?|stars?|updates?|emails?|messages?|refunds?|disputes?|am|pm|"
                  r"cm|mm|kg|ml|gb|tb|percent)\b|%)")
"""Words after a count that make it no count of the order's things ("ordered 5 days ago")."""
COUNT_ENDS_EN = (r"(?=$| (?:and|but|so|only|just|the|my|i|we|seller|store|shop|protection|"
                  r"dispute|claim|what|where|how|can|should|tracking|track|order|opened|after|out|"
                  r"of|yet|still|paid|coupon|it|its|in the (?:box|bag|parcel|package)|inside|"
                  r"there|here|pcs|pieces|items|things|units|now|so far|total|altogether|w|with a|"
                  r"timer|status|no|not|missing|lost)\b)")
"""What may follow a count come: the story goes on. "one came in XL", "2 arrived cracked" tell
the things came in another state, not fewer of them (twenty-second pass B)."""
_SHELL_EN = r"(?:box|bag|parcel|package|pouch|envelope)"

_NOT_A_WHOLE_THING_EN = (r"(?:parcels?|packages?|box|boxes|bag|orders?|money|refunds?|tracking|"
                         r"track|updates?|notifications?|emails?|messages?|sellers?|shops?|"
                         r"stores?|items?|things?|everything|nothing|all|both|it|they|one|first|"
                         r"second|other|rest|parts?|pieces?|screws?|bolts?|nuts?|manuals?|"
                         r"instructions?|fittings?|legs?|handles?|buttons?|lids?|payment|coupon|"
                         r"status|number|link|code|receipt|invoice|label|dispute|claim|courier|"
                         r"driver|postman|the|a|an|my|this|that|but|and|so|then|only|just|still|"
                         r"also|xxs|xxl|xxxl|small|medium|large|black|white|red|blue|green|grey|"
                         r"gray|pink|yellow|colou?rs?|sizes?|models?|versions?|wrong|right|same|"
                         r"new|old|not|never|did|didn|nothing)\b")
"""Words that name no whole thing of the order: the parcel, the money, the tracking, a count, a
product's own parts, a person or a small word (twenty-third pass A)."""
_THING_EN = (rf"(?:(?:the|my|a|an) )?(?!{_NOT_A_WHOLE_THING_EN})[a-z]{{3,}}"
             rf"(?: (?!{_NOT_A_WHOLE_THING_EN})[a-z]{{3,}})?")
"""A thing of the order named by a word or two of its own ("the phone case")."""
_ARRIVED_EN = (r"(?:arrived|came|got here|was delivered|were delivered|showed up|turned up|is here|"
               r"are here)(?: (?:fine|ok|okay|today|yesterday|already|safely|intact))?")
"""Come."""
_NOT_YET_EN = (r"(?:(?:did|has|have) not(?! (?:open|opened|answer|reply|respond|update|work|fly|"
               r"say|"
               r"send|sent|ship|refund|fit|charge|turn|dispute|complain|claim|even|really|like|want|"
               r"need|been opened|heard|disputed)\w*\b)|"
               r"never (?:came|arrived|did|showed up|turned up|got here|"
               r"made it)|is not (?:there|here)|are not (?:there|here)|not yet|"
               r"is still (?:on its way|in "
               r"transit|stuck|at|coming|moving)|are still (?:on their way|in transit|stuck|at|"
               r"coming|moving)|is stuck|are stuck|is at (?:my|the)|are at (?:my|the)|has sat)\b")
"""Not (yet) come, or still on its way ("is missing" beside a thing come may be its part: left
to the rows that weigh parts)."""
_SPLIT_EN = (r"(?:split|in (?:2|two|3|three|several|separate) (?:parcels|packages|boxes|shipments)|"
             r"separate (?:parcels|packages|shipments))")
"""The order sent in parts."""

_NOT_IN_A_STATE_EN = (r"(?! (?:broken|cracked|damaged|smashed|shattered|chipped|dented|scratched|"
                      r"torn|wet|crushed|bent|faulty|defective|dead|wrong|used|dirty|open|opened|"
                      r"in (?:pieces|bits|the wrong))\b)")
"""After "came": one of the order's things come in a state ("one of the 4 plates came cracked")
is come, not missing (twenty-fifth pass A)."""

EN_FIRST: tuple[tuple[str, str], ...] = (
    (OTHERS_EN, MASK),
    # another or an earlier order, what people say in general
    (r"\b(?:last time|(?:my |an? |the )?(?:previous|earlier|other|another|last) orders?|people "
     r"say|usually|they say)\b(?: \w+){0,8}", MASK),
    # twenty-second pass B: separate orders ("2 separate orders, the first came, the other did not")
    (r"\b(?:(?:two|three|four|several|\d) )?(?:separate|different|individual) orders\b"
     r"(?: \S+){0,14}", MASK),
    # twenty-third pass A: a thing missing some of its own parts ("the bed frame is missing half
    # its screws"): no item of the order missing
    (r"\bmissing (?:half|some|most|all|a few|two|three|four|\d+) (?:of )?(?:its|their|the) "
     r"(?:\w+ )?(?:parts?|pieces?|screws?|bolts?|legs?|bits|nuts?|fittings?)\b", MASK),
    # twenty-third pass A: orders counted («I have 4 orders from the same shop and one is missing»):
    # each is its own order, none an item of one (README: "6 orders coming" is no fact)
    (r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|[2-9]|[1-9]\d) orders\b"
     r"(?: \S+){0,14}", MASK),
    # a condition or a fear, not what happened: "what happens if one of the items doesn't come"
    (r"\b(?:what happens |what to do |what do i do )?(?:if|in case|what if|suppose|(?:i am |i m )?"
     r"(?:afraid|worried|scared)|i fear|i worry)\b(?: \w+){0,8}", MASK),
    # twentieth pass D: a part missing from one of the order's things ("the handles are missing
    # from one box", "one of them came without its cable"): no item of the order missing
    (r"\b(?:is |are |was |were )?missing from one (?:box|of (?:them|the \w+))\b|\bone (?:of "
     r"(?:them|the \w+) )?(?:has no|had no|came without|arrived without|lacks)\b(?: \w+){0,3}",
     MASK),
    # nothing missing, all came, a part of one product: no item of the order missing
    (r"\b(?:nothing|none of (?:the |my |them)?(?:\w+ )?|no (?:item|product|thing)s? )(?:is |are |"
     r"was |were )?(?:missing|lost)\b|\b(?:all|every|both)(?: (?:of )?(?:the |my |them|\d+|"
     r"two|three|four|five|six))?(?: \w+)? (?:items?|things?|products?|pieces|ones|of them)? ?"
     r"(?:have |has )?(?:all )?(?:came|arrived|got here|were delivered|are here|made it|turned "
     r"up|showed up)\b", MASK),
    # twenty-fourth pass A: nothing of the order shipped or come ("neither has arrived yet", "the
    # seller shipped nothing", "none of them came", "i am not missing anything"): the whole order
    # is the tracking's, no item of it missing, whatever the rest says of one of them; a thing
    # come before ("nothing else arrived", "then the lamp came") keeps the rest read
    (r"\b(?:(?:am|is|are|m) not missing (?:anything|a thing)\b|(?:neither(?: of (?:them|the \w+))?"
     r"(?: one| item| thing| parcel| package)?|none of (?:them|the (?:\w+ )?(?:items|things|"
     r"products|pieces))|nothing(?! (?:else|more|of|from)\b)) (?:has |have |had |was |were |is )?"
     r"(?:been )?(?:yet )?(?:arrived|come|came|shipped|sent|dispatched|delivered|got here|"
     r"turned up|showed up)\b|\b(?:shipped|sent|dispatched|delivered|received) (?:me )?(?:nothing|"
     r"none of (?:them|it))\b(?! (?:else|more|of|from|but|except)\b))"
     r"(?!.*\b(?:then|later|finally|since|until|except)\b).*", MASK),
    (r"\b(?:missing|without|no|lacks?|lacking) (?:the |a |an |any |its |their )?(?:\w+ )?"
     r"(?:parts?|screws?|bolts?|accessor(?:y|ies)|cables?|chargers?|batter(?:y|ies)|"
     r"manuals?|instructions|remotes?|lids?|straps?|mounts?|adapters?)\b(?! (?:from|of) (?:the|my) "
     r"order\b)", MASK),
    # twenty-second pass B: all the things of the order on their way together ("the 3 things in my
    # order travel in one box", "all 4 items are still in transit"): the whole order, none
    # of it missing
    (r"\b(?:all |all of |the |my )(?:the |my )?(?:two|three|four|five|six|seven|eight|nine|ten|"
     r"[2-9]|1\d) (?:items|things|products|pieces|pcs)(?: (?!(?:but|only|except)\b)\w+){0,4}? "
     r"(?:are|were) (?:all )?(?:still )?(?:moving|in transit|on (?:the|their) way|coming|"
     r"travell?ing|stuck|together|in one (?:parcel|package|box))\b(?: (?!(?:but|only|except)\b)"
     r"\w+){0,5}", MASK),
    # cancelling or returning some of the items: "can i cancel just one of the 3 items"
    (r"\b(?:cancel|remove|return|refund|take back|send back)\w* (?:just |only )?(?:\w+ )?(?:one|"
     r"two|some|\d|an? (?:item|piece|thing))(?: \w+){0,2}? (?:of|out of|from)\b(?: \w+){0,5}",
     MASK),
)
"""The English look-alikes, read before any reading of an item missing."""
EN_REST: tuple[tuple[str, str], ...] = (
    # "2 of 3 came", "only 2 out of 5 arrived", "2 of the 3 bulbs in this order missing"
    (rf"\b(?:only |just )?{_N_EN} (?!instead)(?:\w+ )?(?:out )?of (?:the |my |these )?{_N_EN} "
     r"(?!(?:orders?|parcels?|packages?|shops?|stores?|sellers?|stars?|updates?)\b)"
     r"(?:\w+ ){0,5}?(?:came|arrived|got here|were delivered|was delivered|are here|is here|were "
     r"in|was in|showed up|turned up|made it|" + _NOT_COME_EN + r")\b" + _NOT_IN_A_STATE_EN, "yes"),
    (rf"\b(?:only|just) (?:\w+ )?{_N_EN} (?:{_ITEMS_EN} )?(?:out )?of (?:the |my )?{_N_EN}\b(?! "
     r"(?:days?|weeks?|months?|hours?|stars?|dollars?|usd|euros?|pounds?|orders?)\b)", "yes"),
    (rf"\b(?:got|received|came with|had|delivered|contained) (?:only |just )?{_N_EN} "
     rf"(?:{_ITEMS_EN} )?(?:out of|from|of) (?:the |my )?{_N_EN}\b(?! (?:days?|weeks?|months?|"
     r"hours?|stars?|dollars?|usd|euros?|pounds?|orders?)\b)|\b(?:got|received|came with) "
     rf"(?:only |just )?(?:[1-9]|1\d|two|three|four|five|six) {_ITEMS_EN} instead of\b", "yes"),
    (rf"\b(?:ordered|bought|purchased|paid for) (?:a (?:set|pack|lot|kit) of )?{_N_EN} "
     r"(?!(?:days?|weeks?|months?|hours?|times?|dollars?|usd|euros?|pounds?|orders?)\b)"
     rf"(?:\w+ ){{0,4}}?(?:but |and |yet )?(?:i )?(?:only |just )(?:got|received|have|{_N_EN})\b",
     "yes"),
    # twenty-second pass B: as many come as were ordered ("ordered 3 candles and got 3"): no bare
    # count received below reads as fewer
    (r"\b(?:ordered|bought|purchased|paid for|order of|(?:set|pack|kit|lot|box|bundle) of) "
     + same(r"{N}(?: \S+){0,6}? (?:(?:and |but |i |we )*(?:got|received|have|arrived|came) "
            r"(?:all )?{N}|(?:all )?{N} (?:\w+ )?(?:came|arrived|are here|were delivered))",
            COUNTS_EN), MASK),
    # twenty-second pass B: fewer things come than were ordered, the two counts compared
    # ("ordered 5 straps, 3 came", "set of 12 arrived 9", "paid for six candles, got 4", "1 of
    # the 2 bracelets there"); the same count ("ordered 3, all 3 came"), one come broken or wrong
    # ("ordered 2, 1 arrived cracked"), days, money and separate orders stay silent
    (r"\b(?:ordered|bought|purchased|paid for|for|order|order of|order with|(?:set|pack|kit|lot|b"
     r"ox|"
     r"bundle) of|there were|there are|had) (?:a (?:set|pack|kit|lot) of )?"
     + fewer(r"{N}\b(?! " + _NOT_THINGS_EN + r")(?: (?!(?:separate|different|another)\b)\S+){0,9}?"
             r" (?:(?:(?:and|but|yet|so|i|only|just|we) )*(?:got|received|get|have|counted|count|"
             r"arrived|came|delivered) (?:only |just )?{M}(?: [a-z]+s)?|(?:only |just )?{M} "
             r"(?:\w+ )?(?:came|arrived|showed up|turned up|made it|got here|are here|were here|"
             r"were delivered|were in|in the (?:box|bag|parcel|package)|inside|there))",
             COUNTS_EN) + COUNT_ENDS_EN
     + r"|\b" + fewer(r"{M} (?:out )?of (?:the |my |these |those )?{N}\b(?! " + _NOT_THINGS_EN
                     + r")(?: \w+){0,3}? (?:are |were |is )?(?:there|here|inside|in the (?:box|bag|"
                     r"parcel|package))\b", COUNTS_EN), "yes"),
    # twenty-third pass A: one thing of the order come and another named thing not ("the phone case
    # arrived but the screen protector did not", "the bag had the cable but the charger never
    # came"); the parcel, the money, a part of one product and counts stay to their own rows
    (rf"\b{_THING_EN} {_ARRIVED_EN}(?: (?:but|and|while|yet))? {_THING_EN}(?: \S+){{0,3}}? "
     rf"{_NOT_YET_EN}|\b(?:bag|box|parcel|package|packet) (?:only )?(?:had|contained) "
     rf"(?:only |just )?{_THING_EN} (?:but|and) {_THING_EN}(?: \S+){{0,3}}? {_NOT_YET_EN}|"
     # ("got the keyboard, the mouse from that order is stuck in frankfurt", "got the bag, not the
     # wallet")
     rf"\b(?:got|received) {_THING_EN}(?: (?:but|and))? {_THING_EN} (?:i )?(?:from (?:that|"
     rf"the same|"
     rf"this|my) order|(?:i )?(?:also )?ordered with it|i also ordered(?: in that order)?)"
     r"(?: \S+){0,3}? (?:is|are|was|were|has|have|did|does)(?: still)? (?:not|at|stuck|in|on|"
     rf"sitting|sat|never)\b", "yes"),
    # twenty-third pass A: the order sent in parts, one come and another still away ("the order got
    # split, parcel with the socks arrived, the one with the shoes is at my post office"); both
    # only sent ("split in 2, both shipped, one quiet a week") stays silent
    (rf"\b{_SPLIT_EN}\b(?: \S+){{0,8}}? (?:arrived|came|delivered|received|got here|is here)\b"
     r"(?: \S+){0,6}? (?:the )?(?:other|second|2nd|rest|one with)\b(?: \S+){0,6}? (?:is |are |"
     r"has )?"
     r"(?:stuck|still|at (?:my|the)|sat|sitting|not (?:yet|arrived|come|here)|never|no update|"
     r"silent|quiet|missing|moving|on (?:its|the) way|in transit)\b", "yes"),
    # twenty-fourth pass A: the same, the one away named by its thing ("split: the lamp arrived on
    # monday, the cable is still at the post office") or gone quiet ("the one with the mouse has
    # not moved in 7 days"), or the order's first parcel come and its second away ("1st parcel of
    # my order came with the pan, the 2nd with the lid is at my post office")
    (rf"\b{_SPLIT_EN}\b(?: \S+){{0,8}}? (?:arrived|came|delivered|got here|is here)\b"
     rf"(?: \S+){{0,4}}? (?:the|my) (?!{_NOT_A_WHOLE_THING_EN})[a-z]{{3,}}(?: (?!"
     rf"{_NOT_A_WHOLE_THING_EN})[a-z]{{3,}})? (?:is|are) (?:still )?(?:at (?:my|the)|stuck|"
     r"in transit|on (?:its|the) way|sitting|sat)\b|"
     rf"\b{_SPLIT_EN}\b(?: \S+){{0,8}}? (?:arrived|came|delivered|got here|is here)\b"
     r"(?: \S+){0,6}? (?:the )?(?:other|second|2nd|rest|one with)\b(?: \S+){0,6}? (?:has|have) "
     r"not (?:moved|budged|changed|updated)\b|"
     r"\b(?:the )?(?:1st|first) (?:parcel|package|box|shipment|part) of (?:my|the|this) order "
     r"(?:came|arrived|was delivered|is here|got here)\b(?: \S+){0,4}? (?:the )?(?:2nd|second)\b"
     r"(?: \S+){0,4}? (?:is|are|has) (?:still )?(?:at (?:my|the)|stuck|in transit|not (?:moved|"
     r"arrived|come)|on (?:its|the) way|sitting|lost)\b", "yes"),
    # twenty-third pass A: the seller says all N were sent, fewer came ("he swears all 4 were
    # packed, i have 3", "says he sent all 6, there are 5")
    (r"\ball " + fewer(r"{N} (?!" + _NOT_THINGS_EN + r")(?:\S+ ){0,4}?(?:but |and |yet )?"
                       r"(?:i (?:got|have|received|count|counted)|there (?:are|were)|"
                       r"(?:only |just )?came)(?: only| just)? {M}", COUNTS_EN)
     + r"\b(?! " + _NOT_THINGS_EN + ")", "yes"),
    # twenty-third pass A: the count ordered told first, fewer come after ("6 items ordered, 5
    # received", "5 pairs of earrings ordered, 4 in the packet")
    (r"\b" + fewer(r"{N} (?!" + _NOT_THINGS_EN + r")(?:\S+ ){0,3}?(?:ordered|bought|paid for)"
                   r"(?: (?:and|but|yet|only|just|i|got|received))* {M} (?:\w+ )?(?:received|came|"
                   r"arrived|delivered|in the (?:packet|box|bag|parcel|package)|inside|there)\b",
                   COUNTS_EN), "yes"),
    # twenty-eighth cycle: counted after ("10 pairs of socks ordered, counted 7 pairs")
    (r"\b" + fewer(r"{N} (?!" + _NOT_THINGS_EN + r")(?:\S+ ){0,3}?(?:ordered|bought|paid for)"
                   r"(?: (?:and|but|yet|i|we))* (?:counted|count|got|received|have) "
                   r"(?:only |just )?{M}", COUNTS_EN) + r"\b(?! " + _NOT_THINGS_EN + ")", "yes"),
    # "one of the items never came", "1 item from my combined order is missing", "the other one
    # never did", "the second item from the same order is not inside"
    (r"\b(?:one|two|three|some|several|half|\d) of (?:the |my |these |those )?(?!(?:orders?|"
     r"parcels?|packages?|sellers?|stores?|shops?|days?|disputes?)\b)(?:\w+ ){0,5}?"
     + _NOT_COME_EN, "yes"),
    (rf"\b{_N_EN} (?:item|product|thing|piece)s? (?:from|of|in) (?:my |the |this )?(?:\w+ ){{0,2}}?"
     r"order (?:\w+ )?" + _NOT_COME_EN + r"|\b(?:from|in) (?:the same|this same|this|"
     r"that) (?:\w+ )?"
     r"order(?: \w+){0,2}? (?:" + _NOT_COME_EN + r"|never did\b)", "yes"),
    (rf"\b(?:the |my )?(?:other|second|third|fourth|fifth|last|remaining|2nd|3rd|[4-9]th) "
     rf"(?:\w+ )?{_ITEMS_EN}? ?"
     rf"(?:from|of|in) (?:the |my )?(?:same )?(?:order|{_SHELL_EN}|set|bundle) (?:\w+ ){{0,2}}?"
     + _NOT_COME_EN + r"|\b(?:the |my )?(?:other|second|third|fourth|fifth|remaining|2nd|3rd|"
     r"[4-9]th) (?:\w+ )?"
     + _ITEMS_EN + r" " + _NOT_COME_EN
     + r"|\bthe (?:2nd|3rd|[4-9]th|second|third|fourth|fifth)(?: one)? " + _NOT_COME_EN
     + r"|\bthe other (?:one|half|part|two|three) "
     + _NOT_COME_EN, "yes"),
    (r"\bthe rest(?: of (?:the |my )?(?:order|items|things|stuff|products))? (?:\w+ )?"
     + _NOT_COME_EN + r"|\bstill (?:waiting|wait) (?:for|on) the (?:rest|other|second|remaining)\b",
     "yes"),
    # "not all the items came", "half my order never came", "the order came incomplete"
    (r"\bnot (?:all|everything)(?: of)?(?: the| my)?(?: \w+)? (?:came|arrived|was delivered|were "
     r"delivered|got here|was in|were in|is here|are here)\b|\b(?:only|just) (?:part|half|some)"
     r" (?:of )?(?:the |my )?(?:order|items|things|stuff)\b|\b(?:half|part) (?:of )?(?:the |my )?"
     r"order (?:is |was )?(?:missing|turned up|arrived|came|" + _NOT_COME_EN + r")|\b(?:order|"
     r"package|parcel) (?:came|arrived|was delivered) (?:incomplete|partially|partly|half empty)\b|"
     r"\bincomplete order\b|\bpartial (?:delivery|shipment)\b", "yes"),
    (r"\b(?:an? |one |two |\d )?(?:item|product|thing)s? (?:is |are |was |were )?missing from "
     r"(?:the |my )?(?:order|parcel|package|delivery|shipment)\b|\bmissing (?:item|product)s?"
     r"\b(?! (?:parts?|pieces?)\b)", "yes"),
    # "only the case came", "only the cable and the case came" (not the box, the money...)
    (r"\b(?:only|just) (?:the |one |1 )(?!(?:box|parcel|package|envelope|bag|label|notification|"
     r"email|sms|money|refund|coupon|message|tracking|courier|part|half|invoice|receipt|update|"
     r"reply|answer|scan|status)\b)\w+"
     r"(?: \w+){0,4}? (?:came|arrived|was delivered|were delivered|was in (?:the )?(?:box|parcel|"
     r"package))\b(?! instead\b)", "yes"),
    # twenty-second pass B: a thing named not come from the order ("the mouse pad from it never
    # arrived", "the phone stand from my order never came", "the bowls from the same order did
    # not"), one named by its place ("the third candle was never in the parcel"); the parcel,
    # money, a payment and a thing that "did not work" stay out
    (r"\b(?!(?:parcel|package|box|order|it|tracking|refund|money|payment|reply|answer|email|"
     r"message|one|rest)\b)[a-z]{3,} from (?:it|my order|the order|that order|this order|"
     r"the same order|my (?:\w+ ){1,2}?order) (?:never came|never arrived|never showed up|"
     r"never got here|"
     r"(?:did|has|have) not(?! (?:work|fit|match|charge|turn on|power|have|look|stick|function|"
     r"light|play|open|close|include|contain|ship|send)\w*\b)|is missing|was missing|is still "
     r"missing|was not in the (?:box|bag|parcel|package))\b|"
     r"\bthe (?:2nd|3rd|second|third|fourth|fifth|last)(?: (?!(?:payment|refund|money|email|"
     r"message|notification|code|attempt|time|dispute|claim|reply|answer)\b)[a-z]+){1,2} (?:was |"
     r"were |is |are )?(?:never (?:came|arrived|showed up|in the (?:box|bag|parcel|package))|"
     r"(?:was|were|is|are) not in the (?:box|bag|parcel|package))\b", "yes"),
    # beside an order of several items: "1 missing", "got 3", "only the cable in the bag", "the
    # missing lens cap", "one came, the other is stuck", "the lamp came but the cable never did"
    (rf"\b{_N_EN} (?:of (?:them|those|these) )?(?:\w+ )?(?:(?:of|from|in) (?:my|the) (?:\w+ )?"
     r"order )?(?:is |are |was |were )?(?:still )?(?:missing" + _NO_OBJECT_EN + r"|not (?:arrived|"
     r"come|came|received)|"
     r"never (?:came|arrived|showed up|turned up|in the " + _SHELL_EN + r")|did not (?:come|arrive|"
     r"show up)|not (?:in|inside) (?:the )?" + _SHELL_EN + r")\b|"
     r"\bmissing (?:the )?(?:\w+ )?(?:of|from|out of) (?:my |the )?(?:\w+ )?order\b|"
     rf"\bmissing {_N_EN} (?!" + _NOT_AN_ITEM_EN + r"\b)(?:of|from|out of|\w+)\b|"
     r"\b(?:the|for|of) (?:\w+ )?missing "
     r"(?!(?:parts?|screws?|bolts?|accessor\w+|tracking|updates?|info)\b)\w+|"
     rf"\b(?:got|received|i count|counted|box had|bag had|parcel had|package had|came with) "
     rf"(?:only |just )?(?:[1-9]|1\d|one|two|three|four|five|six|seven|eight|nine){_A_COUNT_EN}|"
     r"\b(?:only|just) (?:got |received )?(?:the )?(?:\w+ ){0,3}?(?:came|arrived|(?:in|inside) "
     r"(?:the )?" + _SHELL_EN + r"|inside)\b(?! instead\b)|\b(?:only|just) (?:had|contained)\b|"
     r"\b(?:only|just) (?:got|received) (?:the )?\w+|"
     r"\b(?:got|received) only (?:the )?\w+|\b" + _SHELL_EN + r" (?:had|contained|held) (?:only|"
     r"just)\b|\b(?:was|were|is|are)? ?(?:not|never) (?:in|inside) (?:the )?" + _SHELL_EN + r"\b|"
     r"\b(?:one|1|the first|first)(?: \w+)? (?:came|come|arrived|was delivered|delivered|is here)"
     r"\b(?: \w+){0,3}? (?:the )?(?:other|second)(?: \w+){0,2}? (?:not|never|is missing|missing|"
     r"stuck|still|did not|has not|in transit|on the way|lost|nowhere)\b|"
     r"\b(?:the )?(?:first|one) (?:part|parcel|package|box|shipment) (?:of (?:my |the )?order )?"
     r"(?:came|arrived|was delivered|is here|got here)\b|\brest of (?:my |the )?order\b|"
     rf"\b{_N_EN} (?:\w+ )?(?:in|inside) (?:the )?" + _SHELL_EN + r"\b|\bi (?:only|just) have "
     rf"{_N_EN}{_A_COUNT_EN}|\bi have (?:only|just) {_N_EN}|\bgot (?:the )?\w+(?: \w+)? (?:but )?"
     r"not the\b|\bwhere (?:is|are) (?:the )?(?:other|"
     r"rest|second)\b|\b(?:forgot|did not put|did not pack|left out|missed out) (?:to (?:put|send|"
     r"pack) )?(?:one|the|a|\d|two)\b|\bis here\b(?: \w+){0,3}? (?:is )?not\b", IF_SEVERAL),
    (r"\b(?:came|arrived|got|received|delivered)\b(?: \w+){0,4}? (?:but|yet|however|while|and)"
     r" (?:the |my |a |an )?(?:\w+ ){1,2}?(?:never did|did not|has not|have not|still has not|"
     + _NOT_COME_EN + r")", IF_SEVERAL),
    # twentieth pass D, beside an order of several items: one thing come and another not, told
    # with no "but" ("the lamp came, the cable never did", "drill arrived, bits nowhere"), what
    # the box had but not ("had the kettle but not the mugs"), a bare count come ("only 1 made
    # it", "and 5 arrived", "out of 5 in that order i have 4"), the rest or the second parcel
    # still on its way ("the rest shows no movement", "second parcel has not moved")
    (r"\b(?:came|arrived|showed up|turned up|got here|made it|is here)(?: fine| ok| okay)? (?:and "
     r"|but |yet |while )?(?:the |my |a |an |its )?(?!(?:tracking|seller|shop|store|refund|money|"
     r"dispute|claim|status|app|page|protection|box|parcel|package|order|it|they|he|she|i|we|"
     r"courier|post|rest|other|second)\b)(?:(?!(?:i|it|they|we|he|she|seller|shop|store)\b)\w+ |"
     r"(?:i|we) (?:also )?(?:ordered|bought|added|got) (?:\w+ )?(?:with (?:it|them)|alongside "
     r"it|to the order|in (?:that|the same) order) )"
     r"{1,6}?(?:still has not (?:come|arrived)|is not here|are not here|never did|never came|"
     r"never arrived|never showed(?: up)?|never turned up|did not(?! "
     r"(?!and\b|but\b|so\b)[a-z]+)|has not (?:come|arrived)|have not (?:come|"
     r"arrived)|(?:is|are) missing(?! (?:the|its|their|his|her|a|an|some|any|one|two|\d)\b)|"
     r"is not there|are not there|(?:is |are )?no ?where)\b|"
     rf"\b(?:{_SHELL_EN}) had (?:the |a |an )?\w+(?: \w+)? but not (?:the|my|a|an|any|\d|two|"
     r"three)\b|"
     rf"\b(?:(?:and|but|only|just) )?{_N_EN} (?:of them |(?!(?:just|only|finally|eventually|"
     r"also|then|later)\b)[a-z]+ )?(?:turned up|made it|got here|showed up)\b"
     r"(?! (?:broken|damaged|cracked|smashed|shattered|defective|wrong|dead|in|with|"
     rf"fine|ok)\b)|\b(?:and|but|only|just) {_N_EN} (?:of them )?(?:arrived|came)\b(?! (?:broken|"
     r"damaged|cracked|smashed|shattered|defective|wrong|dead|in|with|fine|ok)\b)|"
     rf"\bout of {_N_EN} (?:\w+ ){{0,5}}?i (?:only )?(?:have|got|received) (?:only )?{_N_EN}\b|"
     r"\b(?:the )?rest (?:of (?:the |my )?order )?(?:is |are )?(?:still )?(?:coming|shows? no|"
     r"has not moved|have not moved|not moving|no (?:movement|updates?)|stuck|silent|on (?:the|"
     r"its) way)\b|\b(?:second|other|another|remaining) (?:parcel|package|box|shipment)s?(?: "
     r"\w+){0,4}? (?:is coming|coming|no updates?|has not moved|not moving|not moved|silent|stuck|"
     r"no movement|did not change|has not changed)\b|\bremaining (?:\w+ ){1,2}(?:are|is) "
     r"(?:coming|on (?:the|its) way|in transit|stuck)\b|"
     # a thing named and not come ("the mousepad did not come", "one book is not there", "mugs
     # never came", "1 not there at all"), a thing of the same order come without ("without the
     # palette from the same order"), "i have 1 of my 2"
     r"\b(?!(?:order|parcel|package|box|refund|money|tracking|seller|shop|store|courier|reply|"
     r"answer|updates?|email|message|notification|code|coupon|dispute|claim|it|they|delivery|"
     r"shipment|replacement|he|she|rest|other|second|help|response)\b)(?:[a-z]{3,}|one|\d) "
     r"(?:never came|never arrived|did not come|did not arrive|is not there|are not there|not "
     r"there at all|(?:is|are) missing(?! (?:the|its|their|his|her|a|an|some|any|one|two|\d)\b)|"
     r"never showed(?: up)?)\b|"
     r"\bwithout (?:the |a |an )?(?:\w+ )?\w+ (?:(?:from|of|in) (?:the |that |this |my )?same "
     rf"order|(?:i|we) ordered)\b|\bi (?:only )?have {_N_EN} of (?:my|the) {_N_EN}\b|"
     # ... "received the X but not the Y", "got the X, no sign of the Y", "one glass smashed,
     # the other not in the parcel", "the X never came, only the Y did"
     r"\b(?:got|received|have) the \w+(?: \w+)? (?:but )?(?:not the|no sign of the|no)\b(?! "
     r"(?:problem|issue|damage|box|tracking|refund|answer|reply)s?\b)|\bthe other (?:\w+ )?not "
     r"in the " + _SHELL_EN + r"\b|\bnever (?:came|arrived)(?: \w+)? only the \w+(?: \w+)? "
     r"(?:did|came|arrived)\b|\b(?:everything|all)(?: else)? (?:came|arrived|got here|is here) "
     # twenty-fifth pass A: "everything came but one of the shirts is XL": "but" joins a state
     r"(?:except|apart from|but(?!(?: \S+){1,9}? (?:is|are|was|were|has|had|looks?)\b"
     r"(?! (?:missing|not|never|lost|still)\b))) (?:the |my |one |a )(?!(?:parts?|screws?|bolts?|"
     r"nuts?|accessor\w+|"
     r"cables?|chargers?|batter\w+|manuals?|instructions|remotes?|lids?|straps?|mounts?|adapters?|"
     r"fittings?)\b)\w+", IF_SEVERAL),
    # "out of 6 items 5 arrived", "1 item from 4 never reached me", "4 items, 3 here", "one pack
    # short out of 4"
    (rf"\bout of {_N_EN} (?:{_ITEMS_EN} )?{_N_EN} (?:arrived|came|turned "
     rf"up|made it|got here|are here)\b|\b{_N_EN} {_ITEMS_EN} (?:from|out of|of) {_N_EN} (?:never|"
     rf"did not|has not|have not)\b|\b{_N_EN} {_ITEMS_EN} {_N_EN} (?:here|arrived|came)\b|"
     rf"\b{_N_EN} (?:\w+ ){{0,2}}short out of {_N_EN}\b", "yes"),
    # twenty-second pass B, beside an order of several items: a split order's first part come and
    # the second not ("box 1 arrived, box 2 stuck in leipzig", "first delivered, second nowhere",
    # "got the kettle, the mugs parcel at customs", "one came, 4 days protection for the other")
    (r"\b(?:(?:pkg|package|parcel|box|part|shipment) (?:1|one)|(?:the )?first(?: (?:pkg|package|"
     r"parcel|box|part|shipment|one))?) (?:arrived|came|was delivered|delivered|is here|got here)\b"
     r"(?: \S+){0,3}? (?:(?:pkg|package|parcel|box|part|shipment) (?:2|two)|(?:the )?second(?: "
     r"(?:pkg|package|parcel|box|part|shipment|one))?)\b(?! (?:arrived|came|was delivered|"
     r"delivered|is here|got here|too|also)\b)|"
     r"\b(?:got|received|have) the [a-z]+(?: [a-z]+)? (?:but )?(?:the |my )?[a-z]+ (?:parcel|"
     r"package|box) (?:is )?(?:stuck|still|not|never|lost|sitting|at|in transit)\b|"
     r"\bone (?:arrived|came|is here|was delivered)\b(?: \S+){0,6}? (?:for|of|on) the other\b",
     IF_SEVERAL),
    # twenty-second pass B, beside an order of several items: a thing of it named missing with no
    # verb ("belt missing", "2 missing"), a thing come and another not ("cap arrived, no scarf"),
    # one named by its colour ("the grey one never came"); a part
    # ("screws missing"), the tracking and money stay out
    (r"\b(?!" + _NOT_AN_ITEM_EN + r"\b)(?:[a-z]{3,}|[1-9]) (?:still |just |completely |totally )?"
     r"missing\b(?! (?:the|its|their|his|her|a|an|some|any|one|two|\d|from (?:the|its|one) "
     r"(?:box|set|kit))\b)|"
     r"(?<!none )(?<!nothing )(?<!never )(?<!not )(?<!neither )\b(?:came|arrived|got here|is "
     r"here|are here|was there|were there)(?: fine| ok| okay)? (?:but )?no (?!" + _NOT_AN_ITEM_EN
     + r"\b|(?:problem|issue|damage|sign|reply|answer|word|scan|movement|news|response|luck|way|"
     r"idea|dispute|claim|complaint|notice|notification|call|sms|text|email|message)s?\b)"
     r"[a-z]{3,}\b|"
     r"\bthe (?:[a-z]+ )?one (?:never came|never arrived|never showed up|did not come|did not "
     r"arrive|is missing|was missing|is not there|was not there|is just not there)\b", IF_SEVERAL),
)

_NOT_COME_RU = (
    r"(?:так и не (?:при|до|по)\w+|не (?:пришл?\w*|пришел|приех\w*|доех\w*|дош\w*|доставил\w*|"
    r"доставлен\w*|получил\w*|положил\w*|вложил\w*|доложил\w*|было|был|была|были)|\bнету?\b|"
    r"(?:до сих пор|еще) (?:нет|в пути|едет|едут|не пришл?\w*)|потерял\w*|пропал\w*|"
    r"отсутству\w*|не хватает|куда ?то дел\w*)")
"""A thing not (yet) come («так и не пришёл», «нет», «нету», «потерялся»)."""
_N_RU = (r"(?:одн\w*|один|два|две|двух|три|трех|четыре|четырех|пять|пяти|шесть|шести|семь|семи|"
         r"восемь|восьми|девять|девяти|десять|десяти|половин\w*|\d{1,3})")
_ITEMS_RU = r"(?:товар|позици|вещ|предмет|штук|пар[аыу]?\b|единиц)"
_NOT_THINGS_RU = (r"(?:дн|день|дня|недел|месяц|час|минут|числ|раз\b|руб|р\b|доллар|бакс|евро|"
                  r"грн|гривен|тенге|тыс|сум|%|см\b|мм\b|кг\b|гр\b|мл\b|л\b|гб\b|заказ|посыл|"
                  r"короб|пакет|отправлен|продав|магазин|год|лет\b|звезд|спор|разн|отдельн|част|мест)")
"""Words after a count that make it no count of the order's things («заказал 5 дней назад»)."""
COUNT_ENDS_RU = (r"(?=$| (?:а|но|и|из|спор\w*|продав\w*|магазин\w*|заказ\w*|защит\w*|где|куда|"
                  r"остальн\w*|одн\w*|втор\w*|трет\w*|четверт\w*|пят\w*|шест\w*|седьм\w*|восьм\w*|"
                  r"девят\w*|десят\w*|уже|пока|вчера|сегодня|открыл\w*|штук\w*|товар\w*|вещ\w*|"
                  r"позици\w*|пар\w*|как|что|трек\w*|купон\w*|претензи\w*|жалоб\w*|плюс|итого|"
                  r"всего|шт|нет|не хватает|недостает|потерял\w*|пропал\w*)\b)")
"""What may follow a count come: the story goes on. «одна пришла разбитая», «две пришли L вместо
M» tell the things came in another state, not fewer of them (twenty-second pass B)."""
_SHELL_RU = r"(?:посылк|коробк|пакет|упаковк|мешк|конверт)\w*"
_NOT_A_THING_RU = (r"(?!(?:спор|ответ|трек|обновлен|денег|деньг|возврат|информац|движен|статус|"
                   r"смысл|времен|сил|чек|номер|фото|связ|защит|купон|комисс|доставк|отслеж|"
                   r"продав|магазин|заказ|посылк|реакци|решени|вариант|выбор|проблем|ничего|"
                   r"ничег|детал|винт|"
                   r"креп|инструкц|втор|трет|четверт|друг|одн|один|эт|ни|пока|ещ|уже|тоже|вообщ|"
                   r"совсем|так|целиком|полностью|опять|снова|намертво|весь|вся\b)\w*)"
                   r"(?!(?:коробок|коробке|коробки|пакете|пакетов|посылке|"
                   r"упаковке)\b)")
"""A word before «нет» that is no item of the order («спора нет», «ответа нет»)."""

_NOT_AN_ITEM_RU = (r"(?:посылк|заказ|трек|деньг|денег|купон|возврат|ответ|баланс|карт|счет|"
                   r"уведомлен|смс|письм|сообщени|чек|коробк|пакет|упаковк|конверт|размер|цвет|"
                   r"качеств|запах|гаранти|документ|информац|движени|статус|обновлени|защит|"
                   r"спор|продав|магазин|детал|винт|шуруп|болт|креплен|крепеж|инструкц|"
                   r"комплектующ|мо[йяеи]\b|моей|моего|моих|соседк|он\b|она\b|они\b|оно\b|вчера|"
                   r"сегодня|давно|быстро|наконец|недавно|только|тоже|уже|еще|все\b|всё\b|оба\b|"
                   r"обе\b|одн|один\b|два\b|две\b|три\b|перв|втор|трет|прошл|эт[оаи]\b|этот\b|"
                   r"его\b|ее\b|их\b|ничего|никто|что|как|так|там|тут|вроде|ни\b|не\b|нет\b|или\b|"
                   r"либо\b|ли\b|даже\b|тогда\b|потом\b|вместо\b|платеж|оплат|списани|перевод|"
                   r"средств|кэшбэк|кешбэк|юмани|киви|кошел)")
"""Words that are no thing of the order: the parcel, the money, the tracking, a product's part,
a count or a pronoun (read by the rows that count), a time or a manner."""
_CAME_THING_RU = rf"(?!{_NOT_AN_ITEM_RU})[а-я]{{3,}}"
"""A thing of the order that came, named by a word of its own."""
_GONE_THING_RU = rf"(?!(?:у|в|к|с)\b)(?!{_NOT_AN_ITEM_RU}){_NOT_A_THING_RU}[а-я]{{3,}}"
"""Another thing of the order, not the came one's own part («у миксера нет венчика»)."""
_CAME_RU = (r"(?:пришл\w*|пришел|приехал\w*|доехал\w*|дошл\w*|дошел|есть|на месте|дома|"
            r"получил\w*|забрал\w*)")
"""Come, got or at hand."""
_NOT_THERE_RU = (r"(?:нету?|нема|немає|не было|не оказалось|не положили|не доложили|"
                 r"не пришл\w*|не пришел|не приехал\w*|не доехал\w*|так и не (?:при|до|по|появ)\w+|"
                 r"потерял\w*|"
                 r"пропал\w*|(?:ещ[её] |до сих пор )?(?:ед[уе]т|в пути|лежат|лежит|стоит|стоят|"
                 r"висит|висят|застрял\w*)|бракує)\b")
"""Not there, or still on its way («ещё едут», «лежат в сортировке»); Ukrainian «нема»."""

_SPLIT_RU = (r"(?:раздел\w*|разбил\w* (?:\w+ )?на (?:две|два|2|три|3|несколько|част\w*|посылк\w*)|"
             r"(?:двумя|тремя|несколькими|2|3) посылками|частями|по частям)")
"""The order sent in parts («разделили на две посылки», «пришёл двумя посылками»)."""
_AWAY_RU = (r"(?:стоит|стоят|лежит|лежат|ед[уе]т|в пути|нет\b|не пришл\w*|не пришел|не дошл\w*|"
            r"застрял\w*|висит|висят|без (?:обновлен|движени)\w*|молчит|ни с места|не двига\w*|"
            r"не обновля\w*)")
"""Still away."""

RU_FIRST: tuple[tuple[str, str], ...] = (
    (OTHERS_RU, MASK),
    # twenty-second pass B: separate orders («два отдельных заказа: один пришёл, второй нет»,
    # «у меня три разных заказа …»): no item of one order missing
    (r"\b(?:(?:два|две|три|четыре|пять|несколько|\d) )?(?:разных|отдельных|разные|отдельные|"
     r"разными|отдельными) заказ\w*(?: \S+){0,14}", MASK),
    # twenty-third pass A: orders counted («у меня 4 заказа от одного продавца, два не пришли»)
    (r"\b(?:два|две|три|четыре|пять|шесть|семь|восемь|несколько|[2-9]|[1-9]\d) заказ(?:а|ов)\b"
     r"(?: \S+){0,14}", MASK),
    # a condition or a fear: «если продавец пришлёт только часть заказа»
    (r"\b(?:что будет |что делать )?(?:если|а вдруг|вдруг|в случае|боюсь|опасаюсь|переживаю|"
     r"волнуюсь)\b(?: \w+){0,8}", MASK),
    # twentieth pass D: a part missing from one of the order's things («в одном нет инструкции»,
    # «у одного не хватает ножки», «к кровати лестницы нет»): no item of the order missing
    (r"\b(?:в|у|к) (?:одном|одной|одного|одному)\b(?! (?:заказ|посылк|пакет|коробк)\w*)"
     r"(?: \w+){0,3}? (?:нет|не хватает|не положил\w*|не доложил\w*|не вложил\w*|не было)\b"
     r"(?: \w+){0,3}|\bк (?!(?:сожален|счаст|тому|этому|слову|пример|вечер|утр|заказ|посылк|ним|"
     r"нему|ней)\w*)\w+ (?:\w+ нет|не (?:положил|доложил|вложил)\w*)\b|\bв (?:коробке|упаковке) "
     r"(?:от |с |со )?[а-я]+ (?:нет|не было) (?!(?:только|и|а|но)\b)[а-я]+", MASK),
)
"""The Russian look-alikes read first: someone else's, separate or counted orders, a condition,
a part of one of the order's things."""
RU_REST: tuple[tuple[str, str], ...] = (
    # another or an earlier order, what people say in general, a set's own pieces
    (r"\b(?:в прошлый раз|в прошлом заказе|в другом заказе|прошлый заказ|на форуме|говорят|пишут|"
     r"обычно|как правило)\b(?: \w+){0,8}|\bиз (?:набора|комплекта)\b(?: \w+){0,4}", MASK),
    # twenty-first pass: a part missing from one thing after all of them came («оба пришли, но в
    # домике нет лесенки»), the whole order not come («весь заказ ... ничего не получила»), a
    # dispute over one item of several («спор по одному товару из трёх»): no item missing said
    (r"\b(?:все|всё|оба|обе)(?: \w+)? (?:пришл\w*|приехал\w*|доехал\w*|получил\w*)(?: (?:но|а))? "
     r"(?:в|у) [а-я]+ (?:[а-я]+ )?(?:нет|не хватает|не было)\b(?: [а-я]+){0,3}|(?<!не )\bвесь\b"
     r"(?: \w+){0,12}? (?:не (?:пришел|приехал|доехал|дошел|получил\w*)|ничего не (?:получил|пришл)"
     r"\w*|не получил\w* ничего)|\b(?:спор|жалоб|претензи|диспут)\w* (?:по|на|за) (?:одн\w*|"
     r"\d{1,2}|две|два) (?:\w+ )?из(?: \w+){0,2}", MASK),
    # twenty-second pass B, beside an order of several items: all come but one thing («всё пришло
    # кроме шарфа»), before «всё пришло» is read as nothing missing; a part stays out
    (r"\b(?:все|всё)(?: \w+)? (?:пришл\w*|приехал\w*|доехал\w*|на месте|получил\w*) (?:кроме|"
     r"за исключением) (?!(?:детал|винт|шуруп|болт|креплен|инструкц|комплектующ|мелоч)\w*)"
     r"[а-я]{3,}", IF_SEVERAL),
    # «всё пришло», «ничего не потерялось», separate orders, a part missing from one product's box
    (r"\b(?:все|всё|оба|обе)(?: \w+)? (?:пришл\w*|приехал\w*|доехал\w*|на месте|получил\w*)\b|"
     r"\b(?:пришл\w*|приехал\w*|доехал\w*|получил\w*) (?:все|всё|оба|обе)\b|"
     r"\bничего не (?:пропал\w*|потерял\w*)", MASK),
    (r"\bне хватает (?:\w+ )?(?:детал|винт|шуруп|болт|креплен|зарядк|кабел|провод|батаре|"
     r"аккумулятор|инструкц|пульт|крыш|ремеш|переходник|комплектующ|бит|креп)\w*|\bв (?:наборе|"
     r"комплекте|коробке от \w+) (?:\w+ ){0,3}?(?:не хватает|нет)(?: \w+){0,2}|(?:\w+ ){0,4}\bни "
     r"(?:одна|один|одно|одного|одной)\b(?: \w+){0,3}", MASK),
    # twenty-fourth pass A: nothing of the order come or shipped («не пришло вообще ничего»,
    # «ничего не отправил», «не отправил ни одну», «ни одна не пришла»): the whole order is the
    # tracking's, whatever the rest says of one of its things; «ничего, кроме …», a thing come
    # after («потом пришла лампа») keeps the rest read
    (r"\b(?:не (?:пришл\w*|пришел|дошл\w*|дошел|доехал\w*|приехал\w*|отправил\w*|прислал\w*|"
     r"отправлен\w*|получил\w*) (?:вообще |совсем |пока |еще |до сих пор )?(?:ничего|ни одн\w*)|"
     r"ничего (?:вообще |совсем |пока |еще |до сих пор )?не (?:пришл\w*|пришел|дошл\w*|дошел|"
     r"доехал\w*|приехал\w*|отправил\w*|прислал\w*|отправлен\w*|получил\w*)|ни (?:одна|один|"
     r"одно|одну|одной|одного) (?:из [а-я]+ )?(?:вещ\w* |позици\w* |товар\w* |штук\w* )?"
     r"(?:пока |еще |так и )?не (?:пришл\w*|пришел|дошл\w*|дошел|доехал\w*|приехал\w*|"
     r"отправил\w*|отправлен\w*))\b(?! (?:кроме|помимо)\b)(?!.*\b(?:потом|затем|кроме|"
     r"помимо)\b).*", MASK),
    (r"\b(?:отменить|отмени\w*|вернуть|возвращ\w*) (?:только )?(?:одн\w*|один|две|два|\d|часть)"
     r"(?: \w+){0,2}? из\b(?: \w+){0,4}", MASK),
    # twenty-second pass B: as many come as were ordered («заказала 3 кружки, пришли 3»): no bare
    # count received below reads as fewer
    (r"\b(?:заказал\w*|купил\w*|оплатил\w*|брал\w*|взял\w*|было|из|набор\w*|сет\w*|"
     r"комплект\w*) (?:[а-я]+ )?"
     + same(r"{N}(?: \S+){0,6}? (?:(?:а|но|и|уже) )*(?:пришл\w*|пришел|приехал\w*|доехал\w*|"
            r"дошл\w*|получил\w*|прислал\w*|доставил\w*) (?:все |всё )?{N}", COUNTS_RU), MASK),
    # twenty-third pass A: the order sent in parts, one come and another still away («заказ
    # разделили на две посылки, с кроссовками пришла, а с рюкзаком стоит», «пришёл двумя
    # посылками, вторая 8 дней стоит»); both only sent («разбили на 2 посылки, обе отправлены»)
    # or none come («вторая 9 дней стоит» alone) stay silent
    (rf"\b{_SPLIT_RU}(?: \S+){{0,8}}? (?:пришл\w*|пришел|получил\w*|забрал\w*|доехал\w*|дошл\w*|"
     r"у меня|дома|вручен\w*)\b(?: \S+){0,6}? (?:а |но )?(?:втор\w*|друг\w*|остальн\w*|с [а-я]+|"
     rf"во второй)\b(?: \S+){{0,6}}? {_AWAY_RU}|\b(?:пришл\w*|пришел|приехал\w*) {_SPLIT_RU}"
     rf"(?: \S+){{0,3}}? (?:втор\w*|друг\w*|во второй)\b(?: \S+){{0,6}}? {_AWAY_RU}", "yes"),
    # twenty-third pass A: one parcel or part of the order come and the second still away, with no
    # word of a split («первую посылку получил, вторая с клавиатурой ещё едет», «одну часть
    # получила, вторую жду», «лампа пришла, а посылка с удлинителем стоит», «посылка с чехлом
    # пришла, посылка со стеклом 26 дней на одном месте»)
    (r"\b(?:одн\w*|перв\w*) (?:посылк|част|коробк|мест)\w*(?: (?:из )?(?:этого )?заказа)?"
     r"(?: [а-я]+){0,2}? (?:пришл\w*|пришел|получил\w*|забрал\w*|дома|у меня|доехал\w*|вручен\w*)"
     rf"\b(?: \S+){{0,4}}? (?:а |но )?(?:втор\w*|друг\w*)(?: \S+){{0,6}}? (?:{_AWAY_RU}|жду|ждем|"
     r"на одном месте)|"
     r"\b(?:посылк\w* (?:с|со) [а-я]{3,} (?:пришл\w*|пришел|получил\w*|забрал\w*)(?: \S+){0,3}? "
     r"(?:а |но )?|(?!(?:посылк|заказ|коробк|пакет|трек)\w*)[а-я]{3,} (?:пришл\w*|пришел|"
     r"получил\w*|забрал\w*)(?: \S+){0,3}? (?:а|но) )посылк\w* (?:с|со) (?!(?:друг|чуж|прошл|стар|"
     rf"опоздани)\w*)[а-я]+(?: \S+){{0,6}}? (?:{_AWAY_RU}|на одном месте)",
     "yes"),
    # twenty-third pass A: the second of a pair or a set not put in («в посылке нет второй пары
    # перчаток», «признал, что не доложил второй фильтр», «забыл положить второй кошелёк»); the
    # second day or time is no thing
    # (a bare «нет второго наушника» may be a part of one pair: only a pair, an item or a unit)
    (r"\b(?:не (?:доложил|положил|вложил|прислал)\w*|забыл\w* (?:положить|вложить|доложить|"
     r"отправить)) (?:втор|трет|четверт)\w* (?!(?:раз|день|дня|недел|месяц|час|попытк|спор|"
     r"сообщени|письм|ответ|посылк|трек)\w*)(?:[а-я]+ )?[а-я]{3,}|\b(?:нет|не было|не оказалось) "
     r"(?:втор|трет|четверт)\w* (?:пар|товар|вещ|позици|штук|единиц)\w*", "yes"),
    # twenty-third pass A: one of two that were ordered («одна кисточка из двух, что заказывала»,
    # «1 колечко из 3 заказанных»)
    (r"\b(?:одн\w*|один|два|две|\d) (?:[а-я]+ )?из (?:двух|трех|четырех|пяти|шести|\d{1,2}х?) "
     r"(?:что |которые )?(?:я )?(?:заказыва|заказал|заказанн|брал|оплачива|оплаченн)\w*", "yes"),
    # twenty-third pass A: the seller says all N were sent, fewer came («говорит, положил все 12
    # штук, а там 9», «клянётся, что все 4 отправил, а у меня 3»); all N come stays silent
    (r"\bвсе " + fewer(r"{N} (?:[а-я]+ ){0,2}?(?:а|но) (?:там|пришл\w*|пришел|у меня|в (?:коробке|"
                       r"пакете|посылке)|получил\w*|дошл\w*|приехал\w*)(?: только| лишь|"
                       r" всего)? {M}",
                       COUNTS_RU) + r"\b(?! (?:дн|недел|месяц|час|сут|руб|р\b|грн|тенге|"
                                    r"доллар)\w*)",
     "yes"),
    # twenty-third pass A: as many in the bag as the count ordered told first («6 мотков одним
    # заказом, в пакете 6»): no bare count below reads as fewer
    (r"\b" + same(r"{N} (?:\S+ ){0,3}?(?:одним заказом|в одном заказе|заказал\w*|заказывал\w*|"
                  r"брал\w*|купил\w*)(?: (?:а|но|и|там))* (?:в (?:пакете|коробке|посылке|"
                  r"упаковке) |"
                  r"пришл\w* |пришел |дошл\w* |получил\w* |доехал\w* )(?:все |"
                  r"всё )?{N}", COUNTS_RU),
     MASK),
    # twenty-third pass A: the count ordered told first, fewer in the bag («6 мотков пряжи одним
    # заказом, а в пакете 4», «5 футболок заказала, пришло 4»)
    (r"\b" + fewer(r"{N} (?!" + _NOT_THINGS_RU + r")(?:\S+ ){0,3}?(?:одним заказом|в одном заказе|"
                   r"в заказе|заказал\w*|заказывал\w*|брал\w*|купил\w*)(?: (?:а|но|и|там))* "
                   r"(?:в (?:пакете|коробке|посылке|упаковке|пакетике|коробочке) |пришл\w* |"
                   r"пришел |"
                   r"дошл\w* |получил\w* |доехал\w* )(?:только |лишь |всего )?{M}\b(?! (?:дн|"
                   r"недел|месяц|час|сут|руб|р\b|грн|"
                   r"тенге|доллар|евро|процент)\w*)"
                   # twenty-fourth pass A: the count then told in its own state is no count come
                   # («два фена в заказе пришли, один не включается»)
                   r"(?! не (?!(?:пришл|пришел|дошл|дошел|доех|приех|был|положил|вложил|доложил)"
                   r")[а-я]+)", COUNTS_RU), "yes"),
    # twenty-third pass A: one thing of the order come and another named thing not there («лампа
    # пришла, набора нет», «сумка есть, кошелька нет», «сандалии пришли а кроссовок нема»,
    # «пришли перчатки, шарф потерялся», «сапоги получила, а перчатки лежат в сортировке»): both
    # are things, never the parcel, the money, the tracking or a part of one product («насадки
    # пришли, а у миксера нет венчика»)
    (rf"\b{_CAME_THING_RU} {_CAME_RU}(?: (?:а|но))? {_GONE_THING_RU}"
     rf"(?: (?!(?:в|у|к|внутри)\b)\S+){{0,2}}? {_NOT_THERE_RU}|\b{_CAME_RU} (?:только |лишь )?"
     rf"{_CAME_THING_RU}(?: (?:а|но))? {_GONE_THING_RU} {_NOT_THERE_RU}", "yes"),
    # twenty-second pass B: fewer things come than were ordered, the two counts compared
    # («заказал 5 штук, пришло 3», «набор отвёрток 10 штук, прислали 7», «из четырёх позиций в
    # коробке три», «в заказе было шесть тарелок, достала четыре»); as many as ordered («заказал 3,
    # пришли все
    # 3»), one come broken or wrong («заказал 2, одна пришла разбитая»), days and money stay silent
    (r"\b(?:заказал\w*|купил\w*|оплатил\w*|брал\w*|взял\w*|было|из|набор\w*|сет\w*|комплект\w*|"
     r"заказ\w*|упаковк\w*|пачк\w*|за) (?:[а-я]+ )?"
     + fewer(r"{N} (?!" + _NOT_THINGS_RU + r")(?:\S+ ){0,7}?(?:(?:(?:а|но|и|там|уже) )*"
             r"(?:пришл\w*|пришел|приехал\w*|доехал\w*|дошл\w*|получил\w*|прислал\w*|доставил\w*|"
             r"отправил\w*|положил\w*|вложил\w*|достал\w*(?: из [а-я]+)?|в (?:коробке|пакете|"
             r"посылке|упаковке)|на руках|у меня|внутри)(?: (?:только|лишь|всего))? {M}|"
             r"(?:только |лишь |всего )?{M} (?:[а-я]+ )?(?:пришл\w*|пришел|приехал\w*|доехал\w*|"
             r"дошл\w*|на месте|в (?:коробке|пакете|посылке)))", COUNTS_RU) + COUNT_ENDS_RU
     + r"|\bиз " + fewer(r"{N} (?!" + _NOT_THINGS_RU + r")(?:\S+ ){0,4}?(?:только|лишь|всего) "
                         r"{M}", COUNTS_RU) + COUNT_ENDS_RU, "yes"),
    # «пришло 2 из 3», «получила только одну из трёх», «из пяти пришло три», «3 товара из 5»
    (rf"\b(?:пришл\w*|пришел|получил\w*|доставил\w*|приехал\w*|доехал\w*|было|оказал\w*|дошл\w*|"
     rf"лежат|лежал\w*) (?:только |лишь |всего )?{_N_RU} (?:\w+ )?из {_N_RU}\b(?! (?:дн|недел|"
     r"месяц|час|звезд|заказ|продав|магазин)\w*)", "yes"),
    (rf"(?<!\bпо )(?<![\d.,] )(?<![\d.,])\b{_N_RU} (?:\w+ )?из {_N_RU}(?! (?:коробок|упаковок|"
     rf"пакетов|заказ|"
     rf"посыл)\w*)(?: \w+){{0,3}}? (?:пришл\w*|пришел|доехал\w*|"
     rf"приехал\w*|доставил\w*|на месте|дошл\w*|" + _NOT_COME_RU + r")|\bиз (?:\w+ )?"
     rf"{_N_RU} (?!(?:заказ|посыл|магазин|продав)\w*)(?:\w+ ){{0,4}}?(?:пришл\w*|пришел|"
     rf"доехал\w*|приехал\w*|получил\w*|дошл\w*|у меня)"
     rf" (?:только |лишь |всего )?{_N_RU}\b|\b(?:только|лишь) {_N_RU} (?:\w+ )?из {_N_RU}\b|"
     rf"(?<!\bза )\b{_N_RU} {_ITEMS_RU}\w* из {_N_RU}\b(?! (?:дн|недел|месяц|час|звезд|заказ|"
     r"посыл)\w*)|"
     r"\bиз (?:\w+ )?" + _N_RU + r" (?!(?:заказ|посыл|магазин|продав)\w*)(?:\w+ )?" + _N_RU
     + r" (?:\w+ )?" + _NOT_COME_RU,
     "yes"),
    (rf"\b(?:заказ\w*|купил\w*|оплатил\w*|брал\w*|у меня в заказе) {_N_RU} (?!(?:дн|недел|месяц|"
     r"час|раз|заказ|руб|доллар)\w*)(?:\w+ ){0,4}?(?:а |но )?(?:пришл\w*|пришел|получил\w*|"
     r"приехал\w*|доехал\w*|дошл\w*|прислали|отправили) (?:(?:только|лишь|всего)\b|"
     r"(?:одн\w*|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|[1-9])(?=$| (?:а|но|и|из|"
     r"спор|продавец|заказ|защит|претензи\w*|жалоб\w*|сч[её]тчик|таймер|уже|пока|купон\w*|"
     r"штук\w*|товар\w*|вещ\w*|позици\w*)\b))", "yes"),
    # twenty-second pass B: a thing of the order not come told from the order («из заказа не
    # пришёл чехол»), the first come and the second not («одна коробка вручена, вторая нет»,
    # «первый и второй пришли, третий потерялся», «один пришёл, по второму защиты 2 дня»), come
    # without the second («посылка пришла без второго товара», «коробка из трёх товаров без
    # одного»), the
    # second not in the bag («в пакете нет второго товара»), money back for the one not come («за
    # не пришедшую вторую кружку»), a separate item of the order not come («чехол (отдельная
    # позиция в заказе) так и не пришёл», «блюдце, которое тоже было в заказе, нету»); «из заказа не
    # пришло
    # ничего», «вторая тоже пришла» stay silent
    (r"\bиз (?:этого |того )?заказа не (?:пришл\w*|пришел|дошл\w*|дошел|приехал\w*|доехал\w*) "
     r"(?!(?:ничего|вообще|совсем|пока|еще|ещ)\b)[а-я]{3,}|"
     r"\b(?:перв|одн)\w* (?:[а-я]+ ){0,3}?(?:на месте|пришл\w*|пришел|дошл\w*|дошел|доехал\w*|"
     r"вручен\w*|у меня|получил\w*|забрал\w*)\b(?: [а-я]+){0,3}? (?:а |но )?(?:по )?(?:втор|трет|"
     r"друг)\w*(?: [а-я]+)? (?:нету?\b|пропал\w*|потерял\w*|не пришл\w*|не пришел|не дошл\w*|не "
     r"дошел|не доехал\w*|не приехал\w*|застрял\w*|стоит|ещ[её] ед\w*|в пути|защит\w*|так и не)|"
     r"\b(?:пришл\w*|пришел|посылк\w*|пакет\w*|коробк\w*|товар\w*)(?: \S+){0,5}? без (?:второго|"
     r"третьего|другого|одного|одной|второй|третьей|двух)\b(?! (?:дн|час|руб|доллар|процент|"
     r"минут|недел)\w*)|"
     r"\bнет (?:второго|третьего|четвертого|второй|третьей) (?:товара|предмета|позиции|вещи)\b|"
     r"\bне (?:пришедш|доехавш|дошедш)\w* (?:[а-я]+ )?(?:втор|трет|друг|товар|позици|вещ|"
     r"предмет)\w*|"
     r"\bотдельн\w* (?:позици|товар|вещ)\w*(?: (?:в|из) (?:том же |этом же )?заказ\w*)? (?:нету?\b|"
     r"не пришл\w*|не пришел|не дошл\w*|так и не)|"
     r"\b(?:котор\w*|что) (?:тоже |также |еще |ещ[её] )?(?:был\w* |шл\w* |ехал\w* |лежал\w* |"
     r"заказывал\w* )?(?:в|из) (?:том же |этом же |моем |одном )?заказ\w* (?:нету?\b|не пришл\w*|"
     r"не пришел|не дошл\w*|так и не|не было|не положил\w*)", "yes"),
    # «один из товаров не пришёл», «одного товара нет», «второй так и не пришёл»
    (rf"\b{_N_RU} из (?!{_N_RU} (?:коробок|упаковок|пакетов)\b)(?:{_N_RU} )?(?!(?:заказ|посыл|"
     rf"продав|магазин|дн|спор|коробок|упаковок|"
     r"пакет)\w*)\w+ (?:\w+ )?" + _NOT_COME_RU, "yes"),
    (r"(?<!\bиз )\b(?:одного|двух|трех|одной|одну|части|половины) (?:из )?(?:товар|позици|вещ|"
     r"предмет|"
     r"штук|заказанн)\w* (?:\w+ ){0,2}?(?:\bнет\b|не было|не хватает|не (?:пришл\w*|пришел)|"
     r"не доложил\w*|не "
     r"положил\w*|так и не\b)|\bне хватает (?:одного|одной|двух|трех|части|половины|\d{1,3}) "
     r"(?!(?:детал|винт|шуруп|болт)\w*)\w+", "yes"),
    (r"\b(?:втор|трет|друг|остальн|оставш|последн)\w* (?:\w+ )?" + _ITEMS_RU + r"\w* (?:из "
     r"(?:заказа|посылки) )?" + _NOT_COME_RU + r"|\b(?:жду|ждем|ждать) (?:ещ[её] )?(?:остальн|"
     r"оставш|втор)\w*|\bостальн\w* (?:\w+ ){0,3}?(?:так и не|не (?:пришл\w*|пришел)|не доех\w*|"
     r"нет\b|ещ[её] в "
     r"пути|ещ[её] едут)", "yes"),
    # «недостающий товар», «недостающие позиции заказа», «недовложение»
    (r"\bнедостающ\w* (?!(?:детал|винт|шуруп|болт|комплектующ|бит)\w*)(?:\w+ )?(?:" + _ITEMS_RU
     + r"|из заказа|заказа)|\bнедостающ\w* из\b|\bнедовло\w*|\bнедослал\w*|\bнедостач\w*", "yes"),
    # «пришла только часть заказа», «половины заказа нет», «заказ пришёл неполный»
    (r"\b(?:пришл\w*|пришел|доставил\w*|приехал\w*|доехал\w*) не (?:полностью|целиком)\b|"
     r"\b(?:пришл\w*|пришел|доставил\w*|прислал\w*|отправил\w*) (?:только |лишь )?(?:часть|"
     r"половин\w*)\b|\b(?:только |лишь )?(?:половин\w*|пол|часть) ?заказа (?:\w+ ){0,3}?(?:\bнет\b|"
     r"не было|не (?:пришл\w*|пришел)|не доех\w*|не дош\w*|пришл\w*|потерял\w*)|\bв \w+ только "
     r"(?:половин\w*|часть) заказа|\b(?:заказ|посылк)\w* (?:пришл\w*|пришел) (?:неполн\w*|"
     r"частично|не полн\w*)|\bнеполн\w* (?:заказ|посылк)|"
     # (twenty-third pass A: «в пакете половина заказа», «не доложили половину», «не хватило
     # части заказа»)
     r"\bв (?:пакете|коробке|посылке|упаковке) (?:только |лишь )?(?:половин\w*|часть) заказа|"
     r"\bне (?:доложил\w*|положил\w*|вложил\w*|хватил\w*|хватает|хватало|прислал\w*) "
     r"(?:половин\w*|част\w*) заказа\b|"
     r"\bполовин\w* (?:заказа )?не (?:доложил|положил|вложил|прислал)\w*",
     "yes"),
    # twentieth pass D: fewer than the count («вместо 6 игрушек в пакете 4»; never a size)
    (rf"\bвместо {_N_RU} (?!(?:размер|см|мм|грамм|литр|мл|дн|недел|час|руб|доллар)\w*)[а-я]+ "
     r"(?:в (?:пакете|коробке|посылке) |пришл\w* |пришел |прислали |положили )(?:только |лишь |"
     rf"всего )?{_N_RU}\b", "yes"),
    # beside an order of several items: «пришёл только чехол»
    (r"\b(?:пришл\w*|пришел|приехал\w*|доехал\w*) (?:одна |один |одно )?(?:только|лишь) (?!(?:"
     r"коробк|пакет|посылк|уведомлен|сообщен|письм|деньг|возврат|купон|трек|часть|половин)\w*)"
     r"\w+\b", IF_SEVERAL),
    # beside an order of several items: «пришло 3», «шарфа нет», «в коробке только фен»,
    # «одна посылка пришла, вторая стоит», «не доложили кабель», «лампа пришла, а кабель нет»
    (rf"\b(?:пришл\w*|пришел|дошл\w*|получил\w*|доехал\w*|приехал\w*|лежат|лежит) (?:только "
     rf"|лишь |всего )?{_N_RU}(?=$| (?:а|но|и|из|спор|продавец|магазин|заказ|защит|остальн\w*|"
     r"втор\w*|трет\w*|четверт\w*|одн\w*|нет|уже|пока|купон\w*|"
     r"штук\w*|товар\w*|вещ\w*|позици\w*|пар\w*|по|платил\w*|оплатил\w*|трек|как|что)\b)|"
     rf"(?<!\bу )(?<!\bв )\b(?:одн\w*|один|двух|две|два|трех|"
     rf"{_N_RU}) (?:{_ITEMS_RU}\w* )?(?:нет\b(?! в "
     r"наличии)|не хватает|не "
     r"пришл\w*|не дошл\w*|не доех\w*|потерял\w*)|"
     rf"\b(?:а |но )?(?<!\bу ){_NOT_A_THING_RU}\w+ (?:в (?:пакете|коробке|посылке) )?(?:из "
     r"(?:того же|этого же|этого|того) заказа |из заказа )?(?:\bнет\b|не положили|не доложили|"
     r"не вложили)|"
     rf"\bв (?:{_SHELL_RU}) (?:был\w* |лежал\w* |лежат |лежит )?(?:\w+ )?(?:только|лишь)\b|"
     r"\bне (?:доложил\w*|положил\w*|вложил\w*) (?!(?:детал|винт|шуруп|болт|инструкц)\w*)\w+|"
     r"\b(?:одн\w*|перв\w*) (?:посылк\w* |част\w* )?(?:пришл\w*|у меня|получил\w*|доехал\w*|"
     r"дошл\w*)\b(?: \w+){0,2}? (?:а )?(?:втор|друг)\w*|"
     r"\bне (?:все|всё) (?:\w+ )?(?:пришл\w*|пришел|доехал\w*|приехал\w*|доставил\w*)|"
     r"\b(?:пришл\w*|пришел|дошл\w*|доехал\w*|приехал\w*) не (?:все|всё)\b|"
     r"\b(?:у меня|получил\w*) только (?:\w+ )?" + _N_RU + r"|"
     rf"\b{_NOT_A_THING_RU}\w+ (?:так и не|до сих пор не|ещ[её] не) (?:пришл|дошл|приехал|"
     r"доехал)\w*|"
     r"\b(?:втор|друг)\w* (?:посылк|коробк|част|трек|партия)\w*|\bостат\w* заказа|\bостальн\w* "
     r"(?:\w+ )?(?:ед\w*|в пути)|\b(?:первая|одна) (?:часть|посылка|"
     r"коробка) (?:заказа )?(?:пришла|у "
     r"меня)|\b(?:второго|третьего|четвертого|второй|третьей|четвертой) (?:\w+ )?(?:нет|не "
     r"было|не (?:пришл\w*|пришел)|так и нет)|"
     rf"\b(?:на руках|в (?:ней|нем|коробке|посылке|пакете)) (?:только |лишь )?{_N_RU}"
     r"(?=$| (?:а|но|и|из|спор|продавец|заказ|штук\w*|товар\w*|вещ\w*|позици\w*)\b)",
     IF_SEVERAL),
    (r"\b(?:пришл\w*|пришел|приехал\w*|получил\w*|доехал\w*)\b(?: \w+){0,4}? (?:а|но) (?!у )"
     r"(?:\w+ ){1,2}?" + _NOT_COME_RU, IF_SEVERAL),
    # twentieth pass D: a thing «из заказа» not come («шорты из заказа не пришли», «кепки из
    # заказа с шарфом нет»), one come «из заказа», «одна сумка из двух у меня», «у меня 3 из 4»,
    # a lost item («пропавшую третью вещь»)
    (r"\b(?!(?:деньг|возврат|купон|ничег|трек|ответ|посылк|заказ)\w*)[а-я]{3,} из (?:этого |того |"
     r"этого же |того же )?заказа (?:[а-я]+ ){0,2}?(?:не пришл\w*|не пришел|нет\b|так и нет|не "
     r"доех\w*|не дошл\w*|застрял\w*|лежат|лежит|в пути|ед[уе]т|стоит|стоят)|\bиз заказа "
     r"(?:пришл\w*|пришел|получил\w*) (?:только |лишь )?(?:одн\w*|один)\b|"
     rf"\b{_N_RU} (?:[а-я]+ )?из {_N_RU} у меня\b|\bу меня (?:только |лишь )?\d из \d\b|"
     r"\b(?:пропавш|недошедш|недоехавш|потерявш|"
     rf"потерянн)\w* (?:[а-я]+ )?{_ITEMS_RU}", "yes"),
    # beside an order of several items: a thing not come («зарядка не приехала», «тушь куда-то
    # делась»), «одной в посылке нет», the missing thing named («недостающий объектив»)
    (rf"\b{_NOT_A_THING_RU}[а-я]{{3,}} (?:не приехал\w*|не пришл\w*|не пришел|не доехал\w*|не "
     r"дошл\w*|куда ?то дел\w*|ещ[её] ед[уе]т|застрял\w*)|\b(?:одн\w*|второ\w*|трет\w*) в "
     r"(?:посылке|коробке|пакете) (?:нет|не было|не оказалось)\b|\b(?:недостающ|пропавш|"
     r"недошедш)\w* (?!(?:детал|винт|шуруп|болт|комплектующ|бит|креп|инструкц)\w*)[а-я]{3,}",
     IF_SEVERAL),
    # twenty-first pass, beside an order of several items: one of them not come, told by its
    # count alone («один не пришёл», «одну не прислали», «пришёл один»)
    (r"\b(?:один|одна|одно|одну|второй|вторая|второе|вторую)(?: (?:из них|так и|пока|вообще))? "
     r"не (?:пришел|пришла|пришло|прислали|приехал\w*|доехал\w*|дошел|дошла|дошло)\b|"
     r"\b(?:пришел|пришла|пришло|приехал|приехала|приехало) (?:только )?(?:один|одна|одно)\b"
     r"(?! (?:посылк|коробк|пакет|трек|раз|день|дня|месяц|недел|час|спор|уведомл|сообщен|смс|"
     r"письм|ответ)\w*)", IF_SEVERAL),
    # twenty-fourth pass A, beside an order of several items: a thing the seller forgot to put in
    # («коврик он забыл положить», «забыли вложить чехол»); a product's own parts stay
    # `missing_parts` («забыл положить винты»)
    (r"\b(?!(?:он|она|они|продавец|магазин|мне|я|и|а|но|что|его|ее|их|это|вещ\w*|товар\w*|"
     r"позици\w*|заказ\w*|детал\w*|винт\w*|шуруп\w*|болт\w*|инструкц\w*|зарядк\w*|"
     r"кабел\w*|пульт\w*)\b)[а-я]{3,} "
     r"(?:он |она |они |продавец |магазин |мне |просто )*забыл\w* (?:мне )?(?:положить|вложить|"
     r"доложить|отправить|прислать)(?=$| (?:а|но|и|в|во|хотя|теперь|так|вот|когда)\b)|"
     r"\bзабыл\w* (?:мне )?(?:положить|вложить|доложить|"
     r"отправить|прислать) (?!(?:детал|винт|шуруп|болт|гайк|инструкц|креплен|комплектующ|"
     r"зарядк|кабел|провод|батар|аккумулятор|пульт|трек|номер|чек|деньг)\w*)[а-я]{3,}",
     IF_SEVERAL),
)
