"""Words for `items_missing`: an order of several items where some whole items have not come.

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
_NOT_COME_EN = (
    r"(?:never (?:came|come|arrived|showed(?: up)?|turned up|got here|got to me|was delivered|"
    r"were delivered|was sent|were sent|was shipped|were shipped|made it|in the (?:box|bag|"
    r"parcel|package))|"
    r"(?:did|has|have|had|was|were|is|are) not (?:come|came|arrive|arrived|arrive yet|show up|"
    r"shown up|turn up|turned up|been delivered|delivered|made it|got here|there|inside|in (?:the "
    r"|my )?(?:box|package|parcel|bag|envelope|pouch))|"
    r"(?:is|are|was|were) (?:still )?(?:missing|lost|nowhere to be (?:found|seen)|on (?:the|"
    r"its|their) way|in transit|moving|coming|travell?ing|stuck)|"
    r"(?:still )?(?:missing|not (?:here|there|arrived|received|delivered|come))|no sign of (?:it|"
    r"them)|no ?where)")
"""A thing not (yet) come, after normalising ("didn't" is "did not")."""
_ITEMS_EN = r"(?:items?|things?|products?|pieces?|pairs?|units?|goods|stuff|pcs|ones?)"
_A_COUNT_EN = (r"(?=$| (?:items?|pieces?|pcs|things?|units?|pairs?|of|only|so|and|but|no|not|the|"
               r"its|it|in|i|from|out|yet|still|which|protection|order|dispute|have|has|had|seller|"
               r"paid|tracking|status|opened|aliexpress|what|where|how|can|should|is|was|one|"
               r"missing|came|arrived)\b)")
"""After a bare count received ("got 3"): the count ends there, it is no "2 ashtrays"."""
_SHELL_EN = r"(?:box|bag|parcel|package|pouch|envelope)"

EN: tuple[tuple[str, str], ...] = (
    (OTHERS_EN, MASK),
    # another or an earlier order, what people say in general
    (r"\b(?:last time|(?:my |an? |the )?(?:previous|earlier|other|another|last) orders?|people "
     r"say|usually|they say)\b(?: \w+){0,8}", MASK),
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
    (r"\b(?:missing|without|no|lacks?|lacking) (?:the |a |an |any |its |their )?(?:\w+ )?"
     r"(?:parts?|screws?|bolts?|accessor(?:y|ies)|cables?|chargers?|batter(?:y|ies)|"
     r"manuals?|instructions|remotes?|lids?|straps?|mounts?|adapters?)\b(?! (?:from|of) (?:the|my) "
     r"order\b)", MASK),
    # cancelling or returning some of the items: "can i cancel just one of the 3 items"
    (r"\b(?:cancel|remove|return|refund|take back|send back)\w* (?:just |only )?(?:\w+ )?(?:one|"
     r"two|some|\d|an? (?:item|piece|thing))(?: \w+){0,2}? (?:of|out of|from)\b(?: \w+){0,5}",
     MASK),
    # "2 of 3 came", "only 2 out of 5 arrived", "2 of the 3 bulbs in this order missing"
    (rf"\b(?:only |just )?{_N_EN} (?!instead)(?:\w+ )?(?:out )?of (?:the |my |these )?{_N_EN} "
     r"(?!(?:orders?|parcels?|packages?|shops?|stores?|sellers?|stars?|updates?)\b)"
     r"(?:\w+ ){0,5}?(?:came|arrived|got here|were delivered|was delivered|are here|is here|were "
     r"in|was in|showed up|turned up|made it|" + _NOT_COME_EN + r")\b", "yes"),
    (rf"\b(?:only|just) (?:\w+ )?{_N_EN} (?:{_ITEMS_EN} )?(?:out )?of (?:the |my )?{_N_EN}\b(?! "
     r"(?:days?|weeks?|months?|hours?|stars?|dollars?|usd|euros?|pounds?|orders?)\b)", "yes"),
    (rf"\b(?:got|received|came with|had|delivered|contained) (?:only |just )?{_N_EN} "
     rf"(?:{_ITEMS_EN} )?(?:out of|from|of) (?:the |my )?{_N_EN}\b(?! (?:days?|weeks?|months?|"
     r"hours?|stars?|dollars?|usd|euros?|pounds?|orders?)\b)|\b(?:got|received|came with) "
     rf"(?:only |just )?(?:[1-9]|1\d|two|three|four|five|six) {_ITEMS_EN} instead of\b", "yes"),
    (rf"\b(?:ordered|bought|purchased|paid for) (?:a (?:set|pack|lot|kit) of )?{_N_EN} "
     r"(?!(?:days?|weeks?|months?|hours?|times?|dollars?|usd|euros?|pounds?|orders?)\b)"
     rf"(?:\w+ ){{0,4}}?(?:but |and |yet )?(?:i )?(?:only |just )(?:got|received|have|{_N_EN})\b|"
     rf"\b(?:ordered|bought|purchased) {_N_EN} (?!(?:days?|weeks?|months?|hours?|times?|dollars?|"
     rf"usd|euros?|pounds?|orders?)\b)(?:\w+ ){{0,3}}?(?:but |and )?(?:i )?(?:got|received) "
     rf"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine){_A_COUNT_EN}", "yes"),
    # "one of the items never came", "1 item from my combined order is missing", "the other one
    # never did", "the second item from the same order is not inside"
    (r"\b(?:one|two|three|some|several|half|\d) of (?:the |my |these |those )?(?!(?:orders?|"
     r"parcels?|packages?|sellers?|stores?|shops?|days?|disputes?)\b)(?:\w+ ){0,5}?"
     + _NOT_COME_EN, "yes"),
    (rf"\b{_N_EN} (?:item|product|thing|piece)s? (?:from|of|in) (?:my |the |this )?(?:\w+ ){{0,2}}?"
     r"order (?:\w+ )?" + _NOT_COME_EN + r"|\b(?:from|in) (?:the same|this same|this|"
     r"that) (?:\w+ )?"
     r"order(?: \w+){0,2}? " + _NOT_COME_EN, "yes"),
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
    # beside an order of several items: "1 missing", "got 3", "only the cable in the bag", "the
    # missing lens cap", "one came, the other is stuck", "the lamp came but the cable never did"
    (rf"\b{_N_EN} (?:of (?:them|those|these) )?(?:\w+ )?(?:(?:of|from|in) (?:my|the) (?:\w+ )?"
     r"order )?(?:is |are |was |were )?(?:still )?(?:missing|not (?:arrived|come|came|received)|"
     r"never (?:came|arrived|showed up|turned up|in the " + _SHELL_EN + r")|did not (?:come|arrive|"
     r"show up)|not (?:in|inside) (?:the )?" + _SHELL_EN + r")\b|"
     r"\bmissing (?:the )?(?:\w+ )?(?:of|from|out of) (?:my |the )?(?:\w+ )?order\b|"
     rf"\bmissing {_N_EN} (?:of|from|out of|\w+)\b|\b(?:the|for|of) (?:\w+ )?missing "
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
     r"(?:except|but|apart from) (?:the |my |one |a )(?!(?:parts?|screws?|bolts?|nuts?|accessor\w+|"
     r"cables?|chargers?|batter\w+|manuals?|instructions|remotes?|lids?|straps?|mounts?|adapters?|"
     r"fittings?)\b)\w+", IF_SEVERAL),
    # "out of 6 items 5 arrived", "1 item from 4 never reached me", "4 items, 3 here", "one pack
    # short out of 4"
    (rf"\bout of {_N_EN} (?:{_ITEMS_EN} )?{_N_EN} (?:arrived|came|turned "
     rf"up|made it|got here|are here)\b|\b{_N_EN} {_ITEMS_EN} (?:from|out of|of) {_N_EN} (?:never|"
     rf"did not|has not|have not)\b|\b{_N_EN} {_ITEMS_EN} {_N_EN} (?:here|arrived|came)\b|"
     rf"\b{_N_EN} (?:\w+ ){{0,2}}short out of {_N_EN}\b", "yes"),
)

_NOT_COME_RU = (
    r"(?:так и не (?:при|до|по)\w+|не (?:пришл?\w*|пришел|приех\w*|доех\w*|дош\w*|доставил\w*|"
    r"доставлен\w*|получил\w*|положил\w*|вложил\w*|доложил\w*|было|был|была|были)|\bнет\b|"
    r"(?:до сих пор|еще) (?:нет|в пути|едет|едут|не пришл?\w*)|потерял\w*|пропал\w*|"
    r"отсутству\w*|не хватает|куда ?то дел\w*)")
"""A thing not (yet) come («так и не пришёл», «нет», «потерялся»)."""
_N_RU = (r"(?:одн\w*|один|два|две|двух|три|трех|четыре|четырех|пять|пяти|шесть|шести|семь|семи|"
         r"восемь|восьми|девять|девяти|десять|десяти|половин\w*|\d{1,3})")
_ITEMS_RU = r"(?:товар|позици|вещ|предмет|штук|пар[аыу]?\b|единиц)"
_SHELL_RU = r"(?:посылк|коробк|пакет|упаковк|мешк|конверт)\w*"
_NOT_A_THING_RU = (r"(?!(?:спор|ответ|трек|обновлен|денег|деньг|возврат|информац|движен|статус|"
                   r"смысл|времен|сил|чек|номер|фото|связ|защит|купон|комисс|доставк|отслеж|"
                   r"продав|магазин|заказ|посылк|реакци|решени|вариант|выбор|проблем|ничего|"
                   r"ничег|детал|винт|"
                   r"креп|инструкц|втор|трет|четверт|друг|одн|один|эт|ни|пока|ещ|уже|тоже|вообщ|"
                   r"совсем|так)\w*)(?!(?:коробок|коробке|коробки|пакете|пакетов|посылке|"
                   r"упаковке)\b)")
"""A word before «нет» that is no item of the order («спора нет», «ответа нет»)."""

RU: tuple[tuple[str, str], ...] = (
    (OTHERS_RU, MASK),
    # a condition or a fear: «если продавец пришлёт только часть заказа»
    (r"\b(?:что будет |что делать )?(?:если|а вдруг|вдруг|в случае|боюсь|опасаюсь|переживаю|"
     r"волнуюсь)\b(?: \w+){0,8}", MASK),
    # twentieth pass D: a part missing from one of the order's things («в одном нет инструкции»,
    # «у одного не хватает ножки», «к кровати лестницы нет»): no item of the order missing
    (r"\b(?:в|у|к) (?:одном|одной|одного|одному)\b(?! (?:заказ|посылк|пакет|коробк)\w*)"
     r"(?: \w+){0,3}? (?:нет|не хватает|не положил\w*|не доложил\w*|не вложил\w*|не было)\b"
     r"(?: \w+){0,3}|\bк (?!(?:сожален|счаст|тому|этому|слову|пример|вечер|утр|заказ|посылк|ним|"
     r"нему|ней)\w*)\w+ (?:\w+ нет|не (?:положил|доложил|вложил)\w*)\b|\bв (?:коробке|упаковке) "
     r"(?:от )?[а-я]+ (?:нет|не было) (?!(?:только|и|а|но)\b)[а-я]+", MASK),
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
    # «всё пришло», «ничего не потерялось», separate orders, a part missing from one product's box
    (r"\b(?:все|всё|оба|обе)(?: \w+)? (?:пришл\w*|приехал\w*|доехал\w*|на месте|получил\w*)\b|"
     r"\b(?:пришл\w*|приехал\w*|доехал\w*|получил\w*) (?:все|всё|оба|обе)\b|"
     r"\bничего не (?:пропал\w*|потерял\w*)", MASK),
    (r"\bне хватает (?:\w+ )?(?:детал|винт|шуруп|болт|креплен|зарядк|кабел|провод|батаре|"
     r"аккумулятор|инструкц|пульт|крыш|ремеш|переходник|комплектующ|бит|креп)\w*|\bв (?:наборе|"
     r"комплекте|коробке от \w+) (?:\w+ ){0,3}?(?:не хватает|нет)(?: \w+){0,2}|(?:\w+ ){0,4}\bни "
     r"(?:одна|один|одно|одного|одной)\b(?: \w+){0,3}", MASK),
    (r"\b(?:отменить|отмени\w*|вернуть|возвращ\w*) (?:только )?(?:одн\w*|один|две|два|\d|часть)"
     r"(?: \w+){0,2}? из\b(?: \w+){0,4}", MASK),
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
     r"оставш|втор)\w*|\bостальн\w* (?:\w+ )?(?:так и не|не (?:пришл\w*|пришел)|не доех\w*|"
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
     r"частично|не полн\w*)|\bнеполн\w* (?:заказ|посылк)", "yes"),
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
)
