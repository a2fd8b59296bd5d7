"""The scam rules, as data: requests that take away the buyer's protection, per language.

Syntax and matching are described in `flows.routing`. In short: words are stems
("посылк", "arriv"), short words and words ending in "$" must match whole tokens,
"a|b" is a choice, and " & " joins phrases that may appear anywhere. Which scenario a
message describes is no longer a rule: see `flows.understanding`.
"""

from __future__ import annotations

Pattern = str
Rules = tuple[Pattern, ...]

SCAM_EN: Rules = (
    "me to close|cancel|withdraw & dispute", "if i close|cancel|withdraw & dispute",
    "close|cancel the dispute and", "close|cancel dispute and",
    "close|cancel|withdraw the|my dispute for|to get",
    "refund|pay|send|return via|through|by|over|to|with paypal",
    "paypal & close|cancel & dispute", "money via|through|by|to paypal",
    "card transfer", "transfer to his|her|their|my card", "send & card number",
    "me to confirm", "confirm receipt|delivery|order & before|early|first|yet",
    "confirm & not arriv|receiv|come", "confirm & have not|did not|has not",
    "pay|paid|payment|send|sent|transfer outside", "pay|paid|send|transfer directly",
    "outside aliexpress|ali|site|platform", "wants & extra payment",
    "western union & seller",
)

SCAM_RU: Rules = (
    "прос|предлаг|предлож|хочет$|уговар|требу|сказал & закр|отмен & спор",
    "если закро|закрою|отменю & спор",
    "продав|прос|предлаг|предлож|обеща|хочет$|он|она"
    " & через|на|по paypal|пейпал|пэйпал|пайпал|пейпел & верн|возврат|перевед|перевест|скин",
    "продав & пейпал|пэйпал|пайпал|пейпел|paypal",
    "продав & перевед|перевест|перевод|скин|перекин|кинет & карт",
    "прос|предлаг|предлож|хочет$|уговар|требу|сказал & подтверд",
    "подтверд & получ & до|раньше|заранее|пока|ещ", "подтверд & не приш|получ|дошл",
    "напрямую & оплат|заплат|перевест|перевод|плат|скин",
    "вне|мимо|минуя|обход али|алиэкспресс|aliexpress|площадк|сайт",
    "доплат & продав",
)
