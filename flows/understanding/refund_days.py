"""Twenty-sixth pass B: the refund's days the older rows miss, as rows.

Rows in the format of `REFUND_DAYS` in `flows.understanding.facts_en` / `facts_ru` (`{n}` and
`{unit}` as `facts.tables` fills them), kept here so the language tables only name them. Each
row reads one kind of saying: the refund shown done ("successful") with its count, the approval
then the count of the wait with nothing come, and the buyer's own cancellation yesterday.
"""

from __future__ import annotations

_NOT_OTHER_EVENT_EN = (r"(?<!came )(?<!arrived )(?<!shipped )(?<!ordered )(?<!delivered )"
                       r"(?<!paid )(?<!bought )(?<!opened )(?<!sent )(?<!received )")
"""The count is not another event's ("refund successful? ordered 5 days ago")."""
_NOT_THE_PARCEL_EN = r"(?:(?!track|parcel|package|answer|repl|respon|open)\S+ )"
"""A word between the approval and the wait that keeps it the money's ("dispute won, tracking
10 days and nothing" is the parcel's)."""
_NOTHING_EN = (r"(?:and |but |,? ?)(?:still |yet )?(?:no money|no refund|nothing|not a cent|zero|"
               r"(?:\w+ ){1,2}(?:shows|says|has|got|showing) nothing)\b")
"""Nothing come of it told after the count ("3 days and paypal shows nothing")."""

REFUND_DAYS_EN: tuple[str, ...] = (
    # the refund shown done: "refund successful 6 working days ago", 'refund "success" 9 days
    # ago', "refund went through completely 4 days back"
    r"\brefund\w*(?! (?:request|req|application|form))(?: \S+){0,2}? (?:successful\w*|succeeded|"
    r"success|done|finished|complete)(?: \S+){0,2}? " + _NOT_OTHER_EVENT_EN
    + r"(?P<n>{n}) (?P<unit>{unit}) (?:ago|back)\b",
    # the approval, then the count of the wait with nothing come ("dispute won, refund to paypal.
    # 3 days and paypal shows nothing", "cancelled ... 6 business days and no money")
    r"\b(?<!not )(?<!never )(?:won|approved|refunded|successful|cancell?ed|canceld)\b "
    + _NOT_THE_PARCEL_EN + r"{0,12}?(?P<n>{n}) (?P<unit>{unit}) " + _NOTHING_EN,
    # the refund for a thing told at length, then its approval ("refund for the cancelled order
    # approved 5 days ago")
    r"\brefund\w* (?:for|of|to) (?:\S+ ){1,10}?(?:was |got |has been |is )?(?<!not )approved "
    r"(?P<n>{n}) (?P<unit>{unit}) (?:ago|back)\b",
    r"\brefund\w* (?:for|of|to) (?:\S+ ){1,10}?(?:was |got |has been |is )?(?<!not )approved "
    r"(?P<n>)(?P<unit>the day before yesterday|yesterday)\b",
    # the things refunded counted ("the 2 missing ones were refunded 3 days ago")
    r"\b(?:were|was|got|been) refunded (?P<n>{n}) (?P<unit>{unit}) (?:ago|back)\b",
    # the buyer's own cancellation yesterday ("cancelled it myself yesterday")
    r"(?<!not )(?<!never )(?<!to )\b(?:cancell?ed|canceld)(?: it| the order| my order)?"
    r"(?: myself| ourselves| by myself)? (?P<n>)(?P<unit>the day before yesterday|yesterday)\b",
)
"""Twenty-sixth pass B, English: the refund's days the older rows miss."""

_NOT_THE_PARCEL_RU = r"(?:(?!трек|посылк|ответ|открыл|заказал|пришл|отправ)\S+ )"
"""A word between the approval and the wait that keeps it the money's, never the parcel's."""
_NOTHING_RU = r"(?:а |и |но )?(?:все |всё |ещ[её] )?(?:пусто|ничего|денег нет|нет денег|тишина)\b"
"""Nothing come of it told after the count («3 дня — пусто», «6 рабочих дней денег нет»)."""

REFUND_DAYS_RU: tuple[str, ...] = (
    # the refund shown done: «возврат «успешно» 9 дней назад», «возврат выполнен неделю назад»
    r"\bвозврат\w*(?: \S+){0,2}? (?:успешн\w*|выполнен\w*|прош[её]л|заверш[её]н\w*|исполнен\w*)"
    r"(?: \S+){0,2}? (?P<n>{n})? ?(?P<unit>{unit}) назад",
    # the win, what it was about, then the count («выиграла спор за чехол 4 рабочих дня назад»)
    r"(?<!\bне )\bвыиграл\w* (?:спор|диспут)\w* " + _NOT_THE_PARCEL_RU
    + r"{0,10}?(?P<n>{n})? ?(?P<unit>{unit}) назад",
    # the approval, then the count of the wait with nothing come («спор выигран, возврат на
    # пейпал, 3 дня — пусто»)
    r"(?<!\bне )\b(?:выигр\w*|одобр\w*|успешн\w*|отменил\w*|отменен\w*|отменён\w*) "
    + _NOT_THE_PARCEL_RU + r"{0,12}?(?P<n>{n}) (?P<unit>{unit}) " + _NOTHING_RU,
    # the money given back counted («за обогреватель вернули две недели назад»), never the parcel
    r"(?<!посылку )(?<!товар )(?<!заказ )(?<!\bне )\bвернули (?:мне |нам |ему |ей |деньги "
    r"|средства )?(?P<n>{n})? ?(?P<unit>{unit}) назад",
    # the buyer's own cancellation counted («отменила заказ из двух вещей 4 дня назад»), never the
    # order's own age («отменила заказ, который сделала 3 недели назад»)
    r"(?<!\bне )\bотменил\w* (?:сам\w* )?заказ\w*(?: (?!котор|сделал|оформил|заказал|оплатил)\S+)"
    r"{0,3}? (?P<n>{n})? ?(?P<unit>{unit}) назад",
    # the buyer's own cancellation yesterday («сама отменила заказ вчера», «вчера отменила»)
    r"(?<!\bне )\bотменил\w* (?:сам\w* )?(?:заказ\w* )?(?P<n>)(?P<unit>вчера|позавчера)\b",
    r"\b(?P<n>)(?P<unit>вчера|позавчера) (?:я )?(?:сам\w* )?(?<!\bне )отменил\w*",
    # the approval's letter come («позавчера пришло письмо «Возврат одобрен»»)
    r"\b(?P<n>)(?P<unit>вчера|позавчера)(?: \S+){0,3}? возврат\w* одобрен",
)
"""Twenty-sixth pass B, Russian: the refund's days the older rows miss."""
