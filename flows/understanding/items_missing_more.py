"""More words for `items_missing` (twenty-fifth pass A), and each language's rows put together.

A parcel of the order still away while a thing came, fewer in the bag than the seller says he
sent, one of the order's named things absent, the whole order stuck. Read like `items_missing`'s
rows, after its first look-alikes (`EN_FIRST`, `RU_FIRST`) and before its older readings
(`EN_REST`, `RU_REST`).
"""

from __future__ import annotations

from flows.understanding import goods_list, goods_more
from flows.understanding.items_missing import (
    _ARRIVED_EN,
    _NOT_THINGS_EN,
    _SHELL_EN,
    _THING_EN,
    COUNTS_EN,
    EN_FIRST,
    EN_REST,
    MASK,
    RU_FIRST,
    RU_REST,
    fewer,
    same,
)

_AWAY_EN = (r"(?:has not|have not|had not|is still|are still|still|is at|are at|is stuck|stuck|"
            r"is in|are in|has sat|not moved|no updates?|is not|is lost|is somewhere|is sitting)")
"""A thing or a parcel not here yet: still on its way, stuck, or sitting somewhere."""
_NOT_A_THING_HERE_EN = (r"(?:box|boxes|parcel|package|bag|envelope|refund|money|tracking|seller|"
                        r"size|colou?r|item|items|thing|things|order|one|rest|other|reply|answer|"
                        r"invoice|receipt|label|manual|instructions?|screws?|parts?|pieces?)")
"""Words after "only the" that name no thing of the order come."""
P25_EN: tuple[tuple[str, str], ...] = (
    # as many come as there are in the order ("2 items in my order, got 2 items, but one is a
    # different product"): no item missing, whatever follows
    (r"\b" + same(r"{N} (?:items|things|products|pieces|pcs) (?:in|from) (?:my|the|this) order"
                  r"(?: \S+){0,3}? (?:(?:i )?(?:got|received)|(?:all )?(?:came|arrived)) (?:all )?"
                  r"{N}\b", COUNTS_EN), MASK),
    # twenty-eighth cycle: the same count ordered and come ("6 mugs ordered, counted 6")
    (r"\b" + same(r"{N} (?!" + _NOT_THINGS_EN + r")(?:\S+ ){0,3}?(?:ordered|bought|paid for)"
                  r"(?: \S+){0,2}? (?:counted|count|got|received|have|came|arrived) (?:all )?{N}\b",
                  COUNTS_EN), MASK),
    # a parcel of the order still away while a thing came ("the second parcel of my order (the
    # lens) is stuck, the camera came", "box 1 with the keyboard came, box 2 with the keycaps is
    # still moving", "the earrings came, the necklace from the same order is in a separate
    # parcel"); both come stays silent
    (r"\b(?:the )?(?:2nd|second|other) (?:parcel|package|box|shipment|part) (?:of|from) (?:my|"
     r"the|this) order\b(?: \S+){0,4}? " + _AWAY_EN + r"\b(?=.*\b(?:came|arrived|got here|was "
     r"delivered|picked up)\b)|\b(?:came|arrived|got here|was delivered|picked up)\b.*\b(?:the )?"
     r"(?:2nd|second|other) (?:parcel|package|box|shipment|part) (?:of|from) (?:my|the|this) "
     r"order\b(?: \S+){0,4}? " + _AWAY_EN + r"\b|"
     r"\b(?:box|parcel|package|shipment|part) (?:1|one) with (?:the |a |my )?(?:[a-z]+ ){0,2}?"
     r"[a-z]{3,} (?:came|arrived|was delivered|is here|got here)\b(?: \S+){0,2}? (?:box|parcel|"
     r"package|shipment|part) (?:2|two) with (?:the |a |my )?(?:[a-z]+ ){0,2}?[a-z]{3,} "
     r"(?:is |are )?(?:still|not|stuck|at|in transit|moving|on (?:its|the) way|lost)\b|"
     rf"\b{_THING_EN} {_ARRIVED_EN}(?: (?:but|and|while))? {_THING_EN} (?:from|of) (?:the same|"
     r"that|this|my) order (?:is|are|was|were|has|have)(?: still)? (?:not|at|stuck|in|on|"
     r"sitting|sat|never|lost)\b", "yes"),
    # the seller says all N were sent, the bag had fewer ("he sent all 3 bracelets, the bag had 2")
    (r"\ball " + fewer(r"{N} (?!" + _NOT_THINGS_EN + r")(?:\S+ ){0,4}?(?:but |and |yet )?"
                       r"(?:the |my )?" + _SHELL_EN + r" (?:had|contained|held)(?: only| just)? "
                       r"{M}", COUNTS_EN) + r"\b(?! " + _NOT_THINGS_EN + ")", "yes"),
    # the order's two things named, one of them then said absent ("one order: the mixer and the
    # spatula set. no spatulas"), a thing of several ordered together missing ("out of the 3
    # things i ordered together the clock is missing"), the parcel come with only one of them
    # ("the parcel came, but only the gloves, not the hat"); the box alone, money, a size stay out
    (r"\b(?:one|my|the|same|single) order\b(?: \S+){0,3}? (?:the |a |an )?(?P<ta>[a-z]{3,}) and "
     r"(?:the |a |an )?(?:[a-z]+ )?(?P<tb>[a-z]{3,})\b(?: set| kit| pack)?(?: \S+){0,8}? no "
     r"(?:the )?(?:(?P=ta)|(?P=tb))|"
     r"\bout of (?:the |my )?(?:two|three|four|five|six|[2-9]) (?:things|items|products|pieces)"
     r"(?: \S+){0,4}? (?:the |my )?(?!" + _NOT_A_THING_HERE_EN + r"\b)[a-z]{3,}(?: [a-z]+)? "
     r"(?:is|are|was|were) (?:still )?(?:missing|not there|not here|lost)\b|"
     r"\b(?:came|arrived|got here|was delivered|received|got)\b(?: \S+){0,3}? (?:but )?(?:only|"
     r"just) (?:the |a |my )?(?!" + _NOT_A_THING_HERE_EN + r"\b)[a-z]{3,}(?: [a-z]+)? (?:but )?"
     r"(?:not|no|without) (?:the|my|a|an) (?!" + _NOT_A_THING_HERE_EN + r"\b)[a-z]{3,}", "yes"),
)
"""The English rows of this pass."""

_AWAY_RU = (r"(?:ещ[её] |пока |до сих пор |вс[её] ещ[её] |уже )?(?:на сортировк\w*|в пути|"
            r"ед[её]т|едут|не пришл\w*|не пришел|не доехал\w*|не дошл\w*|нет\b|висит|висят|"
            r"застрял\w*|стоит|стоят|лежит|лежат|на таможн\w*|на (?:нашей |моей )?почте|в пвз|"
            r"потерял\w*|отдельн\w* посылк\w*)")
"""A thing of the order still away: on its way, stuck, or waiting somewhere else."""
P25_RU: tuple[tuple[str, str], ...] = (
    # the whole order stuck («весь заказ из 6 позиций застрял»): the tracking's, no item of it
    # missing
    (r"\bвесь заказ\b(?: \S+){0,4}? (?:застрял\w*|висит|стоит|ед[её]т|в пути|не пришел|не "
     r"доехал|не дошел|потерял\w*|задерж\w*|на таможн\w*|на сортировк\w*)(?: \S+){0,6}", MASK),
    # a count come and the next one still away («две лампы пришли, а третья, говорят, отдельной
    # посылкой на почте»), read before «говорят» is blanked as what people say; the next one
    # told in a state («а третья разбита») is no item missing
    (r"\b(?:\d|два|две|три|четыре|пять|оба|обе)(?: [а-я]+)? (?:пришл\w*|пришел|приехал\w*|"
     r"доехал\w*|забрал\w*|получил\w*)\b(?: \S+){0,2}? (?:а|но) (?:вот )?(?:втор|трет|четверт|"
     r"пят|последн|остальн)\w*(?: \S+){0,4}? " + _AWAY_RU + r"|"
     # a thing «из того же заказа» still away while another came («комбинезон забрала, шапка из
     # того же заказа ещё на сортировке»)
     r"\bиз (?:того же|этого же|одного|моего же) заказа\b(?: \S+){0,3}? " + _AWAY_RU
     + r"(?=.*\b(?:пришл\w*|пришел|забрал\w*|получил\w*|приехал\w*)\b)|"
     r"\b(?:пришл\w*|пришел|забрал\w*|получил\w*|приехал\w*)\b.*\bиз (?:того же|этого же|"
     r"одного|моего же) заказа\b(?: \S+){0,3}? " + _AWAY_RU + r"|"
     # a thing «из него нет» beside the order («заказ «Завершён», а сотейника из него нет»)
     r"\bзаказ\w*\b(?: \S+){0,4}? (?!(?:денег|деньг|ответ|трек|возврат|посылк|заказ|толку|"
     r"смысла)\w*)[а-я]{3,} из (?:него|заказа) (?:нет|не было|не пришл\w*|не положили)\b",
     "yes"),
)
"""The Russian rows of this pass."""

EN: tuple[tuple[str, str], ...] = (*goods_more.ITEMS_TWO_EN, *EN_FIRST, *goods_more.ITEMS_EN,
                                   *goods_list.ITEMS_SPLIT_EN, *P25_EN, *EN_REST)
"""Every English row of `items_missing`, in the order they are read."""
RU: tuple[tuple[str, str], ...] = (*RU_FIRST, *goods_more.ITEMS_RU, *goods_list.ITEMS_SPLIT_RU,
                                   *P25_RU, *RU_REST)
"""Every Russian row of `items_missing`, in the order they are read."""
