"""Thirtieth pass: the seller's time to ship run out, told in more everyday words.

`EN` and `RU` are `(pattern, value)` rows read after `processing_over.EN` / `RU` in the
`processing_over` table: the seller who "didn't ship in time" («не отправил вовремя»), an order
still unshipped "after the shipping deadline", a seller who "blew past his 10 days to send
it", "the 10 day processing is long over", «обработка заказа давно закончилась».
`PROMISED_*` and `WAITED_*` add to `processing_over.EN_WAIT` / `RU_WAIT` the listing's
"supposed to ship in 5 days", "dispatch within 48 hours", «отправка за 2 дня», and a wait told
without its unit ("it's been 6", «прошло 8») or as the day the buyer is on ("it's the 12th
day").
"""

from __future__ import annotations

import re

_EN_SHIP = r"(?:ship|send|dispatch|post)"
_EN_NOT_AFTER = (r"(?!.*\b(?:finally|eventually|then|later|now|since|but) (?:it |they |he |she )?"
                 r"(?:has |have |was |got )?(?:shipped|sent|dispatched|arrived|came)\b)")
"""No shipping told after it: a seller late to ship who has shipped since has no timer run out."""
_EN_OVER = (r"(?:over|gone|past|passed|expired|done|up|finished|ended|run out|ran out|hit zero|"
            r"at zero)")

EN: tuple[tuple[str, str], ...] = (
    # a cancellation reason named as the app lists it is no timer told run out
    (r"\breasons?\b(?: \w+){0,5}? (?:seller )?(?:did not|didn t|didnt) " + _EN_SHIP
     + r" (?:in|on) time\b", ""),
    (r"\b(?:did not|didn t|didnt|never|failed to|could not|couldn t|wasn t able to|was unable "
     r"to) (?:shipped|sent|dispatched|posted|" + _EN_SHIP + r")(?: it| the order| my order| "
     r"them| the parcel| anything)? (?:in time|on time|within (?:the|its|his|her|their) "
     r"(?:time|deadline|window|processing time|shipping time))\b" + _EN_NOT_AFTER, "yes"),
    (r"\b(?:after|past|beyond) (?:the |his |her |their |its |my )?(?:shipping|processing|"
     r"dispatch|handling|ship by) (?:deadline|time|date|window|period|timer)\b" + _EN_NOT_AFTER,
     "yes"),
    (r"\b(?:blew|blown|went|gone|way|well) past (?:his|her|their|its|the)(?: \w+){0,2}? "
     r"(?:days?|deadline|time|window)(?: to " + _EN_SHIP + r")?\b" + _EN_NOT_AFTER, "yes"),
    (r"\b(?:(?:\d{1,2}|\w+) days? )?(?:processing|shipping|dispatch|handling)(?: time| period| "
     r"timer| window| days)? (?:is |was |has been |had been )?(?:long|way|well|already long) "
     + _EN_OVER + r"\b", "yes"),
)
"""English rows, read after `processing_over.EN`."""

_RU_SHIP = r"(?:отправил\w*|выслал\w*|отгрузил\w*)"
"""Sent, in the past: «если не отправит вовремя» is a fear."""
_RU_NOT_AFTER = (r"(?!.*\b(?:потом|затем|наконец|уже|все.?таки) (?:все.?таки )?(?:отправил\w*|"
                 r"выслал\w*|пришл\w*|пришел)\b)")

RU: tuple[tuple[str, str], ...] = (
    (r"\bне (?:успел\w* |смог\w* )?" + _RU_SHIP + r"(?: \w+)? (?:вовремя|в срок|в свой срок|в "
     r"сроки|за отведенн\w*(?: \w+){0,3}? (?:время|срок)|за (?:положенн|отпущенн)\w* (?:время|"
     r"срок))" + _RU_NOT_AFTER, "yes"),
    (r"\bне успел\w* (?:в (?:свой |положенный |отведенный )?срок|вовремя)(?: \w+)? " + _RU_SHIP
     + _RU_NOT_AFTER, "yes"),
    (r"\bобработк\w*(?: заказа)?(?: (?:уже|давно|вся|все)){0,2} (?:закончил\w*|кончил\w*|истекл\w*|"
     r"прошл\w*|вышл\w*)\b", "yes"),
    (r"\b(?:отсчет|таймер|счетчик)\w* (?:под|у|в) (?:статус\w* )?ожидает отправки(?: \w+){0,2}? "
     r"(?:показывает |стоит |на )?(?:0?0:00(?::00)?|нол\w*|нул\w*)", "yes"),
)
"""Russian rows, read after `processing_over.RU`."""

_EN_NUMBER = (r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
              r"twenty)")
_NO_UNIT = r"(?P<unit>(?!x)x)?"
"""A unit group that never matches: the count is in days (`processing_over._days`)."""

PROMISED_EN: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?:supposed|meant|expected|due) to (?:ship|be shipped|be sent|"
               r"send|go out|dispatch|be dispatched)(?: it| out)? (?:in|within) " + _EN_NUMBER
               + r"(?: business| working)? (?P<unit>days?|weeks?|hours?)\b"),
    re.compile(r"\b(?:listing|page|description|product page|item page)(?: \w+){0,2}? (?:says?|"
               r"said|stated|shows?|showed)?(?: it)? ?(?:ships?|dispatch(?:es|ed)?|sends?) (?:in|"
               r"within) " + _EN_NUMBER
               + r"(?: business| working)? (?P<unit>days?|weeks?|hours?)\b"),
    re.compile(r"\b(?:ships?|dispatch(?:es|ed)?) (?:in|within) " + _EN_NUMBER + r"(?: business| "
               r"working)? (?P<unit>days?|weeks?|hours?)(?: \w+){0,2}? (?:the )?(?:listing|page|"
               r"description) (?:said|says|stated)\b"),
    re.compile(r"\b(?:his|her|their|its|the) " + _EN_NUMBER + r"(?: business| working)? "
               r"(?P<unit>days?|weeks?) to (?:ship|send|dispatch|post)\b"),
)
"""The seller's time to ship as the listing gave it, in more words; never the seller's own
promise in the chat ("we ship in 7 days")."""
WAITED_EN: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?:it s been|its been|it has been|has been|been) (?P<n>\d{1,2})" + _NO_UNIT
               + r"(?! (?:hours?|minutes?|weeks?|months?|business|working|of)\b)(?=$| (?:and|now|"
               r"already|not|still|nothing|no|but|so)\b)"),
    re.compile(r"\b(?:it s|its|it is|today is|today s|now|this is|we re on|we are on) the "
               r"(?P<n>\d{1,2})(?:th|st|nd|rd)? (?P<unit>day)\b"),
)
"""The wait told without its unit, or as the day the buyer is on."""
PROMISED_RU: tuple[re.Pattern[str], ...] = (
    re.compile(r"\bна (?:отправк|обработк|отгрузк)\w*(?: \w+){0,2}? (?:было|давали|дали|дается|"
               r"есть|стоит|стояло) (?P<n>\d{1,2}|один|два|две|три|четыре|пять|шесть|семь|восемь|"
               r"девять|десять)(?: рабочих| календарных)? (?P<unit>дн\w*|день|недел\w*)\b"),
    re.compile(r"\b(?:отправка|отгрузка|отправят|отправляют) (?:за|через) (?P<n>\d{1,2}|один|два|"
               r"две|три|четыре|пять|шесть|семь|восемь|девять|десять)(?: рабочих| календарных)? "
               r"(?P<unit>дн\w*|день|недел\w*|час\w*)\b"),
)
"""The seller's time to ship as the listing or the timer gave it, in more words."""
WAITED_RU: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?:уже |прошл\w* |идет |пошл\w* )?(?:целая |целую )?(?P<n>неделя|неделю|месяц)"
               + _NO_UNIT + r" (?:уже )?(?:прошл\w*|прошел|идет|пошл\w*|жду|ждем|висит)\b"),
    re.compile(r"\b(?:прошло|прошел|прошла|уже) (?P<n>\d{1,2})" + _NO_UNIT
               + r"(?! (?:час\w*|минут\w*|недел\w*|месяц\w*|рабоч\w*|из)\b)(?=$| (?:и|а|но|уже|"
               r"всё|все|посылк\w*|заказ\w*|не|ничего)\b)"),
)
"""The wait told without its unit, or as a week or a month gone: «прошло 8, посылку не
отправили», «уже неделя прошла»."""
