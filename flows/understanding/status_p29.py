"""Twenty-ninth pass: an order status that is no status of the order, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru` (`MASK` blanks what it
matches and lets the next rows read the rest), read first in the `order_status` table:
- part of the order shipped or cancelled ("the seller shipped only 2 of my 5 items", «отменил
  одну позицию из трёх», «чехол отправили отдельно»; in English an item "sent separately" is
  left to the older rows: writers label it both ways): the order as a whole has no one status
  (a Russian part cancelled is blanked, so "or is the whole order cancelled?" still reads);
- a status asked about ("what does 'awaiting delivery' mean", «чем отличается «ожидает отправки»
  от «в пути»»): no status of the buyer's order;
- a status to come ("the seller says the status will be 'shipped' in 2 days"): not yet the
  order's.
"""

from __future__ import annotations

MASK = ""
"""A row value that blanks out what it matches and lets the next rows read the rest."""

Rows = tuple[tuple[str, str | None], ...]

_COUNT_EN = r"(?:\d+|one|two|three|four|five|six|part|half|some|most)"
"""How much of the order a step covered."""

STATUS_EN: Rows = (
    # part of the order shipped: the order as a whole has no one status
    (r"\b(?:shipped|sent|dispatched)(?: only| just)? " + _COUNT_EN + r"(?: \w+){0,2}? "
     r"(?:of|from|out of)\b(?: (?:the|my|his|her))?(?: \d+| one| two| three| four| five| six)?"
     r"(?: (?:items?|things?|pieces?|products?|parts?|pairs?))?", None),
    # a part cancelled: the rest's status is not told by it, and the older rows read "cancelled"
    (r"\bcancell?ed(?: only| just)? (?:one|two|three|\d+|some|part)(?: \w+){0,2}? (?:of|from|out "
     r"of) (?:the |my |his )?(?:\d+ |two |three |four |five |six )?(?:items?|things?|pieces?|"
     r"products?|parts?|pairs?)\b", None),
    # two statuses compared: neither is the order's
    (r"\b(?:the )?difference between(?: \w+){1,8}", None),
    (r"\bwhat (?:does|do|did) (?:\w+ ){1,8}?mean\b|\bwhat is (?:the )?meaning of(?: \w+){1,8}|"
     r"\bhow (?:will|do|can|would) i (?:know|see|"
     r"find out)(?: when| if| that)?(?: my| the)? (?:order|it|parcel|package)(?: \w+){0,2}? "
     r"(?:shipped|sent|delivered|is shipped|has shipped)\b|\bis it (?:already )?(?:shipped|"
     r"sent) or not\b", MASK),
    (r"\bstatus (?:will|should|is going to|would) (?:be|change to|say|show|become|turn)"
     r"(?: \w+){1,2}", MASK),
)
"""English rows, read before the older `order_status` rows."""

_COUNT_RU = (r"(?:\d+|одну|один|одно|две|два|три|четыре|пять|часть|половину|некоторые|"
             r"несколько)")
"""How much of the order a step covered."""

STATUS_RU: Rows = (
    # a part cancelled is blanked («…одну позицию из трёх? или весь заказ отменён?» still reads)
    (r"\b(?:отменил\w*|отменен\w*)(?: только| лишь)? (?:одну|один|одно|две|два|\d+|часть)(?: \w+"
     r"){0,2}? "
     r"из(?: \w+)?\b", MASK),
    (r"\bчем отлича\w*|\bв чем разница\b", None),  # two statuses compared
    # part of the order shipped: no one status
    (r"\b(?:отправил\w*|отправлен\w*|выслал\w*|отгрузил\w*)(?: только| "
     r"лишь)? " + _COUNT_RU + r"(?: \w+){0,3}? (?:из|заказа)\b(?: \d+| двух| трех| четырех| "
     r"пяти| шести| заказа)?|\b(?:отправил\w*|отправлен\w*|выслал\w*) (?:\w+ )?отдельно\b|"
     r"\bотдельно (?:отправил\w*|выслал\w*|отправлен\w*)", None),
    (r"\bчто (?:значит|означает|обозначает) (?:статус )?(?:ожида\w*|отправлен\w*|в пути|"
     r"доставлен\w*|завершен\w*|выполнен\w*)(?: \w+){0,2}|\bкак (?:я )?(?:узна\w*|пойм\w*)(?: "
     r"\w+){0,3}? "
     r"(?:отправ\w*|отгруз\w*)", MASK),
    (r"\b(?:будет|станет|появится|поменяется на) (?:статус )?(?:«)?(?:отправлен\w*|в пути|"
     r"ожида\w*)|\bстатус (?:будет|станет|поменяется|сменится)(?: \w+){1,2}", MASK),
)
"""Russian rows, read before the older `order_status` rows."""

ASKED_BEFORE_QUOTE_EN = (r"\b(?:between|mean|means|meaning of|what does|what is|what s)\W+"
                         r"(?:\w+\W+){0,5}?$")
"""Words right before a quoted status that ask what it is ("the difference between 'awaiting
shipment' and 'awaiting delivery'"): no status of the order (appended to `NOT_ORDER_STATUS`)."""
ASKED_BEFORE_QUOTE_RU = (r"(?:отлича\w*|разниц\w*|значит|означает|обозначает)\W+"
                         r"(?:\w+\W+){0,5}?$")
"""«чем отличается «ожидает отправки» от «в пути»»: no status of the order."""
