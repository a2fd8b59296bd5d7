"""Thirty-first pass: the buyer's wish for all the money back, told in more everyday words.

`EN` rows are read after the `refund_wanted` rows of `facts_en` (after its look-alikes are
blanked: a question, a wish denied, the seller's offer, a refund already granted): "just give me
back everything i paid", "refund the lot", "money back, all of it", "I'd rather have my money",
"I want all 89 back", "full refund please", "asked full refund", "refunded in full". `RU` does
the same for «верните всё до копейки», «хочу все деньги назад», «полный возврат, пожалуйста».
`LOOKALIKES_EN` is read first in the whole table: a question about what sellers must give and
all of it refused say no wish. A wish still counts only for an item that came with a problem
(`fact_reader.wish_allowed`).
"""

from __future__ import annotations

from flows.understanding.fact_reader import MASK

_NOT_A_SHARE = r"(?!(?:some|part|half|a|bit|portion|little|most|share|piece)\b)"
"""A word between the wish and the money that is no share of it ("some of my money" is part)."""
_EN_NOT = r"(?<!don t )(?<!do not )(?<!didn t )(?<!dont )(?<!not )"
_ASK_EN = (_EN_NOT + r"\b(?:want|wanted|need|ask|asked|asking|(?:id|i d|would) (?:like|take)|"
           r"accept|settle for|happy with|fine with|ok with|okay with|request\w*|demand\w*|give "
           r"me|refund me|get|keep (?:it|them) (?:for|if))")
"""The buyer's own asking, before what they ask back."""

SHARE_EN: tuple[tuple[str, str], ...] = (
    # a share of the price the buyer asks back is part of it, whatever whole it is a share of
    # ("id like 30% of the full amount back", "want a third of the price back"); read before the
    # rows of all of it (the seller's offer of a share is blanked before)
    (_ASK_EN + r"(?: \S+){0,3}? (?:\d{1,2} ?(?:%|percent|per cent)|half|a third|a quarter|a "
     r"fraction)(?: of (?:the |my |what i paid|it)?(?:full |whole |total )?(?:amount|price|money|"
     r"sum|cost|refund)?)? back\b", "partial"),
    # some of the money: "i just want some of my money back" (read before "my money back")
    (_ASK_EN + r"(?: \S+){0,2}? (?:some|part|a bit|a little|a portion|a share) of (?:my|the|our) "
     r"(?:money|cash|payment)\b", "partial"),
)

LOOKALIKES_EN: tuple[tuple[str, str], ...] = (
    # what sellers must give is a question about the rules, no wish ("do sellers have to give all
    # the money back for that?"): blanked before the table's rows
    (r"\b(?:do|does|did|will|would|can|could|must|should|is|are) (?:the )?(?:sellers?|they|he|"
     r"she|aliexpress|shops?|stores?)(?: \S+){0,2}? (?:give|refund|return|pay)\b(?: \S+){0,5}",
     MASK),
    # all of it named only to be refused: "half back rather than the whole thing", "instead of
    # a full refund", "no need for all of it"
    (r"\b(?:instead of|rather than|not|no need (?:for|to)|without|than|besides)\b(?: \S+){0,2}? "
     r"(?:full|whole|complete|entire|(?<!at )all|everything|the lot)\b(?: \S+){0,2}", MASK),
)
"""Words of all the money that are no wish of the buyer's, read first in `refund_wanted`."""

EN: tuple[tuple[str, str], ...] = (
    # everything back, named as everything: "give me back everything", "refund the lot"
    (_EN_NOT + r"\b(?:give|giv|pay|refund|return|want|get|have)(?: me| it| my money)?"
     r"(?: back)? (?:everything|the lot|all of it|the whole (?:lot|thing|amount|sum)|it all)"
     r"(?: back| i paid| refunded)?\b", "full"),
    # the money and then how much of it: "money back, all of it", "money back 100%"
    (r"\b(?:money|refund)(?: back)?,? (?:all of it|in full|100 ?%|every (?:cent|penny)|"
     r"completely|fully|the whole (?:amount|sum|lot))\b", "full"),
    # all of it back: "i want all of it back", "all 89 back", "all my money", "all money"
    (_EN_NOT + r"\b(?:want|need|get|have|give|giv|return|refund|asking for|ask for|ask|asked)"
     r"(?: me)?(?: " + _NOT_A_SHARE + r"\S+){0,2}? all (?:(?:of it|of my money|my money|"
     r"the money|money)(?: back| returned| refunded)?|\d+(?:[.,]\d+)? (?:back|returned|"
     r"refunded))\b", "full"),
    (r"\b(?:whole|entire|full|complete) (?:refund|lot|thing|amount|sum|price|money) "
     r"(?:refunded|returned|back)\b|\bfull \d+(?:[.,]\d+)? back\b|\b(?:refunded|returned) "
     r"(?:in full|completely|fully)\b|\brefund (?:me )?(?:completely|fully|in full)\b", "full"),
    # a full refund asked without "want": "full refund please", "asked full refund"
    (r"\bfull refund,? (?:please|pls|plz|or nothing|thanks|thank you)\b|" + _EN_NOT
     + r"\b(?:ask|asked|asking|picked|pick|selected|select|went for|go for|going for|prefer|"
     r"rather (?:have|get|take)|(?:id|i d|would) (?:like|rather have|prefer)) (?:\S+ ){0,2}?"
     r"(?<!\bof )(?<!\bof the )(?:a |the )?(?:full|whole|complete|entire) (?:refund|money|amount)"
     r"\b", "full"),
    # the money and nothing else: "I'd rather have my money", "i just want my money"
    (r"\b(?:rather|prefer|just want|only want|want only) (?:" + _NOT_A_SHARE + r"\w+ ){0,2}?"
     r"(?:my|our) money(?: back| returned)?\b(?! (?:for|on) (?:the other|another|the rest))",
     "full"),
)

RU: tuple[tuple[str, str], ...] = (
    # all the money: «верните всё», «хочу все деньги назад», «верните деньги полностью»
    (r"(?<!не )\b(?:верните|вернуть|хочу|хотим|прошу|требую|возвращайте)(?: мне| нам)? вс[её]"
     r"(?: до копейки)?\b(?! равно)|(?<!не )\b(?:верните|вернуть|хочу|хотим|прошу|требую|"
     r"возвращайте)(?: \S+){0,2}? (?:все деньги|всю сумму|полную сумму|полностью|целиком|все "
     r"\d+)\b", "full"),
    (r"\bполн\w* возврат\w*,? (?:пожалуйста|плиз|плз|или ничего)\b|\b(?:выбрал\w*|попросил\w*|"
     r"запросил\w*|просил\w*|прошу|требую|указал\w*) (?:\S+ ){0,2}?полн\w* (?:возврат|сумм)\w*",
     "full"),
)
