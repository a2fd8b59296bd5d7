"""Thirtieth pass: more of the tracking in everyday words, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru`, read right after the
twenty-ninth pass's rows (so after the rows that set someone else's parcel, a question and the
seller's claims aside):
- a delivery tried at the buyer's door, a missed-delivery card, a parcel waiting at a locker or
  a depot («курьер приходил, а меня не было», «в ящике извещение»): in the country;
- a tracking field that is only a dash, a parcel sent by unregistered post: no tracking;
- a number that shows someone else's parcel («по треку чужая посылка»): dead (FACTS.md).
Each row looks past a fee or a code asked for through a link (a scam's, not the parcel's) and
past what might happen ("if the courier comes").
"""

from __future__ import annotations

from flows.understanding.tracking_p29 import NO_DAYS_EN, NO_LINK_EN

Rows = tuple[tuple[str, str | None], ...]

_CARRIER_EN = (r"(?:courier|driver|postman|postie|mailman|mail carrier|delivery (?:guy|man|driver|"
               r"person|company)|post office|dpd|dhl|ups|fedex|royal mail|postnl|inpost|usps|"
               r"canada post|australia post|an post|correos|la poste|gls|hermes|evri|"
               r"they|someone)")
"""Who brings the parcel to the door."""
_NOT_IF_EN = r"(?<!if )(?<!when )(?<!once )(?<!until )(?<!will )"
"""Not a delivery still to come."""
_SAID_GAP_EN = r"(?: (?!(?:not|never|didn t|did not|didnt|hasn t|has not|no)\b)\w+)"
"""A word between the carrier and what it did that does not deny it ("never tried")."""

_GUARD_EN = (r"^(?!.*\b(?:if|whether|in case|remind me|what happens)\b(?: \w+){0,4}? (?:courier|"
             r"driver|postman|post|they|someone|a card|a notice|delivery|left|tried)\b)"
             r"(?!.*\b(?:seller|store|shop|he|she)(?: \w+)? (?:says|said|messaged|claims|claimed|"
             r"told me|wrote|writes)\b(?: that)?(?: \w+){0,3}? (?:courier|driver|postman|delivery|"
             r"it s|its|it is)\b)"
             r"(?!.*(?<!not )(?<!never )(?<!nt )\b(?:picked (?:it |them )?up|collected (?:it|them)|"
             r"got (?:it|them)|received (?:it|them)|have (?:it|them) now)\b)" + NO_LINK_EN
             + r"(?!.*\b(?:card number|cvv|code)\b)" + NO_DAYS_EN)
"""What none of the English rows read past: a delivery imagined or to be checked, the seller's
word about it, a parcel the buyer has since picked up, a link or card details asked for, a
silence counted in days since (the silence reader decides those)."""
_NOT_DENIED_EN = r"(?<!no )(?<!not )(?<!never )(?<!nt )"
"""No negation just before."""
_TRIED_EN = (r"\b" + _NOT_IF_EN + _CARRIER_EN + r"\b" + _SAID_GAP_EN
             + r"{0,2}? (?:tried|attempted) to deliver\b")
"""The carrier tried to deliver."""
_ATTEMPTED_EN = (_NOT_DENIED_EN + r"\b(?:delivery|a delivery) (?:was )?attempted\b|"
                 + _NOT_DENIED_EN
                 + r"\b(?:attempted|failed|missed) delivery(?: attempt)?\b(?! (?:if|when)\b)")
"""A delivery attempted, as the carrier's page says it."""
_CARD_LEFT_EN = (_NOT_DENIED_EN + r"\b(?:left|put|pushed|dropped) (?:a|me a|us a)(?: \w+){0,2}? "
                 r"(?:card|note|notice|slip)\b")
"""A missed-delivery card or notice left."""
_WAITING_EN = (_NOT_DENIED_EN + r"\b(?:waiting|ready|sitting|held|being held) (?:for me |for pick "
               r"?up |for collection )*(?:at|in) (?:the |a |my |our )?(?:local )?(?:parcel )?"
               r"(?:locker|pick ?up point|parcel shop|depot|collection point|paketshop|"
               r"parcelshop)\b")
"""The parcel waiting at a locker, a pickup point or a depot."""
_NO_NUMBER_EN = (r"\b(?:tracking|track)(?: number| no)? (?:field|box|line|column|spot)"
                 r"(?: \w+){0,2}? (?:is )?(?:just |only )?(?:a )?(?:dash|empty|blank)\b")
"""An empty tracking field. ("No tracking number yet" is left unsaid: the older sets and the
newer ones label it differently, just shipped or not yet.)"""
_UNTRACKED_EN = (r"\b(?:sent|shipped|posted|came) (?:by|via|with|as) (?:an? )?(?:unregistered|"
                 r"untracked|untrackable) (?:mail|post|shipping|letter|parcel|package)\b|"
                 r"\b(?:unregistered|untracked) (?:mail|post|shipping|letter)(?: \w+){0,3}? (?:no "
                 r"(?:tracking|number)|without (?:a )?(?:tracking|number))\b")
"""A parcel sent by unregistered post."""

TRACKING_EN: Rows = (
    (_GUARD_EN + r".*?(?:" + _TRIED_EN + r"|" + _ATTEMPTED_EN + r"|" + _CARD_LEFT_EN + r")",
     "in_country"),
    (_GUARD_EN + r".*?" + _WAITING_EN, "in_country"),
    (_NO_NUMBER_EN + r"|" + _UNTRACKED_EN, "no_tracking"),
)
"""English rows, read right after the twenty-ninth pass's."""

_NOT_IF_RU = r"(?<!если )(?<!когда )(?<!вдруг )"
"""Not a delivery still to come."""
_SAID_GAP_RU = r"(?: (?!(?:не|ни|никто|никогда)\b)\w+)"
"""A word between the courier and what he did that does not deny it («так и не приходил»)."""

_GUARD_RU = (r"^(?!.*\b(?:если|вдруг|напомни\w*|проверить)\b(?: \w+){0,4}? (?:курьер|почтальон|"
             r"доставщик|извещени|придет|приедет)\w*)"
             r"(?!.*\b(?:продав\w*|магазин\w*|он|она)(?: \w+)? (?:пишет|говорит|написал\w*|"
             r"утверждает|сказал\w*|уверяет)\b(?: \w+){0,3}? (?:курьер|почтальон|извещени)\w*)"
             r"(?!.*(?<!не )\b(?:забрал\w*|получил\w*|уже у меня|на руках)\b)"
             r"(?!.*\b(?:ссылк\w*|смс|код\w*|данные карты|номер карты|cvv)\b)"
             r"(?!.*\bне (?:от|с|по) (?:али|алиэкспресс)\w*)")
"""What none of the Russian rows read past: a delivery imagined or to be checked, the seller's
word about it, a parcel the buyer has since picked up, a link or card details asked for, a
notice that is not AliExpress's («не от али»)."""
_CAME_RU = (r"\b" + _NOT_IF_RU + r"(?:курьер\w*|почтальон\w*|доставщик\w*)" + _SAID_GAP_RU
            + r"{0,3}? (?:приходил\w*|приезжал\w*|пытал\w* (?:доставить|вручить)|не смог\w* "
            r"(?:доставить|вручить))\b")
"""The courier or the postman came, or tried to deliver."""
_NOTICE_RU = (r"(?<!не )\b(?:оставил\w*|лежит|пришл\w*|принесл\w*|бросил\w*) (?:\w+ )?"
              r"извещени\w*|\bизвещени\w* (?:в ящике|пришл\w*|лежит|оставил\w*)|(?<!нет )"
              r"(?<!ни )\bв (?:почтовом )?ящике (?:\w+ )?извещени\w*")
"""A post office notice («извещение») left or come."""
TRACKING_RU: Rows = (
    (_GUARD_RU + r".*?(?:" + _CAME_RU + r"|" + _NOTICE_RU + r")", "in_country"),
    (r"\b(?:по треку|трек\w* показывает|трек\w* ведет на|по номеру)(?: \w+){0,3}? (?:чуж\w*|"
     r"друг\w* (?:посылк|человек|адрес|город|стран)\w*)", "dead"),
)
"""Russian rows, read right after the twenty-ninth pass's."""
